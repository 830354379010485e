"""/my-data and `bryggan member export`: everything kept about a person, and nothing about
anyone else."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from bot import cli, cli_members
from bot.settings import Settings
from handlers.commands import inbound_handlers
from handlers.context import Context
from handlers.inbound import dispatch_inbound
from handlers.run import run_interaction
from handlers.types import InboundMessage, Interaction, Member
from handlers.wishes.following import follow_wish
from storage.bridges import create_bridge, join_bridge
from tests.conftest import DatabaseTarget
from tests.unit.test_people_verify import ask, code_in, give
from tests.unit.test_wishes import run, submit, text

ANNA_DISCORD = Member("discord", "11", "Anna")
ANNA_SLACK = Member("slack", "U11", "Anna A")
BO = Member("console", "bo", "Bo", is_board=True)
OLA = Member("console", "ola", "Ola")


@pytest.fixture(autouse=True)
def _codes_shown_on_every_platform(ctx: Context) -> None:
    ctx.people = replace(ctx.people, shown_code_platforms=("console", "discord", "slack"))


async def survey_answered(ctx: Context, board: Member, member: Member) -> None:
    """The board publishes survey 1 and `member` answers it."""
    values = {"title": "Enkät", "closes": "2026-02-01", "questions": "Modul? [en: Bygg, Miljö]"}
    await run_interaction(ctx, Interaction("survey.form", board, None, values=values))
    await run(ctx, board, "survey", "publish", "1")
    await run_interaction(
        ctx, Interaction("survey.answers", member, None, "1:1", values={"q1": "Bygg"})
    )


async def bridged(ctx: Context, *channels: tuple[str, str]) -> None:
    """A bridge "bygg", made by Bo, joining the (platform, channel id) pairs."""
    async with ctx.db.transaction() as session:
        bridge = await create_bridge(session, name="bygg", created_by="Bo", now=ctx.clock.now())
        assert bridge is not None
        for platform, channel in channels:
            await join_bridge(
                session, bridge_id=bridge.id, platform=platform, channel_id=str(channel),
                channel_name="bygg", added_by="Bo", now=ctx.clock.now(),
            )  # fmt: skip


async def busy_anna(ctx: Context) -> None:
    """Anna uses every feature from two accounts; Ola does a little too."""
    for account in (ANNA_DISCORD, ANNA_SLACK):
        await give(ctx, account, code_in(await ask(ctx, account, "anna@lund.se")))
    await submit(ctx, ANNA_DISCORD, "Digital signering av delegationsbeslut")
    await submit(ctx, OLA, "Kartlager för strandskydd", module="Kart & mät")
    await run(ctx, ANNA_SLACK, "support", "2")
    await run(ctx, BO, "round", "open", "2026-02-01")
    await run(ctx, ANNA_SLACK, "round", "place", "2", "4")
    await run(ctx, BO, "meeting", "add", "2026-01-20", "18:00")
    await run(ctx, ANNA_DISCORD, "agenda", "propose", "Mallar för BAB")
    await survey_answered(ctx, BO, ANNA_SLACK)
    await bridged(ctx, ("discord", "D1"), ("slack", "S1"))
    ctx.inbound = inbound_handlers()
    await dispatch_inbound(ctx, InboundMessage("new", "discord", "D1", "m1", ANNA_DISCORD, "Hej"))


async def test_my_data_shows_everything_about_the_person_from_either_account(
    ctx: Context,
) -> None:
    await busy_anna(ctx)
    reply = await run(ctx, ANNA_SLACK, "my-data")
    assert reply.private and reply.message.title == "Det här sparar Bryggan om dig"
    shown = text(reply)
    assert "Verifierad adress: anna@lund.se" in shown and "Kommun: Lund" in shown
    assert "Önskemål inskickade: 1" in shown and "Enkätsvar: 1" in shown
    (file,) = reply.message.attachments
    assert file.filename == "mina-uppgifter.json" and file.content_type == "application/json"
    data = json.loads(file.content or "")
    assert {a["platform"] for a in data["accounts"]} == {"discord", "slack"}
    assert [w["title"] for w in data["wishes_submitted"]] == [
        "Digital signering av delegationsbeslut"
    ]
    assert sorted(s["wish"] for s in data["supports"]) == [1, 2]  # her own wish, and Ola's
    assert [(c["wish"], c["after"]) for c in data["round_point_changes"]] == [(2, 4)]
    assert data["survey_answers"][0]["answers"] == {"1": "Bygg"}
    assert [p["text"] for p in data["agenda_proposals"]] == ["Mallar för BAB"]
    assert [(m["platform"], m["message"]) for m in data["bridged_messages"]] == [("discord", "m1")]
    assert [c["after"] for c in data["municipality_changes"]] == ["Lund"]
    assert len(data["verification_requests"]) == 2
    assert "Ola" not in (file.content or "") and "Kartlager" not in (file.content or "")
    assert "Konton: console (Ola)\nVerifierad adress: ingen" in text(
        await run(ctx, OLA, "mina-uppgifter")
    )


async def test_the_board_exports_the_same_from_the_command_line(
    ctx: Context, db_target: DatabaseTarget, tmp_path: Path
) -> None:
    await busy_anna(ctx)
    settings = Settings(database_url=db_target.url, database_schema=db_target.schema)  # type: ignore[arg-type]
    out = tmp_path / "anna.json"
    args = cli._parser().parse_args(["member", "export", "anna@lund.se", "--output", str(out)])
    assert await cli_members.run(settings, args) == 0
    exported = json.loads(out.read_text(encoding="utf-8"))
    chat = json.loads(
        (await run(ctx, ANNA_DISCORD, "my-data")).message.attachments[0].content or ""
    )
    assert exported == chat
    unknown = cli._parser().parse_args(["member", "export", "#999"])
    assert await cli_members.run(settings, unknown) == 1


async def test_the_summary_counts_comments_and_the_wishes_followed(ctx: Context) -> None:
    await busy_anna(ctx)  # she supports #1 (her own) and #2: she follows both by default
    await submit(ctx, OLA, "Påminnelse om bevakning", module="Bygg")
    await run(ctx, ANNA_DISCORD, "comment", "2", "Vi behöver det också")
    await run(ctx, ANNA_DISCORD, "comment", "3", "Bra förslag")  # commenting follows #3
    await follow_wish(ctx, ANNA_SLACK, 1, following=False)  # her choice wins over support
    reply = await run(ctx, ANNA_SLACK, "my-data")
    data = json.loads(reply.message.attachments[0].content or "")
    assert len(data["wish_comments"]) == 2
    shown = text(reply).splitlines()
    assert "Kommentarer: 2" in shown and "Önskemål du följer: 2" in shown  # #2 and #3
    await run(ctx, OLA, "language", "en")
    english = text(await run(ctx, OLA, "my-data")).splitlines()
    assert "Comments: 0" in english and "Wishes you follow: 2" in english  # his own #2 and #3


async def test_a_supporter_of_a_merged_duplicate_follows_its_original_too(ctx: Context) -> None:
    """As the digest goes by (`storage.follows.follows_of`): the summary counts both."""
    await give(ctx, ANNA_SLACK, code_in(await ask(ctx, ANNA_SLACK, "anna@lund.se")))
    await submit(ctx, OLA, "Kartlager för strandskydd", module="Kart & mät")
    await submit(ctx, OLA, "Påminnelse om bevakning av strandskyddsdispens", module="Miljö")
    await run(ctx, ANNA_SLACK, "support", "1")
    assert "Önskemål du följer: 1" in text(await run(ctx, ANNA_SLACK, "my-data")).splitlines()
    await run(ctx, BO, "wish-merge", "1", "2")
    assert "Önskemål du följer: 2" in text(await run(ctx, ANNA_SLACK, "my-data")).splitlines()
