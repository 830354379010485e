"""Long text split for a platform's limit loses nothing: every piece fits, and the pieces in
order, with only whitespace between them, are the whole text (hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.platforms.text import split_text

WORDS = st.text(alphabet=st.sampled_from("abcåäö ÅÄÖ.!?…\n\t-é😀"), max_size=600)


def pieces_say_the_whole(text: str, pieces: list[str]) -> bool:
    position = 0
    for piece in pieces:
        found = text.find(piece, position)
        if found < 0 or text[position:found].strip():
            return False
        position = found + len(piece)
    return not text[position:].strip()


@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.one_of(WORDS, st.text(max_size=400)), limit=st.integers(min_value=1, max_value=120))
def test_every_piece_fits_and_together_they_are_the_text(text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    assert all(len(piece) <= limit for piece in pieces)
    assert pieces_say_the_whole(text, pieces)
    assert all(piece.strip() for piece in pieces) or pieces == [""]


def test_the_check_itself_catches_a_lost_word() -> None:
    """The control: a piece dropped or changed is noticed."""
    assert not pieces_say_the_whole("ett två tre", ["ett", "tre"])
    assert not pieces_say_the_whole("ett två tre", ["ett", "två", "tri"])
    assert pieces_say_the_whole("ett två  tre", ["ett två", "tre"])
