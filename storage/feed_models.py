"""Tables of the news feeds: feeds, where they post, and every entry ever seen."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, UTCDateTime


class FeedRow(Base):
    """A polled RSS/Atom feed with its health and conditional-GET validators."""

    __tablename__ = "feeds"
    __table_args__ = (UniqueConstraint("url", name="uq_feeds_url"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    url: Mapped[str] = mapped_column(String(500))
    title: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str | None] = mapped_column(String(100), nullable=True)
    keywords: Mapped[str] = mapped_column(String(300), default="")
    added_by: Mapped[str] = mapped_column(String(200))
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    primed: Mapped[bool] = mapped_column(Boolean, default=False)  # first poll done
    backfill: Mapped[int] = mapped_column(Integer, default=0)
    etag: Mapped[str | None] = mapped_column(String(300), nullable=True)
    last_modified: Mapped[str | None] = mapped_column(String(100), nullable=True)
    interval_seconds: Mapped[int] = mapped_column(Integer, default=600)
    next_poll_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_success_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class FeedTargetRow(Base):
    """A channel a feed posts to (a feed may post to several, on several platforms)."""

    __tablename__ = "feed_targets"
    __table_args__ = (
        UniqueConstraint("feed_id", "platform", "channel_id", name="uq_feed_targets_channel"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(
        ForeignKey("feeds.id", name="fk_feed_targets_feed_id_feeds", ondelete="CASCADE"),
        index=True,
    )
    platform: Mapped[str] = mapped_column(String(32))
    channel_id: Mapped[str] = mapped_column(String(128))
    channel_name: Mapped[str] = mapped_column(String(200), default="")


class FeedEntryRow(Base):
    """An entry seen in a feed, kept for good so nothing is ever posted twice; after
    RETAIN_FEED_ENTRIES_DAYS only its id (`storage.retention` clears the fingerprint)."""

    __tablename__ = "feed_entries"
    __table_args__ = (UniqueConstraint("feed_id", "entry_key", name="uq_feed_entries_key"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    feed_id: Mapped[int] = mapped_column(
        ForeignKey("feeds.id", name="fk_feed_entries_feed_id_feeds", ondelete="CASCADE"),
        index=True,
    )
    entry_key: Mapped[str] = mapped_column(String(600))
    fingerprint: Mapped[str] = mapped_column(String(64))
    posted: Mapped[bool] = mapped_column(Boolean, default=False)
    version: Mapped[int] = mapped_column(Integer, default=0)
    seen_at: Mapped[datetime] = mapped_column(UTCDateTime())


class MinutesRow(Base):
    """Board minutes as posted: the archive members can list and search."""

    __tablename__ = "minutes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_date: Mapped[str] = mapped_column(String(10))  # YYYY-MM-DD, Stockholm
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(Text, default="")
    link: Mapped[str | None] = mapped_column(String(500), nullable=True)
    posted_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    meeting_id: Mapped[int | None] = mapped_column(Integer, nullable=True)  # the meeting minuted
