"""The wish list's scheduled work."""

from __future__ import annotations

from handlers.context import Context
from handlers.jobs import JobSpec
from handlers.wishes import wishlist_delivery


async def _take_in_changes(ctx: Context) -> None:
    """What other processes changed (an import) is taken into the similar-wish index ahead
    of a member's /wish, which then never waits for it."""
    await ctx.wish_index.keep_fresh(ctx.db)


JOBS = (
    JobSpec("wish-index", 5, _take_in_changes, first_after=0),
    *wishlist_delivery.JOBS,
)
