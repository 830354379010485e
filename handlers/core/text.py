"""Text shortened to a limit, where a reader expects the cut."""

from __future__ import annotations

import re


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


def without_masked_links(text: str) -> str:
    """A member's text as the bot shows it in its own posts: Markdown's `[words](address)`
    stays as written, so a link shows where it goes (escaped brackets are the bot's
    Markdown for plain ones, which every platform renders as such)."""
    return text.replace("[", "\\[").replace("]", "\\]")


_MARKDOWN_SPECIAL = re.compile(r"([\\*_~`|>\[\]])")  # what the bot's Markdown escapes


def escape_markdown(text: str) -> str:
    """Plain text made safe inside Markdown: shown as written (a `*` never turns bold, a
    `[words](address)` never becomes a link)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
