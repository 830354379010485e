"""The fakes' opt-in rate limits answer like Discord and Slack, and the real platforms' pacing
keeps a burst into one channel clear of them (0 × 429).

The platform tests keep the limits' shape but shorten the windows (Discord 5 per 0.5 s, Slack
10 per second) and give the platforms' pacers the same windows, so they run in well under a
second each.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot.platforms.discord.platform import DiscordPlatform
from bot.platforms.pacing import ChannelPacer
from bot.platforms.slack.platform import SlackConfig, SlackPlatform
from handlers.context import Context
from handlers.ports import DeliveryError
from handlers.types import Message
from tests.contract.test_discord_platform import new_platform
from tests.fakes.discord_server import FakeDiscord, discord_py_pointed_at
from tests.fakes.slack_server import FakeSlack
from tests.waiting import eventually

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


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
        limits = fake.enforce_rate_limits(channel_messages=5, window=5.0)
        passed = [await post(session, fake, f"/channels/{channel}/messages") for _ in range(5)]
        assert [r.headers["X-RateLimit-Remaining"] for r in passed] == ["4", "3", "2", "1", "0"]
        assert all(0 < float(r.headers["X-RateLimit-Reset-After"]) <= 5 for r in passed)

        refused = await post(session, fake, f"/channels/{channel}/messages")
        assert refused.status == 429
        assert refused.headers["Retry-After"] in {"4", "5"}
        assert refused.headers["X-RateLimit-Scope"] == "user"
        assert refused.headers["Via"], "without Via discord.py takes a 429 for a Cloudflare ban"
        async with session.post(
            f"{fake.api_base}/channels/{channel}/messages",
            json={"content": "hej"},
            headers={"Authorization": f"Bot {fake.token}"},
        ) as again:
            body = await again.json()
        assert body["global"] is False and 4 < body["retry_after"] <= 5
        assert (await post(session, fake, f"/channels/{other}/messages")).status == 200
        assert (limits.served_429, limits.global_429, limits.passed) == (2, 0, 6)
        assert len(fake.messages[channel]) == 5


async def test_discord_answers_a_global_429_past_the_bots_requests_per_second() -> None:
    async with FakeDiscord() as fake, aiohttp.ClientSession() as session:
        channel = fake.add_channel("a")
        limits = fake.enforce_rate_limits(global_per_second=3, channel_messages=100)
        statuses = [(await post(session, fake, f"/channels/{channel}/messages")).status]
        for _ in range(3):
            async with session.get(
                f"{fake.api_base}/users/@me", headers={"Authorization": f"Bot {fake.token}"}
            ) as response:
                statuses.append(response.status)
                if response.status == 429:
                    assert response.headers["X-RateLimit-Global"] == "true"
                    assert response.headers["X-RateLimit-Scope"] == "global"
                    assert (await response.json())["global"] is True
        assert statuses == [200, 200, 200, 429]
        assert (limits.served_429, limits.global_429) == (1, 1)


async def test_the_fakes_enforce_nothing_unless_asked() -> None:
    async with FakeDiscord() as fake, aiohttp.ClientSession() as session:
        channel = fake.add_channel("a")
        statuses = {
            (await post(session, fake, f"/channels/{channel}/messages")).status for _ in range(8)
        }
        assert statuses == {200} and fake.rate_limits is None


async def test_slack_answers_429_past_a_channels_post_rate(contract_ctx: Context) -> None:
    async with FakeSlack() as fake, aiohttp.ClientSession() as session:
        first, second = fake.add_channel("a"), fake.add_channel("b")
        limits = fake.enforce_rate_limits(per_second=1.0, burst=2)

        async def post_to(channel: str) -> tuple[int, dict[str, object], str | None]:
            async with session.post(
                f"{fake.api_url}chat.postMessage",
                json={"channel": channel, "text": "hej"},
                headers={"Authorization": f"Bearer {fake.bot_token}"},
            ) as response:
                return response.status, await response.json(), response.headers.get("Retry-After")

        answers = [await post_to(first) for _ in range(3)]
        assert [a[0] for a in answers] == [200, 200, 429]
        assert answers[2][1] == {"ok": False, "error": "ratelimited"} and answers[2][2] == "1"
        assert (await post_to(second))[0] == 200
        assert (limits.served_429, len(fake.messages[first])) == (1, 2)


@pytest.fixture
async def discord(contract_ctx: Context) -> AsyncIterator[tuple[FakeDiscord, int, DiscordPlatform]]:
    async with FakeDiscord() as fake:
        channel = fake.add_channel("meddelanden")
        with discord_py_pointed_at(fake):
            platform = new_platform(fake, contract_ctx)
            await platform.start()
            try:
                await fake.wait_ready()
                await eventually(lambda: platform.connected, what="ready")
                yield fake, channel, platform
            finally:
                await platform.stop()


async def test_discords_pacing_keeps_a_burst_into_one_channel_clear_of_429(
    discord: tuple[FakeDiscord, int, DiscordPlatform],
) -> None:
    fake, channel, platform = discord
    platform.pacer = ChannelPacer(per_window=5, window_seconds=0.5)
    limits = fake.enforce_rate_limits(channel_messages=5, window=0.5)
    await asyncio.gather(
        *(
            platform.send(
                str(channel), Message(text=f"del {n}"), idempotency_key=f"k{n}", in_doubt=False
            )
            for n in range(12)
        )
    )
    assert len(fake.messages[channel]) == 12
    assert (limits.served_429, limits.passed) == (0, 12)


async def test_slacks_pacing_keeps_a_burst_into_one_channel_clear_of_429(
    contract_ctx: Context,
) -> None:
    async with FakeSlack() as fake:
        channel = fake.add_channel("meddelanden")
        platform = SlackPlatform(
            contract_ctx,
            SlackConfig(bot_token=fake.bot_token, app_token=fake.app_token, api_url=fake.api_url),
        )
        await platform.start()
        try:
            await fake.wait_connected()
            await eventually(lambda: platform.connected, what="connected")
            limits = fake.enforce_rate_limits(per_second=10.0, burst=2)

            async def burst() -> None:
                await asyncio.gather(
                    *(
                        platform.send(
                            channel,
                            Message(text=f"del {n}"),
                            idempotency_key=f"k{n}",
                            in_doubt=False,
                        )
                        for n in range(6)
                    )
                )

            platform.pacer = ChannelPacer(per_window=1, window_seconds=0.1)
            await burst()
            assert (limits.served_429, len(fake.messages[channel])) == (0, 6)

            platform.pacer = ChannelPacer(per_window=100, window_seconds=0.1)  # no pacing
            with pytest.raises(DeliveryError) as refused:
                await burst()
            assert refused.value.retry_after == 1.0 and limits.served_429 > 0
        finally:
            await platform.stop()
