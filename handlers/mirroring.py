"""Copies of one original in many places, kept in step: the fan-out, then edits and deletes.

Announcements and bridged messages both work this way. Every copy is an outbox row whose
key is stored with the original (`mirror_copies`), so an edit or delete made days later,
after any number of restarts, still finds every copy.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.types import Message
from storage import outbox
from storage.mirror_models import MirrorCopyRow
from storage.mirrors import add_copy, copies_of

Where = tuple[str, str]  # (platform, channel or target)


async def fan_out(
    session: AsyncSession,
    *,
    source_kind: str,
    source_id: int,
    destinations: Iterable[Where],
    message_for: Callable[[str, str], Message],
    now: datetime,
    revision: int = 0,
) -> int:
    """Queue one copy per destination (`message_for(platform, target)`); how many were new.

    A `revision` above 0 makes a second round of copies of the same original (a meeting's
    reminder sent again after the meeting moved); the keys of the first stay untouched.
    """
    queued = 0
    for platform, target in destinations:
        key = f"{source_kind}:{source_id}:{platform}:{target}"
        if revision:
            key += f":r{revision}"
        payload = message_for(platform, target).to_json()
        if await outbox.enqueue(
            session,
            platform=platform,
            target=target,
            idempotency_key=key,
            payload=payload,
            now=now,
        ):
            queued += 1
        await add_copy(
            session,
            source_kind=source_kind,
            source_id=source_id,
            platform=platform,
            target=target,
            outbox_key=key,
            now=now,
        )
    return queued


async def _still_delivered(
    session: AsyncSession, source_kind: str, source_id: int
) -> list[MirrorCopyRow]:
    """The copies whose delivery is still known: one past retention has no message id left
    to edit or delete (the dispatcher would refuse an edit of an unknown original)."""
    copies = await copies_of(session, source_kind, source_id)
    return [copy for copy in copies if await outbox.delivery(session, copy.outbox_key)]


async def edit_copies(
    session: AsyncSession,
    *,
    source_kind: str,
    source_id: int,
    message_for: Callable[[str, str], Message],
    now: datetime,
) -> int:
    """Carry an edit to every copy: one still waiting gets the new text, one delivered an
    edit queued behind it (so the edit never overtakes the post)."""
    copies = await _still_delivered(session, source_kind, source_id)
    for copy in copies:
        payload = message_for(copy.platform, copy.target).to_json()
        await outbox.rewrite_unsent(session, copy.outbox_key, payload)
        await outbox.enqueue(
            session,
            platform=copy.platform,
            target=copy.target,
            idempotency_key=f"{copy.outbox_key}:edit:{now.isoformat()}:{_digest(payload)}",
            payload=payload,
            now=now,
            action="edit",
            ref_key=copy.outbox_key,
        )
    return len(copies)


def _digest(payload: dict[str, object]) -> str:
    """Two different edits in the same instant are two edits; the same one replayed is one."""
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()[:12]


async def delete_copies(
    session: AsyncSession, *, source_kind: str, source_id: int, now: datetime
) -> int:
    """Carry a delete to every copy: one still waiting is withdrawn, one delivered deleted."""
    copies = await _still_delivered(session, source_kind, source_id)
    for copy in copies:
        await outbox.cancel_unsent(session, copy.outbox_key)
        await outbox.enqueue(
            session,
            platform=copy.platform,
            target=copy.target,
            idempotency_key=f"{copy.outbox_key}:delete",
            payload=Message(text="").to_json(),
            now=now,
            action="delete",
            ref_key=copy.outbox_key,
        )
    return len(copies)
