"""One-time codes that prove a work address, and the mail domains the board added."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import Database
from storage.people_models import BoardDomainRow, PersonRow, VerificationCodeRow


async def codes_sent_since(
    session: AsyncSession, *, person_id: int, email: str, since: datetime
) -> list[tuple[int, datetime | None]]:
    """Codes sent since a moment to this person, and to this address: how many, and the
    oldest (an hour after it, the next may go)."""
    found: list[tuple[int, datetime | None]] = []
    for condition in (
        VerificationCodeRow.person_id == person_id,
        VerificationCodeRow.email == email,
    ):
        result = await session.execute(
            select(
                func.count(VerificationCodeRow.id), func.min(VerificationCodeRow.created_at)
            ).where(VerificationCodeRow.created_at > since, condition)
        )
        count, oldest = result.one()
        found.append((int(count), oldest))
    return found


async def add_code(
    session: AsyncSession,
    *,
    member_id: int,
    person_id: int,
    email: str,
    municipality: str,
    salt: str,
    now: datetime,
    expires_at: datetime,
) -> VerificationCodeRow:
    row = VerificationCodeRow(
        member_id=member_id,
        person_id=person_id,
        email=email,
        municipality=municipality,
        salt=salt,
        attempts=0,
        created_at=now,
        expires_at=expires_at,
    )
    session.add(row)
    await session.flush()
    return row


async def latest_code(session: AsyncSession, member_id: int) -> VerificationCodeRow | None:
    """The account's newest code (held for update on PostgreSQL: tries are counted once)."""
    result = await session.execute(
        select(VerificationCodeRow)
        .where(VerificationCodeRow.member_id == member_id)
        .order_by(VerificationCodeRow.id.desc())
        .limit(1)
        .with_for_update()
    )
    return result.scalar_one_or_none()


class CodeContact(NamedTuple):
    """What sending a code's mail needs: the address, until when, the language, the salt."""

    id: int
    email: str
    expires_at: datetime
    used: bool
    locale: str | None
    salt: str


_CONTACTS = (
    select(
        VerificationCodeRow.id,
        VerificationCodeRow.email,
        VerificationCodeRow.expires_at,
        VerificationCodeRow.used_at.is_not(None),
        PersonRow.locale,
        VerificationCodeRow.salt,
    )
    .join(PersonRow, PersonRow.id == VerificationCodeRow.person_id)
    .where(VerificationCodeRow.id.in_(bindparam("ids", expanding=True)))
)


async def code_contacts(db: Database, ids: Iterable[int]) -> dict[int, CodeContact]:
    """The codes with these ids, read without waiting for a writer (at send time)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    async with db.core(read_only=True) as connection:
        rows = await connection.execute(_CONTACTS, {"ids": wanted})
        return {row[0]: CodeContact(*row) for row in rows}


async def board_domains(session: AsyncSession) -> list[BoardDomainRow]:
    result = await session.execute(select(BoardDomainRow).order_by(BoardDomainRow.domain))
    return list(result.scalars())


async def add_board_domain(
    session: AsyncSession, *, domain: str, municipality: str, by_id: int | None, now: datetime
) -> BoardDomainRow:
    """Add or re-point a domain (the board's latest word wins)."""
    row = (
        await session.execute(select(BoardDomainRow).where(BoardDomainRow.domain == domain))
    ).scalar_one_or_none()
    if row is None:
        row = BoardDomainRow(domain=domain, municipality=municipality, created_at=now)
        session.add(row)
    row.municipality, row.added_by_id = municipality, by_id
    await session.flush()
    return row


async def remove_board_domain(session: AsyncSession, domain: str) -> bool:
    result = await session.execute(
        delete(BoardDomainRow).where(BoardDomainRow.domain == domain).returning(BoardDomainRow.id)
    )
    return result.first() is not None
