"""E-mail, as the registry knows it: the mailing list as a platform of the outbox."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.platforms.registry import Declaration
from handlers.capabilities import Capabilities

if TYPE_CHECKING:
    from bot.settings import Settings
    from handlers.door import Door
    from handlers.ports import Platform


def _configured(settings: Settings) -> bool:
    return settings.smtp() is not None


def _build(door: Door, settings: Settings) -> Platform:
    from bot.platforms.email.platform import build_email_platform

    platform = build_email_platform(settings, door)
    assert platform is not None  # `_configured` said so
    return platform


SETTINGS = (
    "smtp_url",
    "smtp_host",
    "smtp_port",
    "smtp_user",
    "smtp_password",
    "smtp_tls",
    "smtp_timeout_seconds",
    "smtp_pool_size",
    "mail_from",
)

DECLARATION = Declaration(
    name="email",
    # A mailing list shows no form or select (a survey's choices are lines of the text): the
    # safe limits, which ask nothing of a survey the chat platforms do not.
    capabilities=Capabilities(label="e-post"),
    settings=SETTINGS,
    configured=_configured,
    build=_build,
    chat=False,
    order=90,
)
