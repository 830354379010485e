"""Discord's global limit: 50 requests a second per bot token, in fixed one-second windows of
the clock, announced by no header before its 429. Every channel's 5-per-5-s window opens at
the same moment, so a fan-out to 12 channels has 60 posts that every channel's bucket lets
go at once (discord.py, reading those buckets' headers, lets them go too). The platform's
global pacer, one budget for every request of the bot token, spreads them over two windows;
the control, without it, draws a global 429 from the fake.

As in test_fake_rate_limits.py, the fake and the pacer share a `SteppedClock`, so the pacer's
one-second wait passes at once.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest

from bot.platforms.discord.client import GLOBAL_PER_SECOND
from bot.platforms.discord.platform import DiscordPlatform
from handlers.context import Context
from handlers.types import Message
from tests.contract.test_discord_platform import started_platform
from tests.contract.test_fake_rate_limits import no_pacing, pace, unless_refused
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.rate_limits import SteppedClock

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
CHANNELS, POSTS = 12, 5  # 60 posts: more than a second's 50, fewer than 5 in any channel


@pytest.fixture
async def discord(
    contract_ctx: Context,
) -> AsyncIterator[tuple[FakeDiscord, list[int], DiscordPlatform]]:
    async with FakeDiscord() as fake:
        channels = [fake.add_channel(f"kanal-{n}") for n in range(CHANNELS)]
        async with started_platform(fake, contract_ctx) as platform:
            yield fake, channels, platform


async def fan_out(platform: DiscordPlatform, channels: list[int]) -> list[object]:
    """`POSTS` deliveries into every channel at once, as the outbox sends a fan-out."""
    return await asyncio.gather(
        *(
            platform.send(
                str(channel),
                Message(text=f"del {n}"),
                idempotency_key=f"{channel}:{n}",
                in_doubt=False,
            )
            for channel in channels
            for n in range(POSTS)
        ),
        return_exceptions=True,
    )


async def test_the_global_pacer_keeps_a_fan_out_clear_of_the_global_limit(
    discord: tuple[FakeDiscord, list[int], DiscordPlatform],
) -> None:
    fake, channels, platform = discord
    assert (platform.budget.per_window, platform.budget.window) == (GLOBAL_PER_SECOND, 1.0)
    assert GLOBAL_PER_SECOND < 50, "headroom below Discord's 50 a second"
    clock = SteppedClock()
    limits = fake.enforce_rate_limits(clock=clock.now)  # buckets announced, as Discord does
    budget = pace(platform, clock, budget=True)

    results = await unless_refused(fake, limits, fan_out(platform, channels))
    assert results is not None, f"429 after {limits.passed} posts"
    assert not [r for r in results if isinstance(r, BaseException)]
    assert (limits.served_429, limits.passed) == (0, CHANNELS * POSTS)
    assert budget.released == limits.counted == CHANNELS * POSTS
    assert limits.busiest_second == GLOBAL_PER_SECOND
    assert clock.time == 1.0, "the rest went in the next second"


async def test_control_without_the_global_pacer_the_same_fan_out_meets_a_global_429(
    discord: tuple[FakeDiscord, list[int], DiscordPlatform],
) -> None:
    fake, channels, platform = discord
    platform.budget = no_pacing()
    limits = fake.enforce_rate_limits(clock=SteppedClock().now)

    results = await unless_refused(fake, limits, fan_out(platform, channels))
    assert results is None, "the unpaced fan-out met no 429"
    assert limits.served_429 == limits.global_429 >= 1, "only the global limit refused"
    assert limits.passed == 50


async def test_a_post_that_empties_its_channels_bucket_counts_as_sent_at_once(
    discord: tuple[FakeDiscord, list[int], DiscordPlatform],
) -> None:
    """discord.py holds the call of a post that empties a bucket until the bucket resets,
    though the message went out: the platform reports it sent at once, and leaves the call
    to finish its wait (the pacer holds the channel's next post until the reset anyway)."""
    fake, channels, platform = discord
    fake.enforce_rate_limits(clock=SteppedClock().now)  # the clock stands still: no reset
    channel = channels[0]
    for n in range(POSTS):
        await platform.send(
            str(channel), Message(text=f"del {n}"), idempotency_key=f"k{n}", in_doubt=False
        )
    assert len(fake.messages[channel]) == POSTS
    assert len(platform._lingering) == 1, "discord.py still waits for the bucket's reset"
    assert platform.pacer.delay_for(channel) != 0, "the channel's next post waits too"
