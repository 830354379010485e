"""Errors a member may see: each carries a translatable text and its parameters."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any


class CommandError(Exception):
    """Bad input or a refused action; shown to the member in their language, nothing changed."""

    def __init__(self, message: str, /, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params
        self.field: str | None = None  # the form field at fault, where one is


@contextmanager
def on_field(name: str) -> Iterator[None]:
    """Name the form field a refusal inside is about, so a form can be given back with the
    problem shown at that field (checks shared with commands need not know forms)."""
    try:
        yield
    except CommandError as error:
        if error.field is None:
            error.field = name
        raise
