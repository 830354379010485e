"""Shared fixtures: a migrated database on SQLite and on PostgreSQL, and a handler context.

PostgreSQL is used when `TEST_DATABASE_URL` is set or a server answers on 127.0.0.1:5432;
on CI (`CI=true`) it must be there, and a skipped PostgreSQL test fails the run.

A test whose event loop is held by a slow callback fails (tests/loop_watch.py).
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import socket
import sqlite3
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.logs import QUIETED_BY_THE_CLI, RedactingFilter
from bot.platforms.registry import capabilities
from handlers.clock import FakeClock
from handlers.commands import build_catalogue
from handlers.context import Context
from storage.db import Database
from storage.migrate import upgrade
from tests.loop_watch import _loop_watch, pytest_runtest_call  # noqa: F401  (the loop's watch)
from tests.pg_pool import PostgresPool
from tests.schemas import scratch_schema

DEFAULT_PG_URL = "postgresql+asyncpg://postgres@127.0.0.1:5432/test"
ON_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _postgres_url() -> str | None:
    explicit = os.environ.get("TEST_DATABASE_URL")
    if explicit:
        return explicit
    try:
        with socket.create_connection(("127.0.0.1", 5432), timeout=0.5):
            return DEFAULT_PG_URL
    except OSError:
        return None


POSTGRES_URL = _postgres_url()
_POOL = PostgresPool(POSTGRES_URL) if POSTGRES_URL else None
ENGINES = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


@dataclass(frozen=True)
class DatabaseTarget:
    """Where a test's database lives; `env` points a `bryggan` subprocess at the same place."""

    url: str
    schema: str | None

    @property
    def env(self) -> dict[str, str]:
        env = {"DATABASE_URL": self.url}
        if self.schema:
            env["DATABASE_SCHEMA"] = self.schema
        return env

    def open(self) -> Database:
        return Database(self.url, schema=self.schema)


@asynccontextmanager
async def database_at(
    engine: str, tmp_path: Path, revision: str = "head"
) -> AsyncIterator[DatabaseTarget]:
    """An empty database of an engine migrated to `revision`, dropped afterwards.

    At the head revision it is a copy of one migrated per test process (a file copy on
    SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL): migrating takes far longer than most
    tests. The migrations themselves are tested on their own (tests/storage)."""
    if engine == "sqlite":
        path = tmp_path / "bryggan.db"
        target = DatabaseTarget(f"sqlite+aiosqlite:///{path}", None)
        if revision == "head":
            shutil.copyfile(await _sqlite_template(), path)
        else:
            db = target.open()
            await upgrade(db, revision)
            await db.dispose()
        yield target
        return
    if POSTGRES_URL is None:
        pytest.skip("no PostgreSQL reachable (set TEST_DATABASE_URL)")
    if revision == "head":
        async with _postgres_copy() as target:
            yield target
        return
    async with scratch_schema(POSTGRES_URL, revision=revision) as schema:
        yield DatabaseTarget(POSTGRES_URL, schema)


_TEMPLATES: dict[str, str] = {}  # per test process: the migrated database copies come from


async def _sqlite_template() -> str:
    if "sqlite" not in _TEMPLATES:
        path = Path(tempfile.mkdtemp(prefix="bryggan-template-")) / "template.db"
        db = Database(f"sqlite+aiosqlite:///{path}")
        await upgrade(db)
        await db.dispose()
        with sqlite3.connect(path) as connection:  # everything in the main file, none in WAL
            connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _TEMPLATES["sqlite"] = str(path)
    return _TEMPLATES["sqlite"]


@asynccontextmanager
async def _postgres_copy() -> AsyncIterator[DatabaseTarget]:
    """A database of its own for the test, empty at the head revision (tests/pg_pool.py)."""
    assert _POOL is not None
    name = await _POOL.acquire()
    try:
        yield DatabaseTarget(_POOL.url_of(name), None)
    finally:
        await _POOL.release(name)


def _drop_postgres_databases() -> None:
    if _POOL is not None and _POOL.template is not None:
        asyncio.run(_POOL.drop_all())


@pytest.fixture(autouse=True)
def _logging_left_as_found() -> Iterator[None]:
    """A test that runs the CLI configures the process's logging: its handler replaces the
    root logger's (pytest's capture among them) and writes to that test's stderr. Without
    this, a later test in the same worker saw no log records (its caplog was empty) and
    the handler wrote to a closed stream."""
    root = logging.getLogger()
    level = root.level
    quiet = {name: logging.getLogger(name).level for name in QUIETED_BY_THE_CLI}
    yield
    for handler in root.handlers[:]:
        if any(isinstance(f, RedactingFilter) for f in handler.filters):
            root.removeHandler(handler)
    root.setLevel(level)
    for name, was in quiet.items():
        logging.getLogger(name).setLevel(was)


@pytest.fixture(params=ENGINES)
async def db_target(
    request: pytest.FixtureRequest, tmp_path: Path
) -> AsyncIterator[DatabaseTarget]:
    """An empty, migrated database of each engine, private to the test."""
    async with database_at(request.param, tmp_path) as target:
        yield target


@pytest.fixture
async def db(db_target: DatabaseTarget) -> AsyncIterator[Database]:
    database = db_target.open()
    yield database
    await database.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ctx(db: Database, clock: FakeClock) -> Context:
    return Context(db=db, catalogue=build_catalogue(), clock=clock, platforms=capabilities())


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if ON_CI and POSTGRES_URL is None:
        raise pytest.UsageError(
            "CI=true but no PostgreSQL answers on 127.0.0.1:5432: the PostgreSQL tests must run"
        )


_SKIPPED_POSTGRES: list[str] = []


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.skipped and "postgres" in report.keywords:
        _SKIPPED_POSTGRES.append(report.nodeid)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _drop_postgres_databases()
    if ON_CI and _SKIPPED_POSTGRES:
        print(f"\nFAILED: {len(_SKIPPED_POSTGRES)} PostgreSQL tests were skipped on CI")
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
