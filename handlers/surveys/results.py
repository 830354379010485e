"""`/survey results N` for the board: counts and shares per question and per municipality,
the export files attached, and a free-text answer turned into a wish in one choice.

A wish made from an answer goes through the same path as `/wish` (similar wishes are shown
before saving), so a survey never floods the wish list with duplicates.
"""

from __future__ import annotations

from collections import Counter

from handlers.capabilities import Capabilities
from handlers.catalogue import InteractionSpec
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_, Translator
from handlers.parsing import NO_LONGER_IN_USE
from handlers.surveys.authoring import closing_text
from handlers.surveys.export import (
    CHOICE_KINDS,
    SurveyData,
    Tally,
    answered_line,
    decimal,
    given,
    load,
    municipalities,
    municipality_line,
    percent,
    place_name,
    tally,
    to_csv,
    to_markdown,
)
from handlers.types import Attachment, Field, Interaction, Message, Reply, Select, SelectOption
from handlers.wishes.submit import DESCRIPTION_LIMIT, TITLE_LIMIT, consider
from storage.people_models import PersonRow
from storage.survey_models import SurveyAnswerRow
from storage.surveys import CLOSED, DRAFT, questions_of

TO_WISH = "survey.to-wish"
TEXTS_SHOWN = 10  # free-text answers shown in chat; the files hold them all
TEXT_SHOWN_LENGTH = 90
MAX_FIELDS = 20
WISH_MODULE = "Övrigt"


def _fit(lines: list[str], limit: int, more: str = "…") -> str:
    """Lines joined within a field's `limit`; what does not fit is replaced by `more`."""
    kept: list[str] = []
    for line in lines:
        if sum(len(k) + 1 for k in kept) + len(line) + len(more) + 1 > limit:
            return "\n".join([*kept, more])
        kept.append(line)
    return "\n".join(kept) or "—"


def _short(text: str, limit: int) -> str:
    """One line of at most `limit` characters, cut at a word where it can be."""
    line = " ".join(text.split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut) + "…"


def _counts_field(counted: Tally, _: Translator, limit: int) -> Field:
    question = counted.question
    name = _short(f"{question.position}. {question.text}", 250)
    if question.kind == "text":
        lines = [
            f"• {_short(text, TEXT_SHOWN_LENGTH)} ({place_name(answer.municipality, _)})"
            for answer, text in counted.texts[:TEXTS_SHOWN]
        ]
        rest = len(counted.texts) - len(lines)
        more = _("…and {n} more in the attached files.", n=rest) if rest > 0 else ""
        return Field(name, _fit([*lines, more] if more else lines, limit, more or "…"))
    lines = [
        f"{choice}: {count} ({percent(counted.share(choice), _)})"
        for choice, count in counted.counts.items()
    ]
    if counted.mean is not None:
        lines.append(_("Mean: {mean}", mean=decimal(counted.mean, _)))
    lines.append(_("Answered by {n}.", n=counted.answered))
    return Field(name, _fit(lines, limit))


def _places_field(counted: Tally, _: Translator, limit: int) -> Field:
    """Per municipality: the choices picked there (a scale: its mean there)."""
    question = counted.question
    lines = []
    for municipality, answered in municipalities(counted.places):
        picked: Counter[str] = counted.by_municipality.get(municipality, Counter())
        if question.kind == "scale":
            mean = sum(int(c) * n for c, n in picked.items() if c.isdigit()) / answered
            shown = _("mean {mean}", mean=decimal(mean, _))
        else:
            shown = ", ".join(f"{c} {picked[c]}" for c in question.choices if picked[c])
        lines.append(f"{place_name(municipality, _)} ({answered}): {shown}")
    name = _("{position}. by municipality", position=question.position)
    return Field(name, _fit(lines, limit))


def _status_line(ctx: Context, data: SurveyData, _: Translator) -> str:
    survey = data.survey
    if survey.status == DRAFT:
        return _("A draft, not yet published.")
    if survey.status == CLOSED:
        return _("Closed.")
    return _("Open until {closes}.", closes=closing_text(ctx, survey, _))


def _wish_select(
    data: SurveyData, counted: list[Tally], _: Translator, shown_on: Capabilities
) -> Select | None:
    options = [
        SelectOption(
            _short(f"{c.question.position}. {text}", shown_on.option_label),
            f"{data.survey.id}:{answer.id}:{c.question.position}",
        )
        for c in counted
        if c.question.kind == "text"
        for answer, text in c.texts
    ][: shown_on.select_options]
    if not options:
        return None
    return Select(TO_WISH, _("Turn an answer into a wish"), tuple(options))


def results_message(
    ctx: Context, data: SurveyData, _: Translator, shown_on: Capabilities
) -> Message:
    """The chat view of the results, with the CSV and Markdown files attached, within what
    the platform it is shown on (`shown_on`) takes in a field and a select."""
    counted = tally(data)
    lines = [
        _status_line(ctx, data, _),
        answered_line(data, _),
    ]
    if data.answers:
        lines.append(_("By municipality: {list}", list=municipality_line(data.answers, _)))
    limit = shown_on.field_value
    fields = [_counts_field(c, _, limit) for c in counted]
    for c in counted:
        if c.question.kind in CHOICE_KINDS and c.answered and len(fields) < MAX_FIELDS:
            fields.append(_places_field(c, _, limit))
    number = data.survey.id
    table, summary = to_csv(data, ctx.meetings.zone), to_markdown(data, _)
    files = (
        Attachment(f"enkat-{number}.csv", content_type="text/csv", content=table),
        Attachment(f"enkat-{number}.md", content_type="text/markdown", content=summary),
    )
    select = _wish_select(data, counted, _, shown_on)
    return Message(
        title=_("Results of survey #{number}: {title}", number=number, title=data.survey.title),
        text="\n".join(lines),
        fields=tuple(fields),
        selects=(select,) if select else (),
        attachments=files,
    )


async def results_command(ctx: Context, call: Call) -> Reply:
    number = call.values["number"]
    async with ctx.db.transaction() as session:
        data = await load(session, number)
    if data is None:
        raise CommandError(N_("There is no survey #{number}."), number=number)
    return Reply(results_message(ctx, data, call._, ctx.capabilities(call.member.platform)))


def _where(value: str) -> tuple[int, int, int]:
    """`survey:answer:question` from the select."""
    parts = value.split(":")
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() and len(p) < 10 for p in parts):
        raise CommandError(NO_LONGER_IN_USE)
    return int(parts[0]), int(parts[1]), int(parts[2])


async def answer_to_wish(ctx: Context, interaction: Interaction) -> Reply:
    """A free-text answer as a wish by the board member, through `/wish`'s similar check."""
    survey_id, answer_id, position = _where(interaction.value)
    async with ctx.db.transaction() as session:
        answer = await session.get(SurveyAnswerRow, answer_id)
        question = next(
            (q for q in await questions_of(session, survey_id) if q.position == position), None
        )
        if answer is None or answer.survey_id != survey_id or question is None:
            raise CommandError(N_("That answer is gone."))
        text = given(answer, question) if question.kind == "text" else None
        if not isinstance(text, str):
            raise CommandError(N_("That answer is gone."))
        writer = await session.get(PersonRow, answer.person_id)
        municipality = writer.municipality if writer else None
    title = _short(text, TITLE_LIMIT)
    # The whole answer as the description only when the title had to be cut: a note of the
    # survey in every such wish would make them all look alike to the similar check.
    values = {
        "title": title,
        "description": text.strip()[:DESCRIPTION_LIMIT] if title != text.strip() else "",
        "module": ctx.wishes.module(WISH_MODULE) or ctx.wishes.modules[0],
    }
    # The wish comes from the answering person's municipality, not the board member's own.
    return await consider(
        ctx, interaction.member, values, for_others=True, municipality=municipality
    )


RESULTS_INTERACTIONS: tuple[InteractionSpec, ...] = (
    InteractionSpec(TO_WISH, answer_to_wish, board_only=True),
)
