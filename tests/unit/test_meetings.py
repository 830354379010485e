"""Meetings: the calendar in Stockholm time, the posts each meeting schedules (stored, once,
at the right local time across a daylight-saving change and a restart), agenda proposals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from handlers.announcements.archive import recent_items
from handlers.clock import FakeClock
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.meetings.schedule import run_due
from handlers.run import run_command, run_interaction
from handlers.types import Channel, Command, Interaction, Member, Reply
from storage import outbox
from storage.channels import add_topic
from storage.db import Database
from storage.feed_models import MinutesRow
from storage.meeting_models import MeetingRow
from storage.meetings import scheduled_posts
from tests.people import verify_all

BOARD = Member("console", "anna", "Anna", is_board=True)
EVA = Member("console", "eva", "Eva", municipality="Växjö")


@pytest.fixture(autouse=True)
async def _verified_members(ctx: Context) -> None:
    """The members above count for the municipalities written on them."""
    await verify_all(ctx, BOARD, EVA)


ROOM = Channel("console", "möten", "möten")
# Summer time begins in Sweden on Sunday 29 March 2026 at 02:00 (CET → CEST).
BEFORE_DST = datetime(2026, 3, 20, 12, 0, tzinfo=UTC)
STEP = 1800


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(BEFORE_DST)


@pytest.fixture
async def ctx(db: Database, clock: FakeClock) -> Context:
    context = Context(db=db, catalogue=build_catalogue(), clock=clock)
    async with db.transaction() as session:
        for channel, topic in (("möten", "meetings"), ("styrelsen", "board")):
            await add_topic(
                session,
                platform="console",
                channel_id=channel,
                channel_name=channel,
                topic=topic,
                added_by="test",
                now=clock.now(),
            )
    return context


def text(reply: Reply) -> str:
    fields = [f"{f.name}: {f.value}" for f in reply.message.fields]
    return "\n".join([reply.message.title or "", reply.message.text, *fields]).strip()


async def meeting(ctx: Context, *words: str, member: Member = BOARD) -> Reply:
    return await run_command(ctx, Command("meeting", member, ROOM, positional=words))


async def posts(ctx: Context) -> list[tuple[str, str]]:
    """(destination, title) of every send queued so far, in order."""
    rows = sorted(await outbox.list_rows(ctx.db, limit=1000), key=lambda r: r.id)
    return [(r.destination, r.payload.get("title", "")) for r in rows if r.action == "send"]


async def step_until(ctx: Context, clock: FakeClock, until: datetime) -> dict[str, datetime]:
    """Move the clock half an hour at a time (every due time here is on the hour), running
    the scheduler each step; returns when each kind of post first went out."""
    seen: dict[str, datetime] = {}
    while clock.now() < until:
        clock.advance(STEP)
        before = len(await posts(ctx))
        await run_due(ctx)
        for _destination, title in (await posts(ctx))[before:]:
            seen.setdefault(title.split(":")[0].split(" ")[0], clock.now())
    return seen


async def test_posts_go_out_once_at_local_time_across_dst_and_a_restart(
    ctx: Context, clock: FakeClock, db: Database
) -> None:
    added = await meeting(ctx, "add", "2026-03-31", "18:00", "open:ja", "link:https://m.se/x")
    assert text(added) == (
        "Möte #1 finns i kalendern: #1 Styrelsemöte, tisdag 31 mars 2026 kl. 18:00."
    )
    # The call: 7 days before at 09:00 local (CET, +01:00) = 08:00 UTC on 24 March.
    seen = await step_until(ctx, clock, datetime(2026, 3, 24, 7, 30, tzinfo=UTC))
    assert seen == {}
    clock.advance(STEP - 1)  # 07:59:59 UTC: a second early
    assert await run_due(ctx) == 0
    clock.advance(1)
    assert await run_due(ctx) == 1, "08:00 UTC is 09:00 in Stockholm before summer time"

    # A restart: a new Context on the same database repeats nothing and loses nothing.
    ctx = Context(db=db, catalogue=build_catalogue(), clock=clock)
    # The agenda: the day before at 18:00 local (CEST, +02:00) = 16:00 UTC on 30 March; the
    # reminder an hour before the start (16:00 UTC on 31 March) = 15:00 UTC.
    seen = await step_until(ctx, clock, datetime(2026, 3, 31, 15, 30, tzinfo=UTC))
    assert seen == {
        "Dagordning": datetime(2026, 3, 30, 16, 0, tzinfo=UTC),
        "Om": datetime(2026, 3, 31, 15, 0, tzinfo=UTC),  # "Om en timme: …"
    }
    # The minutes reminder: the day after at 09:00 local (CEST) = 07:00 UTC, to the board.
    seen = await step_until(ctx, clock, datetime(2026, 4, 1, 8, 0, tzinfo=UTC))
    assert seen == {"Protokoll": datetime(2026, 4, 1, 7, 0, tzinfo=UTC)}
    sent = await posts(ctx)
    assert len(sent) == 4, "each post exactly once"
    assert sent[-1][0] == "console:styrelsen"
    assert [d for d, _t in sent[:3]] == ["console:möten"] * 3


async def test_bad_input_gets_a_clear_answer_and_stores_nothing(ctx: Context) -> None:
    assert text(await meeting(ctx, "add", "2026-03-01", "18:00")) == (
        "2026-03-01 18:00 har redan varit."
    )
    assert text(await meeting(ctx, "add", "31 mars", "18:00")) == (
        "”31 mars” är inget datum; skriv det som 2026-03-14."
    )
    assert text(await meeting(ctx, "add", "2026-04-02", "kl19")) == (
        "”kl19” är ingen tid; skriv den som 18:00."
    )
    assert text(await meeting(ctx, "add", "2026-03-29", "02:30")) == (
        "2026-03-29 02:30 finns inte i svensk tid (klockan hoppar över den timmen)."
    )
    assert text(await meeting(ctx, "cancel", "9")) == ("Det finns inget möte #9. /möten visar dem.")
    assert text(await meeting(ctx, "add", "2026-04-02", "18:00", member=EVA)) == (
        "Bara styrelseledamöter får använda /meeting add."
    )
    async with ctx.db.transaction() as session:
        assert (await session.get(MeetingRow, 1)) is None


async def test_moving_and_cancelling_a_meeting_moves_and_withdraws_its_posts(
    ctx: Context, clock: FakeClock
) -> None:
    await meeting(ctx, "add", "2026-03-26", "18:00", "title:Marsmöte")
    clock.advance(3600)
    await run_due(ctx)  # the call is overdue at once: the meeting is less than 7 days away
    assert [t for _d, t in await posts(ctx)] == [
        "Föreslå punkter till dagordningen: #1 Marsmöte, torsdag 26 mars 2026 kl. 18:00"
    ]
    moved = await meeting(ctx, "edit", "1", "date:2026-04-09", "time:17:30")
    assert text(moved) == "Möte #1 är ändrat: #1 Marsmöte, torsdag 9 april 2026 kl. 17:30."
    rows = await outbox.list_rows(ctx.db, limit=100)
    (edit,) = [r for r in rows if r.action == "edit"]
    assert "9 april 2026 kl. 17:30" in edit.payload["title"], "the posted call tells the new time"
    async with ctx.db.transaction() as session:
        planned = await scheduled_posts(session, 1)
    assert planned["reminder"].due_at == datetime(2026, 4, 9, 14, 30, tzinfo=UTC)

    cancelled = await meeting(ctx, "cancel", "1", "reason:Flyttas till hösten")
    assert text(cancelled) == "Möte #1 är inställt."
    async with ctx.db.transaction() as session:
        planned = await scheduled_posts(session, 1)
    assert {p.status for k, p in planned.items() if k != "call"} == {"withdrawn"}
    clock.advance(30 * 86400)
    assert await run_due(ctx) == 0
    rows = await outbox.list_rows(ctx.db, limit=100)  # newest first
    last_edit = next(r for r in rows if r.action == "edit")
    assert last_edit.payload["title"] == "Inställt: Marsmöte"


async def test_members_propose_and_the_board_decides(ctx: Context, clock: FakeClock) -> None:
    await meeting(ctx, "add", "2026-04-02", "18:00", "open:ja")
    proposed = await run_command(
        ctx, Command("agenda", EVA, ROOM, positional=("propose", "Bygglovsflödet", "i", "BAB"))
    )
    assert text(proposed).startswith("Tack! Förslag #1 till #1 Styrelsemöte")
    bad_wish = await run_command(
        ctx, Command("agenda", EVA, ROOM, positional=("propose", "X", "wish:77"))
    )
    assert text(bad_wish) == "Det finns inget önskemål #77."
    listed = text(await run_command(ctx, Command("agenda", BOARD, ROOM, positional=("list",))))
    assert "#1 · föreslaget: Bygglovsflödet i BAB — Eva, Växjö" in listed
    refused = await run_command(ctx, Command("agenda", EVA, ROOM, positional=("accept", "1")))
    assert text(refused) == "Bara styrelseledamöter får använda /agenda accept."
    accepted = await run_command(ctx, Command("agenda", BOARD, ROOM, positional=("accept", "1")))
    assert text(accepted) == "Förslag #1 är godtaget; förslagsställaren har fått besked."
    told = [r for r in await outbox.list_rows(ctx.db, limit=100) if r.target == "dm:eva"]
    assert told[0].payload["text"].startswith("Ditt förslag ”Bygglovsflödet i BAB” finns på")

    # The call's button opens a form bound to the meeting; its answer is a proposal.
    form = (await run_interaction(ctx, Interaction("agenda.propose", EVA, ROOM, value="1"))).form
    assert form is not None and form.context == "1"
    sent = await run_interaction(
        ctx, Interaction("agenda.form", EVA, ROOM, value="1", values={"text": "Kartor", "wish": ""})
    )
    assert text(sent).startswith("Tack! Förslag #2")
    clock.advance(timedelta(days=12, hours=12).total_seconds())
    await run_due(ctx)
    agenda = [t for d, t in await posts(ctx) if t.startswith("Dagordning")]
    assert len(agenda) == 1
    rows = await outbox.list_rows(ctx.db, limit=100)
    (posted,) = [r for r in rows if r.payload.get("title", "").startswith("Dagordning")]
    assert posted.payload["text"] == "1. Bygglovsflödet i BAB — Eva, Växjö"


async def test_the_annual_user_meeting_is_announced_everywhere(ctx: Context) -> None:
    async with ctx.db.transaction() as session:
        await add_topic(
            session,
            platform="slack",
            channel_id="CANN",
            channel_name="meddelanden",
            topic="announcements",
            added_by="test",
            now=ctx.clock.now(),
        )
    await meeting(ctx, "add", "2026-05-20", "10:00", "kind:annual", "link:https://traff.se")
    (item,) = await recent_items(ctx.db)
    assert item.title == "Användarträff"
    assert item.text.startswith("Välkommen till Användarträff onsdag 20 maj 2026 kl. 10:00!")
    assert ("slack:CANN", "Användarträff") in await posts(ctx)

    await meeting(ctx, "cancel", "1")
    (item,) = await recent_items(ctx.db)
    assert item.text == "#1 Användarträff, onsdag 20 maj 2026 kl. 10:00 är inställt."
    edits = [r for r in await outbox.list_rows(ctx.db) if r.action == "edit"]
    assert [e.destination for e in edits] == ["slack:CANN"]


async def test_minutes_are_linked_to_their_meeting(ctx: Context, clock: FakeClock) -> None:
    await meeting(ctx, "add", "2026-03-24", "18:00", "title:Marsmöte")
    clock.advance(timedelta(days=5).total_seconds())
    await run_due(ctx)
    reminder = next(t for _d, t in await posts(ctx) if t.startswith("Protokoll"))
    assert reminder == "Protokoll från #1 Marsmöte, tisdag 24 mars 2026 kl. 18:00?"
    opened = await run_interaction(ctx, Interaction("minutes.meeting", BOARD, ROOM, value="1"))
    assert opened.form is not None and opened.form.context == "1"
    prefilled = {f.name: f.value for f in opened.form.fields}
    assert (prefilled["date"], prefilled["title"]) == ("2026-03-24", "Marsmöte")
    refused = await run_interaction(ctx, Interaction("minutes.meeting", EVA, ROOM, value="1"))
    assert text(refused) == "Bara styrelseledamöter får göra det här."
    values = {"date": "2026-03-24", "title": "Marsmöte", "summary": "Beslut", "link": ""}
    await run_interaction(ctx, Interaction("minutes.form", BOARD, ROOM, value="1", values=values))
    async with ctx.db.transaction() as session:
        (minutes,) = (await session.execute(select(MinutesRow))).scalars()
    assert minutes.meeting_id == 1


async def test_a_moved_meeting_reminds_again_and_a_closed_one_takes_its_agenda_down(
    ctx: Context, clock: FakeClock
) -> None:
    await meeting(ctx, "add", "2026-03-26", "18:00", "open:ja", "link:https://m.se/hemlig")
    clock.advance((datetime(2026, 3, 26, 16, 5, tzinfo=UTC) - clock.now()).total_seconds())
    assert await run_due(ctx) == 3  # the call and agenda (overdue) and the reminder
    await meeting(ctx, "edit", "1", "date:2026-04-02")
    clock.advance(timedelta(days=7, hours=-1).total_seconds())  # 15:05 UTC is 17:05 in summer
    assert await run_due(ctx) == 1
    reminders = [t for _d, t in await posts(ctx) if t.startswith("Om ")]
    assert reminders == [
        "Om 55 minuter: #1 Styrelsemöte, torsdag 26 mars 2026 kl. 18:00",
        "Om 55 minuter: #1 Styrelsemöte, torsdag 2 april 2026 kl. 18:00",
    ]
    await meeting(ctx, "edit", "1", "open:nej")
    rows = await outbox.list_rows(ctx.db, limit=100)
    deleted = {r.ref_key for r in rows if r.action == "delete"}
    assert deleted == {"meeting-agenda:1:console:möten"}, "the posted join link comes down"


async def test_kind_changes_follow_through_and_proposals_go_to_the_next_meeting(
    ctx: Context, clock: FakeClock
) -> None:
    await meeting(ctx, "add", "2026-03-21", "10:00")
    await meeting(ctx, "add", "2026-04-20", "18:00")
    await meeting(ctx, "edit", "2", "kind:annual")
    (item,) = await recent_items(ctx.db)
    assert item.title == "Styrelsemöte" and "Alla medlemmar är välkomna" in item.text
    async with ctx.db.transaction() as session:
        annual = await session.get(MeetingRow, 2)
        assert annual is not None and annual.open
        assert annual.ends_at - annual.starts_at == timedelta(hours=7)
    await meeting(ctx, "edit", "2", "kind:monthly")
    assert await recent_items(ctx.db) == [], "no longer the user meeting: no announcement"

    clock.advance((datetime(2026, 3, 21, 9, 30, tzinfo=UTC) - clock.now()).total_seconds())
    proposed = await run_command(
        ctx, Command("agenda", EVA, ROOM, positional=("propose", "Mallar"))
    )
    assert text(proposed).startswith("Tack! Förslag #1 till #2"), "meeting #1 is under way"


async def test_meetings_shows_only_an_open_meetings_link(ctx: Context) -> None:
    """A board meeting's link (set for the board's own use) never reaches members in chat."""
    await meeting(ctx, "add", "2026-03-31", "18:00", "link:https://m.se/styrelsen")
    await meeting(ctx, "add", "2026-04-28", "18:00", "open:ja", "link:https://m.se/alla")
    shown = text(await run_command(ctx, Command("möten", EVA, ROOM)))
    assert "https://m.se/alla" in shown and "öppet för medlemmar" in shown
    assert "https://m.se/styrelsen" not in shown and "för styrelsen" in shown
