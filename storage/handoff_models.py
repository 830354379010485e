"""Tables of the wish list's hand-offs to the vendor: each batch sent, and the wishes in it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, UTCDateTime


class HandoffBatchRow(Base):
    """One ranked list mailed to the vendor's helpdesk: its number is the batch's reference."""

    __tablename__ = "handoff_batches"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    sent_at: Mapped[datetime] = mapped_column(UTCDateTime())
    sent_by: Mapped[str] = mapped_column(String(200))  # the board member's name, as shown
    sent_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", name="fk_handoff_batches_sent_by_id_people"), nullable=True
    )
    address: Mapped[str] = mapped_column(String(320))  # where it went, as configured then
    module: Mapped[str | None] = mapped_column(String(60), nullable=True)  # the selection
    status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    wishes: Mapped[int] = mapped_column(Integer)  # how many were in it


class HandoffWishRow(Base):
    """A wish in a batch, at its place in the ranked list as sent."""

    __tablename__ = "handoff_wishes"
    __table_args__ = (Index("ix_handoff_wishes_wish_id", "wish_id"),)

    batch_id: Mapped[int] = mapped_column(
        ForeignKey(
            "handoff_batches.id",
            name="fk_handoff_wishes_batch_id_handoff_batches",
            ondelete="CASCADE",
        ),
        primary_key=True,
    )
    wish_id: Mapped[int] = mapped_column(
        ForeignKey("wishes.id", name="fk_handoff_wishes_wish_id_wishes"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer)  # 1 for the first of the list
    status_before: Mapped[str] = mapped_column(String(20))  # what it was before it was sent
