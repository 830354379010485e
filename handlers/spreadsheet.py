"""CSV cells a spreadsheet would run as formulas are written as text instead."""

from __future__ import annotations

from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def guarded(value: Any) -> Any:
    """A text cell starting like a formula gets a leading apostrophe (others pass as they are)."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def unguarded(value: str) -> str:
    """The text `guarded` was given back (for importing a file this project wrote)."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_START) else value
