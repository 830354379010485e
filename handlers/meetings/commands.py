"""/meeting add|edit|cancel (board) and /meetings (everyone): the board's calendar.

Times are typed and shown in Stockholm time and stored in UTC; every change re-plans the
meeting's scheduled posts and bumps its iCalendar SEQUENCE so calendars follow.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.announcements.publish import publish, revise
from handlers.announcements.publish import withdraw as withdraw_announcement
from handlers.catalogue import Choice, CommandSpec, OptionSpec, OptionType, id_option
from handlers.context import Call, Context
from handlers.core.members import member_row
from handlers.errors import CommandError
from handlers.i18n import N_, Translator, translator
from handlers.meetings.config import KINDS
from handlers.meetings.found import existing_meeting, link_given
from handlers.meetings.present import KIND_LABELS, KIND_WORDS, heading, when
from handlers.meetings.recording import recording_fields
from handlers.meetings.recording import spec as recording_spec
from handlers.meetings.registration import tell_cancelled, tell_moved
from handlers.meetings.schedule import plan, withdraw
from handlers.meetings.times import local_to_utc, parse_date, parse_time
from handlers.meetings.workshops import specs as workshop_specs
from handlers.types import Field, Message, Reply
from storage.meeting_models import MeetingRow
from storage.meetings import upcoming_meetings
from storage.mirrors import get_announcement
from storage.registrations import registered_counts

MEETINGS_PAGE = "meetings"  # the web's page of meetings, where members register too
DEFAULT_TITLES = {
    "monthly": N_("Board meeting"),
    "quarterly": N_("Full-day board meeting"),
    "annual": N_("Annual user meeting"),
}


def _start(ctx: Context, date_text: str, time_text: str) -> Any:
    starts = local_to_utc(parse_date(date_text), parse_time(time_text), ctx.meetings.zone)
    if starts <= ctx.clock.now():
        raise CommandError(N_("{date} {time} has already passed."), date=date_text, time=time_text)
    return starts


async def add(ctx: Context, call: Call) -> Reply:
    values, _ = call.values, call._
    kind = values.get("kind") or "monthly"
    starts = _start(ctx, values["date"], values["time"])
    now = ctx.clock.now()
    channel_locale = translator(ctx.default_locale)
    async with ctx.db.transaction() as session:
        meeting = MeetingRow(
            title=(values.get("title") or channel_locale(DEFAULT_TITLES[kind])).strip(),
            kind=kind,
            starts_at=starts,
            ends_at=starts + timedelta(minutes=ctx.meetings.durations[kind]),
            open=bool(values.get("open", kind == "annual")),
            link=link_given(values.get("link")),
            created_by=call.member.display_name[:200],
            created_at=now,
            updated_at=now,
            sequence=0,
        )
        session.add(meeting)
        await session.flush()
        await plan(ctx, session, meeting)
        if kind == "annual":
            await _announce(ctx, session, meeting, call)
    return Reply.text(
        _(
            "Meeting #{number} is in the calendar: {meeting}.",
            number=meeting.id,
            meeting=heading(ctx, meeting, _),
        )
    )


def _annual_text(ctx: Context, meeting: MeetingRow, _: Translator) -> str:
    if meeting.cancelled_at is not None:
        return _("{meeting} is cancelled.", meeting=heading(ctx, meeting, _))
    text = _(
        "Welcome to {title} {when}! Every member is welcome. Propose what you want to take up "
        "with /agenda propose.",
        title=meeting.title,
        when=when(ctx, meeting, _),
    )
    page = ctx.public.url(MEETINGS_PAGE)
    text += "\n\n" + (
        _("Register and choose a workshop with /register, or on the web: {url}", url=page)
        if page
        else _("Register and choose a workshop with /register.")
    )
    return text + (f"\n\n{meeting.link}" if meeting.link and meeting.open else "")


async def _announce(ctx: Context, session: AsyncSession, meeting: MeetingRow, call: Call) -> None:
    """The annual user meeting is announced everywhere announcements go (chat, mail, web)."""
    _ = translator(ctx.default_locale)
    published = await publish(
        ctx,
        session,
        source_key=f"meeting:{meeting.id}",
        source_platform=call.member.platform,
        source_channel_id=None,
        fields={
            "author_name": call.member.display_name[:200],
            "author_id": (await member_row(ctx, session, call.member)).id,
            "title": meeting.title[:200],
            "text": _annual_text(ctx, meeting, _),
            "link": meeting.link if meeting.open else None,
        },
    )
    if published is not None:
        meeting.announcement_id = published[0].id


async def _follow_kind(
    ctx: Context, session: AsyncSession, meeting: MeetingRow, call: Call
) -> None:
    """Only the annual user meeting is announced: becoming one announces it, ceasing to be
    one takes its announcement down, and otherwise the announcement follows the change."""
    row = None
    if meeting.announcement_id is not None:
        row = await get_announcement(session, meeting.announcement_id)
    if meeting.kind == "annual" and row is None:
        await _announce(ctx, session, meeting, call)
    elif meeting.kind != "annual" and row is not None:
        if row.deleted_at is None:
            await withdraw_announcement(ctx, session, row)
        meeting.announcement_id = None
    else:
        await _refresh_announcement(ctx, session, meeting)


async def _refresh_announcement(ctx: Context, session: AsyncSession, meeting: MeetingRow) -> None:
    if meeting.announcement_id is None:
        return
    row = await get_announcement(session, meeting.announcement_id)
    if row is not None and row.deleted_at is None:
        row.title = meeting.title[:200]
        row.text = _annual_text(ctx, meeting, translator(ctx.default_locale))
        row.link = meeting.link if meeting.open else None
        await revise(ctx, session, row)


async def edit(ctx: Context, call: Call) -> Reply:
    values, _ = call.values, call._
    changes = {k: v for k, v in values.items() if k != "number" and v is not None}
    if not changes:
        raise CommandError(N_("Say what to change: date, time, title, link, open or kind."))
    async with ctx.db.transaction() as session:
        meeting = await existing_meeting(session, values["number"])
        if meeting.cancelled_at is not None:
            raise CommandError(N_("Meeting #{number} is cancelled."), number=meeting.id)
        moved = "date" in changes or "time" in changes
        if moved:
            local = meeting.starts_at.astimezone(ctx.meetings.zone)
            length = meeting.ends_at - meeting.starts_at
            meeting.starts_at = _start(
                ctx,
                changes.get("date", local.date().isoformat()),
                changes.get("time", local.strftime("%H:%M")),
            )
            meeting.ends_at = meeting.starts_at + length
        if "title" in changes:
            meeting.title = str(changes["title"]).strip()
        if "link" in changes:
            meeting.link = link_given(changes["link"])
        if "open" in changes:
            meeting.open = bool(changes["open"])
        if changes.get("kind", "annual") != "annual" and meeting.kind == "annual":
            await _keep_registered(session, meeting)
        if "kind" in changes and changes["kind"] != meeting.kind:
            meeting.kind = changes["kind"]
            length = timedelta(minutes=ctx.meetings.durations[meeting.kind])
            meeting.ends_at = meeting.starts_at + length
            if meeting.kind == "annual" and "open" not in changes:
                meeting.open = True  # the user meeting is for every member
        meeting.sequence += 1
        meeting.updated_at = ctx.clock.now()
        await plan(ctx, session, meeting, moved=moved or "kind" in changes)
        await _follow_kind(ctx, session, meeting, call)
        if moved:
            await tell_moved(ctx, session, meeting)
    return Reply.text(
        _(
            "Meeting #{number} is changed: {meeting}.",
            number=meeting.id,
            meeting=heading(ctx, meeting, _),
        )
    )


async def _keep_registered(session: AsyncSession, meeting: MeetingRow) -> None:
    """A user meeting with registrations stays one: they would be orphaned otherwise."""
    if await registered_counts(session, meeting.id):
        raise CommandError(
            N_("Meeting #{number} has registrations, so it stays the user meeting; cancel it "
               "instead, and its registered members are told."),
            number=meeting.id,
        )  # fmt: skip


async def cancel(ctx: Context, call: Call) -> Reply:
    _ = call._
    async with ctx.db.transaction() as session:
        meeting = await existing_meeting(session, call.values["number"])
        if meeting.cancelled_at is not None:
            raise CommandError(N_("Meeting #{number} is already cancelled."), number=meeting.id)
        meeting.cancelled_at = meeting.updated_at = ctx.clock.now()
        meeting.cancel_reason = call.values.get("reason")
        meeting.sequence += 1
        await withdraw(ctx, session, meeting)
        await _refresh_announcement(ctx, session, meeting)
        if meeting.kind == "annual":
            await tell_cancelled(ctx, session, meeting)
    return Reply.text(_("Meeting #{number} is cancelled.", number=meeting.id))


async def list_meetings(ctx: Context, call: Call) -> Reply:
    _ = call._
    async with ctx.db.transaction() as session:
        meetings = await upcoming_meetings(session, ctx.clock.now())
    recordings = await recording_fields(ctx, _)
    if not meetings and not recordings:
        return Reply.text(_("No meetings are planned."))
    fields = tuple(Field(heading(ctx, m, _), _describe(m, _)) for m in meetings)
    text = "" if meetings else _("No meetings are planned.")
    return Reply(Message(title=_("Coming meetings"), text=text, fields=fields + recordings))


def _describe(meeting: MeetingRow, _: Translator) -> str:
    kind = _(KIND_LABELS[meeting.kind])
    if not meeting.open:
        return _("{kind}, for the board", kind=kind)
    if meeting.link:
        return _("{kind}, open to members: {link}", kind=kind, link=meeting.link)
    return _("{kind}, open to members (the link comes later)", kind=kind)


NUMBER = id_option("number", N_("The meeting's number (see /meetings)"), sv="nummer", required=True)
KIND = OptionSpec(
    "kind",
    N_("monthly, quarterly or annual"),
    sv="typ",
    choices=tuple(Choice(k, KIND_LABELS[k], sv=KIND_WORDS[k]) for k in KINDS),
)


def _details(required: bool) -> tuple[OptionSpec, ...]:
    return (
        OptionSpec(
            "date", N_("Date, e.g. 2026-03-14"), sv="datum", required=required, max_length=10
        ),
        OptionSpec(
            "time",
            N_("Start time in Swedish time, e.g. 18:00"),
            sv="tid",
            required=required,
            max_length=5,
        ),
        OptionSpec("title", N_("Title"), sv="rubrik", max_length=150),
        OptionSpec("link", N_("Link to join the meeting online"), sv="länk", max_length=500),
        OptionSpec("open", N_("Open to members: yes or no"), sv="öppet", type=OptionType.BOOLEAN),
        KIND,
    )


COMMANDS = (
    CommandSpec(
        "meeting",
        N_("The board's meetings: add, change, cancel, recordings, the user meeting's workshops"),
        sv="möte",
        board_only=True,
        subcommands=(
            CommandSpec(
                "add",
                N_("Put a meeting in the calendar"),
                sv="lägg-till",
                options=_details(True),
                handler=add,
            ),
            CommandSpec(
                "edit",
                N_("Change a meeting"),
                sv="ändra",
                options=(NUMBER, *_details(False)),
                handler=edit,
            ),
            CommandSpec(
                "cancel",
                N_("Cancel a meeting"),
                sv="ställ-in",
                options=(
                    NUMBER,
                    OptionSpec("reason", N_("Why (shown to members)"), sv="skäl", max_length=300),
                ),
                handler=cancel,
            ),
            recording_spec(NUMBER),
            *workshop_specs(NUMBER),
        ),
    ),
    CommandSpec(
        "meetings",
        N_("Coming meetings, with links to the open ones"),
        sv="möten",
        handler=list_meetings,
    ),
)
