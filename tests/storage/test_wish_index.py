"""The similar-wish index reads only what changed: an import once, an edit as one wish, a
change committed after a look began at the next look; and it takes over the words stored
with each wish instead of normalising them again."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select, update

from bot.runtime import Runtime
from bot.settings import Settings
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.similarity import DEFAULT_GLOSSARY
from handlers.wishes.importer import import_rows
from handlers.wishes.similar import WishIndex
from storage.wish_models import WishRow
from storage.wishes import create_wish
from tests.conftest import DatabaseTarget

TOPICS = ["bygglovsansökan", "tillsynsavgift", "nybyggnadskarta", "delegationsbeslut"]


def vendor_rows(count: int) -> list[dict[str, str]]:
    return [
        {
            "external_id": f"V-{n}",
            "title": f"Önskemål {n} om {TOPICS[n % 4]}",
            "description": f"Beskrivning {n}",
            "module": "Bygg",
        }
        for n in range(count)
    ]


async def test_an_import_is_read_once_and_not_normalised_again(ctx: Context) -> None:
    index = ctx.wish_index
    await index.refresh(ctx.db)
    report = await import_rows(ctx, vendor_rows(2_500), source="leverantör")
    assert report.taken == 2_500
    await index.refresh(ctx.db)
    assert (index.read, index.normalised, len(index.index)) == (2_500, 0, 2_500)
    for _ in range(2):  # and then nothing, however long after the import
        await index.refresh(ctx.db)
        assert index.read == 0
    async with ctx.db.transaction() as session:  # the board edits one, hides another
        await session.execute(update(WishRow).where(WishRow.id == 7).values(title="Radon"))
        await session.execute(update(WishRow).where(WishRow.id == 9).values(hidden=True))
        await session.execute(update(WishRow).where(WishRow.id == 11).values(status="skickad"))
    await index.refresh(ctx.db)
    assert (index.read, index.normalised, len(index.index)) == (2, 1, 2_499)
    assert (await index.search(ctx.db, "Radon"))[0][0] == 7


async def test_words_made_here_are_stored_for_the_next_process(ctx: Context) -> None:
    await import_rows(ctx, vendor_rows(30), source="leverantör")
    async with ctx.db.transaction() as session:  # written by something that stores no words
        await session.execute(update(WishRow).values(terms=None))
    await ctx.wish_index.refresh(ctx.db)
    assert ctx.wish_index.normalised == 30
    another = WishIndex()  # another process, with the same rules
    await another.refresh(ctx.db)
    assert (another.read, another.normalised) == (30, 0)
    other_rules = WishIndex({**DEFAULT_GLOSSARY, "ba": "byggavdelning"})
    await other_rules.refresh(ctx.db)
    assert other_rules.normalised == 30  # words made by other rules are not taken over


async def test_a_change_committed_after_a_look_began_is_seen_at_the_next(
    ctx: Context,
) -> None:
    """A transaction that changes a wish before the index looks and commits after it: on
    PostgreSQL its number was still running at the look, on SQLite it held the write lock."""
    await import_rows(ctx, vendor_rows(10), source="leverantör")
    index = ctx.wish_index
    await index.refresh(ctx.db)
    async with ctx.db.transaction() as late:
        await late.execute(update(WishRow).where(WishRow.id == 3).values(hidden=True))
        await late.execute(update(WishRow).where(WishRow.id == 4).values(title="Radon i skolor"))
        await index.refresh(ctx.db)  # sees neither yet
        assert 3 in index.index and index.read == 0
    await index.refresh(ctx.db)
    assert 3 not in index.index and index.read == 2
    assert (await index.search(ctx.db, "Radon i skolor"))[0][0] == 4
    await index.refresh(ctx.db)
    assert index.read == 0


async def test_what_the_import_stores_is_what_the_index_would_make(ctx: Context) -> None:
    await import_rows(ctx, vendor_rows(8), source="leverantör")
    async with ctx.db.transaction() as session:
        columns = select(WishRow.title, WishRow.description, WishRow.terms)
        stored = list(await session.execute(columns))
    for title, description, terms in stored:
        assert terms == ctx.wish_index.terms_of(title, description)


async def test_keep_fresh_takes_an_import_in_before_a_search(ctx: Context) -> None:
    index = ctx.wish_index
    await index.keep_fresh(ctx.db)
    await import_rows(ctx, vendor_rows(40), source="leverantör")
    await index.keep_fresh(ctx.db)  # as the runtime runs it, every few seconds
    assert (index.read, len(index.index)) == (40, 40)
    await index.search(ctx.db, "Önskemål om tillsynsavgift")
    assert index.read == 0  # the search found nothing left to take in


async def test_keep_fresh_does_not_queue_behind_a_look_under_way(ctx: Context) -> None:
    index = ctx.wish_index
    await import_rows(ctx, vendor_rows(5), source="leverantör")
    async with index._refreshing:  # a search's look, under way
        await index.keep_fresh(ctx.db)  # returns: it would only look again after it
    assert len(index.index) == 0
    await index.keep_fresh(ctx.db)
    assert len(index.index) == 5


async def test_one_search_reads_the_listed_wishes_as_the_index_does(ctx: Context) -> None:
    await import_rows(ctx, vendor_rows(60), source="leverantör")
    async with ctx.db.transaction() as session:  # one hidden, one merged, one without words
        await session.execute(update(WishRow).where(WishRow.id == 2).values(hidden=True))
        await session.execute(update(WishRow).where(WishRow.id == 6).values(merged_into_id=10))
        await session.execute(update(WishRow).where(WishRow.id == 14).values(terms=None))
    text = "Önskemål 13 om tillsynsavgift"  # #14's, as #2's and #6's are much alike
    once = await WishIndex().search_once(ctx.db, text, limit=8, threshold=0.0)
    indexed = await ctx.wish_index.search(ctx.db, text, limit=8, threshold=0.0)
    assert once == indexed and len(once) == 8
    assert once[0][0] == 14 and {2, 6}.isdisjoint(n for n, _ in once)


async def test_one_search_takes_stored_words_only_where_the_index_would(
    ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`bryggan wishes similar` checks each wish's key itself (the check of `_words`, written
    out): words stored for another text are made again, the others taken as they are; and
    it prints the titles read for the search."""
    await import_rows(ctx, vendor_rows(40), source="leverantör")
    stale = "0123456789abcdef bygglov"  # another text's key: not this wish's words
    async with ctx.db.transaction() as session:
        await session.execute(update(WishRow).where(WishRow.id == 5).values(terms=stale))
        await session.execute(update(WishRow).where(WishRow.id == 8).values(terms=""))
    index, made = WishIndex(), []
    words = index._words
    monkeypatch.setattr(index, "_words", lambda *wish: made.append(wish[0]) or words(*wish))
    text = "Önskemål 4 om bygglovsansökan"
    titled = await index.titled_once(ctx.db, text, limit=6, threshold=0.0)
    assert sorted(made) == ["Önskemål 4 om bygglovsansökan", "Önskemål 7 om delegationsbeslut"]
    indexed = await ctx.wish_index.search(ctx.db, text, limit=6, threshold=0.0)
    assert [(number, score) for number, _title, score in titled] == indexed
    assert titled[0][:2] == (5, "Önskemål 4 om bygglovsansökan")
    assert all(title == f"Önskemål {n - 1} om {TOPICS[(n - 1) % 4]}" for n, title, _ in titled)


@pytest.fixture
async def runtime(db_target: DatabaseTarget) -> AsyncIterator[Runtime]:
    """A runtime on the test's database, built before the test (its set-up is not the loop's
    business: the loop watch counts the test alone)."""
    settings = Settings(database_url=db_target.url, database_schema=db_target.schema)  # type: ignore[call-arg]
    built = Runtime(settings, clock=FakeClock(), with_web=False, with_chat=False)
    yield built
    await built.db.dispose()


async def test_the_runtime_takes_in_another_processs_wishes_before_a_member_asks(
    runtime: Runtime,
) -> None:
    """The scheduler's `wish-index` job reads what an import elsewhere added, so the next
    /wish searches an index that already holds it."""
    async with runtime.db.transaction() as session:  # as `bryggan wishes import` would
        for n in range(3):
            await create_wish(
                session, title=f"Importerat önskemål {n}", description="", module="Bygg",
                municipality=None, submitted_by_id=None, now=FakeClock().now(),
                source="vendor", external_id=f"V-{n}",
            )  # fmt: skip
    assert len(runtime.ctx.wish_index.index) == 0
    await runtime.scheduler.run_due("wish-index")
    assert len(runtime.ctx.wish_index.index) == 3
