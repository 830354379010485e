"""Migration 0008 moves existing data onto people: each account becomes its own person, and
supports, survey answers and proposals refer to people (or accounts) instead of strings."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.db import Database
from storage.migrate import upgrade
from tests.conftest import ENGINES, POSTGRES_URL

NOW = "2026-01-01 12:00:00"


@pytest.fixture(params=ENGINES)
async def at_0007(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    """A database at revision 0007 (before people), private to the test."""
    if request.param == "sqlite":
        db = Database(f"sqlite+aiosqlite:///{tmp_path / 'old.db'}")
        await upgrade(db, "0007")
        yield db
        await db.dispose()
        return
    if POSTGRES_URL is None:
        pytest.skip("no PostgreSQL reachable (set TEST_DATABASE_URL)")
    schema = f"t_{secrets.token_hex(6)}"
    admin = Database(POSTGRES_URL)
    async with admin.engine.begin() as connection:
        await connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    db = Database(POSTGRES_URL, schema=schema)
    await upgrade(db, "0007")
    try:
        yield db
    finally:
        await db.dispose()
        async with admin.engine.begin() as connection:
            await connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        await admin.dispose()


async def _run(db: Database, *statements: str) -> None:
    async with db.engine.begin() as connection:
        for statement in statements:
            await connection.execute(text(statement))


async def _rows(db: Database, query: str) -> list[tuple[object, ...]]:
    async with db.engine.connect() as connection:
        return [tuple(row) for row in await connection.execute(text(query))]


async def test_existing_members_become_people_and_everything_points_at_them(
    at_0007: Database,
) -> None:
    db = at_0007
    ts = "TIMESTAMP '2026-01-01 12:00:00+00'" if db.is_postgresql else f"'{NOW}'"
    await _run(
        db,
        "INSERT INTO members (id, platform, user_id, display_name, locale, municipality, "
        f"notifications, created_at, updated_at) VALUES (1, 'discord', '11', 'Anna', 'en', "
        f"'Växjö', false, {ts}, {ts}), "
        f"(2, 'slack', 'U2', 'Bo', NULL, 'Atlantis', true, {ts}, {ts})",
        "INSERT INTO wishes (id, title, description, module, status, municipality, "
        f"submitted_by_id, hidden, created_at, updated_at) VALUES (1, 'Karta', '', 'Bygg', 'ny', "
        f"'Växjö', 1, false, {ts}, {ts})",
        "INSERT INTO wish_supports (wish_id, member_id, municipality, created_at) VALUES "
        f"(1, 1, 'Växjö', {ts}), (1, 2, 'Atlantis', {ts})",
        "INSERT INTO surveys (id, title, intro, status, closes_at, created_by, created_at) "
        f"VALUES (1, 'Enkät', '', 'open', {ts}, 'Bo', {ts})",
        "INSERT INTO survey_answers (survey_id, platform, user_id, member_name, municipality, "
        f"answers, complete, created_at, updated_at) VALUES (1, 'slack', 'U2', 'Bo', 'Atlantis', "
        f"'{{}}', true, {ts}, {ts}), (1, 'console', 'cia', 'Cia', NULL, '{{}}', true, {ts}, {ts})",
        "INSERT INTO meetings (id, title, kind, starts_at, ends_at, open, created_by, created_at, "
        f"updated_at, sequence) "
        f"VALUES (1, 'Möte', 'monthly', {ts}, {ts}, false, 'Bo', {ts}, {ts}, 0)",
        "INSERT INTO agenda_items (meeting_id, text, proposer_platform, proposer_user_id, "
        f"proposer_name, municipality, status, created_at) VALUES (1, 'Punkt', 'discord', '11', "
        f"'Anna', 'Växjö', 'proposed', {ts})",
    )
    if db.is_postgresql:  # the rows above were given ids: move the sequence past them
        await _run(db, "SELECT setval(pg_get_serial_sequence('members', 'id'), 2)")
    await upgrade(db)
    people = await _rows(
        db, "SELECT id, display_name, locale, notifications, municipality FROM people ORDER BY id"
    )
    assert people == [
        (1, "Anna", "en", False, None),
        (2, "Bo", None, True, None),
        (3, "Cia", None, True, None),  # an answer's account that had no member row
    ], "typed municipalities were never verified: nobody counts for one until they verify"
    accounts = await _rows(db, "SELECT platform, user_id, person_id FROM members ORDER BY id")
    assert accounts == [("discord", "11", 1), ("slack", "U2", 2), ("console", "cia", 3)]
    assert await _rows(db, "SELECT wish_id, person_id FROM wish_supports ORDER BY person_id") == [
        (1, 1),
        (1, 2),
    ]
    assert await _rows(db, "SELECT person_id FROM survey_answers ORDER BY person_id") == [
        (2,),
        (3,),
    ]
    assert await _rows(db, "SELECT proposer_id FROM agenda_items") == [(1,)]
    # a new person gets a fresh number on both engines (PostgreSQL's sequence was moved on)
    await _run(
        db,
        f"INSERT INTO people (display_name, notifications, created_at, updated_at) "
        f"VALUES ('Dan', true, {ts}, {ts})",
    )
    assert (await _rows(db, "SELECT MAX(id) FROM people"))[0] == (4,)
