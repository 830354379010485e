"""One announcement's mail, built once per language and filled in per recipient.

A fan-out sends the same announcement to hundreds of subscribers; only the recipient's
address, unsubscribe link, date and Message-ID differ. `compose` (the email package) builds
the template with markers where those go, and each mail is then the template with the
markers replaced and its two parts quoted-printable encoded by `binascii` (C). The result
parses exactly as `compose` would have made it: tests/unit/test_mail_template.py compares
the two on a table of messages. A recipient the fast path cannot write (an address or link
that is not ASCII) gets a mail from `compose` itself.
"""

from __future__ import annotations

import binascii
import secrets
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime
from email.message import Message as MimeMessage
from email.utils import format_datetime
from html import escape

from bot.platforms.email.compose import SMTP_COMPAT, Envelope, Sender, compose, message_id
from handlers.i18n import Translator
from handlers.types import Message

HEADER_LIMIT = 78  # a header line longer than this is folded (RFC 5322 §2.1.1)
PER_RECIPIENT = ("To", "Date", "Message-ID", "List-Unsubscribe")
_PART_HEAD = (
    b'Content-Type: text/%s; charset="utf-8"\r\n'
    b"MIME-Version: 1.0\r\n"
    b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
)


@dataclass(frozen=True)
class _Markers:
    """Random stand-ins for the recipient's address and link: no message can contain them."""

    address: str
    url: str

    @classmethod
    def new(cls) -> _Markers:
        token = secrets.token_hex(12)
        return cls(address=f"address{token}", url=f"https://unsubscribe{token}.invalid/")


@dataclass(frozen=True)
class MailTemplate:
    head: bytes  # the headers every recipient's mail shares, folded, CRLF-ended
    boundary: bytes
    plain: str  # the parts, with the markers in place of address and link
    html: str
    markers: _Markers
    list_mail: bool
    welcome: str | None = None  # the welcome note this template carries (Envelope.welcome)

    def fill(self, envelope: Envelope, domain: str) -> tuple[bytes, str] | None:
        """The recipient's mail and its Message-ID; None when only `compose` can write it."""
        url = envelope.unsubscribe_url
        if bool(url) != self.list_mail or not envelope.to.isascii():
            return None
        if envelope.welcome != self.welcome:
            return None
        if url is not None and not url.isascii():
            return None
        mid = message_id(envelope.idempotency_key, domain)
        headers = [("To", envelope.to), ("Date", format_datetime(envelope.date))]
        headers.append(("Message-ID", mid))
        if url:
            headers.append(("List-Unsubscribe", f"<{url}>"))
            headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        plain = self._filled(self.plain, envelope.to, url or "")
        html = self._filled(self.html, escape(envelope.to), escape(url or "", quote=True))
        boundary = b"--" + self.boundary
        return (
            b"".join(
                [
                    self.head,
                    *(_header_line(name, value) for name, value in headers),
                    b"\r\n",
                    boundary + b"\r\n" + _PART_HEAD % b"plain" + _qp(plain) + b"\r\n",
                    boundary + b"\r\n" + _PART_HEAD % b"html" + _qp(html) + b"\r\n",
                    boundary + b"--\r\n",
                ]
            ),
            mid,
        )

    def _filled(self, text: str, address: str, url: str) -> str:
        return text.replace(self.markers.url, url).replace(self.markers.address, address)


def _qp(text: str) -> bytes:
    """Quoted-printable UTF-8 with CRLF line ends, lines at most 76 characters."""
    return binascii.b2a_qp(text.encode("utf-8"), istext=True).replace(b"\n", b"\r\n")


def _header_line(name: str, value: str) -> bytes:
    line = f"{name}: {value}"
    if len(line) <= HEADER_LIMIT and line.isascii():
        return line.encode("ascii") + b"\r\n"
    return SMTP_COMPAT.fold_binary(name, value)


def build_template(
    message: Message,
    sender: Sender,
    *,
    list_mail: bool,
    locale: str,
    translate: Translator,
    welcome: str | None = None,
) -> MailTemplate:
    """Compose the mail once with markers for what differs per recipient."""
    markers = _Markers.new()
    mail = compose(
        message,
        sender,
        Envelope(
            to=markers.address,
            idempotency_key="template",
            date=datetime(2000, 1, 1),
            unsubscribe_url=markers.url if list_mail else None,
            locale=locale,
            welcome=welcome,
        ),
        translate,
    )
    boundary = f"=_bryggan_{secrets.token_hex(16)}"  # "=_" never occurs in quoted-printable
    mail.set_boundary(boundary)
    plain, html = (str(part.get_payload(decode=True), "utf-8") for part in _parts(mail))
    shared = [
        (name, value)
        for name, value in mail.items()
        if name not in (*PER_RECIPIENT, "List-Unsubscribe-Post")
    ]
    head = b"".join(SMTP_COMPAT.fold_binary(name, value) for name, value in shared)
    return MailTemplate(
        head=head,
        boundary=boundary.encode("ascii"),
        plain=plain,
        html=html,
        markers=markers,
        list_mail=list_mail,
        welcome=welcome,
    )


def _parts(mail: MimeMessage) -> list[MimeMessage]:
    parts = mail.get_payload()
    assert isinstance(parts, list) and len(parts) == 2, "compose makes text and HTML parts"
    return parts


class TemplateCache:
    """The templates of the last few messages: a fan-out is many mails of one message."""

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self._templates: OrderedDict[tuple[Message, str, bool, str | None], MailTemplate] = (
            OrderedDict()
        )
        self.built = 0  # templates made so far (tests and benchmarks)

    def get(
        self,
        message: Message,
        sender: Sender,
        *,
        list_mail: bool,
        locale: str,
        translate: Translator,
        welcome: str | None = None,
    ) -> MailTemplate:
        key = (message, locale, list_mail, welcome)
        found = self._templates.get(key)
        if found is not None:
            self._templates.move_to_end(key)
            return found
        found = build_template(
            message,
            sender,
            list_mail=list_mail,
            locale=locale,
            translate=translate,
            welcome=welcome,
        )
        self.built += 1
        self._templates[key] = found
        if len(self._templates) > self.size:
            self._templates.popitem(last=False)
        return found
