"""Migration 0008 moves existing data onto people: each account becomes its own person, and
supports, survey answers and proposals refer to people (or accounts) instead of strings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from sqlalchemy import text

from storage.db import Database
from storage.migrate import upgrade
from tests.conftest import ENGINES, database_at

NOW = "2026-01-01 12:00:00"


@pytest.fixture(params=ENGINES)
async def at_0007(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    """A database at revision 0007 (before people), private to the test."""
    async with database_at(request.param, tmp_path, "0007") as target:
        db = target.open()
        yield db
        await db.dispose()


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
    await _run(
        db,
        f"INSERT INTO bridges (id, name, created_by, created_at) VALUES (1, 'b', 'Bo', {ts})",
        "INSERT INTO bridged_messages (bridge_id, platform, channel_id, message_id, "
        "author_user_id, author_name, text, attachments, created_at) VALUES "
        f"(1, 'slack', 'C1', '1.1', 'U9', 'Dora', 'hej', '[]', {ts}), "
        f"(1, 'discord', 'D1', '5', '11', 'Anna A', 'hallå', '[]', {ts})",
        "INSERT INTO announcements (source_key, source_platform, author_name, author_user_id, "
        f"text, attachments, created_at) VALUES ('k', 'discord', 'Anna', '11', 'Nytt', '[]', {ts})",
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
        (4, "Dora", None, True, None),  # a bridged author who never ran a command
    ], "typed municipalities were never verified: nobody counts for one until they verify"
    accounts = await _rows(db, "SELECT platform, user_id, person_id FROM members ORDER BY id")
    assert accounts == [
        ("discord", "11", 1),
        ("slack", "U2", 2),
        ("console", "cia", 3),
        ("slack", "U9", 4),
    ]
    assert await _rows(db, "SELECT wish_id, person_id FROM wish_supports ORDER BY person_id") == [
        (1, 1),
        (1, 2),
    ]
    assert await _rows(db, "SELECT person_id FROM survey_answers ORDER BY person_id") == [
        (2,),
        (3,),
    ]
    assert await _rows(db, "SELECT proposer_id FROM agenda_items") == [(1,)]
    # bridged authors: Anna's account, and one made for Dora (who never ran a command)
    authors = await _rows(
        db,
        "SELECT b.message_id, m.platform, m.user_id, m.display_name, p.display_name "
        "FROM bridged_messages b JOIN members m ON m.id = b.author_id "
        "JOIN people p ON p.id = m.person_id ORDER BY b.id",
    )
    assert authors == [
        ("1.1", "slack", "U9", "Dora", "Dora"),
        ("5", "discord", "11", "Anna", "Anna"),
    ]
    assert await _rows(db, "SELECT author_id, author_name FROM announcements") == [(1, "Anna")]
    # a new person gets a fresh number on both engines (PostgreSQL's sequence was moved on)
    await _run(
        db,
        f"INSERT INTO people (display_name, notifications, created_at, updated_at) "
        f"VALUES ('Dan', true, {ts}, {ts})",
    )
    assert (await _rows(db, "SELECT MAX(id) FROM people"))[0] == (5,)
