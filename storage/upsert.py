"""INSERT … ON CONFLICT DO NOTHING for both engines, so idempotent writes stay one statement."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import Base


async def insert_ignoring_conflict(
    session: AsyncSession,
    model: type[Base],
    values: dict[str, Any],
    *,
    conflict_columns: Sequence[str],
) -> bool:
    """Insert one row unless one with the same conflict columns exists; True when inserted."""
    table = cast(Table, model.__table__)
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(table)
        .values(**values)
        .on_conflict_do_nothing(index_elements=list(conflict_columns))
        .returning(table.c.id)
    )
    result = await session.execute(statement)
    return result.first() is not None


async def insert_many_ignoring_conflict(
    session: AsyncSession,
    model: type[Base],
    rows: Sequence[dict[str, Any]],
    *,
    conflict_columns: Sequence[str],
) -> int:
    """`insert_ignoring_conflict` for many rows: one statement (SQLAlchemy sends them as
    multi-row VALUES) instead of one per row; returns how many were inserted."""
    if not rows:
        return 0
    table = cast(Table, model.__table__)
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(table)
        .on_conflict_do_nothing(index_elements=list(conflict_columns))
        .returning(table.c.id)
    )
    result = await session.execute(statement, list(rows))
    return len(result.all())
