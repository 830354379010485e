"""Forty thousand wishes, on SQLite and PostgreSQL: listed, paged, searched and exported (a
search matching them all hands the database more numbers than asyncpg's 32,767 parameters)."""

from __future__ import annotations

from sqlalchemy import insert

from handlers.context import Context
from handlers.run import run_command, run_interaction
from handlers.types import Command, Interaction, Member, Reply
from handlers.wishes.export import export_rows
from storage.wish_models import WishRow

MANY = 40_000
EVA = Member("console", "eva", "Eva")


async def many_wishes(ctx: Context, count: int, title: str, description: str = "") -> None:
    """`count` wishes of one text, inserted a thousand at a time, with their words."""
    now = ctx.clock.now()
    row = {
        "title": title, "description": description, "module": "Bygg", "status": "ny",
        "hidden": False, "terms": ctx.wish_index.terms_of(title, description),
        "created_at": now, "updated_at": now,
    }  # fmt: skip
    for start in range(0, count, 1000):
        async with ctx.db.transaction() as session:
            await session.execute(insert(WishRow), [row] * min(1000, count - start))


async def wishes(ctx: Context, **options: object) -> Reply:
    return await run_command(ctx, Command("wishes", EVA, None, options=options))


async def test_forty_thousand_wishes_are_listed_searched_and_exported(ctx: Context) -> None:
    await many_wishes(ctx, MANY - 10, "Bygglovsansökan i e-tjänst")
    await many_wishes(ctx, 10, "Radonmätning i skolor")
    first = await wishes(ctx)
    assert first.message.title == "Önskemål, sida 1 av 4000"
    assert first.message.text.splitlines()[0].startswith("1. #1 Bygglovsansökan i e-tjänst")
    [following] = first.message.buttons
    last = await run_interaction(
        ctx, Interaction(following.action_id, EVA, None, following.value.replace("2", "4000", 1))
    )
    assert last.message.title == "Önskemål, sida 4000 av 4000"
    assert last.message.text.splitlines()[-1].startswith("40000. #40000 Radonmätning i skolor")
    found = await wishes(ctx, search="bygglov")  # all but ten, by number
    assert found.message.title == "Önskemål, sida 1 av 3999"
    only = await wishes(ctx, search="radon")
    assert (only.message.title, only.message.text.count("\n")) == ("Önskemål, sida 1 av 1", 9)
    async with ctx.db.transaction() as session:
        rows = await export_rows(session)
    assert len(rows) == MANY and rows[-1]["title"] == "Radonmätning i skolor"
