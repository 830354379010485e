"""Tables of the board's meetings: the calendar, members' agenda proposals, and every post a
meeting schedules (kept here, not in memory, so a restart neither loses nor repeats one)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from storage.models import Base, MemberRow, UTCDateTime


class MeetingRow(Base):
    """A board meeting (monthly, quarterly) or the annual user meeting, in UTC."""

    __tablename__ = "meetings"
    __table_args__ = (Index("ix_meetings_starts_at", "starts_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(150))
    kind: Mapped[str] = mapped_column(String(16))  # monthly | quarterly | annual
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime())
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime())
    open: Mapped[bool] = mapped_column(Boolean, default=False)  # members may join
    link: Mapped[str | None] = mapped_column(String(500), nullable=True)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    cancelled_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    cancel_reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    sequence: Mapped[int] = mapped_column(Integer, default=0)  # iCalendar SEQUENCE
    announcement_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The recording, for members who could not attend; when it was last set or removed (what
    # the archive and its feed say was updated).
    recording_url: Mapped[str | None] = mapped_column(String(500), nullable=True)
    recording_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class AgendaItemRow(Base):
    """A member's proposal for a meeting's agenda, and the board's answer."""

    __tablename__ = "agenda_items"
    __table_args__ = (Index("ix_agenda_items_meeting_id", "meeting_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    wish_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The account that proposed it (answers go there); name and municipality are its person's.
    # None once the proposer is erased: the item shows "a member".
    proposer_id: Mapped[int | None] = mapped_column(
        ForeignKey("members.id", name="fk_agenda_items_proposer_id_members"), nullable=True
    )
    proposer: Mapped[MemberRow | None] = relationship(lazy="selectin")
    status: Mapped[str] = mapped_column(String(16), default="proposed")  # accepted | declined
    reason: Mapped[str | None] = mapped_column(Text, nullable=True)
    decided_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class ScheduledPostRow(Base):
    """A post a meeting makes at a set time: the call for items, the agenda, the reminder,
    the board's reminder to post minutes. Moving the meeting moves the time; cancelling it
    withdraws what has not gone out."""

    __tablename__ = "scheduled_posts"
    __table_args__ = (
        UniqueConstraint("meeting_id", "kind", name="uq_scheduled_posts_meeting_kind"),
        Index("ix_scheduled_posts_status_due", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # call | agenda | reminder | minutes
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(12), default="pending")  # done | withdrawn | skipped
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class WorkshopRow(Base):
    """A workshop of the annual user meeting (one per module unless the board sets others),
    with its places (None: as many as come)."""

    __tablename__ = "meeting_workshops"
    __table_args__ = (UniqueConstraint("meeting_id", "name", name="uq_meeting_workshops_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(60))
    capacity: Mapped[int | None] = mapped_column(Integer, nullable=True)


class RegistrationRow(Base):
    """A person's registration for a meeting: one workshop, with a place or waiting for one
    (the earliest `queued_at` first)."""

    __tablename__ = "meeting_registrations"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id", name="uq_meeting_registrations_person"),
        Index("ix_meeting_registrations_workshop", "workshop_id", "status", "queued_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    workshop_id: Mapped[int] = mapped_column(ForeignKey("meeting_workshops.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(
        ForeignKey(
            "people.id", name="fk_meeting_registrations_person_id_people", ondelete="CASCADE"
        )
    )
    member_id: Mapped[int] = mapped_column(  # the account to tell (the one registered from)
        ForeignKey(
            "members.id", name="fk_meeting_registrations_member_id_members", ondelete="CASCADE"
        )
    )
    status: Mapped[str] = mapped_column(String(10))  # registered | waiting
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
