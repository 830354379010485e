"""`OneSearch` (`bryggan wishes similar`) against `ReferenceIndex`, the index as sets and
lists counted one number at a time: beside tests/unit/test_similarity.py, which compares it
with `SimilarityIndex`."""

from __future__ import annotations

import random

from handlers.similarity_once import OneSearch
from tests.unit.similarity_reference import ReferenceIndex
from tests.unit.test_similarity import made_up_wishes


def test_one_search_answers_as_the_reference() -> None:
    """Against `ReferenceIndex` too (sets and lists, counted one number at a time), with a
    long query: more keys than fit in one machine word, some wishes sharing none of them."""
    rng = random.Random(31)
    texts = made_up_wishes(rng, 1_500)
    reference = ReferenceIndex()
    for number, text in enumerate(texts, start=3):
        reference.add(number, text)
    long_query = " ".join(texts[:6])
    for query in [long_query, *texts[100:110], "Radonmätning i skolor", "xyzzy"]:
        once = OneSearch(query)
        for number, text in enumerate(texts, start=3):
            once.add_words(number, once.words_of(text))
        assert once.search(limit=10, threshold=0.0) == reference.search(
            query, limit=10, threshold=0.0
        )
