"""Per-person limits: floods store at most the limit, across a person's accounts; the board is
exempt; each has a control case that shows the limit is what stops the flood."""

from __future__ import annotations

import asyncio
import hashlib
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from handlers.clock import FakeClock
from handlers.context import Context
from handlers.people.config import COMMAND, Limit
from handlers.types import Member
from storage import outbox
from storage.meeting_models import AgendaItemRow
from storage.people_models import ActionRow
from storage.rounds import points_in
from storage.wish_models import WishRow, WishSupportRow
from tests.people import verified
from tests.unit.test_people_verify import ask, code_in, give
from tests.unit.test_wishes import run, submit, text, wishes_channel

EVA_DISCORD = Member("discord", "1", "Eva")
EVA_SLACK = Member("slack", "U1", "Eva")
BO = Member("console", "bo", "Bo", is_board=True)


@pytest.fixture(autouse=True)
def _codes_shown_on_every_platform(ctx: Context) -> None:
    ctx.people = replace(ctx.people, shown_code_platforms=("console", "discord", "slack"))


async def rows(ctx: Context, model: type) -> int:
    async with ctx.db.transaction() as session:
        return int((await session.execute(select(func.count(model.id)))).scalar_one())


def unlike(n: int) -> str:
    """A title like no other (letters from a hash), so no similar-wish question intervenes."""
    digest = hashlib.sha256(str(n).encode()).hexdigest()
    return " ".join(
        "".join(chr(ord("a") + int(c, 16)) for c in digest[i : i + 8]) for i in (0, 8, 16)
    )


async def flood_of_wishes(ctx: Context, who: Member, n: int = 50) -> list[str]:
    return [text(await submit(ctx, who, unlike(i), module="Bygg")) for i in range(n)]


async def test_a_flood_of_fifty_wishes_stores_five(ctx: Context) -> None:
    await wishes_channel(ctx)
    answers = await flood_of_wishes(ctx, EVA_DISCORD)
    assert sum(a.startswith("Tack!") for a in answers) == 5
    assert await rows(ctx, WishRow) == 5
    refused = answers[5]
    assert refused.startswith("Du har skickat in 5 önskemål inom 1 timme, det högsta som tillåts.")
    assert "försök igen efter torsdag 1 januari 2026 kl. 14:00" in refused
    cards = [r for r in await outbox.list_rows(ctx.db, limit=500) if r.action == "send"]
    assert len(cards) == await rows(ctx, WishRow), "nothing posted for a refused wish"


async def test_control_without_the_wish_limit_the_flood_is_stored(ctx: Context) -> None:
    ctx.people = replace(ctx.people, limits={})
    answers = await flood_of_wishes(ctx, EVA_DISCORD)
    assert all(a.startswith("Tack!") for a in answers)
    assert await rows(ctx, WishRow) == 50


async def test_the_limit_holds_across_a_persons_linked_accounts(
    ctx: Context, clock: FakeClock
) -> None:
    for account in (EVA_DISCORD, EVA_SLACK):
        await give(ctx, account, code_in(await ask(ctx, account, "eva@lund.se")))
    for n in range(3):
        await submit(ctx, EVA_DISCORD, unlike(n))
    for n in range(3, 5):
        await submit(ctx, EVA_SLACK, unlike(n))
    assert await rows(ctx, WishRow) == 5
    assert text(await submit(ctx, EVA_SLACK, unlike(5))).startswith("Du har skickat in 5")
    clock.advance(3600)
    assert text(await submit(ctx, EVA_SLACK, unlike(5))).startswith("Tack!")


async def test_agenda_proposals_three_a_day(ctx: Context, clock: FakeClock) -> None:
    await run(ctx, BO, "meeting", "add", "2026-01-20", "18:00")
    answers = [
        text(await run(ctx, EVA_DISCORD, "agenda", "propose", f"Punkt {n}")) for n in range(50)
    ]
    assert sum(a.startswith("Tack!") for a in answers) == 3
    assert answers[3].startswith("Du har föreslagit 3 dagordningspunkter inom 1 dag")
    assert await rows(ctx, AgendaItemRow) == 3
    board_posts = [r for r in await outbox.list_rows(ctx.db) if "agenda-item" in r.idempotency_key]
    assert len(board_posts) <= 3
    clock.advance(86400)
    assert text(await run(ctx, EVA_DISCORD, "agenda", "propose", "Ny dag")).startswith("Tack!")


async def test_commands_thirty_a_minute_and_the_board_is_exempt(
    ctx: Context, clock: FakeClock
) -> None:
    answers = [text(await run(ctx, EVA_DISCORD, "help")) for _ in range(31)]
    assert all(not a.startswith("Du har använt") for a in answers[:30])
    assert answers[30].startswith("Du har använt 30 kommandon inom 1 minut")
    board = [text(await run(ctx, BO, "help")) for _ in range(40)]
    assert not any(a.startswith("Du har använt") for a in board)
    clock.advance(60)
    assert not text(await run(ctx, EVA_DISCORD, "help")).startswith("Du har använt")


async def test_limits_are_kept_in_the_database_and_old_actions_forgotten(
    ctx: Context, clock: FakeClock
) -> None:
    ctx.people = replace(ctx.people, limits={COMMAND: Limit(3, timedelta(minutes=1))})
    for _ in range(3):
        await run(ctx, EVA_DISCORD, "help")
    fresh = replace(ctx, people=ctx.people)  # another process: nothing in memory is shared
    assert text(await run(fresh, EVA_DISCORD, "help")).startswith("Du har använt 3 kommandon")
    clock.advance(120)
    await run(ctx, EVA_DISCORD, "help")
    assert await rows(ctx, ActionRow) == 1, "rows out of every window were removed"


async def test_supports_sixty_an_hour(ctx: Context) -> None:
    ctx.people = replace(ctx.people, limits={"support": Limit(60, timedelta(hours=1))})
    await submit(ctx, BO, "Gemensam mall för delegationsbeslut", module="Miljö")
    answers = [text(await run(ctx, EVA_DISCORD, "support", "1")) for _ in range(61)]
    assert answers[60].startswith("Du har ändrat ditt stöd 60 gånger inom 1 timme")
    assert await rows(ctx, WishSupportRow) == 1  # Bo's; Eva's 60 toggles end withdrawn


@pytest.mark.parametrize("accounts", [2])
async def test_concurrent_supports_and_points_from_two_accounts_count_once(
    ctx: Context, accounts: int
) -> None:
    """50 supports and 50 point changes at once from one person's two accounts."""
    ctx.people = replace(ctx.people, limits={})
    for account in (EVA_DISCORD, EVA_SLACK)[:accounts]:
        await give(ctx, account, code_in(await ask(ctx, account, "eva@lund.se")))
    await verified(ctx, BO, "Mora")
    for n in range(3):
        await submit(ctx, BO, unlike(n))
    await run(ctx, BO, "round", "open", "2026-02-01", points="10")
    supports = [run(ctx, (EVA_DISCORD, EVA_SLACK)[n % 2], "support", "1") for n in range(50)]
    points = [
        run(ctx, (EVA_DISCORD, EVA_SLACK)[n % 2], "round", "place", str(1 + n % 3), str(3 + n % 5))
        for n in range(50)
    ]
    await asyncio.gather(*supports, *points)
    async with ctx.db.transaction() as session:
        eva_supports = (
            await session.execute(
                select(func.count(WishSupportRow.id)).where(WishSupportRow.wish_id == 1)
            )
        ).scalar_one()
        placed = await points_in(session, 1, "Lund")
    assert eva_supports in (1, 2)  # Bo's, and Eva's once if her toggles ended on "support"
    assert 0 < sum(p.points for p in placed) <= 10
    assert len({p.wish_id for p in placed}) == len(placed)
