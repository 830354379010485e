"""Two real `bryggan run` processes on one PostgreSQL, against the fake Discord and Slack:
one leads the gateway, the other stands by (and shares the outbox). Cut the leader off from
the database: it steps down and the standby leads. Kill the new leader with SIGKILL in the
middle of a fan-out: the other leads within 15 s and every copy arrives exactly once. At no
moment are two gateways connected, so no event or command is handled twice."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import aiohttp
import pytest
from sqlalchemy.engine import make_url

from tests.conftest import database_at
from tests.e2e.process import keep_reading, start, wait_for_port
from tests.e2e.test_chat_platforms import stop_cleanly
from tests.e2e.test_fanout_crash import each_copy_once, fan_out_env, seed
from tests.fakes.discord_server import FakeDiscord
from tests.fakes.slack_server import FakeSlack
from tests.fakes.smtp_server import SmtpServer
from tests.fakes.tcp_proxy import TcpProxy
from tests.waiting import eventually

pytestmark = [pytest.mark.postgres, pytest.mark.filterwarnings("ignore::DeprecationWarning")]
CHANNELS = 10  # per platform
SUBSCRIBERS = 40
TAKEOVER_SECONDS = 15  # the promise


async def process_report(port: int) -> dict[str, object]:
    async with (
        aiohttp.ClientSession() as http,
        http.get(f"http://127.0.0.1:{port}/healthz") as response,
    ):
        return dict(await response.json())


async def leads(port: int, roles: list[str], timeout: float) -> float:
    """Wait until the process at `port` leads `roles` with every platform connected; returns
    when that was seen."""
    async with asyncio.timeout(timeout):
        while True:
            report = await process_report(port)
            process = report["process"]
            assert isinstance(process, dict)
            if process["leads"] == roles and report["status"] == "ok":
                return time.monotonic()
            await asyncio.sleep(0.05)


async def test_cut_off_leader_steps_down_and_a_killed_one_is_replaced(tmp_path: Path) -> None:
    smtp = SmtpServer()
    smtp.start()
    async with (
        FakeDiscord() as discord,
        FakeSlack() as slack,
        database_at("postgresql", tmp_path) as target,
    ):
        board = discord.add_member("Anna", roles=[discord.add_role("Styrelsen")])
        member = discord.add_member("Eva")
        source = discord.add_channel("styrelsen-meddelanden")
        discord_channels = [discord.add_channel(f"meddelanden-{n}") for n in range(CHANNELS)]
        slack_channels = [slack.add_channel(f"meddelanden-{n}") for n in range(CHANNELS)]
        slack_user = slack.add_user("Eva")
        await seed(target.url, [source, *discord_channels], slack_channels, SUBSCRIBERS)
        env = {**fan_out_env(discord, slack, smtp), **target.env}
        database = make_url(target.url)
        async with TcpProxy(database.host or "127.0.0.1", database.port or 5432) as proxy:
            through_proxy = database.set(host=proxy.host, port=proxy.port)
            first = await start(
                "run",
                env={**env, "DATABASE_URL": through_proxy.render_as_string(hide_password=False)},
                cwd=tmp_path,
                stdin=asyncio.subprocess.DEVNULL,
            )
            second = None
            try:
                first_port, _ = await wait_for_port(first)
                keep_reading(first)
                await leads(first_port, ["gateway", "scheduler"], timeout=30)
                second = await start("run", env=env, cwd=tmp_path, stdin=asyncio.subprocess.DEVNULL)
                second_port, _ = await wait_for_port(second)
                keep_reading(second)
                await leads(second_port, [], timeout=30)  # a standby: connected for sending

                # 1. The leader's database goes silent: it steps down, the standby leads.
                proxy.freeze()
                cut = time.monotonic()
                took = await leads(second_port, ["gateway", "scheduler"], timeout=30) - cut
                assert took <= TAKEOVER_SECONDS, f"the standby led after {took:.1f} s"
                print(f"cut off: the standby led, connected, after {took:.1f} s")
                reply = await discord.slash_command("help", user_id=member, channel_id=source)
                assert reply["data"]["embeds"][0]["title"] == "Kommandon"
                proxy.cut()
                proxy.thaw()
                await leads(first_port, [], timeout=30)  # back, as the standby

                # 2. The new leader is killed in the middle of a fan-out.
                smtp.hold_mail(after=5)
                await discord.post_message(source, "Årsmötet flyttas till 19 mars.", user_id=board)

                def arrived() -> tuple[int, int, int]:
                    return (
                        sum(len(discord.messages[c]) for c in discord_channels),
                        sum(len(slack.messages[c]) for c in slack_channels),
                        len(smtp.messages),
                    )

                await eventually(lambda: sum(arrived()) >= 1, timeout=30, what="a first copy")
                second.kill()
                await second.wait()
                killed = time.monotonic()
                assert arrived() != (CHANNELS, CHANNELS, SUBSCRIBERS), "killed after the fan-out"
                smtp.release_mail()
                took = await leads(first_port, ["gateway", "scheduler"], timeout=30) - killed
                assert took <= TAKEOVER_SECONDS, f"the standby led after {took:.1f} s"
                print(f"killed: the standby led, connected, after {took:.1f} s")
                expected = (CHANNELS, CHANNELS, SUBSCRIBERS)
                await eventually(
                    lambda: all(a >= e for a, e in zip(arrived(), expected, strict=True)),
                    timeout=60,
                    what="every copy after the kill",
                )
                reply = await discord.slash_command("help", user_id=member, channel_id=source)
                assert reply["data"]["embeds"][0]["title"] == "Kommandon"
                await slack.slash_command(
                    "/help", "", user_id=slack_user, channel_id=slack_channels[0]
                )
                await slack.wait_for_response(1)
                await stop_cleanly(first)
            finally:
                for process in (first, second):
                    if process is not None and process.returncode is None:
                        process.kill()
                        await process.wait()
    smtp.stop()

    each_copy_once((discord, discord_channels), (slack, slack_channels), smtp, SUBSCRIBERS)
    assert discord.gateway.most_ready == 1, "two Discord gateways were connected at once"
    assert slack.most_sockets == 1, "two Socket Mode connections were open at once"
    answered = [r for r in discord.interaction_responses.values() if r]
    assert all(len(r) == 1 for r in answered) and len(answered) == 2
    assert len(slack.responses) == 1  # both processes stopped: nothing more can come
