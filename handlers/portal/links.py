"""Sign-in links whose secret is never stored: each is computed from a secret key and the
link's row (its number and a random salt), when the mail is sent and when the link is used,
as the verification codes are (`handlers.people.codes`)."""

from __future__ import annotations

import hashlib
import hmac

SECRET_LENGTH = 32  # hex characters: 128 bits, not to be guessed within a link's 15 minutes


def link_secret(key: bytes, row_id: int, salt: str) -> str:
    digest = hmac.new(key, f"sign-in:{row_id}:{salt}".encode(), hashlib.sha256).hexdigest()
    return digest[:SECRET_LENGTH]


def is_link_secret(key: bytes, row_id: int, salt: str, typed: str) -> bool:
    return hmac.compare_digest(link_secret(key, row_id, salt), typed)


def token_hash(token: str) -> str:
    """What is kept of a session's cookie: a copy of the database signs nobody in."""
    return hashlib.sha256(token.encode()).hexdigest()


def notices_token(key: bytes, person_id: int) -> str:
    """The secret in a notice mail's link that turns the person's notices off (it can do
    nothing else, so it may rest in the outbox with the mail)."""
    digest = hmac.new(key, f"notices-off:{person_id}".encode(), hashlib.sha256).hexdigest()
    return digest[:SECRET_LENGTH]
