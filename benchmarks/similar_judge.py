"""Fit the judge of what a member is shown before saving a wish (handlers/similar_judge.py).

    .venv/bin/python benchmarks/similar_judge.py           # print the fit, change nothing
    .venv/bin/python benchmarks/similar_judge.py --write   # also store it

Two judges: with the meaning signs (handlers/meaning.py), and by words alone for where the
meaning model cannot run. Fitted on the development sets only (tests/unit/similar_fit.py says
which and how); the threshold is chosen by cross-validation over them. The sealed set of the
day is not read: its figure is printed by benchmarks/similar_recall.py.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from handlers.meaning_reference import write_reference
from handlers.similar_judge import SIGNS, STORED, WORD_SIGNS
from tests.unit.labelled_meanings import FILE, labelled_meanings
from tests.unit.similar_fit import (
    LOOKALIKES_GOAL,
    RECALL_GOAL,
    Example,
    chosen_threshold,
    cross_validated,
    development_examples,
    fit,
    margin,
    outcome,
    pooled,
)


def fitted(by_set: dict[str, list[Example]], signs: tuple[str, ...], write: bool) -> None:
    """Fit one judge (over `signs`), print how it does, and store it with `write`."""
    meant = signs == SIGNS
    print(f"\n== the judge {'with meanings' if meant else 'by words alone'} ==")
    validated = cross_validated(by_set, signs)
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
    judge = fit(chosen, threshold, signs)
    print("weights:")
    for name, weight in zip(signs, judge.weights, strict=True):
        print(f"  {name:<15} {weight:+.3f}")
    print("development sets, fitted on  recall@3 {:.3f}  look-alike shown {:.3f}".format(
        *outcome(judge, chosen)))  # fmt: skip
    if write:
        STORED[meant].write_text(judge.as_json(), "utf-8")
        print(f"stored in {STORED[meant]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--write", action="store_true", help="store both judges (and the vectors they read)"
    )
    args = parser.parse_args()
    if args.write:
        print(f"reference wishes' vectors stored in {write_reference()}")
    by_set = development_examples()
    if args.write:
        print(f"{labelled_meanings().write()} labelled texts' vectors stored in {FILE}")
    for signs in (SIGNS, WORD_SIGNS):
        fitted(by_set, signs, args.write)


if __name__ == "__main__":
    main()
