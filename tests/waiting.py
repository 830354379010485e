"""Waiting on a condition that no event announces (a client's own reconnect loop)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable


async def eventually(predicate: Callable[[], bool], *, timeout: float = 15, what: str = "") -> None:
    """Re-check `predicate` on every turn of the loop (briefly yielding) until it holds."""
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.01)
    if not predicate():  # pragma: no cover - the timeout raises first
        raise AssertionError(what)
