"""The status the web answers a use case's reply with, the same on every page and file: a
browser shows the page either way, but a script, a cache and a test act on the status."""

from __future__ import annotations

import math

from handlers.types import Reply

REFUSED, GIVEN_BACK = 403, 422


def refusal_status(reply: Reply, otherwise: int = REFUSED) -> int:
    """Why nothing was done: 500 a failure of ours, 429 a per-person limit (come back
    later, not never), else `otherwise` (refused: not allowed, gone, blocked)."""
    if reply.failed:
        return 500
    if reply.retry_after is not None:
        return 429
    return otherwise


def page_status(reply: Reply) -> int:
    """A page's status for an answer: a form given back to correct 422, a refusal's own
    (above), else 200."""
    if not reply.refused and reply.problem is None:
        return 200
    return refusal_status(reply, GIVEN_BACK if reply.problem is not None else REFUSED)


def retry_headers(reply: Reply) -> dict[str, str]:
    """When a limited person may try again (Retry-After, whole seconds, at least one)."""
    if reply.retry_after is None:
        return {}
    return {"Retry-After": str(max(1, math.ceil(reply.retry_after)))}
