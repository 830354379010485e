"""/wishlist (board): its subcommands together (get, send, batches), and /wishlist batches,
the hand-offs to the vendor with how far each has come."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import CommandSpec, id_option
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_, Translator
from handlers.types import Field, Message, Reply
from handlers.wishes.export import GET
from handlers.wishes.handoff import HAND_OFF, LISTED_BATCHES, SEND, handoff_key
from handlers.wishes.present import status_name
from storage.handoffs import BatchSummary, batch_wishes, batches_newest_first, get_batch
from storage.outbox import delivery

MAIL_STATES = {  # the vendor's mail, by its outbox row's status
    "sent": N_("The mail went out."),
    "pending": N_("The mail waits to go out."),
    "failed": N_("The mail could not be delivered: see /status, or bryggan outbox list --failed."),
}


async def batches_command(ctx: Context, call: Call) -> Reply:
    """The latest batches; with a number, that batch's wishes and where each stands now."""
    _ = call._
    number = call.values.get("number")
    async with ctx.db.transaction() as session:
        if number is not None:
            return await _one_batch(session, int(number), _)
        batches = await batches_newest_first(session, limit=LISTED_BATCHES)
        mails = [await delivery(session, handoff_key(found.batch)) for found in batches]
    if not batches:
        return Reply.text(_("No wish list has been handed to the vendor yet."))
    fields = tuple(
        Field(_(HAND_OFF, number=found.batch.id), _batch_line(ctx, found, mail, _))
        for found, mail in zip(batches, mails, strict=True)
    )
    return Reply(Message(title=_("Hand-offs to the vendor"), text="", fields=fields))


def _batch_line(
    ctx: Context, found: BatchSummary, mail: tuple[str, str | None] | None, _: Translator
) -> str:
    batch = found.batch
    line = _.ngettext(
        "{date}, by {name}: {n} wish to {address}; the vendor has answered {answered}.",
        "{date}, by {name}: {n} wishes to {address}; the vendor has answered {answered}.",
        batch.wishes,
        date=batch.sent_at.astimezone(ctx.meetings.zone).date().isoformat(),
        name=batch.sent_by,
        address=batch.address,
        answered=found.answered,
    )
    status = mail[0] if mail else "failed"
    return f"{line} {_(MAIL_STATES.get(status, MAIL_STATES['pending']))}"


async def _one_batch(session: AsyncSession, number: int, _: Translator) -> Reply:
    batch = await get_batch(session, number)
    if batch is None:
        raise CommandError(
            N_("There is no hand-off {number}. /wishlist batches lists them."), number=number
        )
    lines = [
        f"{at}. #{wish.id} {wish.title} – {status_name(wish.status, _)}"
        + (f" ({wish.vendor_reference})" if wish.vendor_reference else "")
        for at, wish in await batch_wishes(session, number)
    ]
    title = _(HAND_OFF, number=number)
    return Reply(Message(title=title, text="\n".join(lines) or "–"))


BATCHES = CommandSpec(
    "batches",
    N_("The hand-offs to the vendor, or one of them"),
    sv="överlämningar",
    options=(id_option("number", N_("The hand-off's number"), sv="nummer"),),
    handler=batches_command,
)
COMMAND = CommandSpec(
    name="wishlist",
    sv="önskelista",
    description=N_("The ranked wish list for the vendor: get it, send it, the hand-offs"),
    board_only=True,
    subcommands=(GET, SEND, BATCHES),
)
