"""/agenda: members propose items for a meeting (optionally pointing at a wish); the board
lists, accepts and declines them, and the proposer is told either way."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import (
    CommandSpec,
    InteractionSpec,
    OptionSpec,
    id_option,
)
from handlers.context import Call, Context
from handlers.core.members import member_row
from handlers.errors import CommandError, on_field
from handlers.i18n import N_, Translator, translator
from handlers.meetings.found import existing_meeting
from handlers.meetings.notices import tell_member
from handlers.meetings.present import PROPOSE, heading, item_line
from handlers.meetings.schedule import refresh_posted_agenda
from handlers.parsing import as_id
from handlers.people.config import AGENDA
from handlers.people.limits import count_action_in
from handlers.topics import post_to_topic
from handlers.types import (
    Field,
    Form,
    FormField,
    Interaction,
    Member,
    Message,
    Reply,
)
from storage.meeting_models import AgendaItemRow, MeetingRow
from storage.meetings import agenda_items, get_agenda_item, upcoming_meetings
from storage.wishes import get_wish

FORM_ID = "agenda.form"
STATUS_LABELS = {
    "proposed": N_("proposed"),
    "accepted": N_("accepted"),
    "declined": N_("turned down"),
}


async def _meeting_for(session: AsyncSession, ctx: Context, number: int | None) -> MeetingRow:
    """The meeting named, or else the next one; it must still lie ahead."""
    if number is not None:
        meeting = await existing_meeting(session, number)
    else:
        now = ctx.clock.now()
        coming = [m for m in await upcoming_meetings(session, now, limit=5) if m.starts_at > now]
        if not coming:
            raise CommandError(N_("No meeting is planned yet, so there is no agenda to add to."))
        meeting = coming[0]  # the next one to begin, not one under way
    if meeting.cancelled_at is not None or meeting.starts_at <= ctx.clock.now():
        raise CommandError(N_("Meeting #{number} is cancelled or already held."), number=meeting.id)
    return meeting


async def propose(
    ctx: Context, member: Member, text: str, wish: int | None, meeting_number: int | None
) -> Reply:
    _ = translator(member.locale)
    text = " ".join(text.split())
    if not text:
        with on_field("text"):
            raise CommandError(N_("Write what you want the board to take up."))
    async with ctx.db.transaction() as session:
        meeting = await _meeting_for(session, ctx, meeting_number)
        with on_field("wish"):
            wish = await _wish_number(session, wish)
        await count_action_in(ctx, session, member, AGENDA)
        item = AgendaItemRow(
            meeting_id=meeting.id,
            text=text[:1000],
            wish_number=wish,
            proposer=await member_row(ctx, session, member),
            status="proposed",
            created_at=ctx.clock.now(),
        )
        session.add(item)
        await session.flush()
        await _tell_board(ctx, session, meeting, item)
        shown = heading(ctx, meeting, _)
    return Reply.text(
        _(
            "Thank you! Proposal #{number} for {meeting} is with the board.",
            number=item.id,
            meeting=shown,
        )
    )


async def _tell_board(
    ctx: Context, session: AsyncSession, meeting: MeetingRow, item: AgendaItemRow
) -> None:
    _ = translator(ctx.default_locale)
    message = Message(
        title=_("New agenda proposal #{number}", number=item.id),
        text=item_line(item, _),
        fields=(Field(_("Meeting"), heading(ctx, meeting, _)),),
    )
    key = f"agenda-item:{item.id}"
    await post_to_topic(session, "board", message, key=key, now=ctx.clock.now())


async def propose_command(ctx: Context, call: Call) -> Reply:
    values = call.values
    return await propose(
        ctx, call.member, values["text"], values.get("wish"), values.get("meeting")
    )


async def propose_clicked(ctx: Context, interaction: Interaction) -> Reply:
    """The call's button: a form for the item, bound to that meeting."""
    return Reply(
        Message(text=""), form=await agenda_form(ctx, interaction.member, interaction.value)
    )


async def agenda_form(ctx: Context, member: Member, meeting: str) -> Form:
    """The form bound to a meeting, which must still lie ahead (else a clear refusal)."""
    async with ctx.db.transaction() as session:
        await _meeting_for(session, ctx, as_id(meeting))
    _ = translator(member.locale)
    fields = (
        FormField("text", _("What should the board take up?"), long=True, max_length=1000),
        FormField("wish", _("A wish number, if it is about one"), required=False, max_length=6),
    )
    return Form(FORM_ID, _("Propose an agenda item"), fields, context=meeting)


async def form_submitted(ctx: Context, interaction: Interaction) -> Reply:
    raw_wish = interaction.values.get("wish", "").strip().lstrip("#")
    if raw_wish and as_id(raw_wish) is None:
        with on_field("wish"):
            raise CommandError(N_("“{value}” is not a wish number."), value=raw_wish)
    meeting = as_id(interaction.value)
    return await propose(
        ctx,
        interaction.member,
        interaction.values.get("text", ""),
        as_id(raw_wish) if raw_wish else None,
        meeting,
    )


async def list_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    async with ctx.db.transaction() as session:
        number = call.values.get("meeting")
        meeting = await existing_meeting(session, number) if number else None
        if meeting is None:
            coming = await upcoming_meetings(session, ctx.clock.now(), limit=1)
            if not coming:
                return Reply.text(_("No meeting is planned."))
            meeting = coming[0]
        items = await agenda_items(session, meeting.id)
    if not items:
        return Reply.text(_("No proposals for {meeting} yet.", meeting=heading(ctx, meeting, _)))
    fields = tuple(
        Field(f"#{item.id} · {_(STATUS_LABELS[item.status])}", item_line(item, _)) for item in items
    )
    return Reply(
        Message(
            title=_("Proposals for {meeting}", meeting=heading(ctx, meeting, _)),
            text="",
            fields=fields,
        )
    )


async def _wish_number(session: AsyncSession, number: int | None) -> int | None:
    """A wish a proposal may name: a hidden one does not exist for members, and a merged
    duplicate stands for its original."""
    if number is None:
        return None
    wish = await get_wish(session, number)
    if wish is None or wish.hidden:
        raise CommandError(N_("There is no wish #{number}."), number=number)
    return wish.merged_into_id or wish.id


async def _decide(ctx: Context, call: Call, status: str) -> Reply:
    _ = call._
    async with ctx.db.transaction() as session:
        item = await get_agenda_item(session, call.values["number"])
        if item is None:
            raise CommandError(N_("There is no proposal #{number}."), number=call.values["number"])
        if item.status == status:
            raise CommandError(
                N_("Proposal #{number} is already {status}."),
                number=item.id,
                status=_(STATUS_LABELS[status]),
            )
        meeting = await existing_meeting(session, item.meeting_id)
        if meeting.cancelled_at is not None or meeting.ends_at <= ctx.clock.now():
            raise CommandError(
                N_("Meeting #{number} is cancelled or already held."), number=meeting.id
            )
        item.status, item.decided_by = status, call.member.display_name[:200]
        item.decided_at, item.reason = ctx.clock.now(), call.values.get("reason")
        told = await _tell_proposer(ctx, session, meeting, item)
        await refresh_posted_agenda(ctx, session, meeting)
    if status == "accepted":
        done = (
            N_("Proposal #{number} is accepted; the proposer is told.")
            if told
            else N_("Proposal #{number} is accepted; the proposer cannot be reached to be told.")
        )
    else:
        done = (
            N_("Proposal #{number} is declined; the proposer is told.")
            if told
            else N_("Proposal #{number} is declined; the proposer cannot be reached to be told.")
        )
    return Reply.text(_(done, number=item.id))


async def _tell_proposer(
    ctx: Context, session: AsyncSession, meeting: MeetingRow, item: AgendaItemRow
) -> int:
    """Queue the decision to the proposer: on chat, else (on the web only) by mail to the
    address they proved; how many notices were queued (0: no way to reach them)."""
    proposer = item.proposer
    if proposer is None:  # erased: nobody to tell
        return 0

    def text_for(_: Translator) -> str:
        if item.status == "accepted":
            return _(
                "Your proposal “{text}” is on the agenda of {meeting}.",
                text=item.text,
                meeting=heading(ctx, meeting, _),
            )
        text = _(
            "Your proposal “{text}” is not on the agenda of {meeting}.",
            text=item.text,
            meeting=heading(ctx, meeting, _),
        )
        if item.reason:
            text += " " + _("The board's reason: {reason}", reason=item.reason)
        return text

    def title_for(_: Translator) -> str:
        return meeting.title  # a mail's subject: this meeting, not the user meeting

    key = f"agenda-decision:{item.id}:{item.status}:{ctx.clock.now().isoformat()}"
    return await tell_member(
        ctx, session, proposer.person, proposer, key=key, text_for=text_for, title_for=title_for
    )


async def accept(ctx: Context, call: Call) -> Reply:
    return await _decide(ctx, call, "accepted")


async def decline(ctx: Context, call: Call) -> Reply:
    return await _decide(ctx, call, "declined")


ITEM = id_option("number", N_("The proposal's number"), sv="nummer", required=True)
MEETING = id_option("meeting", N_("The meeting's number (default: the next)"), sv="möte")

COMMAND = CommandSpec(
    "agenda",
    N_("Agenda items for the board's meetings"),
    sv="dagordning",
    subcommands=(
        CommandSpec(
            "propose",
            N_("Propose an item for a meeting"),
            sv="föreslå",
            options=(
                OptionSpec(
                    "text",
                    N_("What the board should take up"),
                    required=True,
                    max_length=1000,
                    rest=True,
                    sv="text",
                ),
                id_option("wish", N_("A wish it is about"), sv="önskemål"),
                MEETING,
            ),
            handler=propose_command,
        ),
        CommandSpec(
            "list",
            N_("Proposals for a meeting"),
            sv="lista",
            board_only=True,
            options=(MEETING,),
            handler=list_command,
        ),
        CommandSpec(
            "accept",
            N_("Put a proposal on the agenda"),
            sv="godta",
            board_only=True,
            options=(ITEM,),
            handler=accept,
        ),
        CommandSpec(
            "decline",
            N_("Decline a proposal"),
            sv="avslå",
            board_only=True,
            options=(
                ITEM,
                OptionSpec("reason", N_("Why (sent to the proposer)"), sv="skäl", max_length=300),
            ),
            handler=decline,
        ),
    ),
)

INTERACTIONS = (
    InteractionSpec(PROPOSE, propose_clicked),
    InteractionSpec(FORM_ID, form_submitted, form=agenda_form),
)
