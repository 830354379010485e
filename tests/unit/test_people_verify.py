"""Verifying a work address: a code shown (no SMTP) or mailed, its rules, and linking two
accounts of one person so they count once."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from handlers.clock import FakeClock
from handlers.context import Context
from handlers.mail.fanout import recipients_for
from handlers.people.codes import code_for
from handlers.people.config import PeopleConfig
from handlers.run import run_interaction
from handlers.types import Interaction, Member
from storage import outbox
from storage.models import MemberRow
from storage.people_models import AffiliationChangeRow, PersonRow, VerificationCodeRow
from storage.survey_models import SurveyAnswerRow
from storage.wishes import support_of
from tests.unit.test_wishes import run, submit, text, wishes_channel

DISCORD_ANNA = Member("discord", "111", "Anna")
SLACK_ANNA = Member("slack", "U111", "Anna S")
BERTIL = Member("console", "bertil", "Bertil")


@pytest.fixture(autouse=True)
def _codes_shown_on_every_platform(ctx: Context) -> None:
    """These tests read the code from the answer on every platform, as the console shows it
    where no mail server is set up; what Discord and Slack do without one is tested below."""
    ctx.people = replace(ctx.people, shown_code_platforms=("console", "discord", "slack"))


def code_in(reply_text: str) -> str:
    found = re.search(r"\b(\d{6})\b", reply_text)
    assert found, reply_text
    return found.group(1)


async def ask(ctx: Context, member: Member, address: str) -> str:
    return text(await run(ctx, member, "verify", email=address))


async def give(ctx: Context, member: Member, code: str) -> str:
    return text(await run(ctx, member, "verify", code=code))


async def count(ctx: Context, model: type) -> int:
    async with ctx.db.transaction() as session:
        return int((await session.execute(select(func.count(model.id)))).scalar_one())


async def person_of(ctx: Context, member: Member) -> PersonRow:
    async with ctx.db.transaction() as session:
        account = (
            await session.execute(
                select(MemberRow).where(
                    MemberRow.platform == member.platform, MemberRow.user_id == member.user_id
                )
            )
        ).scalar_one()
        return account.person


async def test_without_smtp_the_code_is_shown_and_verifies_the_municipality(
    ctx: Context,
) -> None:
    shown = await ask(ctx, DISCORD_ANNA, " Anna.Andersson@VAXJO.se ")
    assert shown.startswith("Här kan inga mejl skickas, så det här är din kod för")
    assert "anna.andersson@vaxjo.se" in shown
    done = await give(ctx, DISCORD_ANNA, code_in(shown))
    assert done == "Verifierat: anna.andersson@vaxjo.se är din, och du räknas för Växjö."
    person = await person_of(ctx, DISCORD_ANNA)
    assert (person.municipality, person.verified_via, person.email) == (
        "Växjö",
        "address",
        "anna.andersson@vaxjo.se",
    )
    profile = text(await run(ctx, DISCORD_ANNA, "profile"))
    assert "Växjö (verifierad via anna.andersson@vaxjo.se)" in profile
    again = await give(ctx, DISCORD_ANNA, code_in(shown))
    assert again == "Ingen kod väntar på dig. Be om en med /verifiera e-post:ADRESS."


@pytest.mark.parametrize(
    "address", ["b@bygg.vaxjo.se", "b@evilvaxjo.se", "b@vaxjo.se.evil.com", "b@edu.stockholm.se"]
)
async def test_only_a_listed_domain_itself_counts(ctx: Context, address: str) -> None:
    refused = await ask(ctx, BERTIL, address)
    assert "är inte e-postdomänen för någon svensk kommun" in refused
    assert await count(ctx, VerificationCodeRow) == 0


async def test_sub_addresses_are_one_mailbox_and_so_one_person(ctx: Context) -> None:
    for n, account in enumerate((DISCORD_ANNA, SLACK_ANNA, BERTIL)):
        shown = await ask(ctx, account, f"Anna+{n}@vaxjo.se")
        assert "för anna@vaxjo.se:" in shown
        await give(ctx, account, code_in(shown))
    people = {(await person_of(ctx, m)).id for m in (DISCORD_ANNA, SLACK_ANNA, BERTIL)}
    assert len(people) == 1


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        ("inte-en-adress", "”inte-en-adress” är ingen e-postadress"),
        ("kalle@gmail.com", "gmail.com är inte e-postdomänen för någon svensk kommun"),
        ("@vaxjo.se", "”@vaxjo.se” är ingen e-postadress"),
    ],
)
async def test_bad_addresses_get_a_clear_answer_and_store_nothing(
    ctx: Context, typed: str, answer: str
) -> None:
    assert (await ask(ctx, BERTIL, typed)).startswith(answer)
    assert await count(ctx, VerificationCodeRow) == 0
    assert (await person_of(ctx, BERTIL)).municipality is None


@pytest.mark.parametrize("typed", ["12345", "abcdef", "1234567", "12 34 5x"])
async def test_a_malformed_code_is_refused_without_using_a_try(ctx: Context, typed: str) -> None:
    await ask(ctx, BERTIL, "b@umea.se")
    assert await give(ctx, BERTIL, typed) == "En kod har 6 siffror, till exempel 123456."
    async with ctx.db.transaction() as session:
        (row,) = (await session.execute(select(VerificationCodeRow))).scalars()
    assert row.attempts == 0


async def test_five_wrong_tries_end_the_code(ctx: Context) -> None:
    code = code_in(await ask(ctx, BERTIL, "b@umea.se"))
    wrong = f"{(int(code) + 1) % 1_000_000:06d}"
    answers = [await give(ctx, BERTIL, wrong) for _ in range(5)]
    assert answers[:4] == [f"Fel kod; {n} försök kvar." for n in (4, 3, 2, 1)]
    assert answers[4].startswith("För många felaktiga försök")
    assert (await give(ctx, BERTIL, code)).startswith("För många felaktiga försök")
    assert (await person_of(ctx, BERTIL)).municipality is None


async def test_a_code_expires_after_thirty_minutes(ctx: Context, clock: FakeClock) -> None:
    code = code_in(await ask(ctx, BERTIL, "b@umea.se"))
    clock.advance(30 * 60)
    assert (await give(ctx, BERTIL, code)).startswith("Koden har gått ut")
    assert (await person_of(ctx, BERTIL)).municipality is None


async def test_a_code_is_bound_to_the_account_that_asked(ctx: Context) -> None:
    code = code_in(await ask(ctx, DISCORD_ANNA, "anna@umea.se"))
    assert (await give(ctx, SLACK_ANNA, code)).startswith("Ingen kod väntar på dig")
    assert (await person_of(ctx, SLACK_ANNA)).municipality is None


async def test_three_codes_an_hour_per_person_and_per_address(
    ctx: Context, clock: FakeClock
) -> None:
    for n in range(3):
        assert "din kod" in await ask(ctx, BERTIL, f"b{n}@umea.se")
        clock.advance(60)
    refused = await ask(ctx, BERTIL, "b9@umea.se")
    assert refused.startswith("Högst 3 koder i timmen får skickas till dig eller till en adress")
    # the same address asked for by others: the address's limit holds across people
    for n in range(3):
        other = Member("console", f"x{n}", f"X{n}")
        shown = await ask(ctx, other, "delad@mora.se")
        assert "din kod" in shown
    refused = await ask(ctx, DISCORD_ANNA, "delad@mora.se")
    assert refused.startswith("Högst 3 koder")
    # the address is free an hour after its own oldest code, not after Bertil's
    assert refused.endswith("torsdag 1 januari 2026 kl. 14:03.")  # Bertil's would say 14:00
    assert await count(ctx, VerificationCodeRow) == 6
    clock.advance(3600)
    assert "din kod" in await ask(ctx, BERTIL, "b9@umea.se")


async def test_board_members_have_the_same_code_limits(ctx: Context) -> None:
    board = Member("console", "bo", "Bo", is_board=True)
    for n in range(3):
        await ask(ctx, board, f"bo{n}@umea.se")
    assert (await ask(ctx, board, "bo4@umea.se")).startswith("Högst 3 koder")


async def test_with_smtp_the_code_goes_through_the_outbox_and_is_not_shown(
    ctx: Context,
) -> None:
    ctx.people = replace(ctx.people, mail_enabled=True)
    said = await ask(ctx, BERTIL, "bertil@mora.se")
    assert said.startswith("En kod är på väg till bertil@mora.se (Mora)")
    assert not re.search(r"\b\d{6}\b", said)
    (row,) = [r for r in await outbox.list_rows(ctx.db) if r.platform == "email"]
    assert row.target.startswith("verify:") and row.idempotency_key.startswith("verify-code:")
    assert "{code}" in row.payload["text"] and not re.search(r"\d{6}", str(row.payload))
    # what the mail gets as it is sent (test_verify_on_platforms reads it from a real mail)
    (recipient,) = (await recipients_for(ctx, [row.target])).values()
    assert recipient is not None and recipient.code is not None
    assert (await give(ctx, BERTIL, recipient.code)).startswith("Verifierat")
    assert (await recipients_for(ctx, [row.target]))[row.target] is None, "a used code: no mail"


async def test_no_code_rests_in_the_database(ctx: Context) -> None:
    """The code table holds a salt, not the code nor anything to try codes against without
    the key; another key (another installation, a restart without SECRET_KEY) knows none."""
    code = code_in(await ask(ctx, BERTIL, "b@umea.se"))
    async with ctx.db.transaction() as session:
        (row,) = (await session.execute(select(VerificationCodeRow))).scalars()
    assert code not in str(vars(row))
    assert code_for(ctx.people.code_key, row.id, row.salt) == code
    assert code_for(b"another key", row.id, row.salt) != code
    ctx.people = replace(ctx.people, code_key=b"another key")
    assert (await give(ctx, BERTIL, code)).startswith("Fel kod")


async def test_two_accounts_of_one_person_count_once_after_linking(ctx: Context) -> None:
    await wishes_channel(ctx)
    await submit(ctx, BERTIL, "Gemensam mall för delegationsbeslut", module="Miljö")
    await run(ctx, DISCORD_ANNA, "support", "1")
    await run(ctx, SLACK_ANNA, "support", "1")
    async with ctx.db.transaction() as session:
        before = (await support_of(session, [1]))[1]
    assert (before.members, before.unverified) == (0, 3)
    await give(ctx, DISCORD_ANNA, code_in(await ask(ctx, DISCORD_ANNA, "anna@huddinge.se")))
    linked = await give(ctx, SLACK_ANNA, code_in(await ask(ctx, SLACK_ANNA, "ANNA@huddinge.se")))
    assert linked == "Verifierat: anna@huddinge.se är din, och du räknas för Huddinge."
    discord_person, slack_person = (
        await person_of(ctx, DISCORD_ANNA),
        await person_of(ctx, SLACK_ANNA),
    )
    assert discord_person.id == slack_person.id
    assert await count(ctx, PersonRow) == 2  # Anna and Bertil
    async with ctx.db.transaction() as session:
        after = (await support_of(session, [1]))[1]
    assert (after.members, after.municipalities, after.unverified) == (1, ("Huddinge",), 1)
    edits = [r for r in await outbox.list_rows(ctx.db) if r.action == "edit"]
    last = max(edits, key=lambda r: int(r.idempotency_key.rsplit(":", 1)[1]))
    assert "1 medlem från 1 kommun (+1 ej verifierad)" in str(last.payload)
    # a support given from either account now is the person's one support
    taken_back = text(await run(ctx, SLACK_ANNA, "support", "1"))
    assert taken_back.startswith("Du stöder inte längre #1.")


async def test_linking_keeps_one_survey_answer_the_latest(ctx: Context, clock: FakeClock) -> None:
    board = Member("console", "bo", "Bo", is_board=True)
    values = {
        "title": "Enkät",
        "intro": "",
        "closes": "2026-02-01",
        "questions": "Modul? [en: Bygg, Miljö]",
    }
    made = await run_interaction(ctx, Interaction("survey.form", board, None, values=values))
    assert "#1" in text(made)
    await run(ctx, board, "survey", "publish", "1")
    for member, answer in ((DISCORD_ANNA, "Bygg"), (SLACK_ANNA, "Miljö")):
        clock.advance(60)
        await run_interaction(
            ctx, Interaction("survey.answers", member, None, "1:1", values={"q1": answer})
        )
    assert await count(ctx, SurveyAnswerRow) == 2
    await give(ctx, DISCORD_ANNA, code_in(await ask(ctx, DISCORD_ANNA, "anna@lund.se")))
    await give(ctx, SLACK_ANNA, code_in(await ask(ctx, SLACK_ANNA, "anna@lund.se")))
    async with ctx.db.transaction() as session:
        (kept,) = (await session.execute(select(SurveyAnswerRow))).scalars()
    assert kept.answers == {"1": "Miljö"}


async def test_without_mail_a_chat_platform_shows_no_code(ctx: Context) -> None:
    ctx.people = PeopleConfig()  # no SMTP: only the console, whose user has the machine
    refused = await ask(ctx, DISCORD_ANNA, "anna@umea.se")
    assert refused.startswith("Koder kan inte mejlas härifrån än")
    assert not re.search(r"\b\d{6}\b", refused)
    assert await count(ctx, VerificationCodeRow) == 0
    assert "din kod" in await ask(ctx, BERTIL, "bertil@umea.se")


async def test_a_revoke_cannot_be_undone_from_another_account(ctx: Context) -> None:
    board = Member("console", "bo", "Bo", is_board=True)
    await give(ctx, BERTIL, code_in(await ask(ctx, BERTIL, "b@umea.se")))
    await run(ctx, board, "member", "revoke", "Bertil")
    other = Member("slack", "U77", "Bertil igen")
    assert (await ask(ctx, other, "b@umea.se")).startswith("Styrelsen har dragit tillbaka")
    assert (await person_of(ctx, BERTIL)).municipality is None
    assert (await person_of(ctx, other)).municipality is None


async def test_a_revoke_sticks_until_the_board_approves(ctx: Context) -> None:
    board = Member("console", "bo", "Bo", is_board=True)
    await give(ctx, BERTIL, code_in(await ask(ctx, BERTIL, "b@umea.se")))
    await run(ctx, board, "member", "revoke", "Bertil")
    withdrawn = "Styrelsen har dragit tillbaka din verifiering"
    assert (await ask(ctx, BERTIL, "b@lund.se")).startswith(withdrawn)
    assert (await person_of(ctx, BERTIL)).municipality is None
    await run(ctx, board, "member", "approve", "Bertil", "Lund")
    assert "din kod" in await ask(ctx, BERTIL, "b@lund.se")


async def test_every_change_of_municipality_is_logged(ctx: Context) -> None:
    await give(ctx, BERTIL, code_in(await ask(ctx, BERTIL, "b@umea.se")))
    await give(ctx, BERTIL, code_in(await ask(ctx, BERTIL, "b@mora.se")))
    async with ctx.db.transaction() as session:
        log = list(
            (
                await session.execute(
                    select(AffiliationChangeRow).order_by(AffiliationChangeRow.id)
                )
            ).scalars()
        )
    assert [(c.before, c.after, c.how) for c in log] == [
        (None, "Umeå", "address"),
        ("Umeå", "Mora", "address"),
    ]


async def test_code_settings_are_used(ctx: Context, clock: FakeClock) -> None:
    ctx.people = replace(
        ctx.people, code_valid=timedelta(minutes=5), code_tries=1, codes_per_hour=1
    )
    code = code_in(await ask(ctx, BERTIL, "b@umea.se"))
    assert "inom 5 minuter" in await ask(ctx, DISCORD_ANNA, "a@umea.se")
    assert (await ask(ctx, BERTIL, "b2@umea.se")).startswith("Högst 1 kod i timmen")
    clock.advance(5 * 60)
    assert (await give(ctx, BERTIL, code)).startswith("Koden har gått ut")


async def test_support_taken_back_after_linking_leaves_nothing_behind(ctx: Context) -> None:
    board = Member("console", "bo", "Bo", is_board=True)
    await submit(ctx, board, "Gemensam mall för delegationsbeslut", module="Miljö")
    await submit(ctx, board, "Kartlager för strandskydd i e-tjänsten", module="Kart & mät")
    await run(ctx, DISCORD_ANNA, "support", "1")
    await run(ctx, SLACK_ANNA, "support", "2")
    await run(ctx, board, "wish-merge", "2", "1")
    for account in (DISCORD_ANNA, SLACK_ANNA):
        await give(ctx, account, code_in(await ask(ctx, account, "anna@lund.se")))
    async with ctx.db.transaction() as session:
        assert (await support_of(session, [1]))[1].members == 1  # Anna once, Bo unverified
    taken = text(await run(ctx, SLACK_ANNA, "support", "1"))
    assert taken.startswith("Du stöder inte längre #1.")
    async with ctx.db.transaction() as session:
        after = (await support_of(session, [1]))[1]
    assert (after.members, after.municipalities) == (0, ())
