"""The bot's Markdown as Slack mrkdwn: **bold** → *bold*, *italic* → _italic_, ~~x~~ → ~x~,
[text](url) → <url|text>. The text is escaped first, so nothing from outside can ping."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.platforms.text import MARKDOWN_ESCAPE, SetAside

_BARE_MENTION = re.compile(r"@(here|channel|everyone)\b", re.IGNORECASE)


def escape(text: str) -> str:
    """Escape mrkdwn control characters and defuse broadcast words."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BARE_MENTION.sub(lambda m: "@\u2060" + m.group(1), escaped)


_LINK = re.compile(r"\[([^\]\n]+)\]\((https?://[^)\s]+)\)")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])")
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_BOLD_MARK = "\u0001"


def markdown_to_mrkdwn(text: str) -> str:
    escaped = SetAside("\u0002")
    text = escaped.hold(MARKDOWN_ESCAPE, text, lambda match: match.group(1))
    text = escape(text)
    text = _LINK.sub(lambda m: f"<{m.group(2)}|{m.group(1)}>", text)
    text = _BOLD.sub(lambda m: f"{_BOLD_MARK}{m.group(1)}{_BOLD_MARK}", text)
    text = _ITALIC.sub(lambda m: f"_{m.group(1)}_", text)
    text = _STRIKE.sub(lambda m: f"~{m.group(1)}~", text)
    text = text.replace(_BOLD_MARK, "*")
    return escaped.restore(text, escape)


_S_USER = re.compile(r"<@([UW][A-Z0-9]+)(?:\|([^>]+))?>")
USER_MENTION = re.compile(r"<@([UW][A-Z0-9]+)>")  # mentions that carry no name
_S_CHANNEL = re.compile(r"<#(C[A-Z0-9]+)(?:\|([^>]*))?>")
_S_GROUP = re.compile(r"<!subteam\^([A-Z0-9]+)(?:\|([^>]+))?>")
_S_SPECIAL = re.compile(r"<!(channel|here|everyone)(?:\|[^>]*)?>")
_S_LINK = re.compile(r"<((?:https?|mailto):[^|>]+)(?:\|([^>]+))?>")
_S_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_S_ITALIC = re.compile(r"(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
_S_STRIKE = re.compile(r"(?<![\w~])~(?=\S)([^~\n]+?)(?<=\S)~(?![\w~])")
_CODE = re.compile(r"```.*?```|`[^`\n]+`", re.DOTALL)


def mrkdwn_to_markdown(text: str, names: Callable[[str, str], str] | None = None) -> str:
    """A Slack message as the bot's Markdown; mentions become plain names that ping nobody.

    `names(kind, id)` gives the display name of a user, channel or group when the message
    does not carry it.
    """
    lookup = names or (lambda _kind, ident: ident)
    code = SetAside("\u0003")
    text = code.hold(_CODE, text)
    text = _S_USER.sub(lambda m: "@" + (m.group(2) or lookup("user", m.group(1))), text)
    text = _S_CHANNEL.sub(lambda m: "#" + (m.group(2) or lookup("channel", m.group(1))), text)
    text = _S_GROUP.sub(lambda m: "@" + (m.group(2) or lookup("group", m.group(1))), text)
    text = _S_SPECIAL.sub(lambda m: "@\u2060" + m.group(1), text)
    links = SetAside("\u0004")
    text = links.hold(_S_LINK, text, _markdown_link)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    text = _S_BOLD.sub(lambda m: f"\u0001{m.group(1)}\u0001", text)
    text = _S_ITALIC.sub(lambda m: f"*{m.group(1)}*", text)
    text = _S_STRIKE.sub(lambda m: f"~~{m.group(1)}~~", text)
    text = text.replace("\u0001", "**")
    return code.restore(links.restore(text))


def _markdown_link(match: re.Match[str]) -> str:
    url, label = match.group(1), match.group(2)
    return f"[{label}]({url})" if label and label != url else url
