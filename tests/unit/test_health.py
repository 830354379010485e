"""/healthz tells what is wrong: database, platforms, outbox backlog and its oldest age."""

from __future__ import annotations

from aiohttp.test_utils import TestClient, TestServer

from bot.web import build_web_app
from handlers.clock import FakeClock
from handlers.types import Message
from storage import outbox
from storage.db import Database


class StubPlatform:
    """Only the connection state matters to the health check."""

    def __init__(self, name: str, connected: bool) -> None:
        self.name, self._connected = name, connected

    @property
    def connected(self) -> bool:
        return self._connected

    async def start(self) -> None: ...
    async def stop(self) -> None: ...
    async def send(
        self, target: str, message: Message, *, idempotency_key: str, in_doubt: bool
    ) -> str:
        raise NotImplementedError

    async def edit(self, target: str, message_id: str, message: Message) -> None: ...
    async def delete(self, target: str, message_id: str) -> None: ...


async def get_health(
    db: Database, platforms: dict[str, StubPlatform], clock: FakeClock
) -> tuple[int, dict]:  # type: ignore[type-arg]
    async with TestClient(TestServer(build_web_app(db, platforms, clock))) as client:  # type: ignore[arg-type]
        response = await client.get("/healthz")
        return response.status, await response.json()


async def test_backlog_and_oldest_pending_age(db: Database, clock: FakeClock) -> None:
    async with db.transaction() as session:
        for key in ("a", "b"):
            await outbox.enqueue(
                session,
                platform="slack",
                target="C1",
                idempotency_key=key,
                payload={"text": key},
                now=clock.now(),
            )
    clock.advance(90)
    status, report = await get_health(db, {"slack": StubPlatform("slack", True)}, clock)
    assert status == 200
    assert report["status"] == "ok"
    assert report["outbox"] == {"backlog": 2, "failed": 0, "oldest_pending_age_seconds": 90.0}


async def test_a_disconnected_platform_makes_it_degraded(db: Database, clock: FakeClock) -> None:
    platforms = {"slack": StubPlatform("slack", False), "discord": StubPlatform("discord", True)}
    status, report = await get_health(db, platforms, clock)
    assert status == 503
    assert report["status"] == "degraded"
    assert report["platforms"] == {"slack": {"connected": False}, "discord": {"connected": True}}


async def test_mail_waiting_for_a_platform_not_configured_makes_it_degraded(
    db: Database, clock: FakeClock
) -> None:
    """Mail queued while no SMTP server is set would wait forever: health says so."""
    async with db.transaction() as session:
        await outbox.enqueue(
            session, platform="email", target="confirm:1", idempotency_key="c1",
            payload={"text": "Bekräfta"}, now=clock.now(),
        )  # fmt: skip
    status, report = await get_health(db, {"slack": StubPlatform("slack", True)}, clock)
    assert status == 503 and report["status"] == "degraded"
    assert report["platforms"]["email"] == {"connected": False, "configured": False}


async def test_an_unreachable_database_is_reported_not_raised(clock: FakeClock) -> None:
    db = Database("postgresql+asyncpg://nobody@127.0.0.1:1/none")
    try:
        status, report = await get_health(db, {}, clock)
    finally:
        await db.dispose()
    assert status == 503
    assert report["database"] == {"ok": False, "engine": "postgresql"}
    assert "outbox" not in report
