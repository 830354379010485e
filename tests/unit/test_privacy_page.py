"""/privacy on the public web server, its link in every public page's footer and in /help."""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.public.config import public_config
from bot.settings import Settings
from bot.web import build_web_app
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.privacy import PrivacyConfig
from handlers.public_config import PublicConfig
from handlers.retention import RetentionPolicy
from handlers.run import run_command
from handlers.types import Command, Member

BASE = "https://bryggan.example.se"
SITE = "Användarföreningen Castor"
CONTACT = "Styrelsen, Anna Ek <dataskydd@castor.example.se>"
RETENTION = RetentionPolicy(
    sent_deliveries_days=31,
    failed_deliveries_days=91,
    feed_entries_days=181,
    unconfirmed_subscriptions_days=8,
    verification_codes_days=1,
    bridged_messages_days=92,
)


def site(ctx: Context, contact: str = CONTACT, mail_from: str | None = None) -> Context:
    privacy = PrivacyConfig(contact=contact, mail_from=mail_from)
    return replace(ctx, public=PublicConfig(BASE, SITE, privacy), retention=RETENTION)


async def page_of(ctx: Context, clock: FakeClock, path: str) -> tuple[int, str, dict[str, str]]:
    async with TestClient(TestServer(build_web_app(ctx.db, {}, clock, ctx))) as client:
        response = await client.get(path)
        return response.status, await response.text(), dict(response.headers)


def words(html: str) -> str:
    """The page's text on one line, tags gone, so sentences can be looked for whole."""
    inline = re.sub(r"</?(?:a|strong|code|em)\b[^>]*>", "", html)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", inline)).split())


async def test_the_page_is_swedish_by_default_and_states_the_settings(
    ctx: Context, clock: FakeClock
) -> None:
    status, page, headers = await page_of(site(ctx), clock, "/privacy")
    text = words(page)
    assert status == 200 and headers["Content-Language"] == "sv"
    assert '<html lang="sv">' in page
    assert "Så hanterar vi dina personuppgifter" in text
    assert f"Kontakt: {CONTACT}" in text
    assert 'href="mailto:dataskydd@castor.example.se"' in page
    assert "berättigade intresse" in text and "samtycke" in text
    for days in ("31 dagar", "91 dagar", "181 dagar", "8 dagar", "1 dag.", "92 dagar"):
        assert days in text, days
    for command in ("/mina-uppgifter", "/my-data", "/glöm-mig", "/forget-me"):
        assert command in text
    assert 'href="/privacy?lang=en"' in page  # the English version is one click away


async def test_english_with_lang_en(ctx: Context, clock: FakeClock) -> None:
    status, page, headers = await page_of(site(ctx), clock, "/privacy?lang=en")
    text = words(page)
    assert status == 200 and headers["Content-Language"] == "en"
    assert '<html lang="en">' in page
    assert "How we handle your personal data" in text
    assert f"Contact: {CONTACT}" in text
    assert "legitimate interest" in text and "consent" in text
    assert "31 days" in text and "1 day." in text and "92 days" in text
    assert "Announcements" in text and "Meddelanden" not in text  # the menu too
    assert 'href="/privacy?lang=en">Personal data</a>' in page
    _, other, _ = await page_of(site(ctx), clock, "/privacy?lang=fi")
    assert '<html lang="sv">' in other  # a language we do not have: Swedish


async def test_without_a_contact_the_association_and_its_sender_answer(
    ctx: Context, clock: FakeClock
) -> None:
    ctx = site(ctx, contact="", mail_from="Bryggan <bryggan@castor.example.se>")
    _, page, _ = await page_of(ctx, clock, "/privacy")
    assert f"Kontakt: {SITE}, bryggan@castor.example.se." in words(page)
    assert 'href="mailto:bryggan@castor.example.se"' in page
    _, bare, _ = await page_of(site(ctx, contact="", mail_from=None), clock, "/privacy")
    assert f"Kontakt: {SITE}." in words(bare) and "mailto:" not in bare


async def test_the_contact_is_escaped(ctx: Context, clock: FakeClock) -> None:
    ctx = site(ctx, contact='<script>alert("x")</script> & "Styrelsen"')
    _, page, _ = await page_of(ctx, clock, "/privacy")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#34;Styrelsen&#34;" in page
    _, english, _ = await page_of(ctx, clock, "/privacy?lang=en")
    assert "<script>" not in english


def test_settings_reach_the_page_through_public_config() -> None:
    settings = Settings(  # type: ignore[call-arg]
        public_base_url=BASE,
        privacy_contact="Styrelsen <s@castor.example.se>",
        mail_from="bryggan@castor.example.se",
    )
    config = public_config(settings)
    assert config.privacy == PrivacyConfig(
        contact="Styrelsen <s@castor.example.se>", mail_from="bryggan@castor.example.se"
    )
    assert (config.base_url, config.site_name) == (BASE, settings.public_site_name)
    assert config.privacy_url == f"{BASE}/privacy"


@pytest.mark.parametrize(
    "path",
    ["/", "/announcements", "/announcements/saknas", "/subscribe", "/unsubscribe/nej", "/privacy"],
)
async def test_every_public_page_links_to_the_privacy_page(
    ctx: Context, clock: FakeClock, path: str
) -> None:
    _, page, _ = await page_of(site(ctx), clock, path)
    footer = page[page.index("<footer>") :]
    assert '<a href="/privacy">Personuppgifter</a>' in footer


async def test_the_footer_link_keeps_a_base_path(ctx: Context, clock: FakeClock) -> None:
    ctx = replace(ctx, public=PublicConfig("https://example.se/castor/", SITE))
    _, page, _ = await page_of(ctx, clock, "/announcements")
    assert '<a href="/castor/privacy">Personuppgifter</a>' in page


@pytest.fixture
def help_ctx(ctx: Context) -> Context:
    return site(ctx)


async def help_fields(ctx: Context, member: Member) -> dict[str, str]:
    reply = await run_command(ctx, Command("help", member, None))
    return {field.name: field.value for field in reply.message.fields}


async def test_help_points_to_the_privacy_page(help_ctx: Context) -> None:
    swedish = await help_fields(help_ctx, Member("console", "eva", "Eva"))
    line = next(value for value in swedish.values() if f"{BASE}/privacy" in value)
    assert line.endswith(f"{BASE}/privacy")
    english = await help_fields(help_ctx, Member("console", "ed", "Ed", platform_locale="en-GB"))
    assert any(value.endswith(f"{BASE}/privacy?lang=en") for value in english.values())
    board = await help_fields(help_ctx, Member("console", "anna", "Anna", is_board=True))
    assert any(f"{BASE}/privacy" in value for value in board.values())


async def test_help_says_nothing_of_it_without_a_public_address(ctx: Context) -> None:
    fields = await help_fields(ctx, Member("console", "eva", "Eva"))
    assert not any("/privacy" in value for value in fields.values())
