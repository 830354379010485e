"""Translations: gettext catalogues (`handlers/locale/<lang>/LC_MESSAGES/bryggan.po`) read by Babel.

Source strings are English; Swedish comes from `sv.po`. `make messages` re-extracts the
template and updates the catalogues; a test fails when a string lacks its Swedish text.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from babel.messages.pofile import read_po

from handlers.types import DEFAULT_LOCALE, SUPPORTED_LOCALES, Locale

LOCALE_DIR = Path(__file__).with_name("locale")
DOMAIN = "bryggan"


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet (catalogue texts, labels)."""
    return message


@cache
def _catalogue(locale: str) -> dict[str, str | tuple[str, ...]]:
    path = LOCALE_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not path.exists():
        return {}
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    entries: dict[str, str | tuple[str, ...]] = {}
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        key = message.id[0] if isinstance(message.id, tuple | list) else message.id
        if isinstance(message.string, tuple | list):
            if all(message.string):
                entries[key] = tuple(message.string)
        elif message.string:
            entries[key] = message.string
    return entries


class Named(str):
    """A name with a Swedish form (an option's `sv`): formatted into a text, it is said in
    the text's language, so a Swedish refusal names `nummer`, not `number`."""

    sv: str

    def __new__(cls, name: str, sv: str | None = None) -> Named:
        named = super().__new__(cls, name)
        named.sv = sv or name
        return named


class Marked(str):
    """A marked text with its values, made where no language is known (a feed fetcher's
    reason): formatted into a text, it is translated into that text's language. As a plain
    string it reads in English."""

    message: str
    params: dict[str, Any]

    def __new__(cls, message: str, /, **params: Any) -> Marked:
        marked = super().__new__(cls, message.format(**params) if params else message)
        marked.message, marked.params = message, params
        return marked


def said_in(text: str, _: Translator) -> str:
    """A text that may be Marked, in the translator's language (to store or show it)."""
    return _(text.message, **text.params) if isinstance(text, Marked) else str(text)


def _said_in(_: Translator, params: dict[str, Any]) -> dict[str, Any]:
    def said(value: Any) -> Any:
        if isinstance(value, Named):
            return value.sv if _.locale == "sv" else str(value)
        if isinstance(value, Marked):
            return _(value.message, **value.params)
        return value

    return {key: said(value) for key, value in params.items()}


class Translator:
    """Translate and format texts for one locale; `_("Hi {name}", name=x)`."""

    def __init__(self, locale: Locale) -> None:
        self.locale: Locale = locale
        self._entries = _catalogue(locale)

    def __call__(self, message: str, /, **params: Any) -> str:
        found = self._entries.get(message, message)
        text = found if isinstance(found, str) else found[0]
        return text.format(**_said_in(self, params)) if params else text

    def ngettext(self, singular: str, plural: str, n: int, /, **params: Any) -> str:
        found = self._entries.get(singular)
        if isinstance(found, tuple):
            text = found[0] if n == 1 else found[min(1, len(found) - 1)]
        else:
            text = singular if n == 1 else plural
        return text.format(n=n, **_said_in(self, params))


@cache
def translator(locale: str | None) -> Translator:
    chosen: Locale = DEFAULT_LOCALE
    for supported in SUPPORTED_LOCALES:
        if locale == supported:
            chosen = supported
    return Translator(chosen)


def in_every_locale(message: str) -> dict[Locale, str]:
    """A text in every supported locale, for platforms that take localisations up front."""
    return {locale: translator(locale)(message) for locale in SUPPORTED_LOCALES}
