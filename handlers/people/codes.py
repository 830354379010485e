"""One-time codes that are never stored: each is computed from a secret key and the code's row
(its number and a random salt), when it is mailed and when it is checked. A copy of the
database (code table and outbox alike) holds no code and nothing to try codes against."""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import replace

from handlers.types import Message

CODE_DIGITS = 6
PLACEHOLDER = "{code}"  # where a queued mail says the code; filled in as it is sent


def code_for(key: bytes, row_id: int, salt: str) -> str:
    """The code of one row, `CODE_DIGITS` digits."""
    digest = hmac.new(key, f"{row_id}:{salt}".encode(), hashlib.sha256).digest()
    return f"{int.from_bytes(digest[:8], 'big') % 10**CODE_DIGITS:0{CODE_DIGITS}d}"


def is_code(key: bytes, row_id: int, salt: str, typed: str) -> bool:
    return hmac.compare_digest(code_for(key, row_id, salt), typed)


def with_code(message: Message, code: str) -> Message:
    """The queued mail with its code written in where it says `{code}`."""
    return replace(
        message,
        title=message.title.replace(PLACEHOLDER, code) if message.title else message.title,
        text=message.text.replace(PLACEHOLDER, code),
    )
