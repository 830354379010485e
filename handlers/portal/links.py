"""Sign-in links whose secret is never stored: each is computed from a secret key and the
link's row (its number and a random salt), when the mail is sent and when the link is used,
as the verification codes are (`handlers.people.codes`)."""

from __future__ import annotations

import hashlib
import hmac

SECRET_LENGTH = 32  # hex characters: 128 bits, not to be guessed within a link's 15 minutes


def keyed_secret(key: bytes, purpose: str) -> str:
    """The secret of a link that can do `purpose` and nothing else ("sign-in:12:<salt>",
    "notices-off:7"): a keyed hash, so it is computed again rather than stored."""
    return hmac.new(key, purpose.encode(), hashlib.sha256).hexdigest()[:SECRET_LENGTH]


def is_keyed_secret(key: bytes, purpose: str, typed: str) -> bool:
    return hmac.compare_digest(keyed_secret(key, purpose), typed)


def link_secret(key: bytes, row_id: int, salt: str) -> str:
    return keyed_secret(key, f"sign-in:{row_id}:{salt}")


def is_link_secret(key: bytes, row_id: int, salt: str, typed: str) -> bool:
    return is_keyed_secret(key, f"sign-in:{row_id}:{salt}", typed)


def token_hash(token: str) -> str:
    """What is kept of a session's cookie: a copy of the database signs nobody in."""
    return hashlib.sha256(token.encode()).hexdigest()


def notices_token(key: bytes, person_id: int) -> str:
    """The secret in a notice mail's link that turns the person's notices off (it can do
    nothing else, so it may rest in the outbox with the mail)."""
    return keyed_secret(key, f"notices-off:{person_id}")
