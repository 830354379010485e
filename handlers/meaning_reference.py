"""The reference wishes the judge measures a meaning's nearness against.

e5's cosines crowd together (two unrelated wishes of the same trade are near 0.8), and some new
wishes are near everything: how far a match stands above what the new wish is near to in a
list of ordinary wishes says more than its cosine alone. The list is the 68 wishes of
tests/unit/wish_evaluation.py (handlers/data/meaning_reference.txt, one a line): a set no
judge is fitted or measured on. Their vectors are kept beside them, after a key of the model
and the texts, and made again when the key differs (`write_reference` stores them).
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

import numpy as np

from handlers.meaning import DIMENSIONS, MODEL, Vector, shared_meanings

_TEXTS = Path(__file__).parent / "data" / "meaning_reference.txt"
_VECTORS = _TEXTS.with_suffix(".bin")
_KEY_BYTES = 16


def _texts() -> list[str]:
    return [line for line in _TEXTS.read_text("utf-8").splitlines() if line.strip()]


def _key(texts: list[str]) -> bytes:
    joined = "\x00".join([MODEL, *texts])
    return hashlib.blake2b(joined.encode(), digest_size=_KEY_BYTES).digest()


def _made(texts: list[str]) -> Vector:
    return np.stack(shared_meanings().of_wishes(texts)).astype(np.float32)


@cache
def reference_meanings() -> Vector:
    """The reference wishes' vectors (one a row): as stored when made by this model of these
    texts, else made now (about two seconds)."""
    texts = _texts()
    stored = _VECTORS.read_bytes() if _VECTORS.exists() else b""
    if stored[:_KEY_BYTES] == _key(texts):
        flat = np.frombuffer(stored, dtype="<f2", offset=_KEY_BYTES)
        return flat.reshape(len(texts), DIMENSIONS).astype(np.float32)
    return _made(texts)


def write_reference() -> Path:
    """Store the reference wishes' vectors as this model makes them."""
    texts = _texts()
    _VECTORS.write_bytes(_key(texts) + _made(texts).astype("<f2").tobytes())
    reference_meanings.cache_clear()
    return _VECTORS
