"""A form whose body does not parse (bytes that are not UTF-8, a charset nobody knows, a
multipart body without its boundary or broken) is the sender's mistake: every form route
answers 400 with the site's headers and logs one short line, never a traceback of ours nor
the body's bytes."""

# ruff: noqa: F811  (`client` and `site_ctx` are fixtures imported below, used as parameters)
from __future__ import annotations

import logging
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.public.session import HARDENED
from bot.web import build_web_app
from handlers.clock import FakeClock
from handlers.context import Context
from tests.unit.test_portal_sign_in import client, sign_in, site_ctx  # noqa: F401  (fixtures)

FORM = "application/x-www-form-urlencoded"
BAD_BODIES = (
    (FORM, b"address=\xff\xfe"),  # not UTF-8
    (FORM + "; charset=no-such-charset", b"address=a"),
    ("multipart/form-data", b"address=a"),  # no boundary
    ("multipart/form-data; boundary=xx", b"--xx\r\nContent-Disposition: form-data; name"),
    ("multipart/form-data; boundary=xx", b"--xx\r\nbroken header\r\n\r\nv\r\n--xx--\r\n"),
)
ROUTES = (
    "/sign-in",
    "/subscribe",
    "/do/form",
    "/do/press",
    "/wishes/1/support",
    "/wishes/1/comments",
    "/wishes/1/follow",
    "/sign-out",
    "/account/forget",
    "/round/place",
    "/sign-in/1/0123456789abcdef0123456789abcdef",
    "/notices/off/1/token",
    "/follow/off/1/0123456789abcdef0123456789abcdef",
)
PUBLIC = Path(__file__).parents[2] / "bot" / "public"


@pytest.mark.parametrize("path", ROUTES)
async def test_a_body_that_does_not_parse_gets_400_and_one_short_line(
    client: TestClient, site_ctx: Context, caplog: pytest.LogCaptureFixture, path: str
) -> None:
    await sign_in(client, site_ctx, "eva@mora.se")  # a signed-in member's forms too
    for content_type, body in BAD_BODIES:
        caplog.clear()
        with caplog.at_level(logging.INFO):
            answer = await client.post(path, data=body, headers={"Content-Type": content_type})
        assert answer.status == 400, (path, content_type, answer.status)
        for name, value in HARDENED.items():
            assert answer.headers.get(name) == value, (path, name)
        said = [r for r in caplog.records if r.levelno >= logging.WARNING]
        assert len(said) == 1 and said[0].levelno == logging.WARNING, (path, content_type)
        line = said[0].getMessage()
        assert said[0].exc_info is None and len(line) < 200 and "\n" not in line
        assert "0xff" not in line and "\\xff" not in line and "address" not in line


async def _reads_like_before(request: web.Request) -> web.Response:
    """The control: a route that reads its form as every form route did before."""
    form = await request.post()
    return web.Response(text=str(len(form)))


async def test_control_a_route_reading_the_body_itself_fails_with_500(
    site_ctx: Context, clock: FakeClock, caplog: pytest.LogCaptureFixture
) -> None:
    app = build_web_app(site_ctx.db, {}, clock, site_ctx)
    app.router.add_post("/raw", _reads_like_before)
    async with TestClient(TestServer(app)) as raw:
        answer = await raw.post("/raw", data=b"address=\xff\xfe", headers={"Content-Type": FORM})
    assert answer.status == 500
    assert any(r.exc_info for r in caplog.records if r.levelno == logging.ERROR)


def test_every_form_route_reads_its_form_the_one_shared_way() -> None:
    """`request.post()` raises on a body that does not parse; only `posted_form` calls it."""
    callers = [
        p.name for p in PUBLIC.glob("*.py") if "request.post()" in p.read_text(encoding="utf-8")
    ]
    assert callers == ["pages.py"]
