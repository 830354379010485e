"""/register and /unregister: members sign up for the annual user meeting (användarträff),
one workshop each, on chat or on the web.

A workshop with places left takes the member; a full one puts them on its waiting list. A
place that comes free (someone unregisters or moves, the board adds places) goes to the first
waiting, who is told privately with the join link. Places are counted with the workshop's row
locked, so two members registering at once cannot both take the last one. Registered members
get the join link when they register and a reminder with it before the meeting begins.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import CommandSpec, InteractionSpec, id_option
from handlers.context import Call, Context
from handlers.core.members import member_row, person_row
from handlers.errors import CommandError, on_field
from handlers.i18n import N_, Translator, translator
from handlers.meetings.found import existing_meeting
from handlers.meetings.notices import tell_member
from handlers.meetings.present import heading
from handlers.parsing import NO_LONGER_IN_USE, as_id
from handlers.types import Form, FormField, Interaction, Member, Message, Reply
from storage.meeting_models import MeetingRow, RegistrationRow, WorkshopRow
from storage.meetings import upcoming_meetings
from storage.models import MemberRow
from storage.people_models import PersonRow
from storage.registrations import (
    REGISTERED,
    WAITING,
    first_waiting,
    locked_workshop,
    place_in_queue,
    registration_of,
    registrations_with_people,
    taken_places,
    workshops_of,
)

FORM_ID = "meetings.register"
REGISTER = "meetings.register.open"  # the button on the meeting's page and posts
UNREGISTER = "meetings.register.cancel"  # the web's button to cancel one's registration


async def annual_meeting(
    ctx: Context, session: AsyncSession, number: int | None, *, closed_too: bool = False
) -> MeetingRow:
    """The annual meeting named, or else the next one; registration closes when it begins
    (`closed_too`: the board's look at a meeting held or cancelled)."""
    now = ctx.clock.now()
    if number is None:
        coming = [m for m in await upcoming_meetings(session, now, limit=20) if m.kind == "annual"]
        coming = [m for m in coming if m.starts_at > now]
        if not coming:
            raise CommandError(N_("No user meeting is planned yet, so there is none to join."))
        return coming[0]
    meeting = await existing_meeting(session, number)
    if meeting.kind != "annual":
        raise CommandError(
            N_("Meeting #{number} is a board meeting; members register for the user meeting."),
            number=meeting.id,
        )
    if not closed_too and (meeting.cancelled_at is not None or meeting.starts_at <= now):
        raise CommandError(N_("Meeting #{number} is cancelled or already held."), number=meeting.id)
    return meeting


async def ensure_workshops(
    ctx: Context, session: AsyncSession, meeting: MeetingRow
) -> list[WorkshopRow]:
    """The meeting's workshops; one per module, without a limit, until the board sets them."""
    found = await workshops_of(session, meeting.id)
    if not found:
        session.add_all(
            WorkshopRow(meeting_id=meeting.id, position=at, name=name[:60], capacity=None)
            for at, name in enumerate(ctx.wishes.modules)
        )
        await session.flush()
        found = await workshops_of(session, meeting.id)
    return found


async def register_command(ctx: Context, call: Call) -> Reply:
    return Reply(Message(text=""), form=await _form(ctx, call.member, call.values.get("meeting")))


async def register_clicked(ctx: Context, interaction: Interaction) -> Reply:
    return Reply(
        Message(text=""), form=await _form(ctx, interaction.member, as_id(interaction.value))
    )


async def form_again(ctx: Context, member: Member, context: str) -> Form:
    return await _form(ctx, member, as_id(context))


async def _form(ctx: Context, member: Member, number: int | None) -> Form:
    _ = translator(member.locale)
    async with ctx.db.transaction() as session:
        meeting = await annual_meeting(ctx, session, number)
        workshops = await ensure_workshops(ctx, session, meeting)
        person = await person_row(ctx, session, member)
        mine = await registration_of(session, meeting.id, person.id)
    current = next((w.name for w in workshops if mine and w.id == mine.workshop_id), None)
    field = FormField(
        "workshop",
        _("Workshop"),
        max_length=60,
        value=current or workshops[0].name,
        choices=tuple(w.name for w in workshops),
    )
    title = _("Register: {title}", title=meeting.title)[:45]
    return Form(FORM_ID, title, (field,), context=str(meeting.id))


async def form_submitted(ctx: Context, interaction: Interaction) -> Reply:
    _ = translator(interaction.member.locale)
    typed = " ".join(interaction.values.get("workshop", "").split()).casefold()
    now = ctx.clock.now()
    number = as_id(interaction.value)
    if number is None:  # the form always carries its meeting: this one was made up
        raise CommandError(NO_LONGER_IN_USE)
    async with ctx.db.transaction() as session:
        meeting = await annual_meeting(ctx, session, number)
        workshops = await ensure_workshops(ctx, session, meeting)
        chosen = next((w for w in workshops if w.name.casefold() == typed), None)
        if chosen is None:
            with on_field("workshop"):
                raise CommandError(
                    N_("Choose one of the workshops: {names}."),
                    names=", ".join(w.name for w in workshops),
                )
        person = await person_row(ctx, session, interaction.member, lock=True)
        account = await member_row(ctx, session, interaction.member)
        mine = await registration_of(session, meeting.id, person.id, lock=True)
        if mine is not None and mine.workshop_id == chosen.id:
            await _already(session, mine, chosen)
        left = await locked_workshop(session, chosen.id)
        full = (
            left is not None
            and left.capacity is not None
            and (await taken_places(session, chosen.id) >= left.capacity)
        )
        if full and mine is not None and mine.status == REGISTERED:
            held = next(w for w in workshops if w.id == mine.workshop_id)
            raise CommandError(
                N_("Workshop {workshop} is full; you keep your place in {held}. To wait for "
                   "{workshop} instead, /unregister first."),
                workshop=chosen.name, held=held.name,
            )  # fmt: skip
        freed = mine.workshop_id if mine is not None and mine.status == REGISTERED else None
        if mine is None:
            mine = RegistrationRow(
                meeting_id=meeting.id, person_id=person.id, member_id=account.id,
                workshop_id=chosen.id, status=WAITING if full else REGISTERED,
                queued_at=now, created_at=now,
            )  # fmt: skip
            session.add(mine)
        else:
            mine.workshop_id, mine.member_id = chosen.id, account.id
            mine.status, mine.queued_at = (WAITING if full else REGISTERED), now
        await session.flush()
        if freed is not None:
            await promote(ctx, session, meeting, freed)
        place = await place_in_queue(session, mine) if full else 0
    ctx.wake_outbox()  # a place freed by moving went to someone, who is told
    if full:
        return Reply.text(_waiting_text(chosen, place, _))
    return Reply.text(registered_text(ctx, meeting, chosen, _))


async def _already(session: AsyncSession, mine: RegistrationRow, chosen: WorkshopRow) -> None:
    """Registering again for the workshop one is in, or waits for: said, nothing changed."""
    if mine.status == WAITING:
        raise CommandError(
            N_("You are already number {place} on the waiting list for {workshop}; nothing "
               "was changed."),
            place=await place_in_queue(session, mine), workshop=chosen.name,
        )  # fmt: skip
    raise CommandError(
        N_("You are already registered for {workshop}; nothing was changed."),
        workshop=chosen.name,
    )


def registered_text(ctx: Context, meeting: MeetingRow, workshop: WorkshopRow, _: Translator) -> str:
    text = _(
        "You are registered for {meeting}, workshop {workshop}.",
        meeting=heading(ctx, meeting, _),
        workshop=workshop.name,
    )
    if meeting.link:
        return text + " " + _("Join here: {link}", link=meeting.link)
    return text + " " + _("The join link comes to you privately before the meeting.")


def _waiting_text(workshop: WorkshopRow, place: int, _: Translator) -> str:
    return _(
        "Workshop {workshop} is full: you are number {place} on its waiting list, and are told "
        "privately when a place comes free.",
        workshop=workshop.name,
        place=place,
    )


async def promote(
    ctx: Context, session: AsyncSession, meeting: MeetingRow, workshop_id: int
) -> int:
    """Give the workshop's free places to the first waiting, each told privately; how many."""
    workshop = await locked_workshop(session, workshop_id)
    promoted = 0
    while workshop is not None and (
        workshop.capacity is None or await taken_places(session, workshop.id) < workshop.capacity
    ):
        waiting = await first_waiting(session, workshop.id)
        if waiting is None:
            break
        waiting.status = REGISTERED
        await session.flush()
        promoted += 1
        await _tell_promoted(ctx, session, meeting, workshop, waiting)
    return promoted


async def _tell_promoted(
    ctx: Context,
    session: AsyncSession,
    meeting: MeetingRow,
    workshop: WorkshopRow,
    registration: RegistrationRow,
) -> None:
    person = await session.get(PersonRow, registration.person_id)
    account = await session.get(MemberRow, registration.member_id)
    if person is None or account is None:
        return

    def text_for(_: Translator) -> str:
        return _("A place came free.") + " " + registered_text(ctx, meeting, workshop, _)

    stamp = int(ctx.clock.now().timestamp())
    key = f"registration:{registration.id}:promoted:{stamp}"
    await tell_member(ctx, session, person, account, key=key, text_for=text_for)


async def unregister_command(ctx: Context, call: Call) -> Reply:
    return await unregister(ctx, call.member, call.values.get("meeting"))


async def unregister(ctx: Context, member: Member, number: int | None) -> Reply:
    """Cancel the member's registration; a place freed goes to the first waiting."""
    _ = translator(member.locale)
    async with ctx.db.transaction() as session:
        meeting = await annual_meeting(ctx, session, number)
        person = await person_row(ctx, session, member, lock=True)
        mine = await registration_of(session, meeting.id, person.id, lock=True)
        if mine is None:
            raise CommandError(
                N_("You are not registered for {meeting}."), meeting=heading(ctx, meeting, _)
            )
        freed = mine.workshop_id if mine.status == REGISTERED else None
        await session.delete(mine)
        await session.flush()
        if freed is not None:
            await promote(ctx, session, meeting, freed)
    ctx.wake_outbox()
    return Reply.text(
        _("Your registration for {meeting} is cancelled.", meeting=heading(ctx, meeting, _))
    )


async def remind_registered(ctx: Context, session: AsyncSession, meeting: MeetingRow) -> int:
    """Before the user meeting: each registered member privately, with the join link."""
    told = 0
    key = f"meeting-reminder:{meeting.id}:{meeting.sequence}"
    for _registration, workshop, person, account in await registrations_with_people(
        session, meeting.id, status=REGISTERED
    ):

        def text_for(_: Translator, workshop: WorkshopRow = workshop) -> str:
            text = _(
                "Reminder: {meeting} begins soon; your workshop is {workshop}.",
                meeting=heading(ctx, meeting, _),
                workshop=workshop.name,
            )
            link = meeting.link or _("the board posts the link in the meetings channel")
            return text + " " + _("Join here: {link}", link=link)

        told += await tell_member(ctx, session, person, account, key=key, text_for=text_for)
    return told


async def tell_cancelled(ctx: Context, session: AsyncSession, meeting: MeetingRow) -> int:
    """A cancelled user meeting: everyone registered or waiting is told privately, with the
    board's reason."""

    def text_for(_: Translator) -> str:
        said = _("{meeting} is cancelled, and your registration with it.",
                 meeting=heading(ctx, meeting, _))  # fmt: skip
        return f"{said} {meeting.cancel_reason}" if meeting.cancel_reason else said

    return await _tell_registered(
        ctx, session, meeting, f"meeting-cancelled:{meeting.id}", text_for
    )


async def tell_moved(ctx: Context, session: AsyncSession, meeting: MeetingRow) -> int:
    """A user meeting moved to another day or time: everyone registered or waiting is told
    privately, once a move (the meeting's sequence is in the key)."""

    def text_for(_: Translator) -> str:
        return _("{meeting}: the time has changed; your registration stands.",
                 meeting=heading(ctx, meeting, _))  # fmt: skip

    key = f"meeting-moved:{meeting.id}:{meeting.sequence}"
    return await _tell_registered(ctx, session, meeting, key, text_for)


async def _tell_registered(
    ctx: Context,
    session: AsyncSession,
    meeting: MeetingRow,
    key: str,
    text_for: Callable[[Translator], str],
) -> int:
    """Tell everyone registered or waiting for the meeting, each once by `key` (by mail
    where that is all they read)."""
    told = 0
    for _registration, _workshop, person, account in await registrations_with_people(
        session, meeting.id
    ):
        told += await tell_member(ctx, session, person, account, key=key, text_for=text_for)
    return told


async def unregister_clicked(ctx: Context, interaction: Interaction) -> Reply:
    """The web's button beside the user meeting: the same as /unregister."""
    number = as_id(interaction.value)
    if number is None:
        raise CommandError(NO_LONGER_IN_USE)
    return await unregister(ctx, interaction.member, number)


MEETING = id_option("meeting", N_("The user meeting's number (see /meetings)"), sv="möte")
COMMANDS = (
    CommandSpec(
        "register",
        N_("Register for the user meeting and choose a workshop"),
        sv="anmäl",
        options=(MEETING,),
        handler=register_command,
    ),
    CommandSpec(
        "unregister",
        N_("Cancel your registration for the user meeting"),
        sv="avanmäl",
        options=(MEETING,),
        handler=unregister_command,
    ),
)
INTERACTIONS = (
    InteractionSpec(REGISTER, register_clicked),
    InteractionSpec(UNREGISTER, unregister_clicked),
    InteractionSpec(FORM_ID, form_submitted, form=form_again),
)
