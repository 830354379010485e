"""Files a message carries (a wish list's CSV), uploaded after the message's parts.

An uploaded file's message carries no metadata to find it by; after a doubtful attempt the
delivery's files are those the bot shared after the delivery's last part, before any other
delivery's part, by name.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from slack_sdk.web.async_client import AsyncWebClient

from handlers.types import Attachment, Message

METADATA_EVENT = "bryggan_delivery"


def made_files(message: Message) -> list[Attachment]:
    """The files made here (their text in `content`), not links to files elsewhere."""
    return [a for a in message.attachments if a.content is not None]


async def upload(client: AsyncWebClient, channel: str, attachment: Attachment) -> None:
    await client.files_upload_v2(
        channel=channel,
        content=attachment.content,
        filename=attachment.filename,
        title=attachment.filename,
    )


def files_shared_after(history: Iterable[dict[str, Any]], last_part_ts: str) -> set[str]:
    """Names of the files shared after `last_part_ts` and before another delivery's part
    (`history` newest first, as conversations.history gives it)."""
    newer = [m for m in history if float(m.get("ts", 0)) > float(last_part_ts)]
    names: set[str] = set()
    for item in sorted(newer, key=lambda m: float(m["ts"])):
        if (item.get("metadata") or {}).get("event_type") == METADATA_EVENT:
            break  # the next delivery's part: what follows is not ours
        names.update(str(f.get("name")) for f in item.get("files") or ())
    return names
