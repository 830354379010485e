"""Command text as typed (console, Slack): `/name sub opt:value "quoted value" words`."""

from __future__ import annotations

import shlex

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
