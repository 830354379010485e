"""The wish list as members and the vendor see it, ranked and paged in the database.

Each wish carries its rank ("en kommun, en röst": `WishRow.support_municipalities`, then
`support_members`, then age), kept by triggers, so a page is one query along an index instead
of every wish loaded and counted. A search's matches come from the similar-wish index as a set
of numbers, handed over as one parameter (JSON on SQLite, an array on PostgreSQL) however many
there are: a list of parameters stops at 32,767 on PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ARRAY, ColumnElement, Integer, Row, any_, false, func, select, union
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql import bindparam

from storage.models import MemberRow
from storage.wish_models import LISTED, WISH_RANK, WishRow, WishSupportRow

PART = 500  # rows read at a time when there may be many


@dataclass(frozen=True)
class Listing:
    """Which listed wishes (neither hidden nor merged) to show."""

    module: str | None = None
    statuses: Sequence[str] | None = None
    member_id: int | None = None  # only those this account's person submitted or supports
    among: Collection[int] | None = None  # only these (a search's matches)


def among(
    session: AsyncSession, column: InstrumentedAttribute[int], numbers: Collection[int]
) -> ColumnElement[bool]:
    """`column` is one of `numbers`, as one parameter however many numbers there are."""
    if not numbers:
        return false()
    ordered = sorted(numbers)
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam("among", ordered, type_=ARRAY(Integer)))
    values = func.json_each(bindparam("among", json.dumps(ordered))).table_valued("value")
    return column.in_(select(values.c.value))


def _conditions(session: AsyncSession, listing: Listing) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [LISTED]  # as the indexes have it
    if listing.module:
        conditions.append(WishRow.module == listing.module)
    if listing.statuses:
        conditions.append(WishRow.status.in_(list(listing.statuses)))
    if listing.member_id is not None:  # support through a merged duplicate counts for the original
        person = (
            select(MemberRow.person_id).where(MemberRow.id == listing.member_id).scalar_subquery()
        )
        accounts = select(MemberRow.id).where(MemberRow.person_id == person)
        mine = union(  # one set of numbers, looked up while the list is read along its index
            select(WishRow.id).where(WishRow.submitted_by_id.in_(accounts)),
            select(func.coalesce(WishRow.merged_into_id, WishRow.id))
            .join(WishSupportRow, WishSupportRow.wish_id == WishRow.id)
            .where(WishSupportRow.person_id == person),
        )
        conditions.append(WishRow.id.in_(mine))
    if listing.among is not None:
        conditions.append(among(session, WishRow.id, listing.among))
    return conditions


async def count_listed(session: AsyncSession, listing: Listing) -> int:
    statement = select(func.count()).select_from(WishRow).where(*_conditions(session, listing))
    return int(await session.scalar(statement) or 0)


async def ranked_wishes(
    session: AsyncSession, listing: Listing, *, offset: int = 0, limit: int | None = None
) -> list[WishRow]:
    """Listed wishes in the order of the list, from `offset` on."""
    statement = (
        select(WishRow)
        .where(*_conditions(session, listing))
        .order_by(*WISH_RANK)
        .offset(offset)
        .limit(limit)
    )
    return list((await session.execute(statement)).scalars())


DOCUMENT_COLUMNS = (
    WishRow.id, WishRow.title, WishRow.description, WishRow.module, WishRow.status,
    WishRow.municipality, WishRow.created_at, WishRow.vendor_reference, WishRow.source,
    WishRow.external_id,
)  # fmt: skip


async def ranked_records(session: AsyncSession, listing: Listing) -> list[Row[*tuple[Any, ...]]]:
    """Every listed wish in the order of the list, as plain rows of `DOCUMENT_COLUMNS`: the
    vendor's document, which may hold every wish there is (read in parts, so that the event
    loop is never held for all of them at once)."""
    statement = select(*DOCUMENT_COLUMNS).where(*_conditions(session, listing)).order_by(*WISH_RANK)
    rows: list[Row[*tuple[Any, ...]]] = []
    async for part in (await session.stream(statement)).partitions(PART):
        rows.extend(part)
    return rows
