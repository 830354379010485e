"""Board members' /wishlist requests, kept until their files are made and queued.

A request is claimed for a while before its files are made, so two processes on one
PostgreSQL do not both make it; a claim that runs out (its process stopped) is taken again.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.wish_models import WishlistRequestRow

# Longer than making the files of 50,000 wishes takes (1-3 s measured), short enough that a
# request left by a stopped process is made soon after a restart.
CLAIM = timedelta(minutes=2)


@dataclass(frozen=True)
class WishlistRequest:
    id: int
    token: str
    platform: str
    user_id: str
    locale: str
    module: str | None
    status: str | None


async def add_request(
    session: AsyncSession,
    *,
    platform: str,
    user_id: str,
    locale: str,
    module: str | None,
    status: str | None,
    now: datetime,
) -> None:
    session.add(
        WishlistRequestRow(
            token=secrets.token_hex(16), platform=platform, user_id=user_id, locale=locale,
            module=module, status=status, requested_at=now,
        )
    )  # fmt: skip
    await session.flush()


async def waiting_for(session: AsyncSession, *, platform: str, user_id: str) -> int:
    """How many of this member's requests are not made yet."""
    found = await session.scalar(
        select(func.count())
        .select_from(WishlistRequestRow)
        .where(WishlistRequestRow.platform == platform, WishlistRequestRow.user_id == user_id)
    )
    return int(found or 0)


async def claim_next(session: AsyncSession, *, now: datetime) -> WishlistRequest | None:
    """The oldest request nobody is making, claimed for `CLAIM`; None when there is none."""
    free = or_(WishlistRequestRow.claimed_until.is_(None), WishlistRequestRow.claimed_until < now)
    candidates = await session.scalars(
        select(WishlistRequestRow.id).where(free).order_by(WishlistRequestRow.id).limit(5)
    )
    for request_id in candidates:
        claimed = await session.execute(
            update(WishlistRequestRow)
            .where(WishlistRequestRow.id == request_id, free)
            .values(claimed_until=now + CLAIM)
        )
        if claimed.rowcount:  # type: ignore[attr-defined]
            row = await session.get_one(WishlistRequestRow, request_id, populate_existing=True)
            return WishlistRequest(
                row.id, row.token, row.platform, row.user_id, row.locale, row.module, row.status
            )
    return None


async def finish(session: AsyncSession, request_id: int) -> None:
    """The request's delivery is queued (in the same transaction): it is done."""
    await session.execute(delete(WishlistRequestRow).where(WishlistRequestRow.id == request_id))


async def forget_member(session: AsyncSession, *, platform: str, user_id: str) -> None:
    """A member's waiting requests go with the member's data."""
    await session.execute(
        delete(WishlistRequestRow).where(
            WishlistRequestRow.platform == platform, WishlistRequestRow.user_id == user_id
        )
    )
