"""How a feed entry looks in a channel: title as a link, date in Stockholm, author, summary."""

from __future__ import annotations

from babel.dates import format_datetime

from handlers.feeds.config import STOCKHOLM
from handlers.feeds.entries import FeedEntry
from handlers.i18n import translator
from handlers.types import Field, Message


def shorten(text: str, limit: int) -> str:
    """At most `limit` characters, cut after a paragraph or sentence when one is near."""
    if len(text) <= limit:
        return text
    window = text[:limit]
    for mark in ("\n\n", ". ", " "):
        cut = window.rfind(mark)
        if cut > limit // 2:
            return window[: cut + (1 if mark == ". " else 0)].rstrip() + " …"
    return window.rstrip() + "…"


def entry_message(entry: FeedEntry, locale: str, limit: int) -> Message:
    _ = translator(locale)
    fields = []
    if entry.published:
        when = format_datetime(
            entry.published.astimezone(STOCKHOLM), "d MMMM y HH:mm", locale=_.locale
        )
        fields.append(Field(_("Published"), when, inline=True))
    if entry.author:
        fields.append(Field(_("Author"), entry.author, inline=True))
    return Message(
        title=entry.title or (entry.link or ""),
        url=entry.link,
        text=shorten(entry.text, limit),
        fields=tuple(fields),
        image_url=entry.image_url,
    )
