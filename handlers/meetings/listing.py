"""The meetings ahead, for the web portal's page of them: members propose agenda items
through each meeting's own Propose button, as in chat; and the latest recordings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from handlers.context import Context
from storage.meetings import recorded_meetings, upcoming_meetings


@dataclass(frozen=True)
class MeetingAhead:
    number: int
    title: str
    starts_at: datetime
    open: bool  # members may join it
    annual: bool = False  # the user meeting: members register for it


async def meetings_ahead(ctx: Context, *, limit: int = 10) -> list[MeetingAhead]:
    async with ctx.db.transaction() as session:
        rows = await upcoming_meetings(session, ctx.clock.now(), limit=limit)
    return [
        MeetingAhead(row.id, row.title, row.starts_at, row.open, row.kind == "annual")
        for row in rows
    ]


@dataclass(frozen=True)
class MeetingRecorded:
    title: str
    starts_at: datetime
    url: str


async def meetings_recorded(ctx: Context, *, limit: int = 10) -> list[MeetingRecorded]:
    async with ctx.db.transaction() as session:
        rows = await recorded_meetings(session, limit=limit)
    return [MeetingRecorded(r.title, r.starts_at, r.recording_url or "") for r in rows]
