"""Which of the wishes most like a new one a member is shown before saving: a learned judgement.

A score alone cannot tell a reworded duplicate from a look-alike (another need in the same
neighbourhood, sharing the module's words). Each of the best matches is therefore judged on a
few signs: its score and how far it stands above the others; how much of what the new wish
says, weighted by how rare each word is, the match holds (exactly, or nearly: a typo, a part of
a compound); the rarest word the match lacks; how many of the new wish's words no wish holds
(English left untranslated, a word of its own: what the match cannot be expected to hold);
how well its title alone meets the match; and how much of the new wish the match holds only
through a word members use for the same thing (handlers/synonyms.py). A logistic model weighs
the signs; a match is shown when its probability of being the same need reaches the judge's
threshold.

The weights, and the threshold, were fitted on the development sets only
(`.venv/bin/python benchmarks/similar_judge.py --write` fits them, as tests/unit/similar_fit.py
says, and writes handlers/data/similar_judge.json), and are reported on a sealed set no choice
was made on (`benchmarks/similar_recall.py`). Nothing is learned at run time.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Protocol

from handlers.similarity import _compare, _Features, _grams
from handlers.synonyms import Synonyms, stored_synonyms

SIGNS = (
    "score",  # the match's score
    "lead",  # its score less the best other's
    "covered",  # of the new wish's words, weighted by rarity, the share the match holds
    "covered_nearly",  # the same, a word counting as far as it nearly matches one
    "rarest_lacking",  # the rarity of the rarest of its words the match does not nearly hold
    "lacking",  # of its words, weighted by rarity, the share the match does not nearly hold
    "unheard",  # the share of its words that no listed wish holds
    "unheard_words",  # log(1 + how many of its words no listed wish holds)
    "length",  # log(1 + its distinct words)
    "title",  # the score of its title alone against the match
    "synonym",  # of its words, weighted by rarity, the share the match holds only by a synonym
)

_STORED = Path(__file__).parent / "data" / "similar_judge.json"
_NEARLY = 0.5  # below this a word is not nearly held
_PART = 0.8  # how nearly a word is held by a compound of it (or the other way round)
_SHORTEST_PART = 4  # letters, for a word to count as part of a compound
_FARTHEST = 5.0  # standard deviations a sign is taken as far as


class Neighbourhood(Protocol):
    """What the judge reads of the listed wishes: how many there are, in how many a word is,
    and a wish's normalised words."""

    def __len__(self) -> int: ...

    def frequency(self, word: str) -> int: ...

    def words(self, number: int) -> Collection[str]: ...


class Searched(Neighbourhood, Protocol):
    """A neighbourhood that also normalises a text as its wishes were."""

    def words_of(self, text: str) -> list[str]: ...


def title_of(text: str) -> str:
    """A wish's title: its first line when it has several, else its first sentence."""
    lines = [line for line in text.strip().splitlines() if line.strip()]
    if len(lines) > 1:
        return lines[0]
    return re.split(r"(?<=[.!?])\s", text.strip(), maxsplit=1)[0]


@lru_cache(maxsize=1 << 15)  # words recur from wish to wish; about 10 MB at most
def _trigrams(word: str) -> frozenset[str]:
    padded = f" {word} "
    return frozenset(padded[i : i + 3] for i in range(len(padded) - 2))


def nearly(word: str, others: Collection[str]) -> float:
    """How nearly some word of `others` is `word`: 1 the same, _PART a compound holding it (or
    held by it), else the share of trigrams they have in common (Dice)."""
    if word in others:
        return 1.0
    grams, best = _trigrams(word), 0.0
    for other in others:
        if len(word) >= _SHORTEST_PART <= len(other) and (word in other or other in word):
            best = max(best, _PART)
        theirs = _trigrams(other)
        best = max(best, 2 * len(grams & theirs) / (len(grams) + len(theirs)))
    return best


def signs(
    query: Sequence[str],
    title_score: float,
    match: Collection[str],
    score: float,
    lead: float,
    around: Neighbourhood,
    synonyms: Synonyms | None = None,
) -> dict[str, float]:
    """The signs of one match (its normalised words `match`) for a new wish of words `query`."""
    synonyms = stored_synonyms() if synonyms is None else synonyms
    words = list(dict.fromkeys(query))
    said = frozenset(words)
    most = math.log((len(around) + 1) / 0.5)
    rarity = [math.log((len(around) + 1) / (around.frequency(w) + 0.5)) / most for w in words]
    total = sum(rarity) or 1.0
    near = [nearly(word, match) for word in words]
    lacking = [weight for weight, how in zip(rarity, near, strict=True) if how < _NEARLY]
    unheard = sum(1 for w in words if not around.frequency(w))
    return {
        "score": score,
        "lead": lead,
        "covered": sum(r for w, r in zip(words, rarity, strict=True) if w in match) / total,
        "covered_nearly": sum(r * how for r, how in zip(rarity, near, strict=True)) / total,
        "rarest_lacking": max(lacking, default=0.0),
        "lacking": sum(lacking) / total,
        "unheard": unheard / (len(words) or 1),
        "unheard_words": math.log1p(unheard),
        "length": math.log1p(len(words)),
        "title": title_score,
        "synonym": sum(
            r
            for w, r, how in zip(words, rarity, near, strict=True)
            if how < _NEARLY and synonyms.held_through(w, said, match)
        )
        / total,
    }


def standardised(value: float, mean: float, scale: float) -> float:
    """A sign in standard deviations from the development sets' mean, at most _FARTHEST: a
    sign far outside what the judge was fitted on (a lone match's lead, say) must not decide
    alone."""
    return max(-_FARTHEST, min(_FARTHEST, (value - mean) / scale))


@dataclass(frozen=True)
class Judge:
    """A logistic model over SIGNS: signs standardised by `means` and `scales`, weighed."""

    weights: tuple[float, ...]
    bias: float
    means: tuple[float, ...]
    scales: tuple[float, ...]
    threshold: float  # a match this probable is shown

    def probability(self, found: dict[str, float]) -> float:
        """How probable it is that the match asks for the same as the new wish."""
        z = self.bias + sum(
            weight * standardised(found[name], mean, scale)
            for name, weight, mean, scale in zip(
                SIGNS, self.weights, self.means, self.scales, strict=True
            )
        )
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def shows(self, found: dict[str, float]) -> bool:
        return self.probability(found) >= self.threshold

    def as_json(self) -> str:
        fields = {
            "signs": list(SIGNS),
            "weights": list(self.weights),
            "bias": self.bias,
            "means": list(self.means),
            "scales": list(self.scales),
            "threshold": self.threshold,
        }
        return json.dumps(fields, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> Judge:
        fields = json.loads(text)
        if fields["signs"] != list(SIGNS):
            raise ValueError("the stored judge weighs other signs than SIGNS")
        return cls(
            tuple(fields["weights"]),
            fields["bias"],
            tuple(fields["means"]),
            tuple(fields["scales"]),
            fields["threshold"],
        )


@cache
def stored_judge() -> Judge:
    """The judge fitted and stored in the repository (handlers/data/similar_judge.json)."""
    return Judge.from_json(_STORED.read_text("utf-8"))


def signs_of_matches(
    text: str, ranked: Sequence[tuple[int, float]], around: Searched
) -> list[dict[str, float]]:
    """The signs of each of the best matches (number, score) for a new wish's text."""
    query = around.words_of(text)
    title = frozenset(around.words_of(title_of(text)))
    titled = _Features(title, _grams(title))
    found = []
    for at, (number, score) in enumerate(ranked):
        best_other = max((value for n, (_, value) in enumerate(ranked) if n != at), default=0.0)
        match = frozenset(around.words(number))
        title_score = _compare(titled, _Features(match, _grams(match)))
        found.append(signs(query, title_score, match, score, score - best_other, around))
    return found


def shown_before_saving(
    text: str, ranked: Sequence[tuple[int, float]], around: Searched, judge: Judge | None = None
) -> list[tuple[int, float]]:
    """Of the best matches (number, score) for a new wish's text, best first and searched
    without a threshold, those the judge shows a member before saving, in the same order."""
    judge = judge or stored_judge()
    found = signs_of_matches(text, ranked, around)
    return [hit for hit, its in zip(ranked, found, strict=True) if judge.shows(its)]
