"""The board ends the open round before its time: `/round close` closes it now, with its
result as at its time (handlers/rounds/close.py); `/round cancel` ends it with no result (a
round opened by mistake, or with a closing date mistyped years ahead), so another can open."""

from __future__ import annotations

from handlers.catalogue import CommandSpec, OptionSpec
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_
from handlers.rounds.close import close_round
from handlers.topics import post_to_topic
from handlers.types import Message, Reply
from storage.rounds import CANCELLED, current_round

NO_ROUND = N_("No round is open.")


async def close_now_command(ctx: Context, call: Call) -> Reply:
    """Close the open round now: its result is kept and posted, as at its closing time."""
    _ = call._
    async with ctx.db.transaction() as session:
        row = await current_round(session)
    if row is None or not await close_round(ctx, row.id):  # closed by its time meanwhile
        raise CommandError(NO_ROUND)
    ctx.wake_outbox()
    return Reply.text(
        _("Round {number} is closed; its result is posted in the wishes channels.", number=row.id)
    )


async def cancel_command(ctx: Context, call: Call) -> Reply:
    """End the open round with no result; the points placed stay in its log."""
    _ = call._
    reason = str(call.values.get("reason") or "").strip()
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        row = await current_round(session, lock=ctx.db.is_postgresql)
        if row is None:
            raise CommandError(NO_ROUND)
        row.status, row.closed_at = CANCELLED, now
        said = _("Prioritisation round {number} is cancelled; it has no result.", number=row.id)
        text = f"{said} {reason}" if reason else said
        key = f"round-cancelled:{row.id}"
        await post_to_topic(session, "wishes", Message(text=text), key=key, now=now)
    ctx.wake_outbox()
    return Reply.text(text)


CLOSE = CommandSpec(
    "close",
    N_("Close the open round now, with its result"),
    sv="stäng",
    board_only=True,
    handler=close_now_command,
)
CANCEL = CommandSpec(
    "cancel",
    N_("End the open round with no result (opened by mistake)"),
    sv="ställ-in",
    board_only=True,
    options=(OptionSpec("reason", N_("Why, told to the members"), sv="skäl", max_length=300),),
    handler=cancel_command,
)
