"""Tables. Changing one means a new Alembic revision (a test checks they agree)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

if TYPE_CHECKING:
    from storage.people_models import PersonRow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on every engine (SQLite keeps naive UTC text, compared as text)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use aware UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class MemberRow(Base):
    """A chat account (a Discord user, a Slack user, a console name) of one person.

    What is remembered or counted belongs to the person (`storage.people_models.PersonRow`);
    linked accounts share one.
    """

    __tablename__ = "members"
    __table_args__ = (
        UniqueConstraint("platform", "user_id", name="uq_members_platform_user"),
        Index("ix_members_person_id", "person_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(128))
    display_name: Mapped[str] = mapped_column(String(200))
    # Always set; nullable in the schema only because SQLite cannot add a NOT NULL foreign
    # key to a table that others refer to without rebuilding them all (migration 0008).
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", name="fk_members_person_id_people"), nullable=True
    )
    person: Mapped[PersonRow] = relationship(lazy="selectin")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ChannelTopicRow(Base):
    """A channel that receives one kind of post (announcements, news, …)."""

    __tablename__ = "channel_topics"
    __table_args__ = (
        UniqueConstraint("platform", "channel_id", "topic", name="uq_channel_topics_channel_topic"),
        Index("ix_channel_topics_topic", "topic"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    channel_id: Mapped[str] = mapped_column(String(128))
    channel_name: Mapped[str] = mapped_column(String(200), default="")
    topic: Mapped[str] = mapped_column(String(32))
    added_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class OutboxRow(Base):
    """One delivery (send, edit or delete) to one destination, keyed for idempotency.

    Status moves pending → sending (claimed under a lease) → sent | pending (retry) | failed.
    `in_doubt` is set when an earlier attempt may have reached the platform, so the next one
    uses the platform's duplicate suppression.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        UniqueConstraint("idempotency_key", name="uq_outbox_idempotency_key"),
        Index("ix_outbox_destination_id", "destination", "id"),
        Index("ix_outbox_status_next", "status", "next_attempt_at"),
        Index("ix_outbox_ref_key", "ref_key"),  # the edits and deletes of a post
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    idempotency_key: Mapped[str] = mapped_column(String(255))
    destination: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(String(160))
    action: Mapped[str] = mapped_column(String(8), default="send")
    ref_key: Mapped[str | None] = mapped_column(String(255), nullable=True)
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(10), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    in_doubt: Mapped[bool] = mapped_column(Boolean, default=False)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    claim_token: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Every part's id, comma-joined: a long post split into many parts needs room.
    message_id: Mapped[str | None] = mapped_column(Text, nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class SeenRequestRow(Base):
    """An inbound request's signature or an event's id, already handled: a replay within the
    window is refused and a platform's retry of a handled event is not handled again. In the
    database, so every process sees it; rows go once `expires_at` passes."""

    __tablename__ = "seen_requests"
    __table_args__ = (
        UniqueConstraint("key", name="uq_seen_requests_key"),
        Index("ix_seen_requests_expires_at", "expires_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(160))
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ThrottleHitRow(Base):
    """One use of something a stranger can trigger (the subscription form), under a key such
    as a hashed client address or a recipient domain; counted for rate limits by every
    process, and cleared once older than the longest window."""

    __tablename__ = "throttle_hits"
    __table_args__ = (
        Index("ix_throttle_hits_key_at", "key", "at"),
        Index("ix_throttle_hits_at", "at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(160))
    at: Mapped[datetime] = mapped_column(UTCDateTime())


# An account's person is mapped in `people_models`; load it wherever accounts are, so the
# mapper finds it even in a process that imports only the outbox.
from storage import people_models  # noqa: E402, F401


class FormDraftRow(Base):
    """A refused form kept filled in, so a platform that cannot show it again at once
    (Discord answers a form with a message) offers a button that reopens it. Only its
    member may reopen it; it goes after a day (retention) or with the member."""

    __tablename__ = "form_drafts"
    __table_args__ = (
        UniqueConstraint("token", name="uq_form_drafts_token"),
        Index("ix_form_drafts_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(32))
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", name="fk_form_drafts_member_id_members")
    )
    form: Mapped[dict[str, Any]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class PlatformStateRow(Base):
    """What a platform adapter keeps between runs (a sync token, a member's direct room), by
    platform and key: the adapter reaches it through the door, never the database."""

    __tablename__ = "platform_state"
    __table_args__ = (UniqueConstraint("platform", "key", name="uq_platform_state_platform_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    platform: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(255))
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
