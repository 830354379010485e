"""The fakes' rate limits (on in every test unless it opts out) answer like Discord and Slack,
and the platforms' own pacing keeps a burst into one channel clear of them, which the control
cases show it must: with Bryggan's pacer switched off, the same burst meets 429s.

The pacing tests use the platforms' real limits (Discord 5 posts per 5 s, Slack one a second
with bursts of 2) on a `SteppedClock` shared by the fake and the pacer, so the pacer's waits pass at
once. Discord's buckets are left unannounced there: discord.py waits on announced ones by
itself (a test below shows it), so with them a burst stays clear of 429 with or without
Bryggan's pacer, and a pacing test on them cannot fail. Unannounced, they stand for Discord's
per-resource limits, which only a 429 shows and only pacing ahead of time avoids.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Coroutine
from typing import Any

import aiohttp
import pytest

from bot.platforms.discord.platform import DiscordPlatform
from bot.platforms.pacing import Pacer
from bot.platforms.slack.platform import SlackConfig, SlackPlatform
from handlers.context import Context
from handlers.door import Door
from handlers.ports import DeliveryError
from handlers.types import Message
from tests.contract.test_discord_platform import started_platform
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.rate_limits import DiscordLimits, SteppedClock
from tests.fakes.slack_server import FakeSlack
from tests.waiting import eventually

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
POSTS = 12


async def post(
    session: aiohttp.ClientSession, fake: FakeDiscord, path: str
) -> aiohttp.ClientResponse:
    async with session.post(
        f"{fake.api_base}{path}",
        json={"content": "hej"},
        headers={"Authorization": f"Bot {fake.token}"},
    ) as response:
        await response.read()
        return response


async def test_discord_answers_429_past_a_channels_message_bucket() -> None:
    async with FakeDiscord() as fake, aiohttp.ClientSession() as session:
        channel, other = fake.add_channel("a"), fake.add_channel("b")
        assert fake.rate_limits is not None  # on from the start: 5 per 5 s
        clock = SteppedClock(time=0.5)  # windows open at 0, 5, 10, ... on the fake's clock
        limits = fake.enforce_rate_limits(clock=clock.now)
        passed = [await post(session, fake, f"/channels/{channel}/messages") for _ in range(5)]
        assert [r.headers["X-RateLimit-Remaining"] for r in passed] == ["4", "3", "2", "1", "0"]
        assert {float(r.headers["X-RateLimit-Reset-After"]) for r in passed} == {4.5}

        refused = await post(session, fake, f"/channels/{channel}/messages")
        assert refused.status == 429
        assert refused.headers["Retry-After"] == "5"  # 4.5 s, rounded up
        assert refused.headers["X-RateLimit-Scope"] == "user"
        assert refused.headers["Via"], "without Via discord.py takes a 429 for a Cloudflare ban"
        async with session.post(
            f"{fake.api_base}/channels/{channel}/messages",
            json={"content": "hej"},
            headers={"Authorization": f"Bot {fake.token}"},
        ) as again:
            body = await again.json()
        assert body["global"] is False and body["retry_after"] == 4.5
        assert (await post(session, fake, f"/channels/{other}/messages")).status == 200
        assert (limits.served_429, limits.global_429, limits.passed) == (2, 0, 6)
        assert len(fake.messages[channel]) == 5


async def test_every_channels_window_opens_at_the_same_moment() -> None:
    """Discord's windows are the clock's, not opened by a channel's first post: a channel that
    began late in a window gets its next five posts as early as one that began with it."""
    async with FakeDiscord() as fake, aiohttp.ClientSession() as session:
        early, late = fake.add_channel("a"), fake.add_channel("b")
        clock = SteppedClock(time=10.0)
        limits = fake.enforce_rate_limits(clock=clock.now)
        for _ in range(5):
            assert (await post(session, fake, f"/channels/{early}/messages")).status == 200
        clock.time = 14.0
        answers = [await post(session, fake, f"/channels/{late}/messages") for _ in range(6)]
        assert [a.status for a in answers] == [200] * 5 + [429]
        assert answers[4].headers["X-RateLimit-Reset-After"] == "1.000"
        clock.time = 15.0
        for channel in (early, late):
            assert (await post(session, fake, f"/channels/{channel}/messages")).status == 200
        assert (limits.served_429, limits.passed) == (1, 12)


async def test_discord_answers_429_past_a_webhooks_execute_bucket() -> None:
    async with FakeDiscord() as fake, aiohttp.ClientSession() as session:
        channel = fake.add_channel("a")
        fake.enforce_rate_limits(clock=SteppedClock().now)
        async with session.post(
            f"{fake.api_base}/channels/{channel}/webhooks",
            json={"name": "Bryggan"},
            headers={"Authorization": f"Bot {fake.token}"},
        ) as created:
            webhook = await created.json()
        execute = f"/webhooks/{webhook['id']}/{webhook['token']}"
        answers = [await post(session, fake, execute) for _ in range(6)]
        assert [a.status for a in answers] == [204] * 5 + [429], "5 per 2 s per webhook"
        assert answers[4].headers["X-RateLimit-Remaining"] == "0"
        assert answers[4].headers["X-RateLimit-Reset-After"] == "2.000"
        assert fake.rate_limits is not None and fake.rate_limits.served_429 == 1


async def test_discord_answers_a_global_429_past_the_bots_requests_per_second() -> None:
    """Fixed one-second windows of the clock: 3 requests late in one second and 3 early in
    the next all pass, 6 in 0.2 s, as Discord's global limit allows."""
    async with FakeDiscord() as fake, aiohttp.ClientSession() as session:
        channel = fake.add_channel("a")
        clock = SteppedClock(time=0.9)
        limits = fake.enforce_rate_limits(
            global_per_second=3, channel_messages=100, clock=clock.now
        )
        statuses = [(await post(session, fake, f"/channels/{channel}/messages")).status]
        for _ in range(3):
            async with session.get(
                f"{fake.api_base}/users/@me", headers={"Authorization": f"Bot {fake.token}"}
            ) as response:
                statuses.append(response.status)
                if response.status == 429:
                    assert response.headers["X-RateLimit-Global"] == "true"
                    assert response.headers["X-RateLimit-Scope"] == "global"
                    body = await response.json()
                    assert body["global"] is True and round(body["retry_after"], 3) == 0.1
        assert statuses == [200, 200, 200, 429]
        clock.time = 1.1
        for _ in range(3):
            assert (await post(session, fake, f"/channels/{channel}/messages")).status == 200
        assert (limits.served_429, limits.global_429, limits.busiest_second) == (1, 1, 4)


async def test_an_unannounced_bucket_shows_itself_only_in_the_429() -> None:
    async with FakeDiscord() as fake, aiohttp.ClientSession() as session:
        channel = fake.add_channel("a")
        fake.enforce_rate_limits(channel_messages=2, announced=False)
        answers = [await post(session, fake, f"/channels/{channel}/messages") for _ in range(3)]
        assert [a.status for a in answers] == [200, 200, 429]
        assert not any("X-RateLimit-Remaining" in a.headers for a in answers[:2])
        assert answers[2].headers["X-RateLimit-Scope"] == "shared"


async def test_a_test_may_opt_out_of_the_limits_by_saying_why() -> None:
    reason = "this test shows what an opt-out does"
    async with (
        FakeDiscord(rate_limits_off_because=reason) as discord,
        FakeSlack(rate_limits_off_because=reason) as slack,
        aiohttp.ClientSession() as session,
    ):
        channel = discord.add_channel("a")
        statuses = {
            (await post(session, discord, f"/channels/{channel}/messages")).status for _ in range(8)
        }
        assert statuses == {200} and discord.rate_limits is None and slack.rate_limits is None


async def call_slack(
    session: aiohttp.ClientSession, fake: FakeSlack, method: str, **params: str
) -> tuple[int, dict[str, object], str | None]:
    async with session.post(
        f"{fake.api_url}{method}",
        json=params,
        headers={"Authorization": f"Bearer {fake.bot_token}"},
    ) as response:
        return response.status, await response.json(), response.headers.get("Retry-After")


async def test_slack_answers_429_past_a_channels_post_rate() -> None:
    async with FakeSlack() as fake, aiohttp.ClientSession() as session:
        first, second = fake.add_channel("a"), fake.add_channel("b")
        limits = fake.rate_limits  # on from the start: 1 a second, bursts of 2
        assert limits is not None

        answers = [
            await call_slack(session, fake, "chat.postMessage", channel=first, text="hej")
            for _ in range(3)
        ]
        assert [a[0] for a in answers] == [200, 200, 429]
        assert answers[2][1] == {"ok": False, "error": "ratelimited"} and answers[2][2] == "1"
        second_post = await call_slack(session, fake, "chat.postMessage", channel=second, text="")
        assert second_post[0] == 200
        assert (limits.served_429, len(fake.messages[first])) == (1, 2)


async def test_slack_answers_429_past_a_methods_tier() -> None:
    async with FakeSlack() as fake, aiohttp.ClientSession() as session:
        limits = fake.enforce_rate_limits(clock=SteppedClock().now)  # time stands still
        statuses = [(await call_slack(session, fake, "usergroups.list"))[0] for _ in range(21)]
        assert statuses == [200] * 20 + [429], "Tier 2: 20 a minute"
        status, body, retry_after = await call_slack(session, fake, "usergroups.list")
        assert (status, body["error"], retry_after) == (429, "ratelimited", "3")
        assert (await call_slack(session, fake, "auth.test"))[0] == 200, "special: no tier"
        assert (limits.served_429, limits.tier_429) == (2, 2)


# ----- pacing, with its control cases


def no_pacing() -> Pacer:
    """The control: Bryggan's own pacer switched off (it lets everything go)."""
    return Pacer(per_window=10**9)


def pace(
    platform: DiscordPlatform | SlackPlatform, clock: SteppedClock, *, budget: bool = False
) -> Pacer:
    """Put the platform's channel pacer (or, with `budget`, Discord's global one) on `clock`,
    which steps only once everything that pacer let go has been answered: the fake then
    counts each request at the very instant the pacer chose for it."""
    like = platform.budget if isinstance(platform, DiscordPlatform) and budget else platform.pacer
    pacer = like.on_clock(clock.now, clock.sleep)

    async def settled() -> None:
        await eventually(lambda: pacer.in_flight == 0, what="the requests let go answered")

    clock.settled = settled
    if budget:
        assert isinstance(platform, DiscordPlatform)
        platform.budget = pacer
    else:
        platform.pacer = pacer
    return pacer


async def burst(
    platform: DiscordPlatform | SlackPlatform, channel: str, posts: int
) -> list[object]:
    """`posts` deliveries into one channel at once, as the outbox sends a fan-out."""
    return await asyncio.gather(
        *(
            platform.send(
                channel, Message(text=f"del {n}"), idempotency_key=f"k{n}", in_doubt=False
            )
            for n in range(posts)
        ),
        return_exceptions=True,
    )


async def unless_refused(
    fake: FakeDiscord, limits: DiscordLimits, sending: Coroutine[Any, Any, list[object]]
) -> list[object] | None:
    """What `sending` returns, or None as soon as the fake answers a 429 (discord.py would
    wait each one out, 5 s, and go on: a failing pacing test would take minutes)."""
    sent = asyncio.create_task(sending)
    refused = asyncio.create_task(
        fake.wait_until(lambda: limits.served_429 > 0, timeout=30, what="a 429")
    )
    try:
        await asyncio.wait({sent, refused}, return_when=asyncio.FIRST_COMPLETED)
        if sent.done():
            return sent.result()
        refused.result()  # a TimeoutError if neither came
        return None
    finally:
        for task in (sent, refused):
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, TimeoutError):
                await task


@pytest.fixture
async def discord(contract_ctx: Context) -> AsyncIterator[tuple[FakeDiscord, int, DiscordPlatform]]:
    async with FakeDiscord() as fake:
        channel = fake.add_channel("meddelanden")
        async with started_platform(fake, contract_ctx) as platform:
            yield fake, channel, platform


async def test_discords_pacing_keeps_a_burst_into_one_channel_clear_of_429(
    discord: tuple[FakeDiscord, int, DiscordPlatform],
) -> None:
    fake, channel, platform = discord
    assert (platform.pacer.per_window, platform.pacer.window) == (5, 5.0)
    clock = SteppedClock()
    limits = fake.enforce_rate_limits(announced=False, clock=clock.now)
    pacer = pace(platform, clock)

    results = await unless_refused(fake, limits, burst(platform, str(channel), POSTS))
    assert results is not None, f"429 after {limits.passed} posts"
    assert not [r for r in results if isinstance(r, BaseException)]
    assert len(fake.messages[channel]) == POSTS
    assert (limits.served_429, limits.passed, pacer.released) == (0, POSTS, POSTS)
    assert clock.time == 10.0, "two full windows waited, in no time"


async def test_control_without_the_pacer_the_same_burst_meets_discords_429(
    discord: tuple[FakeDiscord, int, DiscordPlatform],
) -> None:
    fake, channel, platform = discord
    platform.pacer = no_pacing()
    limits = fake.enforce_rate_limits(announced=False, clock=SteppedClock().now)

    results = await unless_refused(fake, limits, burst(platform, str(channel), POSTS))
    assert results is None, "the unpaced burst met no 429"
    assert (limits.served_429, limits.passed, len(fake.messages[channel])) == (1, 5, 5)


async def test_on_announced_buckets_discord_py_alone_keeps_an_unpaced_burst_clear(
    discord: tuple[FakeDiscord, int, DiscordPlatform],
) -> None:
    """Why the pacing tests leave the buckets unannounced: on headers alone, discord.py keeps
    an unpaced burst clear of 429 by waiting itself (here on real, short windows)."""
    fake, channel, platform = discord
    platform.pacer = no_pacing()
    limits = fake.enforce_rate_limits(window=0.2)

    results = await burst(platform, str(channel), POSTS)
    assert not [r for r in results if isinstance(r, BaseException)]
    assert (limits.served_429, len(fake.messages[channel])) == (0, POSTS)


@pytest.fixture
async def slack(contract_ctx: Context) -> AsyncIterator[tuple[FakeSlack, str, SlackPlatform]]:
    async with FakeSlack() as fake:
        channel = fake.add_channel("meddelanden")
        platform = SlackPlatform(
            Door(contract_ctx),
            SlackConfig(bot_token=fake.bot_token, app_token=fake.app_token, api_url=fake.api_url),
        )
        await platform.start()
        try:
            await fake.wait_connected()
            await eventually(lambda: platform.connected, what="connected")
            yield fake, channel, platform
        finally:
            await platform.stop()


async def test_slacks_pacing_keeps_a_burst_into_one_channel_clear_of_429(
    slack: tuple[FakeSlack, str, SlackPlatform],
) -> None:
    fake, channel, platform = slack
    assert (platform.pacer.per_window, platform.pacer.window) == (2, 2.0)
    clock = SteppedClock()
    limits = fake.enforce_rate_limits(clock=clock.now)  # 1 a second, bursts of 2
    pace(platform, clock)

    results = await burst(platform, channel, 6)
    assert not [r for r in results if isinstance(r, BaseException)]
    assert (limits.served_429, limits.passed, len(fake.messages[channel])) == (0, 6, 6)
    assert clock.time == 4.0, "two at once, then one a second"


async def test_control_without_the_pacer_the_same_burst_meets_slacks_429(
    slack: tuple[FakeSlack, str, SlackPlatform],
) -> None:
    fake, channel, platform = slack
    platform.pacer = no_pacing()
    limits = fake.enforce_rate_limits(clock=SteppedClock().now)

    results = await burst(platform, channel, 6)
    refused = [r for r in results if isinstance(r, DeliveryError)]
    assert len(refused) == 4 and {r.retry_after for r in refused} == {1.0}
    assert (limits.served_429, limits.passed, len(fake.messages[channel])) == (4, 2, 2)
