"""The heartbeat table: every `bryggan run` writes its row at start and at each beat, so
`bryggan processes` can list the deployment's processes from any machine."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update

from storage.db import Database
from storage.process_models import ProcessRow

FORGET_AFTER = timedelta(days=7)  # a process gone this long leaves the listing


@dataclass(frozen=True)
class ProcessSeen:
    id: str
    host: str
    pid: int
    roles: tuple[str, ...]
    leads: tuple[str, ...]
    started_at: datetime
    beat_at: datetime
    stopped_at: datetime | None


def _joined(names: tuple[str, ...] | list[str]) -> str:
    return ",".join(names)


def _split(joined: str) -> tuple[str, ...]:
    return tuple(name for name in joined.split(",") if name)


async def record_start(
    db: Database, *, process_id: str, host: str, pid: int, roles: tuple[str, ...], now: datetime
) -> None:
    """The process's row, and rows of processes gone past FORGET_AFTER removed."""
    async with db.transaction() as session:
        await session.execute(delete(ProcessRow).where(ProcessRow.beat_at < now - FORGET_AFTER))
        session.add(
            ProcessRow(
                id=process_id,
                host=host[:255],
                pid=pid,
                roles=_joined(roles),
                leads="",
                started_at=now,
                beat_at=now,
            )
        )


async def beat(db: Database, process_id: str, *, leads: tuple[str, ...], now: datetime) -> None:
    async with db.transaction() as session:
        await session.execute(
            update(ProcessRow)
            .where(ProcessRow.id == process_id)
            .values(beat_at=now, leads=_joined(leads))
        )


async def record_stop(db: Database, process_id: str, *, now: datetime) -> None:
    async with db.transaction() as session:
        await session.execute(
            update(ProcessRow)
            .where(ProcessRow.id == process_id)
            .values(beat_at=now, leads="", stopped_at=now)
        )


async def processes_seen(db: Database) -> list[ProcessSeen]:
    """Every process in the table, the latest beat first."""
    async with db.transaction() as session:
        rows = await session.scalars(select(ProcessRow).order_by(ProcessRow.beat_at.desc()))
        return [
            ProcessSeen(
                id=row.id,
                host=row.host,
                pid=row.pid,
                roles=_split(row.roles),
                leads=_split(row.leads),
                started_at=row.started_at,
                beat_at=row.beat_at,
                stopped_at=row.stopped_at,
            )
            for row in rows
        ]


async def running_with(db: Database, role: str, *, since: datetime) -> int:
    """How many processes with `role` beat since `since` and did not stop (this one too)."""
    async with db.transaction() as session:
        roles = await session.scalars(
            select(ProcessRow.roles).where(
                ProcessRow.stopped_at.is_(None), ProcessRow.beat_at >= since
            )
        )
        return sum(1 for joined in roles if role in _split(joined))
