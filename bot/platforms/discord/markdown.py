"""A Discord message as the bot's Markdown (Discord's dialect is nearly the same), and back.

Mentions become plain names that ping nobody; custom emoji become their :shortcode:.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_USER = re.compile(r"<@!?(\d+)>")
_ROLE = re.compile(r"<@&(\d+)>")
_CHANNEL = re.compile(r"<#(\d+)>")
_EMOJI = re.compile(r"<a?:(\w+):\d+>")
_BROADCAST = re.compile(r"@(everyone|here)\b")
_HEADING = re.compile(r"^#{1,3} (.+)$", re.MULTILINE)
_UNDERLINE = re.compile(r"__(?=\S)(.+?)(?<=\S)__")
_SPOILER = re.compile(r"\|\|(.+?)\|\|")


def discord_to_markdown(text: str, names: Callable[[str, str], str] | None = None) -> str:
    """`names(kind, id)` gives the display name of a user, role or channel."""
    lookup = names or (lambda _kind, ident: ident)
    text = _USER.sub(lambda m: "@" + lookup("user", m.group(1)), text)
    text = _ROLE.sub(lambda m: "@" + lookup("role", m.group(1)), text)
    text = _CHANNEL.sub(lambda m: "#" + lookup("channel", m.group(1)), text)
    text = _EMOJI.sub(lambda m: f":{m.group(1)}:", text)
    text = _BROADCAST.sub(lambda m: "@\u2060" + m.group(1), text)
    text = _HEADING.sub(lambda m: f"**{m.group(1)}**", text)
    text = _UNDERLINE.sub(lambda m: m.group(1), text)  # no underline elsewhere: keep the words
    return _SPOILER.sub(lambda m: m.group(1), text)


_MARK = re.compile(r"([\\*_~`|>\[\]()<])")


def escape_discord(text: str) -> str:
    """Text shown exactly as written: every Markdown mark escaped (no link, no bold), `<`
    too (no mention, channel or emoji), and broadcasts defused."""
    return _BROADCAST.sub(lambda m: "@\u2060" + m.group(1), _MARK.sub(r"\\\1", text))


def markdown_to_discord(text: str) -> str:
    """The bot's Markdown for Discord: the same marks, with broadcasts defused as well (the
    adapter's allowed_mentions already stops every ping)."""
    return _BROADCAST.sub(lambda m: "@\u2060" + m.group(1), text)
