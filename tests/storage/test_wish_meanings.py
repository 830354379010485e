"""The listed wishes' meanings: made in the background and stored with each wish, taken over by
the next process, made again when the text changes; weighed by the judge of what a member is
shown before saving, and left out where the meaning model cannot run."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from sqlalchemy import select, update

from handlers.context import Context
from handlers.meaning import Meanings, Vector, decoded, shared_meanings
from handlers.wishes.similar import WishIndex, wish_text
from handlers.wishes.similar_meanings import FILL_BATCH
from storage.wish_models import WishRow
from storage.wishes import create_wish
from tests.unit import wish_families_sealed6 as labelled


class _Counted(Meanings):
    """The process's model, counting the stored wishes' texts it is asked to mean."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def of_wishes(self, texts: Sequence[str]) -> list[Vector]:
        self.asked += texts
        return shared_meanings().of_wishes(texts)

    def of_query(self, text: str) -> Vector:
        return shared_meanings().of_query(text)

    def _loaded(self) -> Any:
        return shared_meanings()._loaded()


async def _stored(ctx: Context, count: int) -> list[int]:
    """The first `count` wishes of a labelled set, as members wrote them."""
    async with ctx.db.transaction() as session:
        for wish in labelled.WISHES[:count]:
            title, _, description = wish.text.partition(". ")
            await create_wish(
                session, title=title, description=description, module=wish.module,
                municipality=None, submitted_by_id=None, now=ctx.clock.now(),
            )  # fmt: skip
        rows = await session.execute(select(WishRow.id, WishRow.revision).order_by(WishRow.id))
        return [revision for _, revision in rows]


async def _meanings(ctx: Context) -> dict[int, bytes | None]:
    async with ctx.db.transaction() as session:
        rows = await session.execute(select(WishRow.id, WishRow.meaning))
        return {number: meaning for number, meaning in rows}


async def test_meanings_are_made_in_the_background_and_stored_without_a_change(
    ctx: Context,
) -> None:
    revisions = await _stored(ctx, FILL_BATCH + 4)  # more than one batch
    index = WishIndex(meanings=_Counted())
    await index.keep_fresh(ctx.db)  # as the runtime runs it, every few seconds
    assert (len(index.meanings), index.meanings.waiting) == (FILL_BATCH + 4, 0)
    async with ctx.db.transaction() as session:
        rows = (await session.execute(select(WishRow))).scalars().all()
        for row in rows:
            vector = decoded(wish_text(row.title, row.description), row.meaning)
            assert vector is not None
            made = shared_meanings().of_wishes([wish_text(row.title, row.description)])[0]
            assert float(vector @ made) == pytest.approx(1.0, abs=1e-3)  # half precision
    assert [row.revision for row in sorted(rows, key=lambda r: r.id)] == revisions
    await index.refresh(ctx.db)
    assert index.read == 0  # storing a meaning is no change to take in


async def test_the_next_process_takes_the_stored_meanings_and_remakes_a_changed_one(
    ctx: Context,
) -> None:
    await _stored(ctx, 6)
    await WishIndex(meanings=_Counted()).keep_fresh(ctx.db)
    async with ctx.db.transaction() as session:
        await session.execute(update(WishRow).where(WishRow.id == 2).values(title="Radonmätning"))
        await session.execute(update(WishRow).where(WishRow.id == 3).values(hidden=True))
    model = _Counted()
    later = WishIndex(meanings=model)
    await later.keep_fresh(ctx.db)
    assert model.asked == [wish_text("Radonmätning", labelled.WISHES[1].text.partition(". ")[2])]
    assert (len(later.meanings), later.meanings.waiting) == (5, 0)
    stored = await _meanings(ctx)
    assert decoded(model.asked[0], stored[2]) is not None


async def test_a_match_not_meant_yet_is_meant_at_once_and_stored_by_the_next_fill(
    ctx: Context,
) -> None:
    await _stored(ctx, 20)
    model = _Counted()
    index = WishIndex(meanings=model)
    await index.refresh(ctx.db)  # taken in, none meant yet
    assert index.meanings.waiting == 20
    await index.shown_before_saving(ctx.db, labelled.QUERIES[0].text)
    assert 1 <= len(model.asked) <= 3  # the matches only
    await index.keep_fresh(ctx.db)
    assert all(stored is not None for stored in (await _meanings(ctx)).values())


async def test_the_meanings_find_a_reworded_wish_the_words_alone_do_not_show(
    ctx: Context,
) -> None:
    """ "The daily list of documents received and drawn up, on the website" is the post list
    published on the municipality's site: the words alone do not show the stored wish, the
    meanings do; and a one-off search (`bryggan wishes similar`) answers as the index does."""
    await _stored(ctx, len(labelled.WISHES))
    query = next(q for q in labelled.QUERIES if q.text.startswith("Dagliga listan"))
    numbers = {wish.number: n + 1 for n, wish in enumerate(labelled.WISHES)}
    meant = WishIndex()
    words = WishIndex(meanings=Meanings(enabled=False))
    found = [n for n, _ in await meant.shown_before_saving(ctx.db, query.text)]
    assert numbers[query.original] in found
    assert numbers[query.original] not in [
        n for n, _ in await words.shown_before_saving(ctx.db, query.text)
    ]
    once = await WishIndex().titled_once(ctx.db, query.text, threshold=0.0, judged=True)
    assert [number for number, _, _ in once] == found


async def test_without_the_model_the_words_alone_are_weighed_and_nothing_is_made(
    ctx: Context,
) -> None:
    await _stored(ctx, 10)
    index = WishIndex(meanings=Meanings(enabled=False))
    await index.keep_fresh(ctx.db)
    assert not index.meanings.model.available
    shown = await index.shown_before_saving(ctx.db, labelled.WISHES[3].text)
    assert shown and shown[0][0] == 4  # a wish written again is still shown
    assert set((await _meanings(ctx)).values()) == {None}
