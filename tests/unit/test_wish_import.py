"""`bryggan wishes import` in batches: a large file is taken as a small one was, row by row,
and a terminal (only a terminal) sees its progress."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.cli_wishes import ProgressBar, _import
from handlers.context import Context
from handlers.i18n import translator
from handlers.wishes.importer import BATCH, import_rows
from handlers.wishes.reading import wish_view
from storage.wish_models import WishEventRow, WishRow


def vendor_rows(count: int) -> list[dict[str, str]]:
    return [
        {"external_id": f"V-{n}", "title": f"Önskemål {n}", "module": "Bygg"} for n in range(count)
    ]


async def test_a_large_file_goes_in_batches_and_is_reported_row_by_row(ctx: Context) -> None:
    rows = vendor_rows(2 * BATCH + 600)
    rows[10] = {"external_id": "V-10", "title": "Kartlager", "module": "Trädgård"}
    rows[BATCH + 500] = {"external_id": "V-3", "title": "Samma id igen", "module": "Bygg"}
    rows[2 * BATCH + 100] = {"external_id": "V-x", "title": "", "module": "Bygg"}
    progress: list[tuple[int, int]] = []
    report = await import_rows(
        ctx, rows, source="leverantör", progress=lambda done, total: progress.append((done, total))
    )
    refused = [
        (12, "unknown module 'Trädgård'"),
        (BATCH + 502, "external id 'V-3' twice in the file"),
        (2 * BATCH + 102, "no title"),
    ]
    taken = len(rows) - 3
    assert (report.taken, report.unchanged, report.refused) == (taken, 0, refused)
    assert progress == [(min(n, taken), taken) for n in range(BATCH, taken + BATCH, BATCH)]
    again = await import_rows(ctx, rows, source="leverantör")
    assert (again.taken, again.unchanged, again.refused) == (0, taken, refused)
    async with ctx.db.transaction() as session:
        wishes = await session.scalar(select(func.count()).select_from(WishRow))
        events = await session.scalar(
            select(func.count()).where(WishEventRow.actor == "import:leverantör")
        )
    assert wishes == events == taken


async def test_an_import_that_stopped_halfway_is_finished_by_running_it_again(
    ctx: Context,
) -> None:
    rows = vendor_rows(BATCH + 300)
    half = await import_rows(ctx, rows[:700], source="leverantör")
    rest = await import_rows(ctx, rows, source="leverantör")
    assert (half.taken, rest.taken, rest.unchanged) == (700, BATCH - 400, 700)


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_is_drawn_on_a_terminal_only_and_only_for_long_work() -> None:
    terminal, pipe = Terminal(), io.StringIO()
    for stream in (terminal, pipe):
        bar = ProgressBar("rows", stream)
        bar.started -= 5  # it has taken a while
        bar(500, 1000)
        bar(1000, 1000)
    assert pipe.getvalue() == ""
    assert terminal.getvalue() == (
        "\r[###############---------------] 500/1,000 rows"
        "\r[##############################] 1,000/1,000 rows\n"
    )
    quick = Terminal()
    ProgressBar("rows", quick)(1000, 1000)
    assert quick.getvalue() == ""


async def test_refused_rows_are_named_by_their_line_in_the_file(
    ctx: Context, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Blank lines are skipped in the file, not in the count: a refusal names the line a
    person finds the row on."""
    csv_file = tmp_path / "leverantor.csv"
    csv_file.write_text("title,module\nFörsta,Bygg\n\n\n,Bygg\nTredje,Trädgård\n", encoding="utf-8")
    assert await _import(ctx, csv_file, "leverantör") == 0
    out = capsys.readouterr().out.splitlines()
    assert out[1:] == ["  line 5: no title", "  line 6: unknown module 'Trädgård'"]


async def test_an_imported_wish_is_said_to_come_from_an_import(ctx: Context) -> None:
    """Its history names the import (and its source) in the reader's words, never the
    stored "import:…" key."""
    await import_rows(ctx, [{"title": "Från portalen", "module": "Bygg"}], source="import")
    await import_rows(ctx, [{"title": "Från leverantören", "module": "Bygg"}], source="Castor")
    said = []
    for number in (1, 2):
        view = await wish_view(ctx, number, translator("sv"), board=False)
        assert view is not None
        said.append(view.history[0].actor)
    assert said == ["en import", "en import från Castor"]
