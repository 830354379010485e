"""What a member is shown before saving a wish, measured over labelled queries: used by
benchmarks/similar_recall.py (which prints it) and tests/unit/test_wish_families.py (which
guards it)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Protocol

from handlers.similar_judge import Judge, shown_before_saving
from handlers.similarity import SimilarityIndex
from handlers.wishes.similar import MAX_SIMILAR


class _Stored(Protocol):
    number: int
    text: str


def index_of(wishes: Iterable[_Stored]) -> SimilarityIndex:
    """A labelled set's stored wishes, indexed as the bot indexes a wish list."""
    index = SimilarityIndex()
    for wish in wishes:
        index.add(wish.number, wish.text)
    return index


def measure(
    index: SimilarityIndex,
    queries: list[tuple[str, int | None, str]],
    threshold: float | None,
    judge: Judge | None = None,
) -> dict[str, float]:
    """`threshold` None: the bot's own judgement (`shown_before_saving`, by `judge` or the
    stored one); a number: that threshold alone."""
    found, duplicates, shown, lookalikes = 0, 0, 0, 0
    by_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for text, original, kind in queries:
        if threshold is None:
            ranked = index.search(text, limit=MAX_SIMILAR, threshold=0.0)
            hits = [n for n, _ in shown_before_saving(text, ranked, index, judge)]
        else:
            hits = [n for n, _ in index.search(text, limit=MAX_SIMILAR, threshold=threshold)]
        if original is None:
            lookalikes += 1
            shown += bool(hits)
        else:
            duplicates += 1
            found += original in hits
            by_kind[kind][0] += original in hits
            by_kind[kind][1] += 1
    result = {
        "recall@3": found / duplicates if duplicates else 0.0,
        "look-alike shown": shown / lookalikes if lookalikes else 0.0,
    }
    result.update({f"  {kind}": a / b for kind, (a, b) in sorted(by_kind.items())})
    return result
