"""Sets of wish numbers as Python ints (bit n for wish n), counted a whole set at a time.

Which wishes a similarity search scores depends on how many of the query's rarer postings
hold each wish. Counted one number at a time (a `Counter` over some 120,000 numbers) that was
most of a search; as bitsets it is a few dozen operations on ints of a few kilobytes, done in C:
the postings are added into a binary counter kept one bit plane per int ("bit-sliced"), and the
wishes of each count are read from the planes, highest count first. The counts, and so the
candidates, are exactly those a `Counter` gives.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator, Sequence
from itertools import repeat

_SMALL = 96  # a set of fewer numbers is made by shifting ones, a larger one from bytes
_NONZERO = re.compile(rb"[^\x00]")
_BYTE_BITS = tuple(tuple(bit for bit in range(8) if byte >> bit & 1) for byte in range(256))


def bits_of(numbers: Sequence[int]) -> int:
    """The set of `numbers` (sorted, none negative) as an int."""
    if not numbers:
        return 0
    if len(numbers) < _SMALL:
        return sum(map((1).__lshift__, numbers))
    lanes = bytearray((numbers[-1] // 8 + 1) * 8)  # a byte a number: set in C
    deque(map(lanes.__setitem__, numbers, repeat(1)), maxlen=0)
    # Every eighth byte holds the numbers of one bit position within a byte of the result.
    return sum(int.from_bytes(lanes[bit::8], "little") << bit for bit in range(8))


def numbers_of(bits: int, limit: int | None = None) -> list[int]:
    """The numbers in a set, smallest first, at most `limit` of them."""
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    found: list[int] = []
    for match in _NONZERO.finditer(data):
        at = match.start()
        found.extend(at * 8 + bit for bit in _BYTE_BITS[data[at]])
        if limit is not None and len(found) >= limit:
            return found[:limit]
    return found


class Counts:
    """How many of the sets added hold each number: a binary counter, one int a bit plane."""

    def __init__(self) -> None:
        self._planes: list[int] = []  # plane i: the numbers whose count has bit i set

    def add(self, bits: int) -> None:
        carry = bits
        for plane, held in enumerate(self._planes):
            self._planes[plane] = held ^ carry
            carry &= held
            if not carry:
                return
        if carry:
            self._planes.append(carry)

    def levels(self) -> Iterator[tuple[int, int]]:
        """(count, the numbers of that count), from the highest count down to 1; each count
        that some number has, once."""
        anyone = 0
        for plane in self._planes:
            anyone |= plane
        return self._split(anyone, len(self._planes) - 1, 0)

    def _split(self, among: int, plane: int, count: int) -> Iterator[tuple[int, int]]:
        if not among:
            return
        if plane < 0:
            yield count, among
            return
        high = among & self._planes[plane]
        yield from self._split(high, plane - 1, count | 1 << plane)
        yield from self._split(among ^ high, plane - 1, count)
