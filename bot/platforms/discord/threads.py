"""Posts in the thread under a message (a wish's discussion under its card).

A thread started from a message is a channel of its own whose id is that message's id, so a
post "in the thread under message M" is a post in channel M. Such a part is kept as
`t<thread>:<message>`: an edit or a delete names only the parent channel (the outbox row's
target), and must still find the thread the part is in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

if TYPE_CHECKING:
    from discord.types.threads import ThreadArchiveDuration

THREAD_PREFIX = "t"
THREAD_NAME_LIMIT = 100  # Discord's: a channel's name is 1–100 characters
# A week: the longest Discord offers, so a quiet discussion stays in the channel's list
# longest (an archived thread still takes posts: a post unarchives it).
ARCHIVE_AFTER_MINUTES: ThreadArchiveDuration = 10080
ALREADY_STARTED = 160004  # "A thread has already been created for this message"
UNNAMED = "…"


def root_of(reply_to: str) -> int:
    """The message a thread hangs on: the first part of the handle or id given (a part made
    through a webhook is `w<webhook>:<id>`)."""
    return int(reply_to.split(",")[0].rpartition(":")[2])


def thread_ref(thread_id: int, message_id: str) -> str:
    return f"{THREAD_PREFIX}{thread_id}:{message_id}"


def thread_of(ref: str) -> int | None:
    """The thread a handle's part was posted in, None for a part in the channel itself."""
    if not ref.startswith(THREAD_PREFIX):
        return None
    return int(ref[len(THREAD_PREFIX) :].partition(":")[0])


def located(ref: str, channel_id: int) -> tuple[int, int]:
    """(the channel a bot post's part is in, its message id): the thread for a part posted
    in one, else the delivery's own channel."""
    return thread_of(ref) or channel_id, int(ref.rpartition(":")[2])


def thread_name(name: str) -> str:
    """A name Discord takes: one line, 1–100 characters."""
    return " ".join(name.split())[:THREAD_NAME_LIMIT].rstrip() or UNNAMED


async def open_thread(
    http: discord.http.HTTPClient, channel_id: int, message_id: int, name: str
) -> None:
    """Start the public thread on a message. One started before (by an attempt that crashed
    before it was recorded, or by a member) is the thread wanted: Discord's 160004 is done."""
    try:
        await http.start_thread_with_message(
            channel_id,
            message_id,
            name=thread_name(name),
            auto_archive_duration=ARCHIVE_AFTER_MINUTES,
        )
    except discord.HTTPException as error:
        if error.code != ALREADY_STARTED:
            raise
