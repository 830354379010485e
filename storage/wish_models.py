"""Tables of the wish list: wishes, one support per member, history, drafts and posted cards."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    and_,
    false,
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
        Index("ix_wishes_submitted_by_id", "submitted_by_id"),  # `/wishes mine`, an erase
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
    # Verified people and their municipalities supporting the wish, its merged duplicates
    # included: what the list is ranked by, so it is ranked and paged in the database. Kept by
    # triggers (migration 0015) on every change of a support, a merge or a person's
    # municipality, whichever code makes it; `storage.wishes.support_of` counts the same.
    support_members: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    support_municipalities: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Set by a trigger when the wish is added or its text, hiding or merging changes, so the
    # similar-wish index reads only what changed: on PostgreSQL the writing transaction's id
    # (read up to the oldest transaction still running), on SQLite, whose writers take turns,
    # one more than the highest.
    revision: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # The text's normalised words as the similar-wish index compares them, after a key of the
    # text and the rules that made them: a cache, normalised again when the key differs.
    terms: Mapped[str | None] = mapped_column(Text, nullable=True)


# The ranking, "en kommun, en röst": municipalities, then people, then age.
WISH_RANK = (
    WishRow.support_municipalities.desc(),
    WishRow.support_members.desc(),
    WishRow.created_at,
    WishRow.id,
)
# The listed wishes (neither hidden nor merged) in the order of the list, their module and
# status beside: a page is read along it and stops after ten, a count reads it alone. SQLite
# takes the first (it reads `merged_into_id IS NULL` as an equality, then the order follows);
# PostgreSQL the second, partial one (its planner takes `IS NULL` for no equality).
LISTED = and_(WishRow.hidden == false(), WishRow.merged_into_id.is_(None))
Index(
    "ix_wishes_rank",
    WishRow.hidden,
    WishRow.merged_into_id,
    *WISH_RANK,
    WishRow.module,
    WishRow.status,
)
Index(
    "ix_wishes_listed_rank",
    *WISH_RANK,
    WishRow.module,
    WishRow.status,
    postgresql_where=LISTED,
    sqlite_where=LISTED,
)
# What a count of the list reads (migration 0016): the listed wishes, then module and status.
# Partial on PostgreSQL only: a whole one there, before statistics, was taken for a page too
# (every listed wish read and sorted); SQLite takes no partial index.
Index(
    "ix_wishes_listed_count",
    WishRow.hidden,
    WishRow.merged_into_id,
    WishRow.module,
    WishRow.status,
    postgresql_where=LISTED,
)
Index("ix_wishes_revision", WishRow.revision)


class WishListCountRow(Base):
    """How many wishes of a module and status are listed (neither hidden nor merged), kept
    by triggers (migration 0018) on every insert, change and delete of a wish, whichever code
    makes it: a page of /wishes reads its count here instead of counting every listed wish
    (on PostgreSQL, before a VACUUM, visiting each one's row)."""

    __tablename__ = "wish_list_counts"

    module: Mapped[str] = mapped_column(String(60), primary_key=True)
    status: Mapped[str] = mapped_column(String(20), primary_key=True)
    listed: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


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
    # The portal's feed of status changes reads the newest of one kind.
    __table_args__ = (Index("ix_wish_events_kind_id", "kind", "id"),)

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


class WishlistRequestRow(Base):
    """A board member's /wishlist waiting to be made: the answer is immediate, the files
    come later through the outbox. Kept until its delivery is queued, so a process stopped
    while making it makes it again after a restart; `token` keys that delivery (a row id
    may be used again once its row is gone)."""

    __tablename__ = "wishlist_requests"
    __table_args__ = (UniqueConstraint("token", name="uq_wishlist_requests_token"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token: Mapped[str] = mapped_column(String(32))
    platform: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[str] = mapped_column(String(128))
    locale: Mapped[str] = mapped_column(String(8))
    module: Mapped[str | None] = mapped_column(String(60), nullable=True)
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime())
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
