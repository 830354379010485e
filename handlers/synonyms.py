"""Swedish words members use for the same thing, as a hint to the judge of similar wishes.

One officer writes "påminnelse", another "bevakning"; one "hyresvärd", another
"fastighetsägare". Merging such words before comparing would also merge the senses they do not
share, so they are not rewritten: the judge (handlers/similar_judge.py) is told, as one more
sign, how much of a new wish a match holds only through a word of the same group.

The groups are in handlers/data/swedish_synonyms.txt, one a line, written by two helpers who had
not seen the labelled sets: the first from general knowledge, the second also told the kinds of
paraphrase to look for, a few of them taken from development-set misses. Entries are stemmed as
wishes are (handlers/normalise.py); an entry of several words is held when all of its words are.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from functools import cache
from pathlib import Path

from handlers.normalise import _content_stems, _words

_STORED = Path(__file__).parent / "data" / "swedish_synonyms.txt"

Entry = frozenset[str]


class Synonyms:
    """Groups of entries (each a set of stems), looked up by any stem of an entry."""

    def __init__(self, groups: Collection[Collection[Entry]]) -> None:
        self._groups = [tuple(entry for entry in group if entry) for group in groups]
        self._by_stem: dict[str, list[int]] = defaultdict(list)
        for number, group in enumerate(self._groups):
            for stem in {stem for entry in group for stem in entry}:
                self._by_stem[stem].append(number)

    @classmethod
    def from_text(cls, text: str) -> Synonyms:
        lines = (line for line in text.splitlines() if line.strip() and not line.startswith("#"))
        return cls(
            [
                [frozenset(_content_stems(_words(entry))) for entry in line.split(",")]
                for line in lines
            ]
        )

    def held_through(self, word: str, query: Collection[str], match: Collection[str]) -> bool:
        """Whether the match holds, through another entry of a group, what `word` says in the
        new wish (an entry holding the word, all of whose words the new wish has)."""
        for number in self._by_stem.get(word, ()):
            group = self._groups[number]
            if any(word in entry and entry.issubset(query) for entry in group) and any(
                word not in entry and entry.issubset(match) for entry in group
            ):
                return True
        return False


@cache
def stored_synonyms() -> Synonyms:
    """The groups in the repository (none when the file is absent)."""
    return Synonyms.from_text(_STORED.read_text("utf-8") if _STORED.exists() else "")
