"""/round log: every change of a round's points, who made it and when. A member sees their
own municipality's log; the board sees every municipality's."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import CommandSpec, OptionSpec, id_option
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_
from handlers.meetings.times import spoken
from handlers.people.texts import NOT_VERIFIED, bare_name
from handlers.types import Attachment, Message, Reply
from storage.round_models import RoundRow
from storage.rounds import current_round, latest_round, point_changes

SHOWN = 25  # lines in chat; the file holds them all


async def log_command(ctx: Context, call: Call) -> Reply:
    _, member = call._, call.member
    wanted = call.values.get("municipality")
    if member.is_board:
        place = ctx.wishes.municipality(str(wanted)) if wanted else None
        if wanted and place is None:
            raise CommandError(N_("“{name}” is not a Swedish municipality I know."), name=wanted)
    elif member.municipality is None:
        raise CommandError(NOT_VERIFIED)
    elif wanted and ctx.wishes.municipality(str(wanted)) != member.municipality:
        raise CommandError(N_("Only the board sees other municipalities' logs."))
    else:
        place = member.municipality
    async with ctx.db.transaction() as session:
        row = await _round(session, call.values.get("number"))
        changes = await point_changes(session, row.id, place)
    lines = [
        _(
            "{when}: {who} ({municipality}) #{wish} {before} → {after}",
            when=spoken(change.created_at, ctx.meetings.zone, _.locale),
            who=bare_name(name, change.municipality) if name else _("a member"),
            municipality=change.municipality,
            wish=change.wish_id,
            before=change.before,
            after=change.after,
        )
        for change, name in changes
    ]
    title = _("Changes of points in round {number}", number=row.id)
    if place:
        title += f" ({place})"
    shown = lines[-SHOWN:]
    text = "\n".join(shown) if shown else _("No points have been placed yet.")
    files: tuple[Attachment, ...] = ()
    if len(lines) > SHOWN:
        text = _("The latest {n} of {total}:", n=SHOWN, total=len(lines)) + "\n" + text
        files = (Attachment(f"round-{row.id}-log.txt", content="\n".join(lines) + "\n",
                            content_type="text/plain"),)  # fmt: skip
    return Reply(Message(title=title, text=text, attachments=files))


async def _round(session: AsyncSession, number: object) -> RoundRow:
    if number is not None:
        row = await session.get(RoundRow, int(str(number)))
        if row is None:
            raise CommandError(N_("There is no round #{number}."), number=number)
        return row
    row = await current_round(session) or await latest_round(session)
    if row is None:
        raise CommandError(N_("No round is open."))
    return row


LOG = CommandSpec(
    "log",
    N_("Every change of points: your municipality's (the board: all)"),
    sv="logg",
    options=(
        id_option("number", N_("The round's number (default: the latest)"), sv="nummer"),
        OptionSpec(
            "municipality", N_("Only this municipality (board)"), sv="kommun", max_length=100
        ),
    ),
    handler=log_command,
)
