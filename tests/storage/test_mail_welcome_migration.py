"""Migration 0011: addresses the board added or imported that already had mail count as told
how they got on the list, so the welcome note never arrives late; the rest get it next."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from storage.migrate import upgrade
from tests.conftest import ENGINES, database_at


@pytest.mark.parametrize("engine", ENGINES)
async def test_only_addresses_without_mail_are_left_to_welcome(engine: str, tmp_path: Path) -> None:
    async with database_at(engine, tmp_path, "0010") as target:
        db = target.open()
        try:
            ts = "TIMESTAMP '2026-01-01 12:00:00+00'" if db.is_postgresql else "'2026-01-01'"
            subscribers = [
                (1, "mailad@kommun.se", "board"),
                (2, "ny@kommun.se", "import"),
                (3, "webb@kommun.se", "web"),
                (4, "importerad@kommun.se", "import"),
            ]
            async with db.engine.begin() as connection:
                for number, address, source in subscribers:
                    await connection.execute(
                        text(
                            "INSERT INTO mail_subscribers (id, address, name, status, token, "
                            "locale, source, added_by, created_at) VALUES (:id, :address, '', "
                            f"'active', :token, 'sv', :source, '', {ts})"
                        ),
                        {"id": number, "address": address, "token": f"t{number}", "source": source},
                    )
                for number, key in ((1, "a:1:email:1"), (3, "a:1:email:3"), (4, "a:1:email:4")):
                    await connection.execute(
                        text(
                            "INSERT INTO outbox (idempotency_key, destination, platform, target, "
                            "action, payload, status, attempts, in_doubt, next_attempt_at, "
                            f"created_at) VALUES (:key, :destination, 'email', :target, 'send', "
                            f"'{{}}', 'sent', 1, false, {ts}, {ts})"
                        ),
                        {"key": key, "destination": f"email:{number}", "target": str(number)},
                    )
            await upgrade(db)
            async with db.engine.connect() as connection:
                rows = await connection.execute(
                    text("SELECT id, welcome_key, welcomed_at FROM mail_subscribers ORDER BY id")
                )
                found = {row[0]: (row[1], row[2] is not None) for row in rows}
        finally:
            await db.dispose()
    assert found == {
        1: ("before-0011", True),  # had mail: already knows
        2: (None, False),  # imported, never mailed: the next mail tells them
        3: (None, False),  # signed up on the web: never told
        4: ("before-0011", True),
    }
