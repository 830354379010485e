"""People and their accounts: created on first sight, linked by a verified address, merged
without counting anyone twice, and their verified municipality with its history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import MemberRow
from storage.people_models import (
    BY_ADDRESS,
    BY_APPROVAL,
    ActionRow,
    AffiliationChangeRow,
    BoardDomainRow,
    PersonRow,
    VerificationCodeRow,
)
from storage.round_models import RoundPointChangeRow, RoundPointsRow
from storage.survey_models import SurveyAnswerRow
from storage.upsert import insert_ignoring_conflict
from storage.wish_models import WishEventRow, WishSupportRow

REVOKED = "revoked"


async def get_person(session: AsyncSession, person_id: int, *, lock: bool = False) -> PersonRow:
    statement = select(PersonRow).where(PersonRow.id == person_id)
    if lock:  # PostgreSQL: one person's counted actions happen one at a time
        # populate_existing: the row may be in the session already, read before the lock
        statement = statement.with_for_update().execution_options(populate_existing=True)
    return (await session.execute(statement)).scalar_one()


async def lock_address(session: AsyncSession, email: str) -> None:
    """Hold an address for the rest of the transaction (PostgreSQL; SQLite writers are alone
    anyway): two verifications of one new address, or code requests to it, go one by one."""
    if session.get_bind().dialect.name == "postgresql":
        await session.execute(select(func.pg_advisory_xact_lock(func.hashtext(email))))


async def new_person(session: AsyncSession, *, display_name: str, now: datetime) -> PersonRow:
    person = PersonRow(
        display_name=display_name[:200], notifications=True, created_at=now, updated_at=now
    )
    session.add(person)
    await session.flush()
    return person


async def person_by_email(session: AsyncSession, email: str) -> PersonRow | None:
    result = await session.execute(select(PersonRow).where(PersonRow.email == email))
    return result.scalar_one_or_none()


async def accounts_of(session: AsyncSession, person_id: int) -> list[MemberRow]:
    result = await session.execute(
        select(MemberRow).where(MemberRow.person_id == person_id).order_by(MemberRow.id)
    )
    return list(result.scalars())


async def record_affiliation(
    session: AsyncSession,
    person: PersonRow,
    *,
    municipality: str | None,
    how: str,
    by_id: int | None,
    now: datetime,
) -> None:
    """Set the person's verified municipality (or clear it) and keep the change in the log."""
    before = person.municipality
    person.municipality = municipality
    person.verified_via = how if how in (BY_ADDRESS, BY_APPROVAL, REVOKED) else None
    person.verified_by_id = by_id if how == BY_APPROVAL else None
    person.verified_at = now if municipality else None
    person.updated_at = now
    session.add(
        AffiliationChangeRow(
            person_id=person.id,
            before=before,
            after=municipality,
            how=how,
            by_id=by_id,
            created_at=now,
        )
    )
    await session.flush()


async def affiliation_log(session: AsyncSession, person_id: int) -> list[AffiliationChangeRow]:
    result = await session.execute(
        select(AffiliationChangeRow)
        .where(AffiliationChangeRow.person_id == person_id)
        .order_by(AffiliationChangeRow.id)
    )
    return list(result.scalars())


@dataclass(frozen=True)
class Merged:
    """What a merge changed: wishes whose support count may differ (their cards need edits)."""

    wish_ids: tuple[int, ...]


async def merge_people(
    session: AsyncSession, *, keep: PersonRow, gone: PersonRow, now: datetime
) -> Merged:
    """Fold `gone` into `keep`: accounts, supports, answers, logs. One support per wish and
    one answer per survey remain (the later answer wins); `gone` is deleted."""
    touched = set(
        (
            await session.execute(
                select(WishSupportRow.wish_id).where(WishSupportRow.person_id == gone.id)
            )
        ).scalars()
    )
    kept_wishes = select(WishSupportRow.wish_id).where(WishSupportRow.person_id == keep.id)
    await session.execute(
        delete(WishSupportRow).where(
            WishSupportRow.person_id == gone.id, WishSupportRow.wish_id.in_(kept_wishes)
        )
    )
    await session.execute(
        update(WishSupportRow).where(WishSupportRow.person_id == gone.id).values(person_id=keep.id)
    )
    await _merge_answers(session, keep.id, gone.id)
    for model, column in (
        (MemberRow, MemberRow.person_id),
        (PersonRow, PersonRow.verified_by_id),
        (PersonRow, PersonRow.blocked_by_id),
        (AffiliationChangeRow, AffiliationChangeRow.by_id),
        (BoardDomainRow, BoardDomainRow.added_by_id),
        (WishEventRow, WishEventRow.actor_id),
        (RoundPointsRow, RoundPointsRow.changed_by_id),
        (RoundPointChangeRow, RoundPointChangeRow.person_id),
        (ActionRow, ActionRow.person_id),
        (VerificationCodeRow, VerificationCodeRow.person_id),
        (AffiliationChangeRow, AffiliationChangeRow.person_id),
    ):
        await session.execute(update(model).where(column == gone.id).values({column.key: keep.id}))
    keep.locale = keep.locale or gone.locale
    if gone.blocked_at is not None and keep.blocked_at is None:  # a block is not shed by a merge
        keep.blocked_at, keep.blocked_reason = gone.blocked_at, gone.blocked_reason
        keep.blocked_by_id = gone.blocked_by_id
    keep.joined_at = min(t for t in (keep.joined_at, gone.joined_at, now) if t is not None)
    keep.updated_at = now
    await session.flush()
    await session.delete(gone)
    await session.flush()
    return Merged(tuple(sorted(touched)))


async def _merge_answers(session: AsyncSession, keep_id: int, gone_id: int) -> None:
    """Where both answered one survey, the answer changed last stays."""
    theirs = (
        await session.execute(select(SurveyAnswerRow).where(SurveyAnswerRow.person_id == gone_id))
    ).scalars()
    for answer in list(theirs):
        mine = (
            await session.execute(
                select(SurveyAnswerRow).where(
                    SurveyAnswerRow.person_id == keep_id,
                    SurveyAnswerRow.survey_id == answer.survey_id,
                )
            )
        ).scalar_one_or_none()
        if mine is None:
            answer.person_id = keep_id
        elif answer.updated_at > mine.updated_at:
            await session.delete(mine)
            await session.flush()
            answer.person_id = keep_id
        else:
            await session.delete(answer)
    await session.flush()


async def count_actions(
    session: AsyncSession, *, person_id: int, kind: str, since: datetime
) -> tuple[int, datetime | None]:
    """How many actions of a kind since a moment, and the oldest of them."""
    result = await session.execute(
        select(func.count(ActionRow.id), func.min(ActionRow.at)).where(
            ActionRow.person_id == person_id, ActionRow.kind == kind, ActionRow.at > since
        )
    )
    count, oldest = result.one()
    return int(count), oldest


async def record_action(
    session: AsyncSession, *, person_id: int, kind: str, now: datetime, forget_before: datetime
) -> None:
    """Count one action; what no window can see any more is removed on the way."""
    await session.execute(
        delete(ActionRow).where(
            ActionRow.person_id == person_id, ActionRow.kind == kind, ActionRow.at <= forget_before
        )
    )
    session.add(ActionRow(person_id=person_id, kind=kind, at=now))
    await session.flush()


async def people_by_ids(session: AsyncSession, ids: Sequence[int]) -> dict[int, PersonRow]:
    if not ids:
        return {}
    result = await session.execute(select(PersonRow).where(PersonRow.id.in_(list(set(ids)))))
    return {person.id: person for person in result.scalars()}


async def insert_account(
    session: AsyncSession,
    *,
    platform: str,
    user_id: str,
    display_name: str,
    person_id: int,
    now: datetime,
) -> bool:
    return await insert_ignoring_conflict(
        session,
        MemberRow,
        {
            "platform": platform,
            "user_id": user_id,
            "display_name": display_name,
            "person_id": person_id,
            "created_at": now,
            "updated_at": now,
        },
        conflict_columns=("platform", "user_id"),
    )


async def is_blocked(session: AsyncSession, *, platform: str, user_id: str) -> bool:
    """Is the person behind this platform account blocked? (An unknown account is not.)"""
    person = await person_of_account(session, platform, user_id)
    return person is not None and person.blocked_at is not None


async def supported_wish_ids(session: AsyncSession, person_id: int) -> list[int]:
    result = await session.execute(
        select(WishSupportRow.wish_id).where(WishSupportRow.person_id == person_id)
    )
    return list(result.scalars())


async def list_people(
    session: AsyncSession, *, municipality: str | None, unverified_only: bool
) -> list[PersonRow]:
    """People by municipality and name, optionally of one municipality or unverified only."""
    statement = select(PersonRow).order_by(PersonRow.municipality, PersonRow.display_name)
    if municipality:
        statement = statement.where(PersonRow.municipality == municipality)
    if unverified_only:
        statement = statement.where(PersonRow.municipality.is_(None))
    return list((await session.execute(statement)).scalars())


async def account_platforms(session: AsyncSession, ids: Sequence[int]) -> dict[int, list[str]]:
    """The platforms of each person's accounts."""
    if not ids:
        return {}
    result = await session.execute(
        select(MemberRow.person_id, MemberRow.platform).where(MemberRow.person_id.in_(ids))
    )
    found: dict[int, list[str]] = {}
    for person_id, platform in result:
        found.setdefault(person_id, []).append(platform)
    return found


async def person_of_account(session: AsyncSession, platform: str, user_id: str) -> PersonRow | None:
    result = await session.execute(
        select(PersonRow)
        .join(MemberRow, MemberRow.person_id == PersonRow.id)
        .where(MemberRow.platform == platform, MemberRow.user_id == user_id)
    )
    return result.scalar_one_or_none()


async def account_names(session: AsyncSession) -> list[tuple[int, str]]:
    """Every account's (person, display name), for finding a person by name."""
    result = await session.execute(select(MemberRow.person_id, MemberRow.display_name))
    return [(person_id, name) for person_id, name in result]
