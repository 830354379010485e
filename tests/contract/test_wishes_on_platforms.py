"""Wishes through the real Discord and Slack adapters against the fakes.

The same scenarios run on both platforms through one small driver per platform (`DiscordSide`,
`SlackSide`): what a member sees is read back from each platform's own wire format (Discord
callbacks, embeds and components; Slack response_url bodies, Block Kit and views), and every
card arrives through the outbox Dispatcher, as in production.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import pytest

from bot.dispatcher import Dispatcher, DispatcherConfig
from bot.platforms.discord.render import parse_custom_id
from bot.platforms.slack.platform import SlackConfig, SlackPlatform
from bot.platforms.slack.render import action_id_of
from handlers.context import Context
from handlers.door import Door
from handlers.ports import Platform
from tests.contract.test_discord_platform import EPHEMERAL, embed_text, new_platform
from tests.contract.test_slack_platform import response_text
from tests.fakes.discord_server import FakeDiscord, discord_py_pointed_at
from tests.fakes.slack_server import FakeSlack
from tests.waiting import eventually

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

MANAGE_GUILD = 1 << 5
TITLE = "Bättre sökning i bygglovsärenden"
SIMILAR_TITLE = "Sökningen i bygglov behöver bli bättre"
LOUD_TITLE = "@everyone <!channel> @here Kartlager för strandskydd"
LOUD_DESCRIPTION = "<!here> **viktigt** @channel <!everyone> till alla"
ADDED = "#önskemål tar nu emot wishes (utvecklingsönskemål)."
BOARD_ONLY = "Bara styrelseledamöter får använda /wish-status."


def thanks(number: int, title: str) -> str:
    return f"Tack! Ditt önskemål har nummer #{number}: {title}"


@dataclass(frozen=True)
class Button:
    label: str
    route: str  # the catalogue interaction the platform routes a click to
    value: str
    raw: dict[str, Any]


@dataclass(frozen=True)
class Seen:
    """A message as a member sees it, on either platform."""

    title: str
    text: str  # every readable line: title, body, fields
    fields: dict[str, str]
    buttons: tuple[Button, ...]
    private: bool
    where: Any  # the channel it is in
    message_id: str | None  # what a click on it refers to
    raw: dict[str, Any]

    def button(self, label: str) -> Button:
        found = [b for b in self.buttons if b.label == label]
        assert found, f"no button {label!r} among {[b.label for b in self.buttons]}"
        return found[0]


class DiscordSide:
    name = "discord"

    def __init__(self, fake: FakeDiscord, platform: Platform) -> None:
        self.fake, self.platform = fake, platform
        self.general = fake.add_channel("allmänt")
        self.wishes = fake.add_channel("önskemål")
        board_role = fake.add_role("Styrelsen", permissions=MANAGE_GUILD)
        self.eva = fake.add_member("Eva")
        self.ola = fake.add_member("Ola")
        self.bo = fake.add_member("Bo", roles=[board_role])
        self.dispatcher: Dispatcher | None = None
        self._form = ""

    # what a member does

    async def command(
        self, name: str, user: int, *, sub: str | None = None, where: Any = None, **values: Any
    ) -> Seen:
        channel = where or self.general
        options = [_discord_option(k, v) for k, v in values.items()]
        if sub is not None:
            options = [{"name": sub, "type": 1, "options": options}]
        reply = await self.fake.slash_command(
            name, user_id=user, channel_id=channel, options=options
        )
        return await self._answer(reply, channel)

    async def click(self, seen: Seen, label: str, user: int) -> Seen:
        button = seen.button(label)
        reply = await self.fake.click_button(
            button.raw["custom_id"],
            user_id=user,
            channel_id=seen.where,
            message_id=int(seen.message_id) if seen.message_id else None,
        )
        return await self._answer(reply, seen.where)

    async def open_form(self, name: str, user: int) -> list[str]:
        opened = await self.fake.slash_command(name, user_id=user, channel_id=self.general)
        assert opened["type"] == 9  # MODAL
        self._form = opened["data"]["custom_id"]
        rows = opened["data"]["components"]
        return [c["custom_id"] for row in rows for c in row["components"]]

    async def submit_form(self, values: dict[str, str], user: int) -> Seen:
        reply = await self.fake.submit_modal(
            self._form, values, user_id=user, channel_id=self.general
        )
        return await self._answer(reply, self.general)

    async def suggest(self, command: str, option: str, typed: str, user: int) -> list[str]:
        focused = {"name": option, "type": 3, "value": typed, "focused": True}
        answer = await self.fake.autocomplete(
            command, user_id=user, channel_id=self.general, options=[focused]
        )
        assert answer["type"] == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
        return [c["name"] for c in answer["data"]["choices"]]

    def open_board_commands_to_everyone(self) -> None:
        """What a server admin may do in the integration settings; the bot must still check."""
        for command in self.fake.guild_commands[self.fake.guild_id]:
            command["default_member_permissions"] = None

    # what arrives

    def cards(self) -> list[Seen]:
        return [self._seen(m, self.wishes) for m in self.fake.messages.get(self.wishes, [])]

    def posts_in(self, channel: Any) -> list[dict[str, Any]]:
        return list(self.fake.messages.get(channel, []))

    def direct_messages(self, user: int) -> list[str]:
        channel = self.fake.dm_channels.get(user)
        return [m["content"] for m in self.fake.messages.get(channel, [])] if channel else []

    def was_edited(self, card: Seen) -> bool:
        return card.raw.get("edited_timestamp") is not None

    def assert_pings_nobody(self, seen: Seen) -> None:
        message = seen.raw
        assert message["allowed_mentions"] == {"parse": []}
        assert message["mention_everyone"] is False
        assert message["mentions"] == [] and message["mention_roles"] == []

    # reading Discord's wire format

    async def _answer(self, reply: dict[str, Any], channel: Any) -> Seen:
        """The answer as the member sees it: the first one (CHANNEL_MESSAGE_WITH_SOURCE,
        UPDATE_MESSAGE), or, when a busy machine made the bot defer (Discord's 3 seconds),
        the follow-up that came after."""
        assert reply["type"] in (4, 5, 6, 7), reply
        interaction = self.fake.find_interaction(reply["interaction_id"])
        assert interaction is not None and interaction.original_id is not None
        message_id = interaction.original_id
        while reply["type"] in (5, 6):  # the private "thinking" closed with a tick: read on
            update = await self.fake.wait_for_interaction_update(reply["interaction_id"])
            if update["kind"] == "followup":
                message_id = int(update["message_id"])
                break
            if (update.get("data") or {}).get("content") != "✓":
                break
        stored = self.fake.all_messages[message_id]
        return self._seen(stored, channel)

    def _seen(self, message: dict[str, Any], channel: Any) -> Seen:
        buttons = []
        for row in message.get("components") or []:
            for component in row["components"]:
                parsed = parse_custom_id(component["custom_id"])
                assert parsed is not None and parsed[0] == "b"
                buttons.append(Button(component["label"], parsed[1], parsed[2], component))
        embeds = message.get("embeds") or []
        fields = {f["name"]: f["value"] for e in embeds for f in e.get("fields") or []}
        return Seen(
            title=(embeds[0].get("title") or "") if embeds else "",
            text=embed_text(message),
            fields=fields,
            buttons=tuple(buttons),
            private=bool(message["flags"] & EPHEMERAL),
            where=channel,
            message_id=message["id"],
            raw=message,
        )


class SlackSide:
    name = "slack"

    def __init__(self, fake: FakeSlack, platform: Platform) -> None:
        self.fake, self.platform = fake, platform
        self.general = fake.add_channel("allmänt")
        self.wishes = fake.add_channel("önskemål")
        self.eva = fake.add_user("Eva")
        self.ola = fake.add_user("Ola")
        self.bo = fake.add_user("Bo")
        fake.add_usergroup("styrelsen", [self.bo])
        self.dispatcher: Dispatcher | None = None
        self._form: dict[str, Any] = {}

    # what a member does

    async def command(
        self, name: str, user: str, *, sub: str | None = None, where: Any = None, **values: Any
    ) -> Seen:
        channel = where or self.general
        words = [sub] if sub else []
        words += [f"{k}:{_slack_quoted(str(v))}" for k, v in values.items()]
        before = len(self.fake.responses)
        await self.fake.slash_command(f"/{name}", " ".join(words), user_id=user, channel_id=channel)
        return self._answer(await self._next_response(before), channel)

    async def click(self, seen: Seen, label: str, user: str) -> Seen:
        button = seen.button(label)
        before = len(self.fake.responses)
        await self.fake.block_action(
            button.raw["action_id"],
            button.raw["value"],
            user_id=user,
            channel_id=seen.where,
            message_ts=seen.message_id,
        )
        return self._answer(await self._next_response(before), seen.where)

    async def open_form(self, name: str, user: str) -> list[str]:
        before = len(self.fake.views)
        await self.fake.slash_command(f"/{name}", "", user_id=user, channel_id=self.general)
        await self.fake.wait_until(lambda: len(self.fake.views) > before, 10, "views.open")
        opened = self.fake.views[-1]
        assert opened["method"] == "views.open"
        view = opened["view"]
        view = json.loads(view) if isinstance(view, str) else view
        self._form = view
        return [block["block_id"] for block in view["blocks"]]

    async def submit_form(self, values: dict[str, str], user: str) -> Seen:
        """Fill the modal as a member does: type, pick from a select, pick from a typeahead."""
        state: dict[str, Any] = {}
        for block in self._form["blocks"]:
            element, name = block["element"], block["block_id"]
            if name not in values:
                continue
            if element["type"] == "static_select":
                offered = [o["value"] for o in element["options"]]
            elif element["type"] == "external_select":
                typed = values[name][:5]
                ack = await self.fake.block_suggestion(element["action_id"], typed, user_id=user)
                offered = [o["value"] for o in ack["options"]]
            else:
                action = {"type": element["type"], "value": values[name]}
                state[name] = {element["action_id"]: action}
                continue
            assert values[name] in offered, f"{values[name]!r} is not offered in {name}"
            chosen = {"text": {"type": "plain_text", "text": values[name]}, "value": values[name]}
            state[name] = {
                element["action_id"]: {"type": element["type"], "selected_option": chosen}
            }
        before = len(self.fake.ephemerals)
        await self.fake.view_submission(self._form["callback_id"], state, user_id=user)
        await self.fake.wait_until(lambda: len(self.fake.ephemerals) > before, 10, "ephemeral")
        posted = self.fake.ephemerals[-1]
        assert posted["user"] == user
        return self._seen(
            {"text": posted["text"], "blocks": _blocks(posted)}, posted["channel"], private=True
        )

    async def suggest(self, command: str, option: str, typed: str, user: str) -> list[str]:
        answer = await self.fake.block_suggestion(f"{command}.{option}", typed, user_id=user)
        return [o["text"]["text"] for o in answer["options"]]

    def open_board_commands_to_everyone(self) -> None:
        """Slack has no per-command permissions: every member can always run every command."""

    # what arrives

    def cards(self) -> list[Seen]:
        live = [m for m in self.fake.messages.get(self.wishes, []) if not m["deleted"]]
        return [self._seen(m, self.wishes, private=False, message_id=m["ts"]) for m in live]

    def posts_in(self, channel: Any) -> list[dict[str, Any]]:
        return list(self.fake.messages.get(channel, []))

    def direct_messages(self, user: str) -> list[str]:
        channels = [c for c, info in self.fake.channels.items() if info.get("user") == user]
        return [m["text"] for c in channels for m in self.fake.messages.get(c, [])]

    def was_edited(self, card: Seen) -> bool:
        return "edited" in card.raw

    def assert_pings_nobody(self, seen: Seen) -> None:
        """Every mrkdwn text is escaped; plain_text (headers, buttons) is never parsed by Slack."""
        texts = [seen.raw.get("text") or ""]
        for block in seen.raw.get("blocks") or []:
            if block.get("type") == "header":
                assert block["text"]["type"] == "plain_text"
            elif block.get("type") == "section":
                assert block["text"]["type"] == "mrkdwn"
                texts.append(block["text"]["text"])
        for text in texts:
            assert not re.search(r"<[!@]", text), text
            assert not re.search(r"@(here|channel|everyone)\b", text), text
        assert any("&lt;!channel&gt;" in t or "&lt;!here&gt;" in t for t in texts)

    # reading Slack's wire format

    async def _next_response(self, before: int) -> dict[str, Any]:
        return (await self.fake.wait_for_response(before + 1))[before]

    def _answer(self, body: dict[str, Any], channel: Any) -> Seen:
        return self._seen(body, channel, private=body["response_type"] == "ephemeral")

    def _seen(
        self, body: dict[str, Any], channel: Any, *, private: bool, message_id: str | None = None
    ) -> Seen:
        blocks = body.get("blocks") or []
        headers = [b["text"]["text"] for b in blocks if b.get("type") == "header"]
        buttons = [
            Button(e["text"]["text"], action_id_of(e["action_id"]), e["value"], e)
            for b in blocks
            if b.get("type") == "actions"
            for e in b["elements"]
        ]
        fields = {}
        for block in blocks:
            text = block["text"]["text"] if block.get("type") == "section" else ""
            if found := re.fullmatch(r"\*(.+?)\*\n(.*)", text, re.S):
                fields[_unescaped(found[1])] = _unescaped(found[2])
        return Seen(
            title=headers[0] if headers else "",
            text=response_text(body),
            fields=fields,
            buttons=tuple(buttons),
            private=private,
            where=channel,
            message_id=message_id,
            raw=body,
        )


Side = DiscordSide | SlackSide


def _discord_option(name: str, value: Any) -> dict[str, Any]:
    kind = 5 if isinstance(value, bool) else 4 if isinstance(value, int) else 3
    return {"name": name, "type": kind, "value": value}


def _slack_quoted(value: str) -> str:
    return f'"{value}"' if not value or any(c.isspace() for c in value) else value


def _unescaped(mrkdwn: str) -> str:
    """What a member reads: Slack shows its three escapes as the characters."""
    return mrkdwn.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _blocks(posted: dict[str, Any]) -> list[dict[str, Any]]:
    blocks = posted.get("blocks") or []
    return json.loads(blocks) if isinstance(blocks, str) else blocks


@asynccontextmanager
async def discord_side(ctx: Context) -> AsyncIterator[DiscordSide]:
    async with FakeDiscord() as fake:
        with discord_py_pointed_at(fake):
            platform = new_platform(fake, ctx)
            side = DiscordSide(fake, platform)
            await platform.start()
            try:
                await fake.wait_ready()
                await fake.wait_for_commands_synced()
                await eventually(lambda: platform.connected, what="discord ready")
                yield side
            finally:
                await platform.stop()


@asynccontextmanager
async def slack_side(ctx: Context) -> AsyncIterator[SlackSide]:
    async with FakeSlack() as fake:
        config = SlackConfig(
            bot_token=fake.bot_token,
            app_token=fake.app_token,
            board_usergroup="styrelsen",
            api_url=fake.api_url,
            ping_interval=0.5,
        )
        platform = SlackPlatform(Door(ctx), config)
        side = SlackSide(fake, platform)
        await platform.start()
        try:
            await fake.wait_connected()
            await eventually(lambda: platform.connected, what="slack connected")
            yield side
        finally:
            await platform.stop()


@asynccontextmanager
async def delivering(
    ctx: Context, *sides: Side, more: dict[str, Platform] | None = None
) -> AsyncIterator[Dispatcher]:
    """The outbox Dispatcher over the sides' platforms (and `more`, such as e-mail), woken by
    every handler as in production."""
    platforms = {**{side.name: side.platform for side in sides}, **(more or {})}
    dispatcher = Dispatcher(ctx.db, platforms, ctx.clock, DispatcherConfig(poll_seconds=0.05))
    for side in sides:
        side.dispatcher = dispatcher
    ctx.wake_outbox = dispatcher.wake
    running = asyncio.create_task(dispatcher.run())
    try:
        yield dispatcher
    finally:
        await dispatcher.stop(1)
        await running


async def delivered(*sides: Side) -> None:
    """Everything the handlers queued so far is out (replies come after their commit)."""
    for side in sides:
        assert side.dispatcher is not None
        assert await side.dispatcher.drain(side.name), f"{side.name}: outbox not drained"


OPENERS: dict[str, Callable[[Context], Any]] = {"discord": discord_side, "slack": slack_side}


@pytest.fixture(params=sorted(OPENERS))
async def side(request: pytest.FixtureRequest, contract_ctx: Context) -> AsyncIterator[Side]:
    async with OPENERS[request.param](contract_ctx) as opened, delivering(contract_ctx, opened):
        yield opened


async def add_wishes_channel(side: Side) -> None:
    added = await side.command("channel", side.bo, sub="add", where=side.wishes, topic="wishes")
    assert added.text == ADDED
    assert not added.private  # a topic change is announced in the channel


async def approve_on(side: Side, who: Any, municipality: str) -> None:
    """The board counts the member for a municipality through the platform, naming them by
    a mention (no mail server here, so no code: the code's way is a test of its own)."""
    await side.command("profile", who)  # the member is known to the bot
    done = await side.command(
        "member", side.bo, sub="approve", who=f"<@{who}>", municipality=municipality
    )
    assert done.private and done.text.endswith(f"räknas nu för {municipality}."), done.text


async def first_wish(side: Side) -> Seen:
    await approve_on(side, side.eva, "Huddinge")
    said = await side.command("wish", side.eva, title=TITLE, module="Bygg")
    assert said.text == thanks(1, TITLE)
    return said


async def test_a_wish_is_thanked_carded_and_supported_with_the_card_edited_in_place(
    side: Side,
) -> None:
    await add_wishes_channel(side)
    said = await first_wish(side)
    assert said.private and said.buttons == ()
    await delivered(side)
    [card] = side.cards()
    assert card.title == f"#1 {TITLE}"
    assert card.fields == {"Modul": "Bygg", "Status": "ny", "Stöd": "1 medlem från 1 kommun"}
    support, discuss = card.buttons
    assert (support.label, support.route, support.value) == ("Stöd", "wish.support", "1")
    assert (discuss.label, discuss.route, discuss.value) == ("Diskutera", "wish.discuss", "1")
    wire_id = support.raw.get("custom_id") or support.raw["action_id"]  # b|wish.support|1 / #0
    assert "wish.support" in wire_id
    assert side.posts_in(side.general) == []  # cards go to the wishes channel only

    await approve_on(side, side.ola, "Stockholm")
    clicked = await side.click(card, "Stöd", side.ola)
    assert clicked.text == "Du stöder #1. Nu: 2 medlemmar från 2 kommuner."
    assert clicked.private
    await delivered(side)
    [edited] = side.cards()
    assert edited.message_id == card.message_id  # the same message, edited in place
    assert side.was_edited(edited)
    assert edited.title == f"#1 {TITLE}"
    assert edited.fields["Stöd"] == "2 medlemmar från 2 kommuner"
    assert [b.route for b in edited.buttons] == ["wish.support", "wish.discuss"]


async def test_a_similar_wish_is_suggested_while_typing_and_before_saving(side: Side) -> None:
    await add_wishes_channel(side)
    await first_wish(side)
    # Discord autocomplete on the title option; Slack typeahead (block_suggestion `wish.title`)
    assert await side.suggest("wish", "title", "sökning i bygglov", side.ola) == [f"≈ #1 {TITLE}"]
    assert await side.suggest("wish", "title", "sö", side.ola) == []  # too short to say
    assert await side.suggest("wish", "title", "mejlnotis vid delgivning", side.ola) == []

    await approve_on(side, side.ola, "Stockholm")
    offered = await side.command("wish", side.ola, title=SIMILAR_TITLE, module="Bygg")
    assert offered.private
    assert offered.title == "Liknande önskemål"
    assert "De här önskemålen liknar ditt." in offered.text
    assert f"#1 {TITLE}" in offered.text
    assert [(b.label, b.route) for b in offered.buttons] == [
        ("Stöd #1", "wish.support-instead"),
        ("Skicka in som nytt", "wish.submit"),
    ]
    assert offered.buttons[0].value == "1"
    await delivered(side)
    assert len(side.cards()) == 1  # nothing saved yet: suggest, never block

    saved = await side.click(offered, "Skicka in som nytt", side.ola)
    assert saved.text == thanks(2, SIMILAR_TITLE)
    again = await side.click(offered, "Skicka in som nytt", side.ola)
    assert again.text == "Utkastet finns inte längre; det kan redan ha skickats in."
    await delivered(side)
    assert [c.title for c in side.cards()] == [f"#1 {TITLE}", f"#2 {SIMILAR_TITLE}"]
    assert side.cards()[1].fields["Stöd"] == "1 medlem från 1 kommun"


async def test_wish_without_options_opens_a_form_that_asks_no_municipality(side: Side) -> None:
    await add_wishes_channel(side)
    await approve_on(side, side.ola, "Stockholm")
    fields = await side.open_form("wish", side.ola)
    assert fields == ["title", "description", "module"]
    saved = await side.submit_form(
        {
            "title": TITLE,
            "description": "Sök på fastighetsbeteckning och diarienummer.",
            "module": "Bygg",
        },
        side.ola,
    )
    assert saved.text == thanks(1, TITLE)
    assert saved.private
    await delivered(side)
    [card] = side.cards()
    assert card.title == f"#1 {TITLE}"
    assert "Sök på fastighetsbeteckning och diarienummer." in card.text
    assert card.fields == {"Modul": "Bygg", "Status": "ny", "Stöd": "1 medlem från 1 kommun"}
    assert await side.open_form("wish", side.ola) == ["title", "description", "module"]


async def test_mass_mentions_in_a_wish_ping_nobody(side: Side) -> None:
    await add_wishes_channel(side)
    said = await side.command(
        "wish",
        side.eva,
        title=LOUD_TITLE,
        description=LOUD_DESCRIPTION,
        module="Kart & mät",
    )
    assert said.text.startswith("Tack! Ditt önskemål har nummer #1:")
    side.assert_pings_nobody(said)
    await delivered(side)
    [card] = side.cards()
    assert "Kartlager för strandskydd" in card.title
    assert card.fields["Modul"] == "Kart & mät"
    side.assert_pings_nobody(card)


async def test_wish_status_is_refused_to_members_and_tells_the_supporters(side: Side) -> None:
    await add_wishes_channel(side)
    await first_wish(side)
    if isinstance(side, DiscordSide):
        with pytest.raises(PermissionError):  # hidden from members by default permissions
            await side.command("wish-status", side.eva, number=1, status="prioriterad")
    side.open_board_commands_to_everyone()
    refused = await side.command("wish-status", side.eva, number=1, status="prioriterad")
    assert refused.text == BOARD_ONLY
    assert refused.private
    await delivered(side)
    assert side.cards()[0].fields["Status"] == "ny"

    done = await side.command("wish-status", side.bo, number=1, status="prioriterad")
    assert done.text.startswith("#1 är nu prioriterad; 1 ")
    await delivered(side)
    [card] = side.cards()
    assert card.fields["Status"] == "prioriterad" and side.was_edited(card)
    assert side.direct_messages(side.eva) == [f"Önskemålet #1 {TITLE} är nu: prioriterad."]


async def test_support_this_one_instead_never_takes_support_away(side: Side) -> None:
    await first_wish(side)
    offered = await side.command("wish", side.eva, title=SIMILAR_TITLE, module="Bygg")
    assert offered.title == "Liknande önskemål"
    chosen = await side.click(offered, "Stöd #1", side.eva)
    assert chosen.text == "Du stöder redan #1."  # the author already supports their own wish
    await approve_on(side, side.ola, "Stockholm")
    other = await side.command("wish", side.ola, title=SIMILAR_TITLE, module="Bygg")
    assert other.title == "Liknande önskemål"
    added = await side.click(other, "Stöd #1", side.ola)
    assert added.text == "Du stöder #1. Nu: 2 medlemmar från 2 kommuner."


async def test_one_wish_is_carded_on_both_platforms_and_supported_across_them(
    contract_ctx: Context,
) -> None:
    async with (
        discord_side(contract_ctx) as discord,
        slack_side(contract_ctx) as slack,
        delivering(contract_ctx, discord, slack),
    ):
        await add_wishes_channel(discord)
        await add_wishes_channel(slack)
        await first_wish(discord)
        await delivered(discord, slack)
        [on_discord], [on_slack] = discord.cards(), slack.cards()
        assert on_discord.title == on_slack.title == f"#1 {TITLE}"
        await approve_on(slack, slack.ola, "Stockholm")
        clicked = await slack.click(on_slack, "Stöd", slack.ola)
        assert clicked.text == "Du stöder #1. Nu: 2 medlemmar från 2 kommuner."
        await delivered(discord, slack)
        [on_discord], [on_slack] = discord.cards(), slack.cards()
        assert on_discord.fields == on_slack.fields
        assert on_slack.fields["Stöd"] == "2 medlemmar från 2 kommuner"
        done = await slack.command("wish-status", slack.bo, number=1, status="prioriterad")
        assert done.text.startswith("#1 är nu prioriterad; 2 ")
        await delivered(discord, slack)
        message = f"Önskemålet #1 {TITLE} är nu: prioriterad."
        assert discord.direct_messages(discord.eva) == [message]
        assert slack.direct_messages(slack.ola) == [message]
