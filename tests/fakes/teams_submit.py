"""What the Teams client does when a member presses an Adaptive Card's Action.Submit: which
action it is, which inputs go along, and the checks that keep it from sending at all.

- The action is found by its title among the card's Action.Submits in the order they are
  shown (ActionSets at any depth, then the card's `actions`; not inside an Action.ShowCard);
  untitled, the card's only one, or with `near` (a choice just made) the first after that
  input. None, or several where one is meant: `SubmitRefused`.
- `value` is the action's `data` with every input of the card merged in by id, as strings
  (an untouched input gives its `value`, a toggle its `valueOff`); with `associatedInputs:
  "none"` no input goes along and none is checked.
- Only what a control offers can be answered (a choice set's values, a toggle's two), and
  only inputs the card has. Before sending, Teams refuses an empty required input (a required
  toggle must be on), an Input.Text longer than `maxLength` (counted in UTF-16 units, as a
  browser counts) or one its `regex` does not find (searched, as Adaptive Cards' JavaScript
  renderer does); an empty optional input is not checked.

Pure functions: the fake Teams client (teams_client.py) calls `submitted_value`.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping
from typing import Any

Json = dict[str, Any]
CARD = "application/vnd.microsoft.card.adaptive"


class SubmitRefused(Exception):
    """What the Teams client would not send: the card has no such action or input, or an
    answer fails the card's own checks (Teams shows the error under the input instead)."""


def submitted_value(
    activity: Json, answers: Mapping[str, str], *, title: str | None, near: str | None = None
) -> Json:
    """The `value` of the submit activity when `answers` are given and the action pressed."""
    items = list(_items(_card(activity)))
    inputs = {e["id"]: e for kind, e in items if kind == "input"}
    if unknown := sorted(set(answers) - set(inputs)):
        raise SubmitRefused(f"the card has no input {unknown}")
    values = {i: _initial(e) for i, e in inputs.items()} | dict(answers)
    for input_id in answers:
        _check_choice(inputs[input_id], values[input_id])
    action = _action(items, title, near)
    data = action.get("data")
    value: Json = copy.deepcopy(data) if isinstance(data, dict) else {}
    if str(action.get("associatedInputs", "auto")).lower() != "none":
        for input_id, element in inputs.items():
            _validate(element, values[input_id])
        value |= values
    return value


def _utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _card(activity: Json) -> Json:
    for attachment in activity.get("attachments") or []:
        if isinstance(attachment, dict) and attachment.get("contentType") == CARD:
            return dict(attachment["content"])
    raise SubmitRefused(f"{activity.get('id', 'the activity')} has no card")


def _items(element: Json) -> Iterator[tuple[str, Json]]:
    """The card's inputs and submits in the order they are shown (not a ShowCard's)."""
    kind = str(element.get("type", ""))
    if kind.startswith("Input.") and element.get("id"):
        yield "input", element
    elif kind == "Action.Submit":
        yield "submit", element
    for key in ("body", "items", "columns", "actions"):
        for child in element.get(key) or []:
            if isinstance(child, dict):
                yield from _items(child)


def _action(items: list[tuple[str, Json]], title: str | None, near: str | None) -> Json:
    """The submit titled `title` (else the card's only one); with `near`, the first after
    that input."""
    if near is not None:
        at = next(n for n, (kind, e) in enumerate(items) if kind == "input" and e["id"] == near)
        items = items[at:]
    found = [e for kind, e in items if kind == "submit" and title in (None, e.get("title"))]
    if not found:
        raise SubmitRefused(f"no Action.Submit {title!r} in the card")
    if len(found) > 1 and near is None:
        raise SubmitRefused(f"{len(found)} submits {title or ''!r}: name one by title")
    return found[0]


def _initial(element: Json) -> str:
    if element["type"] == "Input.Toggle":
        return str(element.get("value", element.get("valueOff", "false")))
    value = element.get("value")
    return "" if value is None else str(value)


def _check_choice(element: Json, value: str) -> None:
    """Only what the control offers can be picked."""
    if element["type"] == "Input.ChoiceSet":
        offered = {str(c.get("value")) for c in element.get("choices", [])}
        picked = value.split(",") if element.get("isMultiSelect") else [value]
        if value and not set(picked) <= offered:
            raise SubmitRefused(f"{element['id']} offers no {value!r}")
    toggle = (element.get("valueOn", "true"), element.get("valueOff", "false"))
    if element["type"] == "Input.Toggle" and value not in toggle:
        raise SubmitRefused(f"{element['id']} is a toggle, not {value!r}")


def _validate(element: Json, value: str) -> None:
    """The Adaptive Card checks Teams runs before it sends a submit."""
    name = element["id"]
    if element.get("isRequired"):
        on = element.get("valueOn", "true")
        if not value or (element["type"] == "Input.Toggle" and value != on):
            raise SubmitRefused(f"{name} is required")
    if element["type"] != "Input.Text" or not value:
        return
    limit = element.get("maxLength")
    if isinstance(limit, int) and limit > 0 and _utf16_units(value) > limit:
        raise SubmitRefused(f"{name} is longer than {limit}")
    if element.get("regex") and not re.search(str(element["regex"]), value):
        raise SubmitRefused(f"{name} does not match {element['regex']!r}")
