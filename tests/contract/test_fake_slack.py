"""The fake Slack speaks the protocol the real slack_bolt / slack_sdk clients expect.

These tests drive the fake with the real `AsyncApp`, `AsyncWebClient` and aiohttp Socket Mode
client, so the Slack adapter's contract tests can trust it: if the fake drifted from what the
libraries send and parse, these would fail first. No sleeps: every wait is on an ack, a queue or
the fake's recorded state.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

from tests.fakes.slack_server import FakeSlack

MODAL = {
    "type": "modal",
    "callback_id": "onskan",
    "title": {"type": "plain_text", "text": "Ny önskan"},
    "submit": {"type": "plain_text", "text": "Skicka"},
    "private_metadata": "kommun=Ale",
    "blocks": [
        {
            "type": "input",
            "block_id": "rubrik",
            "label": {"type": "plain_text", "text": "Rubrik"},
            "element": {"type": "plain_text_input", "action_id": "text"},
        }
    ],
}


@dataclass
class Bot:
    """A Bolt app wired to the fake, plus what its listeners saw (awaited, never polled)."""

    app: AsyncApp
    seen: asyncio.Queue[tuple[str, dict[str, Any]]] = field(default_factory=asyncio.Queue)


def make_bot(fake: FakeSlack) -> Bot:
    """A small app using each kind of listener the Slack adapter will use."""
    client = AsyncWebClient(token=fake.bot_token, base_url=fake.api_url)
    bot = Bot(AsyncApp(client=client, signing_secret=fake.signing_secret))
    app = bot.app

    @app.command("/hej")
    async def hej(ack: Any, body: dict[str, Any], respond: Any, client: AsyncWebClient) -> None:
        await ack()
        bot.seen.put_nowait(("command", body))
        if body["text"] == "modal":
            await client.views_open(trigger_id=body["trigger_id"], view=MODAL)
        else:
            await respond(f"Hej <@{body['user_id']}>! Du skrev: {body['text']}")

    @app.action("rosta")
    async def rosta(ack: Any, body: dict[str, Any], respond: Any) -> None:
        await ack()
        bot.seen.put_nowait(("action", body))
        await respond(text="Tack för din röst", replace_original=True)

    @app.view("onskan")
    async def onskan(ack: Any, view: dict[str, Any]) -> None:
        text = view["state"]["values"]["rubrik"]["text"]["value"]
        if not text:
            await ack(response_action="errors", errors={"rubrik": "Skriv en rubrik"})
            return
        await ack()
        bot.seen.put_nowait(("view", view))

    @app.options("kommun")
    async def kommun(ack: Any, payload: dict[str, Any]) -> None:
        names = [n for n in ("Ale", "Alingsås", "Borås") if n.startswith(payload["value"])]
        await ack(options=[{"text": {"type": "plain_text", "text": n}, "value": n} for n in names])

    @app.event("message")
    async def message(event: dict[str, Any]) -> None:
        bot.seen.put_nowait(("message", event))

    return bot


@pytest.fixture
async def fake() -> AsyncIterator[FakeSlack]:
    fake = FakeSlack()
    await fake.start()
    try:
        yield fake
    finally:
        await fake.stop()


@pytest.fixture
async def socket_bot(fake: FakeSlack) -> AsyncIterator[Bot]:
    """The bot connected over Socket Mode (connect_async, never start_async, which sleeps)."""
    bot = make_bot(fake)
    handler = AsyncSocketModeHandler(bot.app, app_token=fake.app_token, ping_interval=0.5)
    try:
        await handler.connect_async()
        await fake.wait_connected()
        yield bot
    finally:
        await handler.close_async()


async def next_seen(bot: Bot, kind: str) -> dict[str, Any]:
    seen_kind, body = await asyncio.wait_for(bot.seen.get(), 10)
    assert seen_kind == kind
    return body


def client_for(fake: FakeSlack, **kwargs: Any) -> AsyncWebClient:
    return AsyncWebClient(token=fake.bot_token, base_url=fake.api_url, **kwargs)


async def test_post_update_delete_and_history_with_metadata(fake: FakeSlack) -> None:
    channel = fake.add_channel("allmant")
    client = client_for(fake)
    auth = await client.auth_test()
    assert (auth["user_id"], auth["bot_id"]) == (fake.bot_user_id, fake.bot_id)
    metadata = {"event_type": "bryggan_post", "event_payload": {"key": "announcement:1:slack"}}
    first = await client.chat_postMessage(
        channel=channel, text="Protokoll", metadata=metadata, username="Styrelsen", icon_url="x"
    )
    second = await client.chat_postMessage(channel="#allmant", text="Nyhet", thread_ts=None)
    assert float(second["ts"]) > float(first["ts"]) and second["channel"] == channel
    await client.chat_update(channel=channel, ts=second["ts"], text="Nyhet (rättad)")
    posted = await fake.wait_for_messages(channel, 2)
    assert posted[0]["username"] == "Styrelsen" and posted[0]["metadata"] == metadata
    assert posted[1]["text"] == "Nyhet (rättad)" and posted[1]["user"] == fake.bot_user_id

    history = await client.conversations_history(channel=channel, include_all_metadata=True)
    assert [m["text"] for m in history["messages"]] == ["Nyhet (rättad)", "Protokoll"]
    assert history["messages"][1]["metadata"] == metadata
    plain = await client.conversations_history(channel=channel, limit=1)
    assert "metadata" not in plain["messages"][0] and plain["has_more"]

    await client.chat_delete(channel=channel, ts=first["ts"])
    assert posted[0]["deleted"] is True
    history = await client.conversations_history(channel=channel, include_all_metadata=True)
    assert [m["ts"] for m in history["messages"]] == [second["ts"]]
    with pytest.raises(SlackApiError) as missing:
        await client.chat_update(channel=channel, ts=first["ts"], text="för sent")
    assert missing.value.response["error"] == "message_not_found"
    assert ("chat.delete", {"channel": channel, "ts": first["ts"]}) in fake.calls


async def test_directory_methods(fake: FakeSlack) -> None:
    anna = fake.add_user("anna", locale="en-US")
    bo = fake.add_user("bo")
    group = fake.add_usergroup("styrelsen", [anna, bo])
    channel = fake.add_channel("styrelse", channel_id="C0STYRELSE")
    client = client_for(fake)

    assert (await client.users_info(user=anna, include_locale=True))["user"]["locale"] == "en-US"
    assert "locale" not in (await client.users_info(user=bo))["user"]
    info = await client.conversations_info(channel=channel)
    assert info["channel"]["name"] == "styrelse"
    dm = (await client.conversations_open(users=anna))["channel"]["id"]
    again = await client.conversations_open(users=[anna])
    assert dm.startswith("D") and again["channel"]["id"] == dm and again["already_open"]
    await client.chat_postMessage(channel=anna, text="Hej i DM")  # a user id posts to the DM
    assert (await fake.wait_for_messages(dm, 1))[0]["text"] == "Hej i DM"
    groups = await client.usergroups_list(include_users=True)
    assert groups["usergroups"][0]["handle"] == "styrelsen"
    assert (await client.usergroups_users_list(usergroup=group))["users"] == [anna, bo]


async def test_errors_tokens_and_unknown_methods(fake: FakeSlack) -> None:
    channel = fake.add_channel("allmant")
    with pytest.raises(SlackApiError) as wrong:
        await AsyncWebClient(token="xoxb-wrong", base_url=fake.api_url).auth_test()
    assert wrong.value.response["error"] == "invalid_auth"
    with pytest.raises(SlackApiError) as app_only:
        await client_for(fake).apps_connections_open(app_token=fake.bot_token)
    assert app_only.value.response["error"] == "not_allowed_token_type"
    with pytest.raises(SlackApiError) as unknown:
        await client_for(fake).api_call("bryggan.magic", params={"x": "1"})
    assert unknown.value.response["error"] == "unknown_method"
    assert fake.calls[-1] == ("bryggan.magic", {"x": "1"})
    with pytest.raises(SlackApiError) as unknown_channel:
        await client_for(fake).chat_postMessage(channel="C0NOWHERE", text="?")
    assert unknown_channel.value.response["error"] == "channel_not_found"
    too_long = [{"type": "section", "text": {"type": "mrkdwn", "text": "å" * 3001}}]
    with pytest.raises(SlackApiError) as invalid:
        await client_for(fake).chat_postMessage(channel=channel, text="x", blocks=too_long)
    assert invalid.value.response["error"] == "invalid_blocks"
    fake.fail_next("chat.postMessage", status=200, error="not_in_channel")
    with pytest.raises(SlackApiError) as scripted:
        await client_for(fake).chat_postMessage(channel=channel, text="x")
    assert scripted.value.response.status_code == 200
    assert scripted.value.response["error"] == "not_in_channel"
    assert fake.messages[channel] == []


async def test_rate_limit_429_with_retry_after(fake: FakeSlack) -> None:
    channel = fake.add_channel("allmant")
    fake.fail_next("chat.postMessage", status=429, retry_after=7)
    with pytest.raises(SlackApiError) as limited:
        await client_for(fake).chat_postMessage(channel=channel, text="för snabbt")
    assert limited.value.response.status_code == 429
    assert limited.value.response.headers["Retry-After"] == "7"
    assert limited.value.response["error"] == "ratelimited"

    fake.fail_next("chat.postMessage", status=429, retry_after=0)
    retrying = client_for(fake, retry_handlers=[AsyncRateLimitErrorRetryHandler(max_retry_count=1)])
    posted = await retrying.chat_postMessage(channel=channel, text="till slut")
    assert posted["ok"] and [m["text"] for m in fake.messages[channel]] == ["till slut"]
    assert [m for m, _ in fake.calls].count("chat.postMessage") == 3


async def test_socket_mode_slash_command_and_respond(fake: FakeSlack, socket_bot: Bot) -> None:
    channel = fake.add_channel("allmant")
    user = fake.add_user("anna")
    assert [m for m, _ in fake.calls][:1] == ["apps.connections.open"]

    ack = await fake.slash_command("/hej", "en önskan", user_id=user, channel_id=channel)
    assert ack == {} and fake.acks[-1].keys() == {"envelope_id"}
    body = await next_seen(socket_bot, "command")
    assert body["response_url"].startswith(fake.base_url) and body["team_id"] == fake.team_id
    responses = await fake.wait_for_response(1)
    assert responses[0]["text"] == f"Hej <@{user}>! Du skrev: en önskan"


async def test_socket_mode_block_action_on_a_message(fake: FakeSlack, socket_bot: Bot) -> None:
    channel = fake.add_channel("onskemal")
    user = fake.add_user("bo")
    button = {"type": "button", "action_id": "rosta", "value": "42", "text": {}}
    blocks = [{"type": "actions", "block_id": "actions", "elements": [button]}]
    posted = await socket_bot.app.client.chat_postMessage(
        channel=channel, text="Önskan 42", blocks=blocks
    )

    ack = await fake.block_action(
        "rosta", "42", user_id=user, channel_id=channel, message_ts=posted["ts"]
    )
    assert ack == {}
    body = await next_seen(socket_bot, "action")
    assert body["actions"][0]["value"] == "42" and body["message"]["ts"] == posted["ts"]
    assert body["container"]["channel_id"] == channel and body["user"]["id"] == user
    assert (await fake.wait_for_response(1))[0]["replace_original"] is True


async def test_socket_mode_modal_open_and_submit(fake: FakeSlack, socket_bot: Bot) -> None:
    channel = fake.add_channel("allmant")
    user = fake.add_user("anna")
    await fake.slash_command("/hej", "modal", user_id=user, channel_id=channel)
    await fake.wait_until(lambda: len(fake.views) == 1, what="views.open")
    assert fake.views[0]["method"] == "views.open" and fake.views[0]["trigger_id"]

    empty = {"rubrik": {"text": {"type": "plain_text_input", "value": ""}}}
    ack = await fake.view_submission("onskan", empty, user_id=user)
    assert ack == {"response_action": "errors", "errors": {"rubrik": "Skriv en rubrik"}}

    filled = {"rubrik": {"text": {"type": "plain_text_input", "value": "Bättre sök"}}}
    assert await fake.view_submission("onskan", filled, user_id=user) == {}
    await next_seen(socket_bot, "command")
    view = await next_seen(socket_bot, "view")
    assert view["id"] == fake.views[0]["view_id"] and view["private_metadata"] == "kommun=Ale"
    in_modal = fake.block_action_payload("x", "1", user_id=user, channel_id="", view=view)
    assert in_modal["container"] == {"type": "view", "view_id": view["id"]}
    assert "response_url" not in in_modal and in_modal["view"]["callback_id"] == "onskan"


async def test_socket_mode_block_suggestion_returns_options(
    fake: FakeSlack, socket_bot: Bot
) -> None:
    user = fake.add_user("anna")
    ack = await fake.block_suggestion("kommun", "Al", user_id=user)
    assert [o["value"] for o in ack["options"]] == ["Ale", "Alingsås"]


async def test_socket_mode_message_event(fake: FakeSlack, socket_bot: Bot) -> None:
    channel = fake.add_channel("diskussion")
    user = fake.add_user("anna")
    ts = await fake.message_event(channel, "Hej från Slack", user_id=user, thread_ts="1.000001")
    event = await next_seen(socket_bot, "message")
    assert (event["text"], event["user"], event["ts"]) == ("Hej från Slack", user, ts)
    assert event["thread_ts"] == "1.000001" and event["channel"] == channel
    replies = await socket_bot.app.client.conversations_replies(channel=channel, ts="1.000001")
    assert [m["text"] for m in replies["messages"]] == ["Hej från Slack"]


async def test_socket_mode_reconnects_after_an_outage(fake: FakeSlack, socket_bot: Bot) -> None:
    channel = fake.add_channel("allmant")
    user = fake.add_user("anna")
    await fake.go_down()
    with pytest.raises(SlackApiError) as down:
        await socket_bot.app.client.chat_postMessage(channel=channel, text="nere")
    assert down.value.response.status_code == 503

    await fake.come_back()
    await fake.wait_connected()
    assert fake.socket_connects == 2
    assert [m for m, _ in fake.calls].count("apps.connections.open") >= 2
    assert await fake.slash_command("/hej", "igen", user_id=user, channel_id=channel) == {}
    assert (await fake.wait_for_response(1))[0]["text"].endswith("igen")


@pytest.fixture
async def http_url(fake: FakeSlack) -> AsyncIterator[tuple[Bot, str]]:
    """The bot in HTTP mode: `app.web_app()` on an AppRunner in this loop (never app.start())."""
    bot = make_bot(fake)
    runner = web.AppRunner(bot.app.web_app(path="/slack/events"))
    await runner.setup()
    try:
        await web.TCPSite(runner, "127.0.0.1", 0).start()
        yield bot, f"http://127.0.0.1:{runner.addresses[0][1]}/slack/events"
    finally:
        await runner.cleanup()


async def test_http_mode_signed_requests(fake: FakeSlack, http_url: tuple[Bot, str]) -> None:
    bot, url = http_url
    channel = fake.add_channel("allmant")
    user = fake.add_user("anna")
    form = "application/x-www-form-urlencoded"
    body = fake.slash_command_form("/hej", "via http", user_id=user, channel_id=channel)

    assert (await fake.http_post(url, body, content_type=form))[0] == 200
    assert (await fake.wait_for_response(1))[0]["text"].endswith("via http")
    forged = await fake.http_post(url, body, content_type=form, bad_signature=True)
    stale = await fake.http_post(url, body, content_type=form, timestamp=int(time.time()) - 600)
    unsigned = await fake.http_post(url, body, content_type=form, sign=False)
    assert (forged[0], stale[0], unsigned[0]) == (401, 401, 401)

    payload = fake.block_action_payload("rosta", "7", user_id=user, channel_id=channel)
    status, _ = await fake.http_post(url, fake.interactive_form(payload), content_type=form)
    assert status == 200
    await next_seen(bot, "command")
    assert (await next_seen(bot, "action"))["actions"][0]["value"] == "7"


async def test_a_response_url_refuses_what_chat_post_message_refuses(fake: FakeSlack) -> None:
    """Every command's answer goes through a response_url: its body is checked too."""
    section = {"type": "section", "text": {"type": "mrkdwn", "text": "ok"}}

    async def respond(body: Any) -> tuple[int, str]:
        url = fake._new_response_url("commands")
        async with aiohttp.ClientSession() as http, http.post(url, json=body) as answer:
            return answer.status, await answer.text()

    assert await respond({"text": "ok", "blocks": [section]}) == (200, "ok")  # the control
    assert await respond({"blocks": [section] * 51, "text": "x"}) == (400, "invalid_blocks")
    long = {"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}
    assert await respond({"blocks": [long], "text": "x"}) == (400, "invalid_blocks")
    assert await respond({"response_type": "ephemeral"}) == (400, "no_text")
    assert await respond({"text": "x", "response_type": "loud"}) == (400, "invalid_response_type")
    assert len(fake.responses) == 1
