"""What a fake's state offers a test that waits on it: every change wakes the waiters, who
check their condition again; no sleeping and polling."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import ClassVar, TypeVar

T = TypeVar("T")


class Changes:
    fake_name: ClassVar[str] = "fake"  # how a timeout names the fake

    def __init__(self) -> None:
        self._changed = asyncio.Event()

    def notify(self) -> None:
        """Wake every waiter; they re-check their condition."""
        self._changed.set()
        self._changed = asyncio.Event()

    async def changed(self) -> None:
        await self._changed.wait()

    async def wait_until(
        self, probe: Callable[[], T | bool | None], timeout: float = 10, what: str = "change"
    ) -> T:
        """Wait until `probe()` returns something other than None/False, and return it."""
        try:
            async with asyncio.timeout(timeout):
                while not (value := probe()):
                    await self._changed.wait()
        except TimeoutError:
            raise TimeoutError(f"{self.fake_name}: no {what} within {timeout} s") from None
        return value  # type: ignore[return-value]
