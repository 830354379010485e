"""Where the bot's public web pages live, for links in posts and mail."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PublicConfig:
    """`base_url` is PUBLIC_BASE_URL (e.g. https://bryggan.example.se), None when unset."""

    base_url: str | None = None
    site_name: str = "Användarföreningen Castor"

    def url(self, path: str) -> str | None:
        """An absolute link to `path` on the public site, None when no base URL is set."""
        if not self.base_url:
            return None
        return self.base_url.rstrip("/") + "/" + path.lstrip("/")
