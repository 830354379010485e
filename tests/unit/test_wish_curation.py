"""The board merges duplicates (and undoes it exactly), harmonises wording and hides spam."""

from __future__ import annotations

import pytest

from handlers.context import Context
from handlers.run import run_interaction
from handlers.types import Interaction, Member
from storage import outbox
from storage.wishes import get_wish, support_of
from tests.people import verify_all
from tests.unit.test_wishes import BO, EVA, OLA, PER, ROOM, run, submit, text

ANNA = Member("console", "anna", "Anna", municipality="Ale")


@pytest.fixture(autouse=True)
async def _verified_members(ctx: Context) -> None:
    """The members above count for the municipalities written on them."""
    await verify_all(ctx, ANNA, EVA, OLA, PER, BO)


async def counts(ctx: Context, *numbers: int) -> list[tuple[int, tuple[str, ...]]]:
    async with ctx.db.transaction() as session:
        found = await support_of(session, list(numbers))
    return [(found[n].members, found[n].municipalities) for n in numbers]


async def two_wishes(ctx: Context) -> None:
    await submit(ctx, EVA, "Sammanslagning av fastighetsregister", module="Kart & mät")
    await submit(ctx, OLA, "Kalender för inspektioner", module="Miljö")
    await run(ctx, PER, "support", "1")  # Huddinge again
    await run(ctx, EVA, "support", "2")  # Eva supports both
    await run(ctx, ANNA, "support", "2")


async def test_merge_counts_each_supporter_once_and_unmerge_restores_exactly(
    ctx: Context,
) -> None:
    await two_wishes(ctx)
    before = await counts(ctx, 1, 2)
    assert before == [(2, ("Huddinge",)), (3, ("Ale", "Huddinge", "Mora"))]
    merged = await run(ctx, BO, "wish-merge", "2", "1")
    assert text(merged) == "#2 är sammanslaget med #1."
    assert await counts(ctx, 1) == [(4, ("Ale", "Huddinge", "Mora"))]  # Eva counted once
    dms = sorted(r.target for r in await outbox.list_rows(ctx.db) if r.target.startswith("dm:"))
    assert dms == ["dm:anna", "dm:eva", "dm:ola"]
    listing = text(await run(ctx, EVA, "wishes"))
    assert "#2 " not in listing and "#1 " in listing
    assert text(await run(ctx, BO, "wish-unmerge", "2")) == "#2 står på egna ben igen."
    assert await counts(ctx, 1, 2) == before
    async with ctx.db.transaction() as session:
        wish = await get_wish(session, 2)
    assert wish is not None and (wish.status, wish.merged_into_id) == ("ny", None)


async def test_bad_merges_are_refused_and_change_nothing(ctx: Context) -> None:
    await two_wishes(ctx)
    await submit(ctx, ANNA, "Helt annat behov om arkivering av bilagor", module="Övrigt")
    assert text(await run(ctx, BO, "wish-merge", "1", "1")) == (
        "Ett önskemål kan inte slås samman med sig självt."
    )
    assert text(await run(ctx, EVA, "wish-merge", "2", "1")) == (
        "Bara styrelseledamöter får använda /wish-merge."
    )
    await run(ctx, BO, "wish-merge", "2", "1")
    assert text(await run(ctx, BO, "wish-merge", "3", "2")) == (
        "#2 är själv sammanslaget med #1; slå ihop med det i stället."
    )
    assert text(await run(ctx, BO, "wish-merge", "1", "3")) == (
        "Andra önskemål är sammanslagna med #1; dela upp dem först."
    )
    assert text(await run(ctx, BO, "wish-merge", "9", "1")) == "Det finns inget önskemål #9."
    assert text(await run(ctx, BO, "wish-unmerge", "3")) == (
        "#3 är inte sammanslaget med något annat önskemål."
    )


async def test_support_on_a_merged_wish_goes_to_the_original(ctx: Context) -> None:
    await two_wishes(ctx)
    await run(ctx, BO, "wish-merge", "2", "1")
    reply = await run(ctx, BO, "support", "2")
    assert text(reply).startswith("#2 har slagits samman med #1. Du stöder #1.")


async def test_edit_keeps_history_and_hide_takes_a_wish_off_the_list(ctx: Context) -> None:
    await two_wishes(ctx)
    form = (await run(ctx, BO, "wish-edit", "1")).form
    assert form is not None and form.fields[0].value == "Sammanslagning av fastighetsregister"
    done = await run_interaction(
        ctx,
        Interaction(
            form.form_id,
            BO,
            ROOM,
            value=form.context,
            values={"title": "Samordnat fastighetsregister", "module": "Kart & mät"},
        ),
    )
    assert text(done) == "#1 är uppdaterat."
    refused = await run_interaction(
        ctx, Interaction(form.form_id, EVA, ROOM, value="1", values={"title": "Spam"})
    )
    assert text(refused) == "Bara styrelseledamöter får göra det här."
    shown = text(await run(ctx, EVA, "wish-show", "1"))
    assert "#1 Samordnat fastighetsregister" in shown and "redigerat av Bo" in shown
    assert text(await run(ctx, BO, "wish-hide", "2")) == "#2 är dolt."
    assert "#2 " not in text(await run(ctx, EVA, "wishes"))
    assert text(await run(ctx, EVA, "wish-show", "2")) == "Det finns inget önskemål #2."
    assert text(await run(ctx, BO, "wish-unhide", "2")) == "#2 visas igen."


async def test_mine_includes_support_given_through_a_merged_duplicate(ctx: Context) -> None:
    await two_wishes(ctx)
    await run(ctx, BO, "wish-merge", "2", "1")
    mine = text(await run(ctx, ANNA, "wishes", mine="ja"))
    assert "#1 " in mine  # Anna supported #2, which now counts for #1


async def test_the_index_sees_a_change_whatever_time_it_carries(ctx: Context) -> None:
    """A change is found by its revision, not its time: one stamped long before the newest
    change the index has seen is taken in all the same."""
    from datetime import timedelta

    from sqlalchemy import select, update

    from storage.wish_models import WishRow

    await two_wishes(ctx)
    assert [n for n, _ in await ctx.wish_index.search(ctx.db, "fastighetsregister")] == [1]
    async with ctx.db.transaction() as session:
        newest = max(w.updated_at for w in (await session.execute(select(WishRow))).scalars())
        await session.execute(  # hidden, but stamped before the newest change already seen
            update(WishRow)
            .where(WishRow.id == 1)
            .values(hidden=True, updated_at=newest - timedelta(days=30))
        )
    assert await ctx.wish_index.search(ctx.db, "Sammanslagning av fastighetsregister") == []
