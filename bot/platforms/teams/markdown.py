"""The bot's Markdown as Teams shows it, and a member's Teams message back as the bot's Markdown.

Outbound, `&`, `<` and `>` are escaped in everything: a bridged `<at>Eva</at>` stays text and
is never HTML nor a mention (a mention exists only with an `entities` item, which the bot
never sends). Teams draws no headings, rules, images or tables, and phones draw no lists, so
headings become bold lines, rules go, images become links and list items become "• " or "1. "
lines. A text message breaks a line only where Markdown asks for a hard break (two spaces),
so every line ends with one; an Adaptive Card's TextBlock takes a smaller subset (bold,
italic, links, lists), so its lines are separated by blank lines instead.

Inbound, `<at>Name</at>` becomes the plain name "@Name" (pinging no one when shown
elsewhere), and the bot's own mention, which only addresses the bot, is left out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from html.parser import HTMLParser
from typing import Any

from bot.platforms.text import MARKDOWN_ESCAPE, SetAside

_FENCE = re.compile(r"^[ \t]{0,3}```[^\n]*\n(.*?)(?:^[ \t]{0,3}```[ \t]*$|\Z)", re.S | re.M)
_CODE_SPAN = re.compile(r"`([^`\n]+)`")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*)$", re.M)
_RULE = re.compile(
    r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$", re.M
)
_BULLET = re.compile(r"^([ \t]*)[-*+][ \t]+", re.M)
_NUMBERED = re.compile(r"^([ \t]*)(\d{1,9})[.)][ \t]+", re.M)
_QUOTE = re.compile(r"^((?:[ \t]{0,3}>[ \t]?)+)", re.M)
_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_LITERAL_MARKS = re.compile(r"([\\*_~`|\[\]])")
_JOINER = {False: "  \n", True: "\n\n"}  # a line break: a hard break, a card's blank line


def escape_html(text: str) -> str:
    """`&`, `<` and `>` as entities: nothing in the text is HTML or a mention."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def literal(text: str) -> str:
    """Text shown exactly as written: no Markdown mark takes effect, no tag either."""
    return escape_html(_LITERAL_MARKS.sub(r"\\\1", text))


def _code_block(match: re.Match[str], *, card: bool) -> str:
    """A fenced block stays one where Teams shows code and nothing in it needs an entity
    (an entity inside code is shown as written); otherwise its lines are literal text."""
    body = match.group(1).rstrip("\n")
    if not card and not re.search(r"[&<>]", body):
        return f"```\n{body}\n```"
    return _JOINER[card].join(literal(line) for line in body.split("\n"))


def _code_span(match: re.Match[str], *, card: bool) -> str:
    body = match.group(1)
    if not card and not re.search(r"[&<>]", body):
        return f"`{body}`"
    return literal(body)


def _escaped(match: re.Match[str]) -> str:
    """A backslash escape kept as Markdown (`\\*`), but `\\>` as an entity."""
    return "&gt;" if match.group(1) == ">" else match.group(0)


def _indent(spaces: str) -> str:
    """A nested item's indent as em spaces: leading blanks would start a code block."""
    return "\u2003" * (len(spaces.expandtabs(4)) // 2)


def _heading(match: re.Match[str]) -> str:
    words = match.group(1).rstrip(" \t#")  # a closing run of #s is no part of the heading
    return f"**{words}**" if words else ""


def _structure(text: str, *, card: bool) -> str:
    """Headings, rules, images, lists and quotes as Teams can show them."""
    text = _IMAGE.sub(lambda m: f"[{m.group(1)}]({m.group(2)})" if m.group(1) else m.group(2), text)
    text = _HEADING.sub(_heading, text)
    text = _RULE.sub("", text)
    text = _BULLET.sub(lambda m: f"{_indent(m.group(1))}• ", text)
    text = _NUMBERED.sub(lambda m: f"{_indent(m.group(1))}{m.group(2)}. ", text)
    if card:  # a card shows no quotes: a bar stands for one
        text = _QUOTE.sub(lambda m: "│ " * m.group(1).count(">"), text)
        text = _STRIKE.sub(lambda m: m.group(1), text)
    else:  # the quote marks stay Markdown: only the ones in the text are escaped
        text = _QUOTE.sub(lambda m: "\u0005" * m.group(1).count(">") + " ", text)
    return text


def _lines(text: str, *, card: bool) -> str:
    """Every line on its own line in Teams: a hard break (text) or a blank line (card)."""
    paragraphs = [p.strip("\n") for p in re.split(r"\n[ \t]*\n+", text)]
    lines = (_JOINER[card].join(line.rstrip() for line in p.split("\n")) for p in paragraphs)
    return "\n\n".join(p for p in lines if p.strip())


def _convert(markdown: str, *, card: bool) -> str:
    code = SetAside("\u0003")
    text = code.hold(_FENCE, markdown.replace("\r\n", "\n"), lambda m: _code_block(m, card=card))
    text = code.hold(_CODE_SPAN, text, lambda m: _code_span(m, card=card))
    escapes = SetAside("\u0002")
    text = escapes.hold(MARKDOWN_ESCAPE, text, _escaped)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = escape_html(_structure(text, card=card)).replace("\u0005", ">")
    text = _lines(text, card=card)
    return code.restore(escapes.restore(text))


def markdown_to_teams(markdown: str) -> str:
    """The bot's Markdown as the text of a Teams message (`textFormat` markdown)."""
    return _convert(markdown, card=False)


def markdown_to_card(markdown: str) -> str:
    """The bot's Markdown as the text of an Adaptive Card TextBlock."""
    return _convert(markdown, card=True)


# Inbound: Teams' text (with <at> tags) or its HTML copy, back to the bot's Markdown.

# A mention's name holds no tag; bounded, so a message of unclosed tags costs no more to read
# than its length.
_AT = re.compile(r"<at\b[^<>]*>([^<]{0,500})</at>", re.I)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def _inner(mention_text: str) -> str:
    found = _AT.search(mention_text)
    return html.unescape(found.group(1) if found else mention_text).strip()


def bot_names(entities: Sequence[Mapping[str, Any]], bot_id: str) -> set[str]:
    """The names the message's mentions of the bot show (`<at>Bryggan</at>` → Bryggan)."""
    names = set()
    for entity in entities:
        mentioned = entity.get("mentioned")
        if not isinstance(mentioned, Mapping):
            continue
        if entity.get("type") == "mention" and mentioned.get("id") == bot_id:
            names.add(_inner(str(entity.get("text") or mentioned.get("name") or "")))
    return {n for n in names if n}


def _mention(match: re.Match[str], own: set[str], *, markup: bool) -> str:
    """ "@Name" for a member's mention (still escaped inside HTML), "" for the bot's."""
    shown = _TAG.sub("", match.group(1)).strip()
    if html.unescape(shown) in own:
        return ""
    return f"@{shown}" if markup else f"@{html.unescape(shown)}"


def teams_to_markdown(
    text: str,
    *,
    entities: Sequence[Mapping[str, Any]] = (),
    bot_id: str = "",
    html_body: str | None = None,
) -> str:
    """A member's message as the bot's Markdown: the HTML copy when Teams sent one (it keeps
    bold, links and line breaks), else the text; mentions as plain names, the bot's left out."""
    own = bot_names(entities, bot_id)
    if html_body:
        marked = _AT.sub(lambda m: _mention(m, own, markup=True), html_body)
        found = _HtmlToMarkdown.convert(marked)
    else:
        plain = _AT.sub(lambda m: _mention(m, own, markup=False), text)
        found = html.unescape(_TAG.sub("", plain))
    return found.replace("\u00a0", " ").strip()


_BLOCKS = frozenset({"div", "p", "blockquote", "ul", "ol", "pre", "h1", "h2", "h3", "table"})
_MARKS = {"b": "**", "strong": "**", "i": "*", "em": "*", "s": "~~", "strike": "~~", "del": "~~"}


class _HtmlToMarkdown(HTMLParser):
    """Teams' message HTML (div, p, br, b, i, s, a, code, pre, lists, emoji images)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.lists: list[list[int]] = []  # per open list: [next number] or [] for bullets
        self.link: str | None = None
        self.pre = 0

    @classmethod
    def convert(cls, body: str) -> str:
        parser = cls()
        parser.feed(body)
        parser.close()
        text = re.sub(r"[ \t]+\n", "\n", "".join(parser.out))
        return re.sub(r"\n{3,}", "\n\n", text).strip()

    def _newline(self) -> None:
        if self.out and not self.out[-1].endswith("\n"):
            self.out.append("\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag in _BLOCKS or tag in ("li", "tr"):
            self._newline()
        if tag in _MARKS:
            self.out.append(_MARKS[tag])
        elif tag == "br":
            self.out.append("\n")
        elif tag == "ul":
            self.lists.append([])
        elif tag == "ol":
            self.lists.append([1])
        elif tag == "li":
            self._item()
        elif tag == "blockquote":
            self.out.append("> ")
        elif tag == "pre":
            self.pre += 1
            self.out.append("```\n")
        elif tag == "code" and not self.pre:
            self.out.append("`")
        elif tag == "a":
            href = found.get("href") or ""
            self.link = href if re.match(r"(?i)(https?|mailto):", href) else None
            self.out.append("[" if self.link else "")
        elif tag == "img":
            self.out.append(found.get("alt") or "")

    def _item(self) -> None:
        depth = "  " * max(0, len(self.lists) - 1)
        numbering = self.lists[-1] if self.lists else []
        if numbering:
            self.out.append(f"{depth}{numbering[0]}. ")
            numbering[0] += 1
        else:
            self.out.append(f"{depth}- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _MARKS:
            self.out.append(_MARKS[tag])
        elif tag in ("ul", "ol") and self.lists:
            self.lists.pop()
        elif tag == "pre" and self.pre:
            self.pre -= 1
            self._newline()
            self.out.append("```")
        elif tag == "code" and not self.pre:
            self.out.append("`")
        elif tag == "a" and self.link is not None:
            self.out.append(f"]({self.link})")
            self.link = None
        if tag in _BLOCKS or tag in ("li", "tr"):
            self._newline()

    def handle_data(self, data: str) -> None:
        self.out.append(data if self.pre else re.sub(r"\s*\n\s*", " ", data))
