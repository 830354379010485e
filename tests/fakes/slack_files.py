"""Files on the fake Slack: the external upload flow slack_sdk's `files_upload_v2` uses
(files.getUploadURLExternal, a POST of the bytes, files.completeUploadExternal), as strict
as Slack's: the length must be as announced and a file must be uploaded before it is shared.

A mixin of `SlackWebApi`, whose workspace state (`uploads`, `messages`, ids) it uses.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

JSON = dict[str, Any]


class ApiError(Exception):
    """A Slack error code, answered as HTTP 200 `{"ok": false, "error": code}` like Slack does."""


class SlackFilesApi:
    uploads: dict[str, JSON]
    messages: dict[str, list[JSON]]
    base_url: str
    bot_user_id: str

    def _api_files_getUploadURLExternal(self, p: JSON) -> JSON:
        filename, length = p.get("filename"), str(p.get("length") or "")
        if not filename or not length.isdigit() or int(length) < 1:
            raise ApiError("invalid_arguments")
        if int(length) > 1_000_000_000:
            raise ApiError("file_too_large")
        file_id, secret = self._new_id("F"), secrets.token_hex(8)
        self.uploads[file_id] = {
            "filename": filename, "length": int(length), "secret": secret, "data": None,
        }  # fmt: skip
        return {"upload_url": f"{self.base_url}/upload/v1/{file_id}/{secret}", "file_id": file_id}

    def receive_upload(self, file_id: str, secret: str, data: bytes) -> int:
        """The bytes POSTed to an upload URL; an HTTP status (the length must be as announced)."""
        upload = self.uploads.get(file_id)
        if upload is None or upload["secret"] != secret or upload["data"] is not None:
            return 404
        if len(data) != upload["length"]:
            return 400
        upload["data"] = data
        self._changed()
        return 200

    def _api_files_completeUploadExternal(self, p: JSON) -> JSON:
        try:
            files = json.loads(p.get("files") or "")
        except ValueError:
            raise ApiError("invalid_arguments") from None
        if not isinstance(files, list) or not files:
            raise ApiError("invalid_arguments")
        done = []
        for item in files:
            upload = self.uploads.get(str(item.get("id")))
            if upload is None or upload["data"] is None or upload.get("shared"):
                raise ApiError("file_not_found")
            done.append({"id": item["id"], "title": item.get("title") or upload["filename"]})
        if p.get("channel_id"):
            cid = self._channel(p["channel_id"])
            for item in done:
                self.uploads[item["id"]]["shared"] = cid
            msg: JSON = {
                "type": "message", "ts": self._next_ts(), "channel": cid,
                "text": p.get("initial_comment") or "", "user": self.bot_user_id,
                "files": [
                    {**item, "name": self.uploads[item["id"]]["filename"],
                     "content": self.uploads[item["id"]]["data"].decode("utf-8", "replace")}
                    for item in done
                ],
                "deleted": False,
            }  # fmt: skip
            self.messages.setdefault(cid, []).append(msg)
        return {"files": done}
