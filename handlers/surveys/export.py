"""A survey's results counted once, and written out as the board's files (CSV and Markdown).

The same tally feeds `/survey results` in chat and `bryggan survey export`, so the chat,
the attached files and the command line never disagree. Every stored answer counts for the
questions it answers (a member who sent part 1 of 2 has answered those questions); how many
answers are complete is said beside.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from babel.numbers import format_decimal, format_percent
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.i18n import N_, Translator
from handlers.spreadsheet import guarded
from storage.survey_models import SurveyAnswerRow, SurveyQuestionRow, SurveyRow
from storage.surveys import CountedAnswer, answers_to, get_survey, questions_of

FIXED_COLUMNS = ("survey", "municipality", "member", "submitted", "complete")
UNKNOWN = N_("not verified")  # answers of unverified people count for no municipality
CHOICE_KINDS = ("single", "multiple", "scale")


@dataclass(frozen=True)
class SurveyData:
    """A survey with its questions and every stored answer, oldest first."""

    survey: SurveyRow
    questions: list[SurveyQuestionRow]
    answers: list[CountedAnswer]

    @property
    def complete(self) -> int:
        return sum(1 for a in self.answers if a.complete)


@dataclass
class Tally:
    """One question's counts: per choice, and per municipality and choice."""

    question: SurveyQuestionRow
    answered: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    by_municipality: dict[str | None, Counter[str]] = field(default_factory=dict)
    places: Counter[str | None] = field(default_factory=Counter)  # who answered, where
    total: int = 0  # the sum of a scale's answers, for its mean
    texts: list[tuple[CountedAnswer, str]] = field(default_factory=list)

    def share(self, choice: str) -> float:
        """Of the members who answered this question (for multiple choice the shares may
        add up to more than 1: a member can pick several)."""
        return self.counts.get(choice, 0) / self.answered if self.answered else 0.0

    @property
    def mean(self) -> float | None:
        if self.question.kind != "scale" or not self.answered:
            return None
        return self.total / self.answered


async def load(session: AsyncSession, survey_id: int) -> SurveyData | None:
    survey = await get_survey(session, survey_id)
    if survey is None:
        return None
    return SurveyData(
        survey, await questions_of(session, survey_id), await answers_to(session, survey_id)
    )


def given(answer: CountedAnswer | SurveyAnswerRow, question: SurveyQuestionRow) -> Any:
    """The member's answer to one question, or None when they left it out."""
    value = (answer.answers or {}).get(str(question.position))
    if value is None or value == "" or value == []:
        return None
    return value


def tally(data: SurveyData) -> list[Tally]:
    found = []
    for question in data.questions:
        counted = Tally(question, counts=dict.fromkeys(question.choices, 0))
        for answer in data.answers:
            value = given(answer, question)
            if value is None:
                continue
            counted.answered += 1
            counted.places[answer.municipality] += 1
            if question.kind == "text":
                counted.texts.append((answer, str(value)))
                continue
            picked = [str(v) for v in value] if isinstance(value, list) else [str(value)]
            if question.kind == "scale":
                counted.total += int(value) if str(value).isdigit() else 0
            place = counted.by_municipality.setdefault(answer.municipality, Counter())
            for choice in picked:
                counted.counts[choice] = counted.counts.get(choice, 0) + 1
                place[choice] += 1
        found.append(counted)
    return found


def municipalities(counts: Counter[str | None]) -> list[tuple[str | None, int]]:
    """Respondents per municipality, most first; the unknown last."""
    return sorted(counts.items(), key=lambda item: (item[0] is None, -item[1], item[0] or ""))


def place_name(municipality: str | None, _: Translator) -> str:
    return municipality or _(UNKNOWN)


def municipality_line(answers: list[CountedAnswer], _: Translator) -> str:
    """ "Växjö 3, Umeå 2, okänd kommun 1"."""
    counts = Counter(a.municipality for a in answers)
    return ", ".join(f"{place_name(m, _)} {n}" for m, n in municipalities(counts))


def answered_line(data: SurveyData, _: Translator) -> str:
    return _.ngettext(
        "{n} member has answered ({complete} complete).",
        "{n} members have answered ({complete} complete).",
        len(data.answers),
        complete=data.complete,
    )


def percent(share: float, _: Translator) -> str:
    return str(format_percent(share, locale=_.locale))


def decimal(value: float, _: Translator) -> str:
    return str(format_decimal(value, "0.0", locale=_.locale))


def _value(value: Any) -> str:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return "" if value is None else str(value)


def question_column(question: SurveyQuestionRow) -> str:
    return f"{question.position}. {question.text}"


def to_csv(data: SurveyData, zone: ZoneInfo) -> str:
    """One row per member's answer; multiple choices joined with "; "."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*FIXED_COLUMNS, *(question_column(q) for q in data.questions)])
    for answer in data.answers:
        submitted = answer.updated_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
        cells = [
            str(data.survey.id),
            answer.municipality or "",
            answer.member_name,
            submitted,
            "yes" if answer.complete else "no",
            *(_value(given(answer, q)) for q in data.questions),
        ]
        writer.writerow([guarded(c) for c in cells])
    return out.getvalue()


def _cell(value: object) -> str:
    return " ".join(str(value).split()).replace("|", "\\|")


def _row(cells: Sequence[object]) -> str:
    return "| " + " | ".join(_cell(c) for c in cells) + " |"


def to_markdown(data: SurveyData, _: Translator) -> str:
    """The summary document: respondents, then each question with its counts and shares,
    per municipality for choice questions, and every free-text answer."""
    survey = data.survey
    title = _("Results of survey #{number}: {title}", number=survey.id, title=survey.title)
    lines = [f"# {title}", ""]
    if survey.intro:
        lines += [survey.intro, ""]
    lines += [answered_line(data, _), ""]
    if data.answers:
        lines += [_("By municipality: {list}", list=municipality_line(data.answers, _)), ""]
    for counted in tally(data):
        lines += _question_section(counted, _)
    return "\n".join(lines).rstrip() + "\n"


def _question_section(counted: Tally, _: Translator) -> list[str]:
    question = counted.question
    lines = [f"## {question_column(question)}", ""]
    lines += [_("Answered by {n}.", n=counted.answered), ""]
    if question.kind == "text":
        for answer, text in counted.texts:
            place = place_name(answer.municipality, _)
            lines.append(f"- {' '.join(text.split())} ({place})")
        return [*lines, ""]
    if counted.mean is not None:
        lines += [_("Mean: {mean}", mean=decimal(counted.mean, _)), ""]
    places = [m for m, _n in municipalities(counted.places)]
    header = [_("Choice"), _("Count"), _("Share"), *(place_name(m, _) for m in places)]
    lines += [_row(header), "|" + "---|" * len(header)]
    for choice, count in counted.counts.items():
        per_place = [counted.by_municipality.get(m, Counter())[choice] for m in places]
        lines.append(_row([choice, count, percent(counted.share(choice), _), *per_place]))
    return [*lines, ""]
