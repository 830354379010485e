"""The board keeps the list clean: merge duplicates (and undo it), harmonise wording, hide spam.

A merge only points the duplicate at its original: supporters are counted once through the
pointer, nothing is moved, so an unmerge restores exactly what was before.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import CommandSpec, Handler, InteractionSpec, OptionSpec, OptionType
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_, Translator, translator
from handlers.parsing import stored_number
from handlers.types import Form, FormField, Interaction, Member, Message, Reply
from handlers.wishes.cards import refresh_cards
from handlers.wishes.notify import tell_privately
from handlers.wishes.present import title_line
from handlers.wishes.submit import DESCRIPTION_LIMIT, TITLE_LIMIT, check_draft
from handlers.wishes.support import NUMBER
from storage.follows import carry_follows
from storage.models import MemberRow
from storage.people_models import PersonRow
from storage.wish_models import WishRow
from storage.wishes import add_event, get_wish, has_duplicates, last_event, supporter_people

EDIT_FORM = "wish.edit"


async def _wish(session: AsyncSession, number: int) -> WishRow:
    wish = await get_wish(session, number, lock=True)
    if wish is None:
        raise CommandError(N_("There is no wish #{number}."), number=number)
    return wish


async def _tell_supporters(
    ctx: Context,
    session: AsyncSession,
    members: list[tuple[PersonRow, MemberRow]],
    duplicate: WishRow,
    original: WishRow,
    event_id: int,
) -> None:
    def text_for(_: Translator) -> str:
        return _(
            "{duplicate} was merged into {original}; your support now counts there.",
            duplicate=title_line(duplicate),
            original=title_line(original),
        )

    key = f"wish-merged:{duplicate.id}:{event_id}"
    await tell_privately(ctx, session, members, key=key, text_for=text_for)


async def merge_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    number, into = call.values["duplicate"], call.values["into"]
    if number == into:
        raise CommandError(N_("A wish cannot be merged into itself."))
    async with ctx.db.transaction() as session:
        duplicate, original = await _wish(session, number), await _wish(session, into)
        if duplicate.merged_into_id is not None:
            raise CommandError(
                N_("#{number} is already merged into #{into}."),
                number=number,
                into=duplicate.merged_into_id,
            )
        if original.merged_into_id is not None:
            raise CommandError(
                N_("#{into} is itself merged into #{original}; merge into that one instead."),
                into=into,
                original=original.merged_into_id,
            )
        if await has_duplicates(session, duplicate.id):
            raise CommandError(
                N_("Other wishes are merged into #{number}; unmerge them first."), number=number
            )
        supporters = await supporter_people(session, duplicate.id)  # before the pointer moves
        detail = {"into": into, "previous_status": duplicate.status}
        duplicate.merged_into_id, duplicate.status = into, "dubblett"
        duplicate.updated_at = ctx.clock.now()
        event_id = await _event(ctx, session, duplicate, "merged", call, detail)
        await carry_follows(session, from_wish=duplicate.id, to_wish=into, now=ctx.clock.now())
        await refresh_cards(ctx, session, duplicate)
        await refresh_cards(ctx, session, original)
        await _tell_supporters(ctx, session, supporters, duplicate, original, event_id)
    return Reply.text(_("#{number} is merged into #{into}.", number=number, into=into))


async def unmerge_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    number = call.values["number"]
    async with ctx.db.transaction() as session:
        duplicate = await _wish(session, number)
        if duplicate.merged_into_id is None:
            raise CommandError(N_("#{number} is not merged into another wish."), number=number)
        original = await _wish(session, duplicate.merged_into_id)
        merge = await last_event(session, number, "merged")
        previous = str((merge.detail if merge else {}).get("previous_status") or "ny")
        duplicate.merged_into_id, duplicate.status = None, previous
        duplicate.updated_at = ctx.clock.now()
        await _event(ctx, session, duplicate, "unmerged", call, {"from": original.id})
        await refresh_cards(ctx, session, duplicate)
        await refresh_cards(ctx, session, original)
    return Reply.text(_("#{number} stands on its own again.", number=number))


async def _event(
    ctx: Context,
    session: AsyncSession,
    wish: WishRow,
    kind: str,
    call: Call | Interaction,
    detail: dict[str, object],
) -> int:
    return await add_event(
        session,
        wish_id=wish.id,
        kind=kind,
        actor_id=call.member.person_id,
        now=ctx.clock.now(),
        detail=detail,
    )


async def hide_command(ctx: Context, call: Call) -> Reply:
    return await _set_hidden(ctx, call, hidden=True)


async def unhide_command(ctx: Context, call: Call) -> Reply:
    return await _set_hidden(ctx, call, hidden=False)


async def _set_hidden(ctx: Context, call: Call, *, hidden: bool) -> Reply:
    _, number = call._, call.values["number"]
    async with ctx.db.transaction() as session:
        wish = await _wish(session, number)
        if wish.hidden != hidden:
            wish.hidden, wish.updated_at = hidden, ctx.clock.now()
            await _event(ctx, session, wish, "hidden" if hidden else "unhidden", call, {})
            await refresh_cards(ctx, session, wish)
    if hidden:
        return Reply.text(_("#{number} is hidden.", number=number))
    return Reply.text(_("#{number} is shown again.", number=number))


async def edit_command(ctx: Context, call: Call) -> Reply:
    """Open a form with the wish's words, to harmonise them."""
    return Reply(
        Message(text=""), form=await edit_form(ctx, call.member, str(call.values["number"]))
    )


async def edit_form(ctx: Context, member: Member, context: str) -> Form:
    _, number = translator(member.locale), stored_number(context)
    async with ctx.db.transaction() as session:
        wish = await _wish(session, number)
    fields = (
        FormField("title", _("Title"), max_length=TITLE_LIMIT, value=wish.title),
        FormField(
            "description",
            _("Description"),
            long=True,
            required=False,
            max_length=DESCRIPTION_LIMIT,
            value=wish.description or None,
        ),
        FormField(
            "module",
            _("Module ({modules})", modules=", ".join(ctx.wishes.modules)),
            max_length=60,
            value=wish.module,
        ),
    )
    title = _("Edit #{number}", number=number)
    return Form(EDIT_FORM, title, fields, context=str(number))


async def edit_submitted(ctx: Context, interaction: Interaction) -> Reply:
    _ = translator(interaction.member.locale)
    number = stored_number(interaction.value)
    async with ctx.db.transaction() as session:
        wish = await _wish(session, number)
        draft = check_draft(ctx, interaction.values, wish.municipality)
        before = {"title": wish.title, "description": wish.description, "module": wish.module}
        wish.title, wish.description, wish.module = draft.title, draft.description, draft.module
        wish.terms = ctx.wish_index.terms_of(draft.title, draft.description)
        wish.updated_at = ctx.clock.now()
        await _event(ctx, session, wish, "edited", interaction, {"before": before})
        await refresh_cards(ctx, session, wish)
    return Reply.text(_("#{number} is updated.", number=number))


def _number(name: str, description: str, sv: str) -> OptionSpec:
    return OptionSpec(name, description, type=OptionType.INTEGER, required=True, min_value=1, sv=sv)


def _on_one_wish(name: str, description: str, sv: str, handler: Handler) -> CommandSpec:
    """A board command that acts on one wish, given by its number."""
    return CommandSpec(
        name, description, sv=sv, board_only=True, options=(NUMBER,), handler=handler
    )


COMMANDS = (
    CommandSpec(
        "wish-merge",
        N_("Merge a duplicate into the original wish"),
        sv="slå-ihop",
        board_only=True,
        options=(
            _number("duplicate", N_("The duplicate's number"), "dubblett"),
            _number("into", N_("The original's number"), "original"),
        ),
        handler=merge_command,
    ),
    _on_one_wish("wish-unmerge", N_("Undo a merge exactly"), "dela-upp", unmerge_command),
    _on_one_wish("wish-edit", N_("Harmonise a wish's wording"), "redigera", edit_command),
    _on_one_wish("wish-hide", N_("Hide a wish (spam)"), "dölj", hide_command),
    _on_one_wish("wish-unhide", N_("Show a hidden wish again"), "visa-igen", unhide_command),
)

INTERACTIONS = (InteractionSpec(EDIT_FORM, edit_submitted, board_only=True, form=edit_form),)
