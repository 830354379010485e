"""The REST half of the fake Discord: the `/api/v10` routes discord.py calls.

Answers carry `Content-Type: application/json` exactly (discord.py only parses JSON for that exact
header), errors use Discord's `{"message", "code"}` bodies and codes, and a middleware records
every call, applies scripted faults and outages, and checks the bot token.
"""

from __future__ import annotations

import json
import logging
import math
import re
import time
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.fakes import discord_limits as limits
from tests.fakes.discord_model import Json, defaults, wire

if TYPE_CHECKING:
    from tests.fakes.discord_server import FakeDiscord

log = logging.getLogger(__name__)
API = "/api/v10"
Upload = tuple[str, str, bytes]  # form field name, file name, content
# the parsed body, read once in the middleware (aiohttp cannot read a multipart body twice)
BODY: Any = web.RequestKey("fake_discord_body", tuple) if hasattr(web, "RequestKey") else "body"
Handler = Any
COMMAND_NAME = re.compile(r"^[-_\w]{1,32}$")


def route(path: str) -> str:
    """The aiohttp pattern for a Discord path: ids are snowflakes, a message may be @original."""
    path = path.replace("{mid}", r"{mid:\d+|@original}")
    return API + re.sub(r"\{(app|cid|gid|iid|uid|wid)\}", r"{\1:\\d+}", path)


def payload_of(request: web.Request) -> Any:
    return request[BODY][0]


def files_of(request: web.Request) -> list[Upload]:
    return list(request[BODY][1])


def json_response(
    body: Any, status: int = 200, headers: dict[str, str] | None = None
) -> web.Response:
    """JSON with the bare content type: aiohttp's json_response would append a charset."""
    return web.Response(
        status=status,
        body=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def error(status: int, message: str, code: int = 0, errors: Json | None = None) -> web.Response:
    body: Json = {"message": message, "code": code}
    if errors:
        body["errors"] = errors
    return json_response(body, status)


def no_content() -> web.Response:
    return web.Response(status=204)


def form_error(field: str, message: str) -> web.Response:
    return _form_error(field, message)


def _form_error(field: str, message: str) -> web.Response:
    errors = {field: {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": message}]}}
    return error(400, "Invalid Form Body", 50035, errors)


def validate_message(body: Json, has_files: bool, *, edit: bool = False) -> web.Response | None:
    """Discord's limits: 2000 characters, 10 embeds, 6000 embed characters, no empty messages."""
    content = body.get("content") or ""
    embeds = body.get("embeds") or []
    if len(content) > 2000:
        return _form_error("content", "Must be 2000 or fewer in length.")
    if len(embeds) > 10:
        return _form_error("embeds", "Must be 10 or fewer in length.")
    total = 0
    for index, embed in enumerate(embeds):
        if len(embed.get("description") or "") > 4096:
            return _form_error(f"embeds.{index}.description", "Must be 4096 or fewer in length.")
        if len(embed.get("title") or "") > 256:
            return _form_error(f"embeds.{index}.title", "Must be 256 or fewer in length.")
        fields = embed.get("fields") or []
        if len(fields) > 25:
            return _form_error(f"embeds.{index}.fields", "Must be 25 or fewer in length.")
        texts = [
            embed.get("title"),
            embed.get("description"),
            (embed.get("footer") or {}).get("text"),
            (embed.get("author") or {}).get("name"),
        ]
        texts += [f.get("name") for f in fields] + [f.get("value") for f in fields]
        total += sum(len(t or "") for t in texts)
    if total > 6000:
        return _form_error("embeds", "Embed size exceeds maximum size of 6000")
    problem = limits.embed_fields(embeds) or limits.components(body.get("components"))
    if problem:
        return _form_error(*problem)
    parts = (content, embeds, body.get("components"), body.get("sticker_ids"), body.get("poll"))
    if not edit and not has_files and not any(parts):
        return error(400, "Cannot send an empty message", 50006)
    return None


def validate_commands(commands: list[Json]) -> web.Response | None:
    """Names lower case, 1-32 word characters; chat-input descriptions 1-100 characters."""
    for index, command in enumerate(commands):
        problem = _command_problem(command, chat_input=command.get("type", 1) == 1)
        if problem:
            return _form_error(f"{index}.{problem[0]}", problem[1])
    return None


def _command_problem(entry: Json, *, chat_input: bool) -> tuple[str, str] | None:
    names = [entry.get("name", ""), *(entry.get("name_localizations") or {}).values()]
    for name in names:
        if chat_input and (not COMMAND_NAME.match(name) or name != name.lower()):
            return "name", f"Command name {name!r} is invalid"
    if chat_input:
        descriptions = [
            entry.get("description", ""),
            *(entry.get("description_localizations") or {}).values(),
        ]
        if any(not 1 <= len(d) <= 100 for d in descriptions):
            return "description", "Must be between 1 and 100 in length."
    options = entry.get("options") or []
    if len(options) > 25 or len(entry.get("choices") or []) > 25:
        return "options", "Must be 25 or fewer in length."
    for index, option in enumerate(options):
        problem = _command_problem(option, chat_input=True)
        if problem:
            return f"options.{index}.{problem[0]}", problem[1]
    return None


class DiscordRest:
    """Route handlers over the fake's state."""

    def __init__(self, fake: FakeDiscord) -> None:
        self.fake = fake
        self._command_ids: dict[tuple[int | None, str], int] = {}

    def add_routes(self, router: web.UrlDispatcher) -> None:
        routes: list[tuple[str, str, Handler]] = [
            ("GET", "/users/@me", self.get_me),
            ("GET", "/oauth2/applications/@me", self.get_application),
            ("GET", "/gateway", self.get_gateway),
            ("GET", "/gateway/bot", self.get_gateway),
            ("PUT", "/applications/{app}/commands", self.put_commands),
            ("GET", "/applications/{app}/commands", self.get_commands),
            ("PUT", "/applications/{app}/guilds/{gid}/commands", self.put_commands),
            ("GET", "/applications/{app}/guilds/{gid}/commands", self.get_commands),
            ("POST", "/channels/{cid}/messages", self.create_message),
            ("GET", "/channels/{cid}/messages", self.channel_history),
            ("GET", "/channels/{cid}/messages/{mid}", self.channel_message),
            ("PATCH", "/channels/{cid}/messages/{mid}", self.channel_message),
            ("DELETE", "/channels/{cid}/messages/{mid}", self.channel_message),
            ("POST", "/channels/{cid}/typing", self.typing),
            ("GET", "/channels/{cid}", self.get_channel),
            ("POST", "/users/@me/channels", self.open_dm),
            ("GET", "/users/{uid}", self.get_user),
            ("GET", "/guilds/{gid}", self.get_guild),
            ("GET", "/guilds/{gid}/members/{uid}", self.get_member),
            ("GET", "/guilds/{gid}/roles", self.get_roles),
        ]
        for method, path, handler in routes:
            router.add_route(method, route(path), handler)

    @web.middleware
    async def middleware(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        """Record, then outage, scripted fault, auth; unmatched routes get Discord's 404."""
        if not request.path.startswith(API + "/"):
            return await handler(request)
        fake, method, path = self.fake, request.method, request.path[len(API) :]
        payload, files = await _read_body(request)
        request[BODY] = (payload, files)
        fake.requests.append((method, path, payload))
        fake.notify()
        if fake.down:
            return error(503, "503: Service Unavailable")
        fault = fake.take_fault(method, path)
        if fault is not None and not fault.lost_answer:
            return _fault_response(fault.status, fault.retry_after)
        public = path.startswith(("/webhooks/", "/interactions/")) or path == "/gateway"
        if not public and request.headers.get("Authorization") != f"Bot {fake.token}":
            return error(401, "401: Unauthorized")
        limits = fake.rate_limits  # on unless the test opted out (FakeDiscord)
        if limits is not None and (refused := limits.check(method, path, public=public)):
            fake.notify()  # a test may wait on the limits' counts
            log.warning("fake Discord: 429 (%s) for %s %s", refused[1], method, path)
            return _fault_response(429, refused[0], scope=refused[1], bucket=refused[2])
        try:
            response = await handler(request)
            if limits is not None:
                response.headers.update(limits.headers(method, path))
            if fault is not None:  # done, but the answer is lost on its way back
                return _fault_response(fault.status, fault.retry_after)
            return response
        except web.HTTPException as exc:
            if exc.status not in (404, 405):
                raise
            fake.unhandled.append((method, path))
            return error(404, "404: Not Found")

    # identity and gateway

    async def get_me(self, request: web.Request) -> web.Response:
        fake = self.fake
        me = {**fake.user_payload(fake.bot_user_id), **defaults("email", "flags", "mfa_enabled")}
        me.update(verified=True, locale="sv-SE")
        return json_response(me)

    async def get_application(self, request: web.Request) -> web.Response:
        fake = self.fake
        owner = {"id": str(fake.owner_id), "username": "styrelsen", "discriminator": "0"}
        owner.update(global_name="Styrelsen", avatar=None)
        app = {
            **defaults("icon team interactions_endpoint_url", "flags", "bot_public"),
            **defaults(falses="bot_require_code_grant", lists="rpc_origins redirect_uris tags"),
            **{"id": str(fake.application_id), "name": "Bryggan", "description": "", "summary": ""},
            **{"owner": owner, "verify_key": "0" * 64, "approximate_guild_count": 1},
            "bot": fake.user_payload(fake.bot_user_id),
        }
        return json_response(app)

    async def get_gateway(self, request: web.Request) -> web.Response:
        body: Json = {"url": self.fake.gateway_url}
        if request.path.endswith("/bot"):
            limit = {
                "total": 1000,
                "remaining": 1000 - self.fake.identify_count,
                "reset_after": 86_400_000,
                "max_concurrency": 1,
            }
            body.update(shards=1, session_start_limit=limit)
        return json_response(body)

    # application commands

    async def put_commands(self, request: web.Request) -> web.Response:
        """Bulk overwrite; a command keeps its id across syncs, as on Discord."""
        fake = self.fake
        if int(request.match_info["app"]) != fake.application_id:
            return error(403, "Missing Access", 50001)
        guild_id = int(request.match_info["gid"]) if "gid" in request.match_info else None
        commands = payload_of(request)
        if not isinstance(commands, list):
            return error(400, "Invalid Form Body", 50035)
        if len(commands) > 100 or (problem := validate_commands(commands)):
            return problem if len(commands) <= 100 else error(400, "Too many commands", 30032)
        stored = []
        for command in commands:
            key = (guild_id, command["name"])
            command_id = self._command_ids.setdefault(key, fake.next_id())
            permissions = command.get("default_member_permissions")
            entry = {
                **command,
                "id": str(command_id),
                "application_id": str(fake.application_id),
                "version": str(fake.next_id()),
                "type": command.get("type", 1),
                "description": command.get("description", ""),
                "nsfw": command.get("nsfw", False),
                "default_member_permissions": None if permissions is None else str(permissions),
            }
            if guild_id is not None:
                entry["guild_id"] = str(guild_id)
            stored.append(entry)
        if guild_id is None:
            fake.global_commands = stored
        else:
            fake.guild_commands[guild_id] = stored
        fake.commands_synced += 1
        fake.notify()
        return json_response(stored)

    async def get_commands(self, request: web.Request) -> web.Response:
        if "gid" in request.match_info:
            return json_response(self.fake.guild_commands.get(int(request.match_info["gid"]), []))
        return json_response(self.fake.global_commands)

    # channel messages

    async def create_message(self, request: web.Request) -> web.Response:
        """Post as the bot; `nonce` + `enforce_nonce` returns the earlier message instead."""
        fake, channel_id = self.fake, int(request.match_info["cid"])
        body, files = payload_of(request) or {}, files_of(request)
        if channel_id not in fake.channels:
            return error(404, "Unknown Channel", 10003)
        if problem := validate_message(body, bool(files)):
            return problem
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce"):
            earlier = fake.nonces.get((channel_id, str(nonce)))
            if earlier is not None:
                return json_response(wire(fake.all_messages[earlier]))
        if (refused := await fake.threads.before_post(channel_id, fake.bot_user_id)) is not None:
            return refused
        message = fake.build_message(
            channel_id,
            fake.user_payload(fake.bot_user_id),
            body,
            attachments=fake.make_attachments(channel_id, body, files),
            member_id=fake.bot_user_id,
        )
        message["allowed_mentions"] = body.get("allowed_mentions")
        if nonce is not None:
            fake.nonces[(channel_id, str(nonce))] = int(message["id"])
        fake.messages[channel_id].append(message)
        fake.notify()
        await fake.gateway.dispatch_own_message("MESSAGE_CREATE", message)
        return json_response(wire(message))

    async def channel_history(self, request: web.Request) -> web.Response:
        """The newest messages first, `limit` of them (webhook posts included)."""
        channel_id = int(request.match_info["cid"])
        if channel_id not in self.fake.channels:
            return error(404, "Unknown Channel", 10003)
        limit = min(100, int(request.query.get("limit", "50")))
        alive = [m for m in self.fake.messages.get(channel_id, []) if not m.get("deleted")]
        return json_response([wire(m) for m in reversed(alive[-limit:])])

    async def channel_message(self, request: web.Request) -> web.Response:
        fake = self.fake
        channel_id, message_id = int(request.match_info["cid"]), int(request.match_info["mid"])
        if channel_id not in fake.channels:
            return error(404, "Unknown Channel", 10003)
        message = fake.all_messages.get(message_id)
        if message is None or message.get("deleted") or int(message["channel_id"]) != channel_id:
            return error(404, "Unknown Message", 10008)
        if request.method == "GET":
            return json_response(wire(message))
        if request.method == "DELETE":
            message["deleted"] = True
            fake.notify()
            await fake.gateway.dispatch_own_message("MESSAGE_DELETE", message)
            return no_content()
        if message["author"]["id"] != str(fake.bot_user_id) or "webhook_id" in message:
            return error(403, "Cannot edit a message authored by another user", 50005)
        body, files = payload_of(request) or {}, files_of(request)
        if problem := validate_message(body, bool(files), edit=True):
            return problem
        attachments = fake.make_attachments(channel_id, body, files)
        fake.update_message(message, body, attachments=attachments)
        await fake.gateway.dispatch_own_message("MESSAGE_UPDATE", message)
        return json_response(wire(message))

    async def typing(self, request: web.Request) -> web.Response:
        return no_content()

    # channels, users, guild

    async def get_channel(self, request: web.Request) -> web.Response:
        channel = self.fake.channels.get(int(request.match_info["cid"]))
        return json_response(channel) if channel else error(404, "Unknown Channel", 10003)

    async def get_user(self, request: web.Request) -> web.Response:
        user_id = request.match_info["uid"]
        if not user_id.isdigit() or int(user_id) not in self.fake.users:
            return error(404, "Unknown User", 10013)
        return json_response(self.fake.user_payload(int(user_id)))

    async def open_dm(self, request: web.Request) -> web.Response:
        recipient = (payload_of(request) or {}).get("recipient_id")
        if recipient is None or int(recipient) not in self.fake.users:
            return error(404, "Unknown User", 10013)
        channel_id = self.fake.open_dm(int(recipient))
        self.fake.notify()
        return json_response(self.fake.channels[channel_id])

    async def get_guild(self, request: web.Request) -> web.Response:
        if int(request.match_info["gid"]) != self.fake.guild_id:
            return error(404, "Unknown Guild", 10004)
        return json_response(self.fake.guild_payload())

    async def get_member(self, request: web.Request) -> web.Response:
        user_id = int(request.match_info["uid"])
        if int(request.match_info["gid"]) != self.fake.guild_id or user_id not in self.fake.members:
            return error(404, "Unknown Member", 10007)
        return json_response(self.fake.member_payload(user_id))

    async def get_roles(self, request: web.Request) -> web.Response:
        if int(request.match_info["gid"]) != self.fake.guild_id:
            return error(404, "Unknown Guild", 10004)
        return json_response(list(self.fake.roles.values()))


async def _read_body(request: web.Request) -> tuple[Any, list[Upload]]:
    """JSON, or multipart with `payload_json` plus `files[n]` parts (as discord.py uploads)."""
    if not request.can_read_body:
        return None, []
    if request.content_type.startswith("multipart/"):
        form = await request.post()
        payload = json.loads(str(form["payload_json"])) if "payload_json" in form else None
        files = [
            (name, field.filename, field.file.read())
            for name, field in form.items()
            if isinstance(field, web.FileField)
        ]
        return payload, files
    text = await request.text()
    return (json.loads(text) if text else None), []


def _fault_response(
    status: int, retry_after: float, scope: str = "user", bucket: str = "fake0bucket0hash"
) -> web.Response:
    if status != 429:
        return error(status, f"{status}: scripted failure")
    headers = {
        "Retry-After": str(max(1, math.ceil(retry_after))),
        "X-RateLimit-Limit": "5",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": f"{time.time() + retry_after:.3f}",
        "X-RateLimit-Reset-After": f"{retry_after:.3f}",
        "X-RateLimit-Bucket": bucket,
        "X-RateLimit-Scope": scope,
        "Via": "1.1 google",  # discord.py treats a 429 without Via as a Cloudflare ban
    }
    if scope == "global":
        headers["X-RateLimit-Global"] = "true"
    body = {"message": "You are being rate limited.", "retry_after": retry_after}
    body["global"] = scope == "global"
    return json_response(body, 429, headers)
