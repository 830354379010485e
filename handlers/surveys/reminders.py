"""The survey clock, run by the scheduler: surveys close at their time, and members who
have not answered get one private reminder some hours before.

Both steps are guarded in the database (an UPDATE that only matches once), so two
processes ticking at the same moment close a survey once and remind each member once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TypeVar

from handlers.context import Context
from handlers.i18n import Translator, translator
from handlers.jobs import JobSpec
from handlers.meetings.notices import tell_member
from handlers.surveys.authoring import ANSWER, closing_text
from handlers.types import Button, Message
from storage.people_models import PersonRow
from storage.survey_models import SurveyRow
from storage.surveys import claim_reminder, close_surveys_due, not_answered, surveys_to_remind

T = TypeVar("T")


async def survey_tick(ctx: Context, *, reminder_hours: int) -> None:
    """Close what is due, then send the reminders that have come due."""
    now = ctx.clock.now()
    closed = await close_due(ctx, now)
    reminded = 0
    for survey_id in await _reminders_due(ctx, now, reminder_hours):
        reminded += await remind(ctx, survey_id, now)
    if closed or reminded:
        ctx.wake_outbox()


async def close_due(ctx: Context, now: datetime) -> int:
    """Close every open survey whose closing time has passed; returns how many."""
    async with ctx.db.transaction() as session:
        return await close_surveys_due(session, now)


async def _reminders_due(ctx: Context, now: datetime, hours: int) -> list[int]:
    async with ctx.db.transaction() as session:
        return await surveys_to_remind(session, now, timedelta(hours=hours))


async def remind(ctx: Context, survey_id: int, now: datetime) -> int:
    """Mark the survey reminded and queue the reminders in one transaction; only the
    process whose UPDATE matched sends any. Returns how many were queued."""
    async with ctx.db.transaction() as session:
        if not await claim_reminder(session, survey_id, now):
            return 0
        survey = await session.get(SurveyRow, survey_id)
        assert survey is not None
        queued = 0
        for person, member in await not_answered(session, survey_id):
            said = reminder(ctx, survey, person)  # on the web only: by mail, with no button
            queued += await tell_member(
                ctx,
                session,
                person,
                member,
                key=f"survey-reminder:{survey_id}",
                text_for=_already(said.text),
                title_for=_already(said.title or ""),
                buttons_for=_already(said.buttons),
                mail_url=ctx.public.url("surveys"),  # the web answers what the button would
            )
        return queued


def _already(said: T) -> Callable[[Translator], T]:
    """A text already said in the person's language, as tell_member asks for one."""
    return lambda _: said


def reminder(ctx: Context, survey: SurveyRow, person: PersonRow) -> Message:
    _ = translator(person.locale or ctx.default_locale)
    text = _(
        "The survey “{title}” closes {closes} and you have not answered yet. It takes a "
        "few minutes; your answer is private.",
        title=survey.title,
        closes=closing_text(ctx, survey, _),
    )
    return Message(
        title=_("Reminder: {title}", title=survey.title),
        text=text,
        buttons=(Button(_("Answer"), ANSWER, str(survey.id), style="primary"),),
    )


async def _tick(ctx: Context) -> None:
    await survey_tick(ctx, reminder_hours=ctx.surveys.reminder_hours)


JOBS = (JobSpec("surveys", 20, _tick),)  # surveys to close, members to remind
