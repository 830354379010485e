"""The e-mail list: subscribers with their state and the token in their personal links."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, UTCDateTime

PENDING, ACTIVE, UNSUBSCRIBED = "pending", "active", "unsubscribed"
# Addresses someone else put on the list: their first mail says how, and how to leave.
WELCOMED_SOURCES = ("board", "import")


class MailSubscriberRow(Base):
    """One address on the list. `status` moves pending → active → unsubscribed (and back).

    `token` is the secret in the address's confirmation and unsubscribe links; it is random
    and never shown anywhere but in mail to that address. `welcome_key` is the idempotency
    key of the mail that tells an address the board added or imported how it got on the
    list (set once, when that mail is queued, so a retry carries the same note).
    """

    __tablename__ = "mail_subscribers"
    __table_args__ = (
        UniqueConstraint("address", name="uq_mail_subscribers_address"),
        UniqueConstraint("token", name="uq_mail_subscribers_token"),
        Index("ix_mail_subscribers_status", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    address: Mapped[str] = mapped_column(String(254))
    name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16), default=PENDING)
    token: Mapped[str] = mapped_column(String(64))
    locale: Mapped[str] = mapped_column(String(8), default="sv")
    source: Mapped[str] = mapped_column(String(16))  # "board" | "web" | "import"
    added_by: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    confirm_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    unsubscribed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    welcome_key: Mapped[str | None] = mapped_column(String(255), nullable=True)
    welcomed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
