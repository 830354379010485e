"""Handlers keep to the limits each platform declares (issue #18): a form, a select or a field
shown on one platform fits that platform; a survey's definition, stored once and shown on
every platform, fits the strictest of them. A platform declaring other limits changes what
the handler does, with no handler touched."""

from __future__ import annotations

import pytest

from bot.platforms import registry
from handlers.capabilities import Capabilities, strictest
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.errors import CommandError
from handlers.run import run_command, run_interaction
from handlers.surveys import answer as answering
from handlers.surveys import authoring, results
from handlers.surveys.definition import question
from handlers.types import Channel, Command, Interaction, Member, Reply
from tests.unit.test_status import park, queue
from tests.unit.test_survey_results import answered

NARROW = "narrow"
ROOM = Channel(NARROW, "general", "general")
BOARD = Member(NARROW, "bo", "Bo", is_board=True, platform_locale="en-GB")
EVA = Member(NARROW, "eva", "Eva", platform_locale="en-GB")
SIX = "\n".join(f"Question {n}? [text, optional]" for n in range(1, 7))


def narrow(ctx: Context, **limits: int) -> None:
    """A platform declaring `limits` beside the real ones."""
    ctx.platforms = {**ctx.platforms, NARROW: Capabilities(label="Smal", **limits)}


def text(reply: Reply) -> str:
    return reply.message.text


async def act(ctx: Context, member: Member, action: str, value: str, **values: str) -> Reply:
    return await run_interaction(ctx, Interaction(action, member, ROOM, value, values))


async def define(ctx: Context, questions: str) -> Reply:
    values = {"title": "Castor", "closes": "2036-01-31", "questions": questions}
    return await act(ctx, BOARD, authoring.FORM_ID, "", **values)


def test_the_strictest_limits_are_the_smallest_declared() -> None:
    wide = Capabilities(label="Bred", form_fields=50, select_options=100, option_label=150)
    tight = Capabilities(label="Smal", form_fields=3, select_options=40, option_label=200)
    both = strictest([wide, tight])
    assert (both.form_fields, both.select_options, both.option_label) == (3, 40, 150)
    assert strictest([]) == Capabilities(label="")  # none declared: the safe defaults
    every = strictest(registry.capabilities().values())
    assert (every.select_options, every.option_label) == (25, 75)  # Discord's, Slack's


def test_each_platform_declares_its_own_limits() -> None:
    declared = registry.capabilities()
    discord, slack = declared["discord"], declared["slack"]
    assert (discord.form_fields, discord.select_options, discord.option_label) == (5, 25, 100)
    assert (discord.field_value, discord.placeholder) == (1024, 100)
    assert (slack.form_fields, slack.select_options, slack.option_label) == (5, 100, 75)
    assert (slack.field_value, slack.placeholder) == (2000, 150)
    safe = Capabilities(label="")
    for name, capabilities in declared.items():  # no platform takes less than the defaults
        for limit in ("form_fields", "select_options", "option_label", "field_value"):
            assert getattr(capabilities, limit) >= getattr(safe, limit), (name, limit)


async def test_a_survey_comes_in_forms_of_what_the_platform_shows(ctx: Context) -> None:
    narrow(ctx, form_fields=3)
    assert text(await define(ctx, SIX)).startswith("Survey #1 is saved as a draft")
    await run_command(ctx, Command("survey", BOARD, ROOM, positional=("publish", "1")))
    first = await act(ctx, EVA, authoring.ANSWER, "1")
    assert first.form is not None and first.form.title == "(1/2) Castor"
    assert [f.name for f in first.form.fields] == ["q1", "q2", "q3"]
    saved = await act(ctx, EVA, answering.FORM_ID, "1:1", q1="a", q2="b", q3="c")
    assert text(saved) == (
        "Part 1 of 2 is saved.\n\n4. Question 4?\n5. Question 5?\n6. Question 6?"
    )
    second = await act(ctx, EVA, authoring.ANSWER, saved.message.buttons[0].value)
    assert second.form is not None and [f.name for f in second.form.fields] == ["q4", "q5", "q6"]
    done = await act(ctx, EVA, answering.FORM_ID, "1:2", q4="d", q5="e", q6="f")
    assert text(done).startswith("Thank you! Your answer is saved")


async def test_the_same_survey_on_a_platform_showing_more_comes_in_one_form(
    ctx: Context,
) -> None:
    narrow(ctx, form_fields=10)
    await define(ctx, SIX)
    await run_command(ctx, Command("survey", BOARD, ROOM, positional=("publish", "1")))
    form = (await act(ctx, EVA, authoring.ANSWER, "1")).form
    assert form is not None and form.title == "Castor"
    assert [f.name for f in form.fields] == [f"q{n}" for n in range(1, 7)]


async def test_a_choice_must_fit_the_strictest_platform_when_defined(ctx: Context) -> None:
    choice = "A" * 41
    line = f"Which one? [single: {choice}, B]"
    assert text(await define(ctx, line)).startswith("Survey #1 is saved")  # 75 is the least
    narrow(ctx, option_label=40)
    assert text(await define(ctx, line)) == (
        f"“{choice}” is too long for a choice: at most 40 characters."
    )
    narrow(ctx, select_options=3)
    assert text(await define(ctx, "Which one? [single: A, B, C, D]")) == (
        "“Which one?” needs between 2 and 3 choices."
    )


def test_a_question_defined_without_platforms_keeps_to_the_safe_limits() -> None:
    """The board's command line checks a file with no platform at hand."""
    assert question("single", "Which?", ["A" * 75, "B"]).choices == ("A" * 75, "B")
    with pytest.raises(CommandError):
        question("single", "Which?", [str(n) for n in range(26)])
    loose = Capabilities(label="", select_options=30)
    assert len(question("single", "Which?", [str(n) for n in range(26)], limits=loose).choices)


async def test_status_retries_in_a_select_the_platform_holds(
    ctx: Context, clock: FakeClock
) -> None:
    narrow(ctx, select_options=2, option_label=12)
    for n in range(3):
        await queue(ctx, "matrix", f"!room{n}:example.org", f"s:{n}")
        await park(ctx, "matrix", "matrix 403")
    report = await run_command(ctx, Command("status", BOARD))
    (select,) = report.message.selects
    assert len(select.options) == 2
    assert all(len(o.label) <= 12 for o in select.options)
    wide = await run_command(ctx, Command("status", Member("slack", "bo", "Bo", is_board=True)))
    assert len(wide.message.selects[0].options) == 3


async def test_results_keep_to_the_fields_and_select_of_the_platform(ctx: Context) -> None:
    await answered(ctx)  # the survey of tests/unit/test_survey_results.py, answered
    narrow(ctx, field_value=40, select_options=1, option_label=20)
    command = Command("survey", BOARD, ROOM, positional=("results", "1"))
    message = (await run_command(ctx, command)).message
    assert all(len(f.value) <= 40 for f in message.fields)
    assert any(f.value.endswith("\n…") for f in message.fields)  # the rest cut off
    (select,) = message.selects
    assert select.action_id == results.TO_WISH
    (option,) = select.options  # three answers could be wishes: the platform holds one
    assert len(option.label) <= 20 and option.label.endswith("…")
