"""/forget-me: a member erases everything kept about them (the right to erasure), after a
confirm button; `bryggan member erase` does the same for a request that came by mail.

What is theirs goes: accounts, address, names, language, survey answers, supports, the
e-mail list entry, mail and private messages queued for them, and their bridged messages
(deleted on every platform through the outbox). What is the association's stays without
them: wishes ("submitted by a member from Växjö"), agenda items, round points, history.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.bridges.relay import KIND as BRIDGED
from handlers.catalogue import CommandSpec, InteractionSpec
from handlers.context import Call, Context
from handlers.core.members import person_row
from handlers.errors import CommandError
from handlers.i18n import N_, Translator, translator
from handlers.mail.fanout import CONFIRM_PREFIX, DIGEST_PREFIX, PERSON_PREFIX, VERIFY_PREFIX
from handlers.mail.fanout import PLATFORM as EMAIL
from handlers.meetings.registration import promote
from handlers.mirroring import delete_copies
from handlers.parsing import NO_LONGER_IN_USE
from handlers.people.texts import A_MEMBER
from handlers.types import Button, Interaction, Message, Reply
from handlers.wishes.cards import refresh_cards
from handlers.wishes.discussion import KIND as COMMENTED
from storage.erase import Subject, erase, erase_subscriber, subject_of, subscriber_at
from storage.meetings import get_meeting
from storage.people_models import PersonRow
from storage.registrations import places_held
from storage.wishes import get_wish

CONFIRM = "people.forget"


@dataclass(frozen=True)
class Erased:
    """What an erase removed, for the member's or the board's receipt."""

    accounts: int
    supports: int
    messages: int
    comments: int
    on_mail_list: bool


def addressed_to(subject: Subject) -> list[tuple[str, str]]:
    """Every outbox destination that is the person: private messages to each account, mail
    to their list entry, to the addresses they asked codes for, and to the person."""
    places = [(account.platform, f"dm:{account.user_id}") for account in subject.accounts]
    if subject.subscriber_id is not None:
        places += _list_mail(subject.subscriber_id)
    places += [(EMAIL, f"{VERIFY_PREFIX}{code}") for code in subject.code_ids]
    person = subject.person.id  # notices and daily mails to the person on no chat
    places += [(EMAIL, f"{PERSON_PREFIX}{person}"), (EMAIL, f"{DIGEST_PREFIX}{person}")]
    return places


def _list_mail(subscriber_id: int) -> list[tuple[str, str]]:
    return [(EMAIL, str(subscriber_id)), (EMAIL, f"{CONFIRM_PREFIX}{subscriber_id}")]


async def erase_address(session: AsyncSession, address: str) -> bool:
    """Erase an e-mail list entry that belongs to no person (a member on no chat asking by
    mail); False when the list has no such address."""
    found = await subscriber_at(session, address.strip().lower())
    if found is None:
        return False
    await erase_subscriber(session, found, addressed=_list_mail(found))
    return True


async def erase_person(ctx: Context, session: AsyncSession, person: PersonRow) -> Erased:
    """Erase `person` in the caller's transaction; their copies' deletes and the cards whose
    counts change are queued in it too."""
    subject = await subject_of(session, person)
    now = ctx.clock.now()
    for message_id in subject.messages:
        await delete_copies(session, source_kind=BRIDGED, source_id=message_id, now=now)
    for comment_id in subject.comments:
        await delete_copies(session, source_kind=COMMENTED, source_id=comment_id, now=now)
    placeholder = translator(ctx.default_locale)(A_MEMBER)
    held = await places_held(session, person.id)
    await erase(session, subject, addressed=addressed_to(subject), placeholder=placeholder, now=now)
    for meeting_id, workshop_id in held:  # their places go to the first waiting
        meeting = await get_meeting(session, meeting_id)
        if meeting is not None:
            await promote(ctx, session, meeting, workshop_id)
    for wish_id in subject.supported:
        wish = await get_wish(session, wish_id)
        if wish is not None:
            await refresh_cards(ctx, session, wish)
    return Erased(
        accounts=len(subject.accounts),
        supports=len(subject.supported),
        messages=len(subject.messages),
        comments=len(subject.comments),
        on_mail_list=subject.subscriber_id is not None,
    )


def receipt(erased: Erased, _: Translator) -> str:
    lines = [
        _.ngettext("{n} account", "{n} accounts", erased.accounts),
        _.ngettext("{n} support", "{n} supports", erased.supports),
        _.ngettext(
            "{n} bridged message, its copies deleted",
            "{n} bridged messages, their copies deleted",
            erased.messages,
        ),
    ]
    if erased.comments:
        lines.append(
            _.ngettext(
                "{n} comment on a wish, its copies deleted",
                "{n} comments on wishes, their copies deleted",
                erased.comments,
            )
        )
    if erased.on_mail_list:
        lines.append(_("your address on the e-mail list"))
    return "\n".join(f"• {line}" for line in lines)


async def forget_me_command(ctx: Context, call: Call) -> Reply:
    """Say what goes and what stays, behind a button: nothing is erased by a typo."""
    _ = call._
    async with ctx.db.transaction() as session:
        person = await person_row(ctx, session, call.member)
    text = _(
        "This erases everything Bryggan keeps about you: your accounts, your verified address "
        "and municipality, your language, your survey answers and supports (counts are "
        "updated), your place on the e-mail list, your comments on wishes, and the copies of "
        "your bridged messages on the other platforms (your own posts stay where you wrote "
        "them; delete those yourself). Wishes you submitted stay, as submitted by a member from "
        "your municipality; agenda items and history show “a member”. It cannot be undone. "
        "To see what is kept first: /my-data."
    )
    button = Button(_("Erase everything about me"), CONFIRM, str(person.id), style="danger")
    return Reply(Message(title=_("Erase your data?"), text=text, buttons=(button,)))


async def confirmed(ctx: Context, interaction: Interaction) -> Reply:
    """The button: only the person it was shown to can press it."""
    _ = translator(interaction.member.locale)
    if interaction.value != str(interaction.member.person_id):
        raise CommandError(NO_LONGER_IN_USE)
    async with ctx.db.transaction() as session:
        person = await person_row(ctx, session, interaction.member, lock=True)
        erased = await erase_person(ctx, session, person)
    ctx.wake_outbox()
    text = _("Done. Bryggan no longer keeps anything about you. Erased:") + "\n"
    return Reply(Message(text=text + receipt(erased, _)), update=True)


COMMAND = CommandSpec(
    name="forget-me",
    sv="glöm-mig",
    description=N_("Erase everything kept about you"),
    handler=forget_me_command,
)
INTERACTIONS = (InteractionSpec(CONFIRM, confirmed),)
