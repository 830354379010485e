"""Apply Alembic migrations programmatically (on start and by `bryggan migrate`).

Every command starts here, so the common case is cheap: the stored revision is read with one
query and compared with the newest migration's id, read from the versions directory as text.
Alembic (with Mako and Pygments behind it) is imported only when the database is behind.
`probe_revision` reaches the database with its driver alone, for `bryggan check-config` and
the start-up check, which import no SQLAlchemy at all.
"""

from __future__ import annotations

import contextlib
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection

    from storage.db import Database

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_TIMEOUT_SECONDS = 15.0  # as storage.db's busy timeout
_REVISION = re.compile(r"^revision\s*(?::[^=]*)?=\s*['\"]([^'\"]+)['\"]", re.M)
_DOWN_REVISION = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*(.+)$", re.M)
_QUOTED = re.compile(r"['\"]([^'\"]+)['\"]")
# SQLAlchemy's own URL grammar (sqlalchemy.engine.url._parse_url).
_URL = re.compile(
    r"""
        (?P<name>[\w\+]+)://
        (?:
            (?P<username>[^:/]*)
            (?::(?P<password>[^@]*))?
        @)?
        (?:
            (?:
                \[(?P<ipv6host>[^/\?]+)\] |
                (?P<ipv4host>[^/:\?]+)
            )?
            (?::(?P<port>[^/\?]*))?
        )?
        (?:/(?P<database>[^\?]*))?
        (?:\?(?P<query>.*))?
    """,
    re.X,
)
# URL query arguments SQLAlchemy's asyncpg dialect keeps for itself; the rest go to asyncpg.
_SQLALCHEMY_ONLY = {"prepared_statement_cache_size", "prepared_statement_name_func"}


@dataclass(frozen=True)
class DatabaseUrl:
    """A database URL read as SQLAlchemy reads it, without importing SQLAlchemy (a third of
    a second): for settings and the start-up check, which must stay cheap."""

    text: str
    driver: str
    username: str | None = None
    password: str | None = None
    host: str | None = None
    port: int | None = None
    database: str | None = None
    query: dict[str, str] = field(default_factory=dict)
    password_span: tuple[int, int] | None = None

    @classmethod
    def parse(cls, text: str) -> DatabaseUrl:
        found = _URL.match(text)
        if found is None:
            raise ValueError("not a database URL")
        port = found["port"]
        if port and not port.isdigit():
            raise ValueError("has a port that is not a number")
        return cls(
            text=text,
            driver=found["name"],
            username=unquote(found["username"]) if found["username"] is not None else None,
            password=unquote(found["password"]) if found["password"] is not None else None,
            host=found["ipv4host"] or found["ipv6host"],
            port=int(port) if port else None,
            database=unquote(found["database"]) if found["database"] is not None else None,
            query=dict(parse_qsl(found["query"] or "")),
            password_span=found.span("password") if found["password"] is not None else None,
        )

    @property
    def backend(self) -> str:
        return self.driver.split("+")[0]

    def with_driver(self, driver: str) -> str:
        """The same URL for another driver, the rest kept exactly as written."""
        return driver + self.text[len(self.driver) :]

    def shown(self) -> str:
        """The URL with its password as ***, as SQLAlchemy's `hide_password` shows it."""
        if self.password_span is None:
            return self.text
        start, end = self.password_span
        return f"{self.text[:start]}***{self.text[end:]}"


def _quiet_alembic_import() -> None:
    """Alembic announces each of its plugins at INFO while it is imported, now after logging
    is set up rather than before: those lines are no news to anyone."""
    plugins = logging.getLogger("alembic.runtime.plugins")
    if plugins.level == logging.NOTSET:
        plugins.setLevel(logging.WARNING)


def alembic_config(connection: Connection | None = None) -> Config:
    _quiet_alembic_import()
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


async def upgrade(db: Database, revision: str = "head") -> None:
    """Bring the schema to `revision`; a no-op when it is already there (one query, no
    Alembic, when the database is at the head)."""
    if revision == "head" and await current_revision(db) == head_revision():
        return
    _quiet_alembic_import()
    from alembic import command

    def _run(connection: Connection) -> None:
        command.upgrade(alembic_config(connection), revision)

    async with db.engine.begin() as connection:
        await connection.run_sync(_run)


async def current_revision(db: Database) -> str | None:
    """The stored revision (several joined by ", "); None before the first migration."""
    from sqlalchemy import text
    from sqlalchemy.exc import OperationalError, ProgrammingError

    try:
        async with db.core(read_only=True) as connection:
            result = await connection.execute(text("SELECT version_num FROM alembic_version"))
            return _joined(list(result.scalars()))
    except (OperationalError, ProgrammingError) as error:
        if "alembic_version" in str(error.orig):  # no such table: never migrated
            return None
        raise


def head_revision() -> str | None:
    """The newest migration's id, read from the versions directory as text (Alembic's
    answer when the files hold anything but one straight line of revisions)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        revision, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if revision is None or down is None:
            return _alembic_head()
        revisions.add(revision[1])
        parents.update(_QUOTED.findall(down[1]))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else _alembic_head()


def _alembic_head() -> str | None:
    _quiet_alembic_import()
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


async def probe_revision(url: str, schema: str | None = None) -> str | None:
    """Connect with the database's driver alone (no SQLAlchemy, no Alembic) and read the
    stored revision. Raises the driver's error, or OSError, when it cannot be reached."""
    import asyncio

    parsed = DatabaseUrl.parse(url)
    if parsed.backend == "sqlite":
        return await asyncio.to_thread(_sqlite_revision, parsed)
    return await _postgresql_revision(parsed, schema)


def sqlite_path(url: str) -> str | None:
    """The file a SQLite URL names (as written in it); None for a database in memory or
    another database. Read without SQLAlchemy, as every command's start is."""
    parsed = DatabaseUrl.parse(url)
    database = parsed.database or ":memory:"
    if parsed.backend != "sqlite" or database == ":memory:":
        return None
    if parsed.query.get("mode") == "memory":  # `?mode=memory&uri=true`
        return None
    return database


def missing_sqlite_file(url: str) -> str | None:
    """The SQLite file the URL names when it does not exist; None for a file that exists, a
    database in memory, or another database. Connecting would make the file (and its
    folder), so a command that makes nothing asks this first."""
    database = sqlite_path(url)
    return None if database is None or Path(database).exists() else database


def _sqlite_revision(url: DatabaseUrl) -> str | None:
    import sqlite3

    database = url.database or ":memory:"
    uri = url.query.get("uri", "").lower() in ("true", "1")
    if uri:
        others = "&".join(f"{k}={v}" for k, v in url.query.items() if k != "uri")
        database = f"file:{database}?{others}" if others else f"file:{database}"
    elif database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)  # as storage.db does
    connection = sqlite3.connect(database, timeout=SQLITE_TIMEOUT_SECONDS, uri=uri)
    with contextlib.closing(connection):
        try:
            rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
        except sqlite3.OperationalError as error:
            if "alembic_version" in str(error):
                return None
            raise
    return _joined([row[0] for row in rows])


async def _postgresql_revision(url: DatabaseUrl, schema: str | None) -> str | None:
    import asyncpg  # type: ignore[import-untyped]

    options: dict[str, Any] = {k: v for k, v in url.query.items() if k not in _SQLALCHEMY_ONLY}
    if schema:
        options["server_settings"] = {"search_path": schema}
    connection = await asyncpg.connect(
        user=url.username,
        password=url.password,
        host=url.host,
        port=url.port,
        database=url.database,
        **options,
    )
    try:
        if await connection.fetchval("SELECT to_regclass('alembic_version')") is None:
            return None
        rows = await connection.fetch("SELECT version_num FROM alembic_version")
    finally:
        await connection.close()
    return _joined([row[0] for row in rows])


def _joined(revisions: list[str]) -> str | None:
    return ", ".join(sorted(revisions)) or None
