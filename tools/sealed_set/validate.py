"""Check a sealed set's file as its writer goes: counts, numbers, kinds and originals.

    python3 validate.py FILE [LOWEST HIGHEST]

Made to be copied out of the repository with brief.md: the writers of a sealed set must not
open the repository, so the file's one import (tests.unit.wish_families) is stood in for here.
"""

from __future__ import annotations

import collections
import sys
import types
from typing import NamedTuple

MODULES = {"Bygg", "Miljö", "BAB", "Kart & mät", "Övrigt"}
KINDS = {
    "synonyms",
    "compound",
    "abbreviation",
    "english",
    "typos",
    "more_detail",
    "less_detail",
    "word_order",
    "lookalike",
}


class Wish(NamedTuple):
    number: int
    module: str
    text: str


class Query(NamedTuple):
    text: str
    original: int | None
    kind: str


def _loaded(path: str) -> tuple[list[Wish], list[Query]]:
    stand_in = types.ModuleType("tests.unit.wish_families")
    stand_in.Wish, stand_in.Query = Wish, Query  # type: ignore[attr-defined]
    sys.modules.update(
        {
            "tests": types.ModuleType("tests"),
            "tests.unit": types.ModuleType("tests.unit"),
            "tests.unit.wish_families": stand_in,
        }
    )
    found: dict[str, object] = {}
    with open(path, encoding="utf-8") as source:
        exec(compile(source.read(), path, "exec"), found)  # the writer's own file
    return found["WISHES"], found["QUERIES"]  # type: ignore[return-value]


def problems(wishes: list[Wish], queries: list[Query], numbers: range | None) -> list[str]:
    found = []
    known = [wish.number for wish in wishes]
    if len(set(known)) != len(known):
        found.append("a wish number is used twice")
    for wish in wishes:
        if wish.module not in MODULES:
            found.append(f"module {wish.module!r} of {wish.number} is not one of {sorted(MODULES)}")
        if numbers is not None and wish.number not in numbers:
            found.append(f"{wish.number} is outside {numbers.start}-{numbers.stop - 1}")
    texts = collections.Counter(query.text.strip().lower() for query in queries)
    found += [f"query written twice: {text[:60]}" for text, n in texts.items() if n > 1]
    stored = {wish.text.strip().lower() for wish in wishes}
    per_wish: collections.Counter[int] = collections.Counter()
    for query in queries:
        if query.kind not in KINDS:
            found.append(f"kind {query.kind!r} is not one of {sorted(KINDS)}")
        if (query.original is None) != (query.kind == "lookalike"):
            found.append(f"only a look-alike has no original: {query.text[:50]}")
        if query.original is not None:
            if query.original not in known:
                found.append(f"no stored wish {query.original}")
            per_wish[query.original] += 1
        if query.text.strip().lower() in stored:
            found.append(f"a query is a stored wish word for word: {query.text[:50]}")
    found += [
        f"wish {n} has {count} duplicates (3 at most)" for n, count in per_wish.items() if count > 3
    ]
    if len(wishes) != 100:
        found.append("100 stored wishes are asked for")
    if sum(1 for query in queries if query.kind != "lookalike") < 175:
        found.append("about 180 duplicates are asked for")
    if sum(1 for query in queries if query.kind == "lookalike") < 55:
        found.append("55 look-alikes are asked for")
    return found


def main() -> None:
    wishes, queries = _loaded(sys.argv[1])
    numbers = range(int(sys.argv[2]), int(sys.argv[3]) + 1) if len(sys.argv) > 3 else None
    print("wishes", len(wishes), collections.Counter(wish.module for wish in wishes))
    print("queries", len(queries), collections.Counter(query.kind for query in queries))
    print("\n".join(problems(wishes, queries, numbers)) or "OK")


if __name__ == "__main__":
    main()
