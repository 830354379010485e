"""Tables of a wish's discussion and of following wishes.

A discussion is one list of comments (`wish_comments`), written on the web or in a chat
thread; each chat thread that carries it is a `wish_threads` row, and every comment is
copied into every thread but its own through the outbox. Following (`wish_follows`) says
who is mailed about a wish; `follow_digests` remembers up to when each person was told.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, UTCDateTime


class WishThreadRow(Base):
    """A chat thread that holds a wish's discussion: under the wish's card in a channel,
    started by a member's *Diskutera*. `root_id` is the card message the thread hangs on
    (on Discord also the thread's own channel id)."""

    __tablename__ = "wish_threads"
    __table_args__ = (
        UniqueConstraint("wish_id", "platform", "channel_id", name="uq_wish_threads_wish_channel"),
        Index("ix_wish_threads_platform_root", "platform", "root_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    wish_id: Mapped[int] = mapped_column(
        ForeignKey("wishes.id", name="fk_wish_threads_wish_id_wishes")
    )
    platform: Mapped[str] = mapped_column(String(32))
    channel_id: Mapped[str] = mapped_column(String(128))
    root_id: Mapped[str] = mapped_column(String(128))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())


class WishCommentRow(Base):
    """One comment on a wish, from the web (`platform` "web") or from a chat thread (with
    the chat message it is). The author is a person; erasing them empties the comment."""

    __tablename__ = "wish_comments"
    __table_args__ = (
        Index("ix_wish_comments_wish_id_id", "wish_id", "id"),
        Index("ix_wish_comments_created_at", "created_at"),
        Index("ix_wish_comments_person_id", "person_id"),
        UniqueConstraint("platform", "channel_id", "message_id", name="uq_wish_comments_platform"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    wish_id: Mapped[int] = mapped_column(
        ForeignKey("wishes.id", name="fk_wish_comments_wish_id_wishes")
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", name="fk_wish_comments_person_id_people", ondelete="SET NULL"),
        nullable=True,
    )
    author_name: Mapped[str] = mapped_column(String(200))
    platform: Mapped[str] = mapped_column(String(32))
    channel_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    message_id: Mapped[str | None] = mapped_column(String(128), nullable=True)
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    edited_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    hidden_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    hidden_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", name="fk_wish_comments_hidden_by_id_people", ondelete="SET NULL"),
        nullable=True,
    )


class WishFollowRow(Base):
    """A person's own choice about one wish: following it (`following`) or not. A
    supporter with no row follows by default; a row with `following` False stops that."""

    __tablename__ = "wish_follows"
    __table_args__ = (
        UniqueConstraint("wish_id", "person_id", name="uq_wish_follows_wish_person"),
        Index("ix_wish_follows_person_id", "person_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    wish_id: Mapped[int] = mapped_column(
        ForeignKey("wishes.id", name="fk_wish_follows_wish_id_wishes")
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", name="fk_wish_follows_person_id_people", ondelete="CASCADE")
    )
    following: Mapped[bool] = mapped_column(Boolean)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class FollowDigestRow(Base):
    """Up to when a person has been told about the wishes they follow, and whether they
    want the daily mail at all (`mail` False: the "all wishes" unsubscribe)."""

    __tablename__ = "follow_digests"

    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", name="fk_follow_digests_person_id_people", ondelete="CASCADE"),
        primary_key=True,
    )
    mail: Mapped[bool] = mapped_column(Boolean, default=True)
    told_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
