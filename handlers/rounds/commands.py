"""/round open (board), /round place and /round status: a prioritisation round.

Every municipality gets the same budget of points ("en kommun, en röst", weighted); any
member of it may place or move its points until the round closes, the last change wins, and
everyone in the municipality sees the current split. A budget is checked and changed under
a lock, so concurrent changes never exceed it.
"""

from __future__ import annotations

from handlers.catalogue import CommandSpec, OptionSpec, OptionType, id_option
from handlers.context import Call, Context
from handlers.core.members import person_row
from handlers.errors import CommandError, counted_error
from handlers.i18n import N_, Translator
from handlers.meetings.times import local_to_utc, parse_date, parse_time, spoken
from handlers.people.texts import NOT_VERIFIED
from handlers.rounds.end import CANCEL, CLOSE
from handlers.rounds.log import LOG
from handlers.rounds.standing import standing
from handlers.topics import post_to_topic
from handlers.types import Field, Message, Reply
from handlers.wishes.config import OPEN
from storage.round_models import RoundRow
from storage.rounds import (
    add_open_round,
    add_round_wishes,
    current_round,
    points_in,
    prioritisable_wish_ids,
    round_wishes,
    set_points,
)

SHOWN = 20


def closing_text(ctx: Context, row: RoundRow, _: Translator) -> str:
    return spoken(row.closes_at, ctx.meetings.zone, _.locale)


async def open_command(ctx: Context, call: Call) -> Reply:
    values, _ = call.values, call._
    module = values.get("module")
    if module and module not in ctx.wishes.modules:
        raise CommandError(
            N_("“{module}” is not a module; choose one of {modules}."),
            module=module,
            modules=", ".join(ctx.wishes.modules),
        )
    closes_at = local_to_utc(
        parse_date(values["closes"]), parse_time(values.get("time") or "23:59"), ctx.meetings.zone
    )
    now = ctx.clock.now()
    if closes_at <= now:
        raise CommandError(N_("The closing time has already passed."))
    async with ctx.db.transaction() as session:
        if await current_round(session, lock=ctx.db.is_postgresql) is not None:
            raise CommandError(N_("A round is already open; it must close first."))
        wish_ids = await prioritisable_wish_ids(session, OPEN, module)
        if not wish_ids:
            raise CommandError(N_("There are no open wishes to prioritise."))
        row = RoundRow(
            module=module,
            points=values.get("points") or 10,
            status="open",
            opened_by=call.member.display_name[:200],
            opened_at=now,
            closes_at=closes_at,
        )
        if not await add_open_round(session, row):  # another board opened one just now
            raise CommandError(N_("A round is already open; it must close first."))
        await add_round_wishes(session, row.id, wish_ids)
        wishes = _.ngettext("{n} wish", "{n} wishes", len(wish_ids))
        budget = _.ngettext("{n} point per municipality", "{n} points per municipality", row.points)
        text = _(
            "Prioritisation round {number} is open: {wishes}, {points}, closes {closes}. "
            "Place your municipality's points with /round place WISH POINTS; /round status "
            "shows the standing.",
            number=row.id,
            wishes=wishes,
            points=budget,
            closes=closing_text(ctx, row, _),
        )
        await post_to_topic(
            session, "wishes", Message(text=text), key=f"round-open:{row.id}", now=now
        )
    return Reply.text(text)


async def place_command(ctx: Context, call: Call) -> Reply:
    _, member = call._, call.member
    wish_id, points = call.values["wish"], call.values["points"]
    if not member.municipality:
        raise CommandError(NOT_VERIFIED)
    async with ctx.db.transaction() as session:
        row = await current_round(session, lock=ctx.db.is_postgresql)
        # read again under the round's lock: a revoke or a move since the command came counts
        municipality = (await person_row(ctx, session, member, lock=True)).municipality
        if municipality is None:
            raise CommandError(NOT_VERIFIED)
        if row is None or row.closes_at <= ctx.clock.now():
            raise CommandError(N_("No round is open; points can no longer be placed."))
        wish = next((w for w in await round_wishes(session, row.id) if w.id == wish_id), None)
        if wish is None:
            raise CommandError(N_("#{number} is not in this round."), number=wish_id)
        if wish.hidden or wish.merged_into_id or wish.status not in OPEN:
            raise CommandError(N_("#{number} is no longer open for prioritising."), number=wish_id)
        placed = {p.wish_id: p.points for p in await points_in(session, row.id, municipality)}
        others = sum(p for w, p in placed.items() if w != wish_id)
        if others + points > row.points:
            raise counted_error(
                "{municipality} has {n} point in all and {others} on other wishes: "
                "#{number} can have at most {left}.",
                "{municipality} has {n} points in all and {others} on other wishes: "
                "#{number} can have at most {left}.",
                row.points,
                municipality=municipality,
                others=others,
                number=wish_id,
                left=row.points - others,
            )
        await set_points(
            session,
            round_id=row.id,
            municipality=municipality,
            wish_id=wish_id,
            points=points,
            changed_by_id=member.person_id,
            now=ctx.clock.now(),
        )
        placed[wish_id] = points
    return Reply.text(split_text(municipality, placed, row.points, _))


def split_text(municipality: str, placed: dict[int, int], budget: int, _: Translator) -> str:
    shown = ", ".join(f"#{w}: {p}" for w, p in sorted(placed.items()) if p > 0)
    left = budget - sum(placed.values())
    return _(
        "Points of {municipality}: {split}. {left} of {budget} left.",
        municipality=municipality,
        split=shown or "–",
        left=left,
        budget=budget,
    )


async def status_command(ctx: Context, call: Call) -> Reply:
    _, member = call._, call.member
    async with ctx.db.transaction() as session:
        row = await current_round(session)
        if row is None:
            return Reply.text(_("No round is open."))
        ranking = [r for r in await standing(session, row.id) if r[1] > 0]
        titles = {w.id: w.title for w in await round_wishes(session, row.id)}
        mine = (
            {p.wish_id: p.points for p in await points_in(session, row.id, member.municipality)}
            if member.municipality
            else None
        )
    lines = [
        f"{rank}. #{wish} {titles.get(wish, '')}: {points} ({count})"
        for rank, (wish, points, count) in enumerate(ranking[:SHOWN], start=1)
    ]
    fields = [Field(_("Standing (points, municipalities)"), "\n".join(lines) or "–")]
    if mine is not None and member.municipality:
        fields.append(
            Field(member.municipality, split_text(member.municipality, mine, row.points, _))
        )
    title = _("Round {number}, closes {closes}", number=row.id, closes=closing_text(ctx, row, _))
    return Reply(Message(title=title, text="", fields=tuple(fields)))


COMMAND = CommandSpec(
    "round",
    N_("Prioritisation rounds: each municipality spreads its points"),
    sv="omgång",
    subcommands=(
        CommandSpec(
            "open",
            N_("Open a round over the open wishes"),
            sv="öppna",
            board_only=True,
            options=(
                OptionSpec(
                    "closes",
                    N_("Closing date, e.g. 2026-04-30"),
                    sv="stänger",
                    required=True,
                    max_length=10,
                ),
                OptionSpec("module", N_("Only this module"), sv="modul", max_length=60),
                OptionSpec(
                    "points",
                    N_("Points per municipality (default 10)"),
                    sv="poäng",
                    type=OptionType.INTEGER,
                    min_value=1,
                    max_value=1000,
                ),
                OptionSpec(
                    "time", N_("Closing time, Swedish time (default 23:59)"), sv="tid", max_length=5
                ),
            ),
            handler=open_command,
        ),
        CommandSpec(
            "place",
            N_("Place your municipality's points on a wish (0 takes them back)"),
            sv="fördela",
            options=(
                id_option("wish", N_("The wish's number"), sv="önskemål", required=True),
                OptionSpec(
                    "points",
                    N_("Points on it"),
                    sv="poäng",
                    required=True,
                    type=OptionType.INTEGER,
                    min_value=0,
                    max_value=1000,
                ),
            ),
            handler=place_command,
        ),
        CommandSpec(
            "status",
            N_("The standing, and your municipality's points"),
            sv="läge",
            handler=status_command,
        ),
        CLOSE,
        CANCEL,
        LOG,
    ),
)
