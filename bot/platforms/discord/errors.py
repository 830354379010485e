"""discord.py's errors as the outbox's (`DeliveryError`): what may pass later is retried,
what never will is parked."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import aiohttp
import discord

from handlers.ports import DeliveryError


@contextlib.contextmanager
def delivery_errors() -> Iterator[None]:
    """A 429 or a 5xx is retried (a 5xx in doubt: the request may have done its work), any
    other answer parked; no answer at all is retried in doubt."""
    try:
        yield
    except discord.HTTPException as error:
        status = error.status
        retryable = status == 429 or status >= 500
        raise DeliveryError(
            f"discord {status}: {error.text or error}",
            retryable=retryable,
            retry_after=_retry_after(error),
            in_doubt=status >= 500,
        ) from None
    except (aiohttp.ClientError, OSError, TimeoutError) as error:
        raise DeliveryError(f"discord unreachable: {error}", in_doubt=True) from None


def _retry_after(error: discord.HTTPException) -> float | None:
    if error.status != 429:
        return None
    header = error.response.headers.get("Retry-After") if error.response is not None else None
    try:
        return float(header) if header else 1.0
    except ValueError:
        return 1.0
