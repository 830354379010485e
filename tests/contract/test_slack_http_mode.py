"""Slack in HTTP mode: requests signed with the signing secret, served by the bot's web server."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass

import aiohttp
import pytest
import yarl
from aiohttp import web

from bot.platforms.slack.commands import RESERVED
from bot.platforms.slack.platform import SlackConfig, SlackPlatform
from handlers.context import Context
from handlers.door import Door
from handlers.types import InboundMessage
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
            Door(contract_ctx),
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


def _signature(fake: FakeSlack, body: bytes, stamp: str) -> dict[str, str]:
    digest = hmac.new(
        fake.signing_secret.encode(), b"v0:" + stamp.encode() + b":" + body, hashlib.sha256
    ).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": "v0=" + digest}


async def _post(url: str, body: bytes, headers: dict[str, str]) -> int:
    async with (
        aiohttp.ClientSession() as session,
        session.post(url, data=body, headers=headers) as r,
    ):
        return r.status


NOW = str(int(time.time()))
MALFORMED = {
    # name: (body, content type, timestamp or None for unsigned, the status expected)
    "form not UTF-8": (b"command=%2Fhelp&text=\xff\xfe", FORM, NOW, 400),
    "truncated JSON": (b'{"type": "event_callback", "event": {', "application/json", NOW, 400),
    "payload not JSON": (b"payload=%7Bnot", FORM, NOW, 400),
    "payload JSON not an object": (b"payload=%5B1%5D", FORM, NOW, 400),
    "bogus charset": (b"command=%2Fhelp", "text/plain; charset=bogus", NOW, 400),
    "timestamp abc": (b"command=%2Fhelp", FORM, "abc", 400),
    "timestamp of 400 nines": (b"command=%2Fhelp", FORM, "9" * 400, 400),
    "1 MB unsigned": (b"x=" + b"A" * 1_000_000, FORM, None, 413),
    "unsigned": (b"command=%2Fhelp", FORM, None, 401),
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
async def test_malformed_requests_get_4xx_and_one_short_log_line_never_a_traceback(
    http_world: HttpWorld, case: str, caplog: pytest.LogCaptureFixture
) -> None:
    body, content_type, stamp, expected = MALFORMED[case]
    headers = {"Content-Type": content_type}
    if stamp is not None:
        headers |= _signature(http_world.fake, body, stamp)
    with caplog.at_level(logging.DEBUG):
        assert await _post(http_world.url, body, headers) == expected
    assert not [r for r in caplog.records if r.exc_info], "no traceback"
    logged = "\n".join(r.getMessage() + str(r.__dict__) for r in caplog.records)
    assert len(logged) < 2000 and "AAAAAAAAAA" not in logged and "help" not in logged
    assert http_world.fake.responses == []


async def test_a_replayed_signed_request_runs_once(http_world: HttpWorld) -> None:
    fake = http_world.fake
    body = fake.slash_command_form(
        "/channel", "add board", user_id=http_world.board, channel_id=http_world.channel
    ).encode()
    headers = {"Content-Type": FORM, **_signature(fake, body, str(int(time.time())))}
    statuses = [await _post(http_world.url, body, headers) for _ in range(4)]
    assert statuses == [200, 401, 401, 401]
    await fake.wait_for_response(1)
    assert await topics(http_world) == ["board"] and len(fake.responses) == 1


async def test_slacks_retry_of_a_handled_event_is_acknowledged_not_handled_again(
    http_world: HttpWorld,
) -> None:
    fake, seen = http_world.fake, []

    async def record(_ctx: Context, message: InboundMessage) -> None:
        seen.append(message.text)

    http_world.ctx.inbound = [record]
    event = {"type": "message", "channel": http_world.channel, "user": http_world.board,
             "text": "hej", "ts": "1700000000.000100", "channel_type": "channel"}  # fmt: skip
    payload = fake.event_payload(event)
    body = json.dumps(payload).encode()
    first = {"Content-Type": "application/json", **_signature(fake, body, str(int(time.time())))}
    assert await _post(http_world.url, body, first) == 200
    await eventually(lambda: seen == ["hej"], what="the event handled")
    retry = {"Content-Type": "application/json", "X-Slack-Retry-Num": "1",
             "X-Slack-Retry-Reason": "http_timeout",
             **_signature(fake, body, str(int(time.time()) + 1))}  # fmt: skip
    assert await _post(http_world.url, body, retry) == 200
    other = json.dumps({**payload, "event_id": "EvOTHER1"}).encode()
    fresh = {"Content-Type": "application/json", **_signature(fake, other, str(int(time.time())))}
    assert await _post(http_world.url, other, fresh) == 200
    await eventually(lambda: len(seen) == 2, what="the other event handled")
    assert seen == ["hej", "hej"]  # the retry was not handled; a new event id was


async def test_a_signed_body_arriving_in_two_pieces_is_read_whole(http_world: HttpWorld) -> None:
    """A large click or form (tens of KB) reaches the server in several TLS records; the
    signature covers all of it, so the gate must read to the end, not what has arrived."""
    fake = http_world.fake
    form = fake.slash_command_form(
        "/channel", "list", user_id=http_world.board, channel_id=http_world.channel
    )
    body = (form + "&padding=" + "A" * 30_000).encode()
    headers = {"Content-Type": FORM, **_signature(fake, body, str(int(time.time())))}
    url = yarl.URL(http_world.url)
    reader, writer = await asyncio.open_connection(url.host, url.port)
    head = [f"POST {url.path} HTTP/1.1", f"Host: {url.host}", f"Content-Length: {len(body)}"]
    head += [f"{name}: {value}" for name, value in headers.items()]
    writer.write(("\r\n".join([*head, "", ""])).encode() + body[:10_000])
    await writer.drain()
    await asyncio.sleep(0.05)  # only to make the second piece a separate read on the server
    writer.write(body[10_000:])
    await writer.drain()
    status_line = await reader.readline()
    writer.close()
    assert status_line.startswith(b"HTTP/1.1 200"), status_line
    await fake.wait_for_response(1)
