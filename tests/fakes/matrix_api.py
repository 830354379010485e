"""The client-server API (v3) of the fake homeserver: one method per endpoint.

`FakeMatrix`'s middleware has already checked the outage, injected faults and the access
token (`request[SESSION]`); a handler raises `MatrixError` for every refusal, which the
middleware answers as `{"errcode", "error"}`. Only what a bot uses is served (see
matrix_server.py for the list); anything else is 404 `M_UNRECOGNIZED`, as Synapse answers.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import TYPE_CHECKING, Any

from aiohttp import web

from tests.fakes.matrix_limits import LOGINS, MESSAGES
from tests.fakes.matrix_model import SESSION, TOKEN, Json, MatrixError, Session
from tests.fakes.matrix_sync import SyncFilter, parse_filter, parse_since, sync_body

if TYPE_CHECKING:
    from tests.fakes.matrix_server import FakeMatrix

V3 = "/_matrix/client/v3"
SPEC_VERSIONS = ["r0.6.1", "v1.1", "v1.2", "v1.3", "v1.4", "v1.5", "v1.6", "v1.7", "v1.8"]
SPEC_VERSIONS += ["v1.9", "v1.10", "v1.11"]
ROOM_VERSIONS = {"10"}  # the fake makes version 10 rooms only (Synapse's default)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


async def json_body(request: web.Request, *, empty_ok: bool = False) -> Json:
    """The request's JSON object, refused as Synapse refuses it (400 M_NOT_JSON)."""
    raw = await request.read()
    if not raw and empty_ok:
        return {}
    try:
        body = json.loads(raw.decode(), parse_constant=_no_constants)
    except (ValueError, UnicodeDecodeError):
        raise MatrixError(400, "M_NOT_JSON", "Content not JSON.") from None
    if not isinstance(body, dict):
        raise MatrixError(400, "M_NOT_JSON", "Content must be a JSON object.")
    return body


def ok(body: Json) -> web.Response:
    return web.json_response(body)


class MatrixApi:
    """The endpoints; `fake` holds the state (matrix_model.py) and the limits."""

    def __init__(self, fake: FakeMatrix) -> None:
        self.fake = fake

    def add_routes(self, router: web.UrlDispatcher) -> None:
        room = V3 + "/rooms/{roomId}"
        user = V3 + "/user/{userId}"
        router.add_get("/_matrix/client/versions", self.versions)
        router.add_get(V3 + "/login", self.login_flows)
        router.add_post(V3 + "/login", self.login)
        router.add_post(V3 + "/logout", self.logout)
        router.add_get(V3 + "/account/whoami", self.whoami)
        router.add_get(V3 + "/sync", self.sync)
        router.add_post(user + "/filter", self.create_filter)
        router.add_get(user + "/filter/{filterId}", self.get_filter)
        router.add_get(user + "/account_data/{type}", self.get_account_data)
        router.add_put(user + "/account_data/{type}", self.put_account_data)
        router.add_get(V3 + "/profile/{userId}", self.profile)
        router.add_get(V3 + "/profile/{userId}/displayname", self.profile)
        router.add_get(V3 + "/joined_rooms", self.joined_rooms)
        router.add_post(V3 + "/createRoom", self.create_room)
        router.add_post(V3 + "/join/{roomId}", self.join)
        router.add_post(room + "/join", self.join)
        router.add_post(room + "/leave", self.leave)
        router.add_post(room + "/invite", self.invite)
        router.add_put(room + "/send/{eventType}/{txnId}", self.send)
        router.add_put(room + "/redact/{eventId}/{txnId}", self.redact)
        router.add_get(room + "/event/{eventId}", self.get_event)
        router.add_get(room + "/state", self.get_state)
        router.add_get(room + "/state/{eventType}", self.get_state_event)
        router.add_get(room + "/state/{eventType}/{stateKey:.*}", self.get_state_event)
        router.add_get(room + "/joined_members", self.joined_members)
        router.add_get(room + "/members", self.members)

    # unauthenticated

    async def versions(self, _request: web.Request) -> web.Response:
        return ok({"versions": SPEC_VERSIONS, "unstable_features": {}})

    async def login_flows(self, _request: web.Request) -> web.Response:
        return ok({"flows": [{"type": "m.login.password"}, {"type": "m.login.token"}]})

    async def login(self, request: web.Request) -> web.Response:
        """`m.login.password` (identifier `m.id.user`, or the legacy `user`) or
        `m.login.token` (from `FakeMatrix.login_token`: used once, within two minutes)."""
        body = await json_body(request)
        fake = self.fake
        kind = body.get("type")
        if kind == "m.login.password":
            identifier = body.get("identifier") or {"type": "m.id.user", "user": body.get("user")}
            name = identifier.get("user") if identifier.get("type") == "m.id.user" else None
            user = fake.users.get(fake.user_id(name)) if isinstance(name, str) else None
            password = body.get("password")
            if user is None or user.password is None or password != user.password:
                raise MatrixError(403, "M_FORBIDDEN", "Invalid username or password")
            user_id = user.user_id
        elif kind == "m.login.token":
            user_id = fake.take_login_token(body.get("token"))
        else:
            raise MatrixError(400, "M_UNKNOWN", "Unknown login type")
        fake.rate_limit(LOGINS, user_id)
        device = body.get("device_id") if isinstance(body.get("device_id"), str) else None
        for old, session in list(fake.sessions.items()):  # a device has one token at a time
            if device is not None and (session.user_id, session.device_id) == (user_id, device):
                del fake.sessions[old]
        token = fake.new_session(user_id, device)
        fake.counted(LOGINS, user_id)
        session = fake.sessions[token]
        return ok({"user_id": user_id, "access_token": token, "device_id": session.device_id})

    async def profile(self, request: web.Request) -> web.Response:
        """Synapse serves profiles without a token unless configured otherwise."""
        user = self.fake.users.get(request.match_info["userId"])
        if user is None:
            raise MatrixError(404, "M_NOT_FOUND", "Profile was not found")
        body: Json = {"displayname": user.display_name}
        if not request.path.endswith("/displayname") and user.avatar_url:
            body["avatar_url"] = user.avatar_url
        return ok(body)

    # the session

    async def logout(self, request: web.Request) -> web.Response:
        self.fake.sessions.pop(request[TOKEN], None)
        return ok({})

    async def whoami(self, request: web.Request) -> web.Response:
        session: Session = request[SESSION]
        return ok({"user_id": session.user_id, "device_id": session.device_id, "is_guest": False})

    async def sync(self, request: web.Request) -> web.Response:
        """Answer at once without `since`, with `full_state`, or when something is new;
        otherwise wait (on the fake's changes, not a sleep) until something is or `timeout`
        milliseconds pass."""
        fake, session = self.fake, request[SESSION]
        query = request.query
        since = parse_since(query.get("since"), fake.position)
        try:
            timeout = max(0, int(query.get("timeout", "0"))) / 1000
        except ValueError:
            raise MatrixError(400, "M_INVALID_PARAM", "timeout must be an integer") from None
        sync_filter = self._sync_filter(session.user_id, query.get("filter"))
        full_state = query.get("full_state") == "true"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        fake.syncing[session.user_id] = fake.syncing.get(session.user_id, 0) + 1
        fake.notify()
        try:
            while True:
                fake.check_up(request)
                body, news = sync_body(fake, session, since, sync_filter, full_state=full_state)
                remaining = deadline - loop.time()
                if news or since is None or full_state or remaining <= 0 or fake.closing:
                    fake.syncs_answered += 1
                    return ok(body)
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(remaining):
                        await fake.changed()
        finally:
            fake.syncing[session.user_id] -= 1
            fake.notify()

    def _sync_filter(self, user_id: str, given: str | None) -> SyncFilter:
        if given is None:
            return SyncFilter()
        if given.startswith("{"):
            try:
                return parse_filter(json.loads(given))
            except ValueError:
                raise MatrixError(400, "M_NOT_JSON", "Invalid filter JSON") from None
        stored = self.fake.filters.get(user_id, {}).get(given)
        if stored is None:
            raise MatrixError(404, "M_NOT_FOUND", "No such filter")
        return parse_filter(stored)

    def _own(self, request: web.Request, what: str) -> str:
        session: Session = request[SESSION]
        if request.match_info["userId"] != session.user_id:
            raise MatrixError(403, "M_FORBIDDEN", f"Cannot {what} for other users.")
        return session.user_id

    async def create_filter(self, request: web.Request) -> web.Response:
        user_id = self._own(request, "create filters")
        body = await json_body(request)
        parse_filter(body)
        filters = self.fake.filters.setdefault(user_id, {})
        filter_id = str(len(filters))
        filters[filter_id] = body
        return ok({"filter_id": filter_id})

    async def get_filter(self, request: web.Request) -> web.Response:
        user_id = self._own(request, "get filters")
        stored = self.fake.filters.get(user_id, {}).get(request.match_info["filterId"])
        if stored is None:
            raise MatrixError(404, "M_NOT_FOUND", "No such filter")
        return ok(stored)

    async def get_account_data(self, request: web.Request) -> web.Response:
        user_id = self._own(request, "get account data")
        found = self.fake.account_data.get(user_id, {}).get(request.match_info["type"])
        if found is None:
            raise MatrixError(404, "M_NOT_FOUND", "Account data not found")
        return ok(found[0])

    async def put_account_data(self, request: web.Request) -> web.Response:
        user_id = self._own(request, "add account data")
        self.fake.put_account_data(user_id, request.match_info["type"], await json_body(request))
        return ok({})

    # rooms

    async def joined_rooms(self, request: web.Request) -> web.Response:
        user_id = request[SESSION].user_id
        rooms = [r.room_id for r in self.fake.rooms.values() if r.membership(user_id) == "join"]
        return ok({"joined_rooms": rooms})

    async def create_room(self, request: web.Request) -> web.Response:
        body = await json_body(request)
        user_id = request[SESSION].user_id
        version = body.get("room_version", "10")
        if version not in ROOM_VERSIONS:
            raise MatrixError(400, "M_UNSUPPORTED_ROOM_VERSION", "Your homeserver does not "
                              "support the features required to join this room")  # fmt: skip
        invite = body.get("invite", [])
        if not isinstance(invite, list) or not all(isinstance(u, str) for u in invite):
            raise MatrixError(400, "M_BAD_JSON", "invite must be a list of user ids")
        initial_state = body.get("initial_state", [])
        if not isinstance(initial_state, list) or not all(
            isinstance(s, dict)
            and isinstance(s.get("type"), str)
            and isinstance(s.get("content"), dict)
            for s in initial_state
        ):
            raise MatrixError(400, "M_BAD_JSON", "initial_state must be a list of state events")
        self.fake.rate_limit(MESSAGES, user_id)
        room = self.fake.create_room_as(
            user_id,
            name=body.get("name"),
            topic=body.get("topic"),
            invite=invite,
            is_direct=body.get("is_direct") is True,
            preset=body.get("preset")
            or ("public_chat" if body.get("visibility") == "public" else "private_chat"),
            alias=body.get("room_alias_name"),
            power_levels=body.get("power_level_content_override"),
            initial_state=initial_state,
        )
        self.fake.counted(MESSAGES, user_id)
        return ok({"room_id": room.room_id})

    async def join(self, request: web.Request) -> web.Response:
        await json_body(request, empty_ok=True)
        given = request.match_info["roomId"]
        if given.startswith("#") and given not in self.fake.aliases:
            raise MatrixError(404, "M_NOT_FOUND", f"Room alias {given} not found")
        room_id = self.fake.aliases.get(given, given)
        self.fake.join(room_id, request[SESSION].user_id)
        return ok({"room_id": room_id})

    async def leave(self, request: web.Request) -> web.Response:
        await json_body(request, empty_ok=True)
        self.fake.leave(request.match_info["roomId"], request[SESSION].user_id)
        return ok({})

    async def invite(self, request: web.Request) -> web.Response:
        body = await json_body(request)
        invitee = body.get("user_id")
        if not isinstance(invitee, str):
            raise MatrixError(400, "M_MISSING_PARAM", "Missing user_id")
        self.fake.invite(request.match_info["roomId"], invitee, sender=request[SESSION].user_id)
        return ok({})

    async def send(self, request: web.Request) -> web.Response:
        """Idempotent per device and path: a repeated transaction id is answered with the
        first answer and stores nothing (Synapse's transaction cache, 30 minutes)."""
        content = await json_body(request)
        session: Session = request[SESSION]
        if (cached := self.fake.cached_transaction(session, request.path)) is not None:
            return ok(cached)
        info = request.match_info
        self.fake.rate_limit(MESSAGES, session.user_id)
        txn = (session.device_id, info["txnId"])
        event = self.fake.send(info["roomId"], session.user_id, info["eventType"], content, txn=txn)
        self.fake.counted(MESSAGES, session.user_id)
        return ok(self.fake.remember_transaction(session, request.path, event.event_id))

    async def redact(self, request: web.Request) -> web.Response:
        content = await json_body(request, empty_ok=True)
        session: Session = request[SESSION]
        if (cached := self.fake.cached_transaction(session, request.path)) is not None:
            return ok(cached)
        info = request.match_info
        reason = content.get("reason") if isinstance(content.get("reason"), str) else None
        self.fake.rate_limit(MESSAGES, session.user_id)
        txn = (session.device_id, info["txnId"])
        event = self.fake.redact(info["roomId"], session.user_id, info["eventId"], reason, txn)
        self.fake.counted(MESSAGES, session.user_id)
        return ok(self.fake.remember_transaction(session, request.path, event.event_id))

    async def get_event(self, request: web.Request) -> web.Response:
        room = self.fake.joined_room(request.match_info["roomId"], request[SESSION].user_id)
        event = self.fake.events.get(request.match_info["eventId"])
        if event is None or event.room_id != room.room_id:
            raise MatrixError(404, "M_NOT_FOUND", "Could not find event")
        return ok(event.client(device_id=request[SESSION].device_id, room_id=True))

    async def get_state(self, request: web.Request) -> web.Response:
        room = self.fake.joined_room(request.match_info["roomId"], request[SESSION].user_id)
        return web.json_response([e.client(room_id=True) for e in room.state.values()])

    async def get_state_event(self, request: web.Request) -> web.Response:
        info = request.match_info
        room = self.fake.joined_room(info["roomId"], request[SESSION].user_id)
        content = room.state_content(info["eventType"], info.get("stateKey", ""))
        if content is None:
            raise MatrixError(404, "M_NOT_FOUND", "Event not found.")
        return ok(content)

    async def joined_members(self, request: web.Request) -> web.Response:
        room = self.fake.joined_room(request.match_info["roomId"], request[SESSION].user_id)
        joined: Json = {}
        for user_id in room.members():
            member = room.state_content("m.room.member", user_id) or {}
            joined[user_id] = {
                "display_name": member.get("displayname"),
                "avatar_url": member.get("avatar_url"),
            }
        return ok({"joined": joined})

    async def members(self, request: web.Request) -> web.Response:
        room = self.fake.joined_room(request.match_info["roomId"], request[SESSION].user_id)
        wanted, unwanted = request.query.get("membership"), request.query.get("not_membership")
        chunk = [
            e.client(room_id=True)
            for (kind, _key), e in room.state.items()
            if kind == "m.room.member"
            and (wanted is None or e.content.get("membership") == wanted)
            and (unwanted is None or e.content.get("membership") != unwanted)
        ]
        return ok({"chunk": chunk})
