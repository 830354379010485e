"""The fake Teams client (tests/fakes/teams_client.py) against a tiny receiver that records
what it is sent and checks each token with the bot's own TokenValidator: the activities have
Teams' shapes in personal chats, channels (threads, mentions) and group chats; card submits
carry the data and the inputs, in the card's conversation, and what Teams' client would not
send is refused unsent; edits, deletions, team and install events; forgeries fail the
validator and change nothing; the model takes the bot's reply to a member's message but not
an update or deletion of it."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.platforms.teams.auth import TokenValidator, Unauthorized
from bot.platforms.teams.render import form_activity, render
from handlers.types import Button, Form, FormField, Message, Select, SelectOption
from tests.fakes.teams_client import FakeTeams, SubmitRefused, teams_html
from tests.fakes.teams_connector import FakeConnector
from tests.fakes.teams_issuer import FakeIssuer
from tests.fakes.teams_model import Team, User

APP_ID = "a1b2c3d4-0000-4000-8000-0000000000b0"
TENANT_ID = "72f988bf-0000-4000-8000-000000000001"
Json = dict[str, Any]
TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


@dataclass
class Receiver:
    """The bot's messaging endpoint, reduced to recording and the token check."""

    validator: TokenValidator
    headers: list[dict[str, str]] = field(default_factory=list)
    bodies: list[Json] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.Response:
        body = await request.json()
        self.headers.append(dict(request.headers))
        self.bodies.append(body)
        try:
            await self.validator.validate(request.headers.get("Authorization"), body)
        except Unauthorized as refused:
            self.refusals.append(str(refused))
            return web.Response(status=401)
        return web.Response(status=200)


@dataclass
class World:
    fake: FakeConnector
    issuer: FakeIssuer
    teams: FakeTeams
    got: Receiver
    eva: User
    bo: User
    team: Team
    channel: str
    chat: str


@pytest.fixture
async def world() -> AsyncIterator[World]:
    async with (
        FakeConnector(tenant_id=TENANT_ID, app_id=APP_ID) as fake,
        FakeIssuer(app_id=APP_ID, tenant_id=TENANT_ID, password="pw") as issuer,
        aiohttp.ClientSession() as session,
    ):
        validator = TokenValidator(
            session, metadata_url=issuer.metadata_url, app_id=APP_ID, tenant_id=TENANT_ID
        )
        got = Receiver(validator)
        app = web.Application()
        app.router.add_post("/api/messages", got.handle)
        runner = web.AppRunner(app, handle_signals=False)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        endpoint = f"http://127.0.0.1:{runner.addresses[0][1]}/api/messages"
        eva, bo = fake.add_user("Eva Ek"), fake.add_user("Bo Berg")
        team = fake.add_team("Styrelsen", [eva, bo])
        channel, chat = fake.add_channel(team, "Möten"), fake.add_group_chat([eva, bo])
        try:
            async with FakeTeams(fake, issuer, endpoint=endpoint) as teams:
                yield World(fake, issuer, teams, got, eva, bo, team, channel, chat)
        finally:
            await runner.cleanup()


def common(world: World, sent: Json, user: User) -> None:
    """What every activity carries, and that it arrived as sent with a token that passed."""
    assert world.got.bodies[-1] == sent and world.teams.statuses[-1] == 200
    assert world.got.headers[-1]["Authorization"].startswith("Bearer ")
    assert sent["id"].isdigit() and TIMESTAMP.match(sent["timestamp"])
    assert sent["serviceUrl"] == world.fake.service_url and sent["channelId"] == "msteams"
    assert sent["from"] == {"id": user.id, "name": user.name, "aadObjectId": user.aad_object_id}
    assert sent["recipient"] == {"id": f"28:{APP_ID}", "name": "Bryggan"}
    assert sent["conversation"]["tenantId"] == TENANT_ID
    assert sent["channelData"]["tenant"] == {"id": TENANT_ID}
    [info] = [e for e in sent["entities"] if e["type"] == "clientInfo"]
    assert info == {
        "type": "clientInfo",
        "locale": sent["locale"],
        "country": "SE",
        "platform": "Web",
        "timezone": "Europe/Stockholm",
    }


async def test_a_personal_message_installs_the_app_and_is_signed(world: World) -> None:
    assert world.eva.aad_object_id not in world.fake.installed
    sent = await world.teams.personal_message(world.eva, "hjälp & <mer>", locale="en-US")
    common(world, sent, world.eva)
    chat = world.fake.create_personal(world.eva.id, TENANT_ID)
    assert sent["conversation"] == {
        "conversationType": "personal",
        "tenantId": TENANT_ID,
        "id": chat,
    }
    assert sent["channelData"] == {"tenant": {"id": TENANT_ID}} and sent["locale"] == "en-US"
    assert (sent["type"], sent["textFormat"], sent["text"]) == ("message", "plain", "hjälp & <mer>")
    assert sent["attachments"] == [
        {"contentType": "text/html", "content": "<p>hjälp &amp; &lt;mer&gt;</p>"}
    ]
    recorded = world.fake.messages[sent["id"]]
    assert (recorded.author, recorded.conversation_id, recorded.text) == (
        world.eva,
        chat,
        sent["text"],
    )
    assert world.fake.member_messages(chat) == [recorded] and world.got.refusals == []


async def test_channel_posts_open_threads_and_replies_stay_in_them(world: World) -> None:
    root = await world.teams.channel_message(world.eva, world.channel, "Möte i morgon")
    common(world, root, world.eva)
    assert root["conversation"] == {
        "isGroup": True,
        "conversationType": "channel",
        "tenantId": TENANT_ID,
        "id": f"{world.channel};messageid={root['id']}",
    }
    team = {"id": world.team.id}
    assert root["channelData"] == {
        "teamsChannelId": world.channel,
        "teamsTeamId": world.team.id,
        "channel": {"id": world.channel},
        "team": team,
        "tenant": {"id": TENANT_ID},
    }
    assert "replyToId" not in root and [e["type"] for e in root["entities"]] == ["clientInfo"]
    rich = "<p>Ja <strong>gärna</strong>, <at>Bo Berg</at></p>"
    reply = await world.teams.channel_message(
        world.eva,
        world.channel,
        "Ja gärna, <at>Bo Berg</at>",
        mention_bot=True,
        mention=[world.bo],
        in_thread_of=root["id"],
        html=rich,
    )
    common(world, reply, world.eva)
    assert reply["conversation"]["id"] == root["conversation"]["id"]
    assert reply["replyToId"] == root["id"] and reply["text"].startswith("<at>Bryggan</at> Ja")
    assert reply["attachments"][0]["content"] == rich
    assert reply["entities"][:2] == [
        {"type": "mention", "text": f"<at>{name}</at>", "mentioned": {"id": i, "name": name}}
        for i, name in ((f"28:{APP_ID}", "Bryggan"), (world.bo.id, "Bo Berg"))
    ]
    # The bot's reply in the thread, then a member's reply to it: still the same thread.
    bots = world.fake.post(root["conversation"]["id"], {"type": "message", "text": "Noterat"})
    again = await world.teams.channel_message(world.bo, world.channel, "ok", in_thread_of=bots.id)
    assert again["conversation"]["id"] == root["conversation"]["id"]
    assert [a.id for a in world.fake.thread(root["id"])] == [
        root["id"],
        reply["id"],
        bots.id,
        again["id"],
    ]
    with pytest.raises(ValueError, match="not in"):
        await world.teams.channel_message(world.fake.add_user("Utomstående"), world.channel, "hej")
    assert len(world.got.bodies) == 3


async def test_a_group_message_mentions_the_bot(world: World) -> None:
    sent = await world.teams.group_message(world.bo, world.chat, "hjälp")
    common(world, sent, world.bo)
    assert sent["conversation"] == {
        "isGroup": True,
        "conversationType": "groupChat",
        "tenantId": TENANT_ID,
        "id": world.chat,
    }
    assert sent["channelData"] == {"tenant": {"id": TENANT_ID}}
    assert sent["text"] == "<at>Bryggan</at> hjälp"
    assert sent["attachments"][0]["content"] == "<p><at>Bryggan</at> hjälp</p>"
    assert teams_html("a\nb\n\n<at>A & B</at>") == "<p>a<br>b</p><p><at>A &amp; B</at></p>"


def bot_card(world: World, where: str, activity: Json) -> str:
    return world.fake.post(where, activity).id


async def test_a_click_sends_the_buttons_data_in_the_cards_thread(world: World) -> None:
    buttons = (Button("Ja", "vote", "yes"), Button("Nej", "vote", "no"))
    [card] = render(Message(text="Rösta", title="Omröstning", buttons=buttons))
    card_id = bot_card(world, world.channel, card)
    sent = await world.teams.click(world.bo, card_id, "Nej")
    common(world, sent, world.bo)
    assert "text" not in sent and sent["type"] == "message" and sent["replyToId"] == card_id
    assert sent["value"] == {"r": "vote", "v": "no"}
    assert sent["conversation"]["id"] == f"{world.channel};messageid={card_id}"
    assert sent["channelData"]["teamsChannelId"] == world.channel
    with pytest.raises(SubmitRefused, match="Kanske"):
        await world.teams.click(world.bo, card_id, "Kanske")
    world.fake.delete(world.channel, card_id)
    with pytest.raises(SubmitRefused, match="no card"):
        await world.teams.click(world.bo, card_id, "Ja")
    assert len(world.got.bodies) == 1


def probe_form() -> Form:
    fields = (
        FormField("title", "Rubrik", max_length=10),
        FormField("details", "Beskrivning", long=True, required=False, min_length=3),
        FormField("kind", "Sort", choices=("idé", "fråga"), value="fråga"),
    )
    return Form("probe.form", "Ny önskan", fields, context="from:eva")


async def test_fill_sends_every_input_and_refuses_what_teams_refuses(world: World) -> None:
    world.fake.install(world.eva)
    chat = world.fake.create_personal(world.eva.id, TENANT_ID)
    form_id = bot_card(world, chat, form_activity(probe_form()))
    refused: list[tuple[str, dict[str, str]]] = [
        ("title is required", {}),
        ("longer than 10", {"f.title": "x" * 11}),
        ("longer than 10", {"f.title": "😀" * 6}),  # 12 UTF-16 units, as a browser counts
        ("does not match", {"f.title": "ok", "f.details": "ab"}),
        ("no input", {"f.title": "ok", "f.other": "x"}),
        ("offers no", {"f.title": "ok", "f.kind": "klagomål"}),
    ]
    for reason, answers in refused:
        with pytest.raises(SubmitRefused, match=reason):
            await world.teams.fill(world.eva, form_id, answers)
    assert world.got.bodies == []
    sent = await world.teams.fill(world.eva, form_id, {"f.title": "Cykel"})
    common(world, sent, world.eva)
    assert sent["value"] == {
        "r": "probe.form",
        "v": "from:eva",
        "f": 1,
        "f.title": "Cykel",
        "f.details": "",
        "f.kind": "fråga",
    }
    assert sent["conversation"]["id"] == chat and sent["replyToId"] == form_id
    answers = {"f.title": "Ny", "f.details": "en\nlång text", "f.kind": "idé"}
    sent = await world.teams.fill(world.eva, form_id, answers, title="OK")
    assert sent["value"] == {"r": "probe.form", "v": "from:eva", "f": 1} | answers
    with pytest.raises(SubmitRefused, match=r"no Action\.Submit 'Skicka'"):
        await world.teams.fill(world.eva, form_id, answers, title="Skicka")


async def test_choose_presses_the_submit_after_the_choice(world: World) -> None:
    options = tuple(SelectOption(n, n.lower()) for n in ("Alfa", "Beta"))
    selects = (Select("pick.one", "Välj", options), Select("pick.two", "Välj igen", options))
    [card] = render(Message(text="Välj", title="Val", selects=selects))
    card_id = bot_card(world, world.chat, card)
    sent = await world.teams.choose(world.eva, card_id, "s.1", "beta")
    common(world, sent, world.eva)
    assert sent["value"] == {"r": "pick.two", "i": "s.1", "s.0": "", "s.1": "beta"}
    assert sent["conversation"]["id"] == world.chat
    with pytest.raises(SubmitRefused, match="offers no"):
        await world.teams.choose(world.eva, card_id, "s.0", "gamma")
    with pytest.raises(SubmitRefused, match="2 submits 'OK'"):
        await world.teams.click(world.eva, card_id, "OK")
    assert len(world.got.bodies) == 1


async def test_edits_and_deletions_are_the_authors(world: World) -> None:
    said = await world.teams.channel_message(
        world.eva, world.channel, "Möte kl 9", mention_bot=True
    )
    edited = await world.teams.edit(world.eva, said, "<at>Bryggan</at> Möte kl 10")
    common(world, edited, world.eva)
    assert (edited["type"], edited["id"]) == ("messageUpdate", said["id"])
    assert edited["conversation"] == said["conversation"]
    assert edited["channelData"] == said["channelData"] | {"eventType": "editMessage"}
    assert edited["attachments"][0]["content"] == "<p><at>Bryggan</at> Möte kl 10</p>"
    assert [e["type"] for e in edited["entities"]] == ["mention", "clientInfo"]
    recorded = world.fake.messages[said["id"]]
    assert recorded.edited and recorded.text == "<at>Bryggan</at> Möte kl 10"
    with pytest.raises(ValueError, match="no message"):
        await world.teams.delete(world.bo, said)
    gone = await world.teams.delete(world.eva, said)
    common(world, gone, world.eva)
    assert (gone["type"], gone["id"], "text" in gone) == ("messageDelete", said["id"], False)
    assert gone["channelData"]["eventType"] == "softDeleteMessage" and recorded.deleted


async def test_team_and_installation_events(world: World) -> None:
    world.team.bot_installed = False
    added = await world.teams.bot_added(world.team, by=world.bo)
    common(world, added, world.bo)
    assert world.team.bot_installed and added["type"] == "conversationUpdate"
    assert added["membersAdded"] == [{"id": f"28:{APP_ID}"}]
    assert added["conversation"]["id"] == world.team.id
    assert added["conversation"]["conversationType"] == "channel"
    assert added["channelData"] == {
        "eventType": "teamMemberAdded",
        "team": {"id": world.team.id, "name": "Styrelsen"},
        "tenant": {"id": TENANT_ID},
    }
    created = await world.teams.channel_created(world.team, world.channel)
    common(world, created, world.eva)
    assert created["channelData"]["eventType"] == "channelCreated"
    assert created["channelData"]["channel"] == {"id": world.channel, "name": "Möten"}
    renamed = await world.teams.channel_renamed(world.team, world.channel, "Årsmöten")
    assert renamed["channelData"]["channel"] == {"id": world.channel, "name": "Årsmöten"}
    assert world.team.channels[world.channel] == "Årsmöten"
    installed = await world.teams.installed(world.bo)
    common(world, installed, world.bo)
    assert (installed["type"], installed["action"]) == ("installationUpdate", "add")
    assert installed["conversation"]["conversationType"] == "personal"
    assert world.bo.aad_object_id in world.fake.installed


async def test_forgeries_fail_the_validator_and_change_nothing(world: World) -> None:
    with world.teams.forged("expired"):
        sent = await world.teams.personal_message(world.eva, "hej")
    assert world.teams.statuses == [401] and world.got.refusals == ["expired"]
    assert sent["id"] not in world.fake.messages
    with world.teams.forged("other-tenant"):
        await world.teams.channel_message(world.eva, world.channel, "hej")
    arrived = world.got.bodies[-1]
    other = world.issuer.other_tenant_id
    assert arrived["conversation"]["tenantId"] == arrived["channelData"]["tenant"]["id"] == other
    assert world.got.refusals[-1] == "wrong tenant" and world.fake.messages == {}
    assert await world.teams.post(sent, forgery="wrong-serviceurl") == 401
    assert await world.teams.post(sent, token="not-a-jwt") == 401
    assert await world.teams.post(sent) == 200  # control: the same activity, signed
    assert world.teams.statuses == [401, 401, 401, 401, 200]


async def test_the_bot_may_answer_a_members_message_but_not_change_it(world: World) -> None:
    said = await world.teams.channel_message(world.eva, world.channel, "Fråga", mention_bot=True)
    url = f"{world.fake.service_url}v3/conversations/{said['conversation']['id']}/activities"
    headers = {"Authorization": f"Bearer {world.fake.token}"}
    answer = {"type": "message", "text": "Svar"}
    async with aiohttp.ClientSession(headers=headers) as http:
        async with http.post(f"{url}/{said['id']}", json=answer) as replied:
            assert replied.status == 201
            reply_id = (await replied.json())["id"]
        async with http.put(f"{url}/{said['id']}", json=answer) as updated:
            assert updated.status == 404
        async with http.delete(f"{url}/{said['id']}") as deleted:
            assert deleted.status == 404
    reply = world.fake.activities[reply_id]
    assert (reply.reply_to, reply.conversation_id) == (said["id"], said["conversation"]["id"])
    assert [a.id for a in world.fake.thread(said["id"])] == [said["id"], reply_id]
    assert world.fake.messages[said["id"]].versions == [said]
    await world.teams.delete(world.eva, said)
    with pytest.raises(Exception, match="404"):
        world.fake.post(world.channel, answer, reply_to=said["id"])
