"""Fit the judge of what a member is shown before saving a wish (handlers/similar_judge.py).

    .venv/bin/python benchmarks/similar_judge.py           # print the fit, change nothing
    .venv/bin/python benchmarks/similar_judge.py --write   # also store it

Fitted on the development sets only (tests/unit/similar_fit.py says which and how); the
threshold is chosen by cross-validation over them. The sealed set of the day is not read: its
figure is printed by benchmarks/similar_recall.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from handlers.similar_judge import _STORED, SIGNS
from tests.unit.similar_fit import (
    LOOKALIKES_GOAL,
    RECALL_GOAL,
    chosen_threshold,
    cross_validated,
    development_examples,
    fit,
    margin,
    outcome,
    pooled,
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"store the judge in {_STORED}")
    args = parser.parse_args()
    by_set = development_examples()
    validated = cross_validated(by_set)
    print("cross-validated recall@3 / look-alike shown: " + ", ".join([*by_set, "all"]))
    for threshold, sets in validated.items():
        if round(threshold * 100) % 5 == 0 or 0.25 <= threshold <= 0.45:
            figures = "   ".join(f"{r:.3f} / {s:.3f}" for r, s, *_ in sets.values())
            print(f"  threshold {threshold:.2f}   {figures}   margin {margin(*sets['all']):+.2f}")
    threshold = chosen_threshold(validated)
    recall, shown, *_ = validated[threshold]["all"]
    print(
        f"\nchosen threshold {threshold:.2f} (all sets together furthest clear of recall@3 "
        f"{RECALL_GOAL} and look-alikes {LOOKALIKES_GOAL}): cross-validated recall@3 "
        f"{recall:.3f}, look-alike shown {shown:.3f}"
    )
    chosen = pooled(by_set)
    judge = fit(chosen, threshold)
    print("weights:")
    for name, weight in zip(SIGNS, judge.weights, strict=True):
        print(f"  {name:<15} {weight:+.3f}")
    print("development sets, fitted on  recall@3 {:.3f}  look-alike shown {:.3f}".format(
        *outcome(judge, chosen)))  # fmt: skip
    if args.write:
        _STORED.write_text(judge.as_json(), "utf-8")
        print(f"stored in {_STORED}")


if __name__ == "__main__":
    main()
