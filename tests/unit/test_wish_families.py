"""The labelled sets for similar wishes are what they say, and the figure on the sealed set,
which no choice was made on, is guarded."""

from __future__ import annotations

from types import ModuleType

from handlers.similarity import DEFAULT_THRESHOLD
from tests.unit import wish_evaluation, wish_families
from tests.unit import wish_families_fresh as fresh
from tests.unit import wish_families_sealed as first_sealed
from tests.unit import wish_families_sealed2 as second_sealed
from tests.unit import wish_families_sealed3 as third_sealed
from tests.unit import wish_families_sealed4 as fourth_sealed
from tests.unit import wish_families_sealed5 as fifth_sealed
from tests.unit import wish_families_sealed6 as sealed
from tests.unit.similar_measure import index_of, measure
from tests.unit.wish_families import KINDS, MODULES, QUERIES, WISHES

# The figures on the sealed set (README, "Development wishes"): 304 of 360 duplicates found, 28
# of 110 look-alikes shown. Issue #22's goal is 0.95 and 0.25: both fall short on this set.
RECALL_FLOOR, SHOWN_CEILING = 0.844, 0.255


def _labelled_and_new(labelled: ModuleType, wishes: int, queries: int, before: set[str]) -> None:
    numbers = {wish.number for wish in labelled.WISHES}
    assert len(numbers) == len(labelled.WISHES) >= wishes and len(labelled.QUERIES) >= queries
    assert {query.kind for query in labelled.QUERIES} == set(KINDS)
    for query in labelled.QUERIES:
        assert (query.original is None) == (query.kind == "lookalike"), query
        assert query.original is None or query.original in numbers, query
    texts = [wish.text for wish in labelled.WISHES] + [query.text for query in labelled.QUERIES]
    assert len(texts) == len(set(texts))
    assert not before & set(texts)


def _measured(labelled: ModuleType, threshold: float | None = None) -> dict[str, float]:
    return measure(
        index_of(labelled.WISHES),
        [(q.text, q.original, q.kind) for q in labelled.QUERIES],
        threshold,
    )


def test_the_development_sets_are_labelled_and_new() -> None:
    """tests/unit/wish_families.py, the first large set: nothing of the threshold's own set."""
    _labelled_and_new(wish_families, 200, 400, {w.text for w in wish_evaluation.WISHES})
    assert {wish.module for wish in WISHES} == set(MODULES)

    # tests/unit/wish_families_fresh.py, written blind after the first judge
    older = {w.text for w in WISHES + wish_evaluation.WISHES} | {q.text for q in QUERIES}
    _labelled_and_new(fresh, 110, 220, older)
    # tests/unit/wish_families_sealed.py, the first round's sealed set
    older |= {w.text for w in fresh.WISHES} | {q.text for q in fresh.QUERIES}
    _labelled_and_new(first_sealed, 200, 400, older)
    assert {wish.module for wish in first_sealed.WISHES} == set(MODULES)
    # tests/unit/wish_families_sealed2.py, the second round's sealed set
    older |= {w.text for w in first_sealed.WISHES} | {q.text for q in first_sealed.QUERIES}
    _labelled_and_new(second_sealed, 200, 400, older)
    assert {wish.module for wish in second_sealed.WISHES} == set(MODULES)
    # tests/unit/wish_families_sealed3.py, the third round's sealed set
    older |= {w.text for w in second_sealed.WISHES} | {q.text for q in second_sealed.QUERIES}
    _labelled_and_new(third_sealed, 200, 400, older)
    assert {wish.module for wish in third_sealed.WISHES} == set(MODULES)
    # tests/unit/wish_families_sealed4.py, the fourth round's sealed set
    older |= {w.text for w in third_sealed.WISHES} | {q.text for q in third_sealed.QUERIES}
    _labelled_and_new(fourth_sealed, 200, 400, older)
    assert {wish.module for wish in fourth_sealed.WISHES} == set(MODULES)
    # tests/unit/wish_families_sealed5.py, the fifth round's sealed set
    older |= {w.text for w in fourth_sealed.WISHES} | {q.text for q in fourth_sealed.QUERIES}
    _labelled_and_new(fifth_sealed, 200, 400, older)
    assert {wish.module for wish in fifth_sealed.WISHES} == set(MODULES)


def test_the_sealed_set_is_labelled_new_and_its_figure_holds() -> None:
    """tests/unit/wish_families_sealed6.py, written blind after every choice and used for none:
    README, "Development wishes". A change that loses some of either figure fails here; the
    threshold alone is the control."""
    earlier = (
        wish_families,
        fresh,
        first_sealed,
        second_sealed,
        third_sealed,
        fourth_sealed,
        fifth_sealed,
    )
    older = {w.text for s in earlier for w in s.WISHES} | {w.text for w in wish_evaluation.WISHES}
    older |= {q.text for s in earlier for q in s.QUERIES}
    _labelled_and_new(sealed, 200, 400, older)
    assert {wish.module for wish in sealed.WISHES} == set(MODULES)
    result = _measured(sealed)
    assert result["recall@3"] >= RECALL_FLOOR
    assert result["look-alike shown"] <= SHOWN_CEILING
    alone = _measured(sealed, DEFAULT_THRESHOLD)
    assert alone["look-alike shown"] > SHOWN_CEILING
