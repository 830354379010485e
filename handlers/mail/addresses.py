"""Checking an e-mail address before it goes on the list."""

from __future__ import annotations

import re

from handlers.errors import CommandError
from handlers.i18n import N_

MAX_ADDRESS_LENGTH = 254  # RFC 5321's limit on a forward path, less the angle brackets
MAX_LOCAL_LENGTH = 64
_ATOM = r"[a-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?"
_ADDRESS = re.compile(rf"^{_ATOM}(?:\.{_ATOM})*@(?:{_LABEL}\.)+(?:[a-z]{{2,63}}|xn--[a-z0-9-]+)$")


def normalise_address(raw: str) -> str:
    """A sane address in its stored form (lower case, IDN domain as xn--), or a CommandError.

    Deliberately stricter than RFC 5322 (no quoted local parts, comments or IP literals):
    what passes is what every mail server and mail client accept.
    """
    text = raw.strip().removeprefix("mailto:").strip("<>").strip().lower()
    if not text:
        raise CommandError(N_("Give an e-mail address, e.g. namn@kommun.se."))
    if len(text) > MAX_ADDRESS_LENGTH:
        raise CommandError(
            N_("An e-mail address may have at most {limit} characters."),
            limit=MAX_ADDRESS_LENGTH,
        )
    local, _, domain = text.rpartition("@")
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        domain = ""  # refused just below
    address = f"{local}@{domain}"
    if (
        not local
        or len(local) > MAX_LOCAL_LENGTH
        or len(address) > MAX_ADDRESS_LENGTH
        or not _ADDRESS.match(address)
    ):
        raise CommandError(
            N_("“{address}” is not an e-mail address I can send to (like namn@kommun.se)."),
            address=raw.strip()[:80],
        )
    return address
