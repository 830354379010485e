"""Errors a member may see: each carries a translatable text and its parameters."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from handlers.i18n import Translator


class CommandError(Exception):
    """Bad input or a refused action; shown to the member in their language, nothing changed."""

    def __init__(self, message: str, /, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        self.params = params
        self.field: str | None = None  # the form field at fault, where one is
        self.plural: str | None = None  # with `count`, the message's plural form
        self.count = 0

    def text(self, _: Translator) -> str:
        """The refusal in the translator's language, in the plural form its count needs."""
        if self.plural is not None:
            return _.ngettext(self.message, self.plural, self.count, **self.params)
        return _(self.message, **self.params)


class LimitReached(CommandError):
    """A refusal by a per-person limit: allowed again `retry_after` seconds from now."""

    def __init__(self, message: str, /, *, retry_after: float, **params: Any) -> None:
        super().__init__(message, **params)
        self.retry_after = retry_after


def counted_error(singular: str, plural: str, n: int, /, **params: Any) -> CommandError:
    """A refusal whose words depend on a number (`{n}`): "1 character", "5 characters"."""
    error = CommandError(singular, **params)
    error.plural, error.count = plural, n
    return error


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
