"""English words of the vocabularies that are also Swedish words, and so would be translated
where a Swedish wish uses them (the way `order` once made every Swedish "ord" an order).

    pip install wordfreq   # not a dependency of Bryggan: only this check reads it
    python tools/english_collisions.py   # list the candidates, to be read by a person

Words are compared as the bot compares them, by Swedish stem (handlers/normalise.py). A
one-word English key collides when a common Swedish word (wordfreq, Zipf >= SWEDISH_COMMON)
has its stem; the key itself counts as Swedish only if it is about as common in Swedish text
as in English (Swedish text quotes English words, a little less often). Phrases are left: they
match only as a whole. Most candidates are harmless (*signature* and *signatur* mean the same);
the ones of another meaning (*end* would read *enda*, *store* *stora*) are taken out by hand.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wordfreq import top_n_list, zipf_frequency  # type: ignore[import-not-found]

from handlers.normalise import _stem, _words

DATA = Path(__file__).resolve().parents[1] / "handlers" / "data"
FILES = ("english_common.txt", "english_general.txt", "english_terms.txt")
SWEDISH_COMMON = 3.0  # Zipf: about once in a million words
QUOTED = 0.5  # how much less often Swedish text uses an English word than English text does


def swedish_stems(size: int = 150_000) -> dict[str, list[tuple[str, float]]]:
    """Stem → the common Swedish words with it, and how common each is."""
    stems: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for word in top_n_list("sv", size):
        swedish = zipf_frequency(word, "sv")
        if swedish >= SWEDISH_COMMON and swedish > zipf_frequency(word, "en"):
            stems[_stem(word)].append((word, swedish))
    return stems


def collides(key: str, stems: dict[str, list[tuple[str, float]]]) -> list[str]:
    """The Swedish words a one-word key would stand for."""
    words = _words(key)
    if len(words) != 1:
        return []
    (word,) = words
    found = [w for w, _ in stems.get(_stem(word), []) if w != word]
    swedish, english = zipf_frequency(word, "sv"), zipf_frequency(word, "en")
    if swedish >= SWEDISH_COMMON and swedish > english - QUOTED:
        found.insert(0, word)
    return found


def main() -> None:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args()
    stems = swedish_stems()
    for name in FILES:
        path = DATA / name
        if not path.exists():
            continue
        found = 0
        for line in path.read_text("utf-8").splitlines():
            key, sep, _ = line.partition("=")
            if sep and not line.startswith("#") and (hits := collides(key.strip(), stems)):
                found += 1
                print(f"{name}: {line}   (Swedish: {', '.join(hits[:4])})")
        print(f"{name}: {found} candidates")


if __name__ == "__main__":
    main()
