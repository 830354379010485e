"""Similar-wish lookup: how fast SimilarityIndex answers over many wishes.

    .venv/bin/python benchmarks/similar_wishes.py [--wishes N] [--lookups M] [--check K] [--seed S]

Builds an index of N synthetic but realistic Swedish development wishes (title and a sentence of
description, made from word lists with a seeded random, so every run indexes the same texts),
then times M lookups: half of them rewordings of indexed wishes (words dropped, reordered,
compounds split, abbreviations), half new wishes. Prints the build time and the p50/p95/p99
lookup times in milliseconds, for the search alone and for what `/wish` does before saving (the
raw top 3, judged: handlers/similar_judge.py); the goal is p95 ≤ 30 ms for 50,000 wishes.
With `--check K` it also scores K lookups against every wish and reports how often the
index's top 3 equal the exhaustive top 3 (the candidate generation is a heuristic; this
shows what it costs).
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from handlers.similar_judge import shown_before_saving
from handlers.similarity import DEFAULT_THRESHOLD, SimilarityIndex, score

MODULES = ["Bygg", "Miljö", "BAB", "Kart & mät", "Övrigt"]
# Compound parts: a first part and a head make words like "bygglovsansökan", "tillsynsavgift".
FIRSTS = [
    "bygglovs",
    "ansöknings",
    "besluts",
    "tillsyns",
    "kontroll",
    "avgifts",
    "fastighets",
    "karta",
    "mät",
    "livsmedels",
    "miljö",
    "avlopps",
    "bostadsanpassnings",
    "ärende",
    "handläggnings",
    "grann",
    "start",
    "slut",
    "lägeskontroll",
    "utstaknings",
    "kallelse",
    "dokument",
    "mall",
    "inspektions",
    "faktura",
    "statistik",
    "diarie",
    "arkiv",
    "gallrings",
    "person",
    "företags",
    "adress",
    "plan",
    "detaljplane",
    "värmepumps",
    "radon",
    "köldmedie",
    "riskklassnings",
    "offert",
    "intygs",
    "hembesöks",
    "återkravs",
    "behörighets",
    "sök",
    "export",
    "import",
    "rapport",
    "e-tjänst",
]
HEADS = [
    "ansökan",
    "beslut",
    "avgift",
    "lista",
    "mall",
    "register",
    "rapport",
    "handling",
    "ärende",
    "plan",
    "underlag",
    "typ",
    "kontroll",
    "karta",
    "fil",
    "vy",
    "dialog",
    "funktion",
    "bevakning",
    "påminnelse",
    "utskick",
    "logg",
    "flik",
    "fält",
    "status",
    "historik",
    "koppling",
    "export",
    "import",
    "period",
    "besked",
    "taxa",
]
VERBS = [
    "visa",
    "skicka",
    "registrera",
    "exportera",
    "importera",
    "beräkna",
    "söka",
    "spara",
    "signera",
    "bevaka",
    "hämta",
    "koppla",
    "skapa",
    "avsluta",
    "expediera",
    "kopiera",
    "skriva",
    "ut",
    "sortera",
    "filtrera",
    "markera",
    "granska",
    "ändra",
    "flytta",
    "godkänna",
]
PLAIN = [
    "handläggare",
    "sökande",
    "byggherre",
    "kontrollansvarig",
    "inspektör",
    "nämnd",
    "verksamhet",
    "fastighet",
    "karta",
    "e-post",
    "brev",
    "beslut",
    "delegation",
    "taxa",
    "kommun",
    "byggnad",
    "bostad",
    "entreprenör",
    "bidrag",
    "arbetsterapeut",
    "intyg",
    "offert",
    "lantmäteriet",
    "boverket",
    "scb",
    "pdf",
    "excel",
    "word",
    "outlook",
    "bankid",
    "mobil",
    "webb",
    "systemet",
    "castor",
    "ärendet",
    "listan",
    "vyn",
    "menyn",
    "mallen",
    "fältet",
]
ADJECTIVES = [
    "automatisk",
    "digital",
    "ny",
    "tydlig",
    "samlad",
    "snabb",
    "enkel",
    "gemensam",
    "egen",
    "årlig",
    "elektronisk",
    "fullständig",
    "felaktig",
    "inkommen",
    "avslutad",
    "pågående",
    "försenad",
]
SENTENCES = [
    "Handläggaren ska kunna {verb} {noun} direkt från {other}.",
    "Vi vill kunna {verb} {noun} utan att gå via {other}.",
    "Det ska gå att {verb} {adj} {noun} för alla ärenden i {module}.",
    "{noun} ska {verb}s automatiskt när {other} ändras.",
    "Idag måste vi {verb} {noun} för hand, vilket tar tid i {module}.",
]
ABBREVIATIONS = {
    "bostadsanpassnings": "BAB-",
    "e-post": "mejl",
    "kontrollansvarig": "KA",
    "fastighets": "fbet-",
}


def compound(rng: random.Random) -> str:
    first = rng.choice(FIRSTS)
    return first + rng.choice(HEADS) if first.endswith("s") else f"{first}{rng.choice(HEADS)}"


def noun(rng: random.Random) -> str:
    return compound(rng) if rng.random() < 0.6 else rng.choice(PLAIN)


def wish_text(rng: random.Random) -> str:
    title = f"{rng.choice(VERBS).capitalize()} {rng.choice(ADJECTIVES)} {compound(rng)}"
    if rng.random() < 0.5:
        title += f" i {noun(rng)}"
    sentence = rng.choice(SENTENCES).format(
        verb=rng.choice(VERBS),
        noun=noun(rng),
        other=noun(rng),
        adj=rng.choice(ADJECTIVES),
        module=rng.choice(MODULES),
    )
    return f"{title}. {sentence[0].upper()}{sentence[1:]}"


def reword(rng: random.Random, text: str) -> str:
    """A member's own version of an existing wish: some words gone, order and spelling changed."""
    words = text.replace(".", "").split()
    kept = [w for w in words if rng.random() < 0.7] or words[:3]
    rng.shuffle(kept)
    out = []
    for word in kept:
        for long, short in ABBREVIATIONS.items():
            if word.lower().startswith(long) and rng.random() < 0.5:
                word = short + word[len(long) :]
        out.append(word)
    return " ".join(out)


def percentile(sorted_values: list[float], fraction: float) -> float:
    index = min(len(sorted_values) - 1, round(fraction * (len(sorted_values) - 1)))
    return sorted_values[index]


def report(what: str, verb: str, queries: list[str], look: Callable[[str], list[Any]]) -> None:
    """Time `look` for each query and print the percentiles."""
    timings: list[float] = []
    found = 0
    for query in queries:
        started = time.perf_counter()
        found += bool(look(query))
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    print(
        f"{what}: p50 {percentile(timings, 0.5):.1f} ms, p95 {percentile(timings, 0.95):.1f} ms, "
        f"p99 {percentile(timings, 0.99):.1f} ms, max {timings[-1]:.1f} ms, "
        f"mean {statistics.fmean(timings):.1f} ms; {found} lookups {verb} a similar wish"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wishes", type=int, default=50_000)
    parser.add_argument("--lookups", type=int, default=500)
    parser.add_argument("--check", type=int, default=0, help="lookups to verify exhaustively")
    parser.add_argument("--seed", type=int, default=20240501)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    texts = {number: wish_text(rng) for number in range(1, args.wishes + 1)}
    queries = [
        reword(rng, texts[rng.randint(1, args.wishes)]) if i % 2 == 0 else wish_text(rng)
        for i in range(args.lookups)
    ]
    print(f"{len(texts)} wishes, {len(set(texts.values()))} distinct texts")

    index = SimilarityIndex()
    started = time.perf_counter()
    for number, text in texts.items():
        index.add(number, text)
    print(f"build: {time.perf_counter() - started:.1f} s for {len(index)} wishes")
    if sys.platform == "linux":
        rss = Path("/proc/self/status").read_text().split("VmRSS:")[1].split()[0]
        print(f"memory: {int(rss) // 1024} MiB resident")

    report(
        f"lookup ({len(queries)}, threshold {DEFAULT_THRESHOLD})", "found", queries, index.search
    )
    report(
        f"before saving ({len(queries)}, top 3 judged)",
        "showed",
        queries,
        lambda query: shown_before_saving(query, index.search(query, threshold=0.0), index),
    )

    if args.check:
        same = same_scores = 0
        for query in queries[: args.check]:
            fast = index.search(query)
            exhaustive = sorted(
                (
                    (number, value)
                    for number, text in texts.items()
                    if (value := score(query, text)) >= DEFAULT_THRESHOLD
                ),
                key=lambda hit: (-hit[1], hit[0]),
            )[:3]
            same += fast == exhaustive
            same_scores += [v for _, v in fast] == [v for _, v in exhaustive]
        print(
            f"index top 3 equals exhaustive top 3 in {same} of {args.check} lookups "
            f"(same scores in {same_scores})"
        )


if __name__ == "__main__":
    main()
