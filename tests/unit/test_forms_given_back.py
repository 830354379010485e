"""A refused form comes back filled in, with the problem at the field at fault (#16).

Every form in the catalogue declares how it is built again; each is refused once here with
one wrong field, and must come back with everything else as sent and nothing stored.
"""

from __future__ import annotations

import ast
import importlib
import io
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from bot.platforms.console import ConsolePlatform
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.door import Door
from handlers.form_reopen import REOPEN, with_reopen_button
from handlers.retention import run_retention
from handlers.run import run_command, run_interaction
from handlers.types import Channel, Command, Interaction, Member, Reply
from storage import outbox
from storage.models import FormDraftRow
from storage.wishes import all_wishes
from tests.people import verify_all

ROOM = Channel("console", "general", "general")
BOARD = Member("console", "anna", "Anna", is_board=True)
EVA = Member("console", "eva", "Eva")
HANDLERS = Path(__file__).resolve().parents[2] / "handlers"


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))


@pytest.fixture(autouse=True)
async def _members(ctx: Context) -> None:
    await verify_all(ctx, BOARD, EVA)


def opened_form_ids() -> set[str]:
    """The form id of every `Form(...)` built in handlers/, read from the source."""
    found = set()
    for path in HANDLERS.rglob("*.py"):
        module = None
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_form = isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Form"
            if is_form and node.args and isinstance(node.args[0], ast.Name):
                dotted = ".".join(path.relative_to(HANDLERS.parent).with_suffix("").parts)
                module = module or importlib.import_module(dotted)
                found.add(getattr(module, node.args[0].id))
    return found


def test_every_form_in_the_catalogue_can_be_given_back(ctx: Context) -> None:
    forms = opened_form_ids()
    assert len(forms) >= 7
    for form_id in forms:
        spec = ctx.catalogue.interactions[form_id]
        assert spec.form is not None, f"{form_id} declares no way to give its form back"


async def survey_created(ctx: Context) -> None:
    values = {
        "title": "Enkät",
        "intro": "",
        "closes": "2026-03-31",
        "questions": "Hur nöjd? [skala]\nVad saknar du? [text, valfri]",
    }
    await run_interaction(ctx, Interaction("survey.form", BOARD, ROOM, values=values))
    await run_command(ctx, Command("survey", BOARD, ROOM, positional=("publish", "1")))


async def meeting_planned(ctx: Context) -> None:
    await run_command(
        ctx, Command("meeting", BOARD, ROOM, positional=("add", "2026-04-02", "18:00"))
    )


async def wish_made(ctx: Context) -> None:
    values = {"title": "Sms-avisering", "description": "", "module": "Bygg"}
    await run_interaction(ctx, Interaction("wish.form", EVA, ROOM, values=values))


# (form id, who, context, values sent, the wrong field, what must exist first)
CASES = [
    ("wish.form", EVA, "", {"title": "Export", "description": "Lång text", "module": "Kaffe"},
     "module", None),
    ("wish.edit", BOARD, "1", {"title": "", "description": "Ny text", "module": "Bygg"},
     "title", wish_made),
    ("survey.form", BOARD, "", {"title": "Enkät", "intro": "Hej", "closes": "2026-02-30",
                                "questions": "Hur nöjd? [skala]"}, "closes", None),
    ("survey.form", BOARD, "", {"title": "Enkät", "intro": "Hej", "closes": "2026-03-30",
                                "questions": "Hur nöjd?"}, "questions", None),
    ("survey.answers", EVA, "1:1", {"q1": "9", "q2": "Mer kartor"}, "q1", survey_created),
    ("agenda.form", EVA, "1", {"text": "Kartor", "wish": "abc"}, "wish", meeting_planned),
    ("agenda.form", EVA, "1", {"text": "Kartor", "wish": "77"}, "wish", meeting_planned),
    ("minutes.form", BOARD, "", {"date": "14 mars", "title": "Möte", "summary": "Bra",
                                 "link": ""}, "date", None),
    ("announce.form", BOARD, "n0nce", {"title": "Nyhet", "text": "Text",
                                       "link": "javascript:alert(1)"}, "link", None),
]  # fmt: skip


@pytest.mark.parametrize(("form_id", "who", "context", "values", "wrong", "before"), CASES)
async def test_a_refused_form_comes_back_filled_in(
    ctx: Context, form_id, who, context, values, wrong, before
) -> None:
    if before is not None:
        await before(ctx)
    queued = len(await outbox.list_rows(ctx.db, limit=1000))
    reply = await run_interaction(ctx, Interaction(form_id, who, ROOM, context, values))
    assert reply.problem is not None and reply.form is not None, reply.message.text
    assert reply.problem.field == wrong
    assert reply.problem.text == reply.message.text and "Referens" not in reply.message.text
    assert reply.form.form_id == form_id and reply.form.context == context
    shown = {f.name: f.value or "" for f in reply.form.fields}
    assert {name: shown[name] for name in values} == values, "everything sent comes back"
    assert len(await outbox.list_rows(ctx.db, limit=1000)) == queued, "nothing was sent"


async def test_a_form_that_cannot_be_had_again_gives_the_refusal_alone(
    ctx: Context, clock: FakeClock
) -> None:
    await survey_created(ctx)
    clock.advance(31 * 86400)  # the survey closed while the form was open
    reply = await run_interaction(ctx, Interaction("survey.answers", EVA, ROOM, "1:1", {"q1": "9"}))
    assert reply.problem is None and reply.form is None
    assert reply.message.text == "Enkät #1 är stängd; svar tas inte längre emot."


async def test_a_refused_wish_keeps_nothing(ctx: Context) -> None:
    values = {"title": "Export", "description": "", "module": "Kaffe"}
    await run_interaction(ctx, Interaction("wish.form", EVA, ROOM, values=values))
    async with ctx.db.transaction() as session:
        assert await all_wishes(session) == []


async def lines(*items: str) -> AsyncIterator[str]:
    for item in items:
        yield item + "\n"


async def test_the_console_asks_only_the_wrong_field_again(ctx: Context) -> None:
    output = io.StringIO()
    console = ConsolePlatform(Door(ctx), output=output)
    await console.serve(
        lines("/as Eva", "/wish", "Export av ärenden", "Till Excel", "Kaffe", "Bygg")
    )
    shown = output.getvalue().splitlines()
    refusal = shown.index("Välj en modul: Bygg, Miljö, BAB, Kart & mät, Övrigt.")
    assert shown[refusal + 1] == (
        "Modul (Bygg, Miljö, BAB, Kart & mät, Övrigt) (nu: Kaffe; en tom rad behåller det):"
    )
    assert not any(line.startswith("Rubrik") for line in shown[refusal:]), "title not asked again"
    assert "Tack! Ditt önskemål har nummer #1: Export av ärenden" in output.getvalue()
    async with ctx.db.transaction() as session:
        (wish,) = await all_wishes(session)
    assert (wish.title, wish.description, wish.module) == (
        "Export av ärenden",
        "Till Excel",
        "Bygg",
    )


async def test_an_empty_line_keeps_a_given_back_answer(ctx: Context) -> None:
    output = io.StringIO()
    console = ConsolePlatform(Door(ctx), output=output)
    await console.serve(
        lines("/as Anna board", "/minutes post", "14 mars", "Möte", "", "", "", "2026-03-14")
    )
    assert "Protokollet är på väg till 0 kanaler." in output.getvalue()


async def refused_wish(ctx: Context) -> Reply:
    values = {"title": "Export", "description": "Till Excel", "module": "Kaffe"}
    return await run_interaction(ctx, Interaction("wish.form", EVA, ROOM, values=values))


async def test_a_button_reopens_the_form_for_its_member_only_and_for_a_day(
    ctx: Context, clock: FakeClock
) -> None:
    offered = await with_reopen_button(ctx, EVA, await refused_wish(ctx))
    assert offered.message.text == "Välj en modul: Bygg, Miljö, BAB, Kart & mät, Övrigt."
    (button,) = offered.message.buttons
    assert (button.label, button.action_id) == ("Rätta formuläret", REOPEN)

    reopened = await run_interaction(ctx, Interaction(REOPEN, EVA, ROOM, button.value))
    assert reopened.form is not None and reopened.problem is None
    assert [f.value for f in reopened.form.fields] == ["Export", "Till Excel", "Kaffe"]
    assert reopened.form.fields[0].label == "Rubrik", "the form as it was, labels and all"

    other = await run_interaction(ctx, Interaction(REOPEN, BOARD, ROOM, button.value))
    assert other.form is None
    assert other.message.text == "Formuläret sparas inte längre; öppna det igen med sitt kommando."

    clock.advance(int(timedelta(days=1, seconds=1).total_seconds()))
    late = await run_interaction(ctx, Interaction(REOPEN, EVA, ROOM, button.value))
    assert late.form is None


async def test_forms_kept_go_with_the_member_and_after_a_day(
    ctx: Context, clock: FakeClock
) -> None:
    await with_reopen_button(ctx, EVA, await refused_wish(ctx))
    assert (await run_retention(ctx))["form_drafts"] == 0
    clock.advance(2 * 86400)
    assert (await run_retention(ctx))["form_drafts"] == 1
    async with ctx.db.transaction() as session:
        assert await session.scalar(select(func.count()).select_from(FormDraftRow)) == 0
