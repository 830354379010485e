"""Socket Mode half of the fake Slack: the websocket, envelopes, acks and the request payloads.

slack_sdk's aiohttp `SocketModeClient` gets the `ws://` URL from apps.connections.open, pings
with `sdk-ping-pong:<time>` (aiohttp's autoping answers), and acks each envelope with
`{"envelope_id": ..., "payload"?: ...}` once the Bolt listener calls `ack()`. The drivers here send
envelopes shaped like Slack's and return that ack payload; the payload builders serve HTTP mode too.
"""

from __future__ import annotations

import asyncio
import copy
import json
import secrets
import time
import uuid
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakes.slack_web import JSON, SlackWebApi


class SlackSocketMode(SlackWebApi):
    """Adds the `/socket` websocket and the drivers that push Slack's requests to the bot."""

    def __init__(self) -> None:
        super().__init__()
        self.acks: list[JSON] = []
        self.socket_connects = 0  # websockets opened so far, to see a reconnect happened
        self.most_sockets = 0  # the most websockets ever open at once
        self._sockets: list[web.WebSocketResponse] = []
        self._connected = asyncio.Event()
        self._pending_acks: dict[str, asyncio.Future[JSON]] = {}

    # ----- the websocket

    async def _handle_socket(self, request: web.Request) -> web.StreamResponse:
        if self._down:
            return web.Response(status=503, text="service_unavailable")
        if request.query.get("ticket") not in self._tickets:
            return web.Response(status=401, text="invalid_ticket")
        ws = web.WebSocketResponse(autoping=True)  # answers the client's sdk-ping-pong pings
        await ws.prepare(request)
        await ws.send_json(
            {
                "type": "hello",
                "num_connections": len(self._sockets) + 1,
                "debug_info": {"host": "applink-fake", "approximate_connection_time": 18060},
                "connection_info": {"app_id": self.app_id},
            }
        )
        self._sockets.append(ws)
        self.most_sockets = max(self.most_sockets, len(self._sockets))
        self.socket_connects += 1
        self._connected.set()
        self._changed()
        try:
            async for msg in ws:
                if msg.type == WSMsgType.TEXT:
                    self._on_socket_text(msg.data)
        finally:
            if ws in self._sockets:
                self._sockets.remove(ws)
            if not self._sockets:
                self._connected.clear()
            self._changed()
        return ws

    def _on_socket_text(self, data: str) -> None:
        message = json.loads(data)
        envelope_id = message.get("envelope_id")
        if not envelope_id:
            return
        ack: JSON = {"envelope_id": envelope_id}
        if "payload" in message:
            ack["payload"] = message["payload"]
        self.acks.append(ack)
        future = self._pending_acks.get(envelope_id)
        if future is not None and not future.done():
            future.set_result(ack)
        self._changed()

    async def _close_sockets(self, code: int, reason: bytes) -> None:
        """Forget the sockets at once, so wait_connected() only sees connections made after this."""
        sockets, self._sockets = self._sockets, []
        self._connected.clear()
        for ws in sockets:
            await ws.close(code=code, message=reason)

    async def wait_connected(self, timeout: float = 10) -> None:
        """Wait until a Socket Mode client holds an open websocket (again, after go_down)."""
        try:
            await asyncio.wait_for(self._connected.wait(), timeout)
        except TimeoutError:
            raise TimeoutError(f"fake Slack: no Socket Mode connection in {timeout} s") from None

    async def send_envelope(
        self, kind: str, payload: JSON, *, accepts_response_payload: bool, timeout: float = 10
    ) -> JSON:
        """Push one envelope to the newest websocket and await its ack; returns the ack payload.

        Waits for a connection first, so a test can drive the bot right after come_back().
        """
        envelope_id = str(uuid.uuid4())
        envelope: JSON = {
            "envelope_id": envelope_id,
            "type": kind,
            "payload": payload,
            "accepts_response_payload": accepts_response_payload,
        }
        if kind == "events_api":
            envelope.update(retry_attempt=0, retry_reason="")
        future: asyncio.Future[JSON] = asyncio.get_running_loop().create_future()
        self._pending_acks[envelope_id] = future
        try:
            async with asyncio.timeout(timeout):
                await self._connected.wait()
                await self._sockets[-1].send_str(json.dumps(envelope))
                ack = await future
        except TimeoutError:
            raise TimeoutError(
                f"fake Slack: no ack for {kind} envelope within {timeout} s "
                "(no connection, or no Bolt listener acked it)"
            ) from None
        finally:
            self._pending_acks.pop(envelope_id, None)
        return dict(ack.get("payload") or {})

    # ----- payloads as Slack sends them (also usable for HTTP mode)

    def _user_ref(self, user_id: str) -> JSON:
        name = self.users.get(user_id, {}).get("name", user_id)
        return {"id": user_id, "username": name, "name": name, "team_id": self.team_id}

    def _interactive_base(self, kind: str, user_id: str) -> JSON:
        return {
            "type": kind,
            "team": {"id": self.team_id, "domain": self.team_domain},
            "user": self._user_ref(user_id),
            "api_app_id": self.app_id,
            "token": self.verification_token,
            "trigger_id": self._new_trigger(),
            "enterprise": None,
            "is_enterprise_install": False,
        }

    def _full_view(self, view: JSON | None = None, callback_id: str | None = None) -> JSON:
        """The stored view (by id, or the latest with `callback_id`), else `view` made complete."""
        if view is not None and view.get("id") in self._views_by_id:
            return copy.deepcopy(self._views_by_id[view["id"]])
        for stored in reversed(list(self._views_by_id.values())):
            if callback_id is not None and stored.get("callback_id") == callback_id:
                return copy.deepcopy(stored)
        view_id = self._new_id("V")
        base: JSON = {"id": view_id, "type": "modal", "callback_id": callback_id or ""}
        base.update(private_metadata="", blocks=[], state={"values": {}}, root_view_id=view_id)
        return {**base, "team_id": self.team_id, "app_id": self.app_id, **(view or {})}

    def slash_command_payload(
        self, command: str, text: str, *, user_id: str, channel_id: str
    ) -> JSON:
        """The form fields of a slash command (a dict of strings, as Slack posts them)."""
        return {
            "token": self.verification_token,
            "team_id": self.team_id,
            "team_domain": self.team_domain,
            "channel_id": channel_id,
            "channel_name": self.channels.get(channel_id, {}).get("name", "directmessage"),
            "user_id": user_id,
            "user_name": self.users.get(user_id, {}).get("name", user_id),
            "command": command,
            "text": text,
            "api_app_id": self.app_id,
            "is_enterprise_install": "false",
            "response_url": self._new_response_url("commands"),
            "trigger_id": self._new_trigger(),
        }

    def block_action_payload(
        self,
        action_id: str,
        value: str,
        *,
        user_id: str,
        channel_id: str,
        message_ts: str | None = None,
        view: JSON | None = None,
        block_id: str = "actions",
        action_type: str = "button",
    ) -> JSON:
        """A `block_actions` payload: on a message (with response_url) or, given `view`, a modal."""
        action: JSON = {"action_id": action_id, "block_id": block_id, "type": action_type}
        action["action_ts"] = self._next_ts()
        if action_type in ("static_select", "external_select", "overflow", "radio_buttons"):
            option_text = {"type": "plain_text", "text": value}
            action["selected_option"] = {"text": option_text, "value": value}
        else:
            action["value"] = value
            action["text"] = {"type": "plain_text", "text": value, "emoji": True}
        payload = self._interactive_base("block_actions", user_id)
        payload.update(actions=[action], state={"values": {}})
        if view is not None:
            full = self._full_view(view)
            payload.update(view=full, container={"type": "view", "view_id": full["id"]})
            return payload
        live = [m for m in self.messages.get(channel_id, []) if not m["deleted"]]
        found = [m for m in live if m["ts"] == message_ts] or (live[-1:] if not message_ts else [])
        message = self._public(found[0]) if found else {"type": "message", "ts": message_ts}
        message["ts"] = message.get("ts") or self._next_ts()
        name = self.channels.get(channel_id, {}).get("name", "directmessage")
        payload.update(
            channel={"id": channel_id, "name": name},
            message=message,
            container={
                "type": "message",
                "message_ts": message["ts"],
                "channel_id": channel_id,
                "is_ephemeral": False,
            },
            response_url=self._new_response_url("actions"),
        )
        return payload

    def view_submission_payload(
        self, callback_id: str, values: JSON, *, user_id: str, private_metadata: str = ""
    ) -> JSON:
        """A `view_submission` of the latest view opened with `callback_id` (or a new one).

        Slack echoes the private_metadata the bot set; a non-empty argument overrides it.
        """
        view = self._full_view(callback_id=callback_id)
        view["state"] = {"values": values}
        if private_metadata:
            view["private_metadata"] = private_metadata
        payload = self._interactive_base("view_submission", user_id)
        payload.update(view=view, response_urls=[])
        return payload

    def block_suggestion_payload(
        self, action_id: str, value: str, *, user_id: str, block_id: str = "suggest"
    ) -> JSON:
        """A `block_suggestion` (external_select typing) from the latest opened view, if any."""
        payload = self._interactive_base("block_suggestion", user_id)
        del payload["trigger_id"]
        payload.update(action_id=action_id, block_id=block_id, value=value)
        if self._views_by_id:
            view = self._full_view({"id": list(self._views_by_id)[-1]})
            payload.update(view=view, container={"type": "view", "view_id": view["id"]})
        return payload

    def event_payload(self, event: JSON) -> JSON:
        """An Events API `event_callback` wrapping `event`."""
        return {
            "token": self.verification_token,
            "team_id": self.team_id,
            "api_app_id": self.app_id,
            "event": event,
            "type": "event_callback",
            "event_id": "Ev" + secrets.token_hex(5).upper(),
            "event_time": int(time.time()),
            "authorizations": [
                {
                    "enterprise_id": None,
                    "team_id": self.team_id,
                    "user_id": self.bot_user_id,
                    "is_bot": True,
                    "is_enterprise_install": False,
                }
            ],
            "is_ext_shared_channel": False,
            "event_context": "4-" + secrets.token_hex(16),
        }

    # ----- drivers via Socket Mode

    async def slash_command(
        self, command: str, text: str, *, user_id: str, channel_id: str, timeout: float = 10
    ) -> JSON:
        """Run a slash command through Socket Mode; returns the ack payload ({} for a bare ack)."""
        payload = self.slash_command_payload(command, text, user_id=user_id, channel_id=channel_id)
        return await self.send_envelope(
            "slash_commands", payload, accepts_response_payload=True, timeout=timeout
        )

    async def block_action(
        self,
        action_id: str,
        value: str,
        *,
        user_id: str,
        channel_id: str,
        message_ts: str | None = None,
        view: JSON | None = None,
        timeout: float = 10,
        **options: Any,
    ) -> JSON:
        """Click a button (or pick an option, `action_type=...`); returns the ack payload."""
        payload = self.block_action_payload(
            action_id,
            value,
            user_id=user_id,
            channel_id=channel_id,
            message_ts=message_ts,
            view=view,
            **options,
        )
        return await self.send_envelope(
            "interactive", payload, accepts_response_payload=False, timeout=timeout
        )

    async def view_submission(
        self,
        callback_id: str,
        values: JSON,
        *,
        user_id: str,
        private_metadata: str = "",
        timeout: float = 10,
    ) -> JSON:
        """Submit a modal; returns the ack payload (e.g. `response_action: errors`)."""
        payload = self.view_submission_payload(
            callback_id, values, user_id=user_id, private_metadata=private_metadata
        )
        answer = await self.send_envelope(
            "interactive", payload, accepts_response_payload=True, timeout=timeout
        )
        self._check_view_answer(payload["view"], answer)
        return answer

    def _check_view_answer(self, view: JSON, answer: JSON) -> None:
        """What Slack refuses in a view submission's ack (the member would see "We had some
        trouble connecting" and the modal stay as it was): fail the test instead."""
        action = answer.get("response_action")
        if action is None:
            assert not answer, (
                f"fake Slack: a view submission's ack without response_action: {answer}"
            )
            return
        assert action in ("errors", "update", "push", "clear"), f"unknown response_action {action}"
        if action == "errors":
            inputs = {b.get("block_id") for b in view.get("blocks", []) if b.get("type") == "input"}
            errors = answer.get("errors")
            assert isinstance(errors, dict) and errors, "response_action errors needs errors"
            for block_id, text in errors.items():
                assert block_id in inputs, f"fake Slack: no input block {block_id!r} in the view"
                assert isinstance(text, str) and text.strip(), "an error needs a text"
        elif action in ("update", "push"):
            full = self._store_view(
                answer.get("view"), view["id"] if action == "update" else self._new_id("V")
            )
            self.views.append(
                {"method": f"response_action:{action}", "view": full, "view_id": full["id"]}
            )

    async def block_suggestion(
        self, action_id: str, value: str, *, user_id: str, timeout: float = 10
    ) -> JSON:
        """Type into an external_select; returns the ack payload (`{"options": [...]}`)."""
        payload = self.block_suggestion_payload(action_id, value, user_id=user_id)
        return await self.send_envelope(
            "interactive", payload, accepts_response_payload=True, timeout=timeout
        )

    async def send_event(self, event: JSON, *, timeout: float = 10) -> JSON:
        """Deliver any Events API event (app_mention, member_joined_channel...); awaits the ack."""
        payload = self.event_payload(event)
        return await self.send_envelope(
            "events_api", payload, accepts_response_payload=False, timeout=timeout
        )

    async def message_event(
        self,
        channel_id: str,
        text: str,
        *,
        user_id: str,
        ts: str | None = None,
        subtype: str | None = None,
        timeout: float = 10,
        **extra: Any,
    ) -> str:
        """A member's message event (kept for conversations.history); returns its ts.

        For `message_changed` / `message_deleted` pass `message=`, `previous_message=`,
        `deleted_ts=` in `extra`: Slack puts no user or text at the top level of those.
        """
        ts = ts or self._next_ts()
        channel_type = "im" if channel_id.startswith("D") else "channel"
        event: JSON = {"type": "message", "channel": channel_id, "ts": ts, "event_ts": ts}
        event["channel_type"] = channel_type
        if subtype in ("message_changed", "message_deleted"):
            event.update(subtype=subtype, hidden=True)
        else:
            event.update(user=user_id, text=text, team=self.team_id)
            if subtype:
                event["subtype"] = subtype
            else:
                event["client_msg_id"] = str(uuid.uuid4())
            stored = {k: v for k, v in {**event, **extra}.items() if k != "event_ts"}
            self._user_messages.setdefault(channel_id, []).append(stored)
        event.update(extra)
        await self.send_event(event, timeout=timeout)
        return ts
