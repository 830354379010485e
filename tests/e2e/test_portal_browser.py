"""The member portal (issue #20) in a real browser: the real `bryggan` process, headless
Chromium on a phone-sized screen with JavaScript off (none of ours is needed), signing in
through the link in the mail a real SMTP server (aiosmtpd) received."""

from __future__ import annotations

import asyncio
import hashlib
import json
import re
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright.async_api import Page
from sqlalchemy import select

from handlers.clock import SystemClock
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.run import run_command, run_interaction
from handlers.types import Command, Interaction, Member
from handlers.wishes.following import off_path
from handlers.wishes.present import DISCUSS_BUTTON
from storage.channels import add_topic
from storage.people_models import PersonRow
from tests.conftest import DatabaseTarget, database_at
from tests.e2e.browser import PHONE, artifact_name, artifacts_dir, axe_violations, chromium
from tests.e2e.test_chat_platforms import slack_env
from tests.e2e.test_public_web_browser import bryggan, check_accessibility, mail_env
from tests.fakes.slack_server import FakeSlack
from tests.fakes.smtp_server import SmtpServer
from tests.people import verify_all


@pytest.fixture
async def db_target(tmp_path: Path) -> AsyncIterator[DatabaseTarget]:
    """SQLite only: a browser sees the pages, not the engine; what the pages read is tested
    on both engines in tests/unit, and a browser run costs seconds of CPU."""
    async with database_at("sqlite", tmp_path) as target:
        yield target


EVA = Member("console", "eva", "Eva", municipality="Huddinge")
OLA = Member("console", "ola", "Ola", municipality="Mora")
SIMILAR = "Sms-avisering till sökande om komplettering"
SURVEY_BOARD = Member("console", "anna", "Anna", is_board=True)
E2E_KEY = "e2e-secret-key-for-the-mailed-links"  # SECRET_KEY: the links' key is known here
LINK = r"http://bryggan\.test/sign-in/\d+/[0-9a-f]{32}"
WISHES = (
    (EVA, "Sms-avisering till sökande i bygglovsärenden", "Bygg"),
    (OLA, "Digital signering av delegationsbeslut", "Miljö"),
)


async def seed(
    target: DatabaseTarget, *, cards_in: tuple[str, str] | None = None, survey: bool = False
) -> None:
    """Two wishes, one supported by both members, before the server starts; with
    `cards_in` (platform, channel), their cards are posted there; with `survey`, a survey
    is open."""
    db = target.open()
    try:
        ctx = Context(db=db, catalogue=build_catalogue(), clock=SystemClock())
        await verify_all(ctx, EVA, OLA)
        if cards_in is not None:
            async with db.transaction() as session:
                platform, channel = cards_in
                await add_topic(
                    session, platform=platform, channel_id=channel, channel_name="önskemål",
                    topic="wishes", added_by="Bo", now=ctx.clock.now(),
                )  # fmt: skip
        for member, title, module in WISHES:
            options = {"title": title, "module": module}
            await run_command(ctx, Command("wish", member, None, (), options=options))
        await run_command(ctx, Command("support", OLA, None, positional=("1",)))
        if survey:
            await open_survey(ctx)
    finally:
        await db.dispose()


async def test_a_member_reads_signs_in_by_mail_submits_supports_and_signs_out(
    db_target: DatabaseTarget, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """One member's visit, in one process and one browser: the list and a search, signing
    in through the mailed link, a wish submitted with a similar one shown first, support
    given, and signing out."""
    await seed(db_target)
    smtp = SmtpServer()
    smtp.start()
    folder = artifacts_dir()

    async def shot(page: Page, name: str) -> None:
        await page.screenshot(path=folder / artifact_name(request.node.name, name), full_page=True)

    try:
        async with chromium() as browser, bryggan(mail_env(db_target, smtp), tmp_path) as base:
            context = await browser.new_context(**PHONE, java_script_enabled=False)
            page = await context.new_page()
            await read_and_search(page, base)
            await shot(page, "wish")
            await sign_in_by_mail(page, base, smtp)
            await shot(page, "signed-in")
            await page.goto(base + "/wishes")
            await page.locator(".account").get_by_role("link", name="Mina uppgifter").click()
            await page.wait_for_url(base + "/account")
            assert "eva.ek@mora.se" in await page.locator("main").inner_text()
            await check_accessibility(page)
            await page.goto(base + "/round")  # no round open: the page says so
            await check_accessibility(page)
            await submit_past_a_similar_wish(page, base)
            await shot(page, "submitted")
            await page.goto(base + "/wishes/2")
            await page.get_by_role("button", name="Stöd").click()
            await page.wait_for_url(base + "/wishes/2")
            said = await page.locator('[role="status"]').inner_text()
            assert said == "Du stöder #2. Nu: 2 medlemmar från 1 kommun.", said  # both Mora
            await check_accessibility(page)
            account = page.locator(".account")
            await account.get_by_role("button", name="Logga ut").click()
            await page.wait_for_url(base + "/wishes")
            assert await account.get_by_role("link", name="Logga in").count() == 1
            await context.close()
    finally:
        smtp.stop()


async def open_survey(ctx: Context) -> None:
    closes = (ctx.clock.now() + timedelta(days=30)).date().isoformat()
    questions = "Hur nöjd är du med Bygg? [skala]\nVad saknar du? [text, valfri]"
    fields = {"title": "Enkät om Castor", "intro": "Hjälp oss!", "closes": closes,
              "questions": questions}  # fmt: skip
    await run_interaction(ctx, Interaction("survey.form", SURVEY_BOARD, None, values=fields))
    await run_command(ctx, Command("survey", SURVEY_BOARD, None, positional=("publish", "1")))


async def read_and_search(page: Page, base: str) -> None:
    response = await page.goto(base + "/")
    assert response is not None and response.status == 200
    await page.get_by_role("link", name="Önskemål").click()
    await page.wait_for_url(base + "/wishes")
    items = page.locator("ol.wishes li")
    assert await items.count() == 2
    assert "2 medlemmar från 2 kommuner" in await items.first.inner_text()
    await check_accessibility(page)
    await page.get_by_label("Ord att leta efter").fill("delegationsbeslut")
    await page.get_by_role("button", name="Visa").click()
    await page.wait_for_url(f"{base}/wishes?q=delegationsbeslut&module=&status=")
    assert await items.count() == 1
    await items.first.locator("a").click()
    await page.wait_for_url(base + "/wishes/2")
    assert (await page.locator("h1").inner_text()).strip() == f"#2 {WISHES[1][1]}"
    await check_accessibility(page)
    for listing in ("/surveys", "/meetings"):  # empty here; their pages still must pass
        await page.goto(base + listing)
        await check_accessibility(page)
    await page.goto(base + "/wishes?lang=en")
    assert await page.evaluate("document.documentElement.lang") == "en"
    assert "2 members from 2 municipalities" in await items.first.inner_text()
    await page.goto(base + "/wishes/2")


async def sign_in_by_mail(
    page: Page, base: str, smtp: SmtpServer, *, back: str = "/wishes/2"
) -> None:
    """From the wish's page, by the link in the mail, and back to that page."""
    await page.locator(".account").get_by_role("link", name="Logga in").click()
    await check_accessibility(page)
    await page.get_by_label("Jobbadress (e-post)").fill("Eva.Ek@Mora.se")
    await page.get_by_role("button", name="Mejla mig en länk").click()
    assert "eva.ek@mora.se" in await page.locator('[role="status"]').inner_text()
    [mail] = await smtp.wait_for(1)
    assert mail.rcpt_tos == ("eva.ek@mora.se",)
    [link] = set(re.findall(LINK, mail.part("plain")))
    await page.goto(base + urlsplit(link).path)
    await check_accessibility(page)
    await page.get_by_role("button", name="Logga in").click()
    await page.wait_for_url(base + back)  # back where the member was
    account = " ".join((await page.locator(".account").inner_text()).split())
    assert "Inloggad som eva.ek@mora.se (Mora)" in account
    await page.goto(base + urlsplit(link).path)  # the link again: spent, and it says so
    assert "redan använd" in await page.locator("main").inner_text()


async def submit_past_a_similar_wish(page: Page, base: str) -> None:
    await page.goto(base + "/wishes")
    await page.get_by_role("link", name="Skicka in ett önskemål").click()
    await page.wait_for_url(base + "/wishes/new")
    await check_accessibility(page)
    await page.get_by_label("Rubrik").fill(SIMILAR)
    await page.get_by_label("Modul").select_option("Bygg")
    await page.get_by_role("button", name="Skicka").click()
    assert (await page.locator("h1").inner_text()).strip() == "Liknande önskemål"
    await check_accessibility(page)
    await page.get_by_role("button", name="Skicka in som nytt").click()
    said = await page.locator('[role="status"]').inner_text()
    assert said.startswith("Tack! Ditt önskemål har nummer #3"), said


async def test_what_a_member_does_on_the_web_shows_in_slack_and_back(
    db_target: DatabaseTarget, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    """The real process with the fake Slack: a Slack member opens the wish's thread with
    *Diskutera* on its card, a member on no chat signs in by mail and comments on the web, the
    comment arrives in the thread through the outbox and the Slack member's answer there shows
    on the wish's page; the web member's support edits the card in Slack, the daily mail's
    link stops the following, a wish submitted on the web gets its card in Slack, and a survey
    answered on the web is in the results the board asks for in Slack."""
    smtp = SmtpServer()
    smtp.start()
    try:
        async with FakeSlack() as slack, chromium() as browser:
            channel, karin = slack.add_channel("önskemål"), slack.add_user("Karin Ek")
            bo = slack.add_user("Bo Styrelse")
            slack.add_usergroup("styrelsen", [bo])
            await seed(db_target, cards_in=("slack", channel), survey=True)
            env = {
                **mail_env(db_target, smtp),
                **slack_env(slack),
                "SECRET_KEY": E2E_KEY,
                "SLACK_BOARD_USERGROUP": "styrelsen",
            }
            async with bryggan(env, tmp_path) as base:
                card = await wish_card(slack, channel, number=1)
                await slack.block_action(
                    DISCUSS_BUTTON, "1", user_id=karin, channel_id=channel, message_ts=card
                )
                opening = await thread_message(slack, channel, card, 1)
                assert opening["text"].startswith("Diskussion om #1"), opening
                context = await browser.new_context(**PHONE, java_script_enabled=False)
                page = await context.new_page()
                await page.goto(base + "/wishes/1")
                await sign_in_by_mail(page, base, smtp, back="/wishes/1")
                await page.goto(base + "/wishes/1")  # (the check ends on the spent link)
                await page.get_by_label("Din kommentar").fill("Vi i Mora behöver det också.")
                await page.get_by_role("button", name="Kommentera").click()
                await page.wait_for_url(base + "/wishes/1#comments")
                copy = await thread_message(slack, channel, card, 2)
                assert "Vi i Mora behöver det också." in copy["text"], copy
                assert "Medlem, Mora" in copy["text"], copy  # never the address
                await slack.message_event(
                    channel, "Bra, då är vi två kommuner.", user_id=karin, thread_ts=card
                )
                comments = page.locator("#comments li")
                await until_shown(page, comments, 2)
                assert "Karin Ek (Slack)" in await comments.nth(1).inner_text()
                await check_accessibility(page)
                await page.screenshot(
                    path=artifacts_dir() / artifact_name(request.node.name, "discussion"),
                    full_page=True,
                )
                await page.get_by_role("button", name="Stöd").click()  # the card in Slack too
                await slack.wait_until(lambda: "3 medlemmar" in card_text(slack, channel, card))
                await stop_following_by_the_mails_link(page, base, db_target)
                await submit_past_a_similar_wish(page, base)  # its card comes to Slack
                await wish_card(slack, channel, number=3, title=SIMILAR)
                await answer_the_survey(page, base)  # the board reads it in Slack
                before = len(slack.responses)
                await slack.slash_command(
                    "/bryggan", "survey results 1", user_id=bo, channel_id=channel
                )
                [result] = (await slack.wait_for_response(before + 1))[before:]
                assert "Mora" in json.dumps(result, ensure_ascii=False), result
                await context.close()
    finally:
        smtp.stop()


async def wish_card(slack: FakeSlack, channel: str, *, number: int, title: str = "") -> str:
    """The ts of the wish's card, once the bot has posted it."""
    title = f"#{number} {title or WISHES[number - 1][1]}"

    def card() -> str | None:
        found = [
            m for m in slack.messages.get(channel, []) if title in json.dumps(m, ensure_ascii=False)
        ]
        return found[0]["ts"] if found else None

    await slack.wait_until(lambda: card() is not None)
    ts = card()
    assert ts is not None
    return ts


async def thread_message(slack: FakeSlack, channel: str, root: str, count: int) -> dict[str, Any]:
    """The `count`th post of the bot's in the thread under `root`, waited for."""

    def posts() -> list[dict[str, Any]]:
        return [m for m in slack.messages.get(channel, []) if m.get("thread_ts") == root]

    await slack.wait_until(lambda: len(posts()) >= count)
    return posts()[count - 1]


def card_text(slack: FakeSlack, channel: str, ts: str) -> str:
    [card] = [m for m in slack.messages.get(channel, []) if m["ts"] == ts]
    return json.dumps(card, ensure_ascii=False)


async def stop_following_by_the_mails_link(
    page: Page, base: str, db_target: DatabaseTarget
) -> None:
    """The commenter follows the wish; the daily mail's link (made with the process's key)
    shows a page with a button, and the button stops the following."""
    await page.goto(base + "/wishes/1")
    assert await page.get_by_role("button", name="Sluta följa").count() == 1
    db = db_target.open()
    try:
        async with db.transaction() as session:
            person = await session.scalar(
                select(PersonRow).where(PersonRow.email == "eva.ek@mora.se")
            )
    finally:
        await db.dispose()
    assert person is not None
    key = hashlib.sha256(E2E_KEY.encode()).digest()
    await page.goto(f"{base}/{off_path(key, person.id, 1)}")
    await check_accessibility(page)
    await page.get_by_role("button", name="Sluta följa").click()
    said = await page.locator('[role="status"]').inner_text()
    assert said == "Klart: du följer inte längre önskemålet.", said
    await check_accessibility(page)
    await page.goto(base + "/wishes/1")
    assert await page.get_by_role("button", name="Följ", exact=True).count() == 1


async def until_shown(page: Page, locator: Any, count: int) -> None:
    """Reload until the page shows `count` of `locator` (the bot takes in a chat message
    after Slack has its acknowledgement)."""
    async with asyncio.timeout(10):
        while await locator.count() < count:
            await page.reload()


async def answer_the_survey(page: Page, base: str) -> None:
    await page.goto(base + "/surveys")
    await check_accessibility(page)
    await page.get_by_role("button", name="Svara").click()
    assert (await page.locator("h1").inner_text()).strip() == "Enkät om Castor"
    await check_accessibility(page)
    await page.get_by_label("Hur nöjd är du med Bygg?").select_option("4")
    await page.get_by_label("Vad saknar du?").fill("Sms till sökande")
    await page.get_by_role("button", name="Skicka").click()
    said = await page.locator('[role="status"]').inner_text()
    assert "Tack! Ditt svar är sparat" in said, said


async def test_the_axe_check_finds_what_it_is_there_to_find() -> None:
    """The control: a page with an unlabelled field, a nameless button and a picture without
    alt text has violations, so the journey's empty lists mean something."""
    async with chromium() as browser:
        context = await browser.new_context(**PHONE)
        page = await context.new_page()
        await page.set_content(
            '<html lang="sv"><head><title>t</title></head><body><main><h1>Fel</h1>'
            '<input type="text"><button></button><img src="data:,"></main></body></html>'
        )
        found = " ".join(await axe_violations(page))
        assert "label" in found and "button-name" in found and "image-alt" in found, found
        await context.close()
