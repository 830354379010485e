"""Tables of the member portal on the web: sign-in links asked for, and signed-in sessions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, UTCDateTime


class SignInRow(Base):
    """A sign-in link mailed to an address. The link's secret is never kept: it is computed
    from a secret key and `salt` as the mail is sent and as the link is used
    (`handlers.portal.links`); `used_at` spends it."""

    __tablename__ = "web_sign_ins"
    __table_args__ = (Index("ix_web_sign_ins_email_created", "email", "created_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254))
    municipality: Mapped[str] = mapped_column(String(100))
    salt: Mapped[str] = mapped_column(String(64))
    locale: Mapped[str] = mapped_column(String(8))
    next_path: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class WebSessionRow(Base):
    """A signed-in browser: only a hash of its cookie is kept, so a copy of the database
    signs nobody in. It ends at `expires_at`, or when unused for the idle time."""

    __tablename__ = "web_sessions"
    __table_args__ = (
        UniqueConstraint("token_hash", name="uq_web_sessions_token_hash"),
        Index("ix_web_sessions_member_id", "member_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64))
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", name="fk_web_sessions_member_id_members", ondelete="CASCADE")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
