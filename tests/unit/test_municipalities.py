"""The default municipality list: Sweden's 290 municipalities, short form, in Swedish order."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

PATH = Path(__file__).resolve().parents[2] / "handlers" / "data" / "municipalities.txt"


def swedish_order(name: str) -> str:
    """Sort key for the Swedish alphabet: å, ä, ö come after z, in that order."""
    return name.lower().translate({ord("å"): "z\x01", ord("ä"): "z\x02", ord("ö"): "z\x03"})


@pytest.fixture(scope="module")
def raw() -> str:
    return PATH.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def names(raw: str) -> list[str]:
    return raw.splitlines()


def test_exactly_290_unique_names(names: list[str]) -> None:
    assert len(names) == 290
    assert len(set(names)) == 290
    assert len({name.casefold() for name in names}) == 290


def test_clean_lines(raw: str, names: list[str]) -> None:
    assert raw.endswith("\n") and not raw.endswith("\n\n")
    assert all(name == name.strip() and name for name in names)
    assert all(unicodedata.is_normalized("NFC", name) for name in names)
    assert not any(name.endswith((" kommun", " stad")) or "Region" in name for name in names)


def test_sorted_in_swedish_alphabetical_order(names: list[str]) -> None:
    assert names == sorted(names, key=swedish_order)


@pytest.mark.parametrize(
    "name",
    [
        "Ale",
        "Alingsås",
        "Upplands-Bro",
        "Upplands Väsby",
        "Huddinge",
        "Mora",
        "Eskilstuna",
        "Skövde",
        "Hudiksvall",
        "Malung-Sälen",
        "Dals-Ed",
        "Lilla Edet",
        "Östra Göinge",
        "Gotland",
        "Övertorneå",
        "Stockholm",
        "Göteborg",
        "Malmö",
    ],
)
def test_known_names_are_there(names: list[str], name: str) -> None:
    assert name in names
