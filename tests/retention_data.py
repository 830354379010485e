"""Rows of every kind retention looks at, each just inside or just outside its period.

`NOW` is the moment retention runs; with the default policy (`RetentionPolicy()`) a row
stamped `inside(days)` must stay and one stamped `outside(days)` must go.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, select

from storage.bridges import create_bridge, record_message
from storage.db import Database
from storage.feed_models import FeedEntryRow, FeedRow
from storage.feeds import remember_entry
from storage.mail_models import MailSubscriberRow
from storage.mirror_models import BridgedMessageRow, MirrorCopyRow
from storage.mirrors import add_copy, create_announcement
from storage.models import Base, FormDraftRow, MemberRow, OutboxRow
from storage.people import new_person
from storage.people_models import ActionRow, VerificationCodeRow
from storage.portal_models import SignInRow, WebSessionRow
from storage.wish_models import WishDraftRow
from storage.wishes import add_card, create_wish

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)

# Every table retention changes, for before/after comparisons.
TABLES: tuple[type[Base], ...] = (
    OutboxRow,
    MirrorCopyRow,
    BridgedMessageRow,
    MailSubscriberRow,
    VerificationCodeRow,
    ActionRow,
    WishDraftRow,
    FormDraftRow,
    SignInRow,
    WebSessionRow,
    FeedEntryRow,
)


def inside(days: float) -> datetime:
    """Just inside a period of `days` at NOW: kept."""
    return NOW - timedelta(days=days) + SECOND


def outside(days: float) -> datetime:
    """Just past a period of `days` at NOW: removed."""
    return NOW - timedelta(days=days) - SECOND


async def snapshot(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table retention touches, by id."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    async with db.transaction() as session:
        for model in TABLES:
            table = cast(Table, model.__table__)
            rows = await session.execute(select(table).order_by(table.c.id))
            found[table.name] = [tuple(row) for row in rows]
    return found


async def delivery(
    db: Database,
    key: str,
    *,
    status: str = "sent",
    at: datetime = NOW,
    action: str = "send",
    ref_key: str | None = None,
    target: str = "C1",
    platform: str = "slack",
    last_attempt: datetime | None = None,
) -> None:
    """An outbox row queued (and, when sent, delivered) at `at`."""
    async with db.transaction() as session:
        session.add(
            OutboxRow(
                idempotency_key=key,
                destination=f"{platform}:{target}",
                platform=platform,
                target=target,
                action=action,
                ref_key=ref_key,
                payload={"text": f"personligt innehåll {key}"},
                status=status,
                attempts=1,
                in_doubt=False,
                next_attempt_at=last_attempt or at,
                message_id=f"m-{key}" if status == "sent" else None,
                last_error="550 anna@kommun.se refused" if status == "failed" else None,
                created_at=at,
                sent_at=at if status == "sent" else None,
            )
        )


@dataclass
class People:
    person_id: int
    member_id: int


async def someone(db: Database, name: str = "Anna Berg") -> People:
    async with db.transaction() as session:
        person = await new_person(session, display_name=name, now=NOW)
        member = MemberRow(
            platform="discord",
            user_id=f"u-{name}",
            display_name=name,
            person_id=person.id,
            created_at=NOW,
            updated_at=NOW,
        )
        session.add(member)
        await session.flush()
        return People(person.id, member.id)


async def wish_card(db: Database, key: str, member_id: int) -> None:
    async with db.transaction() as session:
        wish = await create_wish(
            session,
            title="Bättre sök",
            description="",
            module="Bygg",
            municipality=None,
            submitted_by_id=member_id,
            now=NOW,
        )
        await add_card(session, wish_id=wish.id, platform="slack", channel_id="C1", card_key=key)


async def announcement(db: Database, *, deleted: bool = False) -> int:
    async with db.transaction() as session:
        row = await create_announcement(
            session,
            source_key=f"announce:{deleted}",
            now=NOW,
            source_platform="discord",
            author_name="Styrelsen",
            text="Årsmöte",
        )
        assert row is not None
        if deleted:
            row.deleted_at = NOW
        return row.id


async def copy(db: Database, kind: str, source_id: int, key: str) -> None:
    async with db.transaction() as session:
        await add_copy(
            session,
            source_kind=kind,
            source_id=source_id,
            platform="slack",
            target="C1",
            outbox_key=key,
            now=NOW,
        )


async def bridge(db: Database) -> int:
    async with db.transaction() as session:
        row = await create_bridge(session, name="bygg", created_by="Anna", now=NOW)
        assert row is not None
        return row.id


async def bridged(
    db: Database, bridge_id: int, message_id: str, at: datetime, parent_id: int | None = None
) -> int:
    async with db.transaction() as session:
        row = await record_message(
            session,
            now=at,
            bridge_id=bridge_id,
            platform="discord",
            channel_id="700",
            message_id=message_id,
            text=f"hej {message_id}",
            parent_id=parent_id,
        )
        assert row is not None
        return row.id


async def feed_entry(db: Database, key: str, at: datetime) -> None:
    async with db.transaction() as session:
        feed = (await session.execute(select(FeedRow))).scalars().first()
        if feed is None:
            feed = FeedRow(url="https://kommun.example/rss", added_by="Anna", next_poll_at=NOW)
            feed.created_at = NOW
            session.add(feed)
            await session.flush()
        await remember_entry(
            session, feed_id=feed.id, key=key, fingerprint="f" * 64, posted=True, now=at
        )


async def subscriber(
    db: Database, address: str, at: datetime, *, status: str = "pending", confirm: datetime | None
) -> int:
    async with db.transaction() as session:
        row = MailSubscriberRow(
            address=address,
            token=address,
            status=status,
            source="web",
            created_at=at,
            confirm_sent_at=confirm,
        )
        session.add(row)
        await session.flush()
        return row.id


async def code(db: Database, people: People, at: datetime) -> int:
    async with db.transaction() as session:
        row = VerificationCodeRow(
            member_id=people.member_id,
            person_id=people.person_id,
            email="anna@kommun.se",
            municipality="Växjö",
            salt="s",
            attempts=0,
            created_at=at,
            expires_at=at + timedelta(minutes=30),
        )
        session.add(row)
        await session.flush()
        return row.id


async def action(db: Database, people: People, at: datetime) -> None:
    async with db.transaction() as session:
        session.add(ActionRow(person_id=people.person_id, kind="wish", at=at))


async def draft(db: Database, people: People, title: str, at: datetime) -> None:
    async with db.transaction() as session:
        session.add(
            WishDraftRow(member_id=people.member_id, title=title, module="Bygg", created_at=at)
        )
        form = {"form_id": "wish.form", "title": title, "fields": [], "context": ""}
        session.add(FormDraftRow(token=title, member_id=people.member_id, form=form, created_at=at))


async def portal(db: Database, people: People, name: str, at: datetime, seen: datetime) -> None:
    """A sign-in link mailed at `at`, and a session last used at `seen`."""
    async with db.transaction() as session:
        session.add(
            SignInRow(
                email=f"{name}@mora.se", municipality="Mora", salt="s", locale="sv",
                next_path="", created_at=at, expires_at=at + timedelta(minutes=15),
            )
        )  # fmt: skip
        session.add(
            WebSessionRow(
                token_hash=name * 8, member_id=people.member_id, created_at=seen,
                last_seen_at=seen, expires_at=seen + timedelta(days=30),
            )
        )  # fmt: skip


# --- one of everything, for the use case, the CLI and the scheduler job ------------------

CARD_KEY = "wish-card:1:slack:C1"
# What `apply_retention` with the default policy does to `seed_everything`'s rows.
EXPECTED = {
    "sent_deliveries": 1,  # "old"
    "kept_deliveries": 2,  # the wish card's post, the old bridged message's copy
    "failed_deliveries": 1,  # "parked-old"
    "bridged_messages": 1,  # the old message (its copy's delivery goes with it)
    "feed_entries": 1,
    "unconfirmed_subscriptions": 1,
    "verification_codes": 1,
    "rate_limit_counts": 1,
    "wish_drafts": 1,
    "form_drafts": 1,
    "web_sign_ins": 1,
    "web_sessions": 1,
}


async def seed_everything(db: Database) -> None:
    """For each kind a row just inside its period and one just outside it."""
    people = await someone(db)
    await delivery(db, "new", at=inside(30))
    await delivery(db, "old", at=outside(30))
    await delivery(db, CARD_KEY, at=outside(30))
    await wish_card(db, CARD_KEY, people.member_id)
    await delivery(db, "parked-new", status="failed", at=inside(90))
    await delivery(db, "parked-old", status="failed", at=outside(90))
    bridge_id = await bridge(db)
    old = await bridged(db, bridge_id, "m1", outside(90))
    reply = await bridged(db, bridge_id, "m2", inside(90), parent_id=old)
    for message_id, at in ((old, outside(90)), (reply, inside(30))):
        await delivery(db, f"bridge:{message_id}:slack:C1", at=at)
        await copy(db, "bridge", message_id, f"bridge:{message_id}:slack:C1")
    await feed_entry(db, "https://kommun.example/ny", inside(180))
    await feed_entry(db, "https://kommun.example/gammal", outside(180))
    await subscriber(db, "ny@kommun.se", inside(7), confirm=inside(7))
    await subscriber(db, "gammal@kommun.se", outside(7), confirm=outside(7))
    await code(db, people, inside(1))
    await code(db, people, outside(1))
    await action(db, people, inside(1))
    await action(db, people, outside(1))
    await draft(db, people, "ny", inside(1))
    await draft(db, people, "gammal", outside(1))
    await portal(db, people, "ny", inside(1), inside(14))
    await portal(db, people, "gammal", outside(1), outside(14))


async def check_retained(db: Database) -> None:
    """What `seed_everything` leaves once retention ran: only what is inside its period,
    and the wish card's post without its content."""
    async with db.transaction() as session:
        outbox = {
            r.idempotency_key: r for r in (await session.execute(select(OutboxRow))).scalars()
        }
        assert set(outbox) == {"new", CARD_KEY, "parked-new", "bridge:2:slack:C1"}
        assert outbox[CARD_KEY].payload == {"text": ""}
        assert outbox[CARD_KEY].message_id == f"m-{CARD_KEY}"
        messages = (await session.execute(select(BridgedMessageRow))).scalars().all()
        assert [(m.message_id, m.parent_id) for m in messages] == [("m2", None)]
        copies = (await session.execute(select(MirrorCopyRow.outbox_key))).scalars().all()
        assert copies == ["bridge:2:slack:C1"]
        entries = await session.execute(select(FeedEntryRow.entry_key, FeedEntryRow.fingerprint))
        assert dict(entries.all()) == {
            "https://kommun.example/ny": "f" * 64,
            "https://kommun.example/gammal": "",
        }
        addresses = (await session.execute(select(MailSubscriberRow.address))).scalars().all()
        assert addresses == ["ny@kommun.se"]
        codes = (await session.execute(select(VerificationCodeRow.created_at))).scalars().all()
        assert codes == [inside(1)]
        actions = (await session.execute(select(ActionRow.at))).scalars().all()
        assert actions == [inside(1)]
        drafts = (await session.execute(select(WishDraftRow.title))).scalars().all()
        assert drafts == ["ny"]
        kept_forms = (await session.execute(select(FormDraftRow.token))).scalars().all()
        assert kept_forms == ["ny"]
        links = (await session.execute(select(SignInRow.email))).scalars().all()
        assert links == ["ny@mora.se"]
        sessions = (await session.execute(select(WebSessionRow.token_hash))).scalars().all()
        assert sessions == ["ny" * 8]
