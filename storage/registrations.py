"""Repositories for the annual user meeting's workshops and registrations."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from storage.meeting_models import RegistrationRow, WorkshopRow
from storage.models import MemberRow
from storage.people_models import PersonRow

REGISTERED, WAITING = "registered", "waiting"


async def workshops_of(session: AsyncSession, meeting_id: int) -> list[WorkshopRow]:
    statement = (
        select(WorkshopRow)
        .where(WorkshopRow.meeting_id == meeting_id)
        .order_by(WorkshopRow.position, WorkshopRow.id)
    )
    return list((await session.execute(statement)).scalars())


async def locked_workshop(session: AsyncSession, workshop_id: int) -> WorkshopRow | None:
    """The workshop, locked on PostgreSQL: its places are counted and given one at a time,
    so two members registering at once cannot both take the last one."""
    statement = select(WorkshopRow).where(WorkshopRow.id == workshop_id).with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def registered_counts(session: AsyncSession, meeting_id: int) -> dict[int, dict[str, int]]:
    """Per workshop, how many are registered and how many wait."""
    statement = (
        select(RegistrationRow.workshop_id, RegistrationRow.status, func.count())
        .where(RegistrationRow.meeting_id == meeting_id)
        .group_by(RegistrationRow.workshop_id, RegistrationRow.status)
    )
    counts: dict[int, dict[str, int]] = {}
    for workshop, status, count in (await session.execute(statement)).all():
        counts.setdefault(int(workshop), {})[str(status)] = int(count)
    return counts


async def taken_places(session: AsyncSession, workshop_id: int) -> int:
    statement = select(func.count()).where(
        RegistrationRow.workshop_id == workshop_id, RegistrationRow.status == REGISTERED
    )
    return int(await session.scalar(statement) or 0)


async def registration_of(
    session: AsyncSession, meeting_id: int, person_id: int, *, lock: bool = False
) -> RegistrationRow | None:
    statement = select(RegistrationRow).where(
        RegistrationRow.meeting_id == meeting_id, RegistrationRow.person_id == person_id
    )
    if lock:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def first_waiting(session: AsyncSession, workshop_id: int) -> RegistrationRow | None:
    statement = (
        select(RegistrationRow)
        .where(RegistrationRow.workshop_id == workshop_id, RegistrationRow.status == WAITING)
        .order_by(RegistrationRow.queued_at, RegistrationRow.id)
        .limit(1)
    )
    return (await session.execute(statement)).scalar_one_or_none()


async def place_in_queue(session: AsyncSession, registration: RegistrationRow) -> int:
    """Where a waiting registration stands in its workshop's queue (1: next to get a place)."""
    ahead = select(func.count()).where(
        RegistrationRow.workshop_id == registration.workshop_id,
        RegistrationRow.status == WAITING,
        (RegistrationRow.queued_at < registration.queued_at)
        | (
            (RegistrationRow.queued_at == registration.queued_at)
            & (RegistrationRow.id < registration.id)
        ),
    )
    return int(await session.scalar(ahead) or 0) + 1


async def places_held(session: AsyncSession, person_id: int) -> list[tuple[int, int]]:
    """The (meeting, workshop) of each place the person holds (not what they wait for)."""
    statement = select(RegistrationRow.meeting_id, RegistrationRow.workshop_id).where(
        RegistrationRow.person_id == person_id, RegistrationRow.status == REGISTERED
    )
    return [(int(m), int(w)) for m, w in (await session.execute(statement)).all()]


async def remove_workshops(session: AsyncSession, workshop_ids: Sequence[int]) -> None:
    if workshop_ids:
        await session.execute(delete(WorkshopRow).where(WorkshopRow.id.in_(list(workshop_ids))))


async def registrations_with_people(
    session: AsyncSession, meeting_id: int, *, status: str | None = None
) -> list[tuple[RegistrationRow, WorkshopRow, PersonRow, MemberRow]]:
    """A meeting's registrations with their workshop, person and account, workshop by
    workshop, in the order they came."""
    statement = (
        select(RegistrationRow, WorkshopRow, PersonRow, MemberRow)
        .join(WorkshopRow, WorkshopRow.id == RegistrationRow.workshop_id)
        .join(PersonRow, PersonRow.id == RegistrationRow.person_id)
        .join(MemberRow, MemberRow.id == RegistrationRow.member_id)
        .where(RegistrationRow.meeting_id == meeting_id)
        .order_by(WorkshopRow.position, RegistrationRow.queued_at, RegistrationRow.id)
    )
    if status is not None:
        statement = statement.where(RegistrationRow.status == status)
    return [tuple(row) for row in (await session.execute(statement)).all()]  # type: ignore[misc]
