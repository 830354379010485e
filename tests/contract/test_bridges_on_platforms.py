# ruff: noqa: F811  (`side` is the fixture imported below, used as a parameter)
"""A bridged message's edit and delete follow to its copy, through the real Discord and Slack
clients: a webhook copy on Discord, a bot post on Slack."""

from __future__ import annotations

from typing import Any

from handlers.commands import inbound_handlers
from handlers.context import Context
from tests.contract.test_privacy_on_platforms import _bridge
from tests.contract.test_wishes_on_platforms import (  # noqa: F401  (the `side` fixture)
    Side,
    delivered,
    side,
)


def _text(side: Side, post: dict[str, Any]) -> str:
    return str(post.get("content") if side.name == "discord" else post.get("text"))


async def _edits(side: Side, channel: Any, original: Any, text: str, user: Any) -> None:
    if side.name == "discord":
        await side.fake.edit_message(channel, original, text)
        return
    changed = {"type": "message", "user": user, "text": text, "ts": original}
    await side.fake.message_event(
        channel, "", user_id=user, subtype="message_changed", message=changed,
        previous_message={**changed, "text": "Hej"},
    )  # fmt: skip


async def _deletes(side: Side, channel: Any, original: Any, user: Any) -> None:
    if side.name == "discord":
        await side.fake.delete_message(channel, original)
        return
    await side.fake.message_event(
        channel, "", user_id=user, subtype="message_deleted", deleted_ts=original,
        previous_message={"type": "message", "user": user, "text": "Hej", "ts": original},
    )  # fmt: skip


async def _says(side: Side, channel: Any, text: str, user: Any) -> Any:
    """A member writes in a channel; the message's id (Discord) or ts (Slack)."""
    if side.name == "discord":
        return await side.fake.post_message(channel, text, user_id=user)
    return await side.fake.message_event(channel, text, user_id=user)


async def test_an_edit_and_a_delete_of_the_original_follow_to_the_copy(
    side: Side, contract_ctx: Context
) -> None:
    contract_ctx.inbound = inbound_handlers()
    forum, other = await _bridge(side, contract_ctx)
    original = await _says(side, forum, "Hej från Eva", side.eva)
    [copy] = await side.fake.wait_for_messages(other, 1)
    assert "Hej från Eva" in _text(side, copy)

    await _edits(side, forum, original, "Hej från Eva, rättat", side.eva)
    await side.fake.wait_until(
        lambda: "rättat" in _text(side, side.posts_in(other)[0]), 10, "the copy edited"
    )
    await _deletes(side, forum, original, side.eva)
    await side.fake.wait_until(
        lambda: bool(side.posts_in(other)[0].get("deleted")), 10, "the copy deleted"
    )
    await delivered(side)
    assert len(side.posts_in(other)) == 1  # edited and deleted in place, never posted again
