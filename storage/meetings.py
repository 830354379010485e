"""Repositories for meetings, agenda proposals and the posts meetings schedule."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.meeting_models import AgendaItemRow, MeetingRow, ScheduledPostRow

PENDING, DONE, WITHDRAWN, SKIPPED = "pending", "done", "withdrawn", "skipped"


async def get_meeting(
    session: AsyncSession, meeting_id: int, *, lock: bool = False
) -> MeetingRow | None:
    if not lock:
        return await session.get(MeetingRow, meeting_id)
    statement = select(MeetingRow).where(MeetingRow.id == meeting_id).with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def upcoming_meetings(
    session: AsyncSession, now: datetime, *, limit: int = 20, open_only: bool = False
) -> list[MeetingRow]:
    """Meetings not cancelled that have not ended, soonest first."""
    statement = (
        select(MeetingRow)
        .where(MeetingRow.cancelled_at.is_(None), MeetingRow.ends_at > now)
        .order_by(MeetingRow.starts_at, MeetingRow.id)
        .limit(limit)
    )
    if open_only:
        statement = statement.where(MeetingRow.open.is_(True))
    return list((await session.execute(statement)).scalars())


@dataclass(frozen=True)
class Recording:
    """A meeting's recording as shown beside its minutes and announcement."""

    url: str | None  # None: removed (the archive still shows when it changed)
    changed_at: datetime


async def recordings_of(
    session: AsyncSession, meeting_ids: Collection[int]
) -> dict[int, Recording]:
    """The recordings of these meetings, each with when it was last set or removed."""
    if not meeting_ids:
        return {}
    statement = select(
        MeetingRow.id, MeetingRow.recording_url, MeetingRow.recording_changed_at
    ).where(MeetingRow.id.in_(list(meeting_ids)), MeetingRow.recording_changed_at.is_not(None))
    rows = (await session.execute(statement)).all()
    return {int(n): Recording(url, at) for n, url, at in rows if at is not None}


async def recorded_meetings(session: AsyncSession, *, limit: int) -> list[MeetingRow]:
    """The latest meetings with a recording, the most recent meeting first."""
    statement = (
        select(MeetingRow)
        .where(MeetingRow.recording_url.is_not(None), MeetingRow.cancelled_at.is_(None))
        .order_by(MeetingRow.starts_at.desc(), MeetingRow.id.desc())
        .limit(limit)
    )
    return list((await session.execute(statement)).scalars())


async def calendar_meetings(session: AsyncSession, since: datetime) -> list[MeetingRow]:
    """Every meeting that ends after `since`, cancelled ones too (a calendar must hear of it)."""
    result = await session.execute(
        select(MeetingRow).where(MeetingRow.ends_at > since).order_by(MeetingRow.starts_at)
    )
    return list(result.scalars())


async def scheduled_posts(
    session: AsyncSession, meeting_id: int, *, lock: bool = False
) -> dict[str, ScheduledPostRow]:
    """The meeting's posts; with `lock` (PostgreSQL) held against a scheduler taking one at
    the same moment, so a change never overwrites a post that just went out."""
    statement = select(ScheduledPostRow).where(ScheduledPostRow.meeting_id == meeting_id)
    if lock:
        statement = statement.with_for_update()
    result = await session.execute(statement)
    return {row.kind: row for row in result.scalars()}


async def due_post_ids(session: AsyncSession, now: datetime, *, limit: int = 50) -> list[int]:
    result = await session.execute(
        select(ScheduledPostRow.id)
        .where(ScheduledPostRow.status == PENDING, ScheduledPostRow.due_at <= now)
        .order_by(ScheduledPostRow.due_at, ScheduledPostRow.id)
        .limit(limit)
    )
    return [int(ident) for ident in result.scalars()]


async def take_due_post(
    session: AsyncSession, post_id: int, now: datetime
) -> ScheduledPostRow | None:
    """Mark a due post done in the caller's transaction; None when another process (or an
    earlier run) already took it. Its outbox rows are queued in the same transaction, so it
    goes out exactly once whatever is killed when."""
    result = await session.execute(
        update(ScheduledPostRow)
        .where(
            ScheduledPostRow.id == post_id,
            ScheduledPostRow.status == PENDING,
            ScheduledPostRow.due_at <= now,  # not if the meeting was moved meanwhile
        )
        .values(status=DONE, done_at=now)
        .returning(ScheduledPostRow.id)
    )
    if result.first() is None:
        return None
    return await session.get(ScheduledPostRow, post_id)


async def agenda_items(
    session: AsyncSession, meeting_id: int, *, status: str | None = None
) -> list[AgendaItemRow]:
    statement = (
        select(AgendaItemRow)
        .where(AgendaItemRow.meeting_id == meeting_id)
        .order_by(AgendaItemRow.id)
    )
    if status is not None:
        statement = statement.where(AgendaItemRow.status == status)
    return list((await session.execute(statement)).scalars())


async def get_agenda_item(session: AsyncSession, item_id: int) -> AgendaItemRow | None:
    return await session.get(AgendaItemRow, item_id)
