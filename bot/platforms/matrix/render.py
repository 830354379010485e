"""A neutral message as Matrix events: the bot's Markdown as `org.matrix.custom.html` beside a
plain `body`, buttons and select options as numbered choices, and an empty `m.mentions`, so
nothing a post says (a name, `@room`) notifies anyone.

A member answers a choice by replying with its number or reacting with its keycap (1️⃣ …). The
choices travel in the event itself (`CHOICES`), so the bot needs no memory of what it offered:
a reply names the event, and the event says what each number does.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from bot.platforms.html import markdown_to_html
from bot.platforms.plain import markdown_to_plain
from bot.platforms.text import split_text
from handlers.core.text import escape_markdown
from handlers.types import Message

CHOICES = "se.bryggan.choices"  # [[route, value, label], …] on the post that offers them
# An event may take 65,536 bytes; the text goes twice (body and HTML) and a character may
# take four bytes in UTF-8: parts of 7,000 characters stay well inside.
PART_LIMIT = 7_000
KEYCAPS = ("1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣", "🔟")


@dataclass(frozen=True)
class Choice:
    route: str
    value: str
    label: str


def choices_of(message: Message) -> list[Choice]:
    """The message's buttons, then each select's options, in the order they are numbered."""
    found = [Choice(b.action_id, b.value, b.label) for b in message.buttons if not b.url]
    for select in message.selects:
        found += [Choice(select.action_id, o.value, o.label) for o in select.options]
    return found


def _markdown(message: Message, choices: list[Choice]) -> str:
    lines: list[str] = []
    if message.reply_excerpt:
        lines.append(f"> {message.reply_excerpt}")
    if message.author_name:
        lines.append(f"**{message.author_name}:**")
    if message.title:
        title = escape_markdown(message.title)  # a title is plain text on every platform
        title = f"[{title}]({message.url})" if message.url else title
        lines.append(f"**{title}**")
    if message.text:
        lines.append(message.text)
    if message.image_url:
        lines.append(message.image_url)
    lines += [f"**{field.name}:** {field.value}" for field in message.fields]
    lines += [f"[{b.label}]({b.url})" for b in message.buttons if b.url]
    lines += [f"{n}. {choice.label}" for n, choice in enumerate(choices, start=1)]
    for attachment in message.attachments:
        named = attachment.filename
        if attachment.url:
            named = f"[{named}]({attachment.url})"
        lines.append(f"📎 {named}")
        if attachment.content is not None and not attachment.url:
            lines.append(f"```\n{attachment.content.rstrip()}\n```")
    return "\n\n".join(lines)


# `/name` where a command is named in running text (not inside a path or an address).
_SLASHED = re.compile(r"(?<![\w/:.])/([a-zåäö][a-zåäö-]*)")


def as_typed_here(text: str, commands: Collection[str]) -> str:
    """Commands as a Matrix member types them: `/help` in a text becomes `!help` (only the
    names of commands, so a path or `/16` stays as it is)."""
    return _SLASHED.sub(lambda m: f"!{m[1]}" if m[1] in commands else m[0], text)


def contents(
    message: Message, *, notice: bool = False, commands: Collection[str] = ()
) -> list[dict[str, object]]:
    """The events that say the message, in order (more than one only for a long text); the
    choices ride on the last, a reply's reference on the first. `commands`: the names that
    are written `!name` here."""
    choices = choices_of(message)
    parts = split_text(as_typed_here(_markdown(message, choices), commands), PART_LIMIT)
    events = [_content(part, notice=notice) for part in parts]
    if message.reply_to:
        events[0]["m.relates_to"] = {"m.in_reply_to": {"event_id": message.reply_to}}
    if choices:
        events[-1][CHOICES] = [[c.route, c.value, c.label] for c in choices]
    return events


def _content(markdown: str, *, notice: bool) -> dict[str, object]:
    return {
        "msgtype": "m.notice" if notice else "m.text",
        "body": markdown_to_plain(markdown),
        "format": "org.matrix.custom.html",
        "formatted_body": markdown_to_html(markdown).strip(),
        "m.mentions": {},  # intentional mentions: none, and the legacy keyword rules are off
    }


def replacement(original: str, content: dict[str, object]) -> dict[str, object]:
    """An edit (`m.replace`) of event `original` to say what `content` says."""
    new = {k: v for k, v in content.items() if k != "m.relates_to"}
    return {
        **new,
        "body": f"* {new['body']}",
        "m.new_content": new,
        "m.relates_to": {"rel_type": "m.replace", "event_id": original},
    }
