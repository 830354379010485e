"""Prioritisation rounds: a budget of points per municipality over the open wishes, the last
change wins, budgets hold under concurrent changes, closing is exact in local time."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, update

from handlers.clock import FakeClock
from handlers.context import Context
from handlers.people.texts import bare_name, named_with_municipality
from handlers.rounds.close import close_due
from handlers.run import run_command
from handlers.types import Channel, Command, Member, Reply
from handlers.wishes.export import export_rows
from storage import outbox
from storage.channels import add_topic
from storage.people_models import PersonRow
from storage.round_models import RoundResultRow
from storage.rounds import points_in
from storage.wishes import create_wish
from tests.people import verify_all

BOARD = Member("console", "anna", "Anna", is_board=True, municipality="Växjö")
VAXJO_1 = Member("console", "bo", "Bo", municipality="Växjö")
VAXJO_2 = Member("console", "cia", "Cia", municipality="Växjö")
UMEA = Member("console", "dan", "Dan", municipality="Umeå")
NOWHERE = Member("console", "eva", "Eva")


@pytest.fixture(autouse=True)
async def _verified_members(ctx: Context) -> None:
    """The members above count for the municipalities written on them."""
    await verify_all(ctx, BOARD, VAXJO_1, VAXJO_2, UMEA, NOWHERE)


ROOM = Channel("console", "önskemål", "önskemål")
# 31 March 2026 is after the change to summer time: 23:59 in Stockholm is 21:59 UTC.
CLOSES = datetime(2026, 3, 31, 21, 59, tzinfo=UTC)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 20, 12, 0, tzinfo=UTC))


@pytest.fixture
async def wishes(ctx: Context) -> list[int]:
    async with ctx.db.transaction() as session:
        made = [
            await create_wish(
                session, title=title, description="", module=module, municipality=None,
                submitted_by_id=None, now=ctx.clock.now(), status=status,
            )
            for title, module, status in (
                ("Sökning i bygglov", "Bygg", "ny"),
                ("Kartlager", "Kart & mät", "beredning"),
                ("Mallar för BAB", "BAB", "ny"),
                ("Redan levererat", "Bygg", "levererad"),
            )
        ]  # fmt: skip
        await add_topic(
            session, platform="console", channel_id="önskemål", channel_name="önskemål",
            topic="wishes", added_by="test", now=ctx.clock.now(),
        )  # fmt: skip
    return [w.id for w in made]


def text(reply: Reply) -> str:
    fields = [f"{f.name}: {f.value}" for f in reply.message.fields]
    return "\n".join([reply.message.title or "", reply.message.text, *fields]).strip()


async def round_(ctx: Context, member: Member, *words: str) -> str:
    return text(await run_command(ctx, Command("round", member, ROOM, positional=words)))


async def test_a_round_with_several_municipalities(ctx: Context, wishes: list[int]) -> None:
    assert await round_(ctx, VAXJO_1, "open", "2026-03-31") == (
        "Bara styrelseledamöter får använda /round open."
    )
    assert await round_(ctx, BOARD, "open", "2026-03-01") == "Stängningstiden har redan varit."
    opened = await round_(ctx, BOARD, "open", "2026-03-31", "points:10")
    assert opened.startswith("Prioriteringsomgång 1 är öppen: 3 önskemål, 10 poäng per kommun")
    assert "tisdag 31 mars 2026 kl. 23:59" in opened
    assert await round_(ctx, BOARD, "open", "2026-04-30") == (
        "En omgång är redan öppen; den måste stänga först."
    )

    assert await round_(ctx, VAXJO_1, "place", "1", "6") == "Poäng för Växjö: #1: 6. 4 av 10 kvar."
    assert await round_(ctx, VAXJO_2, "place", "2", "5") == (
        "Växjö har 10 poäng totalt och 6 på andra önskemål: #2 kan få högst 4."
    )
    assert await round_(ctx, VAXJO_2, "place", "1", "2") == "Poäng för Växjö: #1: 2. 8 av 10 kvar."
    # more than the whole budget on the wish that holds all there is: what it can have
    assert await round_(ctx, VAXJO_2, "place", "1", "11") == (
        "Växjö har 10 poäng totalt och 0 på andra önskemål: #1 kan få högst 10."
    )
    assert await round_(ctx, VAXJO_2, "place", "2", "5") == (
        "Poäng för Växjö: #1: 2, #2: 5. 3 av 10 kvar."
    )
    assert await round_(ctx, UMEA, "place", "2", "10") == "Poäng för Umeå: #2: 10. 0 av 10 kvar."
    assert await round_(ctx, UMEA, "place", "4", "1") == "#4 ingår inte i den här omgången."
    assert (await round_(ctx, NOWHERE, "place", "1", "1")).startswith(
        "Bara medlemmar med en verifierad kommun"
    )
    status = await round_(ctx, VAXJO_1, "status")
    assert "1. #2 Kartlager: 15 (2)\n2. #1 Sökning i bygglov: 2 (1)" in status
    assert "Växjö: Poäng för Växjö: #1: 2, #2: 5. 3 av 10 kvar." in status, (
        "the municipality's split"
    )


async def test_concurrent_changes_never_exceed_a_budget(ctx: Context, wishes: list[int]) -> None:
    await round_(ctx, BOARD, "open", "2026-03-31", "points:10")
    members = [Member("console", f"m{n}", f"M{n}", municipality="Växjö") for n in range(12)]
    await verify_all(ctx, *members)
    await asyncio.gather(
        *(
            round_(ctx, member, "place", str(wishes[n % 3]), str(3 + n % 4))
            for n, member in enumerate(members)
        )
    )
    async with ctx.db.transaction() as session:
        placed = await points_in(session, 1, "Växjö")
    assert 0 < sum(p.points for p in placed) <= 10
    assert len({p.wish_id for p in placed}) == len(placed), "one row per wish"


async def test_closing_is_exact_in_local_time_and_the_result_is_kept(
    ctx: Context, clock: FakeClock, wishes: list[int]
) -> None:
    await round_(ctx, BOARD, "open", "2026-03-31")
    await round_(ctx, VAXJO_1, "place", "3", "7")
    await round_(ctx, UMEA, "place", "1", "4")
    await round_(ctx, UMEA, "place", "3", "6")
    clock.advance((CLOSES - clock.now()).total_seconds() - 1)
    assert await close_due(ctx) == 0, "a second early"
    assert (
        await round_(ctx, UMEA, "place", "3", "5") == "Poäng för Umeå: #1: 4, #3: 5. 1 av 10 kvar."
    )
    clock.advance(1)
    assert await round_(ctx, UMEA, "place", "1", "6") == (
        "Ingen omgång är öppen; poäng kan inte längre fördelas."
    )
    assert await close_due(ctx) == 1
    assert await close_due(ctx) == 0, "closed once"
    async with ctx.db.transaction() as session:
        stored = (await session.execute(select(RoundResultRow))).scalars()
        results = {r.wish_id: (r.rank, r.points) for r in stored}
    assert results == {wishes[2]: (1, 12), wishes[0]: (2, 4), wishes[1]: (3, 0)}
    rows = await outbox.list_rows(ctx.db)
    (posted,) = [r for r in rows if r.idempotency_key.startswith("round-result")]
    assert posted.payload["title"] == "Resultat av prioriteringsomgång 1"
    assert posted.payload["text"].startswith("1. #3 Mallar för BAB: 12 poäng från 2 kommuner")
    async with ctx.db.transaction() as session:
        exported = {row["number"]: row for row in await export_rows(session)}
    assert (exported[3]["round_rank"], exported[3]["round_points"]) == (1, 12)
    assert (exported[2]["round_rank"], exported[2]["round_points"]) == (3, 0)
    assert exported[4]["round_rank"] == "", "not in the round"


async def test_hidden_and_merged_wishes_during_a_round(
    ctx: Context, clock: FakeClock, wishes: list[int]
) -> None:
    await round_(ctx, BOARD, "open", "2026-03-31")
    await round_(ctx, VAXJO_1, "place", "1", "5")
    await round_(ctx, VAXJO_1, "place", "3", "5")
    await run_command(ctx, Command("wish-hide", BOARD, ROOM, positional=("1",)))
    await run_command(ctx, Command("wish-merge", BOARD, ROOM, positional=("3", "2")))
    assert await round_(ctx, UMEA, "place", "1", "2") == ("#1 går inte längre att prioritera.")
    status = await round_(ctx, UMEA, "status")
    assert "#1 " not in status and "1. #2 Kartlager: 5 (1)" in status, "merged points move"
    clock.advance((CLOSES - clock.now()).total_seconds())
    assert await close_due(ctx) == 1
    async with ctx.db.transaction() as session:
        stored = (await session.execute(select(RoundResultRow))).scalars()
        results = {r.wish_id: (r.rank, r.points) for r in stored}
    assert results == {wishes[1]: (1, 5)}, "a hidden wish and a merged duplicate rank nowhere"


async def test_the_database_holds_at_most_one_open_round(ctx: Context) -> None:
    """Two board members opening a round at the same moment: the second insert fails."""
    from sqlalchemy.exc import IntegrityError

    from storage.round_models import RoundRow

    def row() -> RoundRow:
        now = ctx.clock.now()
        return RoundRow(points=10, status="open", opened_by="x", opened_at=now, closes_at=now)

    async with ctx.db.transaction() as session:
        session.add(row())
    with pytest.raises(IntegrityError):
        async with ctx.db.transaction() as session:
            session.add(row())
    async with ctx.db.transaction() as session:
        closed = row()
        closed.status = "closed"
        session.add(closed)  # closed rounds are not limited


async def test_the_log_keeps_every_change_and_shows_members_their_own_municipality(
    ctx: Context, wishes: list[int]
) -> None:
    await round_(ctx, BOARD, "open", "2026-03-31")
    await round_(ctx, VAXJO_1, "place", "1", "4")
    await round_(ctx, VAXJO_2, "place", "1", "2")
    await round_(ctx, UMEA, "place", "2", "10")
    await round_(ctx, UMEA, "place", "2", "10")  # no change: not logged
    own = await round_(ctx, VAXJO_1, "log")
    assert own.startswith("Ändringar av poäng i omgång 1 (Växjö)")
    assert "Bo (Växjö) #1 0 → 4" in own and "Cia (Växjö) #1 4 → 2" in own
    assert "Umeå" not in own.split("\n", 1)[1]
    everything = await round_(ctx, BOARD, "log")
    assert everything.count(" → ") == 3 and "Dan (Umeå) #2 0 → 10" in everything
    assert (await round_(ctx, BOARD, "log", "municipality:Umeå")).count(" → ") == 1
    assert await round_(ctx, VAXJO_1, "log", "municipality:Umeå") == (
        "Bara styrelsen ser andra kommuners loggar."
    )
    assert (await round_(ctx, NOWHERE, "log")).startswith("Bara medlemmar med en verifierad kommun")
    assert await round_(ctx, BOARD, "log", "7") == "Det finns ingen omgång #7."


async def test_a_web_only_member_is_named_in_the_log_with_the_municipality_once(
    ctx: Context, wishes: list[int]
) -> None:
    """A web-only person is named "Medlem, Växjö" (handlers/portal/signin.py): the log line,
    which gives the municipality itself, says "Medlem (Växjö)", not "Medlem, Växjö (Växjö)"."""
    await round_(ctx, BOARD, "open", "2026-03-31")
    await round_(ctx, VAXJO_1, "place", "1", "4")
    async with ctx.db.transaction() as session:
        await session.execute(update(PersonRow).values(display_name="Medlem, Växjö"))
    shown = await round_(ctx, BOARD, "log")
    assert "Medlem (Växjö) #1 0 → 4" in shown and "Växjö, Växjö" not in shown
    assert named_with_municipality("Medlem, Mora", "Mora") == "Medlem, Mora"
    assert named_with_municipality("Anna", "Mora") == "Anna, Mora"
    assert named_with_municipality("Anna", None) == bare_name("Anna", "Mora") == "Anna"


async def test_the_board_closes_a_round_early_or_cancels_one_opened_by_mistake(
    ctx: Context, wishes: list[int]
) -> None:
    """A closing date typed years ahead must not block rounds until then: the board can
    cancel the round (no result) or close it now (its result, posted once)."""
    await round_(ctx, BOARD, "open", "2037-03-31")  # meant 2027
    assert (await round_(ctx, BOARD, "open", "2026-03-31")).startswith("En omgång är redan öppen")
    assert await round_(ctx, VAXJO_1, "cancel") == (
        "Bara styrelseledamöter får använda /round cancel."
    )
    cancelled = await round_(ctx, BOARD, "ställ-in", "skäl:Fel datum")
    assert cancelled == "Prioriteringsomgång 1 är inställd; den har inget resultat. Fel datum"
    assert (await round_(ctx, VAXJO_1, "place", "1", "4")).startswith("Ingen omgång är öppen")
    await round_(ctx, BOARD, "open", "2026-03-31")
    await round_(ctx, VAXJO_1, "place", "1", "4")
    closed = await round_(ctx, BOARD, "close")
    assert closed == "Omgång 2 är stängd; resultatet är publicerat i önskemålskanalerna."
    assert await round_(ctx, BOARD, "close") == "Ingen omgång är öppen."
    assert await round_(ctx, BOARD, "cancel") == "Ingen omgång är öppen."
    posts = [r.payload["text"] for r in await outbox.list_rows(ctx.db, limit=100)]
    assert sum("inställd" in p for p in posts if p) >= 1
    async with ctx.db.transaction() as session:
        results = (await session.execute(select(RoundResultRow))).scalars().all()
    assert {r.round_id for r in results} == {2}  # the cancelled round has none
    assert await close_due(ctx) == 0  # nothing left for the timed job
