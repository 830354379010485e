"""Long text is split at the most natural place and nothing is lost."""

from __future__ import annotations

import pytest

from bot.platforms.text import split_text


def test_short_text_is_one_piece() -> None:
    assert split_text("Hej!", 2000) == ["Hej!"]
    assert split_text("", 10) == [""]


def test_paragraphs_first() -> None:
    text = "Första stycket här.\n\nAndra stycket är längre än resten."
    assert split_text(text, 40) == ["Första stycket här.", "Andra stycket är längre än resten."]


def test_then_sentences_then_words() -> None:
    text = "Ett två tre. Fyra fem sex sju åtta nio tio elva tolv."
    assert split_text(text, 30) == ["Ett två tre.", "Fyra fem sex sju åtta nio tio", "elva tolv."]


def test_counts_characters_not_bytes() -> None:
    text = "å" * 4500
    pieces = split_text(text, 2000)
    assert [len(p) for p in pieces] == [2000, 2000, 500]


@pytest.mark.parametrize("limit", [7, 50, 300])
def test_nothing_is_lost_and_every_piece_fits(limit: int) -> None:
    words = [
        f"ord{i}" + ("." if i % 7 == 0 else "") + ("\n\n" if i % 23 == 0 else "")
        for i in range(400)
    ]
    text = " ".join(words)
    pieces = split_text(text, limit)
    assert all(0 < len(p) <= limit for p in pieces)
    assert "".join(pieces).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace(
        "\n", ""
    )
