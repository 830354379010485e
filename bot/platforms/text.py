"""Splitting long text for platforms with a size limit: at a paragraph, then a sentence,
then a word, and only as a last resort inside a word. Counts characters, not bytes."""

from __future__ import annotations

import re
from collections.abc import Callable

_SENTENCE_END = re.compile(r"[.!?…](?=\s)")


def split_text(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters that together say the whole text."""
    if limit < 1:
        raise ValueError("limit must be positive")
    pieces: list[str] = []
    rest = text.strip()
    while len(rest) > limit:
        cut = _cut_point(rest, limit)
        pieces.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    if rest or not pieces:
        pieces.append(rest)
    return pieces


def _cut_point(text: str, limit: int) -> int:
    window = text[: limit + 1]
    paragraph = window.rfind("\n\n")
    if paragraph > limit // 3:
        return paragraph
    line = window.rfind("\n")
    if line > limit // 2:
        return line
    sentences = [m.end() for m in _SENTENCE_END.finditer(window) if m.end() <= limit]
    if sentences and sentences[-1] > limit // 3:
        return sentences[-1]
    space = window.rfind(" ")
    if space > 0:
        return space
    return limit


MARKDOWN_ESCAPE = re.compile(r"\\([\\*_~`|>\[\]])")  # \* stands for a plain *


class SetAside:
    """Pieces of text held out of the way while marks are rewritten, then put back.

    Escaped characters, code spans and finished links must not be touched by the rules that
    turn one markup into another; each converter sets them aside under its own marker.
    """

    def __init__(self, marker: str) -> None:
        self.marker = marker
        self.pieces: list[str] = []
        self._placeholder = re.compile(f"{marker}(\\d+){marker}")

    def hold(
        self,
        pattern: re.Pattern[str],
        text: str,
        keep: Callable[[re.Match[str]], str] = lambda match: match.group(0),
    ) -> str:
        def replace(match: re.Match[str]) -> str:
            self.pieces.append(keep(match))
            return f"{self.marker}{len(self.pieces) - 1}{self.marker}"

        return pattern.sub(replace, text)

    def restore(self, text: str, show: Callable[[str], str] = lambda piece: piece) -> str:
        return self._placeholder.sub(lambda match: show(self.pieces[int(match.group(1))]), text)
