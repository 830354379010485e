"""Page rendering shared by every public route: one Jinja2 environment, autoescaped."""

from __future__ import annotations

from functools import cache
from typing import Any

from aiohttp import web
from jinja2 import Environment, PackageLoader, select_autoescape

from bot.platforms.html import markdown_to_html
from handlers.types import Locale


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("bot.public", "templates"),
        autoescape=select_autoescape(("html",)),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["markdown"] = markdown_to_html
    return env


def compile_templates() -> None:
    """Compile every page's template now, at start-up, not while a visitor waits for the
    first page that uses it."""
    env = environment()
    for name in env.list_templates(extensions=("html",)):
        env.get_template(name)


def render_page(template: str, *, status: int = 200, **values: Any) -> web.Response:
    """An HTML page from `templates/<template>`, which extends `base.html`."""
    body = environment().get_template(template).render(**values)
    return web.Response(text=body, status=status, content_type="text/html", charset="utf-8")


def form_locale(request: web.Request, form: Any = None) -> Locale:
    """The page's language: a form's `lang` field, else `?lang=`; Swedish unless English."""
    chosen = (form or {}).get("lang") or request.query.get("lang")
    return "en" if chosen == "en" else "sv"
