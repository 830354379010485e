"""Sets of wish numbers as ints: made from postings, counted, and read back as numbers."""

from __future__ import annotations

import random
from array import array
from collections import Counter

import pytest

from handlers.bitsets import Counts, bits_of, numbers_of


@pytest.mark.parametrize("size", [0, 1, 5, 95, 96, 97, 1_000, 20_000])
def test_a_set_made_from_numbers_gives_them_back(size: int) -> None:
    numbers = sorted(random.Random(size).sample(range(60_000), size))
    bits = bits_of(array("I", numbers))
    assert bits == sum(1 << n for n in numbers)
    assert numbers_of(bits) == numbers
    assert numbers_of(bits, 7) == numbers[:7]


def test_the_edges_of_a_byte() -> None:
    numbers = [0, 7, 8, 15, 16, 255, 256, 4095]
    assert numbers_of(bits_of(numbers)) == numbers
    assert numbers_of(0) == [] and bits_of([]) == 0


def test_counts_are_those_of_a_counter() -> None:
    rng = random.Random(3)
    postings = [sorted(rng.sample(range(3_000), rng.randint(1, 2_000))) for _ in range(70)]
    counts = Counts()
    for posting in postings:
        counts.add(bits_of(posting))
    expected = Counter(n for posting in postings for n in posting)
    levels = list(counts.levels())
    assert [count for count, _ in levels] == sorted(set(expected.values()), reverse=True)
    for count, among in levels:
        assert numbers_of(among) == sorted(n for n, c in expected.items() if c == count)


def test_no_sets_no_levels() -> None:
    assert list(Counts().levels()) == []
