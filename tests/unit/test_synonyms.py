"""Words members use for the same thing (handlers/synonyms.py): a hint to the judge, never a
rewrite of the words."""

from __future__ import annotations

from handlers.normalise import normalise
from handlers.similar_judge import signs
from handlers.synonyms import Synonyms, stored_synonyms


def _words(text: str) -> frozenset[str]:
    return frozenset(normalise(text).split())


GROUPS = Synonyms.from_text(
    "# a comment\n"
    "påminnelse, bevakning, notis\n"
    "hyresvärd, fastighetsägare\n"
    "automatiskt, av sig självt\n"
)


def test_a_word_is_held_through_another_of_its_group() -> None:
    query, match = _words("påminnelse om tillsyn"), _words("bevakning av tillsyn")
    (word,) = _words("påminnelse")
    assert GROUPS.held_through(word, query, match)
    assert not GROUPS.held_through(word, query, _words("faktura av tillsyn"))


def test_a_phrase_is_held_only_whole() -> None:
    (word,) = _words("självt")
    said = _words("skickas av sig självt")
    assert GROUPS.held_through(word, said, _words("skickas automatiskt"))
    assert not GROUPS.held_through(word, _words("skickas självt"), _words("skickas automatiskt"))


def test_the_same_word_is_not_a_synonym_of_itself() -> None:
    (word,) = _words("hyresvärd")
    assert not GROUPS.held_through(word, _words("hyresvärd"), _words("hyresvärd"))
    assert not GROUPS.held_through(word, _words("hyresvärd"), _words("lägenhet"))


def test_the_stored_groups_are_read_and_words_are_not_rewritten() -> None:
    stored = stored_synonyms()
    (word,) = _words("påminnelse")
    assert stored.held_through(word, _words("påminnelse"), _words("bevakning"))
    assert normalise("påminnelse") != normalise("bevakning")  # a hint, not a merge


class _Around:
    def __len__(self) -> int:
        return 10

    def frequency(self, word: str) -> int:
        return 1

    def words(self, number: int) -> frozenset[str]:
        return frozenset()


def test_the_judge_is_told_what_is_held_only_by_a_synonym() -> None:
    query = sorted(_words("påminnelse tillsyn"))
    through = signs(query, 0.0, _words("bevakning tillsyn"), 0.5, 0.1, _Around(), GROUPS)
    without = signs(query, 0.0, _words("faktura tillsyn"), 0.5, 0.1, _Around(), GROUPS)
    held = signs(query, 0.0, _words("påminnelse tillsyn"), 0.5, 0.1, _Around(), GROUPS)
    assert through["synonym"] == 0.5 and without["synonym"] == 0.0
    assert held["synonym"] == 0.0  # held as it is, not through a synonym
