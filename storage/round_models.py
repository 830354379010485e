"""Tables of prioritisation rounds: each municipality spreads a budget of points over the
open wishes; the result is kept on each wish."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, UTCDateTime


class RoundRow(Base):
    """A round: its budget per municipality, which module (or all), when it closes."""

    __tablename__ = "rounds"
    __table_args__ = (
        Index("ix_rounds_status_closes_at", "status", "closes_at"),
        # At most one open round, even when two board members open one at the same moment.
        Index(
            "uq_rounds_one_open",
            "status",
            unique=True,
            sqlite_where=text("status = 'open'"),
            postgresql_where=text("status = 'open'"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    module: Mapped[str | None] = mapped_column(String(60), nullable=True)
    points: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12), default="open")  # open | closed | cancelled
    opened_by: Mapped[str] = mapped_column(String(200))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closes_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class RoundWishRow(Base):
    """A wish taking part in a round (fixed when the round opens)."""

    __tablename__ = "round_wishes"
    __table_args__ = (UniqueConstraint("round_id", "wish_id", name="uq_round_wishes_round_wish"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    wish_id: Mapped[int] = mapped_column(ForeignKey("wishes.id", ondelete="CASCADE"))


class RoundPointsRow(Base):
    """A municipality's points on one wish in one round; the last change wins."""

    __tablename__ = "round_points"
    __table_args__ = (
        UniqueConstraint(
            "round_id", "municipality", "wish_id", name="uq_round_points_round_municipality_wish"
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    municipality: Mapped[str] = mapped_column(String(100))
    wish_id: Mapped[int] = mapped_column(ForeignKey("wishes.id", ondelete="CASCADE"))
    points: Mapped[int] = mapped_column(Integer)
    changed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", name="fk_round_points_changed_by_id_people", ondelete="SET NULL"),
        nullable=True,
    )
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RoundPointChangeRow(Base):
    """Every change of a municipality's points in a round: who, when, before and after."""

    __tablename__ = "round_point_changes"
    __table_args__ = (Index("ix_round_point_changes_round_id", "round_id", "municipality"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    municipality: Mapped[str] = mapped_column(String(100))
    wish_id: Mapped[int] = mapped_column(ForeignKey("wishes.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey(
            "people.id", name="fk_round_point_changes_person_id_people", ondelete="SET NULL"
        ),
        nullable=True,
    )
    before: Mapped[int] = mapped_column(Integer)
    after: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())


class RoundResultRow(Base):
    """A wish's place in a closed round: the "round result" the wish list shows."""

    __tablename__ = "round_results"
    __table_args__ = (
        UniqueConstraint("round_id", "wish_id", name="uq_round_results_round_wish"),
        Index("ix_round_results_wish_id", "wish_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    round_id: Mapped[int] = mapped_column(ForeignKey("rounds.id", ondelete="CASCADE"))
    wish_id: Mapped[int] = mapped_column(ForeignKey("wishes.id", ondelete="CASCADE"))
    rank: Mapped[int] = mapped_column(Integer)
    points: Mapped[int] = mapped_column(Integer)
    municipalities: Mapped[int] = mapped_column(Integer)
