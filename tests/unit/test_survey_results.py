"""Survey results: members of three municipalities answer through the real Answer button and
forms; the board sees exact counts, shares and per-municipality figures, gets the CSV and
Markdown files, and turns a free-text answer into a wish through /wish's similar check."""

from __future__ import annotations

import csv
import io

import pytest

from handlers.context import Context
from handlers.run import run_command, run_interaction
from handlers.surveys import answer as answering
from handlers.surveys import authoring, results
from handlers.types import Channel, Command, Interaction, Member, Reply
from storage.members import get_member
from storage.wishes import all_wishes
from tests.people import verify_all

ROOM = Channel("console", "general", "general")
BOARD = Member("console", "bo", "Bo", is_board=True, municipality="Mora", platform_locale="en-GB")
EVA = Member("console", "eva", "Eva", municipality="Växjö", platform_locale="en-GB")
SARA = Member("console", "sara", "Sara", municipality="Växjö", platform_locale="en-GB")
OLA = Member("console", "ola", "Ola", municipality="Umeå", platform_locale="en-GB")
PER = Member("console", "per", "Per", municipality="Umeå", platform_locale="en-GB")
KIM = Member("console", "kim", "Kim", municipality="Mora", platform_locale="en-GB")
LISA = Member("console", "lisa", "Lisa", platform_locale="en-GB")  # no municipality known


@pytest.fixture(autouse=True)
async def _verified_members(ctx: Context) -> None:
    """The members above count for the municipalities written on them."""
    await verify_all(ctx, BOARD, EVA, SARA, OLA, PER, KIM, LISA)


QUESTIONS = """\
Which module matters most? [single: Bygg, Miljö, BAB]
How satisfied are you? [scale]
Which modules do you use? [multiple: Bygg, Miljö, BAB, optional]
What do you miss? [text, optional]
Will you come to the user meeting? [single: Yes, No]
Anything else? [text, optional]
"""


def text(reply: Reply) -> str:
    message = reply.message
    parts = [message.title or "", message.text, *(f"{f.name}: {f.value}" for f in message.fields)]
    return "\n".join(p for p in parts if p)


async def run(ctx: Context, member: Member, *words: str, **options: object) -> Reply:
    name, *rest = words
    command = Command(name, member, ROOM, positional=tuple(rest), options=options)
    return await run_command(ctx, command)


async def act(ctx: Context, member: Member, action: str, value: str, **values: str) -> Reply:
    return await run_interaction(ctx, Interaction(action, member, ROOM, value, values))


async def make_survey(ctx: Context) -> None:
    values = {"title": "Castor 2026", "closes": "2026-01-31", "questions": QUESTIONS}
    saved = await act(ctx, BOARD, authoring.FORM_ID, "", **values)
    assert text(saved).startswith("Survey #1 is saved as a draft with 6 questions.")
    assert text(await run(ctx, BOARD, "survey", "publish", "1")).startswith("Survey #1 is")


async def answer(
    ctx: Context, member: Member, first: dict[str, str], second: dict[str, str] | None = None
) -> None:
    """Both parts through the Answer button and its forms (part 2 only when given)."""
    for part, values in enumerate((first, second), start=1):
        if values is None:
            return
        opened = await act(ctx, member, authoring.ANSWER, f"1:{part}")
        assert opened.form is not None, text(opened)
        shown = {f.name for f in opened.form.fields}
        assert set(values) <= shown
        saved = await act(ctx, member, answering.FORM_ID, opened.form.context, **values)
        done = "Part 1 of 2 is saved." if part == 1 else "Thank you! Your answer is saved"
        assert text(saved).startswith(done), text(saved)


def part1(q1: str, q2: str, q3: str, q4: str = "", q5: str = "Yes") -> dict[str, str]:
    return {"q1": q1, "q2": q2, "q3": q3, "q4": q4, "q5": q5}


async def answered(ctx: Context) -> None:
    await make_survey(ctx)
    await answer(ctx, EVA, part1("Bygg", "4", "Bygg, Miljö", "Sms-avisering till sökande"), {})
    await answer(ctx, SARA, part1("bygg", "5", "Bygg"), {"q6": ""})
    await answer(
        ctx, OLA, part1("Miljö", "3", "miljö, BAB", "Export av ärendelistan till Excel"),
        {"q6": "=HYPERLINK(\"http://x\")"},
    )  # fmt: skip
    await answer(ctx, PER, part1("Bygg", "2", "Bygg"), {})
    await answer(ctx, KIM, part1("BAB", "4", "BAB", q5="No"), {})
    await answer(ctx, LISA, part1("Miljö", "3", ""))  # part 1 only: not complete


async def test_results_count_every_answer_with_shares_and_municipalities(ctx: Context) -> None:
    await answered(ctx)
    reply = await run(ctx, BOARD, "survey", "results", "1")
    message = reply.message
    assert message.title == "Results of survey #1: Castor 2026"
    assert message.text.splitlines()[1:] == [
        "6 members have answered (5 complete).",
        "By municipality: Umeå 2, Växjö 2, Mora 1, not verified 1",
    ]
    fields = {f.name: f.value for f in message.fields}
    assert fields["1. Which module matters most?"] == (
        "Bygg: 3 (50%)\nMiljö: 2 (33%)\nBAB: 1 (17%)\nAnswered by 6."
    )
    assert fields["2. How satisfied are you?"] == (
        "1: 0 (0%)\n2: 1 (17%)\n3: 2 (33%)\n4: 2 (33%)\n5: 1 (17%)\nMean: 3.5\nAnswered by 6."
    )
    # multiple choice: of the 5 who answered; a member may pick several
    assert fields["3. Which modules do you use?"] == (
        "Bygg: 3 (60%)\nMiljö: 2 (40%)\nBAB: 2 (40%)\nAnswered by 5."
    )
    assert fields["4. What do you miss?"] == (
        "• Sms-avisering till sökande (Växjö)\n• Export av ärendelistan till Excel (Umeå)"
    )
    assert fields["5. Will you come to the user meeting?"] == (
        "Yes: 5 (83%)\nNo: 1 (17%)\nAnswered by 6."
    )
    assert fields["1. by municipality"] == (
        "Umeå (2): Bygg 1, Miljö 1\nVäxjö (2): Bygg 2\nMora (1): BAB 1\nnot verified (1): Miljö 1"
    )
    assert fields["2. by municipality"].startswith("Umeå (2): mean 2.5\nVäxjö (2): mean 4.5")
    assert len(message.fields) <= 20
    [select] = message.selects
    assert select.action_id == results.TO_WISH
    assert [o.value for o in select.options] == ["1:1:4", "1:3:4", "1:3:6"]


async def test_the_attached_files_one_csv_row_per_member_and_a_summary(ctx: Context) -> None:
    await answered(ctx)
    csv_file, md_file = (await run(ctx, BOARD, "survey", "results", "1")).message.attachments
    assert (csv_file.filename, md_file.filename) == ("enkat-1.csv", "enkat-1.md")
    rows = list(csv.DictReader(io.StringIO(csv_file.content or "")))
    assert [r["member"] for r in rows] == ["Eva", "Sara", "Ola", "Per", "Kim", "Lisa"]
    assert [r["municipality"] for r in rows] == ["Växjö", "Växjö", "Umeå", "Umeå", "Mora", ""]
    assert [r["complete"] for r in rows] == ["yes"] * 5 + ["no"]
    assert {r["survey"] for r in rows} == {"1"}
    assert rows[0]["submitted"] == "2026-01-01 13:00"  # Swedish time
    assert rows[0]["3. Which modules do you use?"] == "Bygg; Miljö"
    assert rows[0]["2. How satisfied are you?"] == "4"
    assert rows[2]["6. Anything else?"] == '\'=HYPERLINK("http://x")'  # never a formula
    summary = md_file.content or ""
    assert summary.startswith(
        "# Results of survey #1: Castor 2026\n\n6 members have answered (5 complete)."
    )
    assert "| Choice | Count | Share | Umeå | Växjö | Mora | not verified |" in summary
    assert "| Bygg | 3 | 50% | 1 | 2 | 0 | 0 |" in summary
    assert "Mean: 3.5" in summary
    assert "- Export av ärendelistan till Excel (Umeå)" in summary


async def test_a_free_text_answer_becomes_a_wish_after_the_similar_check(ctx: Context) -> None:
    await answered(ctx)
    earlier = await run(
        ctx, PER, "wish", title="Sms-avisering till sökande vid beslut", module="Bygg"
    )
    assert "#1" in text(earlier)
    # Eva's answer looks like wish #1: it is suggested before anything is saved
    similar = await act(ctx, BOARD, results.TO_WISH, "1:1:4")
    assert similar.message.title == "Similar wishes"
    assert [b.label for b in similar.message.buttons] == ["Support #1", "Submit as new"]
    saved = await act(ctx, BOARD, "wish.submit", similar.message.buttons[-1].value)
    assert text(saved) == "Thank you! Your wish is #2: Sms-avisering till sökande"
    # Ola's answer is like nothing: saved at once
    direct = await act(ctx, BOARD, results.TO_WISH, "1:3:4")
    assert text(direct) == "Thank you! Your wish is #3: Export av ärendelistan till Excel"
    async with ctx.db.transaction() as session:
        wishes = {w.id: w for w in await all_wishes(session)}
        board = await get_member(session, platform="console", user_id="bo")
    assert (wishes[2].module, wishes[2].municipality) == ("Övrigt", "Växjö")
    assert wishes[3].municipality == "Umeå"
    assert wishes[2].title == "Sms-avisering till sökande" and wishes[2].description == ""
    assert board is not None and board.person.municipality == "Mora", "the board member's own"


async def test_refusals_are_clear(ctx: Context) -> None:
    await answered(ctx)
    assert text(await run(ctx, BOARD, "survey", "results", "9")) == "There is no survey #9."
    assert text(await act(ctx, EVA, results.TO_WISH, "1:1:4")) == (
        "Only board members may do this."
    )
    assert text(await act(ctx, BOARD, results.TO_WISH, "1:1:2")) == "That answer is gone."
    assert text(await act(ctx, BOARD, results.TO_WISH, "x")) == (
        "This button or form is no longer in use."
    )
    assert text(await run(ctx, EVA, "survey", "results", "1")).startswith("Only board members")


async def test_results_of_a_survey_nobody_answered(ctx: Context) -> None:
    await make_survey(ctx)
    message = (await run(ctx, BOARD, "survey", "results", "1")).message
    assert message.text.splitlines()[1] == "0 members have answered (0 complete)."
    assert message.selects == ()
    rows = list(csv.DictReader(io.StringIO(message.attachments[0].content or "")))
    assert rows == []


async def test_numbers_in_swedish_for_a_swedish_board_member(ctx: Context) -> None:
    await answered(ctx)
    swedish = Member("console", "bo", "Bo", is_board=True, municipality="Mora")
    fields = (await run(ctx, swedish, "survey", "results", "1")).message.fields
    assert fields[0].value.startswith("Bygg: 3 (50\xa0%)")
    assert "3,5" in fields[1].value
