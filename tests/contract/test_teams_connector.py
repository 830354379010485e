"""The bot's Bot Connector client (bot/platforms/teams/connector.py) against the fake Bot
Connector (tests/fakes/teams_connector.py), both on real aiohttp: every operation, paging, a
refused token renewed once, 429 with and without Retry-After, retryable and permanent
refusals, an answer lost after the post was stored (in doubt), the bearer token kept from
service URLs that are not allowed, and Teams' pacing, each with the control case that shows
the test would fail without the feature.

The pacing tests run on a `VirtualClock` shared by the fake's limits and the bot's pacers:
time moves to the next pacer's wake-up once nothing is on the network, so a 40-second burst
takes well under a second, and the time they report is that clock's (not measured)."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import AsyncIterator, Awaitable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest

from bot.platforms.teams.connector import Connector, TeamsError
from bot.platforms.teams.limits import TENANT_PER_SECOND, WRITES, TeamsPacing
from tests.fakes.teams_connector import FakeConnector
from tests.fakes.teams_limits import TENANT_PER_SECOND as TEAMS_TENANT_LIMIT
from tests.fakes.teams_limits import VirtualClock, fastest_schedule
from tests.fakes.teams_model import Team, User

BURST, CONVERSATIONS, EACH = 100, 20, 7


@dataclass
class Tokens:
    """The bot's login as the connector sees it: a token, fetched again after `invalidate`
    (unless `renew` is off: the control, a login that keeps handing out a refused token)."""

    fake: FakeConnector
    renew: bool = True
    current: str = ""
    issued: list[str] = field(default_factory=list)
    invalidations: int = 0

    async def get(self) -> str:
        if not self.current:
            self.current = self.fake.issue_token()
            self.issued.append(self.current)
        return self.current

    def invalidate(self) -> None:
        self.invalidations += 1
        if self.renew:
            self.current = ""


@dataclass
class World:
    fake: FakeConnector
    session: aiohttp.ClientSession
    tokens: Tokens
    eva: User
    bo: User
    team: Team
    channel: str  # a channel of the team, besides General

    def connector(self, **kwargs: Any) -> Connector:
        kwargs.setdefault("allowed_service_urls", {self.fake.service_url})
        return Connector(
            self.session, token=self.tokens.get, invalidate_token=self.tokens.invalidate, **kwargs
        )

    async def personal_chat(self, connector: Connector, user: User) -> str:
        return await connector.create_conversation(
            self.fake.service_url,
            tenant_id=self.fake.tenant_id,
            bot_id=self.fake.bot_id,
            member_id=user.id,
        )


def text(words: str) -> dict[str, Any]:
    return {"type": "message", "text": words}


@pytest.fixture
async def world() -> AsyncIterator[World]:
    async with FakeConnector() as fake, aiohttp.ClientSession() as session:
        eva, bo = fake.add_user("Eva Ek"), fake.add_user("Bo Berg")
        team = fake.add_team("Bygglov", [eva, bo])
        channel = fake.add_channel(team, "Nyheter")
        yield World(fake, session, Tokens(fake), eva, bo, team, channel)


async def refused(work: Awaitable[object]) -> TeamsError:
    with pytest.raises(TeamsError) as caught:
        await work
    return caught.value


def shape(error: TeamsError) -> tuple[int, str, bool, bool]:
    """What the outbox and the platform read: status, code, retryable, in doubt."""
    return error.status, error.code, error.retryable, error.in_doubt


# ----- the operations


async def test_posts_replies_updates_and_deletes_in_a_personal_chat(world: World) -> None:
    connector, url = world.connector(), world.fake.service_url
    chat = await world.personal_chat(connector, world.eva)
    assert chat == await world.personal_chat(connector, world.eva), "one chat per member"
    first = await connector.send(url, chat, text("Hej Eva"))
    second = await connector.reply(url, chat, first, text("Svar"))
    await connector.update(url, chat, first, text("Hej Eva, ändrat"))
    await connector.delete(url, chat, second)

    [post] = world.fake.bot_posts(chat)
    assert (post.id, post.text, post.edited) == (first, "Hej Eva, ändrat", True)
    assert world.fake.activities[second].deleted and world.fake.activities[second].reply_to == first
    assert (await refused(connector.delete(url, chat, second))).status == 404  # gone
    assert {s.authorization for s in world.fake.requests[:6]} == {f"Bearer {world.tokens.current}"}
    assert world.fake.pings == []


async def test_channel_posts_open_threads_and_replies_go_into_them(world: World) -> None:
    connector, url = world.connector(), world.fake.service_url
    root = await connector.send(url, world.channel, text("Nytt ämne"))
    await connector.reply(url, world.channel, root, text("I tråden"))
    opened = await connector.create_conversation(
        url,
        tenant_id=world.fake.tenant_id,
        bot_id=world.fake.bot_id,
        channel_id=world.team.id,
        activity=text("Tråd i General"),
    )
    await connector.send(url, opened, text("Också i tråden"))  # `…;messageid=` is the thread

    assert [a.text for a in world.fake.thread(root)] == ["Nytt ämne", "I tråden"]
    general = world.fake.bot_posts(world.team.id)
    assert opened.endswith(f";messageid={general[0].id}")
    threaded = [a.text for a in world.fake.thread(general[0].id)]
    assert threaded == ["Tråd i General", "Också i tråden"]


async def test_members_are_read_page_by_page(world: World) -> None:
    many = [world.fake.add_user(f"Medlem {n}") for n in range(118)]
    world.team.members += [u.aad_object_id for u in many]
    connector = world.connector()

    members = await connector.members(world.fake.service_url, world.channel, page_size=50)
    pages = [r for r in world.fake.requests if r.path.endswith("/pagedmembers")]
    assert len(pages) == 3, "120 members, 50 a page"
    assert len({m.id for m in members}) == 120
    assert {m.aad_object_id for m in members} == set(world.team.members)
    assert all(m.id.startswith("29:") and m.tenant_id == world.fake.tenant_id for m in members)


async def test_one_member_and_a_teams_channels(world: World) -> None:
    connector, url = world.connector(), world.fake.service_url
    by_id = await connector.member(url, world.channel, world.bo.id)
    by_aad = await connector.member(url, world.channel, world.bo.aad_object_id)
    assert by_id == by_aad and (by_id.name, by_id.aad_object_id) == (
        "Bo Berg",
        world.bo.aad_object_id,
    )
    stranger = world.fake.add_user("Utan Lag")
    assert (await refused(connector.member(url, world.channel, stranger.id))).status == 404

    channels = await connector.team_channels(url, world.team.id)
    assert {(c.id, c.name) for c in channels} == {(world.team.id, ""), (world.channel, "Nyheter")}


# ----- tokens


async def test_a_refused_token_is_renewed_once_and_the_request_made_again(world: World) -> None:
    connector, url = world.connector(), world.fake.service_url
    chat = await world.personal_chat(connector, world.eva)
    world.fake.revoke(world.tokens.current)  # expired, as far as the Connector goes

    await connector.send(url, chat, text("Efter förnyelse"))
    assert world.tokens.invalidations == 1 and len(world.tokens.issued) == 2
    assert [r.status for r in world.fake.requests[-2:]] == [401, 201]
    assert len(world.fake.bot_posts(chat)) == 1


async def test_control_a_token_still_refused_after_renewal_is_tried_only_once_more(
    world: World,
) -> None:
    world.tokens.renew = False
    connector, url = world.connector(), world.fake.service_url
    chat = await world.personal_chat(connector, world.eva)
    world.fake.revoke(world.tokens.current)

    error = await refused(connector.send(url, chat, text("Nekas")))
    assert shape(error) == (401, "", True, False)
    assert world.tokens.invalidations == 1
    assert [r.status for r in world.fake.requests[-2:]] == [401, 401], "one retry, no loop"
    assert world.fake.bot_posts(chat) == []


# ----- 429 and other refusals


async def test_a_429_with_retry_after_holds_the_thread_that_long(world: World) -> None:
    clock = VirtualClock()
    connector = world.connector(now=clock.now, sleep=clock.sleep)
    url = world.fake.service_url
    world.fake.fail_next("POST", "/activities$", status=429, code="Throttled", retry_after=7)

    error = await refused(connector.send(url, world.channel, text("Nu")))
    assert (error.status, error.retry_after, error.retryable) == (429, 7.0, True)
    await clock.run(connector.send(url, world.team.id, text("Annan tråd")))
    assert clock.time == 0.0, "another thread is not held"
    await clock.run(connector.send(url, world.channel, text("Senare")))
    assert clock.time == 7.0, "the thread waited for its Retry-After"


class Steps:
    """A random source that gives the next of `values`."""

    def __init__(self, *values: float) -> None:
        self.values = list(values)

    def random(self) -> float:
        return self.values.pop(0)


async def test_a_429_without_retry_after_backs_off_exponentially_with_jitter(
    world: World,
) -> None:
    clock = VirtualClock()
    connector = world.connector(rng=Steps(0.0, 1.0, 0.5), now=clock.now, sleep=clock.sleep)
    url = world.fake.service_url
    world.fake.fail_next("POST", "/activities$", status=429, code="Throttled", times=2)

    waits = [(await refused(connector.send(url, world.channel, text("x")))).retry_after]
    waits.append(
        (await refused(clock.run(connector.send(url, world.channel, text("x"))))).retry_after
    )
    assert waits == [1.0, 4.0], "2 s then 4 s, each 50–100 % of it"
    await clock.run(connector.send(url, world.channel, text("Igenom")))
    assert clock.time == 5.0, "each wait held the thread"
    world.fake.fail_next("POST", "/activities$", status=429, code="Throttled")
    again = await refused(connector.send(url, world.channel, text("x")))
    assert again.retry_after == 1.5, "a success starts the backoff afresh (else 8 s · 75 %)"
    assert world.fake.rate_limits is not None and world.fake.rate_limits.served_429 == 0


@pytest.mark.parametrize("header", [True, False])
async def test_the_fakes_own_429_is_read_with_or_without_retry_after(
    world: World, header: bool
) -> None:
    world.fake.enforce_rate_limits(clock=VirtualClock().now, retry_after=header)
    connector, url = world.connector(pacing=no_pacing(), rng=Steps(0.5)), world.fake.service_url
    sends = [connector.send(url, world.channel, text(f"del {n}")) for n in range(8)]
    results = await asyncio.gather(*sends, return_exceptions=True)
    [throttled] = [r for r in results if isinstance(r, BaseException)]
    assert isinstance(throttled, TeamsError) and throttled.status == 429, "7 in a second"
    assert throttled.retry_after == (1.0 if header else 1.5), "Retry-After, else 2 s · 75 %"


async def test_412_and_5xx_are_retryable_and_not_in_doubt(world: World) -> None:
    connector, url = world.connector(), world.fake.service_url
    for status in (412, 500, 502, 503, 504):
        chat = world.fake.add_group_chat([world.eva, world.bo])
        world.fake.fail_next("POST", "/activities$", status=status)
        error = await refused(connector.send(url, chat, text("Försök")))
        assert shape(error) == (status, "ServiceError", True, False)
        assert error.retry_after is None, "counted as a failure, with the outbox's backoff"
        await connector.send(url, chat, text("Försök"))
        assert len(world.fake.bot_posts(chat)) == 1


async def test_an_answer_lost_after_the_post_was_stored_is_in_doubt(world: World) -> None:
    connector, url = world.connector(), world.fake.service_url
    world.fake.drop_next_answers()
    dropped = await refused(connector.send(url, world.channel, text("Kom den fram?")))
    assert shape(dropped) == (0, "", True, True)
    assert [a.text for a in world.fake.bot_posts(world.channel)] == ["Kom den fram?"]

    slow = world.connector(timeout=aiohttp.ClientTimeout(total=0.3))
    world.fake.hang_next_answers()
    timed_out = await refused(slow.send(url, world.team.id, text("Långsam")))
    assert shape(timed_out) == (0, "", True, True)
    assert len(world.fake.bot_posts(world.team.id)) == 1


async def test_control_no_connection_at_all_is_retryable_but_not_in_doubt(world: World) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{probe.getsockname()[1]}/teams/"
    connector = world.connector(allowed_service_urls={closed})
    error = await refused(connector.send(closed, world.channel, text("Ingen där")))
    assert shape(error) == (0, "", True, False)


async def test_blocked_missing_and_too_large_are_permanent(world: World) -> None:
    connector, url = world.connector(), world.fake.service_url
    chat = await world.personal_chat(connector, world.eva)
    world.fake.block(world.eva)
    blocked = await refused(connector.send(url, chat, text("Hej")))
    assert shape(blocked) == (403, "MessageWritesBlocked", False, False)
    assert "blocked" in blocked.reason

    missing = await refused(connector.send(url, "19:gone@thread.tacv2", text("Hej")))
    assert shape(missing) == (404, "ConversationNotFound", False, False)
    unknown = await refused(connector.update(url, world.channel, "1", text("Hej")))
    assert shape(unknown) == (404, "ActivityNotFoundInConversation", False, False)

    too_large = await refused(connector.send(url, world.channel, text("å" * 21_000)))
    assert shape(too_large) == (413, "MessageSizeTooBig", False, False)
    assert world.fake.bot_posts(world.channel) == []
    outside = world.fake.add_team("Utan bot", [world.bo], bot_installed=False)
    removed = await refused(connector.send(url, outside.id, text("Hej")))
    assert shape(removed) == (403, "BotNotInConversationRoster", False, False)


# ----- the bearer token and the service URL


async def test_the_token_goes_to_no_service_url_that_is_not_allowed(world: World) -> None:
    async with FakeConnector() as elsewhere:
        connector = world.connector()
        error = await refused(connector.send(elsewhere.service_url, world.channel, text("x")))
        assert (error.retryable, elsewhere.requests) == (False, [])

        connector.allow(elsewhere.service_url)  # the control: once allowed, the token goes
        await refused(connector.send(elsewhere.service_url, world.channel, text("x")))  # 401
        first = elsewhere.requests[0]
        assert first.authorization == f"Bearer {world.tokens.issued[0]}"


async def test_only_the_allowed_service_url_itself_passes(world: World) -> None:
    connector = world.connector()
    url = world.fake.service_url  # http://127.0.0.1:N/teams/
    port = url.split(":")[2].split("/")[0]
    assert connector.allowed(url) and connector.allowed(url.rstrip("/"))
    lookalikes = [
        url.replace("http:", "https:"),
        url.replace(port, str(int(port) + 1)),
        url.replace("//", "//bot@"),
        url + "../admin/",
        url + "evil/",
        url + "?x=1",
        "ftp://127.0.0.1/teams/",
        "not a url",
    ]
    assert [u for u in lookalikes if connector.allowed(u)] == []
    checked = world.connector(allowed_service_urls=lambda u: u.startswith("http://127.0.0.1:"))
    assert checked.allowed(url) and not checked.allowed("http://evil.example/teams/")


async def test_no_token_reaches_a_log_line_or_an_error(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    connector, url = world.connector(), world.fake.service_url
    chat = await world.personal_chat(connector, world.eva)
    world.fake.revoke(world.tokens.current)
    world.fake.fail_next("POST", "/activities$", status=429, retry_after=1)
    errors = [await refused(connector.send(url, chat, text("x")))]
    world.fake.drop_next_answers()
    errors.append(await refused(connector.send(url, world.channel, text("x"))))
    errors.append(await refused(connector.send("http://evil.example/", chat, text("x"))))

    assert len(world.tokens.issued) == 2 and "401" in caplog.text
    shown = caplog.text + "".join(f"{e!s}{e!r}{e.reason}{e.__cause__}" for e in errors)
    assert [t for t in world.tokens.issued if t in shown] == []


# ----- pacing


async def paced_world(
    world: World, pacing: TeamsPacing | None = None
) -> tuple[Connector, VirtualClock, list[str]]:
    """A connector and the fake on one virtual clock, and `CONVERSATIONS` more channels."""
    clock = VirtualClock()
    world.fake.enforce_rate_limits(clock=clock.now)  # Teams' own limits, as by default
    connector = world.connector(
        pacing=pacing.on_clock(clock.now, clock.sleep) if pacing else None,
        now=clock.now,
        sleep=clock.sleep,
    )
    clock.busy = lambda: connector.in_flight > 0
    others = [world.fake.add_channel(world.team, f"Kanal {n}") for n in range(CONVERSATIONS)]
    return connector, clock, others


async def burst_and_fan_out(world: World, connector: Connector, others: list[str]) -> list[Any]:
    """`BURST` posts to one channel and `EACH` to each of the others, all at once."""
    url = world.fake.service_url
    sends = [connector.send(url, world.channel, text(f"del {n}")) for n in range(BURST)]
    sends += [connector.send(url, c, text(f"del {n}")) for c in others for n in range(EACH)]
    return await asyncio.gather(*sends, return_exceptions=True)


async def test_pacing_keeps_a_burst_and_a_fan_out_clear_of_429(world: World) -> None:
    connector, clock, others = await paced_world(world)
    results = await asyncio.wait_for(clock.run(burst_and_fan_out(world, connector, others)), 60)

    assert [r for r in results if isinstance(r, BaseException)] == []
    limits = world.fake.rate_limits
    assert limits is not None and limits.served_429 == 0
    assert len(world.fake.bot_posts(world.channel)) == BURST
    assert {len(world.fake.bot_posts(c)) for c in others} == {EACH}
    assert limits.passed == connector.pacing.released == BURST + CONVERSATIONS * EACH
    assert limits.busiest_tenant_second <= TENANT_PER_SECOND < TEAMS_TENANT_LIMIT
    thread_bound = fastest_schedule(BURST, WRITES)[-1]  # 39 s: 60 in 30 s, 8 in 2 s
    tenant_bound = fastest_schedule(len(results), ((TEAMS_TENANT_LIMIT, 1.0),))[-1]
    bound = max(thread_bound, tenant_bound)
    assert bound <= clock.time <= 1.1 * bound, f"{clock.time} s on the clock, bound {bound} s"


def no_pacing(**limits: Any) -> TeamsPacing:
    """The control: some or all of Bryggan's pacers switched off (they let everything go)."""
    off = ((10**9, 1.0),)
    return TeamsPacing(**{"writes": off, "reads": off, "tenant_per_second": 10**9, **limits})


async def test_control_without_pacing_the_same_burst_meets_429(world: World) -> None:
    connector, clock, others = await paced_world(world, no_pacing())
    results = await asyncio.wait_for(clock.run(burst_and_fan_out(world, connector, others)), 60)

    throttled = [r for r in results if isinstance(r, TeamsError) and r.status == 429]
    limits = world.fake.rate_limits
    assert limits is not None and throttled, "the unpaced burst met no 429"
    assert limits.served_429 == len(throttled) == len(results) - limits.passed
    assert all(r.retry_after is not None for r in throttled), "not counted as failures"


async def test_control_without_the_tenant_pacer_a_fan_out_meets_429(world: World) -> None:
    connector, clock, others = await paced_world(world, no_pacing(writes=WRITES))
    url = world.fake.service_url
    sends = [connector.send(url, c, text(f"del {n}")) for c in others for n in range(EACH)]
    results = await asyncio.wait_for(clock.run(asyncio.gather(*sends, return_exceptions=True)), 60)

    throttled = [r for r in results if isinstance(r, TeamsError) and r.status == 429]
    assert len(throttled) == CONVERSATIONS * EACH - TEAMS_TENANT_LIMIT, "only the tenant's 50"
