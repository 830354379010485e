"""Merging two people keeps everything that pointed at the one that goes, block included, and
never hands its number to a newcomer."""

from __future__ import annotations

from sqlalchemy import select

from handlers.clock import FakeClock
from storage.db import Database
from storage.members import upsert_member
from storage.people import get_person, merge_people, new_person, record_affiliation
from storage.people_models import BY_APPROVAL, AffiliationChangeRow, PersonRow


async def test_a_merge_moves_approvals_and_blocks_and_frees_no_number(
    db: Database, clock: FakeClock
) -> None:
    now = clock.now()
    async with db.transaction() as session:
        keep = await get_person(
            session,
            (
                await upsert_member(
                    session, platform="slack", user_id="U1", display_name="Bo", now=now
                )
            ).person_id,
        )
        eva = await new_person(session, display_name="Eva", now=now)
        gone = await new_person(session, display_name="Bo på Discord", now=now)  # the last
        await record_affiliation(
            session, eva, municipality="Lund", how=BY_APPROVAL, by_id=gone.id, now=now
        )
        gone.blocked_at, gone.blocked_reason = now, "reklam"
        gone_id = gone.id
        await merge_people(session, keep=keep, gone=gone, now=now)
    async with db.transaction() as session:
        eva_now = await get_person(session, eva.id)
        kept = await get_person(session, keep.id)
        (change,) = (await session.execute(select(AffiliationChangeRow))).scalars()
        assert await session.get(PersonRow, gone_id) is None
        newcomer = await new_person(session, display_name="Ny", now=now)
    assert eva_now.verified_by_id == keep.id and change.by_id == keep.id
    assert kept.blocked_at is not None and kept.blocked_reason == "reklam"
    assert newcomer.id > gone_id, "a merged person's number is never given out again"
