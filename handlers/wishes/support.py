"""Support: one per member per wish, toggled by the card's button or /support N."""

from __future__ import annotations

from handlers.catalogue import CommandSpec, InteractionSpec, OptionSpec, OptionType
from handlers.context import Call, Context
from handlers.core.members import person_row
from handlers.errors import CommandError
from handlers.i18n import N_, translator
from handlers.parsing import stored_number
from handlers.people.config import SUPPORT
from handlers.people.limits import count_action_in
from handlers.types import Interaction, Member, Reply
from handlers.wishes.cards import refresh_cards
from handlers.wishes.config import CLOSED
from handlers.wishes.present import SUPPORT_BUTTON, support_line
from storage.wishes import (
    add_support,
    get_wish,
    remove_support,
    submitter_person,
    support_of,
    supports,
)


async def toggle_support(ctx: Context, member: Member, number: int) -> Reply:
    """Support the wish, or take support back; closed wishes take no new support."""
    _ = translator(member.locale)
    async with ctx.db.transaction() as session:
        wish = await get_wish(session, number)
        if wish is None or wish.hidden:
            raise CommandError(N_("There is no wish #{number}."), number=number)
        target = wish
        if wish.merged_into_id is not None:
            original = await get_wish(session, wish.merged_into_id)
            if original is None:
                raise CommandError(N_("There is no wish #{number}."), number=number)
            target = original
        person = await person_row(ctx, session, member)
        await count_action_in(ctx, session, member, SUPPORT)
        if await supports(session, wish_id=target.id, person_id=person.id):
            if await submitter_person(session, target.id) == person.id:
                _ = translator(member.locale)
                return Reply.text(
                    _("You submitted #{number}, so your support stays.", number=target.id)
                )
            for wish_id in {target.id, wish.id}:
                await remove_support(session, wish_id=wish_id, person_id=person.id)
            supporting = False
        else:
            if target.status in CLOSED:
                raise CommandError(
                    N_("Wish #{number} is closed and takes no new support."), number=target.id
                )
            await add_support(session, wish_id=target.id, person_id=person.id, now=ctx.clock.now())
            supporting = True
        await refresh_cards(ctx, session, target)
        support = (await support_of(session, [target.id]))[target.id]
    line = support_line(support, _)
    if supporting:
        text = _("You support #{number}. Now: {support}.", number=target.id, support=line)
    else:
        text = _("You no longer support #{number}. Now: {support}.", number=target.id, support=line)
    if supporting and member.municipality is None:
        text += " " + _(UNVERIFIED_SUPPORT)
    if target.id != number:
        text = (
            _("#{number} was merged into #{original}.", number=number, original=target.id)
            + " "
            + text
        )
    return Reply.text(text)


async def support_instead(ctx: Context, interaction: Interaction) -> Reply:
    """ "Support this one instead": adds support, never takes it away."""
    number = stored_number(interaction.value)
    async with ctx.db.transaction() as session:
        person = await person_row(ctx, session, interaction.member)
        already = await supports(session, wish_id=number, person_id=person.id)
    if already:
        _ = translator(interaction.member.locale)
        return Reply.text(_("You already support #{number}.", number=number))
    return await toggle_support(ctx, interaction.member, number)


async def support_command(ctx: Context, call: Call) -> Reply:
    return await toggle_support(ctx, call.member, call.values["number"])


async def support_button(ctx: Context, interaction: Interaction) -> Reply:
    number = stored_number(interaction.value)
    return await toggle_support(ctx, interaction.member, number)


NUMBER = OptionSpec(
    "number",
    N_("The wish's number"),
    type=OptionType.INTEGER,
    required=True,
    min_value=1,
    sv="nummer",
)

COMMAND = CommandSpec(
    name="support",
    sv="stöd",
    description=N_("Support a wish, or take your support back"),
    options=(NUMBER,),
    handler=support_command,
)

UNVERIFIED_SUPPORT = N_(
    "Your support is shown as unverified and does not decide the ranking until you verify "
    "your work address: /verify email:ADDRESS."
)
SUPPORT_INSTEAD = "wish.support-instead"
INTERACTIONS = (
    InteractionSpec(SUPPORT_BUTTON, support_button),
    InteractionSpec(SUPPORT_INSTEAD, support_instead),
)
