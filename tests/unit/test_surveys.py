"""Surveys: the board writes one in a form, publishes it with an Answer button; members
answer privately in forms of at most five questions, once each, changeable until closing."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from handlers.clock import FakeClock
from handlers.context import Context
from handlers.run import run_command, run_interaction
from handlers.types import Channel, Command, Interaction, Member, Reply
from storage import outbox
from storage.channels import add_topic
from storage.surveys import answers_to, get_survey
from tests.people import verify_all

BOARD = Member("console", "anna", "Anna", is_board=True)
EVA = Member("console", "eva", "Eva", municipality="Växjö")


@pytest.fixture(autouse=True)
async def _verified_members(ctx: Context) -> None:
    """The members above count for the municipalities written on them."""
    await verify_all(ctx, BOARD, EVA)


ROOM = Channel("console", "meddelanden", "meddelanden")
QUESTIONS = "\n".join(
    [
        "Hur nöjd är du med Bygg? [skala]",
        "Vilka moduler använder ni? [flera: Bygg, Miljö, BAB, Kart & mät]",
        "Vilken modul är viktigast? [en: Bygg, Miljö]",
        "Har ni e-tjänster? [en: Ja, Nej]",
        "Hur många handläggare? [en: 1-5, 6-20, fler]",
        "Vad saknar du? [text, valfri]",
    ]
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))


def text(reply: Reply) -> str:
    return reply.message.text


async def created(ctx: Context, **values: str) -> Reply:
    form = (await run_command(ctx, Command("survey", BOARD, ROOM, positional=("create",)))).form
    assert form is not None and [f.name for f in form.fields] == [
        "title",
        "intro",
        "closes",
        "questions",
    ]
    fields = {"title": "Enkät om Castor", "intro": "Hjälp oss!", "closes": "2026-03-31"}
    return await run_interaction(
        ctx, Interaction("survey.form", BOARD, ROOM, values={**fields, **values})
    )


async def test_bad_definitions_are_refused_and_nothing_is_stored(ctx: Context) -> None:
    assert text(await created(ctx, questions="Hur nöjd är du?")) == (
        "”Hur nöjd är du?” behöver sin typ inom hakparentes i slutet, t.ex. [skala]."
    )
    assert text(await created(ctx, questions="Vilken? [en: A]")) == (
        "”Vilken?” behöver mellan 2 och 25 svarsalternativ."
    )
    assert text(await created(ctx, questions="Q [färg]")) == (
        "”färg” är ingen frågetyp (en, flera, skala eller text)."
    )
    assert text(await created(ctx, closes="2026-02-01", questions="Q [text]")) == (
        "Stängningstiden har redan varit."
    )
    refused = await run_command(ctx, Command("survey", EVA, ROOM, positional=("create",)))
    assert text(refused) == "Bara styrelseledamöter får använda /survey create."
    async with ctx.db.transaction() as session:
        assert await get_survey(session, 1) is None


async def test_publish_then_answer_in_two_forms_and_change_it(
    ctx: Context, clock: FakeClock
) -> None:
    async with ctx.db.transaction() as session:
        await add_topic(
            session, platform="slack", channel_id="CANN", channel_name="meddelanden",
            topic="announcements", added_by="test", now=clock.now(),
        )  # fmt: skip
    made = await created(ctx, questions=QUESTIONS)
    assert text(made) == (
        "Enkät #1 är sparad som utkast med 6 frågor. Publicera den med /enkät publicera 1."
    )
    draft = await run_interaction(ctx, Interaction("survey.answer", EVA, ROOM, value="1"))
    assert text(draft) == "Det finns ingen enkät #1."  # a draft is not shown to members
    published = await run_command(ctx, Command("survey", BOARD, ROOM, positional=("publish", "1")))
    assert text(published) == "Enkät #1 är publicerad i 1 kanal."
    (post,) = await outbox.list_rows(ctx.db)
    assert post.payload["title"] == "Enkät om Castor"
    assert post.payload["buttons"][0]["action_id"] == "survey.answer"

    first = await run_interaction(ctx, Interaction("survey.answer", EVA, ROOM, value="1"))
    assert first.form is not None and first.form.context == "1:1"
    assert [f.name for f in first.form.fields] == ["q1", "q2", "q3", "q4", "q5"]
    assert first.form.fields[0].choices == ("1", "2", "3", "4", "5")
    bad = await run_interaction(
        ctx,
        Interaction(
            "survey.answers", EVA, ROOM, value="1:1",
            values={"q1": "7", "q2": "Bygg", "q3": "Bygg", "q4": "Ja", "q5": "fler"},
        ),
    )  # fmt: skip
    assert text(bad) == (
        "”7” är inget av svarsalternativen till ”Hur nöjd är du med Bygg?”: 1, 2, 3, 4, 5."
    )
    values = {"q1": "4", "q2": "bygg, BAB", "q3": "Miljö", "q4": "ja", "q5": "6-20"}
    part = await run_interaction(
        ctx, Interaction("survey.answers", EVA, ROOM, value="1:1", values=values)
    )
    assert text(part) == "Del 1 av 2 är sparad.\n\n6. Vad saknar du?"
    assert part.message.buttons[0].value == "1:2"
    second = await run_interaction(ctx, Interaction("survey.answer", EVA, ROOM, value="1:2"))
    assert second.form is not None and [f.name for f in second.form.fields] == ["q6"]
    done = await run_interaction(
        ctx, Interaction("survey.answers", EVA, ROOM, value="1:2", values={"q6": ""})
    )
    assert text(done) == "Tack! Ditt svar är sparat; du kan ändra det tills enkäten stänger."

    again = await run_interaction(ctx, Interaction("survey.answer", EVA, ROOM, value="1"))
    assert again.form is not None
    assert [f.value for f in again.form.fields][:2] == ["4", "Bygg, BAB"], "prefilled"
    await run_interaction(
        ctx,
        Interaction("survey.answers", EVA, ROOM, value="1:1", values={**values, "q1": "5"}),
    )
    async with ctx.db.transaction() as session:
        (answer,) = await answers_to(session, 1)
    assert answer.answers == {
        "1": 5, "2": ["Bygg", "BAB"], "3": "Miljö", "4": "Ja", "5": "6-20", "6": None,
    }  # fmt: skip
    assert (answer.municipality, answer.complete) == ("Växjö", True)

    clock.advance(31 * 86400)
    late = await run_interaction(ctx, Interaction("survey.answer", EVA, ROOM, value="1"))
    assert text(late) == "Enkät #1 är stängd; svar tas inte längre emot."


def test_choices_must_fit_every_platform() -> None:
    from handlers.errors import CommandError
    from handlers.surveys.definition import question

    with pytest.raises(CommandError) as long:
        question("single", "Vilken?", ["A" * 76, "B"])
    assert long.value.message.startswith("“{choice}” is too long for a choice")
    with pytest.raises(CommandError) as comma:
        question("multiple", "Vilka?", ["Bygg, lov", "Miljö"])
    assert comma.value.message.startswith("Choices of “{question}” cannot hold commas")
    assert question("multiple", "Vilka?", ["Bygg", "Miljö"]).choices == ("Bygg", "Miljö")


async def test_a_choice_may_be_answered_by_its_number(ctx: Context) -> None:
    await created(ctx, questions="Vilken? [en: Bygg, Miljö]\nVilka? [flera: Bygg, Miljö, BAB]")
    await run_command(ctx, Command("survey", BOARD, ROOM, positional=("publish", "1")))
    await run_interaction(
        ctx, Interaction("survey.answers", EVA, ROOM, value="1:1", values={"q1": "2", "q2": "1, 3"})
    )
    async with ctx.db.transaction() as session:
        (answer,) = await answers_to(session, 1)
    assert answer.answers == {"1": "Miljö", "2": ["Bygg", "BAB"]}
