"""Refused forms kept filled in until their member reopens them (or a day passes)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import FormDraftRow

KEEP = timedelta(days=1)


async def keep_form(
    session: AsyncSession, *, token: str, member_id: int, form: dict[str, Any], now: datetime
) -> None:
    """Store a form; those past `KEEP` are cleared on the way."""
    await session.execute(delete(FormDraftRow).where(FormDraftRow.created_at < now - KEEP))
    session.add(FormDraftRow(token=token, member_id=member_id, form=form, created_at=now))
    await session.flush()


async def kept_form(
    session: AsyncSession, *, token: str, member_id: int, now: datetime
) -> dict[str, Any] | None:
    """The form kept under `token` for this member, while it is fresh; else None."""
    row = await session.scalar(
        select(FormDraftRow).where(
            FormDraftRow.token == token[:32],
            FormDraftRow.member_id == member_id,
            FormDraftRow.created_at >= now - KEEP,
        )
    )
    return None if row is None else dict(row.form)
