"""CSV cells a spreadsheet would run as formulas are written as text instead."""

from __future__ import annotations

from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What a spreadsheet skips before it looks for a formula: spaces and invisible characters.
_SKIPPED = " \u00a0\u200b\u200c\u200d\u2060\ufeff"


def _formula_like(value: str) -> bool:
    return value.startswith(FORMULA_START) or value.lstrip(_SKIPPED).startswith(FORMULA_START)


def guarded(value: Any) -> Any:
    """A text cell starting like a formula (after spaces or invisible characters, too) gets a
    leading apostrophe; others pass as they are."""
    if isinstance(value, str) and _formula_like(value):
        return "'" + value
    return value


def unguarded(value: str) -> str:
    """The text `guarded` was given back (for importing a file this project wrote)."""
    return value[1:] if value.startswith("'") and _formula_like(value[1:]) else value
