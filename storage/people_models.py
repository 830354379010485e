"""Tables of people: one person behind every chat account, how their municipality was
verified, the log of changes to it, one-time codes, board-managed domains and action limits."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, UTCDateTime

BY_ADDRESS, BY_APPROVAL = "address", "approval"


class PersonRow(Base):
    """A person: what counts and is remembered once, whichever account they use.

    `municipality` is set only when verified (`verified_via` says how): a work address at a
    municipality's domain, or a board member's approval. Nothing a member types sets it.
    """

    __tablename__ = "people"
    __table_args__ = (
        UniqueConstraint("email", name="uq_people_email"),
        Index("ix_people_municipality", "municipality"),
        # A person's number is never given to another after a merge (`/member show #N`).
        {"sqlite_autoincrement": True},
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    locale: Mapped[str | None] = mapped_column(String(8), nullable=True)
    notifications: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    email: Mapped[str | None] = mapped_column(String(254), nullable=True)
    municipality: Mapped[str | None] = mapped_column(String(100), nullable=True)
    verified_via: Mapped[str | None] = mapped_column(String(12), nullable=True)
    verified_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", name="fk_people_verified_by_id_people", ondelete="SET NULL"),
        nullable=True,
    )
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    blocked_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    blocked_reason: Mapped[str | None] = mapped_column(String(300), nullable=True)
    blocked_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", name="fk_people_blocked_by_id_people", ondelete="SET NULL"),
        nullable=True,
    )
    # When the person first used a command; None for someone only seen posting in a bridged
    # channel, who gets no reminders from a bot they never used.
    joined_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())


class AffiliationChangeRow(Base):
    """Every change of a person's verified municipality: who, when, before, after, how."""

    __tablename__ = "affiliation_changes"
    __table_args__ = (Index("ix_affiliation_changes_person_id", "person_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", name="fk_affiliation_changes_person_id_people", ondelete="CASCADE")
    )
    before: Mapped[str | None] = mapped_column(String(100), nullable=True)
    after: Mapped[str | None] = mapped_column(String(100), nullable=True)
    how: Mapped[str] = mapped_column(String(12))  # address | approval | revoked | linked
    by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", name="fk_affiliation_changes_by_id_people", ondelete="SET NULL"),
        nullable=True,
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class VerificationCodeRow(Base):
    """A one-time code mailed to an address, bound to the account that asked for it.

    The code itself is never kept: it is computed from a secret key and `salt`
    (`handlers.people.codes`). `attempts` counts wrong guesses, `used_at` spends it.
    """

    __tablename__ = "verification_codes"
    __table_args__ = (
        Index("ix_verification_codes_person_created", "person_id", "created_at"),
        Index("ix_verification_codes_email_created", "email", "created_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", name="fk_verification_codes_member_id_members", ondelete="CASCADE")
    )
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", name="fk_verification_codes_person_id_people", ondelete="CASCADE")
    )
    email: Mapped[str] = mapped_column(String(254))
    municipality: Mapped[str] = mapped_column(String(100))
    salt: Mapped[str] = mapped_column(String(64))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class BoardDomainRow(Base):
    """A mail domain the board counts for a municipality (a joint board, a municipal company)."""

    __tablename__ = "board_domains"
    __table_args__ = (UniqueConstraint("domain", name="uq_board_domains_domain"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    domain: Mapped[str] = mapped_column(String(253))
    municipality: Mapped[str] = mapped_column(String(100))
    added_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", name="fk_board_domains_added_by_id_people", ondelete="SET NULL"),
        nullable=True,
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class ActionRow(Base):
    """One counted action of a person (a wish, a proposal, a command), for rate limits that
    hold across accounts, restarts and processes; rows older than the longest window go."""

    __tablename__ = "person_actions"
    __table_args__ = (Index("ix_person_actions_person_kind_at", "person_id", "kind", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", name="fk_person_actions_person_id_people", ondelete="CASCADE")
    )
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
