"""`/meetings.ics`: the board's meetings as an iCalendar feed members subscribe to, and the
open meetings shown on the archive page.

Times carry the Europe/Stockholm zone (with its VTIMEZONE), so a calendar shows them right on
either side of a daylight-saving change. Each meeting keeps its UID; an edit raises SEQUENCE
and a cancelled meeting stays in the feed as STATUS:CANCELLED, so subscribed calendars update
or strike it instead of keeping a stale copy. Join links appear only for open meetings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

from aiohttp import web
from icalendar import Calendar, Event

from bot.public.atom import safe_url
from handlers.context import Context
from handlers.i18n import translator
from handlers.meetings.present import KIND_LABELS
from handlers.meetings.times import spoken
from storage.meeting_models import MeetingRow
from storage.meetings import calendar_meetings, upcoming_meetings

CALENDAR_PATH = "/meetings.ics"
KEPT_DAYS = 60  # past meetings stay this long, so calendars do not drop them at once


@dataclass(frozen=True)
class OpenMeeting:
    """An open meeting as the archive page lists it."""

    title: str
    when_text: str
    when_iso: str
    link: str | None


async def open_meetings(ctx: Context) -> list[OpenMeeting]:
    async with ctx.db.transaction() as session:
        meetings = await upcoming_meetings(session, ctx.clock.now(), limit=5, open_only=True)
    return [
        OpenMeeting(
            title=m.title,
            when_text=spoken(m.starts_at, ctx.meetings.zone, "sv"),
            when_iso=m.starts_at.isoformat(timespec="minutes"),
            link=safe_url(m.link),
        )
        for m in meetings
    ]


def build_calendar(ctx: Context, meetings: list[MeetingRow], host: str) -> bytes:
    _ = translator(ctx.default_locale)
    calendar = Calendar()
    calendar.add("prodid", "-//Bryggan//Möten//SV")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{ctx.public.site_name} – möten")
    calendar.add("x-wr-timezone", ctx.meetings.zone.key)
    for meeting in meetings:
        event = Event()
        event.add("uid", f"meeting-{meeting.id}@{host}")
        event.add("dtstamp", meeting.updated_at)
        event.add("last-modified", meeting.updated_at)
        event.add("created", meeting.created_at)
        event.add("sequence", meeting.sequence)
        event.add("dtstart", meeting.starts_at.astimezone(ctx.meetings.zone))
        event.add("dtend", meeting.ends_at.astimezone(ctx.meetings.zone))
        event.add("summary", meeting.title)
        event.add("status", "CANCELLED" if meeting.cancelled_at else "CONFIRMED")
        description = _(KIND_LABELS[meeting.kind]).capitalize()
        link = safe_url(meeting.link) if meeting.open else None
        if link:
            event.add("url", link)
            event.add("location", link)
            description += f"\n{link}"
        elif not meeting.open:
            description += " – " + _("for the board")
        if meeting.cancel_reason:
            description += f"\n{meeting.cancel_reason}"
        event.add("description", description)
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def add_calendar_routes(app: web.Application, ctx: Context) -> None:
    async def meetings_ics(request: web.Request) -> web.Response:
        since = ctx.clock.now() - timedelta(days=KEPT_DAYS)
        async with ctx.db.transaction() as session:
            meetings = await calendar_meetings(session, since)
        # UIDs must never change: from the configured address, never from a request's Host.
        host = urlsplit(ctx.public.base_url).hostname if ctx.public.base_url else None
        body = build_calendar(ctx, meetings, host or "bryggan.invalid")
        return web.Response(
            body=body,
            content_type="text/calendar",
            charset="utf-8",
            headers={"Cache-Control": "max-age=300"},
        )

    app.router.add_get(CALENDAR_PATH, meetings_ics)
