"""Accounts (and their people) are created once, even when a new member's first commands
arrive together."""

from __future__ import annotations

import asyncio

from sqlalchemy import func, select

from handlers.clock import FakeClock
from storage.db import Database
from storage.members import get_member, upsert_member
from storage.people_models import PersonRow


async def test_concurrent_first_sight_creates_one_member(db: Database, clock: FakeClock) -> None:
    async def first_command(name: str) -> int:
        async with db.transaction() as session:
            row = await upsert_member(
                session, platform="slack", user_id="U1", display_name=name, now=clock.now()
            )
            return row.id

    ids = await asyncio.gather(*(first_command(f"Eva {n}") for n in range(8)))
    assert len(set(ids)) == 1
    async with db.transaction() as session:
        row = await get_member(session, platform="slack", user_id="U1")
        people = (await session.execute(select(func.count(PersonRow.id)))).scalar_one()
    assert row is not None and row.person.notifications is True
    assert people == 1  # the losers' people were removed with their inserts
