"""The labelled sets for similar wishes are what they say, and the figure on the sealed set,
which no choice was made on, is guarded."""

from __future__ import annotations

from types import ModuleType

from handlers.similarity import DEFAULT_THRESHOLD
from tests.unit import wish_evaluation, wish_families
from tests.unit import wish_families_fresh as fresh
from tests.unit import wish_families_sealed7 as sealed
from tests.unit.similar_fit import DEVELOPMENT_SETS
from tests.unit.similar_measure import index_of, measure
from tests.unit.wish_families import KINDS, MODULES, WISHES

# The figures on the sealed set (README, "Development wishes"): 325 of 360 duplicates found, 32
# of 110 look-alikes shown. Issue #22's goal is 0.95 and 0.25: both fall short on this set.
RECALL_FLOOR, SHOWN_CEILING = 0.902, 0.291


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


# The development sets in the order they were written, each new against all before it:
# wish_families_fresh.py after the first judge, then each round's sealed set.
WRITTEN = DEVELOPMENT_SETS[1:]  # tests/unit/similar_fit.py lists them


def _texts(labelled: ModuleType) -> set[str]:
    return {w.text for w in labelled.WISHES} | {q.text for q in labelled.QUERIES}


def test_the_development_sets_are_labelled_and_new() -> None:
    """tests/unit/wish_families.py, the first large set: nothing of the threshold's own set;
    each later set nothing of the sets before it."""
    _labelled_and_new(wish_families, 200, 400, {w.text for w in wish_evaluation.WISHES})
    assert {wish.module for wish in WISHES} == set(MODULES)
    older = _texts(wish_families) | {w.text for w in wish_evaluation.WISHES}
    for labelled in WRITTEN:
        small = labelled is fresh  # 112 wishes, 296 queries
        _labelled_and_new(labelled, 110 if small else 200, 220 if small else 400, older)
        assert small or {wish.module for wish in labelled.WISHES} == set(MODULES)
        older |= _texts(labelled)


def test_the_sealed_set_is_labelled_new_and_its_figure_holds() -> None:
    """tests/unit/wish_families_sealed7.py, written blind after every choice and used for none:
    README, "Development wishes". A change that loses some of either figure fails here; the
    threshold alone is the control."""
    older = {w.text for w in wish_evaluation.WISHES}.union(
        *(_texts(labelled) for labelled in (wish_families, *WRITTEN))
    )
    _labelled_and_new(sealed, 200, 400, older)
    assert {wish.module for wish in sealed.WISHES} == set(MODULES)
    result = _measured(sealed)
    assert result["recall@3"] >= RECALL_FLOOR
    assert result["look-alike shown"] <= SHOWN_CEILING
    alone = _measured(sealed, DEFAULT_THRESHOLD)
    assert alone["look-alike shown"] > SHOWN_CEILING
