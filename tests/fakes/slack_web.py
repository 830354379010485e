"""Web API half of the fake Slack: the workspace's state and what each Web API method does.

Contract tests point the real slack_sdk `AsyncWebClient` at this, so answers follow the Slack Web
API (`{"ok": true, ...}` or HTTP 200 `{"ok": false, "error": ...}`) closely enough for slack_sdk
and slack_bolt to parse them. Routing, tokens, faults and waiting live in `slack_server.py`,
whose `FakeSlack` is the public entry point.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import secrets
import time
from decimal import Decimal
from typing import Any

from tests.fakes.slack_files import ApiError, SlackFilesApi

JSON = dict[str, Any]


def _truthy(value: Any) -> bool:
    return value in (True, 1, "1", "true", "True")


def _check_blocks(blocks: Any) -> None:
    """Reject what Slack rejects (`invalid_blocks`), so the adapter's limits are tested for real."""
    if not isinstance(blocks, list) or len(blocks) > 50:
        raise ApiError("invalid_blocks")
    for block in blocks:
        if not isinstance(block, dict) or "type" not in block:
            raise ApiError("invalid_blocks")
        text = block.get("text")
        limit = {"section": 3000, "header": 150}.get(block["type"])
        if limit and isinstance(text, dict) and len(text.get("text", "")) > limit:
            raise ApiError("invalid_blocks")
        fields = block.get("fields") or []
        if len(fields) > 10 or any(len(f.get("text", "")) > 2000 for f in fields):
            raise ApiError("invalid_blocks")


class SlackWebApi(SlackFilesApi):
    """Workspace state and Web API methods; `SlackSocketMode` and `FakeSlack` build on this."""

    bot_token: str = "xoxb-fake"
    app_token: str = "xapp-fake"

    def __init__(self) -> None:
        self.signing_secret = secrets.token_hex(16)
        self.verification_token = "fake-verification-token"
        self.team_id = "T0FAKE0001"
        self.team_domain = "bryggan-fake"
        self.app_id = "A0FAKE0001"
        self.bot_user_id = "U0FAKEBOT1"
        self.bot_id = "B0FAKEBOT1"
        self.base_url = ""  # "http://127.0.0.1:PORT", set by start()
        self.api_url = ""  # base_url + "/api/"
        self.channels: dict[str, JSON] = {}
        self.users: dict[str, JSON] = {}
        self.usergroups: dict[str, JSON] = {}
        self.messages: dict[str, list[JSON]] = {}
        self.ephemerals: list[JSON] = []
        self.responses: list[JSON] = []
        self.views: list[JSON] = []
        self.calls: list[tuple[str, JSON]] = []
        self._user_messages: dict[str, list[JSON]] = {}  # injected via message_event, for history
        self._views_by_id: dict[str, JSON] = {}
        self.uploads: dict[str, JSON] = {}  # file id -> {filename, length, secret, data}
        self._triggers: dict[str, bool] = {}  # trigger_id -> already exchanged
        self._response_urls: dict[str, int] = {}  # path -> times used
        self._tickets: set[str] = set()
        self._down = False
        self._ids = itertools.count(1)
        self._last_ts = 0
        self._tick = asyncio.Event()
        self.add_user("bryggan", user_id=self.bot_user_id)
        self.users[self.bot_user_id].update(is_bot=True, is_app_user=True)

    # ----- workspace setup

    def _new_id(self, prefix: str) -> str:
        return f"{prefix}0FAKE{next(self._ids):04d}"

    def _next_ts(self) -> str:
        """Message timestamps are unique and increasing, shaped like Slack's `1700000000.000100`."""
        self._last_ts = max(int(time.time() * 1_000_000), self._last_ts + 1)
        return f"{self._last_ts // 1_000_000}.{self._last_ts % 1_000_000:06d}"

    def _new_trigger(self) -> str:
        trigger = f"{next(self._ids)}.{self.team_id[1:]}.{secrets.token_hex(16)}"
        self._triggers[trigger] = False
        return trigger

    def add_channel(self, name: str, *, channel_id: str | None = None) -> str:
        """A public channel the bot is a member of; returns its id."""
        cid = channel_id or self._new_id("C")
        self.channels[cid] = {
            "id": cid,
            "name": name.lstrip("#"),
            "name_normalized": name.lstrip("#").lower(),
            "is_channel": True,
            "is_im": False,
            "is_private": False,
            "is_archived": False,
            "is_member": True,
            "created": int(time.time()),
        }
        self.messages.setdefault(cid, [])
        return cid

    def add_user(self, name: str, *, user_id: str | None = None, locale: str = "sv-SE") -> str:
        """A member of the workspace; `locale` comes back from users.info with include_locale."""
        uid = user_id or self._new_id("U")
        avatar = f"https://avatars.slack-edge.com/fake/{uid}_72.png"
        profile = {"display_name": name, "real_name": name, "image_72": avatar}
        profile.update(display_name_normalized=name, real_name_normalized=name)
        self.users[uid] = {
            "id": uid,
            "team_id": self.team_id,
            "name": name,
            "real_name": name,
            "deleted": False,
            "is_bot": False,
            "is_app_user": False,
            "tz": "Europe/Stockholm",
            "tz_offset": 3600,
            "profile": profile,
            "locale": locale,
        }
        return uid

    def add_usergroup(
        self, handle: str, user_ids: list[str], *, group_id: str | None = None
    ) -> str:
        """A user group (`@handle`), listed by usergroups.list and usergroups.users.list."""
        gid = group_id or self._new_id("S")
        self.usergroups[gid] = {
            "id": gid,
            "team_id": self.team_id,
            "is_usergroup": True,
            "name": handle,
            "handle": handle,
            "description": "",
            "date_delete": 0,
            "users": list(user_ids),
            "user_count": len(user_ids),
        }
        return gid

    def _dm_channel(self, user_id: str) -> str:
        for cid, channel in self.channels.items():
            if channel.get("is_im") and channel.get("user") == user_id:
                return cid
        cid = self._new_id("D")
        self.channels[cid] = {"id": cid, "is_im": True, "is_channel": False, "user": user_id}
        self.messages.setdefault(cid, [])
        return cid

    def _channel(self, value: Any) -> str:
        """Resolve an id, a `#name` or a user id (a DM, as Slack does) to a channel id."""
        if value in self.channels:
            return str(value)
        for cid, channel in self.channels.items():
            if isinstance(value, str) and channel.get("name") == value.lstrip("#"):
                return cid
        if value in self.users:
            return self._dm_channel(value)
        raise ApiError("channel_not_found")

    # ----- change notification (see FakeSlack.wait_until)

    def _changed(self) -> None:
        self._tick.set()
        self._tick = asyncio.Event()

    def _new_response_url(self, kind: str) -> str:
        path = f"/hooks/{kind}/{self.team_id}/{next(self._ids)}/{secrets.token_hex(12)}"
        self._response_urls[path] = 0
        return self.base_url + path

    # ----- Web API methods: each takes the merged params and returns the body beside "ok"

    def _api_auth_test(self, p: JSON) -> JSON:
        return {
            "url": f"https://{self.team_domain}.slack.com/",
            "team": "Bryggan Fake",
            "user": "bryggan",
            "team_id": self.team_id,
            "user_id": self.bot_user_id,
            "bot_id": self.bot_id,
            "is_enterprise_install": False,
        }

    def _api_apps_connections_open(self, p: JSON) -> JSON:
        ticket = secrets.token_hex(16)
        self._tickets.add(ticket)
        ws_base = self.base_url.replace("http://", "ws://", 1)
        return {"url": f"{ws_base}/socket?ticket={ticket}&app_id={self.app_id}"}

    def _public(self, msg: JSON, metadata: bool = True) -> JSON:
        """A stored message as Slack shows it: no None fields, no fake-only bookkeeping."""
        hidden = {"channel", "deleted"} | (set() if metadata else {"metadata"})
        return {k: v for k, v in msg.items() if v is not None and k not in hidden}

    def _find(self, cid: str, ts: Any) -> JSON:
        for msg in self.messages.get(cid, []):
            if msg["ts"] == ts and not msg["deleted"]:
                return msg
        raise ApiError("message_not_found")

    def _check_content(self, p: JSON) -> None:
        if not (p.get("text") or p.get("blocks") or p.get("attachments")):
            raise ApiError("no_text")
        if len(str(p.get("text") or "")) > 40_000:
            raise ApiError("msg_too_long")
        if p.get("blocks") is not None:
            _check_blocks(p["blocks"])
        metadata = p.get("metadata")
        if metadata is not None and not (isinstance(metadata, dict) and metadata.get("event_type")):
            raise ApiError("invalid_metadata_format")

    def _api_chat_postMessage(self, p: JSON) -> JSON:
        cid = self._channel(p.get("channel"))
        self._check_content(p)
        msg: JSON = {
            "type": "message",
            "ts": self._next_ts(),
            "channel": cid,
            "text": p.get("text") or "",
            "blocks": p.get("blocks"),
            "attachments": p.get("attachments"),
            "username": p.get("username"),
            "icon_url": p.get("icon_url"),
            "icon_emoji": p.get("icon_emoji"),
            "metadata": p.get("metadata"),
            "thread_ts": p.get("thread_ts"),
            "user": self.bot_user_id,
            "bot_id": self.bot_id,
            "app_id": self.app_id,
            "team": self.team_id,
            "deleted": False,
        }
        self.messages.setdefault(cid, []).append(msg)
        return {"channel": cid, "ts": msg["ts"], "message": self._public(msg)}

    def _api_chat_update(self, p: JSON) -> JSON:
        cid = self._channel(p.get("channel"))
        msg = self._find(cid, p.get("ts"))
        self._check_content({**msg, **{k: v for k, v in p.items() if v is not None}})
        for key in ("text", "blocks", "attachments", "metadata"):
            if p.get(key) is not None:
                msg[key] = p[key]
        msg["edited"] = {"user": self.bot_user_id, "ts": self._next_ts()}
        return {"channel": cid, "ts": msg["ts"], "text": msg["text"], "message": self._public(msg)}

    def _api_chat_delete(self, p: JSON) -> JSON:
        cid = self._channel(p.get("channel"))
        self._find(cid, p.get("ts"))["deleted"] = True
        return {"channel": cid, "ts": p.get("ts")}

    def _api_chat_postEphemeral(self, p: JSON) -> JSON:
        self._channel(p.get("channel"))
        if p.get("user") not in self.users:
            raise ApiError("user_not_found")
        self._check_content(p)
        ts = self._next_ts()
        self.ephemerals.append({**p, "message_ts": ts})
        return {"message_ts": ts}

    def _history(self, cid: str) -> list[JSON]:
        """Live bot and member messages of a channel, newest first."""
        live = [m for m in self.messages.get(cid, []) if not m["deleted"]]
        live += self._user_messages.get(cid, [])
        return sorted(live, key=lambda m: Decimal(m["ts"]), reverse=True)

    def _page(self, p: JSON, key: str, items: list[JSON]) -> JSON:
        start = int(base64.b64decode(p["cursor"]).decode()) if p.get("cursor") else 0
        limit = int(p.get("limit") or 100)
        end = start + limit
        cursor = base64.b64encode(str(end).encode()).decode() if end < len(items) else ""
        page = items[start:end]
        return {key: page, "has_more": bool(cursor), "response_metadata": {"next_cursor": cursor}}

    def _api_conversations_history(self, p: JSON) -> JSON:
        cid = self._channel(p.get("channel"))
        low, high = Decimal(p.get("oldest") or 0), Decimal(p.get("latest") or "Infinity")
        inclusive = _truthy(p.get("inclusive"))
        items = [
            self._public(m, metadata=_truthy(p.get("include_all_metadata")))
            for m in self._history(cid)
            if m.get("thread_ts") in (None, m["ts"])
            and (low <= Decimal(m["ts"]) <= high if inclusive else low < Decimal(m["ts"]) < high)
        ]
        return {**self._page(p, "messages", items), "pin_count": 0}

    def _api_conversations_replies(self, p: JSON) -> JSON:
        cid, ts = self._channel(p.get("channel")), p.get("ts")
        thread = [m for m in self._history(cid) if ts in (m["ts"], m.get("thread_ts"))]
        if not thread:
            raise ApiError("thread_not_found")
        items = [self._public(m, _truthy(p.get("include_all_metadata"))) for m in thread[::-1]]
        return self._page(p, "messages", items)

    def _api_conversations_info(self, p: JSON) -> JSON:
        if p.get("channel") not in self.channels:
            raise ApiError("channel_not_found")
        return {"channel": dict(self.channels[p["channel"]])}

    def _api_conversations_open(self, p: JSON) -> JSON:
        if p.get("channel"):
            return {"channel": {"id": self._channel(p["channel"])}}
        users = [u for u in str(p.get("users") or "").split(",") if u]
        if not users or any(u not in self.users for u in users):
            raise ApiError("user_not_found")
        existed = any(c.get("user") == users[0] for c in self.channels.values())
        cid = self._dm_channel(users[0])
        return {"no_op": existed, "already_open": existed, "channel": {"id": cid}}

    def _api_users_info(self, p: JSON) -> JSON:
        if p.get("user") not in self.users:
            raise ApiError("user_not_found")
        user = dict(self.users[p["user"]])
        if not _truthy(p.get("include_locale")):
            user.pop("locale")
        return {"user": user}

    def _api_usergroups_list(self, p: JSON) -> JSON:
        groups = [dict(g) for g in self.usergroups.values()]
        for group in groups if not _truthy(p.get("include_users")) else []:
            group.pop("users")
        return {"usergroups": groups}

    def _api_usergroups_users_list(self, p: JSON) -> JSON:
        if p.get("usergroup") not in self.usergroups:
            raise ApiError("no_such_subteam")
        return {"users": list(self.usergroups[p["usergroup"]]["users"])}

    def _exchange_trigger(self, trigger_id: Any) -> None:
        if trigger_id not in self._triggers:
            raise ApiError("invalid_trigger_id")
        if self._triggers[trigger_id]:
            raise ApiError("exchanged_trigger_id")
        self._triggers[trigger_id] = True

    def _store_view(self, view: Any, view_id: str, root_id: str | None = None) -> JSON:
        if not isinstance(view, dict) or view.get("type") not in ("modal", "home"):
            raise ApiError("invalid_arguments")
        if "blocks" in view:
            _check_blocks(view["blocks"])
        full: JSON = {
            "id": view_id,
            "team_id": self.team_id,
            "private_metadata": "",
            "callback_id": "",
            "external_id": "",
            "blocks": [],
            "state": {"values": {}},
            **view,
            "hash": secrets.token_hex(8),
            "root_view_id": root_id or view_id,
            "app_id": self.app_id,
            "bot_id": self.bot_id,
        }
        self._views_by_id[view_id] = full
        return full

    def _api_views_open(self, p: JSON) -> JSON:
        self._exchange_trigger(p.get("trigger_id"))
        full = self._store_view(p.get("view"), self._new_id("V"))
        self.views.append({"method": "views.open", **p, "view_id": full["id"]})
        return {"view": full}

    def _api_views_push(self, p: JSON) -> JSON:
        self._exchange_trigger(p.get("trigger_id"))
        full = self._store_view(p.get("view"), self._new_id("V"))
        self.views.append({"method": "views.push", **p, "view_id": full["id"]})
        return {"view": full}

    def _api_views_update(self, p: JSON) -> JSON:
        by_external = {v["external_id"]: k for k, v in self._views_by_id.items()}
        view_id = p.get("view_id") or by_external.get(p.get("external_id"))
        old = self._views_by_id.get(view_id or "")
        if old is None:
            raise ApiError("not_found")
        if p.get("hash") and p["hash"] != old["hash"]:
            raise ApiError("hash_conflict")
        full = self._store_view(p.get("view"), old["id"], old["root_view_id"])
        self.views.append({"method": "views.update", **p, "view_id": full["id"]})
        return {"view": full}
