"""A member's words in the bot's own posts show where a link goes: `[words](address)` is
never turned into a link that hides its address (a wish card, and a title on Matrix)."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.platforms.html import markdown_to_html
from bot.platforms.matrix.render import contents
from bot.platforms.plain import markdown_to_plain
from bot.platforms.slack.mrkdwn import markdown_to_mrkdwn
from handlers.i18n import translator
from handlers.types import Message
from handlers.wishes.present import card
from storage.wish_models import WishRow
from storage.wishes import NO_SUPPORT

MASKED = "Se [vår guide](https://phish.example/login) och https://castor.se"


def test_a_masked_link_in_a_wish_shows_its_address_on_every_platform() -> None:
    now = datetime(2026, 12, 7, tzinfo=UTC)
    wish = WishRow(
        id=7, title="Bättre sökning", description=MASKED, module="Bygg", status="ny",
        hidden=False, merged_into_id=None, vendor_reference=None, created_at=now, updated_at=now,
    )  # fmt: skip
    text = card(wish, NO_SUPPORT, translator("sv")).text
    assert 'href="https://phish.example' not in markdown_to_html(text)
    assert "[vår guide](https://phish.example/login)" in markdown_to_plain(text)
    assert "<https://phish.example/login|" not in markdown_to_mrkdwn(text)


def test_a_title_is_plain_text_on_matrix() -> None:
    [event] = contents(Message(title="#7 [klicka](https://phish.example) **nu**", text="x"))
    assert "<a " not in str(event["formatted_body"]) and "<strong>nu" not in str(
        event["formatted_body"]
    )
    assert str(event["body"]).startswith("#7 [klicka](https://phish.example) **nu**")
