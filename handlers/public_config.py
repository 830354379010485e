"""Where the bot's public web pages live, for links in posts and mail."""

from __future__ import annotations

from dataclasses import dataclass, field

from handlers.privacy import PrivacyConfig

PRIVACY_PATH = "/privacy"


@dataclass(frozen=True)
class PublicConfig:
    """`base_url` is PUBLIC_BASE_URL (e.g. https://bryggan.example.se), None when unset."""

    base_url: str | None = None
    site_name: str = "Användarföreningen Castor"
    privacy: PrivacyConfig = field(default_factory=PrivacyConfig)
    # The subscription form's limits: "client", "domain", "total" -> (count, seconds).
    subscribe_limits: dict[str, tuple[int, int]] = field(
        default_factory=lambda: {"client": (5, 3600), "domain": (30, 3600), "total": (200, 3600)}
    )
    # An SMTP server is configured, so the form may promise a mail (set from the settings).
    mail_enabled: bool = True
    trusted_proxies: tuple[str, ...] = ()  # whose X-Forwarded-For the web server believes
    allowed_hosts: tuple[str, ...] = ()  # Host names answered without a base URL; () any

    def url(self, path: str) -> str | None:
        """An absolute link to `path` on the public site, None when no base URL is set."""
        if not self.base_url:
            return None
        return self.base_url.rstrip("/") + "/" + path.lstrip("/")

    @property
    def privacy_url(self) -> str | None:
        """The privacy page, linked from /help and every mail; None without a base URL."""
        return self.url(PRIVACY_PATH)


def privacy_link(url: str, locale: str | None) -> str:
    """The privacy page in the reader's language (Swedish unless English is theirs)."""
    return f"{url}?lang=en" if locale == "en" else url
