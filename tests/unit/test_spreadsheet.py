"""CSV cells a spreadsheet would run as formulas are written as text, also when spaces or
invisible characters come first; what this project wrote reads back as it was."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handlers.spreadsheet import guarded, unguarded


@pytest.mark.parametrize(
    "cell", ["=1+1", "+1", "-1", "@SUM(A1)", " =cmd|' /C calc'!A0", "\u200b=1", "\ufeff+1"]
)
def test_a_formula_is_written_as_text(cell: str) -> None:
    assert guarded(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["Bygg", "Sms till sökande", "", " text", "'quoted"])
def test_text_passes_as_it_is(cell: str) -> None:
    assert guarded(cell) == cell
    assert guarded(12) == 12


@given(st.text(max_size=40))
def test_what_was_guarded_reads_back(cell: str) -> None:
    assert unguarded(guarded(cell)) == cell or cell.startswith("'")
