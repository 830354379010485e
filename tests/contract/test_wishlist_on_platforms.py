"""/wishlist through the real Discord and Slack clients: the answer at once, the files later
through the outbox, privately, once; on Slack a retry after a failed upload uploads only
the files that are not there yet."""

# ruff: noqa: F811  (`side` is the fixture imported below, used as a parameter)
from __future__ import annotations

import json
from typing import Any

from handlers.context import Context
from handlers.wishes.wishlist_delivery import make_wishlists
from tests.contract.test_wishes_on_platforms import (  # noqa: F401  (the `side` fixture)
    TITLE,
    Side,
    delivered,
    first_wish,
    side,
)

FILES = ["onskelista.csv", "onskelista.md"]


def files_in_direct_messages(side: Side, user: Any) -> list[tuple[str, str]]:
    """(name, content) of every file the bot sent the member privately, in order."""
    fake = side.fake
    if side.name == "discord":
        channel = fake.dm_channels.get(user)
        return [
            (a["filename"], fake.uploads[int(a["id"])].decode())
            for m in fake.messages.get(channel, [])
            for a in m["attachments"]
        ]
    dms = [c for c, info in fake.channels.items() if info.get("is_im") and info["user"] == user]
    return [
        (file["name"], file["content"])
        for channel in dms
        for message in fake.messages.get(channel, [])
        for file in message.get("files") or []
    ]


def said_privately(side: Side, user: Any) -> list[str]:
    """The texts of the bot's private messages to the member (Discord's embeds included)."""
    fake = side.fake
    if side.name == "slack":
        dms = [c for c, info in fake.channels.items() if info.get("user") == user]
        return [
            json.dumps(m.get("blocks"), ensure_ascii=False) for c in dms for m in fake.messages[c]
        ]
    channel = fake.dm_channels.get(user)
    return [
        " ".join([m["content"] or "", *(e.get("description", "") for e in m["embeds"])])
        for m in fake.messages.get(channel, [])
    ]


async def test_the_wishlist_comes_privately_with_its_files_after_the_answer(
    side: Side, contract_ctx: Context
) -> None:
    await first_wish(side)
    answer = await side.command("wishlist", side.bo, sub="get")
    assert answer.private and answer.text.startswith("Önskelistan (1 önskemål) görs nu.")
    assert files_in_direct_messages(side, side.bo) == []  # nothing made yet
    assert await make_wishlists(contract_ctx) == 1
    await delivered(side)
    sent = files_in_direct_messages(side, side.bo)
    assert [name for name, _ in sent] == FILES
    assert TITLE in sent[0][1] and sent[1][1].startswith("| # | Önskemål |")
    assert any("Önskelistan: 1 önskemål" in text for text in said_privately(side, side.bo))
    assert await make_wishlists(contract_ctx) == 0
    await delivered(side)
    assert len(files_in_direct_messages(side, side.bo)) == 2  # once


async def test_on_slack_a_failed_upload_is_retried_without_repeating_what_arrived(
    side: Side, contract_ctx: Context
) -> None:
    """The second file's upload fails after the text and the first file are out: the retry
    looks, and uploads the second file alone (without the look the first came twice)."""
    if side.name != "slack":
        return
    await first_wish(side)
    await side.command("wishlist", side.bo, sub="get")
    side.fake.fail_next("files.getUploadURLExternal", status=500, after=1)  # the second's
    assert await make_wishlists(contract_ctx) == 1
    await side.fake.wait_until(
        lambda: len(files_in_direct_messages(side, side.bo)) >= 2, 20, "both files"
    )
    await delivered(side)
    assert [name for name, _ in files_in_direct_messages(side, side.bo)] == FILES
    texts = [t for t in said_privately(side, side.bo) if "Önskelistan: 1 önskemål" in t]
    assert len(texts) == 1
