"""The fake Matrix homeserver speaks the protocol the real mautrix client speaks.

These tests drive tests/fakes/matrix_server.py with mautrix's `Client` and `HTTPAPI` (on an
aiohttp session, as Bryggan runs everything on one aiohttp loop), so the Matrix adapter's
contract tests can trust the fake: if it drifted from what mautrix sends and parses, these would
fail first. No sleeps: every wait is on a sync answer, a task or the fake's recorded state.

mautrix raises `MLimitExceeded` for a 429 but drops its `retry_after_ms` (and retries only
502-504, never a 429); `RateLimited` below shows how an adapter gets it back with aiohttp's
public `raise_for_status` hook, which every request of the session passes through.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import aiohttp
import pytest
from mautrix.api import HTTPAPI, Method, Path
from mautrix.client import Client
from mautrix.client.state_store import MemorySyncStore
from mautrix.errors import (
    MatrixConnectionError,
    MatrixRequestError,
    MForbidden,
    MLimitExceeded,
    MMissingToken,
    MNotFound,
    MNotJSON,
    MTooLarge,
    MUnknownToken,
)
from mautrix.types import (
    Event,
    EventType,
    Filter,
    Format,
    LoginType,
    MessageEvent,
    MessageType,
    PowerLevelStateEventContent,
    RoomCreatePreset,
    RoomEventFilter,
    RoomFilter,
    TextMessageEventContent,
)

from tests.fakes.matrix_server import FakeMatrix
from tests.fakes.rate_limits import SteppedClock

TEXT = EventType.ROOM_MESSAGE


class RateLimited(MLimitExceeded):
    """A 429 with the wait the homeserver asked for (mautrix's own error has none)."""

    def __init__(self, retry_after_ms: int | None, message: str) -> None:
        super().__init__(429, message)
        self.retry_after_ms = retry_after_ms


async def _raise_rate_limited(response: aiohttp.ClientResponse) -> None:
    """aiohttp calls this for every answer; a 429 becomes `RateLimited`, which mautrix lets
    through unchanged (it is a `MatrixRequestError`, not an aiohttp `ClientError`)."""
    if response.status == 429:
        body = await response.json(content_type=None)
        raise RateLimited(body.get("retry_after_ms"), body.get("error", ""))


@asynccontextmanager
async def matrix_client(
    fake: FakeMatrix, token: str | None = None, user_id: str | None = None
) -> AsyncIterator[Client]:
    """A mautrix `Client` for the bot (or `user_id` with `token`) on its own aiohttp session."""
    session = aiohttp.ClientSession(raise_for_status=_raise_rate_limited)
    api = HTTPAPI(fake.base_url, fake.token if token is None else token, client_session=session)
    user_id = user_id or fake.bot_user_id
    device = fake.bot_device if user_id == fake.bot_user_id else ""
    try:
        yield Client(mxid=user_id, device_id=device, api=api, sync_store=MemorySyncStore())
    finally:
        await session.close()


@pytest.fixture
async def fake() -> AsyncIterator[FakeMatrix]:
    async with FakeMatrix() as server:
        yield server


@pytest.fixture
async def client(fake: FakeMatrix) -> AsyncIterator[Client]:
    async with matrix_client(fake) as bot:
        yield bot


def text(body: str, html: str | None = None) -> TextMessageEventContent:
    content = TextMessageEventContent(msgtype=MessageType.TEXT, body=body)
    if html is not None:
        content.format, content.formatted_body = Format.HTML, html
    return content


def timeline(sync: dict[str, Any], room_id: str) -> list[Event]:
    """A joined room's timeline in a sync answer, parsed by mautrix."""
    events = sync["rooms"]["join"][room_id]["timeline"]["events"]
    return [Event.deserialize({**e, "room_id": room_id}) for e in events]


async def test_versions_whoami_and_the_bots_token(fake: FakeMatrix, client: Client) -> None:
    versions = await client.versions()
    assert versions.supports("v1.7")  # intentional mentions
    whoami = await client.whoami()
    assert (whoami.user_id, whoami.device_id) == (fake.bot_user_id, fake.bot_device)


async def test_every_request_but_versions_and_login_needs_a_valid_token(fake: FakeMatrix) -> None:
    async with matrix_client(fake, token="") as anonymous:
        await anonymous.versions()
        with pytest.raises(MMissingToken):
            await anonymous.whoami()
        with pytest.raises(MMissingToken):
            await anonymous.sync(timeout=0)
    async with matrix_client(fake, token="syt_forged") as forged:
        with pytest.raises(MUnknownToken):
            await forged.send_message(fake.create_room(), text("hej"))
    assert not fake.events_by(fake.bot_user_id, "m.room.message")


async def test_login_with_a_password_or_a_login_token_and_logout(fake: FakeMatrix) -> None:
    async with matrix_client(fake, token="") as client:
        with pytest.raises(MForbidden):
            await client.login(password="wrong")
        login = await client.login(password=fake.bot_password, device_id="NEWDEVICE")
        assert (login.user_id, login.device_id) == (fake.bot_user_id, "NEWDEVICE")
        assert (await client.whoami()).device_id == "NEWDEVICE"
        again = await client.login(password=fake.bot_password, device_id="NEWDEVICE")
        async with matrix_client(fake, token=login.access_token) as replaced:
            with pytest.raises(MUnknownToken):  # a device has one access token at a time
                await replaced.whoami()
        await client.logout()
        client.api.token = again.access_token
        with pytest.raises(MUnknownToken):
            await client.whoami()

        token = fake.login_token(fake.bot_user_id)
        await client.login(login_type=LoginType.TOKEN, token=token)
        assert (await client.whoami()).user_id == fake.bot_user_id
        with pytest.raises(MForbidden):  # a login token works once
            await client.login(login_type=LoginType.TOKEN, token=token)


async def test_a_long_poll_sync_wakes_on_a_members_post(fake: FakeMatrix, client: Client) -> None:
    eva = fake.add_user("eva", "Eva Ek")
    room = fake.create_room("Allmänt", members=[eva])
    first = await client.sync(timeout=0)
    joined = first["rooms"]["join"][room]
    shown = timeline(first, room)
    assert len(shown) == 10 and joined["timeline"]["limited"] is True  # Synapse's default
    assert shown[-1].type == EventType.ROOM_MEMBER and shown[-1].state_key == fake.bot_user_id
    state_types = {e["type"] for e in joined["state"]["events"]} | {str(e.type) for e in shown}
    assert {"m.room.create", "m.room.power_levels", "m.room.name"} <= state_types

    waiting = asyncio.create_task(client.sync(since=first["next_batch"], timeout=30_000))
    await fake.wait_syncing()
    elsewhere = fake.create_room(members=[eva], bot="")
    fake.post(elsewhere, eva, "inte till Bryggan")  # wakes the long poll, which waits on
    await client.whoami()  # (a whole round trip later, it still does)
    assert not waiting.done() and fake.syncing[fake.bot_user_id] == 1
    event_id = fake.post(room, eva, "Hej Bryggan", html="Hej <b>Bryggan</b>")
    answer = await asyncio.wait_for(waiting, 10)
    [event] = timeline(answer, room)
    assert isinstance(event, MessageEvent) and event.event_id == event_id
    assert (event.sender, event.content.body) == (eva, "Hej Bryggan")
    assert event.content.formatted_body == "Hej <b>Bryggan</b>"
    assert answer["rooms"]["join"][room]["state"]["events"] == []

    quiet = await client.sync(since=answer["next_batch"], timeout=0)
    assert quiet["rooms"]["join"] == {} and quiet["next_batch"] == answer["next_batch"]


async def test_the_syncer_dispatches_and_resumes_from_the_stored_token(fake: FakeMatrix) -> None:
    """A restarted client with the stored `next_batch` gets what came meanwhile, once."""
    eva = fake.add_user("eva")
    room = fake.create_room(members=[eva])
    fake.post(room, eva, "före")
    store = MemorySyncStore()
    seen: list[str] = []
    got = asyncio.Event()

    async def on_message(event: MessageEvent) -> None:
        seen.append(event.content.body)
        got.set()

    async def run_until(predicate: Callable[[], bool]) -> None:
        async with matrix_client(fake) as client:
            client.sync_store = store
            client.add_event_handler(TEXT, on_message)
            client.start(None)
            try:
                while not predicate():
                    got.clear()
                    await asyncio.wait_for(got.wait(), 10)
            finally:
                client.stop()

    await run_until(lambda: seen == ["före"])
    fake.post(room, eva, "medan")
    await run_until(lambda: len(seen) == 2)
    assert seen == ["före", "medan"]
    assert await store.get_next_batch() is not None


async def test_the_same_transaction_id_twice_stores_one_event(
    fake: FakeMatrix, client: Client
) -> None:
    room = fake.create_room()
    content = text("Årsmöte på torsdag", html="<p>Årsmöte på <em>torsdag</em></p>")
    first = await client.send_message_event(room, TEXT, content, txn_id="bryggan-1")
    again = await client.send_message_event(room, TEXT, content, txn_id="bryggan-1")
    other = await client.send_message_event(room, TEXT, text("Nästa"), txn_id="bryggan-2")
    assert first == again != other
    posts = fake.bot_posts(room)
    assert [(p.event_id, p.body) for p in posts] == [(first, content.body), (other, "Nästa")]
    assert posts[0].html == "<p>Årsmöte på <em>torsdag</em></p>"
    assert fake.rate_limits is not None and fake.rate_limits.passed == 2  # a repeat is free

    sync = await client.sync(timeout=0)
    mine = [e for e in timeline(sync, room) if e.type == TEXT]
    assert [e.unsigned.transaction_id for e in mine] == ["bryggan-1", "bryggan-2"]


async def test_an_edit_replaces_the_text_and_a_reply_points_at_its_event(
    fake: FakeMatrix, client: Client
) -> None:
    eva = fake.add_user("eva")
    room = fake.create_room(members=[eva])
    question = fake.post(room, eva, "När är mötet?")
    original = await client.send_message(room, text("Torsdag"))
    edit = text("Fredag", html="<b>Fredag</b>")
    edit.set_edit(original)
    edit_id = await client.send_message(room, edit)
    reply = text("Se kallelsen")
    reply.set_reply(question)
    reply_id = await client.send_message(room, reply)

    [answer, replied] = fake.bot_posts(room)
    assert (answer.event_id, answer.body, answer.html) == (original, "Fredag", "<b>Fredag</b>")
    assert answer.edits == [edit_id] and answer.edited
    assert (replied.event_id, replied.reply_to) == (reply_id, question)
    assert fake.invalid_edits() == {}

    theirs = text("Lördag")
    theirs.set_edit(question)
    bad = await client.send_message(room, theirs)  # Synapse stores it; no client applies it
    assert fake.invalid_edits() == {bad: "edits another sender's event"}
    assert [p.body for p in fake.posts(room, eva)] == ["När är mötet?"]


async def test_redactions_show_and_are_idempotent_per_transaction(
    fake: FakeMatrix, client: Client
) -> None:
    eva = fake.add_user("eva")
    room = fake.create_room(members=[eva])
    first = await client.send_message(room, text("Fel kanal"))
    second = await client.send_message(room, text("Också fel"))
    await client.redact(room, first, reason="dubblett")
    path = Path.v3.rooms[room].redact[second]["bryggan-redact-1"]
    once = await client.api.request(Method.PUT, path, {})
    twice = await client.api.request(Method.PUT, path, {})
    assert once == twice
    assert [(p.redacted, p.body) for p in fake.bot_posts(room)] == [(True, None), (True, None)]
    assert len(fake.events_by(fake.bot_user_id, "m.room.redaction")) == 2

    sync = await client.sync(timeout=0)
    raw = {e["event_id"]: e for e in sync["rooms"]["join"][room]["timeline"]["events"]}
    assert raw[first]["content"] == {}
    because = raw[first]["unsigned"]["redacted_because"]
    assert (because["type"], because["redacts"]) == ("m.room.redaction", first)
    assert because["content"] == {"redacts": first, "reason": "dubblett"}

    members_post = fake.post(room, eva, "Mitt inlägg")
    with pytest.raises(MForbidden):  # another's post needs the room's redact level (50)
        await client.redact(room, members_post)
    fake.set_power_level(room, fake.bot_user_id, 50)
    await client.redact(room, members_post)
    assert [p.redacted for p in fake.posts(room, eva)] == [True]


async def test_past_the_burst_a_429_carries_retry_after_ms_and_the_retry_passes() -> None:
    """Synapse's default: ten messages at once, then one every five seconds."""
    clock = SteppedClock(time=100.0)
    async with FakeMatrix(clock=clock.now) as fake, matrix_client(fake) as client:
        room = fake.create_room()
        for n in range(10):
            await client.send_message_event(room, TEXT, text(f"{n}"), txn_id=f"t{n}")
        with pytest.raises(RateLimited) as refused:
            await client.send_message_event(room, TEXT, text("10"), txn_id="t10")
        assert isinstance(refused.value, MLimitExceeded) and refused.value.http_status == 429
        assert refused.value.retry_after_ms == 5000
        assert fake.served_429 == 1 and len(fake.bot_posts(room)) == 10
        # a repeated transaction is answered from the cache, limit or not
        await client.send_message_event(room, TEXT, text("0"), txn_id="t0")

        clock.time += 4.0
        with pytest.raises(RateLimited) as still:
            await client.send_message_event(room, TEXT, text("10"), txn_id="t10")
        assert still.value.retry_after_ms == 1000
        clock.time += 1.0
        await client.send_message_event(room, TEXT, text("10"), txn_id="t10")
        assert len(fake.bot_posts(room)) == 11 and fake.served_429 == 2

        url = f"{fake.base_url}/_matrix/client/v3/rooms/{room}/send/m.room.message/t11"
        headers = {"Authorization": f"Bearer {fake.token}"}
        async with (
            aiohttp.ClientSession() as session,
            session.put(url, json={"msgtype": "m.text", "body": "x"}, headers=headers) as raw,
        ):
            assert raw.status == 429 and raw.headers["Retry-After"] == "5"
            body = await raw.json()
        assert body == {
            "errcode": "M_LIMIT_EXCEEDED",
            "error": "Too Many Requests",
            "retry_after_ms": 5000,
        }


async def test_an_injected_429_and_limits_switched_off_with_a_reason() -> None:
    async with (
        FakeMatrix(rate_limits_off_because="tests the fault injection alone") as fake,
        matrix_client(fake) as client,
    ):
        room = fake.create_room()
        for n in range(20):
            await client.send_message(room, text(f"{n}"))
        assert fake.rate_limits is None and fake.served_429 == 0
        fake.fail_next(
            "PUT", r"/send/", status=429, errcode="M_LIMIT_EXCEEDED", retry_after_ms=1500
        )
        with pytest.raises(RateLimited) as refused:
            await client.send_message(room, text("20"))
        assert refused.value.retry_after_ms == 1500
        await client.send_message(room, text("20"))
        assert len(fake.bot_posts(room)) == 21


async def test_limits_can_be_tightened_and_an_exempt_user_is_never_refused() -> None:
    clock = SteppedClock(time=0.0)
    async with FakeMatrix(clock=clock.now) as fake, matrix_client(fake) as client:
        room = fake.create_room()
        limits = fake.enforce_rate_limits(message_per_second=1, message_burst=2)
        await client.send_message(room, text("1"))
        await client.send_message(room, text("2"))
        with pytest.raises(RateLimited) as refused:
            await client.send_message(room, text("3"))
        assert refused.value.retry_after_ms == 1000 and limits.served_429 == 1
        limits.exempt.add(fake.bot_user_id)  # Synapse's admin API: override_ratelimit
        for n in range(3, 10):
            await client.send_message(room, text(f"{n}"))
        assert len(fake.bot_posts(room)) == 9


async def test_a_transaction_is_forgotten_after_thirty_minutes() -> None:
    """As in Synapse: an in-doubt resend is safe only within the transaction cache's life."""
    clock = SteppedClock(time=0.0)
    async with FakeMatrix(clock=clock.now) as fake, matrix_client(fake) as client:
        room = fake.create_room()
        first = await client.send_message_event(room, TEXT, text("hej"), txn_id="x")
        clock.time += 29 * 60
        assert await client.send_message_event(room, TEXT, text("hej"), txn_id="x") == first
        clock.time += 2 * 60
        assert await client.send_message_event(room, TEXT, text("hej"), txn_id="x") != first
        assert len(fake.bot_posts(room)) == 2


async def test_power_levels_members_and_state_are_readable(
    fake: FakeMatrix, client: Client
) -> None:
    eva, olle = fake.add_user("eva", "Eva Ek"), fake.add_user("olle", "Olle")
    room = fake.create_room("Styrelsen", members=[eva, olle], power_levels={eva: 50})
    levels = await client.get_state_event(room, EventType.ROOM_POWER_LEVELS)
    assert isinstance(levels, PowerLevelStateEventContent)
    assert [levels.get_user_level(u) for u in (fake.admin_user_id, eva, olle)] == [100, 50, 0]
    assert (levels.redact, levels.notifications.room, levels.events_default) == (50, 50, 0)

    joined = await client.get_joined_members(room)
    assert set(joined) == {fake.admin_user_id, eva, olle, fake.bot_user_id}
    assert joined[eva].displayname == "Eva Ek"
    members = await client.get_members(room)
    assert {m.state_key for m in members} == set(joined)
    state = await client.get_state(room)
    assert any(e.type == EventType.ROOM_NAME and e.content.name == "Styrelsen" for e in state)
    event_id = fake.post(room, eva, "Protokoll")
    assert (await client.get_event(room, event_id)).content.body == "Protokoll"
    assert (await client.get_profile(eva)).displayname == "Eva Ek"
    with pytest.raises(MNotFound):
        await client.get_state_event(room, EventType.ROOM_TOPIC)


async def test_rooms_the_bot_is_not_in_and_unknown_rooms_are_refused(
    fake: FakeMatrix, client: Client
) -> None:
    elsewhere = fake.create_room(bot="")
    with pytest.raises(MForbidden):
        await client.send_message(elsewhere, text("hej"))
    with pytest.raises(MForbidden):
        await client.join_room_by_id(elsewhere)  # invite only
    with pytest.raises(MForbidden):
        await client.get_joined_members(elsewhere)
    with pytest.raises(MNotFound):
        await client.send_message("!unknown:matrix.test", text("hej"))

    invited = fake.create_room(bot="invite")
    assert await client.join_room_by_id(invited) == invited
    public = fake.create_room(bot="", public=True)
    assert await client.join_room(public) == public
    eva = fake.add_user("eva")
    news = await client.create_room(alias_localpart="nyheter", preset=RoomCreatePreset.PUBLIC)
    async with matrix_client(fake, fake.new_session(eva), eva) as evas:
        assert await evas.join_room("#nyheter:matrix.test", max_retries=0) == news
        with pytest.raises(MNotFound):
            await evas.join_room("#finns-inte:matrix.test", max_retries=0)
    await client.send_message(public, text("hej"))

    announcements = fake.create_room()
    fake.change_power_levels(announcements, fake.admin_user_id, events_default=50)
    with pytest.raises(MForbidden):
        await client.send_message(announcements, text("hej"))
    assert [p.body for p in fake.bot_posts(public)] == ["hej"]
    assert fake.bot_posts(elsewhere) == fake.bot_posts(announcements) == []


async def test_bad_json_and_too_large_events_are_refused(fake: FakeMatrix, client: Client) -> None:
    room = fake.create_room()
    path = Path.v3.rooms[room].send["m.room.message"]
    with pytest.raises(MNotJSON):
        await client.api.request(Method.PUT, path["t1"], '{"body": ')
    with pytest.raises(MNotJSON):
        await client.api.request(Method.PUT, path["t2"], "[1, 2]")
    with pytest.raises(MTooLarge) as too_large:
        await client.send_message(room, text("x" * 65_000))
    assert too_large.value.http_status == 413
    await client.send_message(room, text("x" * 60_000))
    assert len(fake.bot_posts(room)) == 1
    with pytest.raises(MatrixRequestError) as unknown:
        await client.api.request(Method.GET, "/_matrix/client/v3/nothing/here")
    assert (unknown.value.http_status, unknown.value.errcode) == (404, "M_UNRECOGNIZED")


async def test_a_direct_room_and_m_direct_account_data(fake: FakeMatrix, client: Client) -> None:
    eva = fake.add_user("eva", "Eva Ek")
    room = await client.create_room(
        preset=RoomCreatePreset.TRUSTED_PRIVATE, is_direct=True, invitees=[eva]
    )
    invite = fake.rooms[room].state[("m.room.member", eva)]
    assert invite.content == {"membership": "invite", "is_direct": True}
    await client.set_account_data(EventType.DIRECT, {eva: [room]})
    assert await client.get_account_data(EventType.DIRECT) == {eva: [room]}

    async with matrix_client(fake, fake.new_session(eva), eva) as evas:
        sync = await evas.sync(timeout=0)
        invite_state = sync["rooms"]["invite"][room]["invite_state"]["events"]
        mine = [e for e in invite_state if e.get("state_key") == eva]
        assert mine[0]["content"]["is_direct"] is True and mine[0]["sender"] == fake.bot_user_id
        with pytest.raises(MForbidden):  # account data is the owner's alone
            await evas.api.request(
                Method.GET, Path.v3.user[fake.bot_user_id].account_data["m.direct"]
            )
        await evas.join_room_by_id(room)
    levels = await client.get_state_event(room, EventType.ROOM_POWER_LEVELS)
    assert levels.get_user_level(eva) == 100  # trusted_private_chat
    await client.send_message(room, text("Hej Eva"))
    bot_sync = await client.sync(timeout=0)
    assert bot_sync["account_data"]["events"] == [{"type": "m.direct", "content": {eva: [room]}}]


async def test_mentions_are_recorded_so_a_test_can_assert_nothing_pings(
    fake: FakeMatrix, client: Client
) -> None:
    eva = fake.add_user("eva", "Eva Ek")
    room = fake.create_room(members=[eva])

    async def send(body: str, **extra: Any) -> str:
        content = text(body)
        for key, value in extra.items():
            content[key.replace("_", ".")] = value
        return await client.send_message(room, content)

    quiet = [
        await send("@room möte nu", m_mentions={}),  # intentional mentions: nobody
        await client.send_notice(room, "@room Eva Ek"),  # notices notify no one
        await send("evangelisk x@roomy"),  # no whole word
    ]
    loud = [
        await send("@room möte nu"),
        await send("Hej Eva Ek!"),
        await send("skriv till eva@exempel.se"),  # a localpart as a word: Synapse pings
        await send("hej", m_mentions={"user_ids": [eva]}),
        await send("alla", m_mentions={"room": True}),
    ]
    rules = {p.event_id: (p.rule, p.room, p.users) for p in fake.pings}
    assert not set(quiet) & set(rules)
    assert [rules[e] for e in loud] == [
        (".m.rule.roomnotif", True, ()),
        (".m.rule.contains_display_name", False, (eva,)),
        (".m.rule.contains_user_name", False, (eva,)),
        (".m.rule.is_user_mention", False, (eva,)),
        (".m.rule.is_room_mention", True, ()),
    ]
    assert [bool(p.pings) for p in fake.bot_posts(room)] == [False] * 3 + [True] * 5


async def test_filters_limit_the_timeline(fake: FakeMatrix, client: Client) -> None:
    eva = fake.add_user("eva")
    room = fake.create_room(members=[eva])
    for n in range(5):
        fake.post(room, eva, f"{n}")
    messages_only = RoomEventFilter(limit=2, types=[EventType.ROOM_MESSAGE])
    filter_id = await client.create_filter(Filter(room=RoomFilter(timeline=messages_only)))
    sync = await client.sync(timeout=0, filter_id=filter_id)
    assert [e.content.body for e in timeline(sync, room)] == ["3", "4"]
    assert sync["rooms"]["join"][room]["timeline"]["limited"] is True
    inline = '{"room": {"timeline": {"limit": 1}}}'
    assert [
        e.content.body for e in timeline(await client.sync(timeout=0, filter_id=inline), room)
    ] == ["4"]
    with pytest.raises(MNotFound):
        await client.sync(timeout=0, filter_id="999")


async def outage_error(call: Callable[[], Awaitable[object]]) -> BaseException:
    try:
        await call()
    except (MatrixRequestError, MatrixConnectionError) as error:
        return error
    raise AssertionError("the call went through during the outage")


async def test_an_outage_answers_503_or_refuses_and_ends(fake: FakeMatrix, client: Client) -> None:
    room = fake.create_room()
    await fake.go_down()
    error = await outage_error(client.whoami)
    assert isinstance(error, MatrixRequestError) and error.http_status == 503
    await fake.come_back()
    await client.send_message(room, text("tillbaka"))

    waiting = asyncio.create_task(client.sync(since=(await client.sync(timeout=0))["next_batch"]))
    await fake.wait_syncing()
    await fake.go_down(refuse=True)
    with pytest.raises(MatrixConnectionError):
        await asyncio.wait_for(waiting, 10)
    assert isinstance(await outage_error(client.whoami), MatrixConnectionError)
    await fake.come_back()
    assert (await client.whoami()).user_id == fake.bot_user_id
    await client.send_message(room, text("igen"))
    assert [p.body for p in fake.bot_posts(room)] == ["tillbaka", "igen"]
