"""The survey clock on a controlled clock: one private reminder, at closing time minus the
set hours, to members who have not answered and want notices; closing once, on time, after
which answers are refused."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from handlers.clock import FakeClock
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.mail.fanout import NOTICE_PREFIX
from handlers.mail.fanout import PLATFORM as EMAIL
from handlers.portal import WEB
from handlers.public_config import PublicConfig
from handlers.surveys import authoring
from handlers.surveys.reminders import remind, survey_tick
from storage import outbox
from storage.db import Database
from storage.members import upsert_member
from storage.models import OutboxRow
from storage.surveys import get_survey
from tests.conftest import DatabaseTarget
from tests.unit.test_survey_results import BOARD, EVA, KIM, OLA, PER, act, make_survey, run, text

HOURS = 48
# Closes 2026-01-31 23:59 in Stockholm (CET, +01:00) = 22:59 UTC.
CLOSES = datetime(2026, 1, 31, 22, 59, tzinfo=UTC)
REMIND_AT = datetime(2026, 1, 29, 22, 59, tzinfo=UTC)


async def reminders(ctx: Context) -> list[OutboxRow]:
    rows = await outbox.list_rows(ctx.db, limit=1000)
    return sorted(
        (r for r in rows if r.idempotency_key.startswith("survey-reminder:")), key=lambda r: r.id
    )


def set_clock(clock: FakeClock, when: datetime) -> None:
    clock.advance((when - clock.now()).total_seconds())


async def prepared(ctx: Context) -> None:
    """Eva answers, Ola turns notices off, Kim speaks English, Per does nothing."""
    await make_survey(ctx)
    opened = await act(ctx, EVA, authoring.ANSWER, "1")
    assert opened.form is not None
    values = {"q1": "Bygg", "q2": "4", "q5": "Yes"}
    await act(ctx, EVA, "survey.answers", opened.form.context, **values)
    assert text(await run(ctx, OLA, "notifications", "off")).startswith("You will no longer")
    await run(ctx, KIM, "language", "en")
    await run(ctx, PER, "help")
    async with ctx.db.transaction() as session:  # seen posting in a bridge, never a command
        await upsert_member(
            session, platform="slack", user_id="U5", display_name="Gäst", now=ctx.clock.now()
        )


async def test_one_reminder_at_the_time_to_those_who_have_not_answered(
    ctx: Context, clock: FakeClock, db_target: DatabaseTarget
) -> None:
    await prepared(ctx)
    woken: list[int] = []
    ctx.wake_outbox = lambda: woken.append(1)
    set_clock(clock, REMIND_AT)
    clock.advance(-1)
    await survey_tick(ctx, reminder_hours=HOURS)
    assert await reminders(ctx) == [] and woken == []
    clock.advance(1)
    await survey_tick(ctx, reminder_hours=HOURS)
    sent = await reminders(ctx)
    assert [r.destination for r in sent] == ["console:dm:bo", "console:dm:kim", "console:dm:per"]
    assert [r.idempotency_key.rsplit(":", 1)[0] for r in sent] == ["survey-reminder:1"] * 3
    assert len({r.idempotency_key for r in sent}) == 3  # one a person
    kim = sent[1].payload
    assert kim["title"] == "Reminder: Castor 2026"
    assert kim["text"].startswith("The survey “Castor 2026” closes Saturday 31 January 2026")
    assert [(b["action_id"], b["value"]) for b in kim["buttons"]] == [(authoring.ANSWER, "1")]
    assert woken == [1]
    async with ctx.db.transaction() as session:
        survey = await get_survey(session, 1)
        assert survey is not None and survey.reminded_at == REMIND_AT
    # later ticks, and two processes ticking at once, remind nobody again
    clock.advance(3600)
    others = [db_target.open() for _ in range(2)]
    try:
        contexts = [Context(db=d, catalogue=build_catalogue(), clock=clock) for d in others]
        await asyncio.gather(*(survey_tick(c, reminder_hours=HOURS) for c in contexts))
    finally:
        for other in others:
            await other.dispose()
    await survey_tick(ctx, reminder_hours=HOURS)
    assert len(await reminders(ctx)) == 3


async def test_the_reminder_is_claimed_once_by_two_processes(
    ctx: Context, clock: FakeClock, db_target: DatabaseTarget
) -> None:
    await prepared(ctx)
    set_clock(clock, REMIND_AT)
    databases: list[Database] = [db_target.open() for _ in range(2)]
    try:
        contexts = [Context(db=d, catalogue=build_catalogue(), clock=clock) for d in databases]
        queued = await asyncio.gather(*(remind(c, 1, clock.now()) for c in contexts))
    finally:
        for database in databases:
            await database.dispose()
    assert sorted(queued) == [0, 3], "only the process whose UPDATE matched queued any"
    assert len(await reminders(ctx)) == 3


async def test_the_survey_closes_once_on_time_and_refuses_answers_after(
    ctx: Context, clock: FakeClock
) -> None:
    await prepared(ctx)
    set_clock(clock, CLOSES)
    clock.advance(-1)
    await survey_tick(ctx, reminder_hours=HOURS)
    opened = await act(ctx, PER, authoring.ANSWER, "1")
    assert opened.form is not None, "still open a second before"
    clock.advance(1)
    await survey_tick(ctx, reminder_hours=HOURS)
    clock.advance(600)
    await survey_tick(ctx, reminder_hours=HOURS)
    async with ctx.db.transaction() as session:
        survey = await get_survey(session, 1)
        assert survey is not None
        assert (survey.status, survey.closed_at) == ("closed", CLOSES)
    refused = "Survey #1 is closed; answers are no longer taken."
    assert text(await act(ctx, PER, authoring.ANSWER, "1")) == refused
    values = {"q1": "Bygg", "q2": "4", "q5": "Yes"}
    assert text(await act(ctx, PER, "survey.answers", opened.form.context, **values)) == refused
    assert len(await reminders(ctx)) == 3, "the late first tick still reminded, once"
    results = await run(ctx, BOARD, "survey", "results", "1")
    assert results.message.text.splitlines()[0] == "Closed."


async def test_a_member_on_the_web_only_is_reminded_by_mail(ctx: Context, clock: FakeClock) -> None:
    """Their account is the web's, which sends nothing itself: the reminder goes by mail to
    the address they proved, with no button, and nothing waits on a platform that is none."""
    ctx.public = PublicConfig("https://bryggan.example.se")
    await prepared(ctx)
    async with ctx.db.transaction() as session:
        lisa = await upsert_member(
            session, platform=WEB, user_id="lisa@mora.se", display_name="Lisa", now=clock.now()
        )
        lisa.person.email, lisa.person.joined_at = "lisa@mora.se", clock.now()
        person = lisa.person.id
    set_clock(clock, REMIND_AT)
    await survey_tick(ctx, reminder_hours=HOURS)
    sent = await reminders(ctx)
    assert not [r for r in sent if r.platform == WEB]
    [mail] = [r for r in sent if r.platform == EMAIL]
    assert mail.target == f"{NOTICE_PREFIX}{person}"
    assert mail.payload["title"] == "Påminnelse: Castor 2026" and not mail.payload.get("buttons")
    assert mail.payload["url"] == "https://bryggan.example.se/surveys"  # where to answer instead
