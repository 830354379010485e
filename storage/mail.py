"""The e-mail list's repository: subscribers by address, token or id, and their states.

Addresses are stored lower-cased and stripped so one mailbox is one row whatever its
spelling; the token is the only secret in a subscriber's links.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import NamedTuple

from sqlalchemy import String, bindparam, cast, func, literal, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.db import Database
from storage.mail_models import (
    ACTIVE,
    PENDING,
    UNSUBSCRIBED,
    WELCOMED_SOURCES,
    MailSubscriberRow,
)
from storage.upsert import insert_ignoring_conflict

STATUSES = (ACTIVE, PENDING, UNSUBSCRIBED)
ID_CHUNK = 500  # ids per IN (...): well under every database's parameter limit


def normalise_address(address: str) -> str:
    """The stored form of an address: stripped and lower-cased."""
    return address.strip().lower()


TOKEN_SHAPE = re.compile(r"[A-Za-z0-9_-]{1,64}")


def new_token() -> str:
    """A fresh secret for a subscriber's confirmation and unsubscribe links."""
    return secrets.token_urlsafe(24)


async def by_address(session: AsyncSession, address: str) -> MailSubscriberRow | None:
    result = await session.execute(
        select(MailSubscriberRow).where(MailSubscriberRow.address == normalise_address(address))
    )
    return result.scalar_one_or_none()


async def by_token(session: AsyncSession, token: str) -> MailSubscriberRow | None:
    if not TOKEN_SHAPE.fullmatch(token):
        return None  # not one of ours (and nothing PostgreSQL would choke on, like NUL)
    result = await session.execute(
        select(MailSubscriberRow).where(MailSubscriberRow.token == token)
    )
    return result.scalar_one_or_none()


async def by_id(session: AsyncSession, subscriber_id: int) -> MailSubscriberRow | None:
    return await session.get(MailSubscriberRow, subscriber_id)


async def add_subscriber(
    session: AsyncSession,
    *,
    address: str,
    status: str,
    source: str,
    now: datetime,
    name: str = "",
    added_by: str = "",
    locale: str = "sv",
) -> tuple[MailSubscriberRow, bool]:
    """The row for an address, created with `status` unless it exists; True when created.

    One statement decides (INSERT … ON CONFLICT DO NOTHING), so two requests adding the
    same address at once end with one row.
    """
    address = normalise_address(address)
    created = await insert_ignoring_conflict(
        session,
        MailSubscriberRow,
        {
            "address": address,
            "name": name.strip()[:200],
            "status": status,
            "token": new_token(),
            "locale": locale,
            "source": source,
            "added_by": added_by[:200],
            "created_at": now,
            "confirmed_at": now if status == ACTIVE else None,
        },
        conflict_columns=("address",),
    )
    row = await by_address(session, address)
    assert row is not None  # inserted or already there, in this transaction
    return row, created


def activate(row: MailSubscriberRow, now: datetime) -> None:
    row.status = ACTIVE
    row.confirmed_at = now
    row.unsubscribed_at = None


def make_pending(row: MailSubscriberRow) -> None:
    row.status = PENDING
    row.unsubscribed_at = None


def unsubscribe(row: MailSubscriberRow, now: datetime) -> None:
    row.status = UNSUBSCRIBED
    row.unsubscribed_at = now


async def counts_by_status(session: AsyncSession) -> dict[str, int]:
    """How many subscribers each status has (every status present, 0 when none)."""
    result = await session.execute(
        select(MailSubscriberRow.status, func.count()).group_by(MailSubscriberRow.status)
    )
    counts = dict.fromkeys(STATUSES, 0)
    counts.update({status: int(n) for status, n in result.all()})
    return counts


async def latest(session: AsyncSession, *, limit: int = 10) -> Sequence[MailSubscriberRow]:
    """The most recently added subscribers, newest first."""
    result = await session.execute(
        select(MailSubscriberRow)
        .order_by(MailSubscriberRow.created_at.desc(), MailSubscriberRow.id.desc())
        .limit(limit)
    )
    return result.scalars().all()


async def all_subscribers(
    session: AsyncSession, *, status: str | None = None
) -> Sequence[MailSubscriberRow]:
    """Every subscriber (or those with one status), by address."""
    query = select(MailSubscriberRow).order_by(MailSubscriberRow.address)
    if status is not None:
        query = query.where(MailSubscriberRow.status == status)
    return (await session.execute(query)).scalars().all()


class Contact(NamedTuple):
    """What sending a mail needs to know of a subscriber."""

    id: int
    address: str
    token: str
    status: str
    locale: str
    source: str = "web"
    welcome_key: str | None = None  # the key of the mail that says how they got on the list


_CONTACTS = select(
    MailSubscriberRow.id,
    MailSubscriberRow.address,
    MailSubscriberRow.token,
    MailSubscriberRow.status,
    MailSubscriberRow.locale,
    MailSubscriberRow.source,
    MailSubscriberRow.welcome_key,
).where(MailSubscriberRow.id.in_(bindparam("ids", expanding=True)))


async def contacts(db: Database, ids: Iterable[int]) -> dict[int, Contact]:
    """The subscribers with these ids (those that exist), read in one snapshot that waits
    for no writer: the mail fan-out asks this for every few mails it sends."""
    wanted, found = sorted(set(ids)), dict[int, Contact]()
    async with db.core(read_only=True) as connection:
        for start in range(0, len(wanted), ID_CHUNK):
            rows = await connection.execute(_CONTACTS, {"ids": wanted[start : start + ID_CHUNK]})
            found.update((row.id, Contact(*row)) for row in rows)
    return found


async def active_ids(session: AsyncSession) -> list[int]:
    """The ids of every active subscriber, in order, for a fan-out."""
    result = await session.execute(
        select(MailSubscriberRow.id)
        .where(MailSubscriberRow.status == ACTIVE)
        .order_by(MailSubscriberRow.id)
    )
    return list(result.scalars().all())


async def claim_welcomes(
    session: AsyncSession, ids: Sequence[int], *, key_prefix: str, now: datetime
) -> None:
    """Make the mail keyed `{key_prefix}{id}` the one that tells each of these subscribers
    how they got on the list, where the board added or imported them and no mail has yet.

    One statement per chunk in the fan-out's transaction: the note then goes with exactly
    that mail, whatever restarts and retries follow.
    """
    key = literal(key_prefix, String) + cast(MailSubscriberRow.id, String)
    for start in range(0, len(ids), ID_CHUNK):
        await session.execute(
            update(MailSubscriberRow)
            .where(
                MailSubscriberRow.id.in_(ids[start : start + ID_CHUNK]),
                MailSubscriberRow.source.in_(WELCOMED_SOURCES),
                MailSubscriberRow.welcome_key.is_(None),
            )
            .values(welcome_key=key, welcomed_at=now)
            .execution_options(synchronize_session=False)
        )


__all__ = [
    "ACTIVE",
    "PENDING",
    "STATUSES",
    "UNSUBSCRIBED",
    "Contact",
    "MailSubscriberRow",
    "activate",
    "active_ids",
    "add_subscriber",
    "all_subscribers",
    "by_address",
    "by_id",
    "by_token",
    "claim_welcomes",
    "contacts",
    "counts_by_status",
    "latest",
    "make_pending",
    "new_token",
    "normalise_address",
    "unsubscribe",
]
