"""Fitting the judge of what a member is shown before saving a wish (handlers/similar_judge.py)
on labelled queries: used by benchmarks/similar_judge.py (which fits and stores it) and
tests/unit/test_similar_judge.py (which checks the stored judge is this fit).

Each of a query's best MAX_SIMILAR matches is an example: its signs (`signs_of_matches`), and
whether it is the wish the query rewords. A logistic model (standardised signs, L2, gradient
descent: a few hundred examples, no library needed) is fitted; the threshold is chosen by
five-fold cross-validation, folds by wish family, for the most duplicates found while few
look-alikes are shown (`worth`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from handlers.similar_judge import SIGNS, Judge, signs_of_matches
from handlers.similarity import SimilarityIndex
from handlers.wishes.similar import MAX_SIMILAR
from tests.unit import wish_families

FOLDS = 5
THRESHOLDS = tuple(n / 100 for n in range(5, 96, 5))
L2, EPOCHS, STEP = 0.01, 1500, 0.5

# (query, [(number, score)], [signs of each]) for one query
Example = tuple[wish_families.Query, list[tuple[int, float]], list[dict[str, float]]]


def examples(index: SimilarityIndex, part: str) -> list[Example]:
    found = []
    for query in wish_families.queries_in(part):
        ranked = index.search(query.text, limit=MAX_SIMILAR, threshold=0.0)
        found.append((query, ranked, signs_of_matches(query.text, ranked, index)))
    return found


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z))


def fit(chosen: Sequence[Example], threshold: float = 0.5) -> Judge:
    rows = [
        ([its[name] for name in SIGNS], float(number == query.original))
        for query, ranked, found in chosen
        for (number, _), its in zip(ranked, found, strict=True)
    ]
    columns = list(zip(*(x for x, _ in rows), strict=True))
    means = [sum(c) / len(c) for c in columns]
    scales = [
        math.sqrt(sum((v - m) ** 2 for v in c) / len(c)) or 1.0
        for c, m in zip(columns, means, strict=True)
    ]
    xs = [[(v - m) / s for v, m, s in zip(x, means, scales, strict=True)] for x, _ in rows]
    ys = [y for _, y in rows]
    weights, bias, n = [0.0] * len(SIGNS), 0.0, len(rows)
    for _ in range(EPOCHS):
        grad, grad_bias = [0.0] * len(SIGNS), 0.0
        for x, y in zip(xs, ys, strict=True):
            error = _sigmoid(bias + sum(w * v for w, v in zip(weights, x, strict=True))) - y
            grad_bias += error
            for j, v in enumerate(x):
                grad[j] += error * v
        bias -= STEP * grad_bias / n
        weights = [w - STEP * (g / n + L2 * w) for w, g in zip(weights, grad, strict=True)]
    return Judge(tuple(weights), bias, tuple(means), tuple(scales), threshold)


def outcome(judge: Judge, chosen: Sequence[Example]) -> tuple[float, float]:
    """(recall@3, look-alike shown) of the judge over examples."""
    found = duplicates = shown = lookalikes = 0
    for query, ranked, signs in chosen:
        hits = [number for (number, _), its in zip(ranked, signs, strict=True) if judge.shows(its)]
        if query.original is None:
            lookalikes, shown = lookalikes + 1, shown + bool(hits)
        else:
            duplicates, found = duplicates + 1, found + (query.original in hits)
    return found / duplicates, shown / lookalikes


def worth(recall: float, lookalikes: float) -> float:
    """Duplicates found, less a little for every look-alike shown and much above a quarter."""
    return recall - 0.2 * lookalikes - 2.0 * max(0.0, lookalikes - 0.25)


def _family(query: wish_families.Query, position: int) -> int:
    return query.original if query.original is not None else 100_000 + position


def cross_validated(chosen: Sequence[Example]) -> dict[float, tuple[float, float]]:
    """(recall@3, look-alike shown) at each threshold, every query judged by a judge fitted
    on the other folds."""
    folds: list[list[Example]] = [[] for _ in range(FOLDS)]
    for position, example in enumerate(chosen):
        folds[_family(example[0], position) * 7919 % FOLDS].append(example)
    held: dict[float, list[tuple[float, float, int]]] = {t: [] for t in THRESHOLDS}
    for n, fold in enumerate(folds):
        judge = fit([e for m, other in enumerate(folds) if m != n for e in other])
        for threshold in THRESHOLDS:
            at = Judge(judge.weights, judge.bias, judge.means, judge.scales, threshold)
            recall, shown = outcome(at, fold)
            held[threshold].append((recall, shown, len(fold)))
    return {
        t: (
            sum(r * k for r, _, k in parts) / sum(k for *_, k in parts),
            sum(s * k for _, s, k in parts) / sum(k for *_, k in parts),
        )
        for t, parts in held.items()
    }
