"""Repositories for prioritisation rounds, their points and their results."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.people_models import PersonRow
from storage.round_models import (
    RoundPointChangeRow,
    RoundPointsRow,
    RoundResultRow,
    RoundRow,
    RoundWishRow,
)
from storage.wish_models import WishRow

OPEN, CLOSED, CANCELLED = "open", "closed", "cancelled"


async def current_round(session: AsyncSession, *, lock: bool = False) -> RoundRow | None:
    """The open round, if any; with `lock` it is held (PostgreSQL) so point changes in one
    municipality happen one at a time and a budget is never exceeded. (On SQLite every write
    transaction is already alone: BEGIN IMMEDIATE.)"""
    statement = select(RoundRow).where(RoundRow.status == OPEN).order_by(RoundRow.id).limit(1)
    if lock:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def get_round(session: AsyncSession, round_id: int, *, lock: bool = False) -> RoundRow | None:
    """A round by number; with `lock` it is held (PostgreSQL: FOR UPDATE) so two processes
    closing it at once take turns and only the first sees it still open."""
    statement = select(RoundRow).where(RoundRow.id == round_id)
    if lock:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def add_open_round(session: AsyncSession, row: RoundRow) -> bool:
    """Store a new open round; False when another is open already: a unique index lets only
    one round be open, so of two boards opening at once one loses here. After False the
    transaction is spoilt and must be rolled back."""
    session.add(row)
    try:
        await session.flush()
    except IntegrityError:
        return False
    return True


async def prioritisable_wish_ids(
    session: AsyncSession, statuses: Collection[str], module: str | None = None
) -> list[int]:
    """The wishes a new round takes: in one of `statuses` (the caller's idea of open),
    neither hidden nor merged into another, of `module` when one is given."""
    statement = select(WishRow.id).where(
        WishRow.status.in_(statuses), WishRow.hidden.is_(False), WishRow.merged_into_id.is_(None)
    )
    if module:
        statement = statement.where(WishRow.module == module)
    return [int(i) for i in (await session.execute(statement)).scalars()]


async def add_round_wishes(session: AsyncSession, round_id: int, wish_ids: Sequence[int]) -> None:
    session.add_all(RoundWishRow(round_id=round_id, wish_id=wish_id) for wish_id in wish_ids)


async def round_wishes(session: AsyncSession, round_id: int) -> list[WishRow]:
    result = await session.execute(
        select(WishRow)
        .join(RoundWishRow, RoundWishRow.wish_id == WishRow.id)
        .where(RoundWishRow.round_id == round_id)
        .order_by(WishRow.id)
    )
    return list(result.scalars())


async def wishes_by_id(session: AsyncSession, wish_ids: Collection[int]) -> list[WishRow]:
    """Wishes outside a round that its standing still needs: those its duplicates were
    merged into."""
    found = await session.execute(select(WishRow).where(WishRow.id.in_(wish_ids)))
    return list(found.scalars())


async def wish_titles(session: AsyncSession, wish_ids: Collection[int]) -> dict[int, str]:
    """Titles alone for a round's result post, without loading whole wishes."""
    found = await session.execute(select(WishRow.id, WishRow.title).where(WishRow.id.in_(wish_ids)))
    return {int(wish_id): str(title) for wish_id, title in found}


async def points_in(
    session: AsyncSession, round_id: int, municipality: str | None = None
) -> list[RoundPointsRow]:
    statement = select(RoundPointsRow).where(
        RoundPointsRow.round_id == round_id, RoundPointsRow.points > 0
    )
    if municipality is not None:
        statement = statement.where(RoundPointsRow.municipality == municipality)
    return list((await session.execute(statement.order_by(RoundPointsRow.wish_id))).scalars())


async def set_points(
    session: AsyncSession,
    *,
    round_id: int,
    municipality: str,
    wish_id: int,
    points: int,
    changed_by_id: int | None,
    now: datetime,
) -> None:
    """The municipality's points on a wish, replacing what it had (caller holds the lock);
    every change is kept in the round's log with who made it."""
    existing = (
        await session.execute(
            select(RoundPointsRow).where(
                RoundPointsRow.round_id == round_id,
                RoundPointsRow.municipality == municipality,
                RoundPointsRow.wish_id == wish_id,
            )
        )
    ).scalar_one_or_none()
    before = existing.points if existing is not None else 0
    if before != points:
        session.add(
            RoundPointChangeRow(
                round_id=round_id,
                municipality=municipality,
                wish_id=wish_id,
                person_id=changed_by_id,
                before=before,
                after=points,
                created_at=now,
            )
        )
    if existing is None:
        session.add(
            RoundPointsRow(
                round_id=round_id,
                municipality=municipality,
                wish_id=wish_id,
                points=points,
                changed_by_id=changed_by_id,
                changed_at=now,
            )
        )
    else:
        existing.points, existing.changed_by_id, existing.changed_at = points, changed_by_id, now


async def point_changes(
    session: AsyncSession, round_id: int, municipality: str | None = None
) -> list[tuple[RoundPointChangeRow, str | None]]:
    """The round's log of point changes, oldest first, with the changer's name now."""
    statement = (
        select(RoundPointChangeRow, PersonRow.display_name)
        .outerjoin(PersonRow, PersonRow.id == RoundPointChangeRow.person_id)
        .where(RoundPointChangeRow.round_id == round_id)
        .order_by(RoundPointChangeRow.id)
    )
    if municipality is not None:
        statement = statement.where(RoundPointChangeRow.municipality == municipality)
    return list(await session.execute(statement))


async def due_round_ids(session: AsyncSession, now: datetime) -> list[int]:
    result = await session.execute(
        select(RoundRow.id).where(RoundRow.status == OPEN, RoundRow.closes_at <= now)
    )
    return [int(i) for i in result.scalars()]


async def latest_results(session: AsyncSession) -> dict[int, RoundResultRow]:
    """Each wish's place in the most recently closed round (a wish not in it has none)."""
    latest = await session.execute(
        select(RoundRow.id)
        .where(RoundRow.status == CLOSED)
        .order_by(RoundRow.closed_at.desc(), RoundRow.id.desc())
        .limit(1)
    )
    round_id = latest.scalar_one_or_none()
    if round_id is None:
        return {}
    result = await session.execute(
        select(RoundResultRow).where(RoundResultRow.round_id == round_id)
    )
    return {row.wish_id: row for row in result.scalars()}


async def latest_round(session: AsyncSession) -> RoundRow | None:
    result = await session.execute(select(RoundRow).order_by(RoundRow.id.desc()).limit(1))
    return result.scalar_one_or_none()
