"""Neutral messages as Slack Block Kit and mrkdwn, within Slack's limits, and forms as modals.

Untrusted text is escaped (`&`, `<`, `>`), which also disarms `<!channel>`, `<!here>`,
`<!everyone>` and `<@U…>` mentions; plain `@here`-style words get a zero-width joiner so a
client never turns them into pings.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from bot.platforms.links import file_name, web_address
from bot.platforms.plain import markdown_to_plain
from bot.platforms.slack.mrkdwn import escape, markdown_to_mrkdwn
from bot.platforms.text import split_text
from handlers.types import Form, FormField, Message, Reply

SECTION_LIMIT = 3000
BLOCKS_PER_MESSAGE = 50
HEADER_LIMIT = 150
FIELD_LIMIT = 2000
BUTTON_TEXT_LIMIT = 75
FALLBACK_LIMIT = 3000


def _plain(text: str, limit: int) -> dict[str, Any]:
    return {"type": "plain_text", "text": text[:limit] or " ", "emoji": True}


@dataclass(frozen=True)
class SlackMessage:
    """One chat.postMessage worth: fallback text and blocks."""

    text: str
    blocks: list[dict[str, Any]]


def render(message: Message) -> list[SlackMessage]:
    """Messages in order, each within 50 blocks; controls ride on the last one."""
    blocks: list[dict[str, Any]] = []
    if message.title:
        title = escape(message.title)
        address = web_address(message.url)  # no < > | left to close the link early
        if address:
            blocks.append(_section(f"*<{address.replace('&', '&amp;')}|{title}>*"))
        else:
            blocks.append({"type": "header", "text": _plain(message.title, HEADER_LIMIT)})
    if message.image_url:
        blocks.append(
            {"type": "image", "image_url": message.image_url, "alt_text": message.title or " "}
        )
    blocks.extend(
        _section(piece)
        for piece in split_text(markdown_to_mrkdwn(message.text), SECTION_LIMIT)
        if piece
    )
    for item in message.fields:
        text = f"*{escape(item.name)}*\n{escape(item.value)}"
        blocks.extend(_section(piece) for piece in split_text(text, SECTION_LIMIT))
    for attachment in message.attachments:
        name, address = escape(file_name(attachment.filename)), web_address(attachment.url)
        link = f"<{address}|{name}>" if address else name  # the name is the sharer's: escaped
        blocks.append({"type": "context", "elements": [{"type": "mrkdwn", "text": f"📎 {link}"}]})
    controls = _actions(message)
    chunks = [
        blocks[i : i + BLOCKS_PER_MESSAGE - 1]
        for i in range(0, len(blocks), BLOCKS_PER_MESSAGE - 1)
    ]
    if not chunks:
        chunks = [[_section(" ")]]
    if controls:
        chunks[-1].append(controls)
    # The notification text: plain words, no Markdown marks.
    fallback = escape(markdown_to_plain(message.title or message.text))[:FALLBACK_LIMIT] or " "
    return [SlackMessage(text=fallback, blocks=chunk) for chunk in chunks]


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text or " "}}


def _actions(message: Message) -> dict[str, Any] | None:
    elements: list[dict[str, Any]] = []
    for button in message.buttons[:25]:
        element: dict[str, Any] = {
            "type": "button",
            "text": _plain(button.label, BUTTON_TEXT_LIMIT),
            "action_id": button.action_id,
            "value": button.value or " ",
        }
        if button.url:
            element["url"] = button.url
        if button.style in ("primary", "danger"):
            element["style"] = button.style
        elements.append(element)
    for select in message.selects:
        elements.append(
            {
                "type": "static_select",
                "action_id": select.action_id,
                "placeholder": _plain(select.placeholder, 150),
                "options": [
                    {"text": _plain(o.label, 75), "value": o.value} for o in select.options[:100]
                ],
            }
        )
    if not elements:
        return None
    # Slack wants action_ids unique within a block: a button's id may repeat across cards
    for index, element in enumerate(elements):
        element["action_id"] = f"{element['action_id']}#{index}"
    return {"type": "actions", "elements": elements[:25]}


def action_id_of(raw: str) -> str:
    """The interaction id behind a rendered action id (`language.set#0` → `language.set`)."""
    return raw.split("#", 1)[0]


def modal(form: Form, *, channel_id: str | None, notice: str | None = None) -> dict[str, Any]:
    """A modal whose submission carries the form's context and where to answer; `notice`
    is shown above the fields (why a form given back was refused)."""
    metadata = json.dumps({"context": form.context, "channel": channel_id})
    above = [_notice(notice)] if notice else []
    return {
        "type": "modal",
        "callback_id": form.form_id,
        "title": _plain(form.title, 24),
        "submit": _plain("OK", 24),
        "private_metadata": metadata[:3000],
        "blocks": [*above, *(_input(item) for item in form.fields)],
    }


def _notice(text: str) -> dict[str, Any]:
    return {
        "type": "section",
        "block_id": "problem",
        "text": {"type": "mrkdwn", "text": ":warning: " + escape(text)[:2900]},
    }


def refused_form_ack(reply: Reply, view: dict[str, Any], channel_id: str | None) -> dict[str, Any]:
    """The answer to a refused view submission that keeps the modal open as the member
    filled it: the problem under its field, or the form given back with the problem above."""
    assert reply.problem is not None and reply.form is not None
    inputs = {b.get("block_id") for b in view.get("blocks", []) if b.get("type") == "input"}
    if reply.problem.field in inputs:
        return {"response_action": "errors", "errors": {reply.problem.field: reply.problem.text}}
    given_back = modal(reply.form, channel_id=channel_id, notice=reply.problem.text)
    return {"response_action": "update", "view": given_back}


def _input(item: FormField) -> dict[str, Any]:
    """A text input, a static select for fixed choices, or a typeahead for suggestions."""
    element: dict[str, Any]
    if item.choices:
        options = [{"text": _plain(c, 75), "value": c} for c in item.choices[:100]]
        element = {"type": "static_select", "action_id": "value", "options": options}
        if item.value in item.choices:
            element["initial_option"] = {"text": _plain(item.value, 75), "value": item.value}
    elif item.suggest:
        element = {"type": "external_select", "action_id": item.suggest, "min_query_length": 2}
    elif item.hints:  # free text, and every keystroke asks for hints (shown under the field)
        element = {
            "type": "plain_text_input",
            "action_id": item.hints,
            "dispatch_action_config": {"trigger_actions_on": ["on_character_entered"]},
            **({"max_length": item.max_length} if item.max_length else {}),
            **({"initial_value": item.value} if item.value else {}),
        }
    else:
        element = {
            "type": "plain_text_input",
            "action_id": "value",
            "multiline": item.long,
            **({"max_length": item.max_length} if item.max_length else {}),
            **({"min_length": item.min_length} if item.min_length else {}),
            **({"initial_value": item.value} if item.value else {}),
        }
    if item.placeholder and element["type"] != "static_select":
        element["placeholder"] = _plain(item.placeholder, 150)
    block = {
        "type": "input",
        "block_id": item.name,
        "optional": not item.required,
        "label": _plain(item.label, 2000),
        "element": element,
    }
    if item.hints and not item.choices and not item.suggest:
        block["dispatch_action"] = True
    return block


HINTS_BLOCK = "hints"


def with_hints(view: dict[str, Any], after: str, lines: list[str]) -> dict[str, Any]:
    """The open modal again, with hints under the field `after` (or none when `lines` is empty).

    Input blocks keep their block and action ids, so what the member typed stays.
    """
    blocks = [b for b in view.get("blocks", []) if b.get("block_id") != HINTS_BLOCK]
    if lines:
        hint = {
            "type": "context",
            "block_id": HINTS_BLOCK,
            "elements": [{"type": "mrkdwn", "text": escape("\n".join(lines))[:3000]}],
        }
        position = next(
            (i + 1 for i, b in enumerate(blocks) if b.get("block_id") == after), len(blocks)
        )
        blocks.insert(position, hint)
    keep = ("type", "callback_id", "title", "submit", "close", "private_metadata")
    return {**{k: view[k] for k in keep if k in view}, "blocks": blocks}


def submitted_values(view: dict[str, Any]) -> tuple[dict[str, str], str, str | None]:
    """(field values, form context, channel to answer in) of a view submission."""
    values: dict[str, str] = {}
    for block_id, actions in (view.get("state", {}).get("values") or {}).items():
        for action in actions.values():
            chosen = action.get("selected_option") or {}
            values[block_id] = str(action.get("value") or chosen.get("value") or "")
    try:
        metadata = json.loads(view.get("private_metadata") or "{}")
    except ValueError:
        metadata = {}
    return values, str(metadata.get("context", "")), metadata.get("channel")
