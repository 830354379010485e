"""Retention from the outside: `bryggan retention run`, the daily scheduler job, the policy
from settings, and the bridge and feeds carrying on when what they remembered is gone."""

from __future__ import annotations

import json
import logging
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import select

from bot import cli, cli_retention
from bot.context import retention_policy
from bot.runtime import Runtime
from bot.settings import Settings
from handlers.clock import FakeClock
from handlers.commands import build_catalogue, inbound_handlers
from handlers.context import Context
from handlers.feeds.poll import poll_feed
from handlers.inbound import dispatch_inbound
from handlers.mirroring import delete_copies, edit_copies
from handlers.retention import KINDS, RetentionPolicy, rate_limit_days, run_retention
from handlers.run import run_command
from handlers.types import Command, InboundMessage, Member, Message
from storage import outbox, outbox_claims
from storage.bridges import create_bridge, join_bridge
from storage.channels import add_topic
from storage.db import Database
from storage.feed_models import FeedEntryRow
from storage.mirror_models import BridgedMessageRow
from storage.mirrors import add_copy
from tests.conftest import DatabaseTarget
from tests.retention_data import EXPECTED, NOW, check_retained, seed_everything, snapshot
from tests.unit.test_feeds import URL, FakeFetcher, Item

BERTIL = Member("discord", "200", "Bertil Berg")
CECILIA = Member("slack", "U300", "Cecilia")
DAY = 86_400


def settings_for(target: DatabaseTarget, **values: object) -> Settings:
    return Settings(database_url=target.url, database_schema=target.schema, **values)  # type: ignore[arg-type]


async def bryggan(target: DatabaseTarget, *argv: str) -> int:
    args = cli._parser().parse_args(["retention", "run", *argv])
    return await cli_retention.run(settings_for(target), args, clock=FakeClock(NOW))


async def test_the_cli_shows_then_applies_the_same_counts(
    db_target: DatabaseTarget, capsys: pytest.CaptureFixture[str]
) -> None:
    db = db_target.open()
    try:
        await seed_everything(db)
        before = await snapshot(db)
        assert await bryggan(db_target, "--dry-run") == 0
        out = capsys.readouterr().out.splitlines()
        assert await snapshot(db) == before, "a dry run changed something"
        assert "sent deliveries (over 30 days): would remove 1" in out
        assert "feed entries, reduced to their id (over 180 days): would reduce 1" in out
        assert "verification codes (over 1 day): would remove 1" in out
        assert out[-1] == "dry run: nothing was changed"
        assert await bryggan(db_target, "--json") == 0
        assert json.loads(capsys.readouterr().out) == {"dry_run": False, "counts": EXPECTED}
        await check_retained(db)
        assert await bryggan(db_target) == 0  # again: nothing left to remove
        out = capsys.readouterr().out.splitlines()
        assert len(out) == len(KINDS) and all(line.endswith(" 0") for line in out)
    finally:
        await db.dispose()


async def test_the_daily_job_is_registered_and_logs_counts_only(
    db_target: DatabaseTarget, caplog: pytest.LogCaptureFixture
) -> None:
    runtime = Runtime(
        settings_for(db_target), clock=FakeClock(NOW), with_web=False, with_chat=False
    )
    try:
        await seed_everything(runtime.db)
        with caplog.at_level(logging.INFO, logger="handlers.retention"):
            await runtime.scheduler.run_due("retention")
        await check_retained(runtime.db)
        [record] = [r for r in caplog.records if r.getMessage() == "retention applied"]
        assert {kind: getattr(record, kind) for kind in KINDS} == EXPECTED
        assert "@" not in repr(record.__dict__), "no address in the log"
    finally:
        await runtime.db.dispose()


def test_the_policy_comes_from_the_settings() -> None:
    target = DatabaseTarget("sqlite+aiosqlite:///:memory:", None)
    policy = retention_policy(
        settings_for(target, retain_sent_deliveries_days=10, limit_agenda_proposals="3/7d")
    )
    assert (policy.sent_deliveries_days, policy.rate_limit_days) == (10, 7)
    assert retention_policy(settings_for(target)) == RetentionPolicy()
    assert rate_limit_days([60, 3600]) == 1, "a day at least"
    assert rate_limit_days([2 * DAY + 1]) == 3
    assert rate_limit_days([]) == 1


@pytest.fixture
def bridge_ctx(db: Database, clock: FakeClock) -> Context:
    return Context(db=db, catalogue=build_catalogue(), clock=clock, inbound=inbound_handlers())


async def _bridge_discord_and_slack(ctx: Context) -> None:
    async with ctx.db.transaction() as session:
        row = await create_bridge(session, name="bygg", created_by="Anna", now=ctx.clock.now())
        assert row is not None
        for platform, channel in (("discord", "700"), ("slack", "CBYGG")):
            await join_bridge(
                session,
                bridge_id=row.id,
                platform=platform,
                channel_id=channel,
                channel_name="bygg",
                added_by="Anna",
                now=ctx.clock.now(),
            )


async def _deliver_everything(ctx: Context) -> None:
    """Mark every waiting row sent, as the dispatcher would (the copy's ts is `1.1`)."""
    claimed = await outbox_claims.claim(
        ctx.db, now=ctx.clock.now(), lease_seconds=60, limit=50, platforms=["slack", "discord"]
    )
    for row in claimed:
        await outbox.mark_sent(ctx.db, row, message_id="1.1", now=ctx.clock.now())


async def test_the_bridge_ignores_edits_deletes_and_replies_of_a_forgotten_message(
    bridge_ctx: Context, clock: FakeClock
) -> None:
    ctx = bridge_ctx
    await _bridge_discord_and_slack(ctx)
    await dispatch_inbound(ctx, InboundMessage("new", "discord", "700", "m1", BERTIL, "Fråga?"))
    await _deliver_everything(ctx)
    clock.advance(91 * DAY)
    assert (await run_retention(ctx))["bridged_messages"] == 1
    assert await outbox.list_rows(ctx.db) == [], "the copy's delivery went with it"

    edited = InboundMessage("edited", "discord", "700", "m1", BERTIL, "Fråga!")
    await dispatch_inbound(ctx, edited)  # no error, nothing to carry
    await dispatch_inbound(ctx, InboundMessage("deleted", "discord", "700", "m1"))
    assert await outbox.list_rows(ctx.db) == []
    # Answers to the forgotten original, under its copy in Slack and under it in Discord:
    for answer in (
        InboundMessage("new", "slack", "CBYGG", "2.2", CECILIA, "Svar", thread_id="1.1"),
        InboundMessage("new", "discord", "700", "m3", BERTIL, "Tillägg", thread_id="m1"),
    ):
        await dispatch_inbound(ctx, answer)
    rows = await outbox.list_rows(ctx.db)
    assert sorted(r.destination for r in rows) == ["discord:700", "slack:CBYGG"]
    assert all("reply_to" not in r.payload and "reply_to_key" not in r.payload for r in rows)
    async with ctx.db.transaction() as session:
        messages = await session.execute(
            BridgedMessageRow.__table__.select().order_by(BridgedMessageRow.id)
        )
        assert [(m.message_id, m.parent_id) for m in messages] == [("2.2", None), ("m3", None)]


async def test_a_feed_post_past_retention_is_not_edited(ctx: Context, clock: FakeClock) -> None:
    async with ctx.db.transaction() as session:
        await add_topic(
            session,
            platform="slack",
            channel_id="CNEWS",
            channel_name="nyheter",
            topic="news",
            added_by="Bo",
            now=clock.now(),
        )
    fetcher = FakeFetcher()
    local = replace(ctx, fetcher=fetcher)
    board = Member("console", "bo", "Bo", is_board=True)
    await run_command(local, Command("feed", board, None, positional=("add", URL)))
    fetcher.items.append(Item("b", "Protokoll", published=clock.now()))
    assert (await poll_feed(local, fetcher, 1)).posted == 1
    await _deliver_everything(local)
    for days in (31, 150):  # the post's delivery goes first, the entry's fingerprint later
        clock.advance(days * DAY)
        await run_retention(local)
        fetcher.items[0] = replace(fetcher.items[0], title=f"Protokoll ({days})")
        assert (await poll_feed(local, fetcher, 1)).edited == 0
        assert [r for r in await outbox.list_rows(ctx.db) if r.action == "edit"] == []
    async with ctx.db.transaction() as session:
        [entry] = (await session.execute(select(FeedEntryRow))).scalars().all()
    # Edited once while it had a fingerprint (no post to edit any more), then never again.
    assert (entry.fingerprint, entry.version) == ("", 1)


async def test_copies_without_a_delivery_get_no_edit_or_delete(ctx: Context) -> None:
    """The dispatcher refuses an edit of an original it never heard of: a copy whose
    delivery retention removed is skipped instead."""
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        for target in ("C1", "C2"):
            await add_copy(
                session,
                source_kind="announcement",
                source_id=1,
                platform="slack",
                target=target,
                outbox_key=f"announcement:1:slack:{target}",
                now=now,
            )
        await outbox.enqueue(
            session,
            platform="slack",
            target="C1",
            idempotency_key="announcement:1:slack:C1",
            payload={"text": "Årsmöte"},
            now=now,
        )
        new_text = lambda _platform, _target: Message(text="Årsmöte 18.00")  # noqa: E731
        edited = await edit_copies(
            session, source_kind="announcement", source_id=1, message_for=new_text, now=now
        )
        deleted = await delete_copies(session, source_kind="announcement", source_id=1, now=now)
    assert (edited, deleted) == (1, 1)
    refs = {r.ref_key for r in await outbox.list_rows(ctx.db) if r.action != "send"}
    assert refs == {"announcement:1:slack:C1"}


async def test_the_default_policy_is_the_documented_one() -> None:
    assert RetentionPolicy() == RetentionPolicy(30, 90, 180, 7, 1, 90, 1, 1)
    assert timedelta(days=RetentionPolicy().bridged_messages_days) == timedelta(days=90)
