"""The labelled set for similar wishes (tests/unit/wish_families.py) is what it says, its split
keeps every wish family to one part, and the figure on its test part is guarded."""

from __future__ import annotations

from collections import Counter

from handlers.similarity import (
    CLEAR_GAP,
    DEFAULT_THRESHOLD,
    SHOWN_FLOOR,
    SURE_SCORE,
    SimilarityIndex,
    shown_before_saving,
)
from tests.unit import wish_evaluation
from tests.unit.similar_measure import measure
from tests.unit.wish_families import KINDS, MODULES, QUERIES, WISHES, part, queries_in


def test_the_set_is_large_labelled_and_new() -> None:
    numbers = {wish.number for wish in WISHES}
    assert len(numbers) == len(WISHES) >= 200
    assert len(QUERIES) >= 400
    assert {wish.module for wish in WISHES} == set(MODULES)
    assert {query.kind for query in QUERIES} == set(KINDS)
    for query in QUERIES:
        assert (query.original is None) == (query.kind == "lookalike"), query
        assert query.original is None or query.original in numbers, query
    texts = [wish.text for wish in WISHES] + [query.text for query in QUERIES]
    assert len(texts) == len(set(texts))
    older = {wish.text for wish in wish_evaluation.WISHES}
    assert not older & set(texts)  # nothing of the set the threshold was chosen on


def test_a_family_is_in_one_part_and_both_parts_span_every_module() -> None:
    parts: dict[int, set[str]] = {}
    for position, query in enumerate(QUERIES):
        if query.original is not None:
            parts.setdefault(query.original, set()).add(part(query, position))
    assert all(len(found) == 1 for found in parts.values())
    modules = {wish.number: wish.module for wish in WISHES}
    for wanted in ("tuning", "test"):
        chosen = queries_in(wanted)
        assert {modules[q.original] for q in chosen if q.original} == set(MODULES)
        assert Counter(q.original is None for q in chosen)[True] >= 50


def test_the_figure_on_the_test_part_holds() -> None:
    """README, "Development wishes": with the bot's rule, recall@3 0.913 and a look-alike
    shown 0.444 on the test part. A change that loses some of either fails here."""
    index = SimilarityIndex()
    for wish in WISHES:
        index.add(wish.number, wish.text)
    queries = [(q.text, q.original, q.kind) for q in queries_in("test")]
    result = measure(index, queries, None)
    assert result["recall@3"] >= 0.91
    assert result["look-alike shown"] <= 0.45
    alone = measure(index, queries, DEFAULT_THRESHOLD)  # the control: the threshold alone
    assert alone["look-alike shown"] > 0.5


def test_the_rule_shows_a_sure_or_clear_best_match_and_nothing_else() -> None:
    assert shown_before_saving([]) == []
    assert shown_before_saving([(1, SHOWN_FLOOR - 0.01)]) == []
    sure = [(1, SURE_SCORE), (2, SURE_SCORE - 0.01), (3, SHOWN_FLOOR - 0.01)]
    assert shown_before_saving(sure) == sure[:2]
    clear = [(1, SHOWN_FLOOR + 0.05), (2, SHOWN_FLOOR + 0.05 - CLEAR_GAP)]
    assert shown_before_saving(clear) == clear[:1]
    crowded = [(1, SHOWN_FLOOR + 0.05), (2, SHOWN_FLOOR + 0.05 - CLEAR_GAP / 2)]
    assert shown_before_saving(crowded) == []  # close to several: another need nearby
    assert shown_before_saving([(1, SHOWN_FLOOR)]) == [(1, SHOWN_FLOOR)]  # alone: clear
