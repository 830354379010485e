"""Retention: personal data is kept only as long as the settings say, then removed daily.

`apply_retention` runs every kind in one transaction. The order matters for a dry run to
report exactly what a real run removes: the delivery kinds come before bridged messages,
because removing a bridged message also removes its copies' deliveries, which the delivery
kinds keep (content cleared) while the message lives.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.jobs import JobSpec
from handlers.portal import SESSION_IDLE
from storage import retention
from storage.db import Database

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from handlers.context import Context

DAY_SECONDS = 86_400


@dataclass(frozen=True)
class RetentionPolicy:
    """Days each kind is kept (the RETAIN_*_DAYS settings); the defaults are theirs."""

    sent_deliveries_days: int = 30
    failed_deliveries_days: int = 90
    feed_entries_days: int = 180
    unconfirmed_subscriptions_days: int = 7
    verification_codes_days: int = 1
    bridged_messages_days: int = 90
    # Counted actions are needed as long as the longest rate-limit window, and a day at least.
    rate_limit_days: int = 1
    wish_drafts_days: int = 1


def rate_limit_days(window_seconds: list[int]) -> int:
    """Whole days covering the longest limit window, at least one."""
    return max(1, math.ceil(max(window_seconds, default=0) / DAY_SECONDS))


Step = Callable[[AsyncSession, datetime, bool], Awaitable[int]]

# (kind, what removes it, its period in days); in this order, see the module's docstring.
STEPS: tuple[tuple[str, Step, Callable[[RetentionPolicy], int]], ...] = (
    ("sent_deliveries", retention.sent_deliveries, lambda p: p.sent_deliveries_days),
    ("kept_deliveries", retention.kept_deliveries, lambda p: p.sent_deliveries_days),
    ("failed_deliveries", retention.failed_deliveries, lambda p: p.failed_deliveries_days),
    ("bridged_messages", retention.bridged_messages, lambda p: p.bridged_messages_days),
    ("feed_entries", retention.feed_entries, lambda p: p.feed_entries_days),
    (
        "unconfirmed_subscriptions",
        retention.unconfirmed_subscriptions,
        lambda p: p.unconfirmed_subscriptions_days,
    ),
    ("verification_codes", retention.verification_codes, lambda p: p.verification_codes_days),
    ("rate_limit_counts", retention.rate_limit_counts, lambda p: p.rate_limit_days),
    ("wish_drafts", retention.wish_drafts, lambda p: p.wish_drafts_days),
    ("form_drafts", retention.form_drafts, lambda p: p.wish_drafts_days),
    ("web_sign_ins", retention.web_sign_ins, lambda p: p.verification_codes_days),
    ("web_sessions", retention.web_sessions, lambda _p: SESSION_IDLE.days),
)
KINDS = tuple(kind for kind, _step, _days in STEPS)


class _HasDatabase(Protocol):
    db: Database


def period_days(policy: RetentionPolicy) -> dict[str, int]:
    """Each kind's period in days, for reports."""
    return {kind: days(policy) for kind, _step, days in STEPS}


async def apply_retention(
    source: Database | _HasDatabase,
    policy: RetentionPolicy,
    now: datetime,
    *,
    dry_run: bool = False,
) -> dict[str, int]:
    """Remove (or with `dry_run` only count) what is past its period; how many per kind.

    One transaction: a failure leaves everything as it was, for the next day's run."""
    db = source if isinstance(source, Database) else source.db
    counts: dict[str, int] = {}
    async with db.transaction() as session:
        for kind, step, days in STEPS:
            counts[kind] = await step(session, now - timedelta(days=days(policy)), not dry_run)
    return counts


async def run_retention(ctx: Context, *, dry_run: bool = False) -> dict[str, int]:
    """`apply_retention` with the context's policy and clock (the daily job)."""
    return await apply_retention(ctx, ctx.retention, ctx.clock.now(), dry_run=dry_run)


async def _daily(ctx: Context) -> None:
    counts = await run_retention(ctx)
    log.info("retention applied", extra=dict(counts))  # counts only, never contents


# Daily, and first soon after a start, so that a bot restarted every day still runs it.
JOBS = (JobSpec("retention", 24 * 3600, _daily, first_after=600),)
