"""The Slack adapter against the fake Slack, through the real slack-bolt and slack_sdk clients."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
import yaml

from bot.dispatcher import Dispatcher, DispatcherConfig
from bot.platforms.slack.commands import RESERVED, manifest_yaml, slash_commands
from bot.platforms.slack.platform import SlackConfig, SlackPlatform
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.door import Door
from handlers.types import Message
from storage import outbox
from tests.fakes.slack_server import FakeSlack
from tests.waiting import eventually

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


class BootClock:
    """`time.monotonic()` on a machine booted a moment ago: it counts from boot, so it is near
    zero (every test here runs so; the board cache once looked fresh for five minutes)."""

    def __init__(self, start: float = 1.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@dataclass
class World:
    fake: FakeSlack
    platform: SlackPlatform
    ctx: Context
    general: str
    member: str
    board: str
    boot: BootClock


def response_text(body: dict[str, Any]) -> str:
    """What a member reads: the text of every section block (or the fallback text)."""
    blocks = body.get("blocks") or []
    texts = [b["text"]["text"] for b in blocks if b.get("type") in ("section", "header")]
    return "\n".join(texts) or body.get("text", "")


@pytest.fixture
async def world(contract_ctx: Context) -> AsyncIterator[World]:
    async with FakeSlack() as fake:
        general = fake.add_channel("allmänt")
        member = fake.add_user("Eva")
        board = fake.add_user("Bo")
        fake.add_usergroup("styrelsen", [board])
        boot = BootClock()
        platform = SlackPlatform(
            Door(contract_ctx),
            SlackConfig(
                bot_token=fake.bot_token,
                app_token=fake.app_token,
                board_usergroup="styrelsen",
                api_url=fake.api_url,
                ping_interval=0.5,
            ),
            monotonic=boot,
        )
        await platform.start()
        try:
            await fake.wait_connected()
            yield World(fake, platform, contract_ctx, general, member, board, boot)
        finally:
            await platform.stop()


async def command(world: World, slash: str, text: str, user: str | None = None) -> dict[str, Any]:
    before = len(world.fake.responses)
    await world.fake.slash_command(
        slash, text, user_id=user or world.member, channel_id=world.general
    )
    return (await world.fake.wait_for_response(before + 1))[-1]


async def test_every_catalogue_command_is_reachable_by_name_and_through_the_umbrella(
    world: World,
) -> None:
    names = {c.catalogue_name for c in slash_commands(world.ctx.catalogue)}
    own_names = {spec.name for spec in world.ctx.catalogue if spec.name not in RESERVED}
    assert names == {None, *own_names}
    assert "feed" not in names  # Slack keeps /feed for its RSS app: the umbrella reaches it
    via_umbrella = await command(world, "/bryggan", "feed list")
    assert response_text(via_umbrella) == "Bara styrelseledamöter får använda /feed list."
    help_reply = await command(world, "/help", "")
    assert response_text(help_reply).startswith("Kommandon")
    assert help_reply["response_type"] == "ephemeral"
    assert response_text(await command(world, "/bryggan", "")).startswith("Kommandon")
    umbrella = await command(world, "/bryggan", "language en")
    assert response_text(umbrella) == "I will speak English with you from now on."
    assert response_text(await command(world, "/bryggan", "hlep")) == (
        "Unknown command /hlep. Did you mean /help?"
    )
    assert response_text(await command(world, "/probe-find", "miljö")) == "Hittade: miljö"


async def test_board_commands_refused_for_members_and_accepted_for_the_board_group(
    world: World,
) -> None:
    refused = await command(world, "/channel", "add news")
    assert response_text(refused) == "Bara styrelseledamöter får använda /channel add."
    accepted = await command(world, "/channel", "add news", user=world.board)
    assert response_text(accepted) == "#allmänt tar nu emot news (nyheter)."
    assert accepted["response_type"] == "in_channel"
    rows = await command(world, "/channel", "list", user=world.board)
    assert "#allmänt: news" in response_text(rows)


async def test_the_board_group_is_read_again_after_five_minutes_and_a_failed_read_is_retried(
    world: World,
) -> None:
    def reads() -> int:
        return sum(1 for method, _ in world.fake.calls if method == "usergroups.users.list")

    world.fake.fail_next("usergroups.users.list", status=200, error="ratelimited")
    refused = await command(world, "/channel", "list", user=world.board)
    assert response_text(refused).startswith("Bara styrelseledamöter")
    again = await command(world, "/channel", "list", user=world.board)
    assert response_text(again).startswith("Bara styrelseledamöter") and reads() == 1
    world.boot.now += 31  # the failed read is tried again after a pause, not on every event
    listed = await command(world, "/channel", "list", user=world.board)
    assert not response_text(listed).startswith("Bara styrelseledamöter") and reads() == 2
    (group,) = world.fake.usergroups.values()
    group["users"] = []  # Bo leaves the board
    world.boot.now += 299
    kept = await command(world, "/channel", "list", user=world.board)
    assert not response_text(kept).startswith("Bara styrelseledamöter")
    world.boot.now += 2
    gone = await command(world, "/channel", "list", user=world.board)
    assert response_text(gone).startswith("Bara styrelseledamöter") and reads() == 3


async def test_a_button_click_switches_language_in_place(world: World) -> None:
    reply = await command(world, "/help", "")
    actions = next(b for b in reply["blocks"] if b["type"] == "actions")["elements"]
    button = actions[0]
    assert button["text"]["text"] == "Use English"
    before = len(world.fake.responses)
    await world.fake.block_action(
        button["action_id"], button["value"], user_id=world.member, channel_id=world.general
    )
    [clicked] = (await world.fake.wait_for_response(before + 1))[before:]
    assert clicked["replace_original"] is True
    assert response_text(clicked).startswith("Commands")


async def test_a_modal_round_trip(world: World) -> None:
    await world.fake.slash_command(
        "/probe-form", "", user_id=world.member, channel_id=world.general
    )
    await world.fake.wait_until(lambda: world.fake.views, 10, "views.open")
    view = world.fake.views[-1]["view"]
    if isinstance(view, str):
        view = json.loads(view)
    assert view["callback_id"] == "probe.form"
    assert [b["block_id"] for b in view["blocks"]] == ["title", "details"]
    values = {
        "title": {"value": {"type": "plain_text_input", "value": "Bättre sökning"}},
        "details": {"value": {"type": "plain_text_input", "value": "I Bygg"}},
    }
    await world.fake.view_submission("probe.form", values, user_id=world.member)
    await world.fake.wait_until(lambda: world.fake.ephemerals, 10, "ephemeral")
    last = world.fake.ephemerals[-1]
    assert last["channel"] == world.general and last["user"] == world.member
    assert "Sparat: Bättre sökning / I Bygg (from:" in last["text"]


async def test_typeahead_suggestions(world: World) -> None:
    ack = await world.fake.block_suggestion("probe-find.query", "bygg", user_id=world.member)
    assert [o["value"] for o in ack["options"]] == ["bygglov", "bygganmälan"]


async def dispatcher_for(world: World, clock: FakeClock) -> Dispatcher:
    return Dispatcher(
        world.ctx.db, {"slack": world.platform}, clock, DispatcherConfig(poll_seconds=0.05)
    )


async def enqueue(world: World, key: str, text: str, clock: FakeClock) -> None:
    async with world.ctx.db.transaction() as session:
        await outbox.enqueue(
            session,
            platform="slack",
            target=world.general,
            idempotency_key=key,
            payload=Message(text=text).to_json(),
            now=clock.now(),
        )


async def test_long_text_is_split_within_limits_and_never_pings(world: World) -> None:
    clock = FakeClock()
    text = " ".join(["<!channel> @here läs detta."] * 2500)  # about 70,000 characters
    await enqueue(world, "long", text, clock)
    dispatcher = await dispatcher_for(world, clock)
    assert await dispatcher.claim_and_start() == 1
    assert await dispatcher.drain("slack")
    posted = world.fake.messages[world.general]
    assert len(posted) >= 1
    for message in posted:
        assert len(message["blocks"]) <= 50
        for block in message["blocks"]:
            body = block["text"]["text"]
            assert len(body) <= 3000
            assert "<!channel>" not in body and "@here" not in body
    assert "&lt;!channel&gt;" in posted[0]["blocks"][0]["text"]["text"]
    [row] = await outbox.list_rows(world.ctx.db)
    assert row.status == "sent" and len(row.message_id.split(",")) == len(posted)


async def test_a_rate_limit_is_waited_out_without_losing_the_post(world: World) -> None:
    clock = FakeClock()
    world.fake.fail_next("chat.postMessage", status=429, retry_after=7)
    await enqueue(world, "limited", "Hej alla", clock)
    dispatcher = await dispatcher_for(world, clock)
    await dispatcher.claim_and_start()
    await dispatcher.drain("slack")
    [row] = await outbox.list_rows(world.ctx.db)
    assert (row.status, row.attempts) == ("pending", 0)  # a rate limit is not an attempt
    assert (row.next_attempt_at - clock.now()).total_seconds() >= 7
    clock.advance(8)
    await dispatcher.claim_and_start()
    await dispatcher.drain("slack")
    assert [m["text"] for m in world.fake.messages[world.general]] == ["Hej alla"]


async def test_a_resend_in_doubt_finds_the_earlier_post_by_its_metadata(world: World) -> None:
    first = await world.platform.send(
        world.general, Message(text="En gång"), idempotency_key="k-1", in_doubt=False
    )
    again = await world.platform.send(
        world.general, Message(text="En gång"), idempotency_key="k-1", in_doubt=True
    )
    assert again == first
    assert len(world.fake.messages[world.general]) == 1


async def test_slack_down_for_a_while_then_everything_arrives_once(world: World) -> None:
    clock = FakeClock()
    dispatcher = await dispatcher_for(world, clock)
    await world.fake.go_down()
    await eventually(lambda: not world.platform.connected, what="disconnect")
    for number in range(5):
        await enqueue(world, f"down-{number}", f"Meddelande {number}", clock)
    assert await dispatcher.claim_and_start() == 0  # nothing is tried while Slack is away
    await world.fake.come_back()
    await eventually(lambda: world.platform.connected, what="reconnect")
    running = asyncio.create_task(dispatcher.run())
    try:
        assert await dispatcher.drain("slack")
    finally:
        await dispatcher.stop(1)
        await running
    texts = [m["text"] for m in world.fake.messages[world.general]]
    assert texts == [f"Meddelande {n}" for n in range(5)]


async def test_inbound_messages_reach_the_handlers_and_the_bots_own_do_not(
    world: World,
) -> None:
    seen = []
    changed = asyncio.Condition()

    async def listen(_ctx: Context, message: Any) -> None:
        async with changed:
            seen.append(
                (message.kind, message.text, message.author.user_id if message.author else None)
            )
            changed.notify_all()

    world.ctx.inbound.append(listen)
    await world.fake.message_event(  # the bot's own post comes first and must be dropped
        world.general, "eko", user_id=world.fake.bot_user_id, bot_id=world.fake.bot_id
    )
    ts = await world.fake.message_event(world.general, "Hej från Slack", user_id=world.member)
    await world.fake.message_event(
        world.general, "", user_id=world.member, subtype="message_deleted", deleted_ts=ts
    )
    await world.fake.message_event(
        world.general, "från en annan app", user_id="U0OTHER", bot_id="B0OTHER"
    )
    async with changed:
        await asyncio.wait_for(changed.wait_for(lambda: len(seen) >= 3), 10)
    assert seen == [
        ("new", "Hej från Slack", world.member),
        ("deleted", "", None),
        ("new", "från en annan app", "U0OTHER"),
    ]


def test_the_manifest_parses_and_lists_every_command(contract_ctx: Context) -> None:
    parsed = yaml.safe_load(manifest_yaml(contract_ctx.catalogue))
    listed = {c["command"] for c in parsed["features"]["slash_commands"]}
    expected = {f"/{s.name}" for s in contract_ctx.catalogue if s.name not in RESERVED}
    assert listed == expected | {"/bryggan"}
    assert parsed["settings"]["socket_mode_enabled"] is True
    for entry in parsed["features"]["slash_commands"]:
        assert 0 < len(entry["description"]) <= 100
    http = yaml.safe_load(
        manifest_yaml(
            contract_ctx.catalogue, socket_mode=False, request_url="https://b/slack/events"
        )
    )
    assert http["settings"]["interactivity"]["request_url"] == "https://b/slack/events"
    assert all(c["url"] == "https://b/slack/events" for c in http["features"]["slash_commands"])


async def test_edits_deletes_and_dms_through_the_platform(world: World) -> None:
    ts = await world.platform.send(
        world.general, Message(text="Version 1"), idempotency_key="p", in_doubt=False
    )
    await world.platform.edit(world.general, ts, Message(text="Version 2 <!here>"))
    [posted] = world.fake.messages[world.general]
    assert posted["text"] == "Version 2 &lt;!here&gt;"
    await world.platform.delete(world.general, ts)
    assert posted.get("deleted") is True
    await world.platform.delete(world.general, ts)  # already gone is fine
    dm_ts = await world.platform.send(
        f"dm:{world.member}", Message(text="Privat"), idempotency_key="dm", in_doubt=False
    )
    assert dm_ts
    dm_posts = [m for c, ms in world.fake.messages.items() if c != world.general for m in ms]
    assert [m["text"] for m in dm_posts] == ["Privat"]


async def test_posts_with_another_author_carry_name_and_icon(world: World) -> None:
    await world.platform.send(
        world.general,
        Message(
            text="Hej från Discord",
            author_name="Eva (Discord)",
            author_avatar_url="https://a/e.png",
        ),
        idempotency_key="bridged",
        in_doubt=False,
    )
    [posted] = world.fake.messages[world.general]
    assert (posted["username"], posted["icon_url"]) == ("Eva (Discord)", "https://a/e.png")


async def test_a_retry_after_a_partial_post_never_repeats_the_parts_already_out(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    from handlers.ports import DeliveryError

    text = "Lång text. " * 30_000  # several chat.postMessage calls
    original = SlackPlatform._post
    calls = {"n": 0}

    async def flaky(self: SlackPlatform, *args: Any) -> str:
        calls["n"] += 1
        if calls["n"] == 2:
            raise DeliveryError("slack 429 ratelimited", retry_after=1)
        return await original(self, *args)

    monkeypatch.setattr(SlackPlatform, "_post", flaky)
    with pytest.raises(DeliveryError) as failed:
        await world.platform.send(
            world.general, Message(text=text), idempotency_key="parts", in_doubt=False
        )
    assert failed.value.in_doubt
    await world.platform.send(
        world.general, Message(text=text), idempotency_key="parts", in_doubt=True
    )
    parts = [m["metadata"]["event_payload"]["part"] for m in world.fake.messages[world.general]]
    assert parts == sorted(set(parts)) and parts[0] == 0 and len(parts) > 2


async def test_the_wish_form_uses_a_select_that_reaches_the_handlers(
    world: World,
) -> None:
    await world.fake.slash_command("/wish", "", user_id=world.member, channel_id=world.general)
    await world.fake.wait_until(lambda: world.fake.views, 10, "views.open")
    view = world.fake.views[-1]["view"]
    if isinstance(view, str):
        view = json.loads(view)
    elements = {b["block_id"]: b["element"] for b in view["blocks"]}
    assert elements["module"]["type"] == "static_select"
    assert [o["value"] for o in elements["module"]["options"]][:2] == ["Bygg", "Miljö"]
    assert "municipality" not in elements, "a municipality is verified, never typed in"
    values = {
        "title": {"value": {"type": "plain_text_input", "value": "Bättre kartstöd"}},
        "description": {"value": {"type": "plain_text_input", "value": ""}},
        "module": {"value": {"type": "static_select", "selected_option": {"value": "Kart & mät"}}},
    }
    await world.fake.view_submission("wish.form", values, user_id=world.member)
    await world.fake.wait_until(lambda: world.fake.ephemerals, 10, "ephemeral")
    assert world.fake.ephemerals[-1]["text"].startswith("Tack! Ditt önskemål har nummer #1")


async def test_similar_wishes_appear_under_the_title_while_it_is_typed(world: World) -> None:
    await world.fake.slash_command(
        "/wish",
        'title:"Digital bygglovsansökan med e-legitimation" module:Bygg',
        user_id=world.member,
        channel_id=world.general,
    )
    await world.fake.wait_for_response(1)
    await world.fake.slash_command("/wish", "", user_id=world.member, channel_id=world.general)
    await world.fake.wait_until(lambda: world.fake.views, 10, "views.open")
    opened = world.fake.views[-1]
    view = opened["view"] if isinstance(opened["view"], dict) else json.loads(opened["view"])
    title_block = next(b for b in view["blocks"] if b["block_id"] == "title")
    assert title_block["dispatch_action"] is True
    assert title_block["element"]["action_id"] == "wish.title"
    await world.fake.block_action(
        "wish.title",
        "ansökan om bygglov digitalt",
        user_id=world.member,
        channel_id=world.general,
        view={"id": opened["view_id"]},
        block_id="title",
        action_type="plain_text_input",
    )
    await world.fake.wait_until(
        lambda: world.fake.views[-1]["method"] == "views.update", 10, "views.update"
    )
    updated = world.fake.views[-1]["view"]
    updated = updated if isinstance(updated, dict) else json.loads(updated)
    ids = [b["block_id"] for b in updated["blocks"]]
    assert ids[:2] == ["title", "hints"]
    assert "#1 Digital bygglovsansökan med e-legitimation" in str(updated["blocks"][1])


async def test_a_select_menu_choice_reaches_its_handler(world: World) -> None:
    reply = await command(world, "/probe-pick", "")
    menu = next(b for b in reply["blocks"] if b["type"] == "actions")["elements"][0]
    assert menu["type"] == "static_select" and menu["action_id"] == "probe.pick#0"
    before = len(world.fake.responses)
    await world.fake.block_action(
        menu["action_id"],
        "miljo",
        user_id=world.member,
        channel_id=world.general,
        action_type="static_select",
    )
    [chosen] = (await world.fake.wait_for_response(before + 1))[before:]
    assert response_text(chosen) == "Valt: miljo"
