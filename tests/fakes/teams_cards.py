"""What the fake Bot Connector refuses in a posted activity, as strictly as Teams does, and
what in it would ping someone.

- Size: the whole activity's JSON, counted in UTF-16 as Teams counts it, over the limit gives
  413 `MessageSizeTooBig`. Teams' current page says 100 KB and recommends 80 KB; older and
  localised pages say 40 KB: the fake takes the stricter 40 KB.
- Adaptive Cards: Teams shows schema 1.5 at most. A card must say its version, use only
  element and action types of that version or older (and the properties that came later,
  such as an input's `label`, only from their version), give every input an id no other
  element has, and keep each `Action.Submit`'s data small (the fake: 4 KB). Anything else is
  a 400 `BadArgument`, which is how the fake makes a malformed card visible in a test.
- Pings: a mention exists only as an `entities` item of type `mention` (or a card's
  `msteams.entities`); `channelData.notification.alert` pushes to a member's activity feed.
  The bot must send none of these, nor any other entity: `pings` lists them all.

Pure functions: the fake connector calls them on every activity it is sent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

SIZE_LIMIT = 40 * 1024  # bytes of UTF-16
DATA_LIMIT = 4 * 1024  # bytes of UTF-8 JSON in one Action.Submit's data
MAX_VERSION = (1, 5)
CARD = "application/vnd.microsoft.card.adaptive"
TEXT_FORMATS = {"markdown", "plain", "xml"}

# The version each type came in (Adaptive Cards schema explorer).
ELEMENTS = {
    "TextBlock": (1, 0), "Image": (1, 0), "Container": (1, 0), "ColumnSet": (1, 0),
    "Column": (1, 0), "FactSet": (1, 0), "ImageSet": (1, 0), "ActionSet": (1, 2),
    "RichTextBlock": (1, 2), "Media": (1, 1), "Table": (1, 5),
    "Input.Text": (1, 0), "Input.Number": (1, 0), "Input.Date": (1, 0), "Input.Time": (1, 0),
    "Input.Toggle": (1, 0), "Input.ChoiceSet": (1, 0),
}  # fmt: skip
ACTIONS = {
    "Action.Submit": (1, 0), "Action.OpenUrl": (1, 0), "Action.ShowCard": (1, 0),
    "Action.ToggleVisibility": (1, 2), "Action.Execute": (1, 4),
}  # fmt: skip
# Properties that came after their element did.
PROPERTIES = {
    "isVisible": (1, 2), "style": (1, 2), "label": (1, 3), "isRequired": (1, 3),
    "errorMessage": (1, 3), "regex": (1, 3), "associatedInputs": (1, 3), "isEnabled": (1, 5),
}  # fmt: skip
REQUIRED = {
    "TextBlock": ("text",), "Image": ("url",), "FactSet": ("facts",), "ActionSet": ("actions",),
    "Input.ChoiceSet": ("choices",), "Action.OpenUrl": ("url",), "Action.ShowCard": ("card",),
}  # fmt: skip


@dataclass(frozen=True)
class Refusal:
    """What the connector answers instead of an id: the status and Bot Framework's error."""

    status: int
    code: str
    message: str

    def body(self) -> dict[str, Any]:
        return {"error": {"code": self.code, "message": self.message}}


class _Invalid(Exception):
    pass


def utf16_size(activity: Any) -> int:
    """The activity's JSON in UTF-16 bytes (written out again, so the client's own escaping
    of non-ASCII characters neither helps nor hurts)."""
    encoded = json.dumps(activity, ensure_ascii=False, separators=(",", ":"))
    return len(encoded.encode("utf-16-le"))


def check_activity(activity: Any, *, size_limit: int = SIZE_LIMIT) -> Refusal | None:
    """Why Teams would refuse this activity, or None when it takes it."""
    if not isinstance(activity, dict):
        return Refusal(400, "BadSyntax", "the activity is not a JSON object")
    if utf16_size(activity) > size_limit:
        return Refusal(413, "MessageSizeTooBig", "Message size too big")
    try:
        _check_message(activity)
    except _Invalid as wrong:
        return Refusal(400, "BadArgument", str(wrong))
    return None


def _check_message(activity: dict[str, Any]) -> None:
    if activity.get("type") != "message":
        raise _Invalid(f"unsupported activity type {activity.get('type')!r}")
    text, attachments = activity.get("text"), activity.get("attachments") or []
    if text is not None and not isinstance(text, str):
        raise _Invalid("text must be a string")
    if activity.get("textFormat", "markdown") not in TEXT_FORMATS:
        raise _Invalid("unknown textFormat")
    if not isinstance(attachments, list):
        raise _Invalid("attachments must be a list")
    if not (text or "").strip() and not attachments:
        raise _Invalid("an empty message")
    for attachment in attachments:
        if not isinstance(attachment, dict) or attachment.get("contentType") != CARD:
            raise _Invalid("only Adaptive Card attachments are modelled")
        check_card(attachment.get("content"))


def check_card(card: Any) -> None:
    """Raise `_Invalid` unless `card` is an Adaptive Card Teams shows (see the module)."""
    if not isinstance(card, dict) or card.get("type") != "AdaptiveCard":
        raise _Invalid("the attachment is not an AdaptiveCard")
    version = _version(card.get("version"))
    if version > MAX_VERSION:
        raise _Invalid(f"card version {card.get('version')} is above 1.5")
    ids: list[str] = []
    for element in _list(card, "body"):
        _check_element(element, version, ids)
    for action in _list(card, "actions"):
        _check_action(action, version, ids)
    repeated = sorted({i for i in ids if ids.count(i) > 1})
    if repeated:
        raise _Invalid(f"element ids used twice: {repeated}")


def _version(raw: Any) -> tuple[int, int]:
    try:
        major, minor = str(raw).split(".")
        return int(major), int(minor)
    except ValueError:
        raise _Invalid(f"no card version: {raw!r}") from None


def _list(owner: dict[str, Any], key: str) -> list[Any]:
    found = owner.get(key, [])
    if not isinstance(found, list):
        raise _Invalid(f"{key} must be a list")
    return found


def _check_common(item: Any, known: dict[str, tuple[int, int]], version: tuple[int, int]) -> str:
    if not isinstance(item, dict):
        raise _Invalid("an element is not an object")
    kind = item.get("type")
    if kind not in known:
        raise _Invalid(f"unknown type {kind!r}")
    if known[kind] > version:
        raise _Invalid(f"{kind} needs a card of version {known[kind]}")
    for name, since in PROPERTIES.items():
        if name in item and since > version:
            raise _Invalid(f"{kind}.{name} needs a card of version {since}")
    for name in REQUIRED.get(kind, ()):
        if name not in item:
            raise _Invalid(f"{kind} needs {name}")
    return str(kind)


def _check_element(element: Any, version: tuple[int, int], ids: list[str]) -> None:
    kind = _check_common(element, ELEMENTS, version)
    if "id" in element:
        if not isinstance(element["id"], str) or not element["id"]:
            raise _Invalid(f"{kind} has an empty id")
        ids.append(element["id"])
    elif kind.startswith("Input."):
        raise _Invalid(f"{kind} has no id")
    if kind == "TextBlock" and not isinstance(element["text"], str):
        raise _Invalid("TextBlock.text must be a string")
    if kind == "FactSet":
        _check_pairs(element["facts"], "title", "value", "FactSet.facts")
    if kind == "Input.ChoiceSet":
        _check_pairs(element["choices"], "title", "value", "Input.ChoiceSet.choices")
    for child in _children(element):
        _check_element(child, version, ids)
    for action in _list(element, "actions") if kind == "ActionSet" else []:
        _check_action(action, version, ids)


def _children(element: dict[str, Any]) -> Iterator[Any]:
    for key in ("items", "columns"):
        yield from _list(element, key)


def _check_pairs(found: Any, first: str, second: str, where: str) -> None:
    if not isinstance(found, list) or not found:
        raise _Invalid(f"{where} must be a non-empty list")
    for pair in found:
        if not isinstance(pair, dict) or not all(
            isinstance(pair.get(k), str) for k in (first, second)
        ):
            raise _Invalid(f"{where} items need string {first} and {second}")


def _check_action(action: Any, version: tuple[int, int], ids: list[str]) -> None:
    kind = _check_common(action, ACTIONS, version)
    if not isinstance(action.get("title", ""), str):
        raise _Invalid(f"{kind}.title must be a string")
    if kind == "Action.OpenUrl" and not str(action["url"]).startswith(("https://", "http://")):
        raise _Invalid("Action.OpenUrl needs an http(s) url")
    if kind == "Action.Submit" and "data" in action:
        data = json.dumps(action["data"], ensure_ascii=False).encode()
        if len(data) > DATA_LIMIT:
            raise _Invalid(f"Action.Submit data of {len(data)} bytes")
    if kind == "Action.ShowCard":
        check_card(action["card"])


def pings(activity: dict[str, Any]) -> list[dict[str, Any]]:
    """Whatever in the activity would notify someone: mention entities, a card's
    `msteams.entities`, a feed alert. The bot's activities must give []."""
    found = [e for e in activity.get("entities") or [] if isinstance(e, dict) and e]
    for attachment in activity.get("attachments") or []:
        found += list(_card_entities(attachment.get("content")))
    notification = (activity.get("channelData") or {}).get("notification") or {}
    if notification.get("alert") or notification.get("alertInMeeting"):
        found.append({"type": "alert", "notification": notification})
    return found


def _card_entities(card: Any) -> Iterator[dict[str, Any]]:
    """`msteams.entities` of a card and of the cards its actions show, at any depth."""
    if isinstance(card, dict):
        msteams = card.get("msteams")
        if isinstance(msteams, dict):
            yield from (e for e in msteams.get("entities") or [] if isinstance(e, dict))
        for value in card.values():
            if isinstance(value, dict | list):
                yield from _card_entities(value)
    elif isinstance(card, list):
        for value in card:
            yield from _card_entities(value)
