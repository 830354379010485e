"""A PostgreSQL connection of its own, outside SQLAlchemy's pool, for what must never be
pooled, shared or silently replaced: the leader lock and the outbox's LISTEN.

It is opened from DATABASE_URL as SQLAlchemy's asyncpg dialect reads it (`?ssl=require`,
the host, the port and the rest), keeping only what `asyncpg.connect` takes: an option it
did not know would go to the server as a setting, and the server refuses those.
"""

from __future__ import annotations

import inspect
from typing import Any

import asyncpg  # type: ignore[import-untyped]
from sqlalchemy.dialects.postgresql.asyncpg import dialect as asyncpg_dialect
from sqlalchemy.engine import make_url

_TAKEN = frozenset(inspect.signature(asyncpg.connect).parameters)


def connect_arguments(url: str) -> dict[str, Any]:
    """`asyncpg.connect` keywords for a SQLAlchemy URL, as the engine connects with."""
    _args, arguments = asyncpg_dialect().create_connect_args(make_url(url))  # type: ignore[no-untyped-call]
    return {key: value for key, value in arguments.items() if key in _TAKEN}


async def connect(
    url: str, *, server_settings: dict[str, str], connect_seconds: float
) -> asyncpg.Connection:
    return await asyncpg.connect(
        **connect_arguments(url), server_settings=server_settings, timeout=connect_seconds
    )
