"""The vendor document: ranked CSV and Markdown; the export's CSV imports again without loss."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.wishes.export import export_rows, to_csv, to_markdown
from handlers.wishes.importer import import_rows
from tests.conftest import database_at
from tests.people import verify_all
from tests.unit.test_wishes import BO, EVA, OLA, PER, run, submit, text


@pytest.fixture(autouse=True)
async def _verified_members(ctx: Context) -> None:
    await verify_all(ctx, EVA, OLA, PER, BO)


async def test_wishlist_is_ranked_and_attached_as_csv_and_markdown(ctx: Context) -> None:
    await submit(ctx, EVA, "Export av ärendelista", module="Övrigt", description="Med | tecken")
    await submit(ctx, OLA, "Sms till sökande", module="Bygg")
    await run(ctx, PER, "support", "2")
    await run(ctx, BO, "wish-status", "2", "skickad", reference="HD-9")
    assert text(await run(ctx, EVA, "wishlist")) == "Bara styrelseledamöter får använda /wishlist."
    reply = await run(ctx, BO, "wishlist")
    csv_file, md_file = reply.message.attachments
    assert (csv_file.filename, md_file.filename) == ("onskelista.csv", "onskelista.md")
    rows = list(csv.DictReader(io.StringIO(csv_file.content or "")))
    assert [r["number"] for r in rows] == ["2", "1"]  # two municipalities before one
    assert rows[0]["municipalities"] == "Huddinge; Mora" and rows[0]["vendor_reference"] == "HD-9"
    assert "| 2 | Sms till sökande | Bygg | skickad | 2 (Huddinge; Mora) | 2 |" in (
        md_file.content or ""
    )
    only = await run(ctx, BO, "wishlist", module="övrigt")
    assert "1 önskemål" in text(only)


async def test_the_exports_csv_imports_again_without_loss(ctx: Context, tmp_path: Path) -> None:
    await submit(
        ctx,
        EVA,
        "Digital signering av delegationsbeslut",
        module="Bygg",
        description="Med e-legitimation",
    )
    await run(ctx, BO, "wish-status", "1", "skickad", reference="HD-1")
    async with ctx.db.transaction() as session:
        exported = to_csv(await export_rows(session))
    (tmp_path / "other").mkdir()
    async with database_at("sqlite", tmp_path / "other") as elsewhere:
        other = elsewhere.open()
        try:
            target = Context(db=other, catalogue=build_catalogue(), clock=ctx.clock)
            rows = list(csv.DictReader(io.StringIO(exported)))
            first = await import_rows(target, rows, source="bryggan")
            again = await import_rows(target, rows, source="bryggan")
            async with other.transaction() as session:
                reimported = await export_rows(session)
        finally:
            await other.dispose()
    assert (first.taken, again.taken, again.unchanged) == (1, 0, 1)
    keep = (
        "title", "description", "module", "status", "municipality", "vendor_reference",
        "submitted",
    )  # fmt: skip
    assert [{k: r[k] for k in keep} for r in reimported] == [{k: r[k] for k in keep} for r in rows]
    assert to_markdown(reimported).count("\n") == 3


async def test_rows_without_any_id_are_taken_once(ctx: Context) -> None:
    rows = [{"title": "Kartlager i e-tjänst", "module": "Kart & mät"}]
    first = await import_rows(ctx, rows, source="enkät")
    again = await import_rows(ctx, rows, source="enkät")
    assert (first.taken, again.taken, again.unchanged) == (1, 0, 1)
