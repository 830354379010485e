"""Interaction callbacks and webhooks of the fake Discord: everything under `/webhooks/...`.

Interaction follow-ups and channel webhooks share Discord's `/webhooks/{id}/{token}` routes: with
the application id and an interaction token they act on the interaction's messages (recorded in
`interaction_responses`), with a channel webhook's id and token they post into that channel.
"""

from __future__ import annotations

import secrets
import time
from typing import TYPE_CHECKING

from aiohttp import web

from tests.fakes import discord_limits as limits
from tests.fakes.discord_model import EPHEMERAL, LOADING, Interaction, Json, wire
from tests.fakes.discord_rest import (
    error,
    files_of,
    form_error,
    json_response,
    no_content,
    payload_of,
    route,
    validate_message,
)

if TYPE_CHECKING:
    from tests.fakes.discord_server import FakeDiscord


class DiscordWebhooks:
    """Route handlers for interaction responses and webhook messages."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake

    def add_routes(self, router: web.UrlDispatcher) -> None:
        message = route("/webhooks/{wid}/{token}/messages/{mid}")
        router.add_post(route("/interactions/{iid}/{token}/callback"), self.interaction_callback)
        router.add_post(route("/webhooks/{wid}/{token}"), self.execute_webhook)
        router.add_get(route("/webhooks/{wid}/{token}"), self.get_webhook)
        for method in ("GET", "PATCH", "DELETE"):
            router.add_route(method, message, self.webhook_message)
        router.add_post(route("/channels/{cid}/webhooks"), self.create_webhook)
        router.add_get(route("/channels/{cid}/webhooks"), self.list_webhooks)

    async def interaction_callback(self, request: web.Request) -> web.Response:
        fake = self.fake
        interaction = fake.interactions.get(int(request.match_info["iid"]))
        if interaction is None or interaction.token != request.match_info["token"]:
            return error(404, "Unknown interaction", 10062)
        if interaction.acknowledged:
            return error(400, "Interaction has already been acknowledged.", 40060)
        if time.monotonic() - interaction.created > fake.interaction_deadline:
            return error(404, "Unknown interaction", 10062)  # the three seconds are over
        body = payload_of(request) or {}
        kind, data = body.get("type"), body.get("data") or {}
        if kind == 9 and interaction.type == 5:  # Discord cannot answer a form with a form
            return form_error("type", "Interaction response type 9 is invalid for a modal submit.")
        check = {8: limits.autocomplete, 9: limits.modal}.get(kind)
        if check is not None and (problem := check(data)):
            return form_error(*problem)
        if kind in (4, 7) and (
            problem := validate_message(data, bool(files_of(request)), edit=kind == 7)
        ):
            return problem
        message = None
        attachments = fake.make_attachments(interaction.channel_id, data, files_of(request))
        if kind in (4, 5):
            flags = (data.get("flags") or 0) & EPHEMERAL
            content = data if kind == 4 else {}
            message = fake.build_message(
                interaction.channel_id,
                fake.user_payload(fake.bot_user_id),
                content,
                attachments=attachments,
                member_id=fake.bot_user_id,
                flags=flags | (LOADING if kind == 5 else 0),
                webhook_id=fake.application_id,
                application_id=fake.application_id,
                msg_type=20 if interaction.type == 2 else 0,
            )
            interaction.original_id = int(message["id"])
        elif kind in (6, 7):
            interaction.original_id = interaction.message_id
            if kind == 7 and interaction.message_id is not None:
                message = fake.all_messages[interaction.message_id]
                fake.update_message(message, data, attachments=attachments)
        interaction.acknowledged = True
        fake.interaction_responses[interaction.id].append(
            {"kind": "callback", "interaction_id": interaction.id, "type": kind, "data": data}
        )
        fake.notify()
        if request.query.get("with_response") not in ("1", "true", "True"):
            return no_content()
        response: Json = {"id": str(interaction.id), "type": interaction.type}
        resource: Json = {"type": kind}
        if message is not None:
            response.update(
                response_message_id=message["id"],
                response_message_loading=kind == 5,
                response_message_ephemeral=bool(message["flags"] & EPHEMERAL),
            )
            resource["message"] = wire(message)
        return json_response({"interaction": response, "resource": resource})

    def _interaction_for(self, request: web.Request) -> Interaction | None:
        """The interaction behind `/webhooks/{application_id}/{interaction_token}`, if it is one."""
        info = request.match_info
        if info["wid"] != str(self.fake.application_id):
            return None
        return self.fake.find_interaction(info["token"])

    # webhooks (channel webhooks and interaction follow-ups share these routes)

    async def execute_webhook(self, request: web.Request) -> web.Response:
        fake, body, files = self.fake, payload_of(request) or {}, files_of(request)
        wait = request.query.get("wait") in ("1", "true", "True")
        if problem := validate_message(body, bool(files)):
            return problem
        interaction = self._interaction_for(request)
        if interaction is not None:
            if not interaction.acknowledged:
                return error(404, "Unknown Webhook", 10015)
            message = fake.build_message(
                interaction.channel_id,
                fake.user_payload(fake.bot_user_id),
                body,
                attachments=fake.make_attachments(interaction.channel_id, body, files),
                member_id=fake.bot_user_id,
                webhook_id=fake.application_id,
                application_id=fake.application_id,
                flags=(body.get("flags") or 0) & EPHEMERAL,
            )
            self._record_update(interaction, "followup", int(message["id"]), body)
            return json_response(wire(message))
        hook = self._hook_for(request)
        if hook is None:
            return error(404, "Unknown Webhook", 10015)
        webhook_id, channel_id = int(request.match_info["wid"]), hook["channel_id"]
        author = fake.webhook_user(webhook_id, body.get("username") or hook["name"])
        message = fake.build_message(
            channel_id,
            author,
            body,
            attachments=fake.make_attachments(channel_id, body, files),
            webhook_id=webhook_id,
        )
        if body.get("avatar_url"):
            message["avatar_url"] = body["avatar_url"]
        fake.messages[channel_id].append(message)
        fake.notify()
        await fake.gateway.dispatch_own_message("MESSAGE_CREATE", message)
        return json_response(wire(message)) if wait else no_content()

    async def get_webhook(self, request: web.Request) -> web.Response:
        hook = self._hook_for(request)
        if hook is None:
            return error(404, "Unknown Webhook", 10015)
        return json_response(self._webhook_payload(int(request.match_info["wid"]), hook))

    async def webhook_message(self, request: web.Request) -> web.Response:
        fake, mid = self.fake, request.match_info["mid"]
        interaction = self._interaction_for(request)
        if interaction is not None:
            message_id = interaction.original_id if mid == "@original" else int(mid)
        elif self._hook_for(request) is not None and mid != "@original":
            message_id = int(mid)
        else:
            return error(404, "Unknown Webhook", 10015)
        message = fake.all_messages.get(message_id or 0)
        owner = str(fake.application_id) if interaction else request.match_info["wid"]
        if (
            message is None
            or message.get("deleted")
            or (message.get("webhook_id") != owner and mid != "@original")
        ):
            return error(404, "Unknown Message", 10008)
        if request.method == "GET":
            return json_response(wire(message))
        body = payload_of(request) or {}
        if request.method == "PATCH":
            if problem := validate_message(body, bool(files_of(request)), edit=True):
                return problem
            channel_id = int(message["channel_id"])
            fake.update_message(
                message,
                body,
                attachments=fake.make_attachments(channel_id, body, files_of(request)),
            )
        else:
            message["deleted"] = True
        event = "MESSAGE_UPDATE" if request.method == "PATCH" else "MESSAGE_DELETE"
        if interaction is not None:
            self._record_update(
                interaction,
                "edit" if request.method == "PATCH" else "delete",
                mid if mid == "@original" else int(mid),
                body,
            )
        else:
            fake.notify()
            await fake.gateway.dispatch_own_message(event, message)
        return json_response(wire(message)) if request.method == "PATCH" else no_content()

    def _record_update(
        self, interaction: Interaction, kind: str, message_id: int | str, body: Json
    ) -> None:
        entry = {"kind": kind, "interaction_id": interaction.id, "message_id": message_id}
        entry["data"] = body
        self.fake.interaction_responses[interaction.id].append(entry)
        self.fake.notify()

    def _hook_for(self, request: web.Request) -> Json | None:
        wid = request.match_info["wid"]
        hook = self.fake.webhooks.get(int(wid)) if wid.isdigit() else None
        return hook if hook and hook["token"] == request.match_info["token"] else None

    def _webhook_payload(self, webhook_id: int, hook: Json) -> Json:
        fake = self.fake
        return {
            **{"id": str(webhook_id), "type": 1, "guild_id": str(fake.guild_id), "avatar": None},
            **{"channel_id": str(hook["channel_id"]), "name": hook["name"], "token": hook["token"]},
            **{"application_id": str(fake.application_id)},
            "user": fake.user_payload(fake.bot_user_id),
        }

    async def create_webhook(self, request: web.Request) -> web.Response:
        fake, channel_id = self.fake, int(request.match_info["cid"])
        if channel_id not in fake.channels or not fake.is_guild_channel(channel_id):
            return error(404, "Unknown Channel", 10003)
        webhook_id = fake.next_id()
        name = (payload_of(request) or {}).get("name") or "Bryggan"
        token = secrets.token_urlsafe(48)
        fake.webhooks[webhook_id] = {"channel_id": channel_id, "name": name, "token": token}
        fake.notify()
        return json_response(self._webhook_payload(webhook_id, fake.webhooks[webhook_id]))

    async def list_webhooks(self, request: web.Request) -> web.Response:
        channel_id = int(request.match_info["cid"])
        hooks = [
            self._webhook_payload(wid, h)
            for wid, h in self.fake.webhooks.items()
            if h["channel_id"] == channel_id
        ]
        return json_response(hooks)
