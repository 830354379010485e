"""The member portal (issue #20) in a real browser: the real `bryggan` process, headless
Chromium on a phone-sized screen, no JavaScript of ours needed; signing in through the link
in the mail a real SMTP server (aiosmtpd) received."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from handlers.clock import SystemClock
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.run import run_command
from handlers.types import Command, Member
from tests.conftest import DatabaseTarget
from tests.e2e.browser import PHONE, artifact_name, artifacts_dir, chromium
from tests.e2e.test_public_web_browser import bryggan, check_accessibility, mail_env
from tests.fakes.smtp_server import SmtpServer
from tests.people import verify_all

EVA = Member("console", "eva", "Eva", municipality="Huddinge")
OLA = Member("console", "ola", "Ola", municipality="Mora")
LINK = r"http://bryggan\.test/sign-in/\d+/[0-9a-f]{32}"
WISHES = (
    (EVA, "Sms-avisering till sökande i bygglovsärenden", "Bygg"),
    (OLA, "Digital signering av delegationsbeslut", "Miljö"),
)


async def seed(target: DatabaseTarget) -> None:
    """Two wishes, one supported by both members, before the server starts."""
    db = target.open()
    try:
        ctx = Context(db=db, catalogue=build_catalogue(), clock=SystemClock())
        await verify_all(ctx, EVA, OLA)
        for member, title, module in WISHES:
            options = {"title": title, "module": module}
            await run_command(ctx, Command("wish", member, None, (), options=options))
        await run_command(ctx, Command("support", OLA, None, positional=("1",)))
    finally:
        await db.dispose()


async def test_the_wish_list_search_and_a_wish_in_chromium(
    db_target: DatabaseTarget, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    await seed(db_target)
    async with chromium() as browser, bryggan(db_target.env, tmp_path) as base:
        context = await browser.new_context(**PHONE, java_script_enabled=False)
        page = await context.new_page()
        response = await page.goto(base + "/")
        assert response is not None and response.status == 200
        await page.get_by_role("link", name="Önskemål").click()
        await page.wait_for_url(base + "/wishes")
        items = page.locator("ol.wishes li")
        assert await items.count() == 2
        assert "2 medlemmar från 2 kommuner" in await items.first.inner_text()
        await check_accessibility(page)
        folder = artifacts_dir()
        await page.screenshot(
            path=folder / artifact_name(request.node.name, "list"), full_page=True
        )

        await page.get_by_label("Ord att leta efter").fill("delegationsbeslut")
        await page.get_by_role("button", name="Visa").click()
        await page.wait_for_url(f"{base}/wishes?q=delegationsbeslut&module=&status=")
        assert await items.count() == 1
        await items.first.locator("a").click()
        await page.wait_for_url(base + "/wishes/2")
        assert (await page.locator("h1").inner_text()).strip() == f"#2 {WISHES[1][1]}"
        await check_accessibility(page)
        await page.screenshot(
            path=folder / artifact_name(request.node.name, "wish"), full_page=True
        )

        await page.goto(base + "/wishes?lang=en")
        assert await page.evaluate("document.documentElement.lang") == "en"
        assert "2 members from 2 municipalities" in await items.first.inner_text()
        await context.close()


async def test_signing_in_by_the_mailed_link_and_out_again_in_chromium(
    db_target: DatabaseTarget, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    await seed(db_target)
    smtp = SmtpServer()
    smtp.start()
    env = mail_env(db_target, smtp)
    try:
        async with chromium() as browser, bryggan(env, tmp_path) as base:
            context = await browser.new_context(**PHONE, java_script_enabled=False)
            page = await context.new_page()
            await page.goto(base + "/wishes/2")
            await page.get_by_role("link", name="Logga in").click()
            await check_accessibility(page)
            await page.get_by_label("Jobbadress (e-post)").fill("Eva.Ek@Mora.se")
            await page.get_by_role("button", name="Mejla mig en länk").click()
            status = page.locator('[role="status"]')
            assert "eva.ek@mora.se" in await status.inner_text()
            [mail] = await smtp.wait_for(1)
            assert mail.rcpt_tos == ("eva.ek@mora.se",)
            link = re.findall(r"http://bryggan\.test/sign-in/\d+/[0-9a-f]{32}", mail.part("plain"))[
                0
            ]
            await page.goto(base + urlsplit(link).path)
            await check_accessibility(page)
            await page.get_by_role("button", name="Logga in").click()
            await page.wait_for_url(base + "/wishes/2")  # back where the member was
            account = page.locator(".account")
            assert "Inloggad som eva.ek (Mora)" in " ".join((await account.inner_text()).split())
            shot = artifacts_dir() / artifact_name(request.node.name, "signed-in")
            await page.screenshot(path=shot, full_page=True)
            await page.goto(base + urlsplit(link).path)  # the link again: spent
            await page.get_by_role("button", name="Logga in").click()
            assert "redan använd" in await page.locator("main").inner_text()
            await page.goto(base + "/wishes")
            await account.get_by_role("button", name="Logga ut").click()
            await page.wait_for_url(base + "/wishes")
            assert await account.get_by_role("link", name="Logga in").count() == 1
            await context.close()
    finally:
        smtp.stop()
