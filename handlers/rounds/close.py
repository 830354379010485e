"""Closing a round at its time: the ranking is kept on each wish and posted to the `wishes`
channels, in the same transaction that closes it (so it happens exactly once)."""

from __future__ import annotations

import logging

from handlers.context import Context
from handlers.i18n import translator
from handlers.jobs import JobSpec
from handlers.rounds.standing import standing
from handlers.topics import post_to_topic
from handlers.types import Message
from storage.round_models import RoundResultRow
from storage.rounds import CLOSED, OPEN, due_round_ids, get_round, wish_titles

log = logging.getLogger(__name__)
SHOWN = 15


async def close_due(ctx: Context) -> int:
    """Close every open round whose time has come; returns how many."""
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        due = await due_round_ids(session, now)
    closed = 0
    for round_id in due:
        try:
            closed += await close_round(ctx, round_id)
        except Exception:
            log.exception("closing round %s failed; it stays open", round_id)
    if closed:
        ctx.wake_outbox()
    return closed


async def close_round(ctx: Context, round_id: int) -> int:
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        row = await get_round(session, round_id, lock=ctx.db.is_postgresql)
        if row is None or row.status != OPEN:
            return 0
        row.status, row.closed_at = CLOSED, now
        ranking = await standing(session, round_id)  # every wish of the round gets its place
        for rank, (wish_id, points, municipalities) in enumerate(ranking, start=1):
            session.add(
                RoundResultRow(
                    round_id=round_id,
                    wish_id=wish_id,
                    rank=rank,
                    points=points,
                    municipalities=municipalities,
                )
            )
        shown_ids = [wish_id for wish_id, points, _count in ranking[:SHOWN] if points]
        titles = await wish_titles(session, shown_ids)
        _ = translator(ctx.default_locale)
        lines = []
        for rank, (wish_id, points, count) in enumerate(ranking[:SHOWN], start=1):
            if points == 0:
                break
            backers = _.ngettext("{n} municipality", "{n} municipalities", count)
            given = _.ngettext("{n} point", "{n} points", points)
            lines.append(
                _(
                    "{rank}. #{number} {title}: {points} from {municipalities}",
                    rank=rank,
                    number=wish_id,
                    title=titles.get(wish_id, ""),
                    points=given,
                    municipalities=backers,
                )
            )
        message = Message(
            title=_("Result of prioritisation round {number}", number=round_id),
            text="\n".join(lines) or _("No municipality placed any points."),
        )
        await post_to_topic(session, "wishes", message, key=f"round-result:{round_id}", now=now)
    return 1


JOBS = (JobSpec("rounds", 20, close_due),)  # rounds whose time is up
