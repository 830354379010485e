"""Every text the bot can say has Swedish and English, with the same placeholders."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from bot.feed_fetcher import REFUSED, UNREACHABLE
from handlers.errors import CommandError
from handlers.i18n import LOCALE_DIR, N_, Marked, in_every_locale, translator

ROOT = Path(__file__).resolve().parents[2]
KEYWORDS = {"_": None, "N_": None, "CommandError": None, "ngettext": (1, 2)}
PLACEHOLDER = re.compile(r"\{(\w*)\}")


def _source_messages() -> set[str]:
    found: set[str] = set()
    for package in ("bot", "handlers"):
        for _file, _line, message, _comments, _context in extract_from_dir(
            ROOT / package, method_map=[("**.py", "python")], keywords=KEYWORDS
        ):
            found.add(message[0] if isinstance(message, tuple) else message)
    return found


def _catalogue(locale: str) -> dict[str, object]:
    with (LOCALE_DIR / locale / "LC_MESSAGES" / "bryggan.po").open("rb") as handle:
        catalog = read_po(handle, locale=locale)
    return {
        (m.id[0] if isinstance(m.id, tuple | list) else m.id): m
        for m in catalog
        if m.id and not m.fuzzy
    }


@pytest.mark.parametrize("locale", ["sv", "en"])
def test_catalogue_is_complete_for_every_source_text(locale: str) -> None:
    source = _source_messages()
    assert len(source) > 40  # the extractor really found the texts
    entries = _catalogue(locale)
    missing = sorted(
        text
        for text in source
        if text not in entries
        or not all(
            entries[text].string
            if isinstance(entries[text].string, tuple)  # type: ignore[attr-defined]
            else [entries[text].string]
        )  # type: ignore[attr-defined]
    )
    assert missing == [], f"run `make messages` and translate: {missing}"


@pytest.mark.parametrize("locale", ["sv", "en"])
def test_translations_keep_the_placeholders(locale: str) -> None:
    for message_id, entry in _catalogue(locale).items():
        strings = entry.string if isinstance(entry.string, tuple) else (entry.string,)  # type: ignore[attr-defined]
        wanted = set(PLACEHOLDER.findall(message_id))
        for string in strings:
            assert set(PLACEHOLDER.findall(string)) <= wanted | {"n"}, message_id


def test_swedish_is_the_default_and_english_the_second() -> None:
    assert translator(None)("Commands") == "Kommandon"
    assert translator("en")("Commands") == "Commands"
    assert translator("de")("Commands") == "Kommandon"
    assert in_every_locale("Show the commands you may use") == {
        "sv": "Visa kommandona du kan använda",
        "en": "Show the commands you may use",
    }


def test_plural_forms() -> None:
    _ = translator("sv")
    one = "A test post is on its way to {n} channel."
    many = "A test post is on its way to {n} channels."
    assert _.ngettext(one, many, 1) == "Ett testinlägg är på väg till 1 kanal."
    assert _.ngettext(one, many, 3) == "Ett testinlägg är på väg till 3 kanaler."


# `_("text")` written inside an f-string: babel's extractor does not look there, so the text
# never reaches the catalogues and is shown in English whatever the member's language.
_IN_F_STRING = re.compile(r"""f(["']).*\{[^}]*\b_\((["'])""")


def test_no_text_is_marked_where_extraction_cannot_see_it() -> None:
    hidden = [
        f"{path.relative_to(ROOT)}:{number}"
        for folder in ("bot", "handlers")
        for path in sorted((ROOT / folder).rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if _IN_F_STRING.search(line)
    ]
    assert hidden == []


def test_the_pattern_finds_a_text_hidden_in_an_f_string() -> None:
    assert _IN_F_STRING.search("""lines += [f"{_('Do you not want these mails?')} {leave}"]""")
    assert not _IN_F_STRING.search("""lines += [f"{_(NOT_WANTED)} {leave}"]""")


def test_a_reason_made_where_no_language_is_known_is_said_in_the_answers() -> None:
    """The feed fetcher knows no member; its reason is translated where it is told."""
    reason = Marked(UNREACHABLE, kind="ClientConnectorError")
    error = CommandError(N_("I could not read {url}: {reason}."), url="u", reason=reason)
    assert error.text(translator("sv")) == (
        "Jag kunde inte läsa u: går inte att nå (ClientConnectorError)."
    )
    assert error.text(translator("en")) == "I could not read u: unreachable (ClientConnectorError)."
    assert REFUSED == "refused: a private or local address"  # a plain string reads in English
