"""Fitting the judge of what a member is shown before saving a wish (handlers/similar_judge.py)
on labelled queries: used by benchmarks/similar_judge.py (which fits and stores it) and
tests/unit/test_similar_judge.py (which checks the stored judge is this fit).

The judge is fitted on the development sets: every query of tests/unit/wish_families.py (both
its old tuning and test parts) and of tests/unit/wish_families_fresh.py, each set searched in an
index of its own wishes. The sealed set (tests/unit/wish_families_sealed.py) is never read here.

Each of a query's best MAX_SIMILAR matches is an example: its signs (`signs_of_matches`), and
whether it is the wish the query rewords. A logistic model (standardised signs, L2 on the
weights, fitted by Newton's method: a few thousand examples, a unique minimum, no library
needed) is fitted. The threshold is chosen by five-fold cross-validation, folds by wish family:
the most duplicates found while look-alikes shown stay within LOOKALIKES_ALLOWED: the quarter
issue #22 allows on unseen data, less what an unseen set of about a hundred look-alikes may show
more by chance (two standard errors).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from types import ModuleType

from handlers.similar_judge import SIGNS, Judge, signs_of_matches
from handlers.similarity import SimilarityIndex
from handlers.wishes.similar import MAX_SIMILAR
from tests.unit import wish_families, wish_families_fresh
from tests.unit.wish_families import Query

FOLDS = 5
THRESHOLDS = tuple(n / 100 for n in range(5, 96))
LOOKALIKES_GOAL, UNSEEN_LOOKALIKES = 0.25, 100
LOOKALIKES_ALLOWED = LOOKALIKES_GOAL - 2 * math.sqrt(
    LOOKALIKES_GOAL * (1 - LOOKALIKES_GOAL) / UNSEEN_LOOKALIKES
)  # 0.163
L2 = 0.01
DEVELOPMENT_SETS: tuple[ModuleType, ...] = (wish_families, wish_families_fresh)

# (query, [(number, score)], [signs of each]) for one query
Example = tuple[Query, list[tuple[int, float]], list[dict[str, float]]]


def examples_of(wishes: Sequence[wish_families.Wish], queries: Sequence[Query]) -> list[Example]:
    """Each query searched (without a threshold) in an index of `wishes`, with its signs."""
    index = SimilarityIndex()
    for wish in wishes:
        index.add(wish.number, wish.text)
    found = []
    for query in queries:
        ranked = index.search(query.text, limit=MAX_SIMILAR, threshold=0.0)
        found.append((query, ranked, signs_of_matches(query.text, ranked, index)))
    return found


def development_examples() -> list[Example]:
    return [e for s in DEVELOPMENT_SETS for e in examples_of(s.WISHES, s.QUERIES)]


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def _solve(matrix: list[list[float]], vector: list[float]) -> list[float]:
    """x with matrix·x = vector (Gaussian elimination, partial pivoting; the matrix is small)."""
    n = len(vector)
    rows = [[*row, value] for row, value in zip(matrix, vector, strict=True)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(rows[r][col]))
        rows[col], rows[pivot] = rows[pivot], rows[col]
        for r in range(col + 1, n):
            factor = rows[r][col] / rows[col][col]
            rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col], strict=True)]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (rows[r][n] - sum(rows[r][c] * x[c] for c in range(r + 1, n))) / rows[r][r]
    return x


def _newton(xs: list[list[float]], ys: list[float]) -> list[float]:
    """Bias first, then weights: the minimum of the mean log loss + L2/2·|weights|²."""
    n, size = len(xs), len(xs[0]) + 1
    rows = [[1.0, *x] for x in xs]
    theta = [0.0] * size
    for _ in range(100):
        gradient = [L2 * t if j else 0.0 for j, t in enumerate(theta)]
        hessian = [[L2 if i == j and i else 0.0 for j in range(size)] for i in range(size)]
        for row, y in zip(rows, ys, strict=True):
            p = _sigmoid(sum(t * v for t, v in zip(theta, row, strict=True)))
            weight = p * (1.0 - p) / n
            for i, vi in enumerate(row):
                gradient[i] += (p - y) * vi / n
                line = hessian[i]
                for j in range(i, size):
                    line[j] += weight * vi * row[j]
        for i in range(size):
            for j in range(i):
                hessian[i][j] = hessian[j][i]
        step = _solve(hessian, gradient)
        theta = [t - s for t, s in zip(theta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-12:
            break
    return theta


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
    bias, *weights = _newton(xs, [y for _, y in rows])
    return Judge(tuple(weights), bias, tuple(means), tuple(scales), threshold)


def _tally(judge: Judge, chosen: Sequence[Example]) -> tuple[int, int, int, int]:
    """(duplicates found, duplicates, look-alikes shown, look-alikes) of the judge."""
    found = duplicates = shown = lookalikes = 0
    for query, ranked, signs in chosen:
        hits = [number for (number, _), its in zip(ranked, signs, strict=True) if judge.shows(its)]
        if query.original is None:
            lookalikes, shown = lookalikes + 1, shown + bool(hits)
        else:
            duplicates, found = duplicates + 1, found + (query.original in hits)
    return found, duplicates, shown, lookalikes


def outcome(judge: Judge, chosen: Sequence[Example]) -> tuple[float, float]:
    """(recall@3, look-alike shown) of the judge over examples."""
    found, duplicates, shown, lookalikes = _tally(judge, chosen)
    return found / duplicates, shown / lookalikes


def chosen_threshold(validated: dict[float, tuple[float, float]]) -> float:
    """The threshold that finds the most duplicates with look-alikes shown within the allowance
    (the higher threshold on a tie)."""
    allowed = [t for t, (_, shown) in validated.items() if shown <= LOOKALIKES_ALLOWED]
    return max(allowed or [max(validated)], key=lambda t: (validated[t][0], t))


def _family(query: Query, position: int) -> int:
    return query.original if query.original is not None else 100_000 + position


def cross_validated(chosen: Sequence[Example]) -> dict[float, tuple[float, float]]:
    """(recall@3, look-alike shown) at each threshold, every query judged by a judge fitted
    on the other folds."""
    folds: list[list[Example]] = [[] for _ in range(FOLDS)]
    for position, example in enumerate(chosen):
        folds[_family(example[0], position) * 7919 % FOLDS].append(example)
    held = {t: [0, 0, 0, 0] for t in THRESHOLDS}
    for n, fold in enumerate(folds):
        judge = fit([e for m, other in enumerate(folds) if m != n for e in other])
        for threshold in THRESHOLDS:
            at = Judge(judge.weights, judge.bias, judge.means, judge.scales, threshold)
            for k, count in enumerate(_tally(at, fold)):
                held[threshold][k] += count
    return {t: (found / dups, shown / looks) for t, (found, dups, shown, looks) in held.items()}
