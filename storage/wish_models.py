"""Tables of the wish list: wishes, one support per member, history, drafts and posted cards."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, UTCDateTime


class WishRow(Base):
    """A development wish; `merged_into_id` points a duplicate at its original (one hop)."""

    __tablename__ = "wishes"
    __table_args__ = (
        UniqueConstraint("source", "external_id", name="uq_wishes_source_external_id"),
        Index("ix_wishes_status", "status"),
        Index("ix_wishes_merged_into_id", "merged_into_id"),
        Index("ix_wishes_updated_at", "updated_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    module: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(20), default="ny")
    municipality: Mapped[str | None] = mapped_column(String(100), nullable=True)
    submitted_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", name="fk_wishes_submitted_by_id_members"), nullable=True
    )
    merged_into_id: Mapped[int | None] = mapped_column(
        ForeignKey("wishes.id", name="fk_wishes_merged_into_id_wishes"), nullable=True
    )
    hidden: Mapped[bool] = mapped_column(Boolean, default=False)
    vendor_reference: Mapped[str | None] = mapped_column(String(100), nullable=True)
    source: Mapped[str | None] = mapped_column(String(60), nullable=True)
    external_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class WishSupportRow(Base):
    """One person's support for one wish, whichever of their accounts gave it.

    The municipality it counts for is the person's verified one, read when counting: support
    follows the person (see README, "Who counts").
    """

    __tablename__ = "wish_supports"
    __table_args__ = (
        UniqueConstraint("wish_id", "person_id", name="uq_wish_supports_wish_person"),
        Index("ix_wish_supports_person_id", "person_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    wish_id: Mapped[int] = mapped_column(
        ForeignKey("wishes.id", name="fk_wish_supports_wish_id_wishes"), index=True
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", name="fk_wish_supports_person_id_people")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class WishEventRow(Base):
    """The history of a wish: created, edited, status changes, merges, hiding."""

    __tablename__ = "wish_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    wish_id: Mapped[int] = mapped_column(
        ForeignKey("wishes.id", name="fk_wish_events_wish_id_wishes"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    # The person who acted; `actor` is kept only for actors who are no person (an import).
    actor_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", name="fk_wish_events_actor_id_people", ondelete="SET NULL"),
        nullable=True,
    )
    actor: Mapped[str] = mapped_column(String(200))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class WishDraftRow(Base):
    """A wish waiting for its author's choice between similar wishes and "submit as new"."""

    __tablename__ = "wish_drafts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", name="fk_wish_drafts_member_id_members")
    )
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    module: Mapped[str] = mapped_column(String(60))
    municipality: Mapped[str | None] = mapped_column(String(100), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class WishCardRow(Base):
    """A wish's card in one channel; `version` numbers the edits sent through the outbox."""

    __tablename__ = "wish_cards"
    __table_args__ = (
        UniqueConstraint("wish_id", "platform", "channel_id", name="uq_wish_cards_wish_channel"),
        Index("ix_wish_cards_card_key", "card_key"),  # retention asks which posts are cards
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    wish_id: Mapped[int] = mapped_column(
        ForeignKey("wishes.id", name="fk_wish_cards_wish_id_wishes"), index=True
    )
    platform: Mapped[str] = mapped_column(String(32))
    channel_id: Mapped[str] = mapped_column(String(128))
    card_key: Mapped[str] = mapped_column(String(255))
    version: Mapped[int] = mapped_column(Integer, default=0)
