"""The bot's Markdown as Slack mrkdwn: **bold** → *bold*, *italic* → _italic_, ~~x~~ → ~x~,
[text](url) → <url|text>. The text is escaped first, so nothing from outside can ping."""

from __future__ import annotations

import re

_BARE_MENTION = re.compile(r"@(here|channel|everyone)\b", re.IGNORECASE)


def escape(text: str) -> str:
    """Escape mrkdwn control characters and defuse broadcast words."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BARE_MENTION.sub(lambda m: "@\u2060" + m.group(1), escaped)


_ESCAPED = re.compile(r"\\([\\*_~`|>\[\]])")
_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_BOLD_MARK = "\u0001"


def markdown_to_mrkdwn(text: str) -> str:
    kept: list[str] = []

    def keep(match: re.Match[str]) -> str:
        kept.append(match.group(1))
        return f"\u0002{len(kept) - 1}\u0002"

    text = _ESCAPED.sub(keep, text)
    text = escape(text)
    text = _LINK.sub(lambda m: f"<{m.group(2)}|{m.group(1)}>", text)
    text = _BOLD.sub(lambda m: f"{_BOLD_MARK}{m.group(1)}{_BOLD_MARK}", text)
    text = _ITALIC.sub(lambda m: f"_{m.group(1)}_", text)
    text = _STRIKE.sub(lambda m: f"~{m.group(1)}~", text)
    text = text.replace(_BOLD_MARK, "*")
    return re.sub("\u0002(\\d+)\u0002", lambda m: escape(kept[int(m.group(1))]), text)
