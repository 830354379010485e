"""Work done in a worker thread, polite to the event loop.

A worker thread that runs pure Python holds the GIL, and the loop thread gets it back only
when the interpreter's switch interval (5 ms) runs out: a loop step that gives the GIL up for
every socket call then waits 5 ms each time, and a step of a few milliseconds' work took over
a second in the tests. Giving the GIL up now and then (`time.sleep(0)`) hands it straight to a
waiting loop instead.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
EVERY = 50  # items of a few hundred microseconds each: the loop waits at most a few ms


def yielding(items: Iterable[T], every: int = EVERY) -> Iterator[T]:
    """`items`, with the GIL given up after every `every` of them."""
    for n, item in enumerate(items, start=1):
        yield item
        if n % every == 0:
            time.sleep(0)
