"""Repositories for surveys, their questions and members' answers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

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
    session: AsyncSession, survey_id: int, platform: str, user_id: str
) -> SurveyAnswerRow | None:
    result = await session.execute(
        select(SurveyAnswerRow).where(
            SurveyAnswerRow.survey_id == survey_id,
            SurveyAnswerRow.platform == platform,
            SurveyAnswerRow.user_id == user_id,
        )
    )
    return result.scalar_one_or_none()


async def answers_to(session: AsyncSession, survey_id: int) -> list[SurveyAnswerRow]:
    """Every answer (complete or not) to a survey, oldest first."""
    result = await session.execute(
        select(SurveyAnswerRow)
        .where(SurveyAnswerRow.survey_id == survey_id)
        .order_by(SurveyAnswerRow.id)
    )
    return list(result.scalars())


async def save_answers(
    session: AsyncSession,
    *,
    survey_id: int,
    platform: str,
    user_id: str,
    member_name: str,
    municipality: str | None,
    answers: dict[str, Any],
    complete: bool,
    now: datetime,
) -> SurveyAnswerRow:
    """Merge `answers` into the member's one answer row (made on first answer)."""
    row = await answer_of(session, survey_id, platform, user_id)
    if row is None:
        row = SurveyAnswerRow(
            survey_id=survey_id,
            platform=platform,
            user_id=user_id,
            member_name=member_name,
            municipality=municipality,
            answers={},
            complete=False,
            created_at=now,
            updated_at=now,
        )
        session.add(row)
    row.answers = {**(row.answers or {}), **answers}  # a new dict: JSON columns need it
    row.complete = row.complete or complete
    row.member_name, row.updated_at = member_name, now
    if municipality:
        row.municipality = municipality
    await session.flush()
    return row


async def surveys_due(session: AsyncSession, now: datetime) -> list[SurveyRow]:
    """Open surveys whose closing time has come."""
    result = await session.execute(
        select(SurveyRow).where(SurveyRow.status == OPEN, SurveyRow.closes_at <= now)
    )
    return list(result.scalars())
