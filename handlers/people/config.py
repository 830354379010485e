"""What the people features need to know: action limits, verification codes, mail domains."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import timedelta

from handlers.people.domains import MunicipalDomains

COMMAND, WISH, AGENDA, SUPPORT = "command", "wish", "agenda", "support"
COMMENT = "comment"


@dataclass(frozen=True)
class Limit:
    """At most `count` actions within any `window`."""

    count: int
    window: timedelta


def default_limits() -> dict[str, Limit]:
    return {
        WISH: Limit(5, timedelta(hours=1)),
        AGENDA: Limit(3, timedelta(days=1)),
        SUPPORT: Limit(60, timedelta(hours=1)),
        COMMENT: Limit(20, timedelta(hours=1)),
        COMMAND: Limit(30, timedelta(minutes=1)),
    }


def shipped_domains() -> MunicipalDomains:
    return MunicipalDomains.shipped()


@dataclass(frozen=True)
class PeopleConfig:
    """`mail_enabled` is False where no SMTP is configured: the code is then shown to the
    member instead of mailed (the console), so the flow can be tried."""

    limits: dict[str, Limit] = field(default_factory=default_limits)
    domains: MunicipalDomains = field(default_factory=shipped_domains)
    mail_enabled: bool = False
    # Without mail, a code is shown only where whoever types is trusted with the machine.
    shown_code_platforms: tuple[str, ...] = ("console",)
    # The key codes are computed with (`handlers.people.codes`): SECRET_KEY, else one made at
    # start, so a code asked for before a restart no longer works after it.
    code_key: bytes = field(default_factory=lambda: secrets.token_bytes(32))
    code_valid: timedelta = timedelta(minutes=30)
    code_tries: int = 5
    codes_per_hour: int = 3
