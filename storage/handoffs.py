"""Repositories for the wish list's hand-offs to the vendor (batches and their wishes)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from storage.handoff_models import HandoffBatchRow, HandoffWishRow
from storage.wish_models import WishRow

SENT = "skickad"  # a wish in a batch with this status still waits for the vendor's answer


@dataclass(frozen=True)
class BatchSummary:
    """A batch as listed: the row, and how many of its wishes the vendor has answered."""

    batch: HandoffBatchRow
    answered: int


async def latest_batch_number(session: AsyncSession) -> int:
    """The number of the last batch sent; 0 before the first."""
    return int(await session.scalar(select(func.coalesce(func.max(HandoffBatchRow.id), 0))) or 0)


async def add_batch(session: AsyncSession, batch: HandoffBatchRow) -> bool:
    """Record a batch under the number it carries (the latest's plus one), in a savepoint;
    False when that number is taken: another hand-off was sent meanwhile (on PostgreSQL two
    board members pressing at once), and this one must not go too."""
    try:
        async with session.begin_nested():
            session.add(batch)
            await session.flush()
    except IntegrityError:
        return False
    return True


async def add_batch_wishes(
    session: AsyncSession, batch_id: int, wishes: Sequence[tuple[int, str]]
) -> None:
    """The batch's wishes (number, status before), in the order of the list as sent."""
    session.add_all(
        HandoffWishRow(batch_id=batch_id, wish_id=number, position=at, status_before=status)
        for at, (number, status) in enumerate(wishes, start=1)
    )
    await session.flush()


async def in_open_batches(session: AsyncSession, numbers: Collection[int]) -> dict[int, int]:
    """Of these wishes, those in a batch the vendor has not answered yet (the wish is still
    `skickad`), with the latest such batch's number."""
    if not numbers:
        return {}
    statement = (
        select(HandoffWishRow.wish_id, func.max(HandoffWishRow.batch_id))
        .join(WishRow, WishRow.id == HandoffWishRow.wish_id)
        .where(HandoffWishRow.wish_id.in_(list(numbers)), WishRow.status == SENT)
        .group_by(HandoffWishRow.wish_id)
    )
    return {int(wish): int(batch) for wish, batch in (await session.execute(statement)).all()}


async def wishes_with_reference(session: AsyncSession, reference: str) -> list[WishRow]:
    """The wishes the vendor's ticket id names (locked: the vendor's answer changes them)."""
    statement = (
        select(WishRow)
        .where(WishRow.vendor_reference == reference)
        .order_by(WishRow.id)
        .with_for_update()
    )
    return list((await session.execute(statement)).scalars())


async def get_batch(session: AsyncSession, number: int) -> HandoffBatchRow | None:
    return await session.get(HandoffBatchRow, number)


async def batches_newest_first(session: AsyncSession, *, limit: int) -> list[BatchSummary]:
    """The latest batches, each with how many of its wishes have left `skickad`."""
    answered = (
        select(HandoffWishRow.batch_id, func.count().label("answered"))
        .join(WishRow, WishRow.id == HandoffWishRow.wish_id)
        .where(WishRow.status != SENT)
        .group_by(HandoffWishRow.batch_id)
        .subquery()
    )
    statement = (
        select(HandoffBatchRow, func.coalesce(answered.c.answered, 0))
        .outerjoin(answered, answered.c.batch_id == HandoffBatchRow.id)
        .order_by(HandoffBatchRow.id.desc())
        .limit(limit)
    )
    rows = (await session.execute(statement)).all()
    return [BatchSummary(batch, int(count)) for batch, count in rows]


async def batch_wishes(session: AsyncSession, number: int) -> list[tuple[int, WishRow]]:
    """A batch's wishes as (place in the list, wish as it is now), in the list's order."""
    statement = (
        select(HandoffWishRow.position, WishRow)
        .join(WishRow, WishRow.id == HandoffWishRow.wish_id)
        .where(HandoffWishRow.batch_id == number)
        .order_by(HandoffWishRow.position)
    )
    return [(int(at), wish) for at, wish in (await session.execute(statement)).all()]


async def batch_addresses(session: AsyncSession, numbers: Collection[int]) -> dict[int, str]:
    """Where each batch's mail goes (the address recorded when it was sent)."""
    if not numbers:
        return {}
    statement = select(HandoffBatchRow.id, HandoffBatchRow.address).where(
        HandoffBatchRow.id.in_(list(numbers))
    )
    return {int(number): address for number, address in (await session.execute(statement)).all()}


def new_batch(
    number: int,
    *,
    now: datetime,
    sent_by: str,
    sent_by_id: int | None,
    address: str,
    module: str | None,
    status: str | None,
    wishes: int,
) -> HandoffBatchRow:
    return HandoffBatchRow(
        id=number,
        sent_at=now,
        sent_by=sent_by[:200],
        sent_by_id=sent_by_id,
        address=address,
        module=module,
        status=status,
        wishes=wishes,
    )
