"""The public pages in a real browser: the real `bryggan` process, headless Chromium.

The server is the console-script entry point as a subprocess (as in production), with an
announcement stored in its database before it starts; Chromium opens the pages on a
phone-sized screen and a screenshot of each is kept in the artifacts folder.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
import signal
from collections.abc import AsyncIterator, Mapping
from pathlib import Path

import pytest
from aiohttp import web

from handlers.clock import SystemClock
from tests.conftest import DatabaseTarget, database_at
from tests.e2e.browser import (
    CONTRAST_JS,
    PHONE,
    artifact_name,
    artifacts_dir,
    axe_violations,
    chromium,
)
from tests.e2e.process import start, wait_for_port
from tests.fakes.smtp_server import SmtpServer


@pytest.fixture
async def db_target(tmp_path: Path) -> AsyncIterator[DatabaseTarget]:
    """SQLite only: a browser sees the pages, not the engine; what the pages read is tested
    on both engines in tests/unit, and a browser run costs seconds of CPU."""
    async with database_at("sqlite", tmp_path) as target:
        yield target


TITLE = "Årsmötet 2026 i Jönköping"
TEXT = "Välkomna till **årsmötet** den 12 mars. Anmäl er senast fredag."
IMAGE_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200">'
    '<rect width="600" height="200" fill="#0b5394"/>'
    '<text x="30" y="120" font-size="56" fill="#fff" font-family="sans-serif">Årsmöte</text>'
    "</svg>"
)


@contextlib.asynccontextmanager
async def image_server() -> AsyncIterator[str]:
    """A picture to attach, served on loopback (the page must load it and describe it)."""

    async def picture(_: web.Request) -> web.Response:
        return web.Response(text=IMAGE_SVG, content_type="image/svg+xml")

    app = web.Application()
    app.router.add_get("/arsmote.svg", picture)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"http://127.0.0.1:{port}/arsmote.svg"
    finally:
        await runner.cleanup()


async def seed(target: DatabaseTarget, image_url: str) -> int:
    """One announcement, stored the way the mirroring stores them, before the server starts."""
    from storage.members import upsert_member
    from storage.mirrors import create_announcement

    db = target.open()
    try:
        async with db.transaction() as session:
            now = SystemClock().now()
            author = await upsert_member(
                session, platform="discord", user_id="U1", display_name="Anna", now=now
            )
            row = await create_announcement(
                session,
                source_key="discord:C1:M1",
                now=SystemClock().now(),
                source_platform="discord",
                source_channel_id="C1",
                author_name="Anna Andersson",
                author_id=author.id,
                title=TITLE,
                text=TEXT,
                link="https://castor.example/arsmote",
                attachments=[
                    {"url": image_url, "content_type": "image/svg+xml", "filename": "a.svg"}
                ],
            )
            assert row is not None
            return row.id
    finally:
        await db.dispose()


@contextlib.asynccontextmanager
async def bryggan(env: Mapping[str, str], cwd: Path) -> AsyncIterator[str]:
    """The real bot process with its web server; yields its base URL, stops it with SIGTERM."""
    process = await start("run", env=env, cwd=cwd)
    drains: list[asyncio.Task[bytes]] = []
    try:
        port, _ = await wait_for_port(process)
        # Keep reading its output so a chatty process never blocks on a full pipe.
        for stream in (process.stdout, process.stderr):
            assert stream is not None
            drains.append(asyncio.create_task(stream.read()))
        yield f"http://127.0.0.1:{port}"
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), timeout=15) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
        await asyncio.gather(*drains, return_exceptions=True)


async def check_accessibility(page: object) -> None:
    """The facts a screen reader and a phone depend on, read from the live DOM, and no
    axe-core violation."""
    assert await page.evaluate("document.documentElement.lang") == "sv"  # type: ignore[attr-defined]
    assert await page.locator("h1").count() == 1  # type: ignore[attr-defined]
    missing_alt = await page.eval_on_selector_all(  # type: ignore[attr-defined]
        "img", "els => els.filter(e => !(e.getAttribute('alt') || '').trim()).map(e => e.src)"
    )
    assert missing_alt == []
    assert await page.evaluate(CONTRAST_JS) == []  # type: ignore[attr-defined]
    overflow = await page.evaluate(  # type: ignore[attr-defined]
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0, "the page scrolls sideways on a phone"
    assert await axe_violations(page) == [], page.url  # axe-core finds nothing either


async def test_archive_and_permalink_in_chromium(
    db_target: DatabaseTarget, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    async with chromium() as browser, image_server() as image_url:
        ident = await seed(db_target, image_url)
        async with bryggan(db_target.env, tmp_path) as base:
            context = await browser.new_context(**PHONE)
            page = await context.new_page()
            response = await page.goto(base + "/")
            assert response is not None and response.status == 200
            await page.wait_for_load_state("networkidle")
            article = page.locator("article").first
            assert (await article.locator("h2").inner_text()).strip() == TITLE
            text = await article.inner_text()
            assert "Välkomna till årsmötet den 12 mars." in text
            assert await article.locator("strong").inner_text() == "årsmötet"
            assert "Meddelande" in text and "Anna Andersson" in text
            image = article.locator("img")
            assert await image.get_attribute("alt") == f"Bild 1 till ”{TITLE}”"
            assert await image.evaluate("img => img.complete && img.naturalWidth > 0")
            feed = page.locator('head link[rel="alternate"][type="application/atom+xml"]')
            assert (await feed.get_attribute("href")) == base + "/announcements/feed.atom"
            await check_accessibility(page)
            folder = artifacts_dir()
            await page.screenshot(
                path=folder / artifact_name(request.node.name, "archive"), full_page=True
            )

            await article.locator("h2 a").click()
            await page.wait_for_url(f"{base}/announcements/a{ident}")
            assert (await page.locator("h1").inner_text()).strip() == TITLE
            assert await page.title() == f"{TITLE} – Användarföreningen Castor"
            await check_accessibility(page)
            await page.screenshot(
                path=folder / artifact_name(request.node.name, "permalink"), full_page=True
            )
            await context.close()


def mail_env(db_target: DatabaseTarget, smtp: SmtpServer) -> dict[str, str]:
    """The bot's settings with a public address (for links in mails) and the mail server."""
    return {
        **db_target.env,
        "PUBLIC_BASE_URL": "http://bryggan.test",
        "SMTP_HOST": smtp.host,
        "SMTP_PORT": str(smtp.port),
        "SMTP_TLS": "none",
        "MAIL_FROM": "Bryggan <bryggan@castor.example.se>",
    }


async def test_subscribe_through_the_form(
    db_target: DatabaseTarget, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    smtp = SmtpServer()  # the form is offered only with a mail server to send the mail
    smtp.start()
    env = mail_env(db_target, smtp)
    address = "medlem@kommun.example.se"
    async with chromium() as browser, bryggan(env, tmp_path) as base:
        context = await browser.new_context(**PHONE)
        page = await context.new_page()
        response = await page.goto(base + "/subscribe")
        assert response is not None and response.status == 200
        await check_accessibility(page)
        await page.locator('input[name="address"]').fill(address)
        async with page.expect_navigation():
            await page.locator('form button[type="submit"], form input[type="submit"]').click()
        status = page.locator('[role="status"]')
        await page.screenshot(
            path=artifacts_dir() / artifact_name(request.node.name, "subscribed"), full_page=True
        )
        text = await page.locator("main").inner_text()
        assert await page.locator(".error").count() == 0, text
        assert await status.count() == 1, text
        assert re.search(r"\bTack\b.*e-brev", await status.inner_text(), re.DOTALL), text
        assert await page.locator('input[name="address"]').count() == 0
        await check_accessibility(page)
        await context.close()
    assert await subscriber_status(db_target, address) == "pending"  # waits for confirmation
    smtp.stop()


async def subscriber_status(target: DatabaseTarget, address: str) -> str | None:
    """The stored status of an address: the form really reached the list (not a honeypot)."""
    from storage import mail

    db = target.open()
    try:
        async with db.transaction() as session:
            row = await mail.by_address(session, address)
            return row.status if row else None
    finally:
        await db.dispose()


async def test_privacy_page_from_the_footer(
    db_target: DatabaseTarget, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    env = {**db_target.env, "PUBLIC_BASE_URL": "http://bryggan.test"}
    async with chromium() as browser, bryggan(env, tmp_path) as base:
        context = await browser.new_context(**PHONE)
        page = await context.new_page()
        response = await page.goto(base + "/announcements")
        assert response is not None and response.status == 200
        async with page.expect_navigation():
            await page.locator("footer a", has_text="Personuppgifter").click()
        await page.wait_for_url(f"{base}/privacy")
        assert (await page.locator("h1").inner_text()).strip() == (
            "Så hanterar vi dina personuppgifter"
        )
        text = await page.locator("main").inner_text()
        assert "/mina-uppgifter" in text and "/glöm-mig" in text
        assert re.search(r"\b30 dagar\b", text), text  # RETAIN_SENT_DELIVERIES_DAYS' default
        await check_accessibility(page)
        folder = artifacts_dir()
        await page.screenshot(path=folder / artifact_name(request.node.name, "sv"), full_page=True)

        async with page.expect_navigation():
            await page.get_by_role("link", name="This page in English").click()
        await page.wait_for_url(f"{base}/privacy?lang=en")
        assert await page.evaluate("document.documentElement.lang") == "en"
        assert (await page.locator("h1").inner_text()).strip() == "How we handle your personal data"
        assert await page.evaluate(CONTRAST_JS) == []
        footer = page.locator("footer a", has_text="Personal data")
        assert await footer.get_attribute("href") == "/privacy?lang=en"
        await page.screenshot(path=folder / artifact_name(request.node.name, "en"), full_page=True)
        await context.close()
