"""Offline, Swedish-first similarity of development wishes, to suggest possible duplicates.

A text is normalised (lower case, punctuation out, å/ä/ö kept, the association's glossary and a
few English terms expanded, filler words dropped, Swedish Snowball stemming) and then compared
two ways: character trigrams of each word, which find Swedish compounds ("bygglovsansökan" and
"ansökan om bygglov" share most of theirs), and whole stemmed words. The score is a weighted mean
of the two cosine similarities (shared / sqrt(size a × size b)), from 0 (nothing shared) to 1 (the
same words); cosine rather than Dice, so that a short title is not punished for being short.

`SimilarityIndex` keeps an inverted index from trigrams and words to wish numbers. A search counts
the shared keys, rarest first and within a budget, takes the wishes with the most of them as
candidates and scores those exactly, so its scores are those of `score()`. Pure Python, no I/O, no
database: the same results whichever database the wishes are stored in, and on every run.
"""

from __future__ import annotations

import heapq
import math
import re
import sys
import threading
import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable, Mapping
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

import snowballstemmer  # type: ignore[import-untyped]

# The association's abbreviations and spellings, mapped to one written-out form. Keys and values
# are normalised like any text, so "BAB-ärende" becomes "bostadsanpassningsbidrag ärende".
DEFAULT_GLOSSARY: dict[str, str] = {
    "bab": "bostadsanpassningsbidrag",
    "ba": "bostadsanpassning",
    "mejl": "e-post",
    "mail": "e-post",
    "email": "e-post",
    "e-mail": "e-post",
    "epost": "e-post",
    "etjänst": "e-tjänst",
    "km": "kart och mät",
    "kartmät": "kart och mät",
    "fbet": "fastighetsbeteckning",
    "fastbet": "fastighetsbeteckning",
    "pbl": "plan- och bygglagen",
    "pbf": "plan- och byggförordningen",
    "ovk": "obligatorisk ventilationskontroll",
    "ka": "kontrollansvarig",
    "nbk": "nybyggnadskarta",
    "dp": "detaljplan",
    "lm": "lantmäteriet",
    "dnr": "diarienummer",
}

# Chosen on the evaluation set in tests/unit/wish_evaluation.py (68 wishes; 53 duplicate and 20
# near-miss queries, each a title and a sentence; top-3 suggestions), recall / precision:
#   0.30: 0.981 / 0.584   0.35: 0.962 / 0.836   0.40: 0.943 / 0.962   0.45: 0.943 / 0.980
#   0.50: 0.887 / 1.000
# 0.40 keeps all but 3 of 53 true duplicates while nearly every suggestion shown is right.
# `pytest tests/unit/test_similarity.py -k evaluation -s` prints these figures.
DEFAULT_THRESHOLD: float = 0.40

# English words of the trade, so that a wish written in English can meet its Swedish original.
# Built in rather than part of the glossary: a board that replaces the glossary keeps these.
# Matched on stems like the glossary, so "permits" and "cases" find "permit" and "case".
_ENGLISH_TEXT = """
building permit=bygglov; planning permission=bygglov; permit=lov; start notice=startbesked;
final notice=slutbesked; housing adaptation grant=bostadsanpassningsbidrag;
housing adaptation=bostadsanpassning; grant=bidrag; application=ansökan; applicant=sökande;
case=ärende; case officer=handläggare; caseworker=handläggare; decision=beslut;
reminder=påminnelse; deadline=tidsfrist; fee=avgift; invoice=faktura; invoicing=fakturering;
pay=betala; payment=utbetalning; contractor=entreprenör; power of attorney=fullmakt;
quote=offert; map=karta; property=fastighet; property designation=fastighetsbeteckning;
detailed plan=detaljplan; surveying=mätning; measurement=mätning; neighbour=granne;
neighbor=granne; inspection=inspektion; inspector=inspektör; supervision=tillsyn;
complaint=klagomål; noise=buller; private sewage=enskilt avlopp; sewage=avlopp; food=livsmedel;
control=kontroll; report=rapport; statistics=statistik; template=mall; document=handling;
missing=saknas; completion=komplettering; search=sök; suggestion=förslag;
autocomplete=autokomplettering; list=lista; archive=arkiv; registry=diarium; role=roll;
permission=behörighet; access=behörighet; signature=signering; sign=signera; mobile=mobil;
offline=utan uppkoppling; address=adress; owner=ägare; send=skicka; show=visa; directly=direkt;
recipient=mottagare; digital mailbox=digital brevlåda; e-service=e-tjänst; text message=sms;
notification=avisering; accessibility=tillgänglighet; screen reader=skärmläsare; home=bostad
"""

# Words that say nothing about which wish it is: Swedish and English function words and the
# phrasing every wish shares ("vi vill kunna …", "it should be possible to …").
_STOPWORDS_TEXT = """
och att i på för med av till om som det den de dem en ett är var vara blir bli vi man kan
kunna ska skall bör vill få fått ha har hade inte så från när där eller men även också alla
allt sin sina sitt deras hur vad vilken vilka vid per samt via mm osv t ex bara nu då denna
detta dessa mer mycket önskar önskemål önskan gärna behöver möjlighet möjligt skulle samma
the a an and or to of in on for with by from be is are was should could would can it its that
this we i as at when so want like please able not our us into would possible need needs all
which such while also there their they them has have had will shall must may than then where who
what how about only each every other make made måste gå går göra finns s
"""
_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

_WORD = re.compile(r"[^\W_]+")
_STEMMER_LOCK = threading.Lock()
_STEMMER = snowballstemmer.stemmer("swedish")

# Weight of the trigram part; the rest is the word part.
_GRAM_WEIGHT = 0.6
# How many postings a search may count, and how many candidates it scores exactly.
_POSTINGS_BUDGET = 120_000
_MAX_CANDIDATES = 2_000


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    with _STEMMER_LOCK:
        return str(_STEMMER.stemWord(word))


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFC", text).lower())


def _pairs(text: str) -> dict[str, str]:
    pairs = (item.partition("=") for item in text.split(";"))
    return {key.strip(): value.strip() for key, _, value in pairs}


_ENGLISH = _pairs(_ENGLISH_TEXT)


class _Phrases:
    """A glossary compiled for matching: stem tuples to replacement stems, longest match first."""

    def __init__(self, glossary: Mapping[str, str]) -> None:
        self.table: dict[tuple[str, ...], tuple[str, ...]] = {}
        for source in (_ENGLISH, glossary):
            for key, value in source.items():
                if stems := tuple(_stem(word) for word in _words(key)):
                    self.table[stems] = tuple(_content_stems(_words(value)))
        self.longest = max((len(key) for key in self.table), default=0)

    def normal_words(self, text: str) -> list[str]:
        words = _words(text)
        stems = [_stem(word) for word in words]
        out: list[str] = []
        i = 0
        while i < len(stems):
            for n in range(min(self.longest, len(stems) - i), 0, -1):
                found = self.table.get(tuple(stems[i : i + n]))
                if found is not None:
                    out.extend(found)
                    i += n
                    break
            else:
                if words[i] not in _STOPWORDS:
                    out.append(stems[i])
                i += 1
        return out


def _content_stems(words: Iterable[str]) -> list[str]:
    return [_stem(word) for word in words if word not in _STOPWORDS]


@lru_cache(maxsize=16)
def _compiled(items: tuple[tuple[str, str], ...]) -> _Phrases:
    return _Phrases(dict(items))


def _phrases(glossary: Mapping[str, str]) -> _Phrases:
    """The glossary compiled, cached by its content (so a changed glossary is seen at once)."""
    return _compiled(tuple(sorted(glossary.items())))


def normalise(text: str, glossary: Mapping[str, str] = DEFAULT_GLOSSARY) -> str:
    """The text as it is compared: stemmed words, glossary expanded, separated by one space."""
    return " ".join(_phrases(glossary).normal_words(text))


class _Features(NamedTuple):
    words: frozenset[str]
    grams: frozenset[str]


class _Entry(NamedTuple):
    """An indexed wish's features, as tuples: a third of the memory of sets."""

    words: tuple[str, ...]
    grams: tuple[str, ...]


def _grams(words: Iterable[str]) -> frozenset[str]:
    grams: set[str] = set()
    for word in words:
        padded = f" {word} "
        grams.update(sys.intern(padded[i : i + 3]) for i in range(len(padded) - 2))
    return frozenset(grams)


def _features(text: str, phrases: _Phrases) -> _Features:
    words = frozenset(sys.intern(word) for word in phrases.normal_words(text))
    return _Features(words, _grams(words))


def _cosine(shared: int, size_a: int, size_b: int) -> float:
    return shared / math.sqrt(size_a * size_b) if size_a and size_b else 0.0


def _keys(features: _Features | _Entry) -> list[str]:
    """What the index posts a wish under: its trigrams and (marked apart) its words."""
    return [*features.grams, *("\x01" + word for word in features.words)]


def _combine(grams: float, words: float) -> float:
    return _GRAM_WEIGHT * grams + (1.0 - _GRAM_WEIGHT) * words


def _compare(a: _Features, b: _Features | _Entry) -> float:
    return _combine(
        _cosine(len(a.grams.intersection(b.grams)), len(a.grams), len(b.grams)),
        _cosine(len(a.words.intersection(b.words)), len(a.words), len(b.words)),
    )


def score(a: str, b: str, glossary: Mapping[str, str] = DEFAULT_GLOSSARY) -> float:
    """How alike two wishes read, from 0 to 1; symmetric, and 1 for the same words."""
    phrases = _phrases(glossary)
    return _compare(_features(a, phrases), _features(b, phrases))


class SimilarityIndex:
    """Wish texts by number, searchable for the most similar ones (not thread-safe)."""

    def __init__(self, glossary: Mapping[str, str] = DEFAULT_GLOSSARY) -> None:
        # Read once: texts already indexed were normalised with it. A new glossary, a new index.
        self._phrases = _phrases(glossary)
        self._entries: dict[int, _Entry] = {}
        self._postings: dict[str, list[int]] = {}

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, number: object) -> bool:
        return number in self._entries

    def add(self, number: int, text: str) -> None:
        """Index a wish's text, replacing what was indexed under that number before."""
        self.remove(number)
        features = _features(text, self._phrases)
        entry = _Entry(tuple(sorted(features.words)), tuple(sorted(features.grams)))
        self._entries[number] = entry
        for key in _keys(entry):
            self._postings.setdefault(key, []).append(number)

    def remove(self, number: int) -> None:
        """Forget a wish; nothing happens if it is not indexed."""
        entry = self._entries.pop(number, None)
        if entry is None:
            return
        for key in _keys(entry):
            posting = self._postings[key]
            posting.remove(number)
            if not posting:
                del self._postings[key]

    def search(
        self,
        text: str,
        *,
        limit: int = 3,
        threshold: float | None = None,
        exclude: Collection[int] = (),
    ) -> list[tuple[int, float]]:
        """The `limit` most similar wishes as (number, score), best first, ties by number."""
        minimum = DEFAULT_THRESHOLD if threshold is None else threshold
        query = _features(text, self._phrases)
        if limit <= 0 or not query.grams:
            return []
        excluded = frozenset(exclude)
        scored = (
            (number, _compare(query, self._entries[number]))
            for number in self._candidates(_keys(query))
            if number not in excluded
        )
        return heapq.nsmallest(
            limit,
            ((number, value) for number, value in scored if value >= minimum),
            key=lambda hit: (-hit[1], hit[0]),
        )

    def _candidates(self, keys: list[str]) -> list[int]:
        """Wishes sharing the most of the query's rarer keys, at most _MAX_CANDIDATES."""
        present = [key for key in keys if key in self._postings]
        present.sort(key=lambda key: (len(self._postings[key]), key))
        postings = [self._postings[key] for key in present]
        taken: list[list[int]] = []
        total = 0
        for posting in postings:
            if taken and total + len(posting) > _POSTINGS_BUDGET:
                break
            taken.append(posting)
            total += len(posting)
        counts = Counter(chain.from_iterable(taken))
        # Cut at a shared-trigram count so that the cut does not depend on iteration order.
        levels = sorted(Counter(counts.values()).items(), reverse=True)
        cut, kept = levels[0][0] if levels else 0, 0
        for level, many in levels:
            if kept + many > _MAX_CANDIDATES and kept:
                break
            cut, kept = level, kept + many
        chosen = [number for number, count in counts.items() if count >= cut]
        if len(chosen) > _MAX_CANDIDATES:
            chosen = sorted(chosen)[:_MAX_CANDIDATES]
        return chosen
