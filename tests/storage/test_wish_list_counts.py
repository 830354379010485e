"""The listed wishes counted by module and status (migration 0018's triggers) are what counting
the wishes gives, after every way a wish comes, changes or goes (a new wish, an import, a
status, a merge and unmerge, hiding, an edit of its module, a bulk update, an erase, a delete),
on SQLite and PostgreSQL; and the check below sees a count that was not kept."""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Sequence

import pytest
from sqlalchemy import delete, func, select, text, update

from handlers.context import Context
from handlers.wishes.config import STATUSES
from handlers.wishes.importer import import_rows
from storage.erase import erase, subject_of
from storage.people import get_person
from storage.wish_list import Listing, Reader, count_listed
from storage.wish_models import LISTED, WishEventRow, WishListCountRow, WishRow
from storage.wishes import create_wish
from tests.people import verify_all
from tests.unit.test_wishes import BO, EVA, OLA, run, submit

Counts = dict[tuple[str, str], int]


async def counted(reader: Reader) -> Counts:
    """The listed wishes by module and status, counted one by one."""
    rows = await reader.execute(
        select(WishRow.module, WishRow.status, func.count())
        .where(LISTED)
        .group_by(WishRow.module, WishRow.status)
    )
    return {(module, status): n for module, status, n in rows}


async def kept(reader: Reader) -> Counts:
    rows = await reader.execute(
        select(WishListCountRow.module, WishListCountRow.status, WishListCountRow.listed).where(
            WishListCountRow.listed != 0
        )
    )
    return {(module, status): n for module, status, n in rows}


async def agree(reader: Reader, modules: Sequence[str], after: str) -> Counts:
    """What is kept is what is counted, and the list's count (whole, by module, by status,
    by both) says so; returns the counts."""
    truth = await counted(reader)
    assert await kept(reader) == truth, after
    by_module, by_status = Counter[str](), Counter[str]()
    for (module, status), n in truth.items():
        by_module[module] += n
        by_status[status] += n
    assert await count_listed(reader, Listing()) == sum(truth.values()), after
    for module in modules:
        assert await count_listed(reader, Listing(module=module)) == by_module[module], after
        for status in STATUSES:
            listing = Listing(module=module, statuses=[status])
            assert await count_listed(reader, listing) == truth.get((module, status), 0), after
    for status in STATUSES:
        assert await count_listed(reader, Listing(statuses=[status])) == by_status[status], after
    two = Listing(statuses=["ny", "beredning"])
    assert await count_listed(reader, two) == by_status["ny"] + by_status["beredning"], after
    return truth


async def check(ctx: Context, after: str) -> Counts:
    async with ctx.db.core(read_only=True) as connection:
        return await agree(connection, ctx.wishes.modules, after)


async def step(ctx: Context, seen: list[Counts], after: str, *, listed: bool = True) -> None:
    """`check`, and that the step changed what is listed (or, `listed=False`, did not)."""
    seen.append(await check(ctx, after))
    assert (seen[-1] != seen[-2]) == listed, after


def vendor_rows(count: int) -> list[dict[str, str]]:
    return [
        {
            "external_id": f"V-{n}",
            "title": f"Önskemål från leverantören nummer {n}",
            "module": ["Bygg", "Miljö", "BAB"][n % 3],
            "status": ["ny", "beredning"][n % 2],
        }
        for n in range(count)
    ]


async def test_the_kept_count_follows_every_change_to_the_wishes(ctx: Context) -> None:
    await verify_all(ctx, EVA, OLA, BO)
    seen = [await check(ctx, "nothing yet")]
    await submit(ctx, EVA, "Kalender för tillsynsbesök i miljöärenden", module="Miljö")
    await submit(ctx, OLA, "Sammanslagning av fastighetsregister", module="Bygg")
    await submit(ctx, EVA, "Utskick av beslut via digital brevlåda", module="Bygg")
    await step(ctx, seen, "new wishes")
    report = await import_rows(ctx, vendor_rows(1_300), source="leverantör")
    assert report.taken == 1_300
    await step(ctx, seen, "an import")
    again = await import_rows(ctx, vendor_rows(1_310), source="leverantör")
    assert (again.taken, again.unchanged) == (10, 1_300)
    await step(ctx, seen, "an import again (ten more)")
    await run(ctx, BO, "wish-status", "1", status="avslagen")
    await step(ctx, seen, "a status")
    await run(ctx, BO, "wish-merge", "2", "3")
    await step(ctx, seen, "a merge")
    await run(ctx, BO, "wish-unmerge", "2")
    await step(ctx, seen, "an unmerge")
    await run(ctx, BO, "wish-hide", "3")
    await step(ctx, seen, "hidden")
    await run(ctx, BO, "wish-status", "3", status="prioriterad")  # hidden: counted nowhere
    await step(ctx, seen, "a hidden wish's status", listed=False)
    await run(ctx, BO, "wish-unhide", "3")
    await step(ctx, seen, "shown again")
    async with ctx.db.transaction() as session:  # as /wish-edit saves a harmonised wish
        wish = await session.get(WishRow, 2)
        assert wish is not None
        wish.module = "Övrigt"
    await step(ctx, seen, "a module edited")
    async with ctx.db.transaction() as session:  # many wishes in one statement
        await session.execute(
            update(WishRow).where(WishRow.module == "BAB", WishRow.id > 700).values(status="ny")
        )
    await step(ctx, seen, "a bulk update")
    async with ctx.db.transaction() as session:  # the submitter erased: the wish stays
        subject = await subject_of(session, await get_person(session, 1))
        await erase(session, subject, addressed=[], placeholder="–", now=ctx.clock.now())
    await step(ctx, seen, "an erase", listed=False)
    async with ctx.db.transaction() as session:
        await session.execute(update(WishRow).where(WishRow.id == 10).values(hidden=True))
        gone = [10, 11, 12, 13, 14]  # one hidden, counted nowhere, and four listed
        await session.execute(delete(WishEventRow).where(WishEventRow.wish_id.in_(gone)))
        await session.execute(delete(WishRow).where(WishRow.id.in_(gone)))
    await step(ctx, seen, "a delete")
    assert sum(seen[-1].values()) == 3 + 1_310 - 5


async def test_wishes_made_and_changed_at_once_are_all_counted(ctx: Context) -> None:
    """On PostgreSQL these transactions run beside each other and share counts: they must
    queue (never deadlock) and every one be counted."""
    async with ctx.db.transaction() as session:
        for n in range(20):
            await create_wish(
                session, title=f"Önskemål {n}", description="", module=["Bygg", "Miljö"][n % 2],
                municipality=None, submitted_by_id=None, now=ctx.clock.now(),
            )  # fmt: skip

    async def new(n: int) -> None:
        async with ctx.db.transaction() as session:
            await create_wish(
                session, title=f"Nytt {n}", description="", module=["Miljö", "Bygg"][n % 2],
                municipality=None, submitted_by_id=None, now=ctx.clock.now(),
            )  # fmt: skip

    async def move(number: int, status: str) -> None:
        async with ctx.db.transaction() as session:
            await session.execute(update(WishRow).where(WishRow.id == number).values(status=status))

    work = [new(n) for n in range(20)]
    work += [move(n, "beredning") for n in range(1, 11)]
    work += [move(n, "ny" if n % 2 else "planerad") for n in range(11, 21)]
    await asyncio.gather(*work)
    assert sum((await check(ctx, "at once")).values()) == 40


class Undone(Exception):
    """Rolls the control's transaction back: its dropped trigger comes back with it."""


async def test_the_check_sees_a_count_that_was_not_kept(ctx: Context) -> None:
    """The control: without the trigger that follows a change, the kept count and the list's
    count are wrong, and `agree` says so. (In a transaction rolled back after, so that the
    database, which the next test may reuse, keeps its trigger.)"""
    async with ctx.db.transaction() as session:
        for n in range(3):
            await create_wish(
                session, title=f"Önskemål {n}", description="", module="Bygg",
                municipality=None, submitted_by_id=None, now=ctx.clock.now(),
            )  # fmt: skip
    await check(ctx, "three wishes")
    on = " ON wishes" if ctx.db.is_postgresql else ""
    try:
        async with ctx.db.core() as connection:
            await connection.execute(text(f"DROP TRIGGER wish_list_counted_update{on}"))
            await connection.execute(update(WishRow).where(WishRow.id == 1).values(hidden=True))
            assert await kept(connection) == {("Bygg", "ny"): 3} != await counted(connection)
            assert await count_listed(connection, Listing()) == 3  # two are listed
            with pytest.raises(AssertionError):
                await agree(connection, ctx.wishes.modules, "hidden behind the count's back")
            raise Undone
    except Undone:
        pass
    async with ctx.db.transaction() as session:  # the trigger is back, and counts again
        await session.execute(update(WishRow).where(WishRow.id == 1).values(hidden=True))
    assert (await check(ctx, "hidden with the trigger back")) == {("Bygg", "ny"): 2}
