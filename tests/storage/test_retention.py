"""Retention on both engines: each kind removes what is just past its period and keeps what
is just inside it; a dry run changes nothing and counts the same; a second run finds nothing;
a delivery something may still edit survives with only what the edit needs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.retention import KINDS, RetentionPolicy, apply_retention
from storage import outbox, retention
from storage.db import Database
from storage.feed_models import FeedEntryRow
from storage.feeds import remember_entry
from storage.mail_models import MailSubscriberRow
from storage.mirror_models import BridgedMessageRow, MirrorCopyRow
from storage.models import OutboxRow
from storage.people_models import ActionRow, VerificationCodeRow
from storage.wish_models import WishDraftRow
from tests.retention_data import (
    EXPECTED,
    NOW,
    action,
    announcement,
    bridge,
    bridged,
    check_retained,
    code,
    copy,
    delivery,
    draft,
    feed_entry,
    inside,
    outside,
    seed_everything,
    snapshot,
    someone,
    subscriber,
    wish_card,
)

Step = Callable[[AsyncSession, datetime, bool], Awaitable[int]]


async def run(db: Database, step: Step, days: float, *, apply: bool) -> int:
    async with db.transaction() as session:
        return await step(session, NOW - timedelta(days=days), apply)


async def applied(db: Database, step: Step, days: float) -> int:
    """Dry run, run, run again: the dry run changes nothing and counts what the run then
    changes; the second run finds nothing and changes nothing. How many the run changed."""
    before = await snapshot(db)
    counted = await run(db, step, days, apply=False)
    assert await snapshot(db) == before, "a dry run changed something"
    changed = await run(db, step, days, apply=True)
    assert changed == counted
    after = await snapshot(db)
    assert (await run(db, step, days, apply=True), await snapshot(db)) == (0, after)
    return changed


async def outbox_rows(db: Database) -> dict[str, OutboxRow]:
    async with db.transaction() as session:
        rows = (await session.execute(select(OutboxRow))).scalars()
        return {row.idempotency_key: row for row in rows}


async def test_sent_deliveries_past_their_period_go_and_waiting_ones_never(db: Database) -> None:
    await delivery(db, "new", at=inside(30))
    await delivery(db, "old", at=outside(30))
    await delivery(db, "old-edit", action="edit", ref_key="old", at=outside(30))
    await delivery(db, "withdrawn", status="cancelled", at=outside(30))
    await delivery(db, "waiting", status="pending", at=outside(365))
    await delivery(db, "in-flight", status="sending", at=outside(365))
    await delivery(db, "parked", status="failed", at=outside(365))
    assert await applied(db, retention.sent_deliveries, 30) == 3
    assert set(await outbox_rows(db)) == {"new", "waiting", "in-flight", "parked"}


async def test_a_delivery_still_needed_for_an_edit_survives_with_its_content_cleared(
    db: Database,
) -> None:
    people = await someone(db)
    card = "wish-card:1:slack:C1"  # a wish card is edited in place for as long as the wish
    await delivery(db, card, at=outside(30))
    await wish_card(db, card, people.member_id)
    live, withdrawn = await announcement(db), await announcement(db, deleted=True)
    bridge_id = await bridge(db)
    message = await bridged(db, bridge_id, "m1", inside(90))
    copies = {
        f"announcement:{live}:slack:C1": ("announcement", live),
        f"announcement:{withdrawn}:slack:C1": ("announcement", withdrawn),
        "meeting-call:1:slack:C1": ("meeting-call", 1),  # a moved meeting edits it
        f"bridge:{message}:slack:C1": ("bridge", message),  # edits, deletes and replies
    }
    for key, (kind, source_id) in copies.items():
        await delivery(db, key, at=outside(30))
        await copy(db, kind, source_id, key)
    await delivery(db, "feed:1:abc:slack:C1", at=outside(30))
    await delivery(
        db,
        "feed:1:abc:slack:C1:edit:1",
        status="pending",
        action="edit",
        ref_key="feed:1:abc:slack:C1",
    )

    assert await applied(db, retention.sent_deliveries, 30) == 1, "the withdrawn announcement's"
    assert await applied(db, retention.kept_deliveries, 30) == 5
    rows = await outbox_rows(db)
    kept = {card, f"announcement:{live}:slack:C1", "meeting-call:1:slack:C1"}
    kept |= {f"bridge:{message}:slack:C1", "feed:1:abc:slack:C1"}
    assert set(rows) == kept | {"feed:1:abc:slack:C1:edit:1"}
    async with db.transaction() as session:
        for key in kept:  # what the dispatcher reads to edit or delete the post
            assert await outbox.delivery(session, key) == ("sent", f"m-{key}")
            assert rows[key].payload == retention.TRIMMED_PAYLOAD
    assert rows["feed:1:abc:slack:C1:edit:1"].payload != retention.TRIMMED_PAYLOAD


async def test_failed_deliveries_go_after_their_period_from_the_last_attempt(
    db: Database,
) -> None:
    people = await someone(db)
    await delivery(db, "parked-new", status="failed", at=inside(90))
    await delivery(db, "parked-old", status="failed", at=outside(90))
    await delivery(db, "tried-lately", status="failed", at=outside(200), last_attempt=inside(90))
    card = "wish-card:1:slack:C1"
    await delivery(db, card, status="failed", at=outside(90))
    await wish_card(db, card, people.member_id)
    assert await applied(db, retention.failed_deliveries, 90) == 2
    rows = await outbox_rows(db)
    assert set(rows) == {"parked-new", "tried-lately", card}
    assert rows["tried-lately"].status == "failed"
    # A later edit of the card finds a withdrawn post (nothing to change), not an unknown one.
    assert (rows[card].status, rows[card].payload, rows[card].last_error) == (
        "cancelled",
        retention.TRIMMED_PAYLOAD,
        None,
    )


async def test_feed_entries_keep_only_their_id_so_they_are_never_posted_again(
    db: Database,
) -> None:
    await feed_entry(db, "https://kommun.example/ny", inside(180))
    await feed_entry(db, "https://kommun.example/gammal", outside(180))
    assert await applied(db, retention.feed_entries, 180) == 1
    async with db.transaction() as session:
        found = await session.execute(select(FeedEntryRow.entry_key, FeedEntryRow.fingerprint))
        assert dict(found.all()) == {
            "https://kommun.example/ny": "f" * 64,
            "https://kommun.example/gammal": "",
        }
        feed_id = (await session.execute(select(FeedEntryRow.feed_id))).scalars().first()
        assert feed_id is not None
        again = await remember_entry(
            session,
            feed_id=feed_id,
            key="https://kommun.example/gammal",
            fingerprint="g" * 64,
            posted=True,
            now=NOW,
        )
        assert again is False, "still known: it is not posted again"


async def test_unconfirmed_subscriptions_go_after_their_period(db: Database) -> None:
    await subscriber(db, "ny@kommun.se", inside(7), confirm=inside(7))
    await subscriber(db, "gammal@kommun.se", outside(7), confirm=outside(7))
    await subscriber(db, "aldrig@kommun.se", outside(7), confirm=None)
    await subscriber(db, "paminnd@kommun.se", outside(30), confirm=inside(7))  # a fresh link
    await subscriber(db, "aktiv@kommun.se", outside(365), status="active", confirm=outside(365))
    waiting = await subscriber(db, "vantar@kommun.se", outside(7), confirm=outside(7))
    await delivery(
        db, "mail-confirm:x", status="pending", platform="email", target=f"confirm:{waiting}"
    )
    assert await applied(db, retention.unconfirmed_subscriptions, 7) == 2
    async with db.transaction() as session:
        left = (await session.execute(select(MailSubscriberRow.address))).scalars().all()
    assert sorted(left) == [
        "aktiv@kommun.se",
        "ny@kommun.se",
        "paminnd@kommun.se",
        "vantar@kommun.se",
    ]


async def test_verification_codes_go_after_a_day_with_the_mail_that_carried_them(
    db: Database,
) -> None:
    people = await someone(db)
    new = await code(db, people, inside(1))
    old = await code(db, people, outside(1))
    waiting = await code(db, people, outside(1))  # its mail still waits to go out
    for code_id, status in ((new, "sent"), (old, "sent"), (waiting, "pending")):
        await delivery(
            db,
            f"verify-code:{code_id}",
            status=status,
            platform="email",
            target=f"verify:{code_id}",
            at=outside(1),
        )
    assert await applied(db, retention.verification_codes, 1) == 1
    async with db.transaction() as session:
        left = (await session.execute(select(VerificationCodeRow.id))).scalars().all()
    assert sorted(left) == sorted([new, waiting])
    assert set(await outbox_rows(db)) == {f"verify-code:{new}", f"verify-code:{waiting}"}


async def test_bridged_messages_go_with_their_copies_mapping_and_replies_stay(
    db: Database,
) -> None:
    bridge_id = await bridge(db)
    old = await bridged(db, bridge_id, "m1", outside(90))
    reply = await bridged(db, bridge_id, "m2", inside(90), parent_id=old)
    busy = await bridged(db, bridge_id, "m3", outside(90))  # its copy still waits to go out
    for message_id, status in ((old, "sent"), (reply, "sent"), (busy, "pending")):
        key = f"bridge:{message_id}:slack:C1"
        await delivery(db, key, status=status, at=outside(90))
        await copy(db, "bridge", message_id, key)
    await delivery(
        db, f"bridge:{old}:slack:C1:delete", action="delete", ref_key=f"bridge:{old}:slack:C1"
    )
    assert await applied(db, retention.bridged_messages, 90) == 1
    async with db.transaction() as session:
        messages = (await session.execute(select(BridgedMessageRow))).scalars().all()
        assert sorted((m.id, m.parent_id) for m in messages) == [(reply, None), (busy, None)]
        keys = (await session.execute(select(MirrorCopyRow.outbox_key))).scalars().all()
    assert sorted(keys) == [f"bridge:{reply}:slack:C1", f"bridge:{busy}:slack:C1"]
    assert set(await outbox_rows(db)) == set(keys)


async def test_rate_limit_counts_and_wish_drafts_go_after_their_period(db: Database) -> None:
    people = await someone(db)
    await action(db, people, inside(1))
    await action(db, people, outside(1))
    await draft(db, people, "ny", inside(1))
    await draft(db, people, "gammal", outside(1))
    assert await applied(db, retention.rate_limit_counts, 1) == 1
    assert await applied(db, retention.wish_drafts, 1) == 1
    async with db.transaction() as session:
        assert (await session.execute(select(ActionRow.at))).scalars().all() == [inside(1)]
        assert (await session.execute(select(WishDraftRow.title))).scalars().all() == ["ny"]


async def test_the_use_case_dry_run_counts_what_the_run_removes_then_nothing_is_left(
    db: Database,
) -> None:
    await seed_everything(db)
    before = await snapshot(db)
    policy = RetentionPolicy()
    assert await apply_retention(db, policy, NOW, dry_run=True) == EXPECTED
    assert await snapshot(db) == before
    assert await apply_retention(db, policy, NOW) == EXPECTED
    await check_retained(db)
    assert await apply_retention(db, policy, NOW) == dict.fromkeys(KINDS, 0)


async def test_control_the_checks_fail_when_retention_does_nothing(db: Database) -> None:
    """Without this, a job that removed nothing could pass `check_retained` by accident."""
    await seed_everything(db)
    with pytest.raises(AssertionError):
        await check_retained(db)
    assert await apply_retention(db, RetentionPolicy(), NOW, dry_run=True) != dict.fromkeys(
        KINDS, 0
    )
    with pytest.raises(AssertionError):
        await check_retained(db)
