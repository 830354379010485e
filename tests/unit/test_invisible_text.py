"""Invisible text: a title of zero-width characters is refused as empty, and bidi controls
(which make a text read differently from what it says) never reach storage or a post."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from handlers.context import Context
from handlers.parsing import without_controls
from storage.wish_models import WishRow
from tests.people import verify_all
from tests.unit.test_wishes import EVA, run, submit, text

ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (ZERO_WIDTH, ""),
        (" \u200b \u00a0", ""),
        ("\u202eevil\u202c", "evil"),
        ("a\u2066b\u2069c", "abc"),
        ("👩\u200d💻 ok", "👩\u200d💻 ok"),  # a joiner inside visible text stays
        ("rad 1\nrad 2\tslut", "rad 1\nrad 2\tslut"),
    ],
)
def test_controls_go_and_invisible_only_text_is_empty(typed: str, kept: str) -> None:
    assert without_controls(typed) == kept


async def wishes(ctx: Context) -> list[str]:
    async with ctx.db.transaction() as session:
        return list((await session.execute(select(WishRow.title))).scalars())


async def test_an_invisible_title_is_refused_and_bidi_controls_are_stripped(
    ctx: Context,
) -> None:
    await verify_all(ctx, EVA)
    refused = await submit(ctx, EVA, ZERO_WIDTH)
    assert "rubrik" in text(refused).lower() and await wishes(ctx) == []
    await submit(ctx, EVA, "\u202eBygglov\u202c i e-tjänst")
    assert await wishes(ctx) == ["Bygglov i e-tjänst"]
    async with ctx.db.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(WishRow)) == 1
    assert "\u202e" not in text(await run(ctx, EVA, "visa-önskemål", "1"))
