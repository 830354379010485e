"""The board's /member: approve and revoke, lists, domains, blocks; all refused to members."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from handlers.context import Context
from handlers.inbound import dispatch_inbound
from handlers.types import InboundMessage, Member
from storage.people_models import AffiliationChangeRow, BoardDomainRow
from tests.unit.test_people_verify import ask, code_in, give, person_of
from tests.unit.test_wishes import run, submit, text, wishes_channel

BO = Member("console", "bo", "Bo", is_board=True)


@pytest.fixture(autouse=True)
def _codes_shown_on_every_platform(ctx: Context) -> None:
    ctx.people = replace(ctx.people, shown_code_platforms=("console", "discord", "slack"))


EVA = Member("discord", "222", "Eva")
OLA = Member("slack", "U333", "Ola")


async def member(ctx: Context, who: Member, *words: str, **options: object) -> str:
    return text(await run(ctx, who, "member", *words, **options))


@pytest.mark.parametrize(
    "words",
    [
        ("approve", "Eva", "Växjö"),
        ("revoke", "Eva"),
        ("list",),
        ("show", "Eva"),
        ("domain", "add", "x.se", "Växjö"),
        ("block", "Eva"),
        ("unblock", "Eva"),
    ],
)
async def test_every_member_subcommand_is_for_the_board_only(
    ctx: Context, words: tuple[str, ...]
) -> None:
    await run(ctx, EVA, "help")  # Eva is known
    answer = await member(ctx, OLA, *words)
    assert answer.startswith("Bara styrelseledamöter får använda /member")
    assert (await person_of(ctx, EVA)).municipality is None
    async with ctx.db.transaction() as session:
        assert list((await session.execute(select(BoardDomainRow))).scalars()) == []


async def test_approve_by_mention_number_or_name_then_revoke_with_a_log(ctx: Context) -> None:
    await run(ctx, EVA, "help")
    eva = await person_of(ctx, EVA)
    assert await member(ctx, BO, "approve", "<@222>", "växjö kommun") == (
        f"#{eva.id} Eva räknas nu för Växjö."
    )
    assert await member(ctx, BO, "approve", f"#{eva.id}", "Umeå") == (
        f"#{eva.id} Eva räknas nu för Umeå."
    )
    assert (await person_of(ctx, EVA)).verified_via == "approval"
    shown = await member(ctx, BO, "show", "Eva")
    assert "Kommun: Umeå, godkänd av Bo" in shown and "Växjö → Umeå (godkännande, Bo)" in shown
    assert (
        await member(ctx, BO, "revoke", "eva")
        == f"#{eva.id} Eva räknas inte längre för någon kommun."
    )
    assert await member(ctx, BO, "revoke", "eva") == f"#{eva.id} är inte verifierad."
    async with ctx.db.transaction() as session:
        log = (await session.execute(select(AffiliationChangeRow).order_by("id"))).scalars()
        assert [(c.before, c.after, c.how) for c in log] == [
            (None, "Växjö", "approval"),
            ("Växjö", "Umeå", "approval"),
            ("Umeå", None, "revoked"),
        ]


@pytest.mark.parametrize(
    ("words", "answer"),
    [
        (("approve", "Nobody", "Växjö"), "Jag känner inte till någon medlem ”Nobody”."),
        (("approve", "Eva", "Atlantis"), "”Atlantis” är ingen svensk kommun som jag känner till."),
        (("approve", "#999", "Växjö"), "Det finns ingen medlem #999."),
        (("show", "x@vaxjo.se"), "Ingen är verifierad via x@vaxjo.se."),
        (("domain", "add", "inte en domän", "Växjö"), "Ange en e-postdomän"),
        (("domain", "add", "1.2.3.4", "Växjö"), "Ange en e-postdomän"),
        (("domain", "add", "x@gmail.com", "Växjö"), "Ange en e-postdomän"),
        (("domain", "add", "forbund.se"), "Ange vilken kommun domänen räknas för."),
        (("domain", "remove", "forbund.se"), "forbund.se finns inte bland styrelsens domäner."),
        (("unblock", "Eva"), "är inte blockerad."),
    ],
)
async def test_bad_input_gets_a_clear_answer(
    ctx: Context, words: tuple[str, ...], answer: str
) -> None:
    await run(ctx, EVA, "help")
    said = await member(ctx, BO, *words)
    assert answer in said
    assert "Referens" not in said
    assert (await person_of(ctx, EVA)).municipality is None


async def test_a_mention_names_only_the_account_it_mentions(ctx: Context) -> None:
    impostor = Member("discord", "999000", "123456789012345678")
    await run(ctx, impostor, "help")
    refused = await member(ctx, BO, "approve", "<@123456789012345678>", "Lund")
    assert refused == "Jag känner inte till någon medlem ”<@123456789012345678>”."
    real = Member("discord", "123456789012345678", "Riktig")
    await run(ctx, real, "help")
    approved = await member(ctx, BO, "approve", "<@!123456789012345678>", "Lund")
    assert approved.endswith("Riktig räknas nu för Lund.")
    assert (await person_of(ctx, impostor)).municipality is None
    await run(ctx, Member("slack", "U999", "Ola"), "help")
    await run(ctx, Member("slack", "U5", "U999"), "help")
    assert (await member(ctx, BO, "show", "<@U999|ola>")).endswith("Ola") is False
    assert "Konton: slack:Ola" in await member(ctx, BO, "show", "<@U999|ola>")


async def test_a_matrix_user_id_names_that_account(ctx: Context) -> None:
    """Matrix's mention form is the user id itself, as its platform declares it."""
    await run(ctx, Member("matrix", "@dora:example.se", "Dora"), "help")
    await run(ctx, Member("matrix", "@imp:example.se", "@dora:example.se"), "help")
    approved = await member(ctx, BO, "approve", "@dora:example.se", "Lund")
    assert approved.endswith("Dora räknas nu för Lund.")


async def test_names_are_matched_in_any_case_with_or_without_at(ctx: Context) -> None:
    await run(ctx, Member("slack", "U7", "Örjan Ås"), "help")
    for typed in ("örjan ås", "ÖRJAN ÅS", "@Örjan Ås"):
        assert (await member(ctx, BO, "approve", typed, "Umeå")).endswith("räknas nu för Umeå.")


async def test_a_name_shared_by_two_people_asks_for_the_number(ctx: Context) -> None:
    await run(ctx, EVA, "help")
    await run(ctx, Member("slack", "U9", "Eva"), "help")
    assert "kan vara flera medlemmar" in await member(ctx, BO, "approve", "Eva", "Lund")


async def test_board_domains_count_for_their_municipality(ctx: Context) -> None:
    said = await ask(ctx, EVA, "eva@kommunalforbundet.se")
    assert said.startswith("kommunalforbundet.se är inte e-postdomänen")
    added = await member(ctx, BO, "domain", "add", "Kommunalforbundet.SE", "Ljungby")
    assert added == "Adresser på kommunalforbundet.se räknas nu för Ljungby."
    assert "kommunalforbundet.se → Ljungby" in await member(ctx, BO, "domain", "list")
    await give(ctx, EVA, code_in(await ask(ctx, EVA, "eva@kommunalforbundet.se")))
    assert (await person_of(ctx, EVA)).municipality == "Ljungby"
    await member(ctx, BO, "domain", "remove", "kommunalforbundet.se")
    assert (await ask(ctx, OLA, "ola@kommunalforbundet.se")).startswith(
        "kommunalforbundet.se är inte e-postdomänen"
    )


async def test_a_public_mail_service_counts_for_no_municipality(ctx: Context) -> None:
    """Anyone can have a gmail.com address: the board cannot make it count for Mora."""
    refused = await member(ctx, BO, "domain", "add", "Gmail.com", "Mora")
    assert refused == "gmail.com är en allmän e-posttjänst: vem som helst kan ha en adress där."
    assert "gmail.com" not in await member(ctx, BO, "domain", "list")
    assert (await ask(ctx, EVA, "eva@gmail.com")).startswith("gmail.com är inte e-postdomänen")


async def test_moving_a_municipalitys_own_domain_says_what_it_moves(ctx: Context) -> None:
    """The board's word wins over the shipped list (it can go stale), and the answer says
    whose domain it was and that its members move when they verify again."""
    moved = await member(ctx, BO, "domain", "add", "vaxjo.se", "Umeå")
    assert moved == (
        "Adresser på vaxjo.se räknas nu för Umeå. Den var Växjös egen domän: medlemmar "
        "verifierade med den räknas för Umeå när de verifierar sig igen."
    )


async def test_the_list_file_writes_formulas_as_text(ctx: Context) -> None:
    await run(ctx, Member("slack", "U8", "=HYPERLINK(1)"), "help")
    (csv_file,) = (await run(ctx, BO, "member", "list")).message.attachments
    assert "'=HYPERLINK(1)" in (csv_file.content or "")


async def test_a_merged_board_members_approvals_stay_theirs(ctx: Context) -> None:
    boss, home = Member("console", "boss", "Boss", is_board=True), Member("slack", "U4", "Boss")
    await run(ctx, EVA, "help")
    await give(ctx, home, code_in(await ask(ctx, home, "boss@umea.se")))
    await member(ctx, boss, "approve", "Eva", "Växjö")
    await give(ctx, boss, code_in(await ask(ctx, boss, "boss@umea.se")))
    shown = await member(ctx, BO, "show", "Eva")
    assert "godkänd av Boss" in shown and "(godkännande, Boss)" in shown


async def test_the_list_shows_who_is_verified_how_and_can_filter(ctx: Context) -> None:
    await give(ctx, EVA, code_in(await ask(ctx, EVA, "eva@vaxjo.se")))
    await run(ctx, OLA, "help")
    await member(ctx, BO, "approve", "Ola", "Umeå")
    everyone = await run(ctx, BO, "member", "list")
    assert "Eva — Växjö, via adressen eva@vaxjo.se" in text(everyone)
    assert "Ola — Umeå, godkänd av Bo" in text(everyone)
    (csv_file,) = everyone.message.attachments
    assert csv_file.filename == "members.csv" and "eva@vaxjo.se" in (csv_file.content or "")
    only = await member(ctx, BO, "list", municipality="Umeå")
    assert "Ola" in only and "Eva" not in only
    unverified = await member(ctx, BO, "list", which="unverified")
    assert "Bo — ej verifierad" in unverified and "Eva" not in unverified
    assert await member(ctx, BO, "list", "unverified") == unverified


async def test_a_blocked_person_is_refused_and_not_bridged(ctx: Context) -> None:
    await run(ctx, EVA, "help")
    heard: list[InboundMessage] = []

    async def listener(_ctx: Context, message: InboundMessage) -> None:
        heard.append(message)

    ctx.inbound = [listener]
    blocked = await member(ctx, BO, "block", "Eva", "sprider", "reklam")
    assert blocked.endswith("är blockerad: kommandon nekas och inlägg förs inte vidare.")
    refused = text(await submit(ctx, EVA, "Köp billiga klockor"))
    assert refused.startswith("Styrelsen har blockerat dig från att använda Bryggan.")
    await wishes_channel(ctx)
    assert text(await run(ctx, EVA, "wishes")).startswith("Styrelsen har blockerat dig")
    await dispatch_inbound(ctx, InboundMessage("new", "discord", "C1", "m1", EVA, "reklam"))
    await dispatch_inbound(ctx, InboundMessage("edited", "discord", "C1", "m1", EVA, "mer"))
    await dispatch_inbound(ctx, InboundMessage("deleted", "discord", "C1", "m1", EVA))
    assert [m.kind for m in heard] == ["deleted"], "a delete still takes copies down"
    assert "av Bo: sprider reklam" in await member(ctx, BO, "show", "Eva")
    shown = await member(ctx, BO, "show", "Eva")
    assert "Blockerad " in shown and " av Bo: sprider reklam" in shown  # when, and by whom
    await member(ctx, BO, "unblock", "Eva")
    await member(ctx, BO, "block", "Eva")
    assert " av Bo: ingen anledning angiven" in await member(ctx, BO, "show", "Eva")
    await member(ctx, BO, "unblock", "Eva")
    await dispatch_inbound(ctx, InboundMessage("new", "discord", "C1", "m2", EVA, "hej"))
    assert [m.kind for m in heard] == ["deleted", "new"]
    assert text(await submit(ctx, EVA, "Bättre sökning")).startswith("Tack!")
    assert (await member(ctx, BO, "block", "Bo")) == "Du kan inte blockera dig själv."
