"""A standby process's platforms (`listening` off): they send through the real clients but
open no gateway, so they handle no event; `listen()` opens and closes it as leadership comes
and goes (bot/leadership.py)."""

from __future__ import annotations

import pytest

from bot.platforms.slack.platform import SlackConfig, SlackPlatform
from handlers.context import Context
from handlers.door import Door
from handlers.types import Message
from tests.contract.test_discord_platform import new_platform
from tests.fakes.discord_server import FakeDiscord, discord_py_pointed_at
from tests.fakes.slack_server import FakeSlack
from tests.waiting import eventually

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


async def test_discord_standby_sends_without_a_gateway_then_leads_and_steps_down(
    contract_ctx: Context,
) -> None:
    async with FakeDiscord() as fake:
        channel = fake.add_channel("allmänt")
        with discord_py_pointed_at(fake):
            platform = new_platform(fake, contract_ctx)
            platform.listening = False
            await platform.start()
            try:
                await eventually(lambda: platform.connected, what="logged in for REST")
                await platform.send(
                    str(channel), Message(text="Från reserven"), idempotency_key="a", in_doubt=False
                )
                assert [m["content"] for m in fake.messages[channel]] == ["Från reserven"]
                assert fake.gateway.attempts == 0 and fake.identify_count == 0
                await platform.listen(True)  # leading now
                await fake.wait_ready()
                await eventually(lambda: platform.connected, what="ready on the gateway")
                assert fake.gateway.most_ready == 1
                await platform.listen(False)  # stepped down: the gateway goes at once
                assert fake.gateway.ready_sessions() == []
                await eventually(lambda: platform.connected, what="logged in again")
                await platform.send(
                    str(channel), Message(text="Fortfarande"), idempotency_key="b", in_doubt=False
                )
                assert len(fake.messages[channel]) == 2
                assert fake.gateway.ready_sessions() == [] and fake.identify_count == 1
            finally:
                await platform.stop()


async def test_slack_standby_sends_without_socket_mode_then_leads_and_steps_down(
    contract_ctx: Context,
) -> None:
    async with FakeSlack() as fake:
        channel = fake.add_channel("allmänt")
        platform = SlackPlatform(
            Door(contract_ctx),
            SlackConfig(
                bot_token=fake.bot_token,
                app_token=fake.app_token,
                board_usergroup="",
                api_url=fake.api_url,
                ping_interval=0.5,
            ),
        )
        platform.listening = False
        await platform.start()
        try:
            await eventually(lambda: platform.connected, what="authenticated")
            await platform.send(
                channel, Message(text="Från reserven"), idempotency_key="a", in_doubt=False
            )
            assert [m["text"] for m in fake.messages[channel]] == ["Från reserven"]
            assert fake.socket_connects == 0
            await platform.listen(True)
            await fake.wait_connected()
            await eventually(lambda: platform.connected, what="socket mode")
            await platform.listen(False)
            await eventually(lambda: fake.most_sockets == 1 and not fake._sockets, what="closed")
            assert platform.connected  # still sends
            await platform.send(channel, Message(text="Än"), idempotency_key="b", in_doubt=False)
            assert len(fake.messages[channel]) == 2 and fake.socket_connects == 1
        finally:
            await platform.stop()
