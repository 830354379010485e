"""Leader election on a real PostgreSQL: one leader per role, a standby that takes over when
the leader dies or is cut off, and a cut-off leader that steps down before it could overlap."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy.engine import make_url

from bot.leadership import Leadership, Timing
from bot.settings import SettingsError
from storage.leader_lock import LeaderLock
from tests.conftest import DatabaseTarget, database_at
from tests.fakes.tcp_proxy import TcpProxy

pytestmark = pytest.mark.postgres
FAST = Timing(
    heartbeat_seconds=0.3,
    lease_seconds=1.0,
    server_idle_seconds=2.0,
    retry_seconds=0.3,
    takeover_seconds=0.6,
)


class CountedLock(LeaderLock):
    """A LeaderLock that counts its tries, so a test can wait for the standby's."""

    def __init__(self, watched: Watched, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.watched = watched

    async def try_take(self, role: str) -> bool:
        taken = await super().try_take(role)
        self.watched.tries += 1
        self.watched.changed.set()
        return taken


class Watched:
    """A Leadership and what it said, with the time of each change."""

    def __init__(self, target: DatabaseTarget, timing: Timing, url: str | None = None) -> None:
        self.changes: list[tuple[str, bool, float]] = []
        self.changed = asyncio.Event()
        self.tries = 0
        self.leadership = Leadership(
            ("gateway", "dispatcher", "scheduler"),
            lambda t: CountedLock(
                self,
                url or target.url,
                target.schema,
                server_idle_seconds=t.server_idle_seconds,
                statement_seconds=t.lease_seconds,
            ),
            self._record,
            timing=timing,
        )

    async def _record(self, role: str, leading: bool) -> None:
        self.changes.append((role, leading, time.monotonic()))
        self.changed.set()

    async def wait_for(self, role: str, leading: bool, timeout: float) -> float:
        """When the role was gained (or lost)."""
        async with asyncio.timeout(timeout):
            while not any(r == role and on == leading for r, on, _ in self.changes):
                self.changed.clear()
                await self.changed.wait()
        return next(t for r, on, t in self.changes if r == role and on == leading)


@pytest.fixture
async def target(tmp_path: Path) -> AsyncIterator[DatabaseTarget]:
    async with database_at("postgresql", tmp_path) as found:
        yield found


async def leader_and_standby(
    target: DatabaseTarget, timing: Timing = FAST, *, leader_url: str | None = None
) -> tuple[Watched, Watched]:
    """Two processes' leaderships: the first leading (told so), the second standing by."""
    first, second = Watched(target, timing, url=leader_url), Watched(target, timing)
    await first.leadership.begin()
    await first.wait_for("gateway", True, timeout=10)
    await second.leadership.begin()
    return first, second


def proxied(url: str, proxy: TcpProxy) -> str:
    parsed = make_url(url).set(host=proxy.host, port=proxy.port)
    return parsed.render_as_string(hide_password=False)


async def test_one_leader_per_role_and_a_standby_that_takes_over(target: DatabaseTarget) -> None:
    first, second = Watched(target, FAST), Watched(target, FAST)
    assert await first.leadership.begin() == set()  # told after the takeover wait
    await first.wait_for("gateway", True, timeout=10)
    await first.wait_for("scheduler", True, timeout=10)
    assert first.leadership.leads == {"gateway", "scheduler"}  # the dispatcher has no leader
    assert await second.leadership.begin() == set()
    async with asyncio.timeout(10):  # the standby tries again, and again, in vain
        while second.tries < 6:
            second.changed.clear()
            await second.changed.wait()
    assert second.changes == [] and second.leadership.leads == set()
    await first.leadership.stop()  # a clean stop frees the locks at once
    assert await second.wait_for("gateway", True, timeout=10)
    await second.wait_for("scheduler", True, timeout=10)
    await second.leadership.stop()


async def test_a_dead_leaders_roles_are_taken_within_the_retry(target: DatabaseTarget) -> None:
    first, second = await leader_and_standby(target)
    assert first.leadership._task is not None and first.leadership._lock is not None
    first.leadership._task.cancel()  # the process is gone: no step-down, no goodbye
    first.leadership._lock.abort()
    died = time.monotonic()
    taken = await second.wait_for("gateway", True, timeout=5)
    assert taken - died < FAST.server_idle_seconds  # freed at once, not by the idle timeout
    await second.leadership.stop()


async def test_a_leader_whose_session_was_ended_steps_down(target: DatabaseTarget) -> None:
    first, second = await leader_and_standby(target)
    dsn = make_url(target.url).set(drivername="postgresql").render_as_string(False)
    admin = await asyncpg.connect(dsn)
    try:  # an operator ends the leader's session (or the server restarts)
        ended = await admin.fetchval(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE application_name = 'bryggan-leader' AND datname = current_database()"
            " AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted)"
        )
    finally:
        await admin.close()
    assert ended >= 1
    stepped_down = await first.wait_for("gateway", False, timeout=5)
    # The standby may have taken the lock before the old leader's next beat told it that
    # it lost it: the takeover wait keeps it from acting until the old one stepped down.
    taken = await second.wait_for("gateway", True, timeout=10)
    assert stepped_down < taken, "two gateways overlapped"
    await first.leadership.stop()
    await second.leadership.stop()


async def test_a_leader_cut_off_steps_down_before_the_standby_leads(
    target: DatabaseTarget,
) -> None:
    async with TcpProxy("127.0.0.1", make_url(target.url).port or 5432) as proxy:
        first, second = await leader_and_standby(target, leader_url=proxied(target.url, proxy))
        proxy.freeze()  # the leader's network goes silent: nothing tells either side
        cut = time.monotonic()
        stepped_down = await first.wait_for("gateway", False, timeout=5)
        taken = await second.wait_for("gateway", True, timeout=20)
        assert stepped_down < taken, "two gateways overlapped"
        assert stepped_down - cut < FAST.server_idle_seconds  # before the server frees it
        # The server freed the lock only after its idle timeout: the standby waited for it.
        assert taken - cut >= FAST.server_idle_seconds - FAST.heartbeat_seconds
        await second.leadership.stop()
        proxy.cut()
        await first.leadership.stop()


async def test_control_without_the_servers_idle_timeout_the_standby_never_leads(
    target: DatabaseTarget,
) -> None:
    """The control: the idle timeout is what frees a cut-off leader's lock. Without it (a
    long one), the lock stays with the silent session and the standby waits on."""
    slow_server = Timing(**{**FAST.__dict__, "server_idle_seconds": 60})
    async with TcpProxy("127.0.0.1", make_url(target.url).port or 5432) as proxy:
        leader_url = proxied(target.url, proxy)
        first, second = await leader_and_standby(target, slow_server, leader_url=leader_url)
        proxy.freeze()
        await first.wait_for("gateway", False, timeout=5)  # it still steps down itself
        with pytest.raises(TimeoutError):
            await second.wait_for("gateway", True, timeout=FAST.server_idle_seconds * 3)
        await second.leadership.stop()
        proxy.cut()  # the server now sees the close and frees the lock
        await first.leadership.stop()


async def test_the_url_options_the_engine_takes_reach_the_lock_connection(
    target: DatabaseTarget,
) -> None:
    """`?ssl=…` (managed PostgreSQL) and SQLAlchemy's own options (PgBouncer's cache size)
    are read as the engine reads them: passed on as they were, the server refused them."""
    url = f"{target.url}?ssl=disable&prepared_statement_cache_size=0"
    watched = Watched(target, FAST, url=url)
    assert await watched.leadership.begin() == set()
    await watched.wait_for("gateway", True, timeout=10)
    await watched.leadership.stop()


async def test_a_server_that_refuses_the_lock_connection_stops_the_start(
    target: DatabaseTarget,
) -> None:
    class Refused(LeaderLock):
        def __init__(self) -> None:
            super().__init__(target.url, target.schema, server_idle_seconds=2, statement_seconds=1)
            self._settings["no_such_setting"] = "1"  # as PostgreSQL 13 meets idle_session_timeout

    leadership = Leadership(("gateway",), lambda _t: Refused(), Watched(target, FAST)._record)
    with pytest.raises(SettingsError, match="leading needs PostgreSQL 14 or newer"):
        await leadership.begin()
