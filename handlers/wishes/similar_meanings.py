"""The listed wishes' meanings, beside the similar-wish index (handlers/wishes/similar.py).

A wish's vector (handlers/meaning.py) is read with it when it was stored for its text; else
its text is kept here until `fill` makes the vector, off the event loop, a few wishes at a
time (the model is shared with the searches, which wait at most for one batch), and stores
it. A search that meets a match not made yet makes that one at once. So an import of 50,000
wishes is searchable at once, and meant within minutes, without holding up a `/wish`.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence

from handlers.meaning import Meanings, Vector, decoded, encoded
from storage.db import Database
from storage.wish_index import store_meanings

FILL_BATCH = 16  # wishes a model call: about a third of a second here


class WishMeanings:
    """Each listed wish's vector, or its text until the vector is made."""

    def __init__(self, meanings: Meanings) -> None:
        self.model = meanings
        self._meant: dict[int, Vector] = {}
        self._unmeant: dict[int, tuple[int, str]] = {}  # number -> (revision read, text)
        self._lock = threading.Lock()
        self._filling = asyncio.Lock()

    def __len__(self) -> int:
        """How many listed wishes have a vector."""
        return len(self._meant)

    @property
    def waiting(self) -> int:
        """How many listed wishes wait for theirs."""
        return len(self._unmeant)

    def take(self, number: int, revision: int, text: str, stored: bytes | None) -> None:
        """A listed wish, as read: its stored vector when it was made of this text."""
        vector = decoded(text, stored)
        with self._lock:
            if vector is None:
                self._meant.pop(number, None)
                self._unmeant[number] = (revision, text)
            else:
                self._unmeant.pop(number, None)
                self._meant[number] = vector

    def drop(self, number: int) -> None:
        """A wish no longer listed (hidden, merged)."""
        with self._lock:
            self._meant.pop(number, None)
            self._unmeant.pop(number, None)

    def of(self, numbers: Sequence[int]) -> dict[int, Vector] | None:
        """The vectors of these wishes, those not made yet made now (in the calling thread;
        the model keeps them for the next `fill`); None when one of them is not listed."""
        with self._lock:
            if any(n not in self._meant and n not in self._unmeant for n in numbers):
                return None
            found = {n: self._meant[n] for n in numbers if n in self._meant}
            wanted = [(n, self._unmeant[n][1]) for n in numbers if n not in found]
        if wanted:
            made = self.model.of_wishes([text for _, text in wanted])
            found.update((number, v) for (number, _), v in zip(wanted, made, strict=True))
        return found

    async def fill(self, db: Database) -> int:
        """Make and store the vectors of the wishes still without one; returns how many.
        One fill at a time; the others return at once."""
        if self._filling.locked() or not self._unmeant:
            return 0
        async with self._filling:
            with self._lock:
                waiting = list(self._unmeant.items())
            made = 0
            for start in range(0, len(waiting), FILL_BATCH):
                batch = waiting[start : start + FILL_BATCH]
                stored = await asyncio.to_thread(self._made, batch)
                await store_meanings(db, stored)
                made += len(stored)
            return made

    def _made(self, batch: list[tuple[int, tuple[int, str]]]) -> list[tuple[int, int, bytes]]:
        """In a worker thread: the vectors of a batch, kept here unless the wish changed
        meanwhile, and as they are to be stored."""
        vectors = self.model.of_wishes([text for _, (_, text) in batch])
        stored = []
        with self._lock:
            for (number, (revision, text)), vector in zip(batch, vectors, strict=True):
                if self._unmeant.get(number) == (revision, text):
                    del self._unmeant[number]
                    self._meant[number] = vector
                    stored.append((number, revision, encoded(text, vector)))
        return stored
