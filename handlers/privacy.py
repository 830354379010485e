"""Who the privacy page names as responsible for members' data, and where to write.

Built from settings by `bot/public/config.py`; how long data is kept is the retention
policy's (`Context.retention`), so the page states exactly what the daily job applies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ADDRESS = re.compile(r"[^\s<>()\[\],;:\"']+@[^\s<>()\[\],;:\"']+\.[^\s<>()\[\],;:\"'.]+")


@dataclass(frozen=True)
class PrivacyConfig:
    """PRIVACY_CONTACT, and MAIL_FROM for when it is unset."""

    contact: str = ""
    mail_from: str | None = None

    def responsible(self, site_name: str) -> str:
        """Who answers for the data: the contact as configured, else the association."""
        return self.contact.strip() or site_name

    def contact_address(self) -> str | None:
        """An e-mail address to write to, when the contact or the sender has one."""
        for candidate in (self.contact, self.mail_from or ""):
            found = ADDRESS.search(candidate)
            if found:
                return found.group(0)
        return None
