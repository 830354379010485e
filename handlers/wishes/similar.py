"""The similar-wish index, kept in memory and refreshed from what changed in the wish table.

The work is done off the event loop: normalising texts and filling the index happen in a worker
thread (a lock keeps the index whole between threads), in batches, so an import of 50,000
wishes by another process is taken in once, while the bot goes on answering; a search runs in
a thread too. A wish's normalised words are stored with it (`terms`), so what one process made
(an import, the board's edit) another takes over without normalising again.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import ParamSpec, TypeVar

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.offloop import yielding
from handlers.similar_judge import shown_before_saving
from handlers.similarity import DEFAULT_GLOSSARY, SimilarityIndex
from handlers.similarity_once import OneSearch
from storage.db import Database
from storage.wish_index import (
    Horizon,
    IndexedWish,
    ListedWish,
    changed_wishes,
    listed_wishes,
    store_terms,
)
from storage.wish_models import WishRow
from storage.wishes import get_wish

MAX_SIMILAR = 3

P = ParamSpec("P")
T = TypeVar("T")


def wish_text(title: str, description: str) -> str:
    return f"{title}\n{description}"


class WishIndex:
    """Every listed wish (any status, imported ones too; not hidden, not merged)."""

    def __init__(self, glossary: Mapping[str, str] = DEFAULT_GLOSSARY) -> None:
        self._glossary = dict(glossary)
        self.index = SimilarityIndex(glossary)
        self._since: Horizon | None = None  # where the next look starts
        self._lock = threading.Lock()  # the index, between threads
        self._refreshing = asyncio.Lock()  # one look at a time; the others wait for it
        self.read = 0  # wishes read at the last look
        self.normalised = 0  # of those, normalised (stored without words, or other ones)

    def terms_of(self, title: str, description: str) -> str:
        """A wish's normalised words as they are stored: after a key of the text and the
        rules, so that words made from another text or by other rules are not used."""
        text = wish_text(title, description)
        return " ".join([self._key(text), *sorted(set(self.index.words_of(text)))])

    async def refresh(self, db: Database) -> None:
        """Take in what changed since the last look (also changes by another process)."""
        async with self._refreshing:
            made: list[tuple[int, int, str]] = []
            read = 0
            async with changed_wishes(db, self._since) as (horizon, batches):
                async for batch in batches:
                    read += len(batch)
                    made += await asyncio.to_thread(self._take_in, batch)
            self._since, self.read, self.normalised = horizon, read, len(made)
            if made:  # wishes stored without words (or with stale ones) get them now
                await store_terms(db, made)

    async def keep_fresh(self, db: Database) -> None:
        """Take in what changed, ahead of the next search: run every few seconds, so that an
        import by another process is taken in before a member's /wish rather than during it.
        A look already under way (a search's) is not followed by another."""
        if not self._refreshing.locked():
            await self.refresh(db)

    async def search(
        self,
        db: Database,
        text: str,
        *,
        limit: int = MAX_SIMILAR,
        exclude: Collection[int] = (),
        threshold: float | None = None,
    ) -> list[tuple[int, float]]:
        """The most similar listed wishes as (number, score), best first."""
        await self.refresh(db)
        return await self._off_loop(
            self.index.search, text, limit=limit, exclude=exclude, threshold=threshold
        )

    async def shown_before_saving(self, db: Database, text: str) -> list[tuple[int, float]]:
        """What a member is shown before saving a wish of this text: of the best MAX_SIMILAR,
        those the judge shows (`handlers.similar_judge`), as (number, score)."""
        await self.refresh(db)
        return await self._off_loop(self._judged, text)

    def _judged(self, text: str) -> list[tuple[int, float]]:
        ranked = self.index.search(text, limit=MAX_SIMILAR, threshold=0.0)
        return shown_before_saving(text, ranked, self.index)

    async def search_once(
        self, db: Database, text: str, *, limit: int = MAX_SIMILAR, threshold: float | None = None
    ) -> list[tuple[int, float]]:
        """What `search` answers, for a process that searches once: the wishes are read in
        one statement and passed over in a worker thread, and no index is built (nor words
        stored)."""
        found = await self.titled_once(db, text, limit=limit, threshold=threshold)
        return [(number, score) for number, _title, score in found]

    async def titled_once(
        self,
        db: Database,
        text: str,
        *,
        limit: int = MAX_SIMILAR,
        threshold: float | None = None,
        judged: bool = False,
    ) -> list[tuple[int, str, float]]:
        """`search_once` with each wish's title as it was read for the search: what
        `bryggan wishes similar` prints, with no second look at the wishes found. `judged`:
        of those, only what a member is shown before saving (`shown_before_saving`)."""
        once = OneSearch(text, self._glossary)
        wishes = await listed_wishes(db)
        return await asyncio.to_thread(self._search_over, once, wishes, limit, threshold, judged)

    def _search_over(
        self,
        once: OneSearch,
        wishes: Sequence[ListedWish],
        limit: int,
        threshold: float | None,
        judged: bool = False,
    ) -> list[tuple[int, str, float]]:
        """Each wish to `once`, by its stored words where `_words` would take them (its check,
        written out: the key of the text is most of the pass), else by its words made now."""
        keyed = hashlib.blake2b(f"{self.index.key}\x00".encode(), digest_size=8).copy
        numbers: list[int] = []
        stored: list[str] = []
        for number, title, description, terms in wishes:
            key, _, words = (terms or "").partition(" ")
            made = keyed()  # `_key(wish_text(title, description))`, from the rules' part on
            made.update(f"{title}\n{description}".encode())
            if key == made.hexdigest():
                numbers.append(number)
                stored.append(words)
            else:
                once.add_words(number, self._words(title, description, terms)[0])
        once.add_terms(numbers, stored)
        found = once.search(limit=limit, threshold=threshold)
        if judged:
            found = shown_before_saving(once.text, found, once)
        wanted = {number for number, _score in found}
        titles = {
            number: title for number, title, _description, _terms in wishes if number in wanted
        }
        return [(number, titles[number], score) for number, score in found]

    async def containing(self, db: Database, text: str) -> set[int] | None:
        """Listed wishes whose words hold each word of `text` (None: no word to look for)."""
        await self.refresh(db)
        return await self._off_loop(self.index.containing, text)

    async def _off_loop(self, call: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        def locked() -> T:
            with self._lock:
                return call(*args, **kwargs)

        return await asyncio.to_thread(locked)

    def _key(self, text: str) -> str:
        return hashlib.blake2b(f"{self.index.key}\x00{text}".encode(), digest_size=8).hexdigest()

    def _words(
        self, title: str, description: str, terms: str | None
    ) -> tuple[list[str], str | None]:
        """A wish's normalised words: those stored with it when they were made from its text
        by these rules; else made now, with them as they are to be stored."""
        text = wish_text(title, description)
        key, _, stored = (terms or "").partition(" ")
        if key == (made := self._key(text)):
            return stored.split(), None
        fresh = sorted(set(self.index.words_of(text)))
        return fresh, " ".join([made, *fresh])

    def _take_in(self, batch: list[IndexedWish]) -> list[tuple[int, int, str]]:
        """In a worker thread: normalise (outside the lock), then change the index (inside).
        Returns the words made anew, to be stored."""
        made: list[tuple[int, int, str]] = []
        words: list[tuple[int, list[str] | None]] = []
        for wish in yielding(batch):
            if not wish.listed:
                words.append((wish.id, None))
                continue
            listed, terms = self._words(wish.title, wish.description, wish.terms)
            words.append((wish.id, listed))
            if terms is not None:
                made.append((wish.id, wish.revision, terms))
        with self._lock:
            for number, found in yielding(words):
                if found is None:
                    self.index.remove(number)
                else:
                    self.index.add_words(number, found)
        return made


async def wishes_found(
    session: AsyncSession, found: list[tuple[int, float]]
) -> list[tuple[WishRow, float]]:
    """The wishes of a search, with their scores (one gone meanwhile is left out)."""
    wishes = []
    for number, score in found:
        wish = await get_wish(session, number)
        if wish is not None:
            wishes.append((wish, score))
    return wishes
