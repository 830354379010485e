"""The meanings of the labelled sets' texts, kept in tests/unit/data/labelled_meanings.bin so
that fitting and measuring the judge does not make 6,000 vectors (two minutes here) each run.

A cache, not a source: a vector is found by a key of the model, its side (new wish or stored
one) and its text, so a text not found, or made by another model, is made now by the model
itself (`shared_meanings`). `benchmarks/similar_judge.py --write` stores what was made anew.
Vectors are kept as 8-bit integers with a scale (cosines change by less than 0.01;
tests/unit/test_meaning.py checks a sample against the model).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import numpy as np

from handlers.meaning import DIMENSIONS, MODEL, Vector, shared_meanings

FILE = Path(__file__).parent / "data" / "labelled_meanings.bin"
_KEY = 8
_RECORD = np.dtype([("key", "S8"), ("scale", "<f4"), ("vector", "i1", (DIMENSIONS,))])


def _key(query: bool, text: str) -> bytes:
    side = "query" if query else "passage"
    return hashlib.blake2b(f"{MODEL}\x00{side}\x00{text}".encode(), digest_size=_KEY).digest()


class LabelledMeanings:
    """`Meanings`' two asks, answered from the file where it can."""

    def __init__(self) -> None:
        records = np.fromfile(FILE, dtype=_RECORD) if FILE.exists() else np.zeros(0, _RECORD)
        self._kept: dict[bytes, Vector] = {
            bytes(r["key"]): (r["vector"].astype(np.float32) * r["scale"]) for r in records
        }
        self.made: dict[bytes, Vector] = {}  # made now: not in the file

    def of_query(self, text: str) -> Vector:
        return self._vectors([text], query=True)[0]

    def of_wishes(self, texts: Sequence[str]) -> list[Vector]:
        return self._vectors(texts, query=False)

    def _vectors(self, texts: Sequence[str], *, query: bool) -> list[Vector]:
        keys = [_key(query, text) for text in texts]
        missing = [t for t, k in zip(texts, keys, strict=True) if k not in self._kept]
        if missing:
            model = shared_meanings()
            vectors = [model.of_query(t) for t in missing] if query else model.of_wishes(missing)
            for text, vector in zip(missing, vectors, strict=True):
                self._kept[_key(query, text)] = self.made[_key(query, text)] = vector
        return [self._kept[k] for k in keys]

    def write(self) -> int:
        """Store every vector kept (read or made); returns how many."""
        records = np.zeros(len(self._kept), _RECORD)
        for n, (key, vector) in enumerate(sorted(self._kept.items())):
            scale = float(np.abs(vector).max()) / 127 or 1.0
            records[n] = (key, scale, np.round(vector / scale).astype(np.int8))
        records.tofile(FILE)
        return len(records)


@cache
def labelled_meanings() -> LabelledMeanings:
    return LabelledMeanings()
