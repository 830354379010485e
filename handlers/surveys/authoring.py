"""Making a survey (`/survey create`, or `bryggan survey create FILE`) and publishing it
(`/survey publish N`) to the announcement channels with an Answer button."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Call, Context
from handlers.errors import CommandError, on_field
from handlers.i18n import N_, Translator, translator
from handlers.meetings.times import local_to_utc, parse_date, parse_time, spoken
from handlers.surveys.definition import QuestionSpec, checked, parse_lines
from handlers.topics import post_to_topic
from handlers.types import Button, Form, FormField, Interaction, Member, Message, Reply
from storage.survey_models import SurveyQuestionRow, SurveyRow
from storage.surveys import DRAFT, OPEN, get_survey, questions_of

FORM_ID = "survey.form"
ANSWER = "survey.answer"


def closing_time(ctx: Context, date_text: str, time_text: str | None = None) -> datetime:
    """A closing date (and time, default 23:59) in Swedish time, which must lie ahead."""
    closes = local_to_utc(
        parse_date(date_text), parse_time(time_text or "23:59"), ctx.meetings.zone
    )
    if closes <= ctx.clock.now():
        raise CommandError(N_("The closing time has already passed."))
    return closes


async def create_survey(
    ctx: Context,
    session: AsyncSession,
    *,
    title: str,
    intro: str,
    closes_at: datetime,
    questions: list[QuestionSpec],
    created_by: str,
) -> SurveyRow:
    """Store a draft survey with its questions (checked), in the caller's transaction."""
    title = " ".join(title.split())
    if not title:
        raise CommandError(N_("A survey needs a title."))
    survey = SurveyRow(
        title=title[:150],
        intro=intro.strip(),
        status=DRAFT,
        closes_at=closes_at,
        created_by=created_by[:200],
        created_at=ctx.clock.now(),
    )
    session.add(survey)
    await session.flush()
    for position, spec in enumerate(checked(questions), start=1):
        session.add(
            SurveyQuestionRow(
                survey_id=survey.id,
                position=position,
                kind=spec.kind,
                text=spec.text,
                choices=list(spec.choices),
                required=spec.required,
            )
        )
    await session.flush()
    return survey


async def create_command(ctx: Context, call: Call) -> Reply:
    """The authoring form: title, intro, closing date and the questions, one per line."""
    return Reply(Message(text=""), form=await survey_form(ctx, call.member, ""))


async def survey_form(ctx: Context, member: Member, _context: str) -> Form:
    _ = translator(member.locale)
    example = "Hur nöjd är du med Bygg? [skala]\nVilka moduler använder ni? [flera: Bygg, Miljö]"
    fields = (
        FormField("title", _("Title"), max_length=150),
        FormField("intro", _("Introduction"), long=True, required=False, max_length=1500),
        FormField("closes", _("Closes (YYYY-MM-DD)"), max_length=10),
        FormField(
            "questions",
            _("Questions, one per line, kind in brackets"),
            long=True,
            max_length=3000,
            placeholder=example,
        ),
    )
    return Form(FORM_ID, _("New survey"), fields)


async def form_submitted(ctx: Context, interaction: Interaction) -> Reply:
    _ = translator(interaction.member.locale)
    values = interaction.values
    with on_field("title"):
        if not " ".join(values.get("title", "").split()):
            raise CommandError(N_("A survey needs a title."))
    with on_field("closes"):
        closes_at = closing_time(ctx, values.get("closes", ""))
    with on_field("questions"):
        questions = parse_lines(values.get("questions", ""), ctx.strictest())
    async with ctx.db.transaction() as session:
        survey = await create_survey(
            ctx,
            session,
            title=values.get("title", ""),
            intro=values.get("intro", ""),
            closes_at=closes_at,
            questions=questions,
            created_by=interaction.member.display_name,
        )
    return Reply.text(
        _.ngettext(
            "Survey #{number} is saved as a draft with {n} question. Publish it with "
            "/survey publish {number}.",
            "Survey #{number} is saved as a draft with {n} questions. Publish it with "
            "/survey publish {number}.",
            len(questions),
            number=survey.id,
        )
    )


def closing_text(ctx: Context, survey: SurveyRow, _: Translator) -> str:
    return spoken(survey.closes_at, ctx.meetings.zone, _.locale)


def numbered_choices(question: SurveyQuestionRow) -> str:
    """`1 Bygg · 2 Miljö`: members may answer with the number (a form field is short)."""
    return " · ".join(f"{n} {c}" for n, c in enumerate(question.choices, start=1))


def question_line(question: SurveyQuestionRow, _: Translator) -> str:
    """A question in full, with its choices: forms show only a little of a long one."""
    line = f"{question.position}. {question.text}"
    if question.kind == "scale":
        return line + " (1–5)"
    if question.kind == "single":
        return line + " " + _("Choose one: {choices}", choices=numbered_choices(question))
    if question.kind == "multiple":
        return line + " " + _("Choose one or more: {choices}", choices=numbered_choices(question))
    return line


def survey_message(
    ctx: Context,
    survey: SurveyRow,
    questions: list[SurveyQuestionRow],
    _: Translator,
) -> Message:
    closes = closing_text(ctx, survey, _)  # apart: a `_` inside the call hides its plural
    note = _.ngettext(
        "{n} question; answer by {closes}. Your answer is private and can be changed until then.",
        "{n} questions; answer by {closes}. Your answer is private and can be changed until then.",
        len(questions),
        closes=closes,
    )
    lines = "\n".join(question_line(q, _) for q in questions)
    text = survey.intro + ("\n\n" if survey.intro else "") + lines + "\n\n" + note
    return Message(
        title=survey.title,
        text=text,
        buttons=(Button(_("Answer"), ANSWER, str(survey.id), style="primary"),),
    )


async def publish_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    number = call.values["number"]
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        survey = await get_survey(session, number)
        if survey is None:
            raise CommandError(N_("There is no survey #{number}."), number=number)
        if survey.status != DRAFT:
            raise CommandError(N_("Survey #{number} is already published."), number=number)
        if survey.closes_at <= now:
            raise CommandError(N_("The closing time has already passed."))
        survey.status, survey.published_at = OPEN, now
        questions = await questions_of(session, survey.id)
        message = survey_message(ctx, survey, questions, translator(ctx.default_locale))
        channels = await post_to_topic(
            session, "announcements", message, key=f"survey:{survey.id}", now=now
        )
    return Reply.text(
        _.ngettext(
            "Survey #{number} is published in {n} channel.",
            "Survey #{number} is published in {n} channels.",
            channels,
            number=number,
        )
    )
