"""Text shortened to a limit, where a reader expects the cut."""

from __future__ import annotations


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
