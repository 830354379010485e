"""The vendor document: ranked CSV and Markdown; the export's CSV imports again without loss."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from handlers.clock import FakeClock
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.types import Member, Message
from handlers.wishes import wishlist_delivery
from handlers.wishes.export import export_rows, to_csv, to_markdown
from handlers.wishes.importer import import_rows
from handlers.wishes.wishlist_delivery import make_wishlists
from storage.outbox import list_rows
from storage.wishlist_requests import CLAIM, claim_next
from tests.conftest import database_at
from tests.people import verify_all
from tests.unit.test_wishes import BO, EVA, OLA, PER, run, submit, text


@pytest.fixture(autouse=True)
async def _verified_members(ctx: Context) -> None:
    await verify_all(ctx, EVA, OLA, PER, BO)


async def sent_wishlist(ctx: Context, member: Member) -> Message:
    """What the `wishlist` job queued for the member, once it has run."""
    await make_wishlists(ctx)
    rows = [r for r in await list_rows(ctx.db) if r.idempotency_key.startswith("wishlist:")]
    assert [(r.platform, r.target) for r in rows] == [(member.platform, f"dm:{member.user_id}")]
    return Message.from_json(rows[0].payload)


async def test_wishlist_is_ranked_and_sent_privately_as_csv_and_markdown(ctx: Context) -> None:
    await submit(ctx, EVA, "Export av ärendelista", module="Övrigt", description="Med | tecken")
    await submit(ctx, OLA, "Sms till sökande", module="Bygg")
    await run(ctx, PER, "support", "2")
    await run(ctx, BO, "wish-status", "2", "skickad", reference="HD-9")
    assert (
        text(await run(ctx, EVA, "wishlist", "get"))
        == "Bara styrelseledamöter får använda /wishlist get."
    )
    answer = await run(ctx, BO, "wishlist", "get")
    assert text(answer).startswith("Önskelistan (2 önskemål) görs nu.")
    assert answer.private and not answer.message.attachments
    sent = await sent_wishlist(ctx, BO)
    assert sent.text == "Önskelistan: 2 önskemål, mest stödda först."
    csv_file, md_file = sent.attachments
    assert (csv_file.filename, md_file.filename) == ("onskelista.csv", "onskelista.md")
    rows = list(csv.DictReader(io.StringIO(csv_file.content or "")))
    assert [r["number"] for r in rows] == ["2", "1"]  # two municipalities before one
    assert rows[0]["municipalities"] == "Huddinge; Mora" and rows[0]["vendor_reference"] == "HD-9"
    assert "| 2 | Sms till sökande | Bygg | skickad | 2 (Huddinge; Mora) | 2 |" in (
        md_file.content or ""
    )
    assert "1 önskemål" in text(await run(ctx, BO, "wishlist", "get", module="övrigt"))


async def test_a_second_wishlist_waits_for_the_first(ctx: Context) -> None:
    await submit(ctx, EVA, "Sms till sökande", module="Bygg")
    await run(ctx, BO, "wishlist", "get")
    again = await run(ctx, BO, "wishlist", "get", module="bygg")
    assert text(again).startswith("Din önskelista görs redan")
    assert await make_wishlists(ctx) == 1
    assert await make_wishlists(ctx) == 0
    await run(ctx, BO, "wishlist", "get", module="bygg")  # made: another may be asked for
    assert await make_wishlists(ctx) == 1


async def test_a_wishlist_whose_making_failed_is_made_after_a_restart(
    ctx: Context, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A process that stops while making the files leaves the request; once its claim runs
    out the files are made and queued, once."""
    await submit(ctx, EVA, "Sms till sökande", module="Bygg")
    await run(ctx, BO, "wishlist", "get")

    async def stopped(*args: object, **kwargs: object) -> None:
        raise RuntimeError("the process stopped here")

    monkeypatch.setattr(wishlist_delivery, "enqueue", stopped)
    with pytest.raises(RuntimeError):
        await make_wishlists(ctx)
    monkeypatch.undo()
    assert await make_wishlists(ctx) == 0  # still claimed by the stopped process
    clock.advance((CLAIM + timedelta(seconds=1)).total_seconds())
    sent = await sent_wishlist(ctx, BO)
    assert sent.attachments[0].filename == "onskelista.csv"
    assert await make_wishlists(ctx) == 0


async def test_one_request_is_queued_once_however_many_make_it(ctx: Context) -> None:
    """Two processes that both made one request (a claim ran out while the first was
    still at it) queue its delivery once: the key is the request's."""
    await submit(ctx, EVA, "Sms till sökande", module="Bygg")
    await run(ctx, BO, "wishlist", "get")
    async with ctx.db.transaction() as session:
        request = await claim_next(session, now=ctx.clock.now())
    assert request is not None
    await wishlist_delivery._deliver(ctx, request)
    await wishlist_delivery._deliver(ctx, request)
    await sent_wishlist(ctx, BO)


async def test_a_wishlist_made_when_every_wish_is_gone_says_so(ctx: Context) -> None:
    await submit(ctx, EVA, "Sms till sökande", module="Bygg")
    await run(ctx, BO, "wishlist", "get")
    await run(ctx, BO, "wish-hide", "1")
    sent = await sent_wishlist(ctx, BO)
    assert (sent.text, sent.attachments) == ("Inga önskemål matchar.", ())


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


@given(st.lists(st.text(), max_size=8))
def test_json_bodies_made_a_part_at_a_time_are_the_whole_files(parts: list[str]) -> None:
    """The outbox payload is put together from each part's escaped text: the same as the
    whole text escaped at once, whatever characters a wish holds."""
    whole = "".join(parts)
    joined = "".join(wishlist_delivery.json_body(part) for part in parts)
    assert json.loads(f'"{joined}"') == whole
    assert joined == json.dumps(whole, ensure_ascii=False)[1:-1]
