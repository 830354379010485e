"""The surveys open for answers, for the web portal's page of them (answering goes through
the survey's own Answer button, as in chat)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from handlers.context import Context
from storage.surveys import open_surveys


@dataclass(frozen=True)
class OpenSurvey:
    number: int
    title: str
    intro: str
    closes_at: datetime


async def surveys_open(ctx: Context) -> list[OpenSurvey]:
    async with ctx.db.transaction() as session:
        rows = await open_surveys(session, ctx.clock.now())
    return [OpenSurvey(row.id, row.title, row.intro, row.closes_at) for row in rows]
