"""Discord's limits on what a bot sends besides text: message components, embed fields,
modals, autocomplete answers, and the three seconds an interaction waits for its answer.

Each check returns (field path, message) for the first problem, or None; the REST side turns
it into Discord's 400 "Invalid Form Body" (code 50035).
"""

from __future__ import annotations

from typing import Any

Json = dict[str, Any]
Problem = tuple[str, str] | None
INTERACTION_DEADLINE = 3.0  # seconds from INTERACTION_CREATE to the initial callback

BUTTON, SELECT, TEXT_INPUT = 2, 3, 4


def _too_long(value: Any, limit: int) -> bool:
    return isinstance(value, str) and len(value) > limit


def components(rows: Any, where: str = "components") -> Problem:
    """At most 5 action rows of at most 5 buttons (or one select); custom_id ≤ 100, a
    button's label ≤ 80, a select's options ≤ 25 with labels and values ≤ 100."""
    if rows is None:
        return None
    if not isinstance(rows, list) or len(rows) > 5:
        return where, "Must be 5 or fewer in length."
    for r, row in enumerate(rows):
        inner = row.get("components") or []
        if row.get("type") != 1 or not 1 <= len(inner) <= 5:
            return f"{where}.{r}.components", "Must be between 1 and 5 in length."
        for c, component in enumerate(inner):
            path = f"{where}.{r}.components.{c}"
            if _too_long(component.get("custom_id"), 100):
                return f"{path}.custom_id", "Must be 100 or fewer in length."
            if component.get("type") == BUTTON and _too_long(component.get("label"), 80):
                return f"{path}.label", "Must be 80 or fewer in length."
            if component.get("type") == SELECT:
                options = component.get("options") or []
                if len(inner) > 1 or len(options) > 25:
                    return f"{path}.options", "Must be 25 or fewer in length."
                for o, option in enumerate(options):
                    for key in ("label", "value", "description"):
                        if _too_long(option.get(key), 100):
                            return f"{path}.options.{o}.{key}", "Must be 100 or fewer in length."
    return None


def embed_fields(embeds: list[Json]) -> Problem:
    """A field's name ≤ 256 and value ≤ 1024 characters, neither empty."""
    for e, embed in enumerate(embeds):
        for f, field in enumerate(embed.get("fields") or []):
            path = f"embeds.{e}.fields.{f}"
            if not field.get("name") or _too_long(field.get("name"), 256):
                return f"{path}.name", "Must be between 1 and 256 in length."
            if not field.get("value") or _too_long(field.get("value"), 1024):
                return f"{path}.value", "Must be between 1 and 1024 in length."
    return None


def modal(data: Json) -> Problem:
    """Title ≤ 45, custom_id ≤ 100, 1–5 rows of one text input each: label ≤ 45, value and
    placeholder within their limits."""
    if not data.get("title") or _too_long(data.get("title"), 45):
        return "data.title", "Must be between 1 and 45 in length."
    if _too_long(data.get("custom_id"), 100):
        return "data.custom_id", "Must be 100 or fewer in length."
    rows = data.get("components") or []
    if not 1 <= len(rows) <= 5:
        return "data.components", "Must be between 1 and 5 in length."
    for r, row in enumerate(rows):
        inner = row.get("components") or []
        if len(inner) != 1 or inner[0].get("type") != TEXT_INPUT:
            return f"data.components.{r}", "A modal row holds one text input."
        field, path = inner[0], f"data.components.{r}.components.0"
        limits = {"label": 45, "custom_id": 100, "placeholder": 100, "value": 4000}
        for key, limit in limits.items():
            if _too_long(field.get(key), limit):
                return f"{path}.{key}", f"Must be {limit} or fewer in length."
        if (field.get("max_length") or 4000) > 4000:
            return f"{path}.max_length", "Must be 4000 or fewer."
        if _too_long(field.get("value"), field.get("max_length") or 4000):
            return f"{path}.value", "Must be no longer than the input's max_length."
    return None


def autocomplete(data: Json) -> Problem:
    """At most 25 choices, each name 1–100 and value ≤ 100 characters."""
    choices = data.get("choices") or []
    if len(choices) > 25:
        return "data.choices", "Must be 25 or fewer in length."
    for c, choice in enumerate(choices):
        if not choice.get("name") or _too_long(choice.get("name"), 100):
            return f"data.choices.{c}.name", "Must be between 1 and 100 in length."
        if _too_long(choice.get("value"), 100):
            return f"data.choices.{c}.value", "Must be 100 or fewer in length."
    return None
