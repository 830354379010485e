"""The similar-wish index reads only what changed: an import once, an edit as one wish, a
change committed after a look began at the next look; and it takes over the words stored
with each wish instead of normalising them again."""

from __future__ import annotations

from sqlalchemy import select, update

from handlers.context import Context
from handlers.similarity import DEFAULT_GLOSSARY
from handlers.wishes.importer import import_rows
from handlers.wishes.similar import WishIndex
from storage.wish_models import WishRow

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
