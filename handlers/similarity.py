"""Offline, Swedish-first similarity of development wishes, to suggest possible duplicates.

A text is normalised (`handlers.normalise`: lower case, punctuation out, å/ä/ö kept, glossary
and English terms expanded, filler words dropped, Swedish stemming) and then compared two ways:
character trigrams of each word, which find Swedish compounds ("bygglovsansökan" and "ansökan om
bygglov" share most of theirs), and whole stemmed words. The score is a weighted mean of the two
cosine similarities (shared / sqrt(size a × size b)), from 0 (nothing shared) to 1 (the same
words); cosine rather than Dice, so that a short title is not punished for being short.

`SimilarityIndex` keeps an inverted index from trigrams and words to wish numbers. A search counts
the shared keys, rarest first and within a budget, takes the wishes with the most of them as
candidates and scores those exactly, so its scores are those of `score()`. Pure Python, no I/O, no
database: the same results whichever database the wishes are stored in, and on every run.

The index is compact, as it holds every listed wish in a bot's memory: each word is kept once
(with its trigrams, from which a wish's trigrams follow), a wish is the numbers of its words in
one shared array, and a posting is a sorted array of wish numbers, so taking a wish out is a
binary search rather than a scan.
"""

from __future__ import annotations

import heapq
import math
import sys
from array import array
from bisect import bisect_left, insort
from collections import Counter, defaultdict, deque
from collections.abc import Collection, Iterable, Mapping
from functools import partial, reduce
from itertools import chain, repeat
from operator import methodcaller, or_
from typing import NamedTuple

from handlers.bitsets import Counts, bits_of, numbers_of
from handlers.normalise import DEFAULT_GLOSSARY, Phrases, normalise, normaliser_key, phrases

__all__ = [
    "DEFAULT_GLOSSARY",
    "DEFAULT_THRESHOLD",
    "SimilarityIndex",
    "normalise",
    "normaliser_key",
    "score",
]

# Chosen on the evaluation set in tests/unit/wish_evaluation.py (68 wishes; 53 duplicate and 20
# near-miss queries, each a title and a sentence; top-3 suggestions), recall / precision:
#   0.30: 0.981 / 0.584   0.35: 0.962 / 0.836   0.40: 0.943 / 0.962   0.45: 0.943 / 0.980
#   0.50: 0.887 / 1.000
# 0.40 keeps all but 3 of 53 true duplicates while nearly every suggestion shown is right.
# `pytest tests/unit/test_similarity.py -k evaluation -s` prints these figures.
DEFAULT_THRESHOLD: float = 0.40

# Weight of the trigram part; the rest is the word part.
_GRAM_WEIGHT = 0.6
# How many postings a search may count, and how many candidates it scores exactly.
_POSTINGS_BUDGET = 120_000
_MAX_CANDIDATES = 2_000
# A posting of this many wishes keeps its bitset once made; the bitsets are changed in place for
# this many wishes added or removed between two searches, and dropped after more.
_KEPT_BITSET = 96
_BITSET_CHANGES = 100

_WORD_MARK = "\x01"  # a word's key in the postings, apart from the trigrams
_ABSENT = 0xFFFFFFFF  # where a wish that is not indexed starts
_HEADER = 2  # an entry in the pool: its trigram count, its word count, then its words


class _Features(NamedTuple):
    words: frozenset[str]
    grams: frozenset[str]


def _word_grams(word: str) -> frozenset[str]:
    padded = f" {word} "
    return frozenset(sys.intern(padded[i : i + 3]) for i in range(len(padded) - 2))


def _grams(words: Iterable[str]) -> frozenset[str]:
    grams: set[str] = set()
    for word in words:
        grams.update(_word_grams(word))
    return frozenset(grams)


def _features(text: str, compiled: Phrases) -> _Features:
    words = frozenset(sys.intern(word) for word in compiled.normal_words(text))
    return _Features(words, _grams(words))


def _cosine(shared: int, size_a: int, size_b: int) -> float:
    return shared / math.sqrt(size_a * size_b) if size_a and size_b else 0.0


def _keys(features: _Features) -> list[str]:
    """What the index posts a wish under: its trigrams and (marked apart) its words."""
    return [*features.grams, *(_WORD_MARK + word for word in features.words)]


def _combine(grams: float, words: float) -> float:
    return _GRAM_WEIGHT * grams + (1.0 - _GRAM_WEIGHT) * words


def _compare(a: _Features, b: _Features) -> float:
    return _combine(
        _cosine(len(a.grams.intersection(b.grams)), len(a.grams), len(b.grams)),
        _cosine(len(a.words.intersection(b.words)), len(a.words), len(b.words)),
    )


def score(a: str, b: str, glossary: Mapping[str, str] = DEFAULT_GLOSSARY) -> float:
    """How alike two wishes read, from 0 to 1; symmetric, and 1 for the same words."""
    compiled = phrases(glossary)
    return _compare(_features(a, compiled), _features(b, compiled))


class _SharedKeys(dict[int, int]):
    """Which of a query's keys each indexed word holds, as bits (trigrams low, words above).

    A wish's shared keys are the OR of its words' bits: each word is looked at once a search,
    however many candidates hold it, and a candidate costs a few lookups, not a set."""

    def __init__(self, index: SimilarityIndex, query: _Features) -> None:
        super().__init__()
        self._grams = {gram: 1 << n for n, gram in enumerate(query.grams)}
        self._shift = len(self._grams)
        self._gram_bits = (1 << self._shift) - 1
        self._word_grams = index._word_grams
        words = ((index._word_ids.get(_WORD_MARK + word), n) for n, word in enumerate(query.words))
        self._words = {found: 1 << (self._shift + n) for found, n in words if found is not None}

    def __missing__(self, word: int) -> int:
        # A word's trigrams are distinct, so their bits add up to their OR (summed in C).
        bits = self._words.get(word, 0) | sum(
            map(self._grams.get, self._word_grams[word], repeat(0))
        )
        self[word] = bits
        return bits

    def count(self, words: Iterable[int]) -> tuple[int, int]:
        """How many of the query's trigrams and words a wish of these words shares."""
        bits = reduce(or_, map(self.__getitem__, words), 0)
        return (bits & self._gram_bits).bit_count(), (bits >> self._shift).bit_count()


class SimilarityIndex:
    """Wish texts by number, searchable for the most similar ones (not thread-safe).

    Numbers are a wish's: from 0 to 2**32 - 2, and dense (an array is kept up to the highest).
    """

    def __init__(self, glossary: Mapping[str, str] = DEFAULT_GLOSSARY) -> None:
        # Read once: texts already indexed were normalised with it. A new glossary, a new index.
        self._phrases = phrases(glossary)
        self.key = normaliser_key(glossary)  # says which rules made the words `words_of` gives
        # key -> sorted wish numbers; a new key gets an empty array, in C
        self._postings: defaultdict[str, array[int]] = defaultdict(partial(array, "I"))
        self._word_ids: dict[str, int] = {}  # a word's key -> its number in the lists below
        self._word_keys: list[str] = []
        self._word_grams: list[tuple[str, ...]] = []
        self._starts = array("I")  # wish number -> where its entry begins in the pool
        self._pool = array("I")
        self._size = 0
        self._waste = 0  # pool items of entries removed or replaced
        self._highest = -1  # the highest number ever added
        self._bits: dict[str, int] = {}  # key -> its posting as a bitset, made when searched
        self._changes = 0  # wishes added or removed since the last search

    def __len__(self) -> int:
        return self._size

    def __contains__(self, number: object) -> bool:
        return isinstance(number, int) and self._start(number) is not None

    def words_of(self, text: str) -> list[str]:
        """The text's normalised words, as `add_words` takes them (and as they may be stored)."""
        return self._phrases.normal_words(text)

    def frequency(self, word: str) -> int:
        """In how many wishes a normalised word is."""
        return len(self._postings.get(_WORD_MARK + word, ()))

    def words(self, number: int) -> frozenset[str]:
        """A wish's distinct normalised words (none when it is not indexed)."""
        start = self._start(number)
        if start is None:
            return frozenset()
        keys = map(self._word_keys.__getitem__, self._entry_words(start))
        return frozenset(key[len(_WORD_MARK) :] for key in keys)

    def add(self, number: int, text: str) -> None:
        """Index a wish's text, replacing what was indexed under that number before."""
        self.add_words(number, self._phrases.normal_words(text))

    def add_words(self, number: int, words: Iterable[str]) -> None:
        """Index a wish by its normalised words (`words_of`), replacing what was there."""
        if not 0 <= number < _ABSENT:
            raise ValueError(f"a wish number from 0 to {_ABSENT - 1}, not {number}")
        self.remove(number)
        marked = [_WORD_MARK + word for word in words]
        known = zip(marked, map(self._word_ids.get, marked), strict=True)
        ids = sorted({self._word_id(key) if n is None else n for key, n in known})
        grams = set().union(*map(self._word_grams.__getitem__, ids))
        keys = [*grams, *map(self._word_keys.__getitem__, ids)]
        postings = map(self._postings.__getitem__, keys)
        if number > self._highest:  # after every number in every posting: appended, in C
            self._highest = number
            deque(map(methodcaller("append", number), postings), maxlen=0)
        else:
            for posting in postings:
                if posting and posting[-1] > number:
                    insort(posting, number)
                else:
                    posting.append(number)
        if number >= len(self._starts):
            grow = max(number + 1, len(self._starts) * 5 // 4 + 64) - len(self._starts)
            self._starts.extend(array("I", (_ABSENT,)) * grow)
        self._starts[number] = len(self._pool)
        self._pool.extend((len(grams), len(ids), *ids))
        self._size += 1
        self._changed(keys, number, added=True)

    def remove(self, number: int) -> None:
        """Forget a wish; nothing happens if it is not indexed."""
        start = self._start(number)
        if start is None:
            return
        ids = self._entry_words(start)
        grams = set().union(*map(self._word_grams.__getitem__, ids))
        keys = [*grams, *map(self._word_keys.__getitem__, ids)]
        for key in keys:
            posting = self._postings[key]
            del posting[bisect_left(posting, number)]
            if not posting:
                del self._postings[key]
        self._starts[number] = _ABSENT
        self._size -= 1
        self._changed(keys, number, added=False)
        self._waste += _HEADER + len(ids)
        if self._waste > 4096 and 2 * self._waste > len(self._pool):
            self._compact()

    def search(
        self,
        text: str,
        *,
        limit: int = 3,
        threshold: float | None = None,
        exclude: Collection[int] = (),
    ) -> list[tuple[int, float]]:
        """The `limit` most similar wishes as (number, score), best first, ties by number."""
        minimum = DEFAULT_THRESHOLD if threshold is None else threshold
        query = _features(text, self._phrases)
        if limit <= 0 or not query.grams:
            return []
        excluded = frozenset(exclude)
        shared = _SharedKeys(self, query)
        gram_count, word_count, pool = len(query.grams), len(query.words), self._pool
        scored = []
        for number in self._candidates(_keys(query)):
            if number in excluded:
                continue
            start = self._starts[number]
            ids = self._entry_words(start)
            grams, words = shared.count(ids)
            value = _combine(
                _cosine(grams, gram_count, pool[start]), _cosine(words, word_count, len(ids))
            )
            if value >= minimum:
                scored.append((number, value))
        return heapq.nsmallest(limit, scored, key=lambda hit: (-hit[1], hit[0]))

    def containing(self, text: str) -> set[int] | None:
        """The wishes whose normalised words hold each of the text's, whole or as a part
        ("bygglov" finds "bygglovsansökan"); None when the text has no word to look for."""
        wanted = dict.fromkeys(self._phrases.normal_words(text))
        if not wanted:
            return None
        found: set[int] | None = None
        for word in wanted:
            hits: set[int] = set()
            for key in self._word_keys:
                if word in key and (posting := self._postings.get(key)) is not None:
                    hits.update(posting)
            found = hits if found is None else found & hits
            if not found:
                break
        return found or set()

    def _start(self, number: int) -> int | None:
        if 0 <= number < len(self._starts) and (start := self._starts[number]) != _ABSENT:
            return start
        return None

    def _entry_words(self, start: int) -> array[int]:
        return self._pool[start + _HEADER : start + _HEADER + self._pool[start + 1]]

    def _word_id(self, key: str) -> int:
        """The number of a word (given by its key), taken in if it is new."""
        found = self._word_ids.get(key)
        if found is None:
            found = self._word_ids[key] = len(self._word_keys)
            self._word_keys.append(key)
            self._word_grams.append(tuple(_word_grams(key[len(_WORD_MARK) :])))
        return found

    def _compact(self) -> None:
        """Copy the entries still indexed into a new pool, leaving out what was removed."""
        pool, old, starts = array("I"), self._pool, self._starts
        for number, start in enumerate(starts):
            if start != _ABSENT:
                starts[number] = len(pool)
                pool.extend(old[start : start + _HEADER + old[start + 1]])
        self._pool, self._waste = pool, 0

    def _candidates(self, keys: list[str]) -> list[int]:
        self._changes = 0
        return _choose_bits(map(self._bitset, _taken(self._postings, keys)))

    def _bitset(self, key: str) -> int:
        """A posting as a bitset: kept once made, unless it is small (quick to make again)."""
        found = self._bits.get(key)
        if found is None:
            posting = self._postings[key]
            found = bits_of(posting)
            if len(posting) >= _KEPT_BITSET:
                self._bits[key] = found
        return found

    def _changed(self, keys: Iterable[str], number: int, *, added: bool) -> None:
        """Keep the bitsets made in step with the postings: a few changes in place, after
        many (an import) all are dropped, to be made again as searches need them."""
        if not self._bits:
            return
        self._changes += 1
        if self._changes > _BITSET_CHANGES:
            self._bits.clear()
            return
        bit = 1 << number
        for key in keys:
            if (bits := self._bits.get(key)) is not None:
                if bits := bits | bit if added else bits & ~bit:
                    self._bits[key] = bits
                else:
                    del self._bits[key]


def _taken(postings: Mapping[str, Collection[int]], keys: list[str]) -> list[str]:
    """The query's keys a search counts: the rarest first, within _POSTINGS_BUDGET."""
    present = [key for key in keys if key in postings]
    present.sort(key=lambda key: (len(postings[key]), key))
    taken: list[str] = []
    total = 0
    for key in present:
        size = len(postings[key])
        if taken and total + size > _POSTINGS_BUDGET:
            break
        taken.append(key)
        total += size
    return taken


def _choose(postings: Mapping[str, Collection[int]], keys: list[str]) -> list[int]:
    """Wishes sharing the most of the query's rarer keys, at most _MAX_CANDIDATES."""
    counts = Counter(chain.from_iterable(postings[key] for key in _taken(postings, keys)))
    # Cut at a shared-trigram count so that the cut does not depend on iteration order.
    levels = sorted(Counter(counts.values()).items(), reverse=True)
    cut, kept = levels[0][0] if levels else 0, 0
    for level, many in levels:
        if kept + many > _MAX_CANDIDATES and kept:
            break
        cut, kept = level, kept + many
    chosen = [number for number, count in counts.items() if count >= cut]
    if len(chosen) > _MAX_CANDIDATES:
        chosen = sorted(chosen)[:_MAX_CANDIDATES]
    return chosen


def _choose_bits(postings: Iterable[int]) -> list[int]:
    """`_choose`, with the taken postings given as bitsets: the same wishes, counted in C."""
    counts = Counts()
    for bits in postings:
        counts.add(bits)
    chosen, kept = 0, 0
    for _level, among in counts.levels():  # the highest shared count first
        many = among.bit_count()
        if kept + many > _MAX_CANDIDATES and kept:
            break
        chosen, kept = chosen | among, kept + many
    return numbers_of(chosen, _MAX_CANDIDATES)
