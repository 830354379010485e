"""How well similar wishes are found (issue #22): what a member is shown before saving a wish.

    .venv/bin/python benchmarks/similar_recall.py

Three kinds of labelled sets, each searched in an index of its own wishes:
- tests/unit/wish_evaluation.py: 68 wishes, the set DEFAULT_THRESHOLD was chosen on;
- the development sets, on which the judge is fitted and its threshold chosen
  (tests/unit/similar_fit.py): tests/unit/wish_families.py, wish_families_fresh.py and
  wish_families_sealed.py to wish_families_sealed6.py (the first six rounds' sealed sets,
  each read once for its round's figure);
- the sealed set, tests/unit/wish_families_sealed7.py: written blind after every choice was
  made, and used for none. Its figure is the one the README reports.
Each query is searched as `/wish` searches before saving (its text, the top MAX_SIMILAR, the
bot's judge or a threshold alone). Printed per set and rule:
- recall@3: of the reworded duplicates, the share whose original is among those shown;
- look-alike shown: of the look-alikes (a query that duplicates nothing), the share for which
  some wish is shown at all (a wrong one, first);
- per kind of rewording, recall@3 with the bot's rule.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from handlers.similarity import DEFAULT_THRESHOLD, SimilarityIndex
from handlers.wishes.submit import TITLE_ONLY_THRESHOLD
from tests.unit import wish_evaluation, wish_families_sealed7
from tests.unit.similar_fit import DEVELOPMENT_SETS
from tests.unit.similar_measure import index_of, measure

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")

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


def report_set(name: str, labelled: ModuleType) -> None:
    report(
        name, index_of(labelled.WISHES), [(q.text, q.original, q.kind) for q in labelled.QUERIES]
    )


def main() -> None:
    tuned_on = index_of(wish_evaluation.WISHES)
    old = [
        (q.text, q.original, "") for q in wish_evaluation.DUPLICATES + wish_evaluation.NEAR_MISSES
    ]
    report("wish_evaluation.py (the threshold's own set)", tuned_on, old)
    for labelled in DEVELOPMENT_SETS:
        name = labelled.__name__.rsplit(".", 1)[-1]
        rounds = name.removeprefix("wish_families_sealed")
        if rounds == name:  # not a round's sealed set
            role = "development: the judge is fitted on it"
        else:
            role = f"development since the {ORDINALS[int(rounds or 1) - 1]} round's figure"
        report_set(f"{name}.py ({role})", labelled)
    report_set("wish_families_sealed7.py (sealed: written blind, no choice made on it)",
               wish_families_sealed7)  # fmt: skip


if __name__ == "__main__":
    main()
