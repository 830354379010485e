"""Contract: the fake Discord speaks REST and gateway well enough for the real discord.py client.

Each test runs a real `discord.Client` (with an app-command tree and views) against a fresh fake,
so the lead's Discord adapter tests can trust what the fake accepts and sends.
"""

from __future__ import annotations

import asyncio
import io
import json
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import discord
import pytest
from discord import app_commands

from tests.fakes.discord_server import FakeDiscord, discord_py_pointed_at


class VoteView(discord.ui.View):
    """A persistent view: no timeout and fixed custom ids, so it survives restarts."""

    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Ja", custom_id="vote:yes")
    async def yes(self, interaction: discord.Interaction, button: discord.ui.Button[Any]) -> None:
        await interaction.response.edit_message(content="Röstat: ja", view=None)

    @discord.ui.select(
        custom_id="vote:module",
        options=[discord.SelectOption(label=n) for n in ("Bygg", "Miljö", "BAB")],
    )
    async def module(
        self, interaction: discord.Interaction, select: discord.ui.Select[Any]
    ) -> None:
        await interaction.response.send_message(f"Vald: {', '.join(select.values)}", ephemeral=True)


class WishModal(discord.ui.Modal, title="Nytt önskemål"):
    wish_title: discord.ui.TextInput[Any] = discord.ui.TextInput(label="Rubrik", custom_id="title")

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"Mottaget: {self.wish_title.value}")


class Bot(discord.Client):
    """A small bot exercising what the Bryggan adapter uses: commands, views, modals, messages."""

    def __init__(self, guild_id: int) -> None:
        intents = discord.Intents.default()
        intents.message_content = True
        super().__init__(intents=intents, guild_ready_timeout=0.1)
        self.guild_object = discord.Object(guild_id)
        self.tree = app_commands.CommandTree(self)
        self.became_ready = asyncio.Event()
        self.resumed = asyncio.Event()
        self.inbox: asyncio.Queue[discord.Message] = asyncio.Queue()
        self.seen: list[discord.Interaction] = []
        self._add_commands()

    def _add_commands(self) -> None:
        guild = self.guild_object

        @self.tree.command(name="hej", description="Säg hej", guild=guild)
        async def hej(interaction: discord.Interaction) -> None:
            self.seen.append(interaction)
            await interaction.response.send_message("Hej!", ephemeral=True)

        wish = app_commands.Group(name="onskan", description="Önskemål", guild_ids=[guild.id])

        @wish.command(name="lagg-till", description="Lägg till ett önskemål")
        async def add(interaction: discord.Interaction, text: str) -> None:
            await interaction.response.defer(ephemeral=True, thinking=True)
            await interaction.followup.send(f"Tillagt: {text}", ephemeral=True)
            await interaction.edit_original_response(content="Klart")

        self.tree.add_command(wish)

        @self.tree.command(name="ny", description="Skriv ett önskemål", guild=guild)
        async def new(interaction: discord.Interaction) -> None:
            await interaction.response.send_modal(WishModal())

        @self.tree.command(name="modul", description="Välj modul", guild=guild)
        async def module(interaction: discord.Interaction, namn: str) -> None:
            await interaction.response.send_message(namn)

        @module.autocomplete("namn")
        async def module_names(
            interaction: discord.Interaction, current: str
        ) -> list[app_commands.Choice[str]]:
            names = ["Bygg", "Miljö", "BAB", "Kart & mät"]
            return [app_commands.Choice(name=n, value=n) for n in names if current in n]

    async def setup_hook(self) -> None:
        self.add_view(VoteView())
        await self.tree.sync(guild=self.guild_object)

    async def before_identify_hook(self, shard_id: int | None, *, initial: bool = False) -> None:
        """discord.py sleeps 5 s before every re-IDENTIFY; outage tests need no such wait."""

    async def on_ready(self) -> None:
        self.became_ready.set()

    async def on_resumed(self) -> None:
        self.resumed.set()

    async def on_message(self, message: discord.Message) -> None:
        await self.inbox.put(message)


@asynccontextmanager
async def running(fake: FakeDiscord) -> AsyncIterator[Bot]:
    """Start a Bot against the fake, wait for on_ready, and always close it again."""
    bot = Bot(fake.guild_id)
    with discord_py_pointed_at(fake):
        task = asyncio.create_task(bot.start(fake.token))
        ready = asyncio.create_task(bot.became_ready.wait())
        try:
            done, _ = await asyncio.wait({task, ready}, timeout=10, return_when="FIRST_COMPLETED")
            if task in done:
                task.result()  # start() failed: show why
            assert ready in done, "the client never became ready"
            yield bot
        finally:
            ready.cancel()
            await bot.close()
            await task


@pytest.fixture
async def fake() -> AsyncIterator[FakeDiscord]:
    async with FakeDiscord() as fake:
        fake.channel = fake.add_channel("allmänt")  # type: ignore[attr-defined]
        board = fake.add_role("Styrelsen", permissions=1 << 3)
        fake.member = fake.add_member("Anna Ek", roles=[board])  # type: ignore[attr-defined]
        yield fake


async def test_client_logs_in_and_becomes_ready(fake: Any) -> None:
    async with running(fake) as bot:
        assert bot.user is not None and bot.user.id == fake.bot_user_id
        assert bot.application_id == fake.application_id
        guild = bot.get_guild(fake.guild_id)
        assert guild is not None and guild.get_channel(fake.channel) is not None
        assert fake.identify_count == 1
    query = fake.gateway.queries[0]
    assert query["encoding"] == "json" and query["compress"] == "zlib-stream"


async def test_rest_answers_like_discord(fake: FakeDiscord) -> None:
    async with aiohttp.ClientSession() as http:
        auth = {"Authorization": f"Bot {fake.token}"}
        async with http.get(f"{fake.api_base}/users/@me", headers=auth) as response:
            assert response.headers["Content-Type"] == "application/json"
            assert (await response.json())["id"] == str(fake.bot_user_id)
        async with http.get(f"{fake.api_base}/users/@me") as response:
            assert response.status == 401
        async with http.get(f"{fake.api_base}/no/such/route", headers=auth) as response:
            assert response.status == 404
            assert await response.json() == {"message": "404: Not Found", "code": 0}
    assert fake.unhandled == [("GET", "/no/such/route")]


async def test_a_wrong_token_is_refused(fake: FakeDiscord) -> None:
    client = discord.Client(intents=discord.Intents.default())
    with discord_py_pointed_at(fake):
        try:
            with pytest.raises(discord.LoginFailure):
                await client.login("not-the-token")
        finally:
            await client.close()


async def test_command_tree_sync_lands_in_guild_commands(fake: Any) -> None:
    async with running(fake):
        await fake.wait_for_commands_synced()
    names = {c["name"] for c in fake.guild_commands[fake.guild_id]}
    assert names == {"hej", "onskan", "ny", "modul"}
    assert fake.global_commands == []
    group = next(c for c in fake.guild_commands[fake.guild_id] if c["name"] == "onskan")
    assert group["options"][0]["name"] == "lagg-till" and group["options"][0]["type"] == 1


async def test_slash_command_gets_an_ephemeral_reply(fake: Any) -> None:
    async with running(fake) as bot:
        body = await fake.slash_command("hej", user_id=fake.member, channel_id=fake.channel)
        assert body["type"] == 4
        assert body["data"]["content"] == "Hej!" and body["data"]["flags"] == 64
        interaction = bot.seen[0]
        assert interaction.locale is discord.Locale.swedish
        assert isinstance(interaction.user, discord.Member)
        assert interaction.user.guild_permissions.administrator
        assert interaction.channel_id == fake.channel


async def test_deferred_subcommand_gets_follow_up_and_edit(fake: Any) -> None:
    async with running(fake):
        option = {"type": 3, "name": "text", "value": "Bättre sök"}
        subcommand = {"type": 1, "name": "lagg-till", "options": [option]}
        body = await fake.slash_command(
            "onskan", user_id=fake.member, channel_id=fake.channel, options=[subcommand]
        )
        assert body["type"] == 5 and body["data"]["flags"] == 64
        follow_up = await fake.wait_for_interaction_update(body["interaction_id"])
        assert follow_up["kind"] == "followup"
        assert follow_up["data"]["content"] == "Tillagt: Bättre sök"
        edit = await fake.wait_for_interaction_update(body["interaction_id"])
        assert edit["kind"] == "edit" and edit["message_id"] == "@original"
        assert edit["data"]["content"] == "Klart"


async def test_persistent_view_button_click(fake: Any) -> None:
    async with running(fake):
        body = await fake.click_button("vote:yes", user_id=fake.member, channel_id=fake.channel)
        assert body["type"] == 7
        assert body["data"]["content"] == "Röstat: ja" and body["data"]["components"] == []


async def test_button_on_a_sent_message_edits_it(fake: Any) -> None:
    async with running(fake) as bot:
        channel = bot.get_partial_messageable(fake.channel)
        sent = await channel.send("Rösta om önskemål 7", view=VoteView())
        stored = fake.messages[fake.channel][0]
        assert stored["components"][0]["components"][0]["custom_id"] == "vote:yes"
        body = await fake.click_button(
            "vote:yes", user_id=fake.member, channel_id=fake.channel, message_id=sent.id
        )
        assert body["type"] == 7
        assert stored["content"] == "Röstat: ja" and stored["components"] == []


async def test_select_menu_choice(fake: Any) -> None:
    async with running(fake):
        body = await fake.choose_select(
            "vote:module", ["Miljö"], user_id=fake.member, channel_id=fake.channel
        )
    assert body["type"] == 4 and body["data"]["content"] == "Vald: Miljö"


async def test_modal_is_shown_and_submitted(fake: Any) -> None:
    async with running(fake):
        body = await fake.slash_command("ny", user_id=fake.member, channel_id=fake.channel)
        assert body["type"] == 9
        custom_id = body["data"]["custom_id"]
        reply = await fake.submit_modal(
            custom_id, {"title": "Export till Excel"}, user_id=fake.member, channel_id=fake.channel
        )
        assert reply["type"] == 4 and reply["data"]["content"] == "Mottaget: Export till Excel"


async def test_autocomplete_offers_choices(fake: Any) -> None:
    async with running(fake):
        options = [{"type": 3, "name": "namn", "value": "B", "focused": True}]
        body = await fake.autocomplete(
            "modul", user_id=fake.member, channel_id=fake.channel, options=options
        )
    assert body["type"] == 8
    assert [c["value"] for c in body["data"]["choices"]] == ["Bygg", "BAB"]


async def test_repeated_nonce_creates_one_message(fake: Any) -> None:
    async with running(fake) as bot:
        channel = bot.get_partial_messageable(fake.channel)
        first = await channel.send("Protokoll 2024-05", nonce="announcement:42")
        second = await channel.send("Protokoll 2024-05", nonce="announcement:42")
    assert first.id == second.id
    assert [m["content"] for m in fake.messages[fake.channel]] == ["Protokoll 2024-05"]
    assert fake.messages[fake.channel][0]["nonce"] == "announcement:42"


async def test_bot_edits_and_deletes_its_message(fake: Any) -> None:
    async with running(fake) as bot:
        sent = await bot.get_partial_messageable(fake.channel).send("Utkast")
        edited = await sent.edit(content="Protokoll", embed=discord.Embed(title="Maj"))
        assert edited.edited_at is not None
        await sent.delete()
    stored = fake.messages[fake.channel][0]
    assert stored["content"] == "Protokoll" and stored["embeds"][0]["title"] == "Maj"
    assert stored["deleted"] is True


async def test_rate_limited_send_is_retried_once(fake: Any) -> None:
    fake.fail_next("POST", r"^/channels/\d+/messages$", retry_after=0.05)
    async with running(fake) as bot:
        await bot.get_partial_messageable(fake.channel).send("Nyhet")
    posts = [r for r in fake.requests if r[0] == "POST" and r[1].startswith("/channels/")]
    assert len(posts) == 2
    assert [m["content"] for m in fake.messages[fake.channel]] == ["Nyhet"]


async def test_outage_then_reconnect_and_send(fake: Any) -> None:
    async with running(fake) as bot:
        channel = bot.get_partial_messageable(fake.channel)
        attempts = fake.gateway.attempts
        await fake.go_down()
        with pytest.raises(discord.DiscordServerError):
            await channel.send("under avbrottet")
        await fake.wait_until(lambda: fake.gateway.attempts > attempts, what="a reconnect try")
        await fake.come_back()
        await fake.wait_ready()
        assert fake.identify_count == 2
        await channel.send("efter avbrottet")
        messages = await fake.wait_for_messages(fake.channel, 1)
    assert [m["content"] for m in messages] == ["efter avbrottet"]


async def test_resume_after_a_short_outage(fake: Any) -> None:
    fake.allow_resume = True
    async with running(fake) as bot:
        attempts = fake.gateway.attempts
        await fake.go_down()
        await fake.wait_until(lambda: fake.gateway.attempts > attempts, what="a reconnect try")
        await fake.come_back()
        await asyncio.wait_for(bot.resumed.wait(), 10)
        assert fake.identify_count == 1


async def test_member_messages_reach_on_message(fake: Any) -> None:
    async with running(fake) as bot:
        message_id = await fake.post_message(fake.channel, "Hej Bryggan", user_id=fake.member)
        received = await asyncio.wait_for(bot.inbox.get(), 10)
        assert received.id == message_id and received.content == "Hej Bryggan"
        assert received.author.id == fake.member and received.channel.id == fake.channel
        await fake.edit_message(fake.channel, message_id, "Hej igen")
        fetched = await bot.get_partial_messageable(fake.channel).fetch_message(message_id)
        assert fetched.content == "Hej igen" and fetched.edited_at is not None


async def test_webhook_posts_as_someone_else_and_echoes(fake: Any) -> None:
    async with running(fake) as bot:
        channel = bot.get_channel(fake.channel)
        assert isinstance(channel, discord.TextChannel)
        webhook = await channel.create_webhook(name="Bryggan-bro")
        sent = await webhook.send(
            "från Slack", username="Anna (Slack)", avatar_url="https://x.test/a.png", wait=True
        )
        echoed = await asyncio.wait_for(bot.inbox.get(), 10)
    stored = fake.messages[fake.channel][0]
    assert (
        stored["webhook_id"] == str(webhook.id) and stored["author"]["username"] == "Anna (Slack)"
    )
    assert stored["avatar_url"] == "https://x.test/a.png"
    assert echoed.id == sent.id and echoed.webhook_id == webhook.id


async def test_direct_message_and_discord_rules(fake: Any) -> None:
    async with running(fake) as bot:
        user = await bot.fetch_user(fake.member)
        await user.send("Ditt önskemål fick svar")
        export = discord.File(io.BytesIO("id;önskemål\n7;Export".encode()), "onskemal.csv")
        with_file = await bot.get_partial_messageable(fake.channel).send("Lista", file=export)
        channel = bot.get_partial_messageable(fake.channel)
        with pytest.raises(discord.HTTPException) as too_long:
            await channel.send("å" * 2001)
        quiet = await channel.send("@everyone läs", allowed_mentions=discord.AllowedMentions.none())
        loud = await channel.send("@everyone läs")
    assert too_long.value.code == 50035
    assert fake.messages[fake.dm_channels[fake.member]][0]["content"] == "Ditt önskemål fick svar"
    assert not quiet.mention_everyone and loud.mention_everyone
    attachment = with_file.attachments[0]
    assert attachment.filename == "onskemal.csv"
    assert fake.uploads[attachment.id].decode() == "id;önskemål\n7;Export"


async def _post(fake: FakeDiscord, path: str, body: dict[str, Any]) -> tuple[int, Any]:
    async with aiohttp.ClientSession() as http:
        auth = {"Authorization": f"Bot {fake.token}"}
        async with http.post(f"{fake.api_base}{path}", json=body, headers=auth) as response:
            text = await response.text()
            return response.status, json.loads(text) if text else None


def _buttons(rows: int, per_row: int, **button: Any) -> list[dict[str, Any]]:
    one = {"type": 2, "style": 1, "label": "Stöd", "custom_id": "b:x", **button}
    return [{"type": 1, "components": [one] * per_row} for _ in range(rows)]


async def test_the_fake_refuses_components_and_fields_past_discords_limits(
    fake: FakeDiscord,
) -> None:
    def channel() -> str:  # one each: a channel takes 5 posts per 5 s, refused ones too
        return f"/channels/{fake.add_channel('gränser')}/messages"

    good = await _post(fake, channel(), {"content": "ok", "components": _buttons(5, 5)})
    assert good[0] == 200  # the control: at the limits is fine
    for body in (
        {"content": "x", "components": _buttons(6, 1)},
        {"content": "x", "components": _buttons(1, 6)},
        {"content": "x", "components": _buttons(1, 1, custom_id="c" * 101)},
        {"content": "x", "components": _buttons(1, 1, label="l" * 81)},
        {"embeds": [{"fields": [{"name": "n" * 257, "value": "v"}]}]},
        {"embeds": [{"fields": [{"name": "n", "value": "v" * 1025}]}]},
    ):
        status, answer = await _post(fake, channel(), body)
        assert (status, answer["code"]) == (400, 50035), body


async def test_the_fake_refuses_late_answers_and_oversized_modals_and_choices(
    fake: FakeDiscord,
) -> None:
    channel = fake.add_channel("svar")

    async def callback(body: dict[str, Any], *, age: float = 0.0) -> tuple[int, Any]:
        interaction = fake.new_interaction(2, fake.bot_user_id, channel, None)
        fake.interaction_responses[interaction.id] = []  # as when the fake dispatches it
        interaction.created -= age
        path = f"/interactions/{interaction.id}/{interaction.token}/callback"
        return await _post(fake, path, body)

    assert (await callback({"type": 4, "data": {"content": "i tid"}}))[0] == 204
    late = await callback({"type": 4, "data": {"content": "för sent"}}, age=3.5)
    assert late[0] == 404 and late[1]["code"] == 10062
    field = {"type": 4, "custom_id": "f", "label": "Rubrik", "style": 1}
    rows = [{"type": 1, "components": [field]}] * 6
    modal = {"type": 9, "data": {"custom_id": "m", "title": "Önskemål", "components": rows}}
    assert (await callback(modal))[1]["code"] == 50035
    choices = [{"name": f"val {n}", "value": str(n)} for n in range(26)]
    assert (await callback({"type": 8, "data": {"choices": choices}}))[1]["code"] == 50035
    assert (await callback({"type": 8, "data": {"choices": choices[:25]}}))[0] == 204
