"""Command text as typed (console, Slack): `/name sub opt:value "quoted value" words`."""

from __future__ import annotations

import re
import shlex
import unicodedata
from collections.abc import Sequence
from typing import Any

from handlers.errors import CommandError
from handlers.i18n import N_


def split_words(text: str) -> tuple[str, ...]:
    """Split into words, honouring quotes; `opt:"two words"` stays one word."""
    lexer = shlex.shlex(text, posix=True)
    lexer.whitespace_split = True
    lexer.commenters = ""
    try:
        return tuple(lexer)
    except ValueError:
        raise CommandError(N_("A quotation mark is not closed. Nothing was done.")) from None


def split_command_line(line: str) -> tuple[str, tuple[str, ...]]:
    """`/name rest…` into the command name and its words."""
    stripped = line.strip()
    if not stripped.startswith("/") or len(stripped) == 1:
        raise CommandError(N_("Commands start with /, for example /help."))
    head, _, rest = stripped[1:].partition(" ")
    return head.lower(), split_words(rest)


UMBRELLA = "bryggan"  # the name every command is also typed under in a chat message


def chat_command(line: str) -> tuple[str, tuple[str, ...], bool]:
    """A command typed in a chat message without its mark (Matrix's `!`, Teams' mention):
    `NAME …` or `bryggan NAME …`, as the name, its words, and whether it came under the
    umbrella (then it is meant as a command even when no command has that name)."""
    name, words = split_command_line("/" + line)
    if name == UMBRELLA:
        return *under_umbrella(words), True
    return name, words, False


def under_umbrella(words: Sequence[str]) -> tuple[str, tuple[str, ...]]:
    """`bryggan NAME …` (Slack's `/bryggan`, Matrix's `!bryggan`): the command NAME and its
    words; the umbrella alone shows help."""
    if not words:
        return "help", ()
    return words[0].lstrip("!/").lower(), tuple(words[1:])


# C0 controls but tab and line breaks, DEL, and the bidi embeddings, overrides and isolates
# (U+202A–U+202E, U+2066–U+2069), which make a text read differently from what it says.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069]")


def _invisible(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in ("Cf", "Cc", "Zs")


def without_controls(text: str) -> str:
    """Text without control characters (tab and line breaks kept): PostgreSQL refuses NUL,
    XML (the Atom feed) refuses the rest, and no member means to type them. A text of only
    invisible characters (zero-width spaces, joiners) is empty, so it is refused as empty."""
    text = _CONTROL.sub("", text)
    return "" if all(_invisible(char) for char in text) else text


def cleaned(value: Any) -> Any:
    """`without_controls` on a string, or on every string inside a tuple, list or dict."""
    if isinstance(value, str):
        return without_controls(value)
    if isinstance(value, tuple | list):
        return type(value)(cleaned(v) for v in value)
    if isinstance(value, dict):
        return {k: cleaned(v) for k, v in value.items()}
    return value


def as_id(text: str) -> int | None:
    """A positive id as typed or carried in a button (ASCII digits only), else None."""
    text = text.strip().lstrip("#")
    if not (text.isascii() and text.isdigit()) or len(text) > 9:
        return None
    return int(text) or None


MAX_ID = 2**31 - 1  # the largest id an integer column holds on every database
NO_LONGER_IN_USE = N_("This button or form is no longer in use.")


def stored_number(text: str) -> int:
    """A row number a button or form carried back: text anyone can forge, so anything but a
    positive number a database column holds gets the member's answer, not a driver error."""
    number = as_id(text)
    if number is None:
        raise CommandError(NO_LONGER_IN_USE)
    return number
