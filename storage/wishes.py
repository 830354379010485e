"""The wish list's repository: wishes, supports counted per municipality, history, cards, drafts.

Support is counted from the supports themselves: a wish's supporters are its own plus those of
the duplicates merged into it, each person once (whichever accounts they used). So a merge
moves nothing and an unmerge restores exactly what was before. A supporter counts for the
municipality their person is verified for now; unverified supporters are counted apart. The
list's order uses the same counts, kept on each wish by triggers (`storage.wish_list`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVarTuple

from sqlalchemy import Row, Select, delete, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from storage.models import MemberRow
from storage.people_models import PersonRow
from storage.upsert import insert_ignoring_conflict
from storage.wish_models import WishCardRow, WishDraftRow, WishEventRow, WishRow, WishSupportRow


@dataclass(frozen=True)
class Support:
    """How many verified people from which municipalities support a wish (duplicates
    included), and how many unverified people besides: shown, never ranked on."""

    members: int
    municipalities: tuple[str, ...]
    unverified: int = 0

    @property
    def places(self) -> int:
        return len(self.municipalities)


NO_SUPPORT = Support(0, ())
Ts = TypeVarTuple("Ts")


async def create_wish(
    session: AsyncSession,
    *,
    title: str,
    description: str,
    module: str,
    municipality: str | None,
    submitted_by_id: int | None,
    now: datetime,
    status: str = "ny",
    source: str | None = None,
    external_id: str | None = None,
    terms: str | None = None,
) -> WishRow:
    """`terms`: its normalised words (`WishIndex.terms_of`), kept so that no other process
    normalises them again."""
    wish = WishRow(
        title=title,
        description=description,
        module=module,
        status=status,
        municipality=municipality,
        submitted_by_id=submitted_by_id,
        hidden=False,
        source=source,
        external_id=external_id,
        terms=terms,
        created_at=now,
        updated_at=now,
    )
    session.add(wish)
    await session.flush()
    return wish


async def get_wish(session: AsyncSession, number: int, *, lock: bool = False) -> WishRow | None:
    statement = select(WishRow).where(WishRow.id == number)
    if lock:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def all_wishes(session: AsyncSession) -> list[WishRow]:
    return list((await session.execute(select(WishRow).order_by(WishRow.id))).scalars())


async def add_support(
    session: AsyncSession, *, wish_id: int, person_id: int, now: datetime
) -> bool:
    """True when the person did not support the wish before (one support per person)."""
    return await insert_ignoring_conflict(
        session,
        WishSupportRow,
        {"wish_id": wish_id, "person_id": person_id, "created_at": now},
        conflict_columns=("wish_id", "person_id"),
    )


async def remove_support(session: AsyncSession, *, wish_id: int, person_id: int) -> bool:
    """Take the person's support of a wish back, given directly or to a duplicate merged into
    it (after two people were merged, the person may hold both)."""
    duplicates = select(WishRow.id).where(WishRow.merged_into_id == wish_id)
    result = await session.execute(
        delete(WishSupportRow)
        .where(
            WishSupportRow.person_id == person_id,
            or_(WishSupportRow.wish_id == wish_id, WishSupportRow.wish_id.in_(duplicates)),
        )
        .returning(WishSupportRow.id)
    )
    return result.first() is not None


async def supports(session: AsyncSession, *, wish_id: int, person_id: int) -> bool:
    """Does the person support this wish, directly or through a duplicate merged into it?"""
    result = await session.execute(
        select(WishSupportRow.id)
        .join(WishRow, WishRow.id == WishSupportRow.wish_id)
        .where(
            WishSupportRow.person_id == person_id,
            or_(WishRow.id == wish_id, WishRow.merged_into_id == wish_id),
        )
        .limit(1)
    )
    return result.first() is not None


# More wishes than this are counted in one pass over every support, not looked up by number;
# rows are read this many at a time, so that the event loop is never held for all of them.
_LOOKED_UP = 500


async def support_of(
    session: AsyncSession | AsyncConnection, wish_ids: Sequence[int]
) -> Mapping[int, Support]:
    """Distinct supporting people per wish, duplicates folded in: verified people and their
    municipalities, and unverified people apart."""
    wanted = set(wish_ids)
    if not wanted:
        return {}
    owner = func.coalesce(WishRow.merged_into_id, WishRow.id)
    statement = (
        select(owner, WishSupportRow.person_id, PersonRow.municipality)
        .join(WishRow, WishRow.id == WishSupportRow.wish_id)
        .join(PersonRow, PersonRow.id == WishSupportRow.person_id)
    )
    many = len(wanted) > _LOOKED_UP
    if not many:  # by their numbers and their duplicates', along indexes
        numbers = sorted(wanted)
        folded = or_(WishRow.id.in_(numbers), WishRow.merged_into_id.in_(numbers))
        # The supports are asked for by their own wish's number too: asked only through the
        # wishes, PostgreSQL without statistics on the supports (after a bulk of them, until
        # autovacuum) read them all for a hash join, 9 ms for a page's ten wishes.
        theirs = list(await session.scalars(select(WishRow.id).where(folded)))
        statement = statement.where(WishSupportRow.wish_id.in_(theirs), folded)
    verified: dict[int, set[int]] = {}
    unverified: dict[int, set[int]] = {}
    places: dict[int, set[str]] = {}
    async for part in _parts(session, statement, many=many):
        for wish_id, person_id, municipality in part:
            if wish_id not in wanted:
                continue
            if municipality:
                verified.setdefault(wish_id, set()).add(person_id)
                places.setdefault(wish_id, set()).add(municipality)
            else:
                unverified.setdefault(wish_id, set()).add(person_id)
    return Counted(dict.fromkeys(wish_ids), verified, unverified, places)


class Counted(Mapping[int, Support]):
    """`support_of`'s answer: each wish's support, made when it is asked for (the whole list
    may hold every wish there is; made at once, it would hold the event loop)."""

    def __init__(
        self,
        wanted: dict[int, None],
        verified: dict[int, set[int]],
        unverified: dict[int, set[int]],
        places: dict[int, set[str]],
    ) -> None:
        self._wanted, self._verified, self._unverified = wanted, verified, unverified
        self._places = places

    def __getitem__(self, wish_id: int) -> Support:
        if wish_id not in self._wanted:
            raise KeyError(wish_id)
        if wish_id not in self._verified and wish_id not in self._unverified:
            return NO_SUPPORT
        return Support(
            len(self._verified.get(wish_id, ())),
            tuple(sorted(self._places.get(wish_id, ()))),
            len(self._unverified.get(wish_id, ())),
        )

    def __iter__(self) -> Iterator[int]:
        return iter(self._wanted)

    def __len__(self) -> int:
        return len(self._wanted)


async def _parts(
    session: AsyncSession | AsyncConnection, statement: Select[*Ts], *, many: bool
) -> AsyncIterator[Sequence[Row[*Ts]]]:
    """A statement's rows: at once, or (`many`) streamed in parts."""
    if not many:
        yield (await session.execute(statement)).all()
        return
    async for part in (await session.stream(statement)).partitions(_LOOKED_UP):
        yield part


async def submitter_person(session: AsyncSession, wish_id: int) -> int | None:
    """The person who submitted the wish (None for an import or an erased member)."""
    return await session.scalar(
        select(MemberRow.person_id)
        .join(WishRow, WishRow.submitted_by_id == MemberRow.id)
        .where(WishRow.id == wish_id)
    )


async def supporter_people(
    session: AsyncSession, wish_id: int
) -> list[tuple[PersonRow, MemberRow]]:
    """Everyone to tell about a change, each person once with one account to tell it on:
    the submitter's account, else the person's first account."""
    owner = func.coalesce(WishRow.merged_into_id, WishRow.id)
    supporter_ids = (
        select(WishSupportRow.person_id)
        .join(WishRow, WishRow.id == WishSupportRow.wish_id)
        .where(owner == wish_id)
    )
    submitter = (
        await session.execute(select(WishRow.submitted_by_id).where(WishRow.id == wish_id))
    ).scalar_one_or_none()
    submitter_person = select(MemberRow.person_id).where(MemberRow.id == submitter)
    result = await session.execute(
        select(PersonRow, MemberRow)
        .join(MemberRow, MemberRow.person_id == PersonRow.id)
        .where(or_(PersonRow.id.in_(supporter_ids), PersonRow.id.in_(submitter_person)))
        .order_by(PersonRow.id, MemberRow.id)
    )
    chosen: dict[int, tuple[PersonRow, MemberRow]] = {}
    for person, account in result:
        if person.id not in chosen or account.id == submitter:
            chosen[person.id] = (person, account)
    return list(chosen.values())


async def add_event(
    session: AsyncSession,
    *,
    wish_id: int,
    kind: str,
    now: datetime,
    actor_id: int | None = None,
    actor: str = "",
    detail: dict[str, Any] | None = None,
) -> int:
    """Record a step in a wish's history; returns the event's id (it keys notices).

    A person acting is referred to (`actor_id`), their name read when shown; `actor` names
    only what is no person, such as an import."""
    event = WishEventRow(
        wish_id=wish_id,
        kind=kind,
        actor_id=actor_id,
        actor=actor,
        detail=detail or {},
        created_at=now,
    )
    session.add(event)
    await session.flush()
    return event.id


async def last_event(session: AsyncSession, wish_id: int, kind: str) -> WishEventRow | None:
    result = await session.execute(
        select(WishEventRow)
        .where(WishEventRow.wish_id == wish_id, WishEventRow.kind == kind)
        .order_by(WishEventRow.id.desc())
        .limit(1)
    )
    return result.scalar_one_or_none()


async def has_duplicates(session: AsyncSession, wish_id: int) -> bool:
    """Are other wishes merged into this one?"""
    result = await session.execute(
        select(WishRow.id).where(WishRow.merged_into_id == wish_id).limit(1)
    )
    return result.first() is not None


async def events(session: AsyncSession, wish_id: int) -> list[WishEventRow]:
    result = await session.execute(
        select(WishEventRow).where(WishEventRow.wish_id == wish_id).order_by(WishEventRow.id)
    )
    return list(result.scalars())


@dataclass(frozen=True)
class BumpedCard:
    platform: str
    channel_id: str
    card_key: str
    version: int


async def bump_card_versions(session: AsyncSession, wish_id: int) -> list[BumpedCard]:
    """Number the next edit of every card of a wish (an UPDATE, so concurrent edits queue)."""
    result = await session.execute(
        update(WishCardRow)
        .where(WishCardRow.wish_id == wish_id)
        .values(version=WishCardRow.version + 1)
        .returning(
            WishCardRow.platform, WishCardRow.channel_id, WishCardRow.card_key, WishCardRow.version
        )
    )
    return sorted((BumpedCard(*row) for row in result), key=lambda c: (c.platform, c.channel_id))


async def add_card(
    session: AsyncSession, *, wish_id: int, platform: str, channel_id: str, card_key: str
) -> WishCardRow:
    card = WishCardRow(
        wish_id=wish_id, platform=platform, channel_id=channel_id, card_key=card_key, version=0
    )
    session.add(card)
    await session.flush()
    return card


async def create_draft(
    session: AsyncSession,
    *,
    member_id: int,
    title: str,
    description: str,
    module: str,
    municipality: str | None,
    now: datetime,
) -> WishDraftRow:
    draft = WishDraftRow(
        member_id=member_id,
        title=title,
        description=description,
        module=module,
        municipality=municipality,
        created_at=now,
    )
    session.add(draft)
    await session.flush()
    return draft


async def take_draft(session: AsyncSession, draft_id: int, member_id: int) -> WishDraftRow | None:
    """The member's draft, removed so it can be used once."""
    draft = (
        await session.execute(
            select(WishDraftRow).where(
                WishDraftRow.id == draft_id, WishDraftRow.member_id == member_id
            )
        )
    ).scalar_one_or_none()
    if draft is not None:
        await session.delete(draft)
        await session.flush()
    return draft


async def merged_into(session: AsyncSession, wish_id: int) -> list[tuple[int, str]]:
    """Number and title of the shown wishes merged into this one, oldest first."""
    rows = await session.execute(
        select(WishRow.id, WishRow.title)
        .where(WishRow.merged_into_id == wish_id, WishRow.hidden.is_(False))
        .order_by(WishRow.id)
    )
    return [(number, title) for number, title in rows.all()]


async def status_changes(session: AsyncSession, *, limit: int) -> list[tuple[WishEventRow, str]]:
    """The latest status changes of shown wishes, newest first, with each wish's title."""
    rows = await session.execute(
        select(WishEventRow, WishRow.title)
        .join(WishRow, WishRow.id == WishEventRow.wish_id)
        .where(WishEventRow.kind == "status", WishRow.hidden.is_(False))
        .order_by(WishEventRow.id.desc())
        .limit(limit)
    )
    return [(event, title) for event, title in rows.all()]
