"""The board's wish commands: set a status (members are told), with the vendor's reference."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import CommandSpec, OptionSpec
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_, Translator
from handlers.types import Reply
from handlers.wishes.browse import STATUS_OPTION
from handlers.wishes.cards import refresh_cards
from handlers.wishes.notify import tell_privately
from handlers.wishes.present import status_name, title_line
from handlers.wishes.support import NUMBER
from storage.wish_models import WishRow
from storage.wishes import add_event, get_wish, supporter_people


async def notify_supporters(
    ctx: Context,
    session: AsyncSession,
    wish: WishRow,
    *,
    comment: str,
    event_id: int,
    note: Callable[[Translator], str] | None = None,
) -> int:
    """Tell the submitter and every supporter privately, each in their own language (with
    the bot's own `note` in it too, when given)."""

    def text_for(_: Translator) -> str:
        text = _(
            "Wish {wish} is now: {status}.",
            wish=title_line(wish),
            status=status_name(wish.status, _),
        )
        if note is not None:
            text += f"\n{note(_)}"
        if comment:
            text += f"\n{comment}"
        if wish.vendor_reference:
            text += "\n" + _("Vendor reference: {reference}", reference=wish.vendor_reference)
        return text

    members = await supporter_people(session, wish.id)
    key = f"wish-status:{wish.id}:{event_id}"
    return await tell_privately(ctx, session, members, key=key, text_for=text_for)


async def status_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    number, status = call.values["number"], call.values["status"]
    comment = str(call.values.get("comment") or "")
    reference = call.values.get("reference")
    async with ctx.db.transaction() as session:
        wish = await get_wish(session, number, lock=True)
        if wish is None:
            raise CommandError(N_("There is no wish #{number}."), number=number)
        if wish.merged_into_id is not None:  # its supporters count, and are told, there
            raise CommandError(
                N_("#{number} is merged into #{original}; set the status of #{original}."),
                number=number,
                original=wish.merged_into_id,
            )
        if status == "skickad" and not (reference or wish.vendor_reference):
            raise CommandError(N_("Give the vendor's ticket reference: reference:HD-1234"))
        if _nothing_new(wish, status, comment, reference):  # the supporters are not told twice
            raise CommandError(
                N_("#{number} is already {status}; a comment tells its supporters something new."),
                number=number,
                status=status_name(status, _),
            )
        wish.status = status
        if reference:
            wish.vendor_reference = str(reference)
        wish.updated_at = ctx.clock.now()
        detail = {"status": status, "comment": comment, "reference": reference}
        event_id = await add_event(
            session,
            wish_id=wish.id,
            kind="status",
            actor_id=call.member.person_id,
            now=ctx.clock.now(),
            detail=detail,
        )
        await refresh_cards(ctx, session, wish)
        told = await notify_supporters(ctx, session, wish, comment=comment, event_id=event_id)
    shown = status_name(status, _)
    return Reply.text(
        _.ngettext(
            "#{number} is now {status}; {n} member was told.",
            "#{number} is now {status}; {n} members were told.",
            told,
            number=number,
            status=shown,
        )
    )


def _nothing_new(wish: WishRow, status: str, comment: str, reference: object) -> bool:
    """The status it has, with no comment and no new reference: a repeat, not news."""
    new_reference = bool(reference) and str(reference) != wish.vendor_reference
    return wish.status == status and not comment and not new_reference


COMMANDS = (
    CommandSpec(
        name="wish-status",
        sv="önskemålsstatus",
        description=N_("Set a wish's status (the supporters are told)"),
        board_only=True,
        options=(
            NUMBER,
            OptionSpec(
                STATUS_OPTION.name,
                STATUS_OPTION.description,
                choices=STATUS_OPTION.choices,
                required=True,
            ),
            OptionSpec("comment", N_("A word to the supporters"), max_length=500, sv="kommentar"),
            OptionSpec(
                "reference", N_("The vendor's ticket reference"), max_length=100, sv="referens"
            ),
        ),
        handler=status_command,
    ),
)
