"""Neutral messages as Discord message parts (content, embeds, components) within Discord's
limits, and the stable custom ids that route buttons, selects and modals back."""

from __future__ import annotations

import io
from dataclasses import dataclass, field

import discord

from bot.platforms.discord.markdown import escape_discord
from bot.platforms.links import file_name, web_address
from bot.platforms.text import split_text
from handlers.types import Attachment, Button, Form, Message, Select

CONTENT_LIMIT = 2000
EMBED_DESCRIPTION_LIMIT = 4096
EMBED_TOTAL_LIMIT = 6000
EMBED_TITLE_LIMIT = 256
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FIELDS_PER_EMBED = 25
BUTTON_LABEL_LIMIT = 80
CUSTOM_ID_LIMIT = 100
MODAL_TITLE_LIMIT = 45
MODAL_INPUTS = 5
NO_MENTIONS = discord.AllowedMentions.none()

BUTTON_PREFIX, SELECT_PREFIX, FORM_PREFIX = "b", "s", "f"
_STYLES = {
    "primary": discord.ButtonStyle.primary,
    "secondary": discord.ButtonStyle.secondary,
    "danger": discord.ButtonStyle.danger,
}


def custom_id(prefix: str, interaction_id: str, value: str = "") -> str:
    """`prefix|interaction id|value`, within Discord's 100 characters."""
    encoded = f"{prefix}|{interaction_id}|{value}"
    if len(encoded) > CUSTOM_ID_LIMIT:
        raise ValueError(f"custom id too long: {encoded!r}")
    return encoded


def parse_custom_id(raw: str) -> tuple[str, str, str] | None:
    parts = raw.split("|", 2)
    if len(parts) != 3:
        return None
    return parts[0], parts[1], parts[2]


@dataclass
class Part:
    """One Discord message: what `send`, `edit` or an interaction response takes."""

    content: str | None = None
    embeds: list[discord.Embed] = field(default_factory=list)
    view: discord.ui.View | None = None
    files: list[Attachment] = field(default_factory=list)

    def kwargs(self) -> dict[str, object]:
        args: dict[str, object] = {"content": self.content, "allowed_mentions": NO_MENTIONS}
        args["embeds"] = self.embeds
        if self.view is not None:
            args["view"] = self.view
        if self.files:  # fresh File objects each time: discord.py consumes them
            args["files"] = [
                discord.File(io.BytesIO((f.content or "").encode()), filename=f.filename)
                for f in self.files
            ]
        return args


def render(message: Message) -> list[Part]:
    """Parts in order; controls ride on the last part. A message of files alone is their
    links alone (Discord refuses an empty post)."""
    if message.title or message.fields or message.url or message.image_url:
        parts = _embed_parts(message)
    else:
        pieces = split_text(message.text, CONTENT_LIMIT)
        parts = [Part(content=piece) for piece in pieces if piece]
    links = [_link(a) for a in message.attachments if a.url]
    if links:
        parts += [Part(content=p) for p in split_text("\n".join(links), CONTENT_LIMIT)]
    if not parts:
        parts = [Part(content=message.text)]
    made = [a for a in message.attachments if a.content is not None]
    if made:
        parts[-1].files = made
    view = components(message.buttons, message.selects)
    if view is not None:
        parts[-1].view = view
    return parts


def _link(attachment: Attachment) -> str:
    """`📎 [name](address)`, the name shown as written: it is the sharer's to choose."""
    name = escape_discord(file_name(attachment.filename))
    address = web_address(attachment.url)
    return f"📎 [{name}]({address})" if address else f"📎 {name}"


def _embed_parts(message: Message) -> list[Part]:
    pieces = split_text(message.text, EMBED_DESCRIPTION_LIMIT) if message.text else [""]
    embeds: list[discord.Embed] = []
    for index, piece in enumerate(pieces):
        embed = discord.Embed(description=piece or None)
        if index == 0:
            if message.title:
                embed.title = message.title[:EMBED_TITLE_LIMIT]
            if message.url:
                embed.url = message.url
            if message.image_url:
                embed.set_image(url=message.image_url)
        embeds.append(embed)
    for name, value, inline in _field_pieces(message):
        last = embeds[-1]
        if len(last.fields) >= FIELDS_PER_EMBED or len(last) + len(name) + len(value) > (
            EMBED_TOTAL_LIMIT
        ):
            last = discord.Embed()
            embeds.append(last)
        last.add_field(name=name, value=value, inline=inline)
    return [Part(embeds=group) for group in _within_total(embeds)]


def _field_pieces(message: Message) -> list[tuple[str, str, bool]]:
    """Fields as Discord takes them: a long value continues in further fields, nothing cut."""
    pieces = []
    for item in message.fields:
        name = item.name[:FIELD_NAME_LIMIT] or "\u200b"
        for index, value in enumerate(split_text(item.value, FIELD_VALUE_LIMIT)):
            pieces.append((name if index == 0 else "\u200b", value or "\u200b", item.inline))
    return pieces


def _within_total(embeds: list[discord.Embed]) -> list[list[discord.Embed]]:
    """Group embeds so no message exceeds 10 embeds or 6000 characters."""
    groups: list[list[discord.Embed]] = [[]]
    size = 0
    for embed in embeds:
        length = len(embed)
        if groups[-1] and (size + length > EMBED_TOTAL_LIMIT or len(groups[-1]) == 10):
            groups.append([])
            size = 0
        groups[-1].append(embed)
        size += length
    return groups


def components(buttons: tuple[Button, ...], selects: tuple[Select, ...]) -> discord.ui.View | None:
    """A view used only to carry components; routing happens on the raw interaction."""
    if not buttons and not selects:
        return None
    view = discord.ui.View(timeout=None)
    for button in buttons[:25]:
        if button.url:
            item = discord.ui.Button(label=button.label[:BUTTON_LABEL_LIMIT], url=button.url)
        else:
            item = discord.ui.Button(
                label=button.label[:BUTTON_LABEL_LIMIT],
                custom_id=custom_id(BUTTON_PREFIX, button.action_id, button.value),
                style=_STYLES[button.style],
            )
        view.add_item(item)
    for select in selects[: max(0, 5 - (len(buttons) + 4) // 5)]:
        view.add_item(
            discord.ui.Select(
                custom_id=custom_id(SELECT_PREFIX, select.action_id),
                placeholder=select.placeholder[:150],
                options=[
                    discord.SelectOption(label=o.label[:100], value=o.value[:100])
                    for o in select.options[:25]
                ],
            )
        )
    view.stop()  # never stored in discord.py's view store: our router answers every click
    return view


def modal(form: Form) -> discord.ui.Modal:
    built = discord.ui.Modal(
        title=form.title[:MODAL_TITLE_LIMIT],
        custom_id=custom_id(FORM_PREFIX, form.form_id, form.context),
        timeout=900,
    )
    for item in form.fields[:MODAL_INPUTS]:
        built.add_item(
            discord.ui.TextInput(
                label=item.label[:45],
                custom_id=item.name,
                style=discord.TextStyle.paragraph if item.long else discord.TextStyle.short,
                required=item.required,
                max_length=item.max_length,
                min_length=item.min_length,
                placeholder=(item.placeholder or "")[:100] or None,
                default=item.value,
            )
        )
    return built
