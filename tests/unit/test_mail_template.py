"""A mail filled in from its template parses exactly as the one `compose` builds whole."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage

import pytest

from bot.platforms.email.compose import Envelope, Sender, compose
from bot.platforms.email.template import TemplateCache, build_template
from handlers.i18n import translator
from handlers.types import Attachment, Button, Field, Message

SENDERS = [
    Sender("Bryggan <bryggan@castor.example.se>", "Castors användarförening"),
    Sender("bryggan@example.org", "Bryggan"),
    Sender("Användarföreningen för Castor i Västra Götaland <info@castor.example.se>", "X" * 70),
]
MESSAGES = [
    Message(text="Välkomna till årsmötet den **25 maj** i Västerås!", title="Årsmöte"),
    Message(text="Plain ASCII only, no title at all."),
    Message(
        title="En mycket lång rubrik som inte får plats på en rad i ämnesraden utan måste "
        "vikas över flera rader enligt RFC 2047 och lite till så att den blir riktigt lång",
        text="- punkt ett\n- punkt två\n\n> citat med = tecken och 100 % =3D\n\n```\nkod\n```",
        url="https://castor.example.se/nyheter/1",
        author_name="Styrelsen <styrelsen@example.se>",
        fields=(Field("När", "25 maj kl. 10–15"), Field("Var", "Västerås stadshus")),
        buttons=(Button("Läs mer", "link", url="https://castor.example.se/a?b=1&c=2"),),
        attachments=(Attachment("protokoll.pdf", url="https://cdn.example.se/p.pdf"),),
        image_url="https://cdn.example.se/bild.png",
    ),
    Message(text="Rader som slutar med mellanslag   \noch\ttabbar\t\n. punkt först\nFrom här"),
    Message(text="x" * 300 + " " + "åäö" * 60, title="<script>alert(1)</script> & co"),
]
RECIPIENTS = [
    ("medlem@kommun.example.se", "https://bryggan.example.se/unsubscribe/abcDEF-_123"),
    (
        "a.very.long.local.part.for.testing.folding@en-mycket-lang-kommun.example.se",
        "https://bryggan.example.se/a/very/long/path/unsubscribe/" + "T" * 64,
    ),
    ("o'neil&co@kommun.example.se", "https://bryggan.example.se/u?a=1&b=<2>"),
    ("kort@x.se", None),  # a confirmation mail: no list headers, no unsubscribe link
]
COMPARED = ["From", "To", "Subject", "Date", "Message-ID", "List-Id", "List-Unsubscribe"]
COMPARED += ["List-Unsubscribe-Post", "MIME-Version"]


def parsed(data: bytes) -> EmailMessage:
    mail = message_from_bytes(data, policy=policy.default)
    assert isinstance(mail, EmailMessage)
    return mail


def shape(mail: EmailMessage) -> dict[str, object]:
    """What a mail client sees: the headers, and each part's type, charset and text."""
    parts = [
        (part.get_content_type(), part.get_content_charset(), part.get_content())
        for part in mail.iter_parts()
    ]
    return {
        "headers": {name: str(mail[name]) if mail[name] is not None else None for name in COMPARED},
        "names": sorted(mail.keys()),
        "type": mail.get_content_type(),
        "parts": parts,
        "defects": [type(d).__name__ for p in mail.walk() for d in p.defects],
    }


@pytest.mark.parametrize("sender", SENDERS, ids=["named", "bare", "long"])
@pytest.mark.parametrize("message", MESSAGES, ids=["annual", "ascii", "full", "spaces", "long"])
@pytest.mark.parametrize("locale", ["sv", "en"])
def test_a_filled_template_is_the_composed_mail(
    sender: Sender, message: Message, locale: str
) -> None:
    translate = translator(locale)
    for list_mail in (True, False):
        template = build_template(
            message, sender, list_mail=list_mail, locale=locale, translate=translate
        )
        for address, url in RECIPIENTS:
            if (url is not None) != list_mail:
                continue
            envelope = Envelope(
                to=address,
                idempotency_key=f"announcement:7:email:{address}",
                date=datetime(2026, 11, 28, 9, 30, tzinfo=UTC),
                unsubscribe_url=url,
                locale=locale,
            )
            filled = template.fill(envelope, sender.domain)
            assert filled is not None
            data, mid = filled
            whole = compose(message, sender, envelope, translate)
            assert mid == str(whole["Message-ID"])
            assert shape(parsed(data)) == shape(parsed(whole.as_bytes()))
            long_lines = {line for line in data.split(b"\r\n") if len(line) > 78}
            assert long_lines <= set(whole.as_bytes().split(b"\r\n")), "folded as compose"
            assert b"\n" not in data.replace(b"\r\n", b""), "CRLF line ends only"
            assert template.markers.address.encode() not in data
            assert template.markers.url.encode() not in data


def test_what_only_compose_can_write_is_left_to_it() -> None:
    sender, translate = SENDERS[0], translator("sv")
    template = build_template(MESSAGES[0], sender, list_mail=True, locale="sv", translate=translate)

    def envelope(to: str, url: str | None) -> Envelope:
        return Envelope(to, "k", datetime(2026, 1, 1, tzinfo=UTC), url, "sv")

    assert template.fill(envelope("åsa@kommun.example.se", "https://x.se/u/1"), "x.se") is None
    assert template.fill(envelope("a@x.se", "https://bryggån.se/u/1"), "x.se") is None
    assert template.fill(envelope("a@x.se", None), "x.se") is None  # not this template's kind
    assert template.fill(envelope("a@x.se", "https://x.se/u/1"), "x.se") is not None


def test_the_cache_builds_one_template_per_message_language_and_kind() -> None:
    cache, sender = TemplateCache(size=2), SENDERS[0]
    sv, en = translator("sv"), translator("en")
    first = cache.get(MESSAGES[0], sender, list_mail=True, locale="sv", translate=sv)
    assert cache.get(MESSAGES[0], sender, list_mail=True, locale="sv", translate=sv) is first
    assert cache.built == 1
    cache.get(MESSAGES[0], sender, list_mail=True, locale="en", translate=en)
    cache.get(MESSAGES[0], sender, list_mail=False, locale="sv", translate=sv)
    assert cache.built == 3
    again = cache.get(MESSAGES[0], sender, list_mail=True, locale="sv", translate=sv)
    assert again is not first and cache.built == 4, "the oldest of three was let go"
