"""A neutral message as the Bot Framework activities to POST, and a card's submit read back.

A message of text alone is text activities (Markdown, in parts). Anything with a title, an
image, fields or controls is Adaptive Cards (version 1.5, the most Teams shows): the text as
TextBlocks, fields as a FactSet, buttons as `Action.Submit` (`data={"r": route, "v": value}`)
or `Action.OpenUrl`, a select as an `Input.ChoiceSet` with its own submit. A form is a card of
inputs whose submit carries the form's id and context, so a submission needs no memory here.

Every activity stays well under Teams' size limit, counted on the JSON in UTF-16 (the older
documentation says 40 KB, the current 100 KB): parts are cut at paragraphs and cut again until
they fit. No activity carries `entities` or a card's `msteams.entities`, so nothing pings.
With an idempotency key every card carries a hidden marker element (`bryggan-<digest>`), by
which an in-doubt resend can find a post that arrived.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.platforms.links import file_name, web_address
from bot.platforms.plain import markdown_to_plain
from bot.platforms.teams.markdown import literal, markdown_to_card, markdown_to_teams
from bot.platforms.text import split_text
from handlers.core.text import escape_markdown
from handlers.types import Attachment, Button, Form, FormField, FormProblem, Message, Select

Json = dict[str, Any]
CARD = "application/vnd.microsoft.card.adaptive"
CARD_VERSION = "1.5"  # Teams shows Adaptive Cards up to 1.5
CARD_SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json"
PART_LIMIT = 7_000  # characters of Markdown one text part starts from
# Bytes of UTF-16 an activity's JSON may take: under Teams' 40 KB (the stricter reading),
# with room for what the platform adds (the conversation, a reply's id).
ACTIVITY_BUDGET = 32_000
BLOCK_BUDGET = 12_000  # bytes of UTF-16 one text block or fact set may take
CARD_TEXT_LIMIT = 4_000  # characters of Markdown one TextBlock starts from
FACT_LIMIT = 2_000  # characters of a field's value in one fact; the rest continues below
ACTIONS_PER_SET = 5  # buttons in a row
LABEL_LIMIT = 100  # characters of a button, option or input label
ROUTE, VALUE, INPUT, FORM = "r", "v", "i", "f"  # the keys of an Action.Submit's data
FIELD_PREFIX, SELECT_PREFIX = "f.", "s."  # input ids: a form's field, a select
MARKER_PREFIX = "bryggan-"


def utf16_size(activity: Mapping[str, Any]) -> int:
    """The activity's size as Teams counts it: its JSON (unescaped) in UTF-16 bytes."""
    encoded = json.dumps(activity, ensure_ascii=False, separators=(",", ":"))
    return len(encoded.encode("utf-16-le"))


def marker_id(key: str, part: int = 0) -> str:
    """The id of the hidden element that marks part `part` of the post sent under `key`."""
    digest = hashlib.sha256(key.encode()).hexdigest()[:32]
    return f"{MARKER_PREFIX}{digest}" + (f"-{part}" if part else "")


def _label(text: str) -> str:
    """A plain-text label (buttons, options, inputs): one line, no Markdown marks."""
    return " ".join(markdown_to_plain(text).split())[:LABEL_LIMIT] or "…"


def _text_block(markdown: str, **extra: Any) -> Json:
    return {"type": "TextBlock", "text": markdown_to_card(markdown) or " ", "wrap": True, **extra}


def _fitted(text: str, build: Callable[[str], Json], budget: int, limit: int) -> list[Json]:
    """`build` of `text` in pieces of at most `limit` characters, cut smaller until each
    built piece fits `budget` bytes."""
    made: list[Json] = []
    for piece in split_text(text, limit):
        built = build(piece)
        if utf16_size(built) <= budget or len(piece) < 2:
            made.append(built)
        else:
            made += _fitted(piece, build, budget, max(1, len(piece) // 2))
    return made


# Text alone: Markdown activities.


def _text_activity(markdown: str) -> Json:
    """One part; a text of nothing Teams draws (a rule alone) is shown as written, and
    "…" stands for no text at all, as Teams takes no empty message."""
    text = markdown_to_teams(markdown) or literal(markdown.strip()) or "…"
    return {"type": "message", "textFormat": "markdown", "text": text}


def _markdown(message: Message) -> str:
    lines: list[str] = []
    if message.reply_excerpt:
        lines.append(f"> ↪ {message.reply_excerpt}")
    if message.author_name:
        lines.append(f"**{escape_markdown(message.author_name)}:**")
    if message.text:
        lines.append(message.text)
    lines += [_attachment_line(a) for a in message.attachments]
    lines += [
        f"```\n{a.content.rstrip()}\n```"
        for a in message.attachments
        if a.content is not None and not a.url
    ]
    return "\n\n".join(lines)


def _attachment_line(attachment: Attachment) -> str:
    """`📎 [name](address)`, the name shown as written: it is the sharer's to choose."""
    name, address = escape_markdown(file_name(attachment.filename)), web_address(attachment.url)
    return f"📎 [{name}]({address})" if address else f"📎 {name}"


def _needs_card(message: Message) -> bool:
    return bool(
        message.title or message.image_url or message.fields or message.buttons or message.selects
    )


# A card: its elements, packed into as many cards as the size limit asks.


def _head(message: Message) -> list[Json]:
    elements: list[Json] = []
    if message.reply_excerpt:
        elements.append(_text_block(f"> ↪ {message.reply_excerpt}", isSubtle=True))
    if message.author_name:
        elements.append(_text_block(f"**{escape_markdown(message.author_name)}:**"))
    if message.title:
        title = escape_markdown(" ".join(message.title.split()))  # plain text everywhere
        address = web_address(message.url)
        shown = f"[{title}]({address})" if address else title
        elements.append(_text_block(shown, size="Medium", weight="Bolder"))
    image = web_address(message.image_url)
    if image and image.lower().startswith("https://"):
        elements.append(
            {"type": "Image", "url": image, "altText": _label(message.title or ""), "size": "Large"}
        )
    elif message.image_url:
        elements.append(_text_block(message.image_url))
    return elements


def _facts(message: Message) -> list[Json]:
    facts: list[Json] = []
    for item in message.fields:
        name = markdown_to_card(escape_markdown(" ".join(item.name.split()))) or " "
        for index, piece in enumerate(split_text(item.value, FACT_LIMIT)):
            value = markdown_to_card(piece) or " "
            facts.append({"title": name if index == 0 else " ", "value": value})
    sets: list[Json] = []
    for fact in facts:
        if sets and utf16_size({**sets[-1], "facts": [*sets[-1]["facts"], fact]}) <= BLOCK_BUDGET:
            sets[-1]["facts"].append(fact)
        else:
            sets.append({"type": "FactSet", "facts": [fact]})
    return sets


def _button(button: Button) -> Json | None:
    if button.url:
        address = web_address(button.url)
        if not address:
            return None
        return {"type": "Action.OpenUrl", "title": _label(button.label), "url": address}
    action: Json = {
        "type": "Action.Submit",
        "title": _label(button.label),
        "data": {ROUTE: button.action_id, VALUE: button.value},
        "associatedInputs": "none",  # a click takes no input along, nor waits for one
    }
    style = {"primary": "positive", "danger": "destructive"}.get(button.style)
    if style:
        action["style"] = style
    return action


def _select(number: int, select: Select) -> list[Json]:
    """The choices, and the submit that sends the one chosen (named by its input id)."""
    input_id = f"{SELECT_PREFIX}{number}"
    choices = [{"title": _label(o.label), "value": o.value} for o in select.options]
    chooser = {
        "type": "Input.ChoiceSet",
        "id": input_id,
        "style": "compact",
        "placeholder": _label(select.placeholder),
        "choices": choices,
    }
    submit = {
        "type": "Action.Submit",
        "title": "OK",
        "data": {ROUTE: select.action_id, INPUT: input_id},
    }
    return [chooser, {"type": "ActionSet", "actions": [submit]}]


def _controls(message: Message) -> list[Json]:
    elements: list[Json] = []
    for number, select in enumerate(message.selects):
        elements += _select(number, select)
    actions = [a for a in (_button(b) for b in message.buttons) if a]
    for start in range(0, len(actions), ACTIONS_PER_SET):
        elements.append({"type": "ActionSet", "actions": actions[start : start + ACTIONS_PER_SET]})
    return elements


def _elements(message: Message) -> list[Json]:
    elements = _head(message)
    if message.text:
        elements += _fitted(message.text, _text_block, BLOCK_BUDGET, CARD_TEXT_LIMIT)
    elements += _facts(message)
    if message.attachments:
        lines = "\n".join(_attachment_line(a) for a in message.attachments)
        elements += _fitted(lines, _text_block, BLOCK_BUDGET, CARD_TEXT_LIMIT)
    for made in message.attachments:
        if made.content is not None and not made.url:  # a file made here: its text, as is
            text = escape_markdown(made.content.rstrip())
            elements += _fitted(text, _monospace, BLOCK_BUDGET, CARD_TEXT_LIMIT)
    return elements + _controls(message)


def _monospace(text: str) -> Json:
    return _text_block(text, fontType="Monospace")


def card_activity(body: list[Json], *, marker: str | None = None) -> Json:
    """One card as a message activity; `marker`: the id of its hidden marker element."""
    if marker:
        body = [{"type": "TextBlock", "id": marker, "text": " ", "isVisible": False}, *body]
    card = {"type": "AdaptiveCard", "$schema": CARD_SCHEMA, "version": CARD_VERSION, "body": body}
    return {"type": "message", "attachments": [{"contentType": CARD, "content": card}]}


def _packed(elements: list[Json], key: str | None) -> list[Json]:
    """The elements in order, in as few cards as the size budget allows."""
    groups: list[list[Json]] = [[]]
    for element in elements:
        trial = card_activity([*groups[-1], element], marker=_mark(key, len(groups) - 1))
        if groups[-1] and utf16_size(trial) > ACTIVITY_BUDGET:
            groups.append([])
        groups[-1].append(element)
    return [card_activity(group, marker=_mark(key, n)) for n, group in enumerate(groups)]


def _mark(key: str | None, part: int) -> str | None:
    return marker_id(key, part) if key else None


def render(message: Message, *, key: str | None = None) -> list[Json]:
    """The activities that say `message`, in order; controls ride on the last. `key`: the
    outbox's idempotency key, marked in every card so an in-doubt resend can find it."""
    if _needs_card(message):
        return _packed(_elements(message), key)
    return _fitted(_markdown(message), _text_activity, ACTIVITY_BUDGET, PART_LIMIT)


# A form: a card of inputs.


def _input(item: FormField) -> Json:
    """A text input, or a compact choice for a field with fixed choices; prefilled."""
    element: Json
    if item.choices:
        element = {
            "type": "Input.ChoiceSet",
            "id": f"{FIELD_PREFIX}{item.name}",
            "label": _label(item.label),
            "isRequired": item.required,
            "style": "compact",
            "choices": [{"title": _label(c), "value": c} for c in item.choices],
        }
        if item.value in item.choices:
            element["value"] = item.value
    else:
        element = {
            "type": "Input.Text",
            "id": f"{FIELD_PREFIX}{item.name}",
            "label": _label(item.label),
            "isRequired": item.required,
            "isMultiline": item.long,
        }
        if item.max_length:
            element["maxLength"] = item.max_length
        if item.min_length:
            element["regex"] = f"^[\\s\\S]{{{item.min_length},}}$"
        if item.value:
            element["value"] = item.value[: item.max_length] if item.max_length else item.value
    if item.placeholder:
        element["placeholder"] = " ".join(item.placeholder.split())
    return element


def _problem(text: str) -> Json:
    return _text_block(f"⚠ {escape_markdown(text)}", color="Attention", weight="Bolder")


def form_activity(
    form: Form, *, problem: FormProblem | None = None, submit: str = "OK", key: str | None = None
) -> Json:
    """The form as a card; a refused one comes back filled in, the problem above its field
    (or above them all)."""
    body: list[Json] = [_text_block(escape_markdown(form.title), size="Medium", weight="Bolder")]
    named = {f.name for f in form.fields}
    if problem and problem.field not in named:
        body.append(_problem(problem.text))
    for item in form.fields:
        if problem and problem.field == item.name:
            body.append(_problem(problem.text))
        body.append(_input(item))
    data = {ROUTE: form.form_id, VALUE: form.context, FORM: 1}
    send = {"type": "Action.Submit", "title": _label(submit), "data": data, "style": "positive"}
    body.append({"type": "ActionSet", "actions": [send]})
    return card_activity(body, marker=_mark(key, 0))


# What comes back.


@dataclass(frozen=True)
class Submission:
    """A card's submit, read back: a click, a select's choice, or a form's answers."""

    interaction_id: str
    value: str = ""
    answers: dict[str, str] = field(default_factory=dict)
    form: bool = False


def _text(raw: Any) -> str:
    if raw is None:
        return ""
    if isinstance(raw, str):
        return raw
    return json.dumps(raw) if isinstance(raw, dict | list) else str(raw)


def read_submit(value: Any) -> Submission | None:
    """The interaction an Action.Submit's `value` (its data, with the inputs merged in)
    names, or None when it is none of the bot's (or a select sent without a choice)."""
    if not isinstance(value, Mapping):
        return None
    route = value.get(ROUTE)
    if not isinstance(route, str) or not route:
        return None
    if value.get(FORM):
        answers = {
            str(k)[len(FIELD_PREFIX) :]: _text(v)
            for k, v in value.items()
            if str(k).startswith(FIELD_PREFIX)
        }
        return Submission(route, _text(value.get(VALUE)), answers, form=True)
    chosen_from = value.get(INPUT)
    if isinstance(chosen_from, str) and chosen_from.startswith(SELECT_PREFIX):
        chosen = _text(value.get(chosen_from))
        return Submission(route, chosen) if chosen else None
    return Submission(route, _text(value.get(VALUE)))
