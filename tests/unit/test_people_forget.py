"""/forget-me and `bryggan member erase`: a person who used every feature is erased, and no
table keeps their names, platform ids or address; what is the association's stays."""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy import select, update

from bot import cli, cli_members
from bot.settings import Settings
from handlers.commands import inbound_handlers
from handlers.context import Context
from handlers.inbound import dispatch_inbound
from handlers.mail.subscribers import add_address
from handlers.run import run_interaction
from handlers.types import InboundMessage, Interaction, Member
from storage import outbox
from storage.bridges import create_bridge
from storage.channels import add_topic
from storage.mail_models import MailSubscriberRow
from storage.mirror_models import BridgeRow
from storage.models import Base, MemberRow, OutboxRow
from storage.people_models import PersonRow
from storage.process_models import OutboxHoldRow
from storage.surveys import answers_to
from tests.conftest import DatabaseTarget
from tests.people import verify_all
from tests.unit.test_people_my_data import bridged, survey_answered
from tests.unit.test_people_verify import ask, code_in, give
from tests.unit.test_wishes import run, submit, text, wishes_channel

ZELDA_DISCORD = Member("discord", "918273645", "Zelda Qwertyson")
ZELDA_SLACK = Member("slack", "UZELDAQ1", "zelda.qwertyson", is_board=True)
OLA = Member("console", "ola", "Ola", municipality="Mora")
BO = Member("console", "bo", "Bo", is_board=True, municipality="Upplands-Bro")
MARKERS = ("zelda", "qwertyson", "918273645", "uzeldaq1", "xylofon", "kvarg")
ADDRESS = "zelda.qwertyson@lund.se"


@pytest.fixture(autouse=True)
async def _setting(ctx: Context) -> None:
    ctx.people = replace(ctx.people, shown_code_platforms=("console", "discord", "slack"))
    ctx.inbound = inbound_handlers()
    await verify_all(ctx, OLA, BO)


async def _channels(ctx: Context) -> None:
    await wishes_channel(ctx)
    async with ctx.db.transaction() as session:
        now = ctx.clock.now()
        for platform, channel in (("slack", "SANN"), ("discord", "DANN")):
            await add_topic(
                session, platform=platform, channel_id=channel, channel_name="meddelanden",
                topic="announcements", added_by="Bo", now=now,
            )  # fmt: skip
    await bridged(ctx, ("discord", "D1"), ("slack", "S1"))


async def zelda_everywhere(ctx: Context) -> None:
    """Zelda uses every feature from two accounts, one of them on the board."""
    await _channels(ctx)
    for account in (ZELDA_DISCORD, ZELDA_SLACK):
        await give(ctx, account, code_in(await ask(ctx, account, ADDRESS)))
    await add_address(ctx, ADDRESS, added_by="Bo")
    await add_address(ctx, "eva@mora.se", added_by=ZELDA_SLACK.display_name)
    await submit(ctx, ZELDA_DISCORD, "Digital signering av delegationsbeslut")
    await submit(ctx, OLA, "Kartlager för strandskydd", module="Kart & mät")
    await run(ctx, ZELDA_SLACK, "support", "2")
    await run(ctx, BO, "round", "open", "2026-02-01")
    await run(ctx, ZELDA_SLACK, "round", "place", "2", "4")
    await run(ctx, ZELDA_SLACK, "meeting", "add", "2026-01-20", "18:00")
    await run(ctx, ZELDA_DISCORD, "agenda", "propose", "Mallar för BAB")
    await run(ctx, BO, "agenda", "accept", "1")
    await survey_answered(ctx, BO, ZELDA_SLACK)
    avatar = f"https://cdn.discordapp.com/avatars/{ZELDA_DISCORD.user_id}/a1b2.png"
    for message in (
        InboundMessage("new", "discord", "D1", "m1", ZELDA_DISCORD, "Hej", avatar_url=avatar),
        InboundMessage("edited", "discord", "D1", "m1", ZELDA_DISCORD, "Hej, om xylofonen"),
        InboundMessage("new", "discord", "D1", "m3", ZELDA_DISCORD, "Kvargtårta på fredag"),
        InboundMessage("deleted", "discord", "D1", "m3", ZELDA_DISCORD),
        InboundMessage("new", "discord", "D1", "m4", OLA, "Svar till henne", thread_id="m1"),
        InboundMessage("new", "slack", "S1", "m2", OLA, "Hej Ola här", thread_id="m2"),
        InboundMessage("new", "slack", "SANN", "a1", ZELDA_SLACK, "Årsmöte den 12 mars"),
    ):
        await dispatch_inbound(ctx, message)


async def traces(ctx: Context) -> list[str]:
    """Every text or JSON value in every table that names Zelda, as `table.column: value`."""
    found = []
    async with ctx.db.transaction() as session:
        for table in Base.metadata.sorted_tables:
            for row in await session.execute(select(table)):
                for column, value in zip(table.columns, row, strict=True):
                    shown = _as_text(value)
                    if shown and any(marker in shown.lower() for marker in MARKERS):
                        found.append(f"{table.name}.{column.name}: {shown[:80]}")
    return found


def _as_text(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return None


async def forget(ctx: Context, member: Member) -> str:
    asked = await run(ctx, member, "glöm-mig")
    (button,) = asked.message.buttons
    assert button.style == "danger"
    done = await run_interaction(ctx, Interaction(button.action_id, member, None, button.value))
    assert done.update
    return text(done)


async def test_forget_me_leaves_no_trace_of_the_person_and_keeps_the_associations_record(
    ctx: Context,
) -> None:
    await zelda_everywhere(ctx)
    before = await traces(ctx)
    tables = {trace.split(".")[0] for trace in before}
    assert {"people", "members", "mail_subscribers", "outbox", "bridged_messages"} <= tables
    assert {"meetings", "announcements", "verification_codes"} <= tables  # the control
    keys_before = {r.idempotency_key for r in await outbox.list_rows(ctx.db, limit=1000)}

    receipt = await forget(ctx, ZELDA_DISCORD)

    assert "2 konton" in receipt and "2 stöd" in receipt
    assert await traces(ctx) == []
    async with ctx.db.transaction() as session:
        people = list((await session.execute(select(PersonRow.display_name))).scalars())
        assert sorted(people) == ["Bo", "Ola"]
        accounts = list((await session.execute(select(MemberRow.user_id))).scalars())
        assert sorted(accounts) == ["bo", "ola"]
        assert await answers_to(session, 1) == []
    shown = text(await run(ctx, OLA, "visa-önskemål", "1"))
    assert "inskickat av en medlem från Lund" in shown
    assert "1 kommun" in text(await run(ctx, OLA, "visa-önskemål", "2"))  # Ola's own, Zelda's gone
    assert "— en medlem" in text(await run(ctx, BO, "dagordning", "lista"))
    rows = await outbox.list_rows(ctx.db, limit=1000)
    new = {r.idempotency_key: r for r in rows if r.idempotency_key not in keys_before}
    assert any(r.action == "delete" and r.ref_key == "bridge:1:slack:S1" for r in new.values())
    assert any(key.startswith("wish-card:2:slack:CW:edit") for key in new)
    assert not [r for r in rows if r.target.startswith("dm:918273645")]


async def test_the_button_erases_only_the_person_it_was_shown_to(ctx: Context) -> None:
    asked = await run(ctx, ZELDA_DISCORD, "forget-me")
    (button,) = asked.message.buttons
    refused = await run_interaction(ctx, Interaction(button.action_id, OLA, None, button.value))
    assert "används inte längre" in text(refused)
    async with ctx.db.transaction() as session:
        names = list((await session.execute(select(PersonRow.display_name))).scalars())
    assert "Zelda Qwertyson" in names and "Ola" in names


async def test_a_name_is_replaced_as_a_word_and_only_in_history_or_where_names_go(
    ctx: Context,
) -> None:
    """Erasing "Bo": a delivered post's copy loses his name as a word ("Bostadsanpassning"
    stays); a post still waiting keeps its text (it is someone else's) but not his byline."""
    text = "Bostadsanpassning: Bo svarar, Bosse också"
    async with ctx.db.transaction() as session:
        for key in ("sent:1", "waiting:1"):
            await outbox.enqueue(
                session, platform="slack", target="C1", idempotency_key=key,
                payload={"text": text, "author_name": "Bo (Discord)"}, now=ctx.clock.now(),
            )  # fmt: skip
        await session.execute(
            update(OutboxRow).where(OutboxRow.idempotency_key == "sent:1").values(status="sent")
        )
    await forget(ctx, BO)
    rows = {r.idempotency_key: r.payload for r in await outbox.list_rows(ctx.db, limit=10)}
    assert rows["sent:1"] == {
        "text": "Bostadsanpassning: en medlem svarar, Bosse också",
        "author_name": "en medlem (Discord)",
    }
    assert rows["waiting:1"] == {"text": text, "author_name": "en medlem (Discord)"}


async def test_a_name_someone_else_also_bears_is_left_alone(ctx: Context) -> None:
    """Two members called Ola: erasing one leaves the other's records and posts his."""
    other_ola = Member("discord", "5150", "Ola")
    await run(ctx, other_ola, "hjälp")
    await wishes_channel(ctx)  # added by "Bo"; a bridge made by the other Ola:
    async with ctx.db.transaction() as session:
        await create_bridge(session, name="ola", created_by="Ola", now=ctx.clock.now())
    await forget(ctx, OLA)
    async with ctx.db.transaction() as session:
        made_by = await session.scalar(select(BridgeRow.created_by))
    assert made_by == "Ola"


async def test_the_board_erases_from_the_command_line_only_when_told_yes(
    ctx: Context, db_target: DatabaseTarget, capsys: pytest.CaptureFixture[str]
) -> None:
    await zelda_everywhere(ctx)
    settings = Settings(database_url=db_target.url, database_schema=db_target.schema)  # type: ignore[arg-type]
    asked = cli._parser().parse_args(["member", "erase", ADDRESS])
    assert await cli_members.run(settings, asked) == 1
    assert "Nothing erased" in capsys.readouterr().err
    assert await traces(ctx) != []
    told = cli._parser().parse_args(["member", "erase", ADDRESS, "--yes"])
    assert await cli_members.run(settings, told) == 0
    assert "2 accounts" in capsys.readouterr().out
    assert await traces(ctx) == []
    gone = cli._parser().parse_args(["member", "erase", ADDRESS, "--yes"])
    assert await cli_members.run(settings, gone) == 1


async def test_an_address_on_the_list_only_is_erased_from_the_command_line(
    ctx: Context, db_target: DatabaseTarget
) -> None:
    """A member on no chat asks by mail: the list entry and the mail queued for it go."""
    await add_address(ctx, "karin@vaxjo.se", added_by="Bo")
    await add_address(ctx, "eva@mora.se", added_by="Bo")
    async with ctx.db.transaction() as session:
        for n, who in ((1, "1"), (2, "2")):
            await outbox.enqueue(
                session, platform="email", target=who, idempotency_key=f"news:{n}",
                payload={"text": "Nyheter"}, now=ctx.clock.now(),
            )  # fmt: skip
            session.add(  # a dispatcher process's hold on the destination
                OutboxHoldRow(destination=f"email:{who}", holder="p", held_until=ctx.clock.now())
            )
    settings = Settings(database_url=db_target.url, database_schema=db_target.schema)  # type: ignore[arg-type]
    args = cli._parser().parse_args(["member", "erase", "Karin@Vaxjo.se", "--yes"])
    assert await cli_members.run(settings, args) == 0
    assert [r.target for r in await outbox.list_rows(ctx.db, limit=10)] == ["2"]
    async with ctx.db.transaction() as session:
        held = (await session.execute(select(OutboxHoldRow.destination))).scalars()
        assert list(held) == ["email:2"]
    async with ctx.db.transaction() as session:
        addresses = (await session.execute(select(MailSubscriberRow.address))).scalars()
        assert list(addresses) == ["eva@mora.se"]
    assert await cli_members.run(settings, args) == 1  # nothing left to erase
