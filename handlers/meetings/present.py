"""How meetings and their posts read, in the association's language and Stockholm time."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.i18n import N_, Translator, translator
from handlers.meetings.times import spoken
from handlers.people.texts import A_MEMBER, named_with_municipality
from handlers.types import Button, Field, Message
from storage.meeting_models import AgendaItemRow, MeetingRow
from storage.meetings import agenda_items

PROPOSE = "agenda.propose"
MINUTES_FOR_MEETING = "minutes.meeting"
KIND_WORDS = {"monthly": "månad", "quarterly": "kvartal", "annual": "årlig"}  # typed in Swedish
KIND_LABELS = {
    "monthly": N_("board meeting"),
    "quarterly": N_("full-day board meeting"),
    "annual": N_("annual user meeting"),
}


def when(ctx: Context, meeting: MeetingRow, _: Translator) -> str:
    """`tisdag 31 mars 2026 kl. 18:00`, in Stockholm time."""
    return spoken(meeting.starts_at, ctx.meetings.zone, _.locale)


def heading(ctx: Context, meeting: MeetingRow, _: Translator) -> str:
    return f"#{meeting.id} {meeting.title}, {when(ctx, meeting, _)}"


def item_line(item: AgendaItemRow, _: Translator) -> str:
    if item.proposer is None:
        who = _(A_MEMBER)
    else:
        person = item.proposer.person
        who = named_with_municipality(person.display_name, person.municipality)
    if item.wish_number:
        wish = _("wish #{number}", number=item.wish_number)
        return f"{item.text} ({wish}) — {who}"
    return f"{item.text} — {who}"


async def post_message(
    ctx: Context, session: AsyncSession, meeting: MeetingRow, kind: str
) -> Message:
    """The text of one of the meeting's scheduled posts (a cancelled meeting says so)."""
    _ = translator(ctx.default_locale)
    if meeting.cancelled_at is not None:
        text = _("{meeting} is cancelled.", meeting=heading(ctx, meeting, _))
        if meeting.cancel_reason:
            text += " " + meeting.cancel_reason
        return Message(title=_("Cancelled: {title}", title=meeting.title), text=text)
    if kind == "call":
        return _call(ctx, meeting, _)
    if kind == "agenda":
        accepted = await agenda_items(session, meeting.id, status="accepted")
        return _agenda(ctx, meeting, accepted, _)
    if kind == "reminder":
        left = max(1, round((meeting.starts_at - ctx.clock.now()).total_seconds() / 60))
        soon = _.ngettext("In {n} minute", "In {n} minutes", left)
        return Message(
            title=_("{soon}: {meeting}", soon=soon, meeting=heading(ctx, meeting, _)),
            text=_("Join here: {link}", link=meeting.link) if meeting.open and meeting.link else "",
            url=meeting.link if meeting.open else None,
        )
    return Message(
        title=_("Minutes of {meeting}?", meeting=heading(ctx, meeting, _)),
        text=_("The meeting is over. Post its minutes with the button or /minutes post."),
        buttons=(Button(_("Post the minutes"), MINUTES_FOR_MEETING, str(meeting.id)),),
    )


def _call(ctx: Context, meeting: MeetingRow, _: Translator) -> Message:
    text = _(
        "The board meets {when}. Is there something you want the board to take up? "
        "Propose an item with the button or with /agenda propose TEXT (a wish can be named "
        "with wish:NUMBER).",
        when=when(ctx, meeting, _),
    )
    if meeting.open:
        text += "\n\n" + _("The meeting is open to members: the link comes with the agenda.")
    return Message(
        title=_("Call for agenda items: {meeting}", meeting=heading(ctx, meeting, _)),
        text=text,
        buttons=(Button(_("Propose an item"), PROPOSE, str(meeting.id), style="primary"),),
    )


def _agenda(
    ctx: Context, meeting: MeetingRow, accepted: list[AgendaItemRow], _: Translator
) -> Message:
    lines = [f"{n}. {item_line(item, _)}" for n, item in enumerate(accepted, start=1)]
    text = "\n".join(lines) if lines else _("No items from members this time.")
    fields = (Field(_("Join"), meeting.link),) if meeting.link else ()
    return Message(
        title=_("Agenda: {meeting}", meeting=heading(ctx, meeting, _)),
        text=text,
        url=meeting.link,
        fields=fields,
    )
