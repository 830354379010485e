"""Repositories for surveys, their questions and members' answers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import CursorResult
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import MemberRow
from storage.people_models import PersonRow
from storage.survey_models import SurveyAnswerRow, SurveyQuestionRow, SurveyRow

DRAFT, OPEN, CLOSED = "draft", "open", "closed"


async def get_survey(session: AsyncSession, survey_id: int) -> SurveyRow | None:
    return await session.get(SurveyRow, survey_id)


async def questions_of(session: AsyncSession, survey_id: int) -> list[SurveyQuestionRow]:
    result = await session.execute(
        select(SurveyQuestionRow)
        .where(SurveyQuestionRow.survey_id == survey_id)
        .order_by(SurveyQuestionRow.position)
    )
    return list(result.scalars())


async def answer_of(
    session: AsyncSession, survey_id: int, person_id: int
) -> SurveyAnswerRow | None:
    result = await session.execute(
        select(SurveyAnswerRow).where(
            SurveyAnswerRow.survey_id == survey_id, SurveyAnswerRow.person_id == person_id
        )
    )
    return result.scalar_one_or_none()


@dataclass(frozen=True)
class CountedAnswer:
    """A person's answer with their name and verified municipality as they are now
    (None for an unverified person: counted in totals, never for a municipality)."""

    id: int
    survey_id: int
    answers: dict[str, Any]
    complete: bool
    member_name: str
    municipality: str | None
    updated_at: datetime


async def answers_to(session: AsyncSession, survey_id: int) -> list[CountedAnswer]:
    """Every answer (complete or not) to a survey, oldest first."""
    result = await session.execute(
        select(SurveyAnswerRow, PersonRow.display_name, PersonRow.municipality)
        .join(PersonRow, PersonRow.id == SurveyAnswerRow.person_id)
        .where(SurveyAnswerRow.survey_id == survey_id)
        .order_by(SurveyAnswerRow.id)
    )
    return [
        CountedAnswer(
            row.id,
            row.survey_id,
            dict(row.answers or {}),
            row.complete,
            name,
            place,
            row.updated_at,
        )
        for row, name, place in result
    ]


async def save_answers(
    session: AsyncSession,
    *,
    survey_id: int,
    person_id: int,
    answers: dict[str, Any],
    complete: bool,
    now: datetime,
) -> SurveyAnswerRow:
    """Merge `answers` into the person's one answer row (made on first answer)."""
    row = await answer_of(session, survey_id, person_id)
    if row is None:
        row = SurveyAnswerRow(
            survey_id=survey_id,
            person_id=person_id,
            answers={},
            complete=False,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
    row.answers = {**(row.answers or {}), **answers}  # a new dict: JSON columns need it
    row.complete = row.complete or complete
    row.updated_at = now
    await session.flush()
    return row


async def surveys_due(session: AsyncSession, now: datetime) -> list[SurveyRow]:
    """Open surveys whose closing time has come."""
    result = await session.execute(
        select(SurveyRow).where(SurveyRow.status == OPEN, SurveyRow.closes_at <= now)
    )
    return list(result.scalars())


async def close_surveys_due(session: AsyncSession, now: datetime) -> int:
    """Close every open survey whose closing time has passed, in one UPDATE that matches a
    survey once, so two processes ticking together close it once; returns how many."""
    result = await session.execute(
        update(SurveyRow)
        .where(SurveyRow.status == OPEN, SurveyRow.closes_at <= now)
        .values(status=CLOSED, closed_at=now)
        .execution_options(synchronize_session=False)
    )
    return _rowcount(result)


async def surveys_to_remind(session: AsyncSession, now: datetime, within: timedelta) -> list[int]:
    """Open surveys not yet reminded of that close within `within` from `now`."""
    result = await session.execute(
        select(SurveyRow.id).where(
            SurveyRow.status == OPEN,
            SurveyRow.reminded_at.is_(None),
            SurveyRow.closes_at > now,
            SurveyRow.closes_at <= now + within,
        )
    )
    return list(result.scalars())


async def claim_reminder(session: AsyncSession, survey_id: int, now: datetime) -> bool:
    """Mark an open survey reminded; True only for the one process whose UPDATE matched,
    which alone sends the reminders."""
    claimed = await session.execute(
        update(SurveyRow)
        .where(
            SurveyRow.id == survey_id,
            SurveyRow.status == OPEN,
            SurveyRow.reminded_at.is_(None),
        )
        .values(reminded_at=now)
        .execution_options(synchronize_session=False)
    )
    return _rowcount(claimed) == 1


async def not_answered(session: AsyncSession, survey_id: int) -> list[tuple[PersonRow, MemberRow]]:
    """People who want notices and have no answer (not even a part) to the survey, each
    once, with their first account to remind them on."""
    answered = select(SurveyAnswerRow.id).where(
        SurveyAnswerRow.survey_id == survey_id, SurveyAnswerRow.person_id == PersonRow.id
    )
    result = await session.execute(
        select(PersonRow, MemberRow)
        .join(MemberRow, MemberRow.person_id == PersonRow.id)
        .where(PersonRow.notifications.is_(True), PersonRow.blocked_at.is_(None))
        .where(PersonRow.joined_at.is_not(None))
        .where(~answered.exists())
        .order_by(PersonRow.id, MemberRow.id)
    )
    first: dict[int, tuple[PersonRow, MemberRow]] = {}
    for person, member in result:
        first.setdefault(person.id, (person, member))
    return list(first.values())


def _rowcount(result: object) -> int:
    return result.rowcount if isinstance(result, CursorResult) else 0


async def open_surveys(session: AsyncSession, now: datetime) -> list[SurveyRow]:
    """The surveys taking answers now, the soonest to close first."""
    rows = await session.scalars(
        select(SurveyRow)
        .where(SurveyRow.status == OPEN, SurveyRow.closes_at > now)
        .order_by(SurveyRow.closes_at, SurveyRow.id)
    )
    return list(rows)
