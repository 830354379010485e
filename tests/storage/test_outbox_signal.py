"""A process without a dispatcher wakes the dispatchers of other processes at once, through
PostgreSQL's LISTEN/NOTIFY, rather than leaving its posts to their next poll."""

from __future__ import annotations

import asyncio

import pytest

from storage.db import Database
from storage.outbox_signal import Notifier, OutboxListener, notify
from tests.conftest import DatabaseTarget

pytestmark = [pytest.mark.postgres]


@pytest.mark.parametrize("db_target", ["postgresql"], indirect=True)
async def test_a_notify_wakes_the_listener_of_its_deployment_only(
    db: Database, db_target: DatabaseTarget
) -> None:
    wakes: list[str] = []
    woken = asyncio.Event()

    def wake() -> None:
        wakes.append("wake")
        woken.set()

    listener = OutboxListener(db_target.url, db_target.schema, wake, retry_seconds=0.2)
    listener.start()
    try:
        await asyncio.wait_for(listener.listening.wait(), 10)
        await asyncio.wait_for(woken.wait(), 5)  # once at connect, for what came meanwhile
        other = Database(db_target.url, schema="another_deployment")
        try:
            await notify(other)  # another deployment's channel: not ours…
        finally:
            await other.dispose()
        notifier = Notifier(db)
        notifier.wake()
        notifier.wake()  # before the first is sent: one NOTIFY covers both
        await notifier.stop()
        await notify(db)
        # Notifications arrive in commit order: by the time the last of ours is heard, the
        # other deployment's, sent before them, would have been heard too.
        while len(wakes) < 3:
            woken.clear()
            await asyncio.wait_for(woken.wait(), 5)
        assert len(wakes) == 3  # at connect, the burst, the last: none from the other
    finally:
        await listener.stop()
