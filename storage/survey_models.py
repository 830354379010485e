"""Tables of member surveys: the survey, its questions, and one answer per member."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from storage.models import Base, UTCDateTime


class SurveyRow(Base):
    """A survey: drafted, then open for answers until it closes."""

    __tablename__ = "surveys"
    __table_args__ = (Index("ix_surveys_status_closes_at", "status", "closes_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(150))
    intro: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(12), default="draft")  # open | closed
    closes_at: Mapped[datetime] = mapped_column(UTCDateTime())
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)
    reminded_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), nullable=True)


class SurveyQuestionRow(Base):
    """One question: single or multiple choice, a scale 1–5, or free text."""

    __tablename__ = "survey_questions"
    __table_args__ = (
        UniqueConstraint("survey_id", "position", name="uq_survey_questions_survey_position"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)  # 1, 2, … in the order asked
    kind: Mapped[str] = mapped_column(String(12))  # single | multiple | scale | text
    text: Mapped[str] = mapped_column(String(300))
    choices: Mapped[list[str]] = mapped_column(JSON, default=list)
    required: Mapped[bool] = mapped_column(Boolean, default=True)


class SurveyAnswerRow(Base):
    """A person's answers to one survey (changeable until it closes), whichever account.

    `answers` maps a question's position (as text) to the answer: a choice, a list of
    choices, a number 1–5 or a text.
    """

    __tablename__ = "survey_answers"
    __table_args__ = (
        UniqueConstraint("survey_id", "person_id", name="uq_survey_answers_survey_person"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", name="fk_survey_answers_person_id_people", ondelete="CASCADE")
    )
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    complete: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
