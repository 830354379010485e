"""Fit the judge of what a member is shown before saving a wish (handlers/similar_judge.py).

    .venv/bin/python benchmarks/similar_judge.py           # print the fit, change nothing
    .venv/bin/python benchmarks/similar_judge.py --write   # also store it

Only the tuning part of tests/unit/wish_families.py is read for the fit (tests/unit/similar_fit.py
says how); the threshold is chosen by cross-validation over it. The test part is printed last
and never used for a choice.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from handlers.similar_judge import _STORED, SIGNS
from handlers.similarity import SimilarityIndex
from tests.unit import wish_families
from tests.unit.similar_fit import cross_validated, examples, fit, outcome, worth
from tests.unit.similar_measure import measure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help=f"store the judge in {_STORED}")
    args = parser.parse_args()
    index = SimilarityIndex()
    for wish in wish_families.WISHES:
        index.add(wish.number, wish.text)
    tuning = examples(index, "tuning")
    validated = cross_validated(tuning)
    for threshold, (recall, shown) in validated.items():
        print(
            f"cross-validated  threshold {threshold:.2f}  recall@3 {recall:.3f}  "
            f"look-alike shown {shown:.3f}"
        )
    threshold = max(validated, key=lambda t: worth(*validated[t]))
    judge = fit(tuning, threshold)
    print(f"\nchosen threshold {threshold:.2f}; weights:")
    for name, weight in zip(SIGNS, judge.weights, strict=True):
        print(f"  {name:<15} {weight:+.3f}")
    print("tuning part  recall@3 {:.3f}  look-alike shown {:.3f}".format(*outcome(judge, tuning)))
    queries = [(q.text, q.original, q.kind) for q in wish_families.queries_in("test")]
    result = measure(index, queries, None, judge)
    print(
        f"test part    recall@3 {result['recall@3']:.3f}  "
        f"look-alike shown {result['look-alike shown']:.3f}"
    )
    if args.write:
        _STORED.write_text(judge.as_json(), "utf-8")
        print(f"stored in {_STORED}")


if __name__ == "__main__":
    main()
