"""The Teams platform end to end in one process: the fake Teams client (tests/fakes/
teams_client.py) signs and POSTs activities to the bot's real `/api/messages` route on
127.0.0.1; the bot answers through the outbox and the real Connector client to the fake Bot
Connector, which checks its tokens from the fake issuer, the cards Teams can show and Teams'
rate limits. Commands in a personal chat and by @mention, private answers in the member's
personal chat, public ones in the command's thread, forms as cards given back filled in,
clicks and choices, a card updated in place, bridges with edits and deletes, and every
forged or malformed request refused before anything is handled."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from aiohttp import web

from bot.dispatcher import Dispatcher, DispatcherConfig
from bot.platforms.teams.connector import TeamsError
from bot.platforms.teams.declaration import DECLARATION
from bot.platforms.teams.platform import TeamsConfig, TeamsPlatform
from handlers.commands import inbound_handlers
from handlers.context import Context
from handlers.door import Door
from handlers.types import Message
from storage import outbox
from storage.bridges import create_bridge, join_bridge
from tests.fakes.teams_client import FakeTeams, SubmitRefused
from tests.fakes.teams_connector import FakeConnector
from tests.fakes.teams_issuer import TOKEN_FORGERIES, FakeIssuer
from tests.fakes.teams_model import Activity, Team, User

APP_ID = "a1b2c3d4-0000-4000-8000-0000000000b0"
TENANT_ID = "72f988bf-0000-4000-8000-000000000001"
PASSWORD = "teams-secret-for-tests"


@dataclass
class World:
    issuer: FakeIssuer
    connector: FakeConnector
    teams: FakeTeams
    platform: TeamsPlatform
    ctx: Context
    dispatcher: Dispatcher
    anna: User  # on the board (TEAMS_BOARD_USERS)
    eva: User
    team: Team
    channel: str
    endpoint: str

    async def delivered(self) -> None:
        assert await self.dispatcher.drain("teams"), "outbox not drained"

    async def personal_chat(self, user: User) -> str:
        chat = await Door(self.ctx).direct_room("teams", user.id)
        assert chat is not None, "no personal chat kept for the member"
        return chat

    async def personal_posts(self, user: User) -> list[Activity]:
        return self.connector.bot_posts(await self.personal_chat(user))

    def channel_posts(self) -> list[Activity]:
        return self.connector.bot_posts(self.channel)

    async def open_count(self) -> int:
        return await outbox.open_count(self.ctx.db, platform="teams", now=self.ctx.clock.now())


def card_of(post: Activity) -> dict[str, Any]:
    attachments = post.body.get("attachments") or []
    assert attachments, f"not a card: {post.body}"
    return dict(attachments[0]["content"])


def elements(node: Any) -> Iterator[dict[str, Any]]:
    """Every object in a card, depth first."""
    if isinstance(node, dict):
        yield node
        node = list(node.values())
    if isinstance(node, list):
        for child in node:
            yield from elements(child)


def shown(post: Activity) -> str:
    """All the text a post shows, card or not."""
    if not post.body.get("attachments"):
        return post.text
    keys = ("text", "title", "label", "value")
    found = (e.get(k) for e in elements(card_of(post)) for k in keys)
    return "\n".join(text for text in found if isinstance(text, str))


@pytest.fixture
async def world(contract_ctx: Context) -> AsyncIterator[World]:
    async with (
        FakeIssuer(app_id=APP_ID, tenant_id=TENANT_ID, password=PASSWORD) as issuer,
        FakeConnector(
            tenant_id=TENANT_ID, app_id=APP_ID, token_ok=issuer.access_token_ok
        ) as connector,
    ):
        anna, eva = connector.add_user("Anna Ek"), connector.add_user("Eva Berg")
        team = connector.add_team("Castor-föreningen", [anna, eva])
        channel = connector.add_channel(team, "Bygg")
        platform = TeamsPlatform(
            Door(contract_ctx),
            TeamsConfig(
                app_id=APP_ID,
                app_password=PASSWORD,
                tenant_id=TENANT_ID,
                board_users=(anna.aad_object_id,),
                openid_metadata_url=issuer.metadata_url,
                login_url=issuer.login_url,
                service_url=connector.service_url,
            ),
        )
        dispatcher = Dispatcher(
            contract_ctx.db,
            {"teams": platform},
            contract_ctx.clock,
            DispatcherConfig(poll_seconds=0.05),
        )
        contract_ctx.wake_outbox = dispatcher.wake
        contract_ctx.inbound = inbound_handlers()
        running = asyncio.create_task(dispatcher.run())
        await platform.start()
        app = web.Application()
        for route in DECLARATION.routes(platform):
            app.router.add_route(route.method, route.path, route.handler)
        runner = web.AppRunner(app, handle_signals=False)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        endpoint = f"http://127.0.0.1:{runner.addresses[0][1]}/api/messages"
        async with FakeTeams(connector, issuer, endpoint=endpoint) as teams:
            world = World(
                issuer, connector, teams, platform, contract_ctx, dispatcher,
                anna, eva, team, channel, endpoint,
            )  # fmt: skip
            try:
                yield world
            finally:
                await runner.cleanup()
                await platform.stop()
                await dispatcher.stop(1)
                await running


# ----- commands and answers


async def test_a_command_in_the_personal_chat_is_answered_there(world: World) -> None:
    await world.teams.personal_message(world.eva, "help")
    await world.delivered()
    [answer] = await world.personal_posts(world.eva)
    assert "Kommandon" in shown(answer)
    assert world.teams.statuses == [200]
    assert world.connector.pings == []


async def test_slash_swedish_names_and_the_umbrella_all_reach_the_command(world: World) -> None:
    for text in ("/help", "hjälp", "bryggan help"):
        await world.teams.personal_message(world.eva, text)
    await world.delivered()
    posts = await world.personal_posts(world.eva)
    assert len(posts) == 3 and all("Kommandon" in shown(p) for p in posts)


async def test_an_unknown_command_gets_a_clear_answer_in_swedish(world: World) -> None:
    await world.teams.personal_message(world.eva, "hej på dig")
    await world.delivered()
    [answer] = await world.personal_posts(world.eva)
    assert "Okänt kommando /hej" in shown(answer)


async def test_a_mention_in_a_channel_answers_privately_and_says_nothing_there(
    world: World,
) -> None:
    await world.teams.channel_message(world.eva, world.channel, "help", mention_bot=True)
    await world.delivered()
    assert world.channel_posts() == []
    [answer] = await world.personal_posts(world.eva)  # a personal chat made for her
    assert "Kommandon" in shown(answer)


async def test_a_public_answer_goes_into_the_commands_thread(world: World) -> None:
    said = await world.teams.channel_message(
        world.anna, world.channel, "bridge create bygg", mention_bot=True
    )
    await world.delivered()
    [answer] = world.channel_posts()
    assert "bygg" in shown(answer)
    assert answer.conversation_id == f"{world.channel};messageid={said['id']}"


async def test_a_board_command_is_refused_to_a_member_who_is_not_on_the_board(
    world: World,
) -> None:
    await world.teams.channel_message(
        world.eva, world.channel, "bridge create bygg", mention_bot=True
    )
    await world.delivered()
    assert world.channel_posts() == []
    [refusal] = await world.personal_posts(world.eva)
    assert "styrelse" in shown(refusal).lower()


async def test_a_channel_message_that_names_no_command_is_no_command(world: World) -> None:
    await world.teams.channel_message(world.eva, world.channel, "hej alla", mention_bot=True)
    await world.teams.channel_message(world.eva, world.channel, "help")  # not addressed
    await world.delivered()
    assert world.channel_posts() == []
    assert await Door(world.ctx).direct_room("teams", world.eva.id) is None


# ----- cards: forms, clicks, choices, updates


async def test_a_form_is_a_card_given_back_filled_in_and_replaced_by_the_answer(
    world: World,
) -> None:
    await world.teams.channel_message(world.eva, world.channel, "probe-form", mention_bot=True)
    await world.delivered()
    [form] = await world.personal_posts(world.eva)
    inputs = {i["id"]: i for i in _inputs(card_of(form))}
    assert inputs["f.title"]["maxLength"] == 120 and inputs["f.title"]["isRequired"]
    with pytest.raises(SubmitRefused):  # Teams itself refuses an empty required field
        await world.teams.fill(world.eva, form.id, {"f.title": ""})
    await world.teams.fill(world.eva, form.id, {"f.title": "Bygglov", "f.details": "Snabbare"})
    await world.delivered()
    [answered] = await world.personal_posts(world.eva)
    assert answered.id == form.id and answered.edited  # the form replaced by the answer
    assert "Sparat: Bygglov / Snabbare" in shown(answered)
    assert f"from:{world.eva.id}" in shown(answered)


async def test_a_refused_form_comes_back_filled_in_with_the_problem_at_its_field(
    world: World,
) -> None:
    await world.teams.personal_message(world.anna, "survey create")
    await world.delivered()
    [form] = await world.personal_posts(world.anna)
    ids = [i["id"] for i in _inputs(card_of(form))]
    answers = {i: "x" for i in ids}  # one-character answers: too short for a survey
    await world.teams.fill(world.anna, form.id, answers)
    await world.delivered()
    again = world.connector.activities[form.id]
    assert again.edited
    given_back = {i["id"]: i.get("value") for i in _inputs(card_of(again))}
    assert set(ids) <= set(given_back)
    assert all(given_back[i] == "x" for i in ids)
    assert "⚠" in shown(again)


async def test_a_select_choice_is_answered(world: World) -> None:
    await world.teams.personal_message(world.eva, "probe-pick")
    await world.delivered()
    [menu] = await world.personal_posts(world.eva)
    [choice] = [i for i in _inputs(card_of(menu)) if i["type"] == "Input.ChoiceSet"]
    await world.teams.choose(world.eva, menu.id, choice["id"], "miljo")
    await world.delivered()
    posts = await world.personal_posts(world.eva)
    assert "Valt: miljo" in shown(posts[-1])


async def test_a_forged_submit_for_no_such_button_changes_nothing(world: World) -> None:
    await world.teams.personal_message(world.eva, "probe-pick")
    await world.delivered()
    [menu] = await world.personal_posts(world.eva)
    forged = {**world.teams.sent[-1], "id": "1", "replyToId": menu.id}
    forged.pop("text", None)
    forged["value"] = {"r": "no.such.button", "v": "1"}
    assert await world.teams.post(forged) == 200
    await world.delivered()
    posts = await world.personal_posts(world.eva)
    assert len(posts) == 2
    assert "används inte längre" in shown(posts[-1])
    assert not world.connector.activities[menu.id].edited


# ----- what is refused at the door


@pytest.mark.parametrize("forgery", TOKEN_FORGERIES)
async def test_a_forged_token_gets_401_and_is_never_handled(world: World, forgery: str) -> None:
    with world.teams.forged(forgery):
        await world.teams.personal_message(world.eva, "help")
    assert world.teams.statuses == [401]
    assert await world.open_count() == 0
    await world.teams.personal_message(world.eva, "help")  # the control: the same, signed
    assert world.teams.statuses == [401, 200]
    await world.delivered()
    assert len(await world.personal_posts(world.eva)) == 1


async def test_a_request_without_a_token_or_with_a_bad_body_is_refused(world: World) -> None:
    session = world.teams._session
    assert session is not None
    good = {"type": "message", "channelId": "msteams", "text": "help"}
    async with session.post(world.endpoint, json=good) as answer:
        assert answer.status == 401
    async with session.post(world.endpoint, data=b"help", headers={"Authorization": "x"}) as a:
        assert a.status == 415
    big = b'{"type": "message", "text": "' + b"x" * 300_000 + b'"}'
    headers = {"Content-Type": "application/json"}
    async with session.post(world.endpoint, data=big, headers=headers) as answer:
        assert answer.status == 413
    assert await world.open_count() == 0


async def test_an_activity_sent_twice_is_handled_once(world: World) -> None:
    said = await world.teams.personal_message(world.eva, "help")
    assert await world.teams.post(said) == 200  # Teams' retry of the same activity
    await world.delivered()
    assert len(await world.personal_posts(world.eva)) == 1


# ----- bridges, edits and deletes


async def test_a_bridged_channel_carries_messages_edits_and_deletes(world: World) -> None:
    other = world.connector.add_channel(world.team, "Bygg-2")
    now = world.ctx.clock.now()
    async with world.ctx.db.transaction() as session:
        bridge = await create_bridge(session, name="bygg", created_by="Anna", now=now)
        assert bridge is not None
        for channel in (world.channel, other):
            await join_bridge(
                session, bridge_id=bridge.id, platform="teams", channel_id=channel,
                channel_name="Bygg", added_by="Anna", now=now,
            )  # fmt: skip
    said = await world.teams.channel_message(
        world.eva, world.channel, "**Viktigt**: <at>@everyone</at> läs <b>inte</b>"
    )
    await world.delivered()
    [copy] = world.connector.bot_posts(other)
    assert "Eva Berg" in shown(copy) and "Viktigt" in shown(copy)
    assert world.connector.pings == []
    await world.teams.edit(world.eva, said, "Viktigt: läs nu")
    await world.delivered()
    assert "läs nu" in shown(world.connector.activities[copy.id])
    await world.teams.delete(world.eva, said)
    await world.delivered()
    assert world.connector.bot_posts(other) == []


# ----- the outbox side


async def test_a_long_post_is_parts_and_an_edit_and_delete_follow_them(world: World) -> None:
    text = "\n\n".join(f"Stycke {n}: " + "ord " * 400 for n in range(12))
    handle = await world.platform.send(
        world.channel, Message(text=text), idempotency_key="k-long", in_doubt=False
    )
    ids = handle.split(",")
    assert len(ids) > 1
    assert "".join(world.connector.activities[i].text for i in ids).count("Stycke") == 12
    shorter = await world.platform.edit(world.channel, handle, Message(text="Kort nu"))
    assert shorter == ids[0]
    assert [a.id for a in world.channel_posts()] == [ids[0]]
    await world.platform.delete(world.channel, ids[0])
    await world.platform.delete(world.channel, ids[0])  # again: already gone is done
    assert world.channel_posts() == []


async def test_a_retried_long_post_does_not_repeat_the_parts_that_arrived(
    world: World,
) -> None:
    text = "\n\n".join(f"Stycke {n}: " + "ord " * 400 for n in range(12))
    world.connector.fail_next("POST", "/activities$", status=503, after=1)
    with pytest.raises(TeamsError):
        await world.platform.send(
            world.channel, Message(text=text), idempotency_key="k-retry", in_doubt=False
        )
    handle = await world.platform.send(
        world.channel, Message(text=text), idempotency_key="k-retry", in_doubt=True
    )
    posted = world.channel_posts()
    assert [a.id for a in posted] == handle.split(",")
    assert "".join(a.text for a in posted).count("Stycke") == 12


def _inputs(card: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for e in elements(card) if str(e.get("type", "")).startswith("Input.")]


async def test_a_board_post_in_a_teams_announcement_channel_reaches_the_others(
    world: World,
) -> None:
    other = world.connector.add_channel(world.team, "Nyheter")
    for channel in (world.channel, other):
        await world.teams.channel_message(
            world.anna, channel, "channel add announcements", mention_bot=True
        )
    await world.delivered()
    before = len(world.connector.bot_posts(other))
    await world.teams.channel_message(world.anna, world.channel, "Årsmötet är den 12 mars.")
    await world.teams.channel_message(world.eva, world.channel, "Fråga: var?")  # not the board
    await world.delivered()
    mirrored = world.connector.bot_posts(other)[before:]
    assert [("Årsmötet" in shown(p)) for p in mirrored] == [True]
    assert world.connector.pings == []
