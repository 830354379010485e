"""The list's pages read their support from the kept counts, and the vendor's files are made a
part at a time: both show exactly what `support_of` counts (each person once, duplicates
folded in, unverified people apart), on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import pytest
from sqlalchemy import select

import storage.wish_list
from handlers.context import Context
from handlers.i18n import translator
from handlers.spreadsheet import guarded
from handlers.types import Member
from handlers.wishes import export
from handlers.wishes.present import status_name, support_line
from handlers.wishes.wishlist_delivery import make_wishlists
from storage.round_models import RoundResultRow, RoundRow
from storage.wish_models import WishRow
from storage.wishes import support_of
from tests.people import verify_all
from tests.unit.test_wish_export import sent_wishlist
from tests.unit.test_wishes import BO, EVA, OLA, PER, run, submit, text

UNO = Member("console", "uno", "Uno")  # never verified


@pytest.fixture(autouse=True)
async def _verified_members(ctx: Context) -> None:
    await verify_all(ctx, EVA, OLA, PER, BO)


async def a_list(ctx: Context) -> None:
    """Six wishes: a duplicate merged into #1 (Per supports both: he counts once), an
    unverified supporter, a hidden wish, a title like a formula, a pipe and a line break."""
    for member, title, module, description in [
        (EVA, "Digital signering av delegationsbeslut", "Bygg", "Rad 1\nrad 2"),
        (OLA, "=SUMMA(A1) i rapporten", "Miljö", ""),
        (PER, "Underskrift med e-legitimation", "Bygg", "Med | tecken"),
        (UNO, "Kartlager | i e-tjänst", "Kart & mät", ""),
        (BO, "Sms till sökande", "Övrigt", ""),
        (EVA, "Dolt önskemål om statistik", "Övrigt", ""),
    ]:
        saved = await submit(ctx, member, title, module, description=description)
        assert text(saved).startswith("Tack!"), text(saved)
    for member, number in [(PER, "1"), (UNO, "1"), (UNO, "3"), (OLA, "3"), (UNO, "2")]:
        await run(ctx, member, "support", number)
    await run(ctx, BO, "wish-merge", "3", "1")
    await run(ctx, BO, "wish-hide", "6")
    await run(ctx, BO, "wish-status", "2", "skickad", reference="HD-7")


async def listed_by_count(ctx: Context) -> tuple[list[WishRow], Mapping[int, Any]]:
    """The listed wishes sorted by what `support_of` counts, as the list was made before."""
    async with ctx.db.transaction() as session:
        wishes = [
            w
            for w in (await session.execute(select(WishRow))).scalars()
            if not w.hidden and w.merged_into_id is None
        ]
        support = await support_of(session, [w.id for w in wishes])
    wishes.sort(
        key=lambda w: (
            -len(support[w.id].municipalities),
            -support[w.id].members,
            w.created_at,
            w.id,
        )
    )
    return wishes, support


async def test_each_line_of_a_page_shows_what_support_of_counts(ctx: Context) -> None:
    await a_list(ctx)
    wishes, support = await listed_by_count(ctx)
    _ = translator(ctx.default_locale)
    expected = [
        f"{n}. #{w.id} {w.title} — {w.module}, {status_name(w.status, _)} — "
        f"{support_line(support[w.id], _)}"
        for n, w in enumerate(wishes, start=1)
    ]
    reply = await run(ctx, UNO, "wishes")
    assert reply.message.text.splitlines() == expected
    assert "(+1 ej verifierad)" in expected[0]  # Uno, once for #1 and its duplicate #3
    assert support[1].members == 3  # Eva, Per (twice: once), Ola through the duplicate


@pytest.mark.parametrize("by_number", [True, False])
async def test_a_search_and_mine_read_by_number_or_along_the_index_alike(
    ctx: Context, monkeypatch: pytest.MonkeyPatch, by_number: bool
) -> None:
    await a_list(ctx)
    if not by_number:  # every search's matches checked along the list's index instead
        monkeypatch.setattr(storage.wish_list, "COUNTED_BY_NUMBER", 0)
        monkeypatch.setattr(storage.wish_list, "PAGED_BY_NUMBER", 0)
    found = text(await run(ctx, EVA, "wishes", search="delegationsbeslut"))
    assert found.splitlines()[0] == "Önskemål, sida 1 av 1"
    assert [line.split()[1] for line in found.splitlines()[1:]] == ["#1"]
    mine = text(await run(ctx, UNO, "wishes", mine="ja"))  # #3 counts for #1; #6 is hidden
    assert [line.split()[1] for line in mine.splitlines()[1:]] == ["#1", "#2", "#4"]


def document_at_once(wishes: Sequence[WishRow], support: Mapping[int, Any]) -> list[dict]:
    """The document as /wishlist made it before, every wish at once."""
    return [
        {
            "number": w.id,
            "title": w.title,
            "description": w.description,
            "module": w.module,
            "status": w.status,
            "municipality": w.municipality or "",
            "supporting_municipalities": len(support[w.id].municipalities),
            "municipalities": "; ".join(support[w.id].municipalities),
            "members": support[w.id].members,
            "submitted": w.created_at.date().isoformat(),
            "vendor_reference": w.vendor_reference or "",
            "source": w.source or "",
            "external_id": w.external_id or "",
            "round_rank": 1 if w.id == 2 else "",
            "round_points": 40 if w.id == 2 else "",
        }
        for w in wishes
    ]


def csv_at_once(rows: Iterable[Mapping[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=export.COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: guarded(value) for key, value in row.items()} for row in rows)
    return out.getvalue()


def markdown_at_once(rows: Iterable[Mapping[str, Any]]) -> str:
    def cell(value: Any) -> str:
        return " ".join(str(value).split()).replace("|", "\\|")

    lines = [
        "| " + " | ".join(export.MARKDOWN_HEADER) + " |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        cells = [
            row["number"], row["title"], row["module"], row["status"],
            f"{row['supporting_municipalities']} ({row['municipalities']})", row["members"],
            f"{row['round_rank']} ({row['round_points']})" if row.get("round_rank") else "",
            row["submitted"], row["vendor_reference"],
        ]  # fmt: skip
        lines.append("| " + " | ".join(cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


async def test_the_files_made_a_part_at_a_time_are_the_document_made_at_once(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    await a_list(ctx)
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        closed = RoundRow(
            points=100, status="closed", opened_by="Bo", opened_at=now, closes_at=now,
            closed_at=now,
        )  # fmt: skip
        session.add(closed)
        await session.flush()
        session.add(
            RoundResultRow(round_id=closed.id, wish_id=2, rank=1, points=40, municipalities=1)
        )
    wishes, support = await listed_by_count(ctx)
    expected = document_at_once(wishes, support)
    monkeypatch.setattr(export, "EXPORT_PART", 2)
    counted: list[int] = []

    async def spied(reader: Any, wish_ids: Sequence[int]) -> Mapping[int, Any]:
        counted.append(len(wish_ids))
        return await support_of(reader, wish_ids)

    monkeypatch.setattr(export, "support_of", spied)
    await run(ctx, BO, "wishlist", "get")
    csv_file, md_file = (await sent_wishlist(ctx, BO)).attachments
    assert csv_file.content == csv_at_once(expected)
    assert md_file.content == markdown_at_once(expected)
    assert counted == [2, 2]  # four listed wishes, counted two at a time
    assert "=SUMMA" not in (csv_file.content or "").replace("'=SUMMA", "")
    async with ctx.db.transaction() as session:
        rows = await export.export_rows(session)
    assert (export.to_csv(rows), export.to_markdown(rows)) == (
        csv_at_once(expected),
        markdown_at_once(expected),
    )


async def test_no_wishes_make_no_files(ctx: Context) -> None:
    reply = await run(ctx, BO, "wishlist", "get")
    assert (text(reply), reply.message.attachments) == ("Inga önskemål matchar.", ())
    assert await make_wishlists(ctx) == 0
