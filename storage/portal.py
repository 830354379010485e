"""Sign-in links and sessions of the member portal."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import Database
from storage.portal_models import SignInRow, WebSessionRow


async def add_sign_in(
    session: AsyncSession,
    *,
    email: str,
    municipality: str,
    salt: str,
    locale: str,
    next_path: str,
    now: datetime,
    expires_at: datetime,
) -> SignInRow:
    row = SignInRow(
        email=email, municipality=municipality, salt=salt, locale=locale, next_path=next_path,
        created_at=now, expires_at=expires_at,
    )  # fmt: skip
    session.add(row)
    await session.flush()
    return row


async def sign_ins_since(session: AsyncSession, email: str, since: datetime) -> int:
    """How many links were mailed to the address since then."""
    found = await session.scalar(
        select(func.count())
        .select_from(SignInRow)
        .where(SignInRow.email == email, SignInRow.created_at >= since)
    )
    return int(found or 0)


async def get_sign_in(session: AsyncSession, sign_in_id: int) -> SignInRow | None:
    return await session.get(SignInRow, sign_in_id)


async def spend_sign_in(session: AsyncSession, sign_in_id: int, now: datetime) -> bool:
    """Mark the link used, if it still can be: one statement, so of two uses at the same
    moment only one spends it (a read, then a write, let all of them through)."""
    spent = await session.execute(
        update(SignInRow)
        .where(
            SignInRow.id == sign_in_id,
            SignInRow.used_at.is_(None),
            SignInRow.expires_at > now,
        )
        .values(used_at=now)
    )
    return bool(spent.rowcount)  # type: ignore[attr-defined]


async def spend_the_others(session: AsyncSession, email: str, now: datetime) -> None:
    """Every other link of the address is spent with the one used: a mailbox read later,
    or by someone else, must not open a second session."""
    await session.execute(
        update(SignInRow)
        .where(SignInRow.email == email, SignInRow.used_at.is_(None))
        .values(used_at=now)
    )


async def sign_in_contacts(db: Database, ids: Sequence[int]) -> dict[int, SignInRow]:
    """The sign-ins behind queued mails, to decide at send time whether each still goes."""
    async with db.transaction() as session:
        rows = await session.scalars(select(SignInRow).where(SignInRow.id.in_(list(ids))))
        return {row.id: row for row in rows}


async def add_session(
    session: AsyncSession, *, token_hash: str, member_id: int, now: datetime, expires_at: datetime
) -> None:
    session.add(
        WebSessionRow(
            token_hash=token_hash, member_id=member_id, created_at=now, last_seen_at=now,
            expires_at=expires_at,
        )
    )  # fmt: skip
    await session.flush()


async def session_by_hash(session: AsyncSession, token_hash: str) -> WebSessionRow | None:
    return await session.scalar(select(WebSessionRow).where(WebSessionRow.token_hash == token_hash))


async def end_session(session: AsyncSession, token_hash: str) -> None:
    await session.execute(delete(WebSessionRow).where(WebSessionRow.token_hash == token_hash))


async def forget_portal(
    session: AsyncSession, *, member_ids: Sequence[int], email: str | None
) -> None:
    """A person's sessions and the links mailed to their address go with their data."""
    await session.execute(delete(WebSessionRow).where(WebSessionRow.member_id.in_(member_ids)))
    if email:
        await session.execute(delete(SignInRow).where(SignInRow.email == email))
