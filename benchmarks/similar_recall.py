"""How well similar wishes are found (issue #22): what a member is shown before saving a wish.

    .venv/bin/python benchmarks/similar_recall.py

Two labelled sets: tests/unit/wish_evaluation.py (68 wishes, the set DEFAULT_THRESHOLD was
chosen on) and tests/unit/wish_families.py (226 stored wishes, 564 queries), split by wish
family into a tuning part and a test part (`part_of_wish`). Every stored wish of a set is in
the index; each query is searched as `/wish` searches before saving (its text, the top
MAX_SIMILAR, a threshold). Printed per set, part and threshold:
- recall@3: of the reworded duplicates, the share whose original is among those shown;
- look-alike shown: of the look-alikes (a query that duplicates nothing), the share for which
  some wish is shown at all (a wrong one, first);
- per kind of rewording, recall@3 with the bot's rule.
"The bot's rule" is `shown_before_saving` (handlers/similar_judge.py): each of the best matches
judged on a few signs by a logistic model fitted on the tuning part
(benchmarks/similar_judge.py); the thresholds alone are beside it. Choose on the tuning part;
report the test part.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from handlers.similarity import DEFAULT_THRESHOLD, SimilarityIndex
from handlers.wishes.submit import TITLE_ONLY_THRESHOLD
from tests.unit import wish_evaluation, wish_families, wish_families_fresh
from tests.unit.similar_measure import measure

THRESHOLDS = (None, DEFAULT_THRESHOLD, TITLE_ONLY_THRESHOLD, 0.0)


def report(name: str, index: SimilarityIndex, queries: list[tuple[str, int | None, str]]) -> None:
    duplicates = sum(1 for _, original, _ in queries if original is not None)
    print(f"\n{name}: {duplicates} duplicates, {len(queries) - duplicates} look-alikes")
    for threshold in THRESHOLDS:
        result = measure(index, queries, threshold)
        if threshold is None:
            shown = "the bot's rule"
        else:
            shown = f"threshold {threshold:.2f}" if threshold else "no threshold"
        print(
            f"  {shown:<15} recall@3 {result['recall@3']:.3f}   "
            f"look-alike shown {result['look-alike shown']:.3f}"
        )
        if threshold is None:
            kinds = {k.strip(): v for k, v in result.items() if k.strip() and k.startswith("  ")}
            if kinds:
                print("    by kind: " + ", ".join(f"{k} {v:.2f}" for k, v in kinds.items()))


def main() -> None:
    tuned_on = SimilarityIndex()
    for wish in wish_evaluation.WISHES:
        tuned_on.add(wish.number, wish.text)
    old = [
        (q.text, q.original, "") for q in wish_evaluation.DUPLICATES + wish_evaluation.NEAR_MISSES
    ]
    report("wish_evaluation.py (the threshold's own set)", tuned_on, old)
    index = SimilarityIndex()
    for wish in wish_families.WISHES:
        index.add(wish.number, wish.text)
    for part in ("tuning", "test"):
        queries = [(q.text, q.original, q.kind) for q in wish_families.queries_in(part)]
        report(f"wish_families.py, {part} part", index, queries)
    fresh = SimilarityIndex()
    for wish in wish_families_fresh.WISHES:
        fresh.add(wish.number, wish.text)
    queries = [(q.text, q.original, q.kind) for q in wish_families_fresh.QUERIES]
    report("wish_families_fresh.py (written later, blind to the other sets; no choice made on it)",
           fresh, queries)  # fmt: skip


if __name__ == "__main__":
    main()
