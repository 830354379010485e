"""A protocol-level fake of Discord for contract tests driven by the real discord.py client.

One aiohttp server on 127.0.0.1 (port 0) serves the REST API under `/api/v10` (see
`discord_rest.py`) and the gateway websocket at `/gateway` (see `discord_gateway.py`). It holds one
guild, records what the bot does (`messages`, `interaction_responses`, `requests`, ...) and lets a
test act as members: slash commands, button clicks, modals and chat messages arrive through the
gateway exactly as Discord sends them. Everything waits on state changes, never on sleeps.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import web

from tests.fakes.discord_gateway import DiscordGateway
from tests.fakes.discord_model import DiscordModel, Interaction, Json
from tests.fakes.discord_rest import DiscordRest
from tests.fakes.discord_threads import DiscordThreads
from tests.fakes.discord_webhooks import DiscordWebhooks
from tests.fakes.rate_limits import DiscordLimits
from tests.fakes.served import Served

T = TypeVar("T")


@dataclass
class _Fault:
    """A scripted failure for the next `remaining` REST calls matching method and path;
    `lost_answer`: the call does its work and only its answer is the failure."""

    method: str
    pattern: re.Pattern[str]
    status: int
    retry_after: float
    remaining: int
    lost_answer: bool = False


class FakeDiscord(DiscordModel, Served):
    """Discord as the bot sees it: REST, gateway, one guild, and hooks to drive and break it."""

    def __init__(self, *, token: str | None = None, rate_limits_off_because: str = "") -> None:
        """Rate limits are on (rate_limits.py); a test turns them off only by saying why."""
        super().__init__()
        self.token: str = token or f"fake-bot-token-{secrets.token_hex(8)}"
        self.api_base = ""
        self.gateway_url = ""
        self.global_commands: list[Json] = []
        self.guild_commands: dict[int, list[Json]] = {}
        self.interaction_responses: dict[int, list[Json]] = {}
        self.requests: list[tuple[str, str, Json | None]] = []
        self.unhandled: list[tuple[str, str]] = []  # REST calls no route matched
        self.identify_count = 0
        self.commands_synced = 0  # number of bulk PUTs of commands
        self.allow_resume = False  # False: RESUME gets op 9, so the client IDENTIFYs again
        self.echo_own_messages = True  # Discord sends the bot MESSAGE_* for its own posts too
        self.down = False
        self.rate_limits: DiscordLimits | None = (
            None if rate_limits_off_because else DiscordLimits()
        )
        self._faults: list[_Fault] = []
        self.gateway = DiscordGateway(self)
        self.threads = DiscordThreads(self)
        self._rest = DiscordRest(self)
        self._runner: web.AppRunner | None = None

    # lifecycle

    async def start(self) -> None:
        """Bind to 127.0.0.1:0 and publish the URLs the client must be pointed at."""
        app = web.Application(middlewares=[self._rest.middleware], client_max_size=64 * 1024**2)
        app.router.add_get("/gateway", self.gateway.handle)
        self._rest.add_routes(app.router)
        DiscordWebhooks(self).add_routes(app.router)
        self.threads.add_routes(app.router)
        self._runner = web.AppRunner(app, shutdown_timeout=1.0, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = self._runner.addresses[0][1]
        self.api_base = f"http://127.0.0.1:{port}/api/v10"
        self.gateway_url = f"ws://127.0.0.1:{port}/gateway"

    async def stop(self) -> None:
        """Close gateway connections first, or the runner would wait for their handlers."""
        await self.gateway.close_all(1001)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    # waiting

    async def wait_until(
        self, probe: Callable[[], T | bool | None], timeout: float = 10, what: str = "condition"
    ) -> T:
        """Wait until `probe()` returns something other than None/False and return it."""
        return await self._wait(probe, timeout, what)  # type: ignore[arg-type]

    async def wait_ready(self, timeout: float = 10) -> None:
        """A client IDENTIFYed (or RESUMEd) and holds a live, ready gateway session."""
        await self._wait(lambda: self.gateway.ready_sessions() or None, timeout, "a ready gateway")

    async def wait_for_messages(
        self, channel_id: int, count: int, timeout: float = 10
    ) -> list[Json]:
        """The bot has created at least `count` messages in the channel (deleted ones count)."""
        if count <= 0:
            return list(self.messages.get(channel_id, []))
        return await self._wait(
            lambda: (
                self.messages.get(channel_id)
                if len(self.messages.get(channel_id, [])) >= count
                else None
            ),
            timeout,
            f"{count} message(s) in channel {channel_id}",
        )

    async def wait_for_commands_synced(self, timeout: float = 10) -> None:
        await self._wait(lambda: self.commands_synced or None, timeout, "a command sync")

    async def wait_for_interaction_update(
        self, interaction_id_or_token: int | str, timeout: float = 10
    ) -> Json:
        """The next follow-up, edit or delete of an interaction's messages not yet returned."""
        interaction = self.find_interaction(interaction_id_or_token)
        if interaction is None:
            raise LookupError(f"no interaction {interaction_id_or_token!r}")

        def probe() -> Json | None:
            updates = [
                e for e in self.interaction_responses[interaction.id] if e["kind"] != "callback"
            ]
            return (
                updates[interaction.updates_returned]
                if len(updates) > interaction.updates_returned
                else None
            )

        entry = await self._wait(probe, timeout, f"an update of interaction {interaction.id}")
        interaction.updates_returned += 1
        return entry

    # driving the bot as a member

    async def slash_command(
        self,
        name: str,
        *,
        user_id: int,
        channel_id: int,
        options: list[Json] | None = None,
        locale: str | None = None,
        timeout: float = 10,
    ) -> Json:
        """Run a synced chat-input command; returns the bot's first callback body."""
        data = self._command_data(name, user_id, channel_id, options)
        return await self._interact(2, data, user_id, channel_id, locale=locale, timeout=timeout)

    async def autocomplete(
        self, name: str, *, user_id: int, channel_id: int, options: list[Json], timeout: float = 10
    ) -> Json:
        """Ask for choices (mark one option `"focused": True`); returns the type 8 callback body."""
        data = self._command_data(name, user_id, channel_id, options)
        return await self._interact(4, data, user_id, channel_id, timeout=timeout)

    async def click_button(
        self,
        custom_id: str,
        *,
        user_id: int,
        channel_id: int,
        message_id: int | None = None,
        timeout: float = 10,
    ) -> Json:
        """Click a button on `message_id` (it must be there), or on a made-up bot message."""
        button = {"type": 2, "style": 1, "label": custom_id, "custom_id": custom_id}
        message = self._component_message(channel_id, message_id, custom_id, button)
        data = {"custom_id": custom_id, "component_type": 2}
        return await self._interact(3, data, user_id, channel_id, message=message, timeout=timeout)

    async def choose_select(
        self,
        custom_id: str,
        values: list[str],
        *,
        user_id: int,
        channel_id: int,
        message_id: int | None = None,
        timeout: float = 10,
    ) -> Json:
        """Pick `values` in a string select (component type 3)."""
        options = [{"label": v, "value": v} for v in values]
        select = {"type": 3, "custom_id": custom_id, "options": options, "max_values": len(values)}
        message = self._component_message(channel_id, message_id, custom_id, select)
        data = {"custom_id": custom_id, "component_type": 3, "values": values}
        return await self._interact(3, data, user_id, channel_id, message=message, timeout=timeout)

    async def submit_modal(
        self,
        custom_id: str,
        fields: dict[str, str],
        *,
        user_id: int,
        channel_id: int,
        timeout: float = 10,
    ) -> Json:
        """Submit a modal whose text inputs have the given custom ids and values."""
        rows = [
            {"type": 1, "components": [{"type": 4, "custom_id": key, "value": value}]}
            for key, value in fields.items()
        ]
        data = {"custom_id": custom_id, "components": rows}
        return await self._interact(5, data, user_id, channel_id, timeout=timeout)

    async def post_message(
        self,
        channel_id: int,
        content: str,
        *,
        user_id: int,
        webhook_id: int | None = None,
        reply_to: int | None = None,
    ) -> int:
        """A member (or a webhook) writes in a channel, or in a thread (by its id: a post in
        an archived one unarchives it), answering `reply_to` if given (a reply, type 19, with
        its reference): MESSAGE_CREATE reaches the bot."""
        await self.wait_ready()
        await self.gateway.settle()
        if webhook_id is not None:
            name = self.webhooks.get(webhook_id, {}).get("name", "Webhook")
            message = self.build_message(
                channel_id,
                self.webhook_user(webhook_id, name),
                {"content": content},
                webhook_id=webhook_id,
            )
        else:
            self._require_user(user_id)
            if await self.threads.before_post(channel_id, user_id) is not None:
                raise PermissionError(f"member {user_id} may not post in thread {channel_id}")
            message = self.build_message(
                channel_id, self.user_payload(user_id), {"content": content}, member_id=user_id
            )
        if reply_to is not None:
            message["type"] = 19
            message["message_reference"] = {
                "type": 0, "message_id": str(reply_to), "channel_id": str(channel_id),
                "guild_id": str(self.guild_id),
            }  # fmt: skip
            message["referenced_message"] = self._message_in(channel_id, reply_to)
        await self.gateway.dispatch_message("MESSAGE_CREATE", message)
        return int(message["id"])

    async def edit_message(self, channel_id: int, message_id: int, content: str) -> None:
        """Someone edits a message: MESSAGE_UPDATE with the full new message."""
        message = self._message_in(channel_id, message_id)
        self.update_message(message, {"content": content})
        await self.gateway.dispatch_message("MESSAGE_UPDATE", message)

    async def delete_message(self, channel_id: int, message_id: int) -> None:
        message = self._message_in(channel_id, message_id)
        message["deleted"] = True
        self.notify()
        await self.gateway.dispatch_message("MESSAGE_DELETE", message)

    # faults

    def fail_next(
        self,
        method: str,
        path_regex: str,
        *,
        status: int = 429,
        retry_after: float = 0.5,
        times: int = 1,
        lost_answer: bool = False,
    ) -> None:
        """Answer the next `times` REST calls whose path (after /api/v10) matches with `status`
        (`lost_answer`: after doing what they asked, so the client is left in doubt)."""
        pattern = re.compile(path_regex)
        fault = _Fault(method.upper(), pattern, status, retry_after, times, lost_answer)
        self._faults.append(fault)

    def enforce_rate_limits(self, *, window: float = 5.0, **limits: Any) -> DiscordLimits:
        """From now on, counting afresh, enforce `DiscordLimits(**limits)`, `window` being a
        channel's (`announced=False`: no X-RateLimit headers show a client the buckets)."""
        self.rate_limits = DiscordLimits(channel_window=window, **limits)
        return self.rate_limits

    def take_fault(self, method: str, path: str) -> _Fault | None:
        for fault in self._faults:
            if fault.method == method and fault.pattern.search(path):
                fault.remaining -= 1
                if fault.remaining <= 0:
                    self._faults.remove(fault)
                return fault
        return None

    async def go_down(self, *, close_code: int = 1001) -> None:
        """An outage: gateway sessions drop (the client may resume), REST and gateway answer 503."""
        self.down = True
        self.notify()
        await self.gateway.close_all(close_code)

    async def come_back(self) -> None:
        self.down = False
        self.notify()

    # internals

    def find_interaction(self, id_or_token: int | str) -> Interaction | None:
        if isinstance(id_or_token, int) or str(id_or_token).isdigit():
            return self.interactions.get(int(id_or_token))
        return self.interactions.get(self.interaction_tokens.get(str(id_or_token), 0))

    def _command_data(
        self, name: str, user_id: int, channel_id: int, options: list[Json] | None
    ) -> Json:
        """Look a command up as Discord would: only synced commands exist, guild ones first
        (and only in the guild's channels)."""
        guild_scoped = True
        in_guild = channel_id in self.channels and self.is_guild_channel(channel_id)
        guild_commands = self.guild_commands.get(self.guild_id, []) if in_guild else []
        command = next((c for c in guild_commands if c["name"] == name), None)
        if command is None:
            guild_scoped = False
            command = next((c for c in self.global_commands if c["name"] == name), None)
        if command is None:
            raise LookupError(f"command {name!r} was never synced to the fake")
        required = command.get("default_member_permissions")
        allowed = self.permissions_of(user_id) & int(required or 0) == int(required or 0)
        if required is not None and user_id in self.members and not allowed:
            raise PermissionError(f"member {user_id} may not use /{name}")
        data: Json = {"id": command["id"], "name": name, "type": command.get("type", 1)}
        data["options"] = options or []
        if guild_scoped:
            data["guild_id"] = str(self.guild_id)
        resolved = self.resolve_options(options or [])
        if resolved:
            data["resolved"] = resolved
        return data

    def _component_message(
        self, channel_id: int, message_id: int | None, custom_id: str, component: Json
    ) -> Json:
        if message_id is None:
            body = {"components": [{"type": 1, "components": [component]}]}
            return self.build_message(
                channel_id, self.user_payload(self.bot_user_id), body, member_id=self.bot_user_id
            )
        message = self._message_in(channel_id, message_id)
        if not _has_component(message.get("components", []), custom_id):
            raise LookupError(f"message {message_id} has no component {custom_id!r}")
        return message

    async def _interact(
        self,
        kind: int,
        data: Json,
        user_id: int,
        channel_id: int,
        *,
        message: Json | None = None,
        locale: str | None = None,
        timeout: float = 10,
    ) -> Json:
        """Send INTERACTION_CREATE and wait for the bot's callback (it has 3 s on Discord)."""
        self._require_user(user_id)
        await self.wait_ready(timeout)
        await self.gateway.settle(timeout)
        interaction = self.new_interaction(kind, user_id, channel_id, message)
        self.interaction_responses[interaction.id] = []
        payload = self.interaction_payload(interaction, data, locale, message)
        await self.gateway.dispatch("INTERACTION_CREATE", payload)
        return await self._wait(
            lambda: next(iter(self.interaction_responses[interaction.id]), None),
            timeout,
            f"callback of interaction {data.get('name') or data.get('custom_id')!r}",
        )

    def _message_in(self, channel_id: int, message_id: int) -> Json:
        message = self.all_messages.get(message_id)
        if message is None or int(message["channel_id"]) != channel_id or message.get("deleted"):
            raise LookupError(f"no message {message_id} in channel {channel_id}")
        return message

    def _require_user(self, user_id: int) -> None:
        if user_id not in self.users:
            raise LookupError(f"unknown user {user_id}: add_member() first")

    def _timeout_hint(self) -> str:
        return f"last requests: {self.requests[-5:]}; unhandled: {self.unhandled[-5:]}"


def _has_component(components: list[Json], custom_id: str) -> bool:
    for component in components:
        if component.get("custom_id") == custom_id:
            return True
        if _has_component(component.get("components", []), custom_id):
            return True
    return False


@contextmanager
def discord_py_pointed_at(fake: FakeDiscord) -> Iterator[None]:
    """Point discord.py's REST base and gateway URL at `fake` (a plain Client never asks
    /gateway/bot: it connects to DiscordWebSocket.DEFAULT_GATEWAY, on every re-IDENTIFY too)."""
    import discord.gateway
    import discord.http
    import yarl

    old_base = discord.http.Route.BASE
    old_gateway = discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY
    discord.http.Route.BASE = fake.api_base
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(fake.gateway_url)
    try:
        yield
    finally:
        discord.http.Route.BASE = old_base
        discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = old_gateway
