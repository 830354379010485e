"""A neutral message as a mail: multipart/alternative (plain text and simple HTML) with the
headers mailbox providers expect of list mail (List-Id, RFC 8058 one-click unsubscribe).

Everything from a message is escaped in the HTML part; its Markdown goes through
`markdown_to_html`, which lets no raw HTML or unsafe link through. Every mail's footer links
to the privacy page; the first mail to an address the board added or imported opens with a
note saying how it got on the list and how to leave.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime
from email.charset import QP, Charset
from email.header import Header
from email.message import EmailMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import compat32
from email.utils import format_datetime, formataddr, parseaddr
from functools import cached_property
from html import escape

from bot.platforms.html import markdown_to_html
from bot.platforms.plain import markdown_to_plain
from handlers.i18n import N_, Translator
from handlers.mail.fanout import FOLLOWING, VENDOR
from handlers.public_config import privacy_link
from handlers.types import Attachment, Message

SUBJECT_LIMIT = 120
SMTP_COMPAT = compat32.clone(linesep="\r\n")  # SMTP wants CRLF line ends
_UTF8_QP = Charset("utf-8")
_UTF8_QP.body_encoding = QP
_P = "margin:0 0 16px;"
_SMALL = "color:#555555;font-size:13px;line-height:1.5;margin:0 0 8px;"
_NOTE = "background:#e8f1fb;border-left:4px solid #0b5394;padding:8px 12px;margin:0 0 16px;"
WELCOME_NOTES = {  # how an address got on the list, by MailSubscriberRow.source
    "board": N_(
        "The board of {site} has put {address} on its mailing list, which brings the board's "
        "announcements by e-mail."
    ),
    "import": N_(
        "{address} was on {site}'s earlier mailing list and has been moved to this one, which "
        "brings the board's announcements by e-mail."
    ),
}

FOOTERS = {  # why a mail that is no list mail comes, by Envelope.footer
    FOLLOWING: N_("You get this mail because you follow wishes on {site}."),
    VENDOR: N_("Sent by {site} on behalf of its board."),
}
NOT_LIST_MAIL = frozenset({VENDOR})  # mails to a business's address: no List-Id


@dataclass(frozen=True)
class Sender:
    """Who the mail is from, and the names derived from it (Message-ID, List-Id)."""

    header: str  # MAIL_FROM as configured, e.g. "Bryggan <bryggan@example.se>"
    site_name: str
    privacy_url: str | None = None  # the public privacy page, linked from every mail

    @cached_property  # parsed once, not for each of a fan-out's mails
    def address(self) -> str:
        return parseaddr(self.header)[1]

    @cached_property
    def domain(self) -> str:
        return self.address.rpartition("@")[2] or "localhost"

    @property
    def list_id(self) -> str:
        return f"{self.site_name} <announcements.{self.domain}>"


@dataclass(frozen=True)
class Envelope:
    """One mail's recipient and what differs per recipient."""

    to: str
    idempotency_key: str
    date: datetime
    unsubscribe_url: str | None  # list mail only; None for the confirmation mail
    locale: str = "sv"
    welcome: str | None = None  # "board" or "import": this mail says how they got on the list
    footer: str | None = None  # a key of FOOTERS: why this mail comes, when not the list


def message_id(idempotency_key: str, domain: str) -> str:
    """The same Message-ID for every attempt of one delivery, so a resend after a doubtful
    attempt is one message to the mail clients that deduplicate by it."""
    digest = hashlib.sha256(idempotency_key.encode("utf-8")).hexdigest()[:32]
    return f"<{digest}.bryggan@{domain}>"


def subject_of(message: Message, fallback: str) -> str:
    """The title, else the first line of the text, on one line and not too long."""
    for candidate in (message.title or "", markdown_to_plain(message.text)):
        line = next((part.strip() for part in candidate.splitlines() if part.strip()), "")
        if line:
            line = " ".join(line.split())
            return line if len(line) <= SUBJECT_LIMIT else line[: SUBJECT_LIMIT - 1] + "…"
    return fallback


def _header(value: str) -> str | Header:
    """ASCII as it is; anything else as an RFC 2047 encoded word."""
    return value if value.isascii() else Header(value, "utf-8")


def compose(message: Message, sender: Sender, envelope: Envelope, _: Translator) -> EmailMessage:
    """The complete mail, ready for `as_bytes()` (CRLF, quoted-printable UTF-8 parts).

    Built with the email package's compat32 classes: one announcement becomes hundreds of
    mails, and the modern header registry costs four times as much per mail.
    """
    subject = subject_of(message, sender.site_name)
    mail = MIMEMultipart("alternative", policy=SMTP_COMPAT)
    name, address = parseaddr(sender.header)
    mail["From"] = formataddr((name, address), charset="utf-8") if name else address
    mail["To"] = envelope.to
    mail["Subject"] = _header(subject)
    mail["Date"] = format_datetime(envelope.date)
    mail["Message-ID"] = message_id(envelope.idempotency_key, sender.domain)
    if envelope.footer not in NOT_LIST_MAIL:
        # Only the list's name may be an encoded word; its id in angle brackets stays as it is.
        site = sender.site_name if sender.site_name.isascii() else Header(sender.site_name, "utf-8")
        mail["List-Id"] = (
            f"{site if isinstance(site, str) else site.encode()} <announcements.{sender.domain}>"
        )
    if envelope.unsubscribe_url:
        mail["List-Unsubscribe"] = f"<{envelope.unsubscribe_url}>"
        mail["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    text = MIMEMultipart("alternative", policy=SMTP_COMPAT) if _files(message) else mail
    text.attach(MIMEText(plain_part(message, sender, envelope, _), "plain", _UTF8_QP))
    text.attach(MIMEText(html_part(message, sender, envelope, subject, _), "html", _UTF8_QP))
    if text is not mail:  # files made here go along as attachments: mixed, text first
        mail.set_type("multipart/mixed")
        mail.attach(text)
        for file in _files(message):
            mail.attach(_file_part(file))
    return mail  # type: ignore[return-value]


def _files(message: Message) -> list[Attachment]:
    """The message's files made here (an export), which go along as attachments."""
    return [a for a in message.attachments if a.content is not None and not a.url]


def _file_part(file: Attachment) -> MIMEText:
    """A text file as an attachment (UTF-8, quoted-printable), under its own name."""
    subtype = file.content_type.partition("/")[2] or "plain"
    part = MIMEText(file.content or "", subtype, _UTF8_QP)
    part.add_header("Content-Disposition", "attachment", filename=file.filename)
    return part


def _links(message: Message) -> list[tuple[str, str]]:
    """Buttons with a link and attachments with a link, as (label, url)."""
    found = [(b.label, b.url) for b in message.buttons if b.url]
    found += [(a.filename, a.url) for a in message.attachments if a.url]
    return found


def _footer(sender: Sender, envelope: Envelope, _: Translator) -> str:
    note = FOOTERS.get(envelope.footer or "")
    if note is not None:
        return _(note, site=sender.site_name)
    if envelope.unsubscribe_url:
        return _(
            "You get this mail because {address} is on {site}'s mailing list.",
            address=envelope.to,
            site=sender.site_name,
        )
    return _("Sent by {site}.", site=sender.site_name)


def _welcome(sender: Sender, envelope: Envelope, _: Translator) -> str | None:
    """How the address got on the list, for the one mail that says so; else None."""
    note = WELCOME_NOTES.get(envelope.welcome or "")
    if note is None or not envelope.unsubscribe_url:
        return None
    return _(note, site=sender.site_name, address=envelope.to)


# Said beside the unsubscribe link of a first mail (a marked name: extraction does not look
# inside f-strings, which once left it untranslated).
NOT_WANTED = N_("Do you not want these mails?")


def plain_part(message: Message, sender: Sender, envelope: Envelope, _: Translator) -> str:
    lines: list[str] = []
    welcome = _welcome(sender, envelope, _)
    if welcome and envelope.unsubscribe_url:
        leave = _("Unsubscribe: {url}", url=envelope.unsubscribe_url)
        lines += [welcome, f"{_(NOT_WANTED)} {leave}", "", "-" * 8, ""]
    head: list[str] = []
    if message.title:
        head.append(message.title)
    if message.author_name:
        head.append(_("From {name}", name=message.author_name))
    if message.url:
        head.append(message.url)
    if head:
        lines += [*head, ""]
    if message.text:
        lines += [markdown_to_plain(message.text), ""]
    if message.image_url:
        lines += [message.image_url, ""]
    for field in message.fields:
        lines += [f"{field.name}:", markdown_to_plain(field.value), ""]
    for label, url in _links(message):
        lines.append(f"{label}: {url}")
    lines += ["", "-- ", _footer(sender, envelope, _)]
    if envelope.unsubscribe_url:
        lines.append(_("Unsubscribe: {url}", url=envelope.unsubscribe_url))
    if sender.privacy_url:
        privacy = privacy_link(sender.privacy_url, envelope.locale)
        lines.append(_("About your personal data: {url}", url=privacy))
    return "\n".join(lines).strip("\n") + "\n"


def _href(url: str) -> str | None:
    return escape(url, quote=True) if url.lower().startswith(("http://", "https://")) else None


def _link(label: str, url: str) -> str:
    href = _href(url)
    text = escape(label)
    return f'<a href="{href}" style="color:#0b5394;">{text}</a>' if href else text


def html_part(
    message: Message, sender: Sender, envelope: Envelope, subject: str, _: Translator
) -> str:
    body: list[str] = [f'<p style="{_SMALL}">{escape(sender.site_name)}</p>']
    welcome = _welcome(sender, envelope, _)
    if welcome and envelope.unsubscribe_url:
        leave = _link(_("Unsubscribe"), envelope.unsubscribe_url)
        body.append(f'<p style="{_NOTE}">{escape(welcome)}<br>{escape(_(NOT_WANTED))} {leave}</p>')
    if message.title:
        title = _link(message.title, message.url) if message.url else escape(message.title)
        body.append(f'<h1 style="font-size:22px;line-height:1.3;{_P}">{title}</h1>')
    elif message.url:
        body.append(f'<p style="{_P}">{_link(message.url, message.url)}</p>')
    if message.author_name:
        name = escape(_("From {name}", name=message.author_name))
        body.append(f'<p style="{_SMALL}">{name}</p>')
    if message.text:
        body.append(f"<div>{markdown_to_html(message.text)}</div>")
    if message.image_url and (src := _href(message.image_url)):
        body.append(f'<p style="{_P}"><img src="{src}" alt="" style="max-width:100%;"></p>')
    for field in message.fields:
        body.append(
            f'<h2 style="font-size:17px;margin:16px 0 4px;">{escape(field.name)}</h2>'
            f"<div>{markdown_to_html(field.value)}</div>"
        )
    links = _links(message)
    if links:
        items = "".join(f"<li>{_link(label, url)}</li>" for label, url in links)
        body.append(f'<ul style="{_P}padding-left:20px;">{items}</ul>')
    body.append('<hr style="border:0;border-top:1px solid #dddddd;margin:24px 0 12px;">')
    body.append(f'<p style="{_SMALL}">{escape(_footer(sender, envelope, _))}</p>')
    if envelope.unsubscribe_url:
        unsubscribe = _link(_("Unsubscribe"), envelope.unsubscribe_url)
        body.append(f'<p style="{_SMALL}">{unsubscribe}</p>')
    if sender.privacy_url:
        url = privacy_link(sender.privacy_url, envelope.locale)
        privacy = _link(_("About your personal data"), url)
        body.append(f'<p style="{_SMALL}">{privacy}</p>')
    return (
        f'<!doctype html>\n<html lang="{escape(envelope.locale)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(subject)}</title></head>\n"
        '<body style="margin:0;padding:0;background:#f4f4f4;">\n'
        '<div style="max-width:600px;margin:0 auto;padding:24px;background:#ffffff;'
        'font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;">\n'
        + "\n".join(body)
        + "\n</div>\n</body></html>\n"
    )
