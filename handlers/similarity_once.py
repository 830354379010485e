"""One similar-wish search without an index, for a process that searches once (`bryggan
wishes similar`): building the whole index would cost most of its time. It answers exactly as
`SimilarityIndex.search` over the same wishes answers (the same candidates, the same scores).
"""

from __future__ import annotations

import heapq
from collections import defaultdict, deque
from collections.abc import Collection, Iterable, Mapping
from operator import methodcaller

from handlers.normalise import DEFAULT_GLOSSARY, normaliser_key, phrases
from handlers.similarity import (
    _WORD_MARK,
    DEFAULT_THRESHOLD,
    _choose,
    _compare,
    _Features,
    _features,
    _keys,
    _word_grams,
)


class _HeldKeys(dict[str, frozenset[str]]):
    """Which of a query's keys each word holds, found once a word."""

    def __init__(self, query_keys: frozenset[str]) -> None:
        super().__init__()
        self._query_keys = query_keys
        self.grams: dict[str, frozenset[str]] = {}

    def __missing__(self, word: str) -> frozenset[str]:
        grams = self.grams[word] = _word_grams(word)
        found = self[word] = self._query_keys.intersection((*grams, _WORD_MARK + word))
        return found


class OneSearch:
    """One search, answered as `SimilarityIndex.search` over the same wishes answers it,
    without an index: the wishes are taken one by one, and only the query's keys are posted.
    For a process that searches once (`bryggan wishes similar`), where building the whole
    index would cost most of its time. Each number is given once."""

    def __init__(self, text: str, glossary: Mapping[str, str] = DEFAULT_GLOSSARY) -> None:
        self._phrases = phrases(glossary)
        self.key = normaliser_key(glossary)
        self.query = _features(text, self._phrases)
        self._held = _HeldKeys(frozenset(_keys(self.query)))  # a word -> the query's keys
        self._grams = self._held.grams  # a word -> its trigrams
        self._postings: defaultdict[str, list[int]] = defaultdict(list)
        self._words: dict[int, tuple[str, ...]] = {}  # the wishes that share a key

    def words_of(self, text: str) -> list[str]:
        return self._phrases.normal_words(text)

    def add_words(self, number: int, words: Iterable[str]) -> None:
        distinct = tuple(set(words))
        held = set().union(*map(self._held.__getitem__, distinct))  # in C, once words recur
        if held:
            deque(map(methodcaller("append", number), map(self._postings.__getitem__, held)), 0)
            self._words[number] = distinct

    def search(
        self, *, limit: int = 3, threshold: float | None = None, exclude: Collection[int] = ()
    ) -> list[tuple[int, float]]:
        """As `SimilarityIndex.search` answers."""
        minimum = DEFAULT_THRESHOLD if threshold is None else threshold
        if limit <= 0 or not self.query.grams:
            return []
        excluded = frozenset(exclude)
        scored = []
        for number in _choose(self._postings, _keys(self.query)):
            if number not in excluded:
                words = frozenset(self._words[number])
                grams = frozenset().union(*map(self._grams.__getitem__, words))
                value = _compare(self.query, _Features(words, grams))
                if value >= minimum:
                    scored.append((number, value))
        return heapq.nsmallest(limit, scored, key=lambda hit: (-hit[1], hit[0]))
