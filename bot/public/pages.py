"""Page rendering shared by every public route: one Jinja2 environment, autoescaped."""

from __future__ import annotations

import logging
from functools import cache
from typing import Any

from aiohttp import web
from aiohttp.http_exceptions import HttpProcessingError
from jinja2 import Environment, PackageLoader, select_autoescape
from multidict import MultiDictProxy

from bot.platforms.html import markdown_to_html
from handlers.types import Locale

log = logging.getLogger(__name__)


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


async def posted_form(request: web.Request) -> MultiDictProxy[str | bytes | web.FileField]:
    """The form a POST carries, the one way every form route reads it. A body that does not
    parse (bytes that are not UTF-8, a charset nobody knows, a multipart body without its
    boundary or broken) is the sender's mistake, not a failure of ours: 400, and one short
    line that names the route (never its path, which may hold a link's secret) and not the
    body's bytes."""
    try:
        return await request.post()
    except (ValueError, LookupError, HttpProcessingError) as error:
        route = getattr(request.match_info.route.resource, "canonical", "?")
        log.warning("a form that does not parse refused on %s (%s)", route, type(error).__name__)
        raise web.HTTPBadRequest(text=UNREADABLE_FORM) from None


UNREADABLE_FORM = (
    "Formuläret gick inte att läsa och togs inte emot. "
    "(The form could not be read and was not accepted.)"
)
