"""Answering a survey privately: the Answer button opens a form (a sequence of forms of as
many questions as the member's platform shows in one, five on Discord), once per member,
changeable until the survey closes; the municipality is kept with the answer."""

from __future__ import annotations

from typing import Any

from handlers.capabilities import Capabilities
from handlers.context import Context
from handlers.core.members import person_row
from handlers.errors import CommandError, on_field
from handlers.i18n import N_, Translator, translator
from handlers.parsing import NO_LONGER_IN_USE
from handlers.surveys.authoring import ANSWER, numbered_choices, question_line
from handlers.types import Button, Form, FormField, Interaction, Member, Message, Reply
from storage.survey_models import SurveyQuestionRow, SurveyRow
from storage.surveys import DRAFT, OPEN, answer_of, get_survey, questions_of, save_answers

FORM_ID = "survey.answers"


def _where(value: str) -> tuple[int, int]:
    """`N` or `N:part` from a button or a form's context."""
    number, _sep, part = value.partition(":")
    if not (number.isascii() and number.isdigit()) or len(number) > 9:
        raise CommandError(NO_LONGER_IN_USE)
    return int(number), int(part) if part.isascii() and part.isdigit() else 1


NOT_FOUND = N_("There is no survey #{number}.")  # a draft too: members do not see it yet


async def _open_survey(ctx: Context, number: int) -> tuple[SurveyRow, list[SurveyQuestionRow]]:
    async with ctx.db.transaction() as session:
        survey = await get_survey(session, number)
        if survey is None:
            raise CommandError(NOT_FOUND, number=number)
        questions = await questions_of(session, survey.id)
    if survey.status == DRAFT:  # not published: it never took answers
        raise CommandError(NOT_FOUND, number=number)
    if survey.status != OPEN or survey.closes_at <= ctx.clock.now():
        raise CommandError(
            N_("Survey #{number} is closed; answers are no longer taken."), number=number
        )
    return survey, questions


def _parts(
    questions: list[SurveyQuestionRow], part: int, shown_on: Capabilities
) -> tuple[int, int, list[SurveyQuestionRow]]:
    """How many forms the questions take on the member's platform, the part asked (kept
    within them: a form's context is not trusted further than that) and its questions."""
    per_form = max(1, shown_on.form_fields)
    parts = max(1, -(-len(questions) // per_form))
    part = min(max(part, 1), parts)
    return parts, part, questions[(part - 1) * per_form : part * per_form]


def _field(
    question: SurveyQuestionRow, previous: Any, _: Translator, shown_on: Capabilities
) -> FormField:
    name = f"q{question.position}"
    shown = None if previous is None else str(previous)
    if question.kind in ("multiple", "single", "scale"):
        multiple = question.kind == "multiple"
        if multiple:
            shown = ", ".join(previous) if isinstance(previous, list) else shown
            hint = _("One or more of: {choices}", choices=numbered_choices(question))
        else:
            hint = _("One of: {choices}", choices=numbered_choices(question))
        return FormField(
            name,
            f"{question.position}. {question.text}",
            required=question.required,
            max_length=1000 if multiple else 200,
            placeholder=hint[: shown_on.placeholder],
            choices=() if multiple else tuple(question.choices),
            value=shown,
        )
    return FormField(
        name,
        f"{question.position}. {question.text}",
        long=True,
        required=question.required,
        max_length=1000,
        value=shown,
    )


async def answer_clicked(ctx: Context, interaction: Interaction) -> Reply:
    """The Answer (or Continue) button: the form with the next questions, prefilled."""
    return Reply(
        Message(text=""), form=await answer_form(ctx, interaction.member, interaction.value)
    )


async def answer_form(ctx: Context, member: Member, context: str) -> Form:
    """The form for one part (`N:part`) of a survey, with the member's earlier answers."""
    _ = translator(member.locale)
    number, part = _where(context)
    survey, questions = await _open_survey(ctx, number)
    shown_on = ctx.capabilities(member.platform)
    parts, part, asked = _parts(questions, part, shown_on)
    async with ctx.db.transaction() as session:
        person = await person_row(ctx, session, member)
        mine = await answer_of(session, survey.id, person.id)
    previous = mine.answers if mine else {}
    fields = tuple(_field(q, previous.get(str(q.position)), _, shown_on) for q in asked)
    title = survey.title if parts == 1 else f"({part}/{parts}) {survey.title}"
    return Form(FORM_ID, title, fields, context=f"{number}:{part}")


def checked_answer(question: SurveyQuestionRow, raw: str) -> Any:
    """The answer to one question as stored, or a clear refusal naming the question."""
    text = " ".join(raw.split())
    if not text:
        if question.required:
            raise CommandError(N_("“{question}” needs an answer."), question=question.text)
        return None
    if question.kind == "text":
        return raw.strip()
    by_name = {c.casefold(): c for c in question.choices}
    if question.kind != "scale":  # a choice may be given by its number as well
        by_name.update({str(n): c for n, c in enumerate(question.choices, start=1)})
    if question.kind in ("single", "scale"):
        if text.casefold() not in by_name:
            raise CommandError(
                N_("“{answer}” is not one of the choices for “{question}”: {choices}."),
                answer=text, question=question.text, choices=", ".join(question.choices),
            )  # fmt: skip
        return int(text) if question.kind == "scale" else by_name[text.casefold()]
    picked = [w.strip() for w in text.split(",") if w.strip()]
    unknown = [w for w in picked if w.casefold() not in by_name]
    if unknown:
        raise CommandError(
            N_("“{answer}” is not one of the choices for “{question}”: {choices}."),
            answer=unknown[0], question=question.text, choices=", ".join(question.choices),
        )  # fmt: skip
    return list(dict.fromkeys(by_name[w.casefold()] for w in picked))


async def form_submitted(ctx: Context, interaction: Interaction) -> Reply:
    _ = translator(interaction.member.locale)
    member = interaction.member
    number, part = _where(interaction.value)
    survey, questions = await _open_survey(ctx, number)
    shown_on = ctx.capabilities(member.platform)
    parts, part, asked = _parts(questions, part, shown_on)
    answers: dict[str, Any] = {}
    for q in asked:
        with on_field(f"q{q.position}"):
            answers[str(q.position)] = checked_answer(
                q, interaction.values.get(f"q{q.position}", "")
            )
    async with ctx.db.transaction() as session:
        person = await person_row(ctx, session, member, lock=True)
        await save_answers(
            session,
            survey_id=survey.id,
            person_id=person.id,
            answers=answers,
            complete=part >= parts,
            now=ctx.clock.now(),
        )
    if part < parts:
        following = _parts(questions, part + 1, shown_on)[2]
        more = _("Part {part} of {parts} is saved.", part=part, parts=parts) + "\n\n"
        more += "\n".join(question_line(q, _) for q in following)
        button = Button(_("Continue"), ANSWER, f"{number}:{part + 1}", style="primary")
        return Reply(Message(text=more, buttons=(button,)))
    thanks = _("Thank you! Your answer is saved; you can change it until the survey closes.")
    if member.municipality is None:
        thanks += " " + _(UNVERIFIED_ANSWER)
    return Reply.text(thanks)


UNVERIFIED_ANSWER = N_(
    "It counts in the totals; to count for your municipality too, verify your work address: "
    "/verify email:ADDRESS."
)
