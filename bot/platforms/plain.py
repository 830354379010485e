"""Plain-text rendering of a neutral message (console, and later e-mail)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.platforms.text import MARKDOWN_ESCAPE, SetAside
from handlers.types import Message

_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")
_MARKS = re.compile(r"(\*\*|~~|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*]))")


@lru_cache(maxsize=256)  # one announcement is rendered for every subscriber
def markdown_to_plain(text: str) -> str:
    """The bot's Markdown as plain text (console, e-mail): marks dropped, links spelled out."""
    escaped = SetAside("\u0002")
    text = escaped.hold(MARKDOWN_ESCAPE, text, lambda match: match.group(1))
    text = _LINK.sub(
        lambda m: m.group(2) if m.group(1) == m.group(2) else f"{m.group(1)} ({m.group(2)})", text
    )
    text = _MARKS.sub("", text)
    return escaped.restore(text)


def render_plain(message: Message, *, first_button: int = 1) -> str:
    """The message as plain lines; buttons numbered from `first_button` (the console numbers
    every button of a session, so any shown can be pressed)."""
    lines: list[str] = []
    if message.author_name:
        lines.append(f"{message.author_name}:")
    if message.title:
        lines.append(f"{message.title} <{message.url}>" if message.url else message.title)
    if message.text:
        lines.append(markdown_to_plain(message.text))
    if message.image_url:
        lines.append(f"🖼 {message.image_url}")
    for field in message.fields:
        value = field.value.replace("\n", "\n  ")
        lines.append(
            f"{field.name}:\n  {value}" if "\n" in field.value else f"{field.name}: {value}"
        )
    controls = [f"[{n}: {b.label}]" for n, b in enumerate(message.buttons, start=first_button)]
    controls += [f"[{s.placeholder} ▾]" for s in message.selects]
    if controls:
        lines.append(" ".join(controls))
    for attachment in message.attachments:
        lines.append(
            f"📎 {attachment.filename}" + (f" <{attachment.url}>" if attachment.url else "")
        )
        if attachment.content is not None:
            lines.append(attachment.content.rstrip("\n"))
    return "\n".join(lines)
