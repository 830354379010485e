"""The public site's settings as the handlers see them: where it lives and who answers for
the personal data (/privacy).

Kept free of aiohttp so `bot.context` (which the command-line tools load) may import it.
"""

from __future__ import annotations

from bot.settings import Settings
from handlers.privacy import PrivacyConfig
from handlers.public_config import PublicConfig


def public_config(settings: Settings) -> PublicConfig:
    """PUBLIC_BASE_URL, PUBLIC_SITE_NAME, and PRIVACY_CONTACT with MAIL_FROM behind it."""
    return PublicConfig(
        settings.public_base_url,
        settings.public_site_name,
        PrivacyConfig(contact=settings.privacy_contact, mail_from=settings.mail_from),
        subscribe_limits=settings.subscribe_limits(),
        mail_enabled=settings.smtp() is not None,
        trusted_proxies=tuple(str(n) for n in settings.trusted_proxy_networks),
        allowed_hosts=settings.allowed_host_names,
    )
