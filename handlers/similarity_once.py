"""One similar-wish search without an index, for a process that searches once (`bryggan
wishes similar`): building the whole index would cost most of its time. It answers exactly as
`SimilarityIndex.search` over the same wishes answers (the same candidates, the same scores).

Nearly every wish shares some trigram with a query, so a wish costs what it must and no more:
its words are looked up (each distinct word is looked at once a search) and the query's keys
they hold are kept as one int. The postings' sizes and the counts that choose the candidates
are then read from those ints a key at a time, as bytes and bitsets, in C.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Iterable, Mapping
from functools import reduce
from itertools import islice, repeat
from operator import lt, methodcaller, or_

from handlers.normalise import DEFAULT_GLOSSARY, normaliser_key, phrases
from handlers.similarity import (
    _WORD_MARK,
    DEFAULT_THRESHOLD,
    _choose_bits,
    _compare,
    _Features,
    _features,
    _keys,
    _taken,
    _word_grams,
)

# A byte -> 1 where its bit `n` is set, else 0 (one table a bit).
_HAS_BIT = tuple(bytes(byte >> bit & 1 for byte in range(256)) for bit in range(8))


class _KeyBits(dict[str, int]):
    """Which of a query's keys each word holds, as bits (key n: bit n), found once a word."""

    def __init__(self, keys: list[str]) -> None:
        super().__init__()
        self._bit = {key: 1 << n for n, key in enumerate(keys)}
        self.grams: dict[str, frozenset[str]] = {}  # a word -> its trigrams, for the scores

    def __missing__(self, word: str) -> int:
        grams = self.grams[word] = _word_grams(word)
        bit = self._bit.get
        # A word's trigrams are distinct, so their bits add up to their OR (summed in C).
        found = self[word] = sum(map(bit, grams, repeat(0))) | bit(_WORD_MARK + word, 0)
        return found


class OneSearch:
    """One search, answered as `SimilarityIndex.search` over the same wishes answers it,
    without an index: the wishes are taken one by one, and only the query's keys are kept.
    For a process that searches once (`bryggan wishes similar`), where building the whole
    index would cost most of its time. Each number is given once."""

    def __init__(self, text: str, glossary: Mapping[str, str] = DEFAULT_GLOSSARY) -> None:
        self._phrases = phrases(glossary)
        self.key = normaliser_key(glossary)
        self.text = text
        self.query = _features(text, self._phrases)
        self._keys = _keys(self.query)
        self._bits = _KeyBits(self._keys)
        # The wishes that hold a key, in the order given: number, keys held, words.
        self._numbers: list[int] = []
        self._held: list[int] = []
        self._words: list[str | tuple[str, ...]] = []
        self._given = 0  # wishes given, holding a key or not
        self._frequencies: dict[str, int] | None = None  # made when the judge first asks

    def __len__(self) -> int:
        return self._given

    def frequency(self, word: str) -> int:
        """In how many of the wishes given a word of the query is (0 for any other word):
        what the judge of what is shown asks (`handlers.similar_judge`)."""
        if self._frequencies is None:
            self._frequencies = {
                key: column.count(1) for key, column in _columns(self._held, self._keys).items()
            }
        return self._frequencies.get(_WORD_MARK + word, 0)

    def words(self, number: int) -> frozenset[str]:
        """A wish's distinct normalised words, as given (none if it holds no key)."""
        for at in range(len(self._numbers) - 1, -1, -1):
            if self._numbers[at] == number:
                found = self._words[at]
                return frozenset(found.split() if isinstance(found, str) else found)
        return frozenset()

    def words_of(self, text: str) -> list[str]:
        return self._phrases.normal_words(text)

    def add_words(self, number: int, words: Iterable[str]) -> None:
        """A wish by its normalised words (`words_of`)."""
        listed = tuple(words)
        self._given += 1
        if bits := reduce(or_, map(self._bits.__getitem__, listed), 0):
            self._numbers.append(number)
            self._held.append(bits)
            self._words.append(listed)

    def add_terms(self, numbers: Iterable[int], terms: Iterable[str]) -> None:
        """Wishes by their normalised words as they are stored: a string a wish, the words
        separated by spaces (a word holds none), split again only for a candidate. Many at
        a time: this is most of a search's work, and a call a wish cost a tenth more."""
        bits_of = self._bits.__getitem__
        numbers_kept, held, kept = self._numbers, self._held, self._words
        for number, words in zip(numbers, terms, strict=True):
            self._given += 1
            bits = 0
            for word in words.split():
                bits |= bits_of(word)
            if bits:
                numbers_kept.append(number)
                held.append(bits)
                kept.append(words)

    def search(
        self, *, limit: int = 3, threshold: float | None = None, exclude: Collection[int] = ()
    ) -> list[tuple[int, float]]:
        """As `SimilarityIndex.search` answers."""
        minimum = DEFAULT_THRESHOLD if threshold is None else threshold
        if limit <= 0 or not self.query.grams:
            return []
        numbers, held, words = self._in_order()
        excluded = frozenset(exclude)
        scored = []
        for at in _choose_bits(_postings(held, self._keys)):
            if (number := numbers[at]) not in excluded:
                found = words[at]
                distinct = frozenset(found.split() if isinstance(found, str) else found)
                grams = frozenset().union(*map(self._bits.grams.__getitem__, distinct))
                value = _compare(self.query, _Features(distinct, grams))
                if value >= minimum:
                    scored.append((number, value))
        return heapq.nsmallest(limit, scored, key=lambda hit: (-hit[1], hit[0]))

    def _in_order(self) -> tuple[list[int], list[int], list[str | tuple[str, ...]]]:
        """The wishes by number, as the index counts them: where the candidates are cut at
        `_MAX_CANDIDATES`, the lowest numbers are kept."""
        numbers = self._numbers
        if all(map(lt, numbers, islice(numbers, 1, None))):  # as read: by number already
            return numbers, self._held, self._words
        order = sorted(range(len(numbers)), key=numbers.__getitem__)
        return (
            [numbers[at] for at in order],
            [self._held[at] for at in order],
            [self._words[at] for at in order],
        )


def _columns(held: list[int], keys: list[str]) -> dict[str, bytes]:
    """Each key some wish holds, with a byte a wish (1: holds it), in the order of `held`.

    The keys each wish holds become a row of bytes, one row a wish; key n is then bit n % 8
    of every row's byte n // 8: a slice, a translation to ones and zeros."""
    width = (max(len(keys), 1) + 7) // 8
    rows = b"".join(map(methodcaller("to_bytes", width, "little"), held))
    columns: dict[str, bytes] = {}
    for n, key in enumerate(keys):
        column = rows[n >> 3 :: width].translate(_HAS_BIT[n & 7])
        if 1 in column:
            columns[key] = column
    return columns


def _postings(held: list[int], keys: list[str]) -> list[int]:
    """The postings a search counts (`_taken`), as bitsets of the wishes' places in `held`."""
    columns = _columns(held, keys)
    sizes = {key: range(column.count(1)) for key, column in columns.items()}  # as `_taken` reads
    return [_bitset(columns[key]) for key in _taken(sizes, keys)]


def _bitset(column: bytes) -> int:
    """A byte a place (1: in the set) as an int, bit n for place n."""
    return sum(int.from_bytes(column[bit::8], "little") << bit for bit in range(8))
