"""The wish list as members and the vendor see it, ranked and paged in the database.

Each wish carries its rank ("en kommun, en röst": `WishRow.support_municipalities`, then
`support_members`, then age), kept by triggers, so a page is one query along an index instead
of every wish loaded and counted, and its support line is read from the same kept counts (only
the unverified supporters, shown and never ranked on, are counted, for the page's ten). A
search's matches come from the similar-wish index as a set of numbers, handed over as one
parameter (JSON on SQLite, an array on PostgreSQL) however many there are: a list of
parameters stops at 32,767 on PostgreSQL.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Collection, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ARRAY,
    ColumnElement,
    Integer,
    Row,
    any_,
    false,
    func,
    select,
    true,
    union,
)
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.sql import bindparam

from storage.models import MemberRow
from storage.wish_models import LISTED, WISH_RANK, WishListCountRow, WishRow, WishSupportRow
from storage.wishes import support_of

PART = 500  # rows read at a time when there may be many
# On SQLite a search's matches up to this many are read number by number (each looked up by
# its rowid) rather than checking every listed wish against them: to count them, and (fewer)
# to cut a page from them, sorted; beyond, a page is read along the list's index, where it
# stops after ten matches (matches are then many, some near the top).
COUNTED_BY_NUMBER, PAGED_BY_NUMBER = 10_000, 1_000

Reader = AsyncSession | AsyncConnection  # a session, or a bare connection (read-only, faster)


@dataclass(frozen=True)
class Listing:
    """Which listed wishes (neither hidden nor merged) to show."""

    module: str | None = None
    statuses: Sequence[str] | None = None
    person_id: int | None = None  # only those this person submitted or supports
    among: Collection[int] | None = None  # only these (a search's matches)


@dataclass(frozen=True)
class ListedWish:
    """A line of the list: the wish and its support as kept (verified people and their
    municipalities) and counted (unverified people, shown apart)."""

    id: int
    title: str
    module: str
    status: str
    members: int
    places: int
    unverified: int


def _dialect(reader: Reader) -> str:
    if isinstance(reader, AsyncConnection):
        return reader.dialect.name
    return reader.get_bind().dialect.name


def among(dialect: str, column: InstrumentedAttribute[int], numbers: Collection[int]) -> Any:
    """`column` is one of `numbers`, as one parameter however many numbers there are."""
    if not numbers:
        return false()
    ordered = sorted(numbers)
    if dialect == "postgresql":
        return column == any_(bindparam("among", ordered, type_=ARRAY(Integer)))
    values = func.json_each(bindparam("among", json.dumps(ordered))).table_valued("value")
    return column.in_(select(values.c.value))


def _mine(person_id: int) -> Any:
    """The wishes a person submitted (from any of their accounts) or supports; support
    through a merged duplicate counts for the original."""
    accounts = select(MemberRow.id).where(MemberRow.person_id == person_id)
    return union(
        select(WishRow.id).where(WishRow.submitted_by_id.in_(accounts)),
        select(func.coalesce(WishRow.merged_into_id, WishRow.id))
        .join(WishSupportRow, WishSupportRow.wish_id == WishRow.id)
        .where(WishSupportRow.person_id == person_id),
    )


def _conditions(dialect: str, listing: Listing, *, up_to: int) -> list[ColumnElement[bool]]:
    """The listing's conditions; on SQLite, read number by number when they are a person's
    wishes or up to `up_to` matches."""
    few = listing.person_id is not None or (
        listing.among is not None and len(listing.among) <= up_to
    )
    conditions: list[ColumnElement[bool]] = [LISTED]  # as the indexes have it
    if few and dialect == "sqlite":
        # Without statistics SQLite prefers the list's indexes (their equality on `hidden`)
        # and checks every listed wish against the few numbers; `IS NOT 1` it cannot look
        # up, so it reads the numbers by rowid instead.
        conditions = [WishRow.hidden.is_not(true()), WishRow.merged_into_id.is_(None)]
    if listing.module:
        conditions.append(WishRow.module == listing.module)
    if listing.statuses:
        conditions.append(WishRow.status.in_(list(listing.statuses)))
    if listing.person_id is not None:
        conditions.append(WishRow.id.in_(_mine(listing.person_id)))
    if listing.among is not None:
        conditions.append(among(dialect, WishRow.id, listing.among))
    return conditions


async def _narrowed(reader: Reader, listing: Listing) -> Listing:
    """A person's listing as the numbers of their wishes, read first (they are few): joined
    to the list, PostgreSQL planned them from a support table it had no statistics for yet
    (after a bulk of supports) and read every wish, 15 ms for a count and as much a page."""
    if listing.person_id is None:
        return listing
    theirs = set(await reader.scalars(_mine(listing.person_id)))
    if listing.among is not None:
        theirs &= set(listing.among)
    return Listing(module=listing.module, statuses=listing.statuses, among=theirs)


async def count_listed(reader: Reader, listing: Listing) -> int:
    """How many wishes the listing shows. The list, with a module and a status or not, is
    read from the counts kept by module and status (`WishListCountRow`); only a person's
    wishes and a search's matches are counted, by their numbers."""
    if listing.person_id is None and listing.among is None:
        kept = select(func.coalesce(func.sum(WishListCountRow.listed), 0))
        if listing.module:
            kept = kept.where(WishListCountRow.module == listing.module)
        if listing.statuses:
            kept = kept.where(WishListCountRow.status.in_(list(listing.statuses)))
        return int(await reader.scalar(kept) or 0)
    listing = await _narrowed(reader, listing)
    conditions = _conditions(_dialect(reader), listing, up_to=COUNTED_BY_NUMBER)
    statement = select(func.count()).select_from(WishRow).where(*conditions)
    return int(await reader.scalar(statement) or 0)


async def ranked_wishes(
    reader: Reader, listing: Listing, *, offset: int = 0, limit: int | None = None
) -> list[ListedWish]:
    """Listed wishes in the order of the list, from `offset` on. The page is cut from the
    index alone (the wishes skipped are never read); then its wishes are read, and their
    unverified supporters counted by `support_of` (by their numbers: a correlated count was
    planned badly by PostgreSQL before it had statistics, up to 400 ms)."""
    listing = await _narrowed(reader, listing)
    page = (
        select(WishRow.id)
        .where(*_conditions(_dialect(reader), listing, up_to=PAGED_BY_NUMBER))
        .order_by(*WISH_RANK)
        .offset(offset)
        .limit(limit)
        .subquery()
    )
    columns = (
        WishRow.id, WishRow.title, WishRow.module, WishRow.status,
        WishRow.support_members, WishRow.support_municipalities,
    )  # fmt: skip
    statement = select(*columns).join(page, page.c.id == WishRow.id).order_by(*WISH_RANK)
    rows = (await reader.execute(statement)).all()
    support = await support_of(reader, [row[0] for row in rows])
    return [ListedWish(*row, unverified=support[row[0]].unverified) for row in rows]


DOCUMENT_COLUMNS = (
    WishRow.id, WishRow.title, WishRow.description, WishRow.module, WishRow.status,
    WishRow.municipality, WishRow.created_at, WishRow.vendor_reference, WishRow.source,
    WishRow.external_id,
)  # fmt: skip


async def ranked_records(
    reader: Reader, listing: Listing, *, part: int = PART
) -> AsyncIterator[Sequence[Row[*tuple[Any, ...]]]]:
    """Every listed wish in the order of the list, as plain rows of `DOCUMENT_COLUMNS`, in
    parts of `PART`: the vendor's document, which may hold every wish there is, is made a
    part at a time (neither the rows nor the event loop are held for all of them at once)."""
    conditions = _conditions(_dialect(reader), listing, up_to=PAGED_BY_NUMBER)
    statement = select(*DOCUMENT_COLUMNS).where(*conditions)
    # Fetched `part` rows at a time: left to itself the cursor's buffer grew to 1,000 rows,
    # decoded in one step of the event loop (57 ms on PostgreSQL).
    ranked = statement.order_by(*WISH_RANK).execution_options(yield_per=part)
    result = await reader.stream(ranked)
    async for rows in result.partitions(part):
        yield rows
