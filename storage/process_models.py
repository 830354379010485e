"""The processes of one deployment, each beating in a row (what `bryggan processes` lists),
and which dispatcher process holds which destination for a while."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, UTCDateTime


class ProcessRow(Base):
    """One `bryggan run`: its roles, what it leads and its last beat (a stopped one keeps
    its row a while, with `stopped_at`, so an operator sees it went away cleanly)."""

    __tablename__ = "processes"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    host: Mapped[str] = mapped_column(String(255))
    pid: Mapped[int] = mapped_column(Integer)
    roles: Mapped[str] = mapped_column(String(100))  # comma-separated, in ROLES' order
    leads: Mapped[str] = mapped_column(String(100), default="")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime())
    beat_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    stopped_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class OutboxHoldRow(Base):
    """A destination's posts go through one dispatcher process while it holds it: that
    process's pacer, which alone knows the destination's recent posts, keeps it within the
    platform's per-channel limit. A hold ends `held_until`, renewed at every claim."""

    __tablename__ = "outbox_holds"

    destination: Mapped[str] = mapped_column(String(200), primary_key=True)
    holder: Mapped[str] = mapped_column(String(36))
    held_until: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
