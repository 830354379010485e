"""/my-data and /forget-me through the real Discord and Slack clients: the file reaches only
the member, and an erase deletes their bridged copies on the platform."""

# ruff: noqa: F811  (`side` is the fixture imported below, used as a parameter)
from __future__ import annotations

import json
from typing import Any

import pytest

from handlers.commands import inbound_handlers
from handlers.context import Context
from storage.bridges import create_bridge, join_bridge
from tests.contract.test_wishes_on_platforms import (  # noqa: F401  (the `side` fixture)
    Seen,
    Side,
    delivered,
    side,
)

FILENAME = "mina-uppgifter.json"


def files_sent(side: Side, seen: Seen, user: Any) -> dict[str, str]:
    """The files the member received with an answer: on Discord attached to it (ephemeral),
    on Slack uploaded to their direct messages with the app (a response_url takes no file)."""
    if side.name == "discord":
        fake = side.fake
        return {a["filename"]: fake.uploads[int(a["id"])].decode() for a in seen.raw["attachments"]}
    slack = side.fake
    dms = [c for c, info in slack.channels.items() if info.get("is_im") and info["user"] == user]
    return {
        file["name"]: file["content"]
        for channel in dms
        for message in slack.messages.get(channel, [])
        for file in message.get("files") or []
    }


async def test_my_data_reaches_only_the_member_with_the_file(
    side: Side, contract_ctx: Context
) -> None:
    await side.command("profile", side.ola)
    seen = await side.command("my-data", side.eva)
    assert seen.private and seen.title == "Det här sparar Bryggan om dig"
    assert "Verifierad adress: ingen" in seen.text
    if side.name == "slack":
        await side.fake.wait_until(lambda: files_sent(side, seen, side.eva), 10, "the file")
    sent = files_sent(side, seen, side.eva)
    assert list(sent) == [FILENAME]
    data = json.loads(sent[FILENAME])
    assert [(a["platform"], a["user_id"]) for a in data["accounts"]] == [(side.name, str(side.eva))]
    assert "Ola" not in sent[FILENAME]
    if side.name == "slack":
        assert not [c for c, info in side.fake.channels.items() if info.get("user") == side.ola]


async def _bridge(side: Side, ctx: Context) -> tuple[Any, Any]:
    forum, other = side.fake.add_channel("forum"), side.fake.add_channel("forum-2")
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        bridge = await create_bridge(session, name="forum", created_by="Bo", now=now)
        assert bridge is not None
        for channel in (forum, other):
            await join_bridge(
                session, bridge_id=bridge.id, platform=side.name, channel_id=str(channel),
                channel_name="forum", added_by="Bo", now=now,
            )  # fmt: skip
    return forum, other


async def _says(side: Side, channel: Any, text: str, user: Any) -> None:
    if side.name == "discord":
        await side.fake.post_message(channel, text, user_id=user)
    else:
        await side.fake.message_event(channel, text, user_id=user)


async def test_forget_me_deletes_the_members_bridged_copies_after_the_button(
    side: Side, contract_ctx: Context
) -> None:
    contract_ctx.inbound = inbound_handlers()
    forum, other = await _bridge(side, contract_ctx)
    await _says(side, forum, "Hej från Eva i forumet", side.eva)
    await _says(side, forum, "Och hej från Ola", side.ola)
    copies = await side.fake.wait_for_messages(other, 2)
    assert not any(m.get("deleted") for m in copies)

    asked = await side.command("forget-me", side.eva)
    assert asked.private and asked.title == "Radera dina uppgifter?"
    assert not any(m.get("deleted") for m in side.posts_in(other)), "nothing before the button"
    done = await side.click(asked, "Radera allt om mig", side.eva)
    assert done.private and "Klart. Bryggan sparar inte längre något om dig." in done.text
    assert "1 bryggat meddelande, kopiorna raderade" in done.text
    await delivered(side)

    posts = side.posts_in(other)
    assert [bool(m.get("deleted")) for m in posts] == [True, False]  # Eva's copy, Ola's stays


async def test_on_slack_a_refused_upload_is_said_to_the_member(
    side: Side, contract_ctx: Context
) -> None:
    """A workspace that installed the app before it asked for files:write: the summary
    still comes, and the member is told the file could not, and what to do."""
    if side.name != "slack":
        pytest.skip("Discord attaches the file to the answer itself")
    side.fake.fail_next("files.getUploadURLExternal", status=200, error="missing_scope")
    before = len(side.fake.responses)
    await side.command("my-data", side.eva)
    answers = await side.fake.wait_for_response(before + 2)
    said = " ".join(str(a.get("text")) for a in answers[before:])
    assert "Filen kunde inte skickas hit" in said and "files:write" in said
    assert files_sent(side, await side.command("profile", side.eva), side.eva) == {}
