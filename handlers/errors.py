"""Errors a member may see: each carries a translatable text and its parameters."""

from __future__ import annotations

from typing import Any


class CommandError(Exception):
    """Bad input or a refused action; shown to the member in their language, nothing changed."""

    def __init__(self, message: str, /, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params
