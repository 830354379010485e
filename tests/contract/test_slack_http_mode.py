"""Slack in HTTP mode: requests signed with the signing secret, served by the bot's web server."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

import pytest
from aiohttp import web

from bot.platforms.slack.commands import RESERVED
from bot.platforms.slack.platform import SlackConfig, SlackPlatform
from handlers.context import Context
from storage.channels import all_channel_topics
from tests.fakes.slack_server import FakeSlack
from tests.waiting import eventually

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
FORM = "application/x-www-form-urlencoded"


@dataclass
class HttpWorld:
    fake: FakeSlack
    ctx: Context
    url: str
    channel: str
    board: str


@pytest.fixture
async def http_world(contract_ctx: Context) -> AsyncIterator[HttpWorld]:
    async with FakeSlack() as fake:
        channel = fake.add_channel("styrelsen")
        board = fake.add_user("Bo")
        platform = SlackPlatform(
            contract_ctx,
            SlackConfig(
                bot_token=fake.bot_token,
                signing_secret=fake.signing_secret,
                board_users=(board,),
                api_url=fake.api_url,
            ),
        )
        app = web.Application()
        app.router.add_post("/slack/events", platform.handle_http)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = runner.addresses[0][1]
        await platform.start()
        try:
            await eventually(lambda: platform.connected, what="auth.test")
            url = f"http://127.0.0.1:{port}/slack/events"
            yield HttpWorld(fake, contract_ctx, url, channel, board)
        finally:
            await platform.stop()
            await runner.cleanup()


async def topics(world: HttpWorld) -> list[str]:
    async with world.ctx.db.transaction() as session:
        return [row.topic for row in await all_channel_topics(session)]


async def test_a_signed_command_is_answered(http_world: HttpWorld) -> None:
    body = http_world.fake.slash_command_form(
        "/channel", "add board", user_id=http_world.board, channel_id=http_world.channel
    )
    status, _ = await http_world.fake.http_post(http_world.url, body, content_type=FORM)
    assert status == 200
    [response] = await http_world.fake.wait_for_response(1)
    assert "#styrelsen tar nu emot board" in str(response["blocks"])
    assert await topics(http_world) == ["board"]


@pytest.mark.parametrize(
    "forgery",
    [{"bad_signature": True}, {"timestamp": int(time.time()) - 301}, {"sign": False}],
    ids=["forged signature", "stale timestamp", "unsigned"],
)
async def test_forged_or_stale_requests_get_401_and_change_nothing(
    http_world: HttpWorld, forgery: dict[str, object]
) -> None:
    body = http_world.fake.slash_command_form(
        "/channel", "add board", user_id=http_world.board, channel_id=http_world.channel
    )
    status, _ = await http_world.fake.http_post(
        http_world.url,
        body,
        content_type=FORM,
        **forgery,  # type: ignore[arg-type]
    )
    assert status == 401
    assert await topics(http_world) == []
    assert http_world.fake.responses == []


async def test_every_catalogue_command_answers_in_http_mode(http_world: HttpWorld) -> None:
    fake = http_world.fake
    specs = list(http_world.ctx.catalogue)
    for spec in specs:
        text = "list" if spec.subcommands else ""
        slash = f"/{spec.name}"
        if spec.name in RESERVED:  # Slack keeps the name: reached through the umbrella
            slash, text = "/bryggan", f"{spec.name} {text}"
        body = fake.slash_command_form(
            slash, text, user_id=http_world.board, channel_id=http_world.channel
        )
        answered, opened = len(fake.responses), len(fake.views)
        status, _ = await fake.http_post(http_world.url, body, content_type=FORM)
        assert status == 200, spec.name
        await fake.wait_until(
            lambda a=answered, o=opened: len(fake.responses) > a or len(fake.views) > o,
            10,
            f"an answer to /{spec.name}",
        )
    texts = [str(r.get("blocks") or r.get("text")) for r in fake.responses]
    assert len(texts) + len(fake.views) == len(specs)  # each answered once, by text or form
    assert not any("Okänt kommando" in t or "Något gick fel" in t for t in texts)
