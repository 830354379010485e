"""Tables of what the bot mirrors: announcements, bridge groups, bridged messages and the
stored mapping from each original to its copies (so edits and deletes survive a restart)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models import Base, MemberRow, UTCDateTime


class AnnouncementRow(Base):
    """A board announcement: posted in an announcement channel or with /announce.

    `source_key` identifies the original (`discord:CHANNEL:MESSAGE`, or `announce:…` for the
    command), so a platform delivering the same event twice still makes one announcement.
    """

    __tablename__ = "announcements"
    __table_args__ = (
        UniqueConstraint("source_key", name="uq_announcements_source_key"),
        Index("ix_announcements_created_at", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_key: Mapped[str] = mapped_column(String(255))
    source_platform: Mapped[str] = mapped_column(String(32))
    source_channel_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    author_name: Mapped[str] = mapped_column(String(200))  # the byline, as published
    author_id: Mapped[int | None] = mapped_column(  # None once the author is erased
        ForeignKey("members.id", name="fk_announcements_author_id_members"), nullable=True
    )
    title: Mapped[str | None] = mapped_column(String(200), nullable=True)
    text: Mapped[str] = mapped_column(Text)
    link: Mapped[str | None] = mapped_column(String(500), nullable=True)
    attachments: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class MirrorCopyRow(Base):
    """One copy of an original (an announcement or a bridged message) in one destination.

    The copy's platform message id lives on its outbox row (`outbox_key`); edits and deletes
    of the original are queued against that key.
    """

    __tablename__ = "mirror_copies"
    __table_args__ = (
        UniqueConstraint("outbox_key", name="uq_mirror_copies_outbox_key"),
        Index("ix_mirror_copies_source", "source_kind", "source_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source_kind: Mapped[str] = mapped_column(String(16))  # "announcement" | "bridge"
    source_id: Mapped[int] = mapped_column(Integer)
    platform: Mapped[str] = mapped_column(String(32))
    target: Mapped[str] = mapped_column(String(160))
    outbox_key: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class BridgeRow(Base):
    """A bridge group: channels on any platform that are one room."""

    __tablename__ = "bridges"
    __table_args__ = (UniqueConstraint("name", name="uq_bridges_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class BridgeChannelRow(Base):
    """A channel in a bridge group; a channel belongs to at most one group."""

    __tablename__ = "bridge_channels"
    __table_args__ = (
        UniqueConstraint("platform", "channel_id", name="uq_bridge_channels_platform_channel"),
        Index("ix_bridge_channels_bridge_id", "bridge_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bridge_id: Mapped[int] = mapped_column(ForeignKey("bridges.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(32))
    channel_id: Mapped[str] = mapped_column(String(128))
    channel_name: Mapped[str] = mapped_column(String(200), default="")
    added_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class BridgedMessageRow(Base):
    """A member's message in a bridged channel, kept so edits, deletes and replies follow it."""

    __tablename__ = "bridged_messages"
    __table_args__ = (
        UniqueConstraint("platform", "channel_id", "message_id", name="uq_bridged_messages_source"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bridge_id: Mapped[int] = mapped_column(ForeignKey("bridges.id", ondelete="CASCADE"))
    platform: Mapped[str] = mapped_column(String(32))
    channel_id: Mapped[str] = mapped_column(String(128))
    message_id: Mapped[str] = mapped_column(String(128))
    thread_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    parent_id: Mapped[int | None] = mapped_column(
        Integer, nullable=True
    )  # the bridged message answered
    # The account that wrote it; the copies show its name (`author.display_name`). None once
    # the author is erased (the text is gone then too).
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", name="fk_bridged_messages_author_id_members"), nullable=True
    )
    author: Mapped[MemberRow | None] = relationship(lazy="selectin")
    author_avatar_url: Mapped[str | None] = mapped_column(String(500), nullable=True)
    text: Mapped[str] = mapped_column(Text, default="")
    attachments: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
