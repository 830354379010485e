"""How a feed entry looks in a channel: title as a link, date in Stockholm, author, summary."""

from __future__ import annotations

from babel.dates import format_datetime

from handlers.core.text import shorten
from handlers.core.times import STOCKHOLM
from handlers.feeds.entries import FeedEntry
from handlers.i18n import translator
from handlers.types import Field, Message


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
