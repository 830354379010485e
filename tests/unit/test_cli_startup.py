"""`bryggan` loads only what a command uses (issue #17): `--help` and the commands that need
no database load neither SQLAlchemy nor a chat client, the database commands no chat client,
and none loads Alembic once the database is at the newest revision.

What a command imports is looked at in a fresh interpreter, since this one has long imported
everything; `benchmarks/startup.py` measures the time it saves.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot import cli_mail
from storage import mail
from storage.db import Database
from storage.migrate import (
    DatabaseUrl,
    _alembic_head,
    current_revision,
    head_revision,
    probe_revision,
    upgrade,
)
from tests.conftest import ENGINES, database_at

CHAT_CLIENTS = {"discord", "slack_bolt", "slack_sdk"}
DATABASE = {"sqlite3", "sqlalchemy", "alembic", "asyncpg", "aiosqlite"}
HEAVY = CHAT_CLIENTS | DATABASE | {"aiohttp", "pydantic", "yaml"}
# Runs the command in-process, then prints the top-level modules it left loaded.
PROBE = """
import json, sys
from bot.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as done:
    code = done.code
print(json.dumps({"code": code, "modules": sorted({m.split(".")[0] for m in sys.modules})}))
"""


def loaded(*args: str, cwd: Path, env: dict[str, str] | None = None) -> tuple[int, set[str]]:
    """(exit code, top-level modules loaded) of `bryggan ARGS` in a new interpreter."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "LOG_"))}
    clean |= {"DATABASE_URL": f"sqlite+aiosqlite:///{cwd / 'bryggan.db'}", **(env or {})}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=cwd,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.stdout, done.stderr
    report = json.loads(done.stdout.splitlines()[-1])
    return report["code"], set(report["modules"])


HELP = [("--help",), ("check-config", "--help"), ("outbox", "list", "--help")]
HELP += [(name, "--help") for name in ("wishes", "mail", "survey", "member", "retention")]


@pytest.mark.parametrize("args", HELP, ids=" ".join)
def test_help_loads_nothing_heavy(args: tuple[str, ...], tmp_path: Path) -> None:
    code, modules = loaded(*args, cwd=tmp_path)
    assert code == 0
    assert modules & HEAVY == set()


async def test_check_config_loads_no_sqlalchemy_nor_chat_client(tmp_path: Path) -> None:
    async with database_at("sqlite", tmp_path) as target:
        code, modules = loaded("check-config", cwd=tmp_path, env=target.env)
    assert code == 0
    assert modules & (CHAT_CLIENTS | {"sqlalchemy", "alembic", "aiohttp"}) == set()


def test_slack_manifest_loads_no_chat_client_nor_sqlalchemy(tmp_path: Path) -> None:
    code, modules = loaded("slack-manifest", cwd=tmp_path)
    assert code == 0
    assert modules & (CHAT_CLIENTS | DATABASE | {"aiohttp"}) == set()


def test_discord_invite_url_loads_no_chat_client(tmp_path: Path) -> None:
    env = {"DISCORD_TOKEN": "x", "DISCORD_API_BASE_URL": "http://127.0.0.1:9/api/v10"}
    _code, modules = loaded("discord-invite-url", cwd=tmp_path, env=env)
    assert modules & (CHAT_CLIENTS | {"sqlalchemy"}) == set()


@pytest.mark.parametrize(
    "args",
    [
        ("outbox", "list"),
        ("mail", "list"),
        ("survey", "export", "1"),
        ("wishes", "similar", "bygglov"),
    ],
    ids=" ".join,
)
async def test_database_commands_load_no_chat_client_nor_alembic(
    args: tuple[str, ...], tmp_path: Path
) -> None:
    """At the newest revision a start reads it with one query and leaves Alembic be."""
    async with database_at("sqlite", tmp_path) as target:
        code, modules = loaded(*args, cwd=tmp_path, env=target.env)
    assert code in (0, 1)  # `survey export 1`: there is no survey 1
    assert modules & (CHAT_CLIENTS | {"alembic"}) == set()


def test_mail_statuses_are_storages() -> None:
    assert cli_mail.STATUSES == mail.STATUSES


def test_the_head_read_as_text_is_alembics() -> None:
    assert head_revision() == _alembic_head()


@pytest.mark.parametrize(
    "url",
    [
        "sqlite+aiosqlite:///data/bryggan.db",
        "sqlite+aiosqlite:////var/lib/bryggan/b.db",
        "sqlite+aiosqlite://",
        "sqlite:///:memory:",
        "postgresql+asyncpg://bryggan:pw@db.local/bryggan",
        "postgresql://u:p%40ss%3Aw@[::1]:5433/d?ssl=require&application_name=b",
        "postgres://user@host/db",
        "postgresql+asyncpg://u:@h:5432/",
    ],
)
def test_database_urls_are_read_as_sqlalchemy_reads_them(url: str) -> None:
    """The same parts; shown and with another driver, the text stays as written."""
    ours, theirs = DatabaseUrl.parse(url), make_url(url)
    assert (ours.backend, ours.username, ours.password) == (
        theirs.get_backend_name(),
        theirs.username,
        theirs.password,
    )
    assert (ours.host, ours.port, ours.database) == (theirs.host, theirs.port, theirs.database)
    assert ours.query == dict(theirs.query)
    assert make_url(ours.shown()) == make_url(theirs.render_as_string(hide_password=True))
    assert make_url(ours.with_driver("x+y")) == theirs.set(drivername="x+y")


@pytest.mark.parametrize("text", ["not a url", "postgresql://h:port/d", "/data/bryggan.db"])
def test_what_is_no_database_url_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        DatabaseUrl.parse(text)


@pytest.mark.parametrize("engine", ENGINES)
async def test_the_revision_is_read_with_the_driver_alone(engine: str, tmp_path: Path) -> None:
    """`probe_revision` (check-config, the start-up check) agrees with SQLAlchemy, also in
    a PostgreSQL schema, and an upgrade from behind still runs Alembic."""
    async with database_at(engine, tmp_path, revision="0013") as target:
        assert await probe_revision(target.url, target.schema) == "0013"
        db = target.open()
        try:
            assert await current_revision(db) == "0013"
            await upgrade(db)
            assert await current_revision(db) == head_revision()
        finally:
            await db.dispose()
        assert await probe_revision(target.url, target.schema) == head_revision()


async def test_a_new_database_has_no_revision(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'new' / 'b.db'}"
    assert await probe_revision(url) is None
    db = Database(url)
    try:
        assert await current_revision(db) is None
    finally:
        await db.dispose()
