"""The labelled set for similar wishes (tests/unit/wish_families.py) is what it says, its split
keeps every wish family to one part, and the figure on its test part is guarded."""

from __future__ import annotations

from collections import Counter

from handlers.similarity import DEFAULT_THRESHOLD, SimilarityIndex
from tests.unit import wish_evaluation
from tests.unit import wish_families_fresh as fresh
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
    """README, "Development wishes": with the bot's judge, recall@3 0.942 and a look-alike
    shown 0.159 on the test part. A change that loses some of either fails here."""
    index = SimilarityIndex()
    for wish in WISHES:
        index.add(wish.number, wish.text)
    queries = [(q.text, q.original, q.kind) for q in queries_in("test")]
    result = measure(index, queries, None)
    assert result["recall@3"] >= 0.94
    assert result["look-alike shown"] <= 0.16
    alone = measure(index, queries, DEFAULT_THRESHOLD)  # the control: the threshold alone
    assert alone["look-alike shown"] > 0.5


def test_the_fresh_set_is_labelled_new_and_its_figure_holds() -> None:
    """tests/unit/wish_families_fresh.py, written after the judge was fitted and never used
    for a choice: README, "Development wishes", recall@3 0.884 and a look-alike shown 0.153."""
    numbers = {wish.number for wish in fresh.WISHES}
    assert len(numbers) == len(fresh.WISHES) >= 110 and len(fresh.QUERIES) >= 220
    assert {query.kind for query in fresh.QUERIES} == set(KINDS)
    for query in fresh.QUERIES:
        assert (query.original is None) == (query.kind == "lookalike"), query
        assert query.original is None or query.original in numbers, query
    texts = [wish.text for wish in fresh.WISHES] + [query.text for query in fresh.QUERIES]
    assert len(texts) == len(set(texts))
    older = {w.text for w in WISHES + wish_evaluation.WISHES} | {q.text for q in QUERIES}
    assert not older & set(texts)
    index = SimilarityIndex()
    for wish in fresh.WISHES:
        index.add(wish.number, wish.text)
    result = measure(index, [(q.text, q.original, q.kind) for q in fresh.QUERIES], None)
    assert result["recall@3"] >= 0.88
    assert result["look-alike shown"] <= 0.16
