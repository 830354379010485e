"""The similar-wish index as it was before it was made compact (issue #17): sets of strings
and lists of numbers. The compact `SimilarityIndex` must answer exactly as this does."""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Collection, Mapping
from itertools import chain
from typing import NamedTuple

from handlers import similarity
from handlers.normalise import DEFAULT_GLOSSARY, phrases
from handlers.similarity import _cosine, _Features, _features, _keys


class _Entry(NamedTuple):
    words: tuple[str, ...]
    grams: tuple[str, ...]


def _compare(a: _Features, b: _Features | _Entry) -> float:
    return similarity._combine(
        _cosine(len(a.grams.intersection(b.grams)), len(a.grams), len(b.grams)),
        _cosine(len(a.words.intersection(b.words)), len(a.words), len(b.words)),
    )


class ReferenceIndex:
    """Wish texts by number, searchable for the most similar ones, as sets and lists."""

    def __init__(self, glossary: Mapping[str, str] = DEFAULT_GLOSSARY) -> None:
        # Read once: texts already indexed were normalised with it. A new glossary, a new index.
        self._phrases = phrases(glossary)
        self._entries: dict[int, _Entry] = {}
        self._postings: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, number: object) -> bool:
        return number in self._entries

    def add(self, number: int, text: str) -> None:
        """Index a wish's text, replacing what was indexed under that number before."""
        self.remove(number)
        features = _features(text, self._phrases)
        entry = _Entry(tuple(sorted(features.words)), tuple(sorted(features.grams)))
        self._entries[number] = entry
        for key in _keys(entry):
            self._postings.setdefault(key, []).append(number)

    def remove(self, number: int) -> None:
        """Forget a wish; nothing happens if it is not indexed."""
        entry = self._entries.pop(number, None)
        if entry is None:
            return
        for key in _keys(entry):
            posting = self._postings[key]
            posting.remove(number)
            if not posting:
                del self._postings[key]

    def search(
        self,
        text: str,
        *,
        limit: int = 3,
        threshold: float | None = None,
        exclude: Collection[int] = (),
    ) -> list[tuple[int, float]]:
        """The `limit` most similar wishes as (number, score), best first, ties by number."""
        minimum = similarity.DEFAULT_THRESHOLD if threshold is None else threshold
        query = _features(text, self._phrases)
        if limit <= 0 or not query.grams:
            return []
        excluded = frozenset(exclude)
        scored = (
            (number, _compare(query, self._entries[number]))
            for number in self._candidates(_keys(query))
            if number not in excluded
        )
        return heapq.nsmallest(
            limit,
            ((number, value) for number, value in scored if value >= minimum),
            key=lambda hit: (-hit[1], hit[0]),
        )

    def _candidates(self, keys: list[str]) -> list[int]:
        """Wishes sharing the most of the query's rarer keys, at most similarity._MAX_CANDIDATES."""
        present = [key for key in keys if key in self._postings]
        present.sort(key=lambda key: (len(self._postings[key]), key))
        postings = [self._postings[key] for key in present]
        taken: list[list[int]] = []
        total = 0
        for posting in postings:
            if taken and total + len(posting) > similarity._POSTINGS_BUDGET:
                break
            taken.append(posting)
            total += len(posting)
        counts = Counter(chain.from_iterable(taken))
        # Cut at a shared-trigram count so that the cut does not depend on iteration order.
        levels = sorted(Counter(counts.values()).items(), reverse=True)
        cut, kept = levels[0][0] if levels else 0, 0
        for level, many in levels:
            if kept + many > similarity._MAX_CANDIDATES and kept:
                break
            cut, kept = level, kept + many
        chosen = [number for number, count in counts.items() if count >= cut]
        if len(chosen) > similarity._MAX_CANDIDATES:
            chosen = sorted(chosen)[: similarity._MAX_CANDIDATES]
        return chosen
