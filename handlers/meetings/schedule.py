"""The posts a meeting makes, when they are due, and keeping them in step with the meeting.

Every post is a stored row (`scheduled_posts`): adding a meeting plans them, moving it moves
the ones still waiting and edits the ones already posted, cancelling it withdraws the ones
waiting. `run_due` posts what is due through the outbox in the same transaction that marks
it done, so a restart neither loses nor repeats one.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.jobs import JobSpec
from handlers.meetings.config import MeetingConfig
from handlers.meetings.present import post_message
from handlers.meetings.registration import remind_registered
from handlers.meetings.times import at_local_time, wall_clock_shift
from handlers.mirroring import delete_copies, edit_copies, fan_out
from storage.channels import channels_for_topic
from storage.meeting_models import MeetingRow, ScheduledPostRow
from storage.meetings import (
    DONE,
    PENDING,
    SKIPPED,
    WITHDRAWN,
    due_post_ids,
    get_meeting,
    scheduled_posts,
    take_due_post,
)

log = logging.getLogger(__name__)
BEFORE_THE_MEETING = ("call", "agenda", "reminder")  # pointless once it has begun
EDITED_WHEN_MOVED = ("call", "agenda")  # posts that name the time, kept true


def due_times(meeting: MeetingRow, config: MeetingConfig) -> dict[str, datetime]:
    """When each of the meeting's posts goes out (an agenda only for an open meeting)."""
    zone = config.zone
    due = {
        "call": at_local_time(meeting.starts_at, zone, days=-config.call_days, at=config.call_time),
        "reminder": meeting.starts_at - timedelta(minutes=config.reminder_minutes),
        "minutes": at_local_time(meeting.ends_at, zone, days=1, at=config.minutes_time),
    }
    if meeting.open:
        due["agenda"] = wall_clock_shift(meeting.starts_at, zone, hours=-config.agenda_hours)
    return due


async def plan(
    ctx: Context, session: AsyncSession, meeting: MeetingRow, *, moved: bool = False
) -> None:
    """Store the meeting's posts, or move the waiting ones after a change; posts already out
    that name the time are edited to match. After a move, a post that was skipped (or a
    reminder already sent) whose new time lies ahead goes out again at that time."""
    wanted = due_times(meeting, ctx.meetings)
    existing = await scheduled_posts(session, meeting.id, lock=ctx.db.is_postgresql)
    now = ctx.clock.now()
    for kind, due_at in wanted.items():
        post = existing.get(kind)
        if post is None:
            session.add(
                ScheduledPostRow(meeting_id=meeting.id, kind=kind, due_at=due_at, status=PENDING)
            )
        elif post.status in (PENDING, WITHDRAWN) or (
            moved and due_at > now and (post.status == SKIPPED or kind == "reminder")
        ):
            post.due_at, post.status = due_at, PENDING
        elif post.status == DONE and kind in EDITED_WHEN_MOVED:
            await _edit_posted(ctx, session, meeting, kind)
    for kind, post in existing.items():
        if kind in wanted:
            continue
        if post.status == PENDING:
            post.status = WITHDRAWN
        elif post.status == DONE and kind == "agenda":  # no longer open: take the link down
            post.status = WITHDRAWN
            await delete_copies(
                session, source_kind="meeting-agenda", source_id=meeting.id, now=now
            )


def _again(post: ScheduledPostRow, moved: bool, ahead: bool) -> bool:
    """After a move, a skipped post (or a reminder already sent) whose new time is ahead."""
    return moved and ahead and (post.status == SKIPPED or post.kind == "reminder")


async def withdraw(ctx: Context, session: AsyncSession, meeting: MeetingRow) -> None:
    """A cancelled meeting: nothing more goes out, and what went out says it is cancelled."""
    posts = await scheduled_posts(session, meeting.id, lock=ctx.db.is_postgresql)
    for kind, post in posts.items():
        if post.status == PENDING:
            post.status = WITHDRAWN
        elif post.status == DONE and kind in EDITED_WHEN_MOVED:
            await _edit_posted(ctx, session, meeting, kind)


async def _edit_posted(ctx: Context, session: AsyncSession, meeting: MeetingRow, kind: str) -> None:
    message = await post_message(ctx, session, meeting, kind)
    await edit_copies(
        session,
        source_kind=f"meeting-{kind}",
        source_id=meeting.id,
        message_for=lambda _platform, _target: message,
        now=ctx.clock.now(),
    )


async def refresh_posted_agenda(ctx: Context, session: AsyncSession, meeting: MeetingRow) -> None:
    """An item accepted or declined after the agenda went out: the posted agenda follows."""
    post = (await scheduled_posts(session, meeting.id)).get("agenda")
    if post is not None and post.status == DONE:
        await _edit_posted(ctx, session, meeting, "agenda")


def _topic(meeting: MeetingRow, kind: str) -> str:
    if kind == "minutes" or (kind == "reminder" and not meeting.open):
        return "board"
    return "meetings"


async def run_due(ctx: Context) -> int:
    """Post every scheduled post whose time has come; returns how many went out."""
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        due = await due_post_ids(session, now)
    posted = 0
    for post_id in due:
        try:
            posted += await _post_one(ctx, post_id, now)
        except Exception:
            log.exception("scheduled post %s failed; it stays due", post_id)
    if posted:
        ctx.wake_outbox()
    return posted


async def _post_one(ctx: Context, post_id: int, now: datetime) -> int:
    async with ctx.db.transaction() as session:
        post = await take_due_post(session, post_id, now)
        if post is None:
            return 0
        meeting = await get_meeting(session, post.meeting_id, lock=ctx.db.is_postgresql)
        if meeting is None or meeting.cancelled_at is not None:
            post.status = WITHDRAWN
            return 0
        if post.kind in BEFORE_THE_MEETING and now >= meeting.starts_at:
            post.status = SKIPPED  # the bot was away until the meeting began: too late
            return 0
        message = await post_message(ctx, session, meeting, post.kind)
        channels = await channels_for_topic(session, _topic(meeting, post.kind))
        await fan_out(
            session,
            source_kind=f"meeting-{post.kind}",
            source_id=meeting.id,
            destinations=[(c.platform, c.channel_id) for c in channels],
            message_for=lambda _platform, _target: message,
            now=now,
            revision=meeting.sequence,
        )
        if post.kind == "reminder" and meeting.kind == "annual":
            await remind_registered(ctx, session, meeting)  # privately, with the join link
        return 1


JOBS = (JobSpec("meetings", 20, run_due),)  # meetings' calls, agendas and reminders
