"""The outbox's part of an erase: what was queued or delivered that carries the person.

Rows addressed to them go. Their bridged messages' copies, and edits of those copies, keep
no text (a waiting edit is withdrawn: the copy is being deleted). A reply to one of their
messages loses its excerpt of it. Their name becomes a placeholder: in delivered history
anywhere in the text, in what is still to go out only where a name is carried (the author
shown, a reply's excerpt), so no one else's waiting post is rewritten.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from typing import Any

from sqlalchemy import delete, select, tuple_, update
from sqlalchemy.ext.asyncio import AsyncSession

from storage.mirror_models import MirrorCopyRow
from storage.models import OutboxRow
from storage.process_models import OutboxHoldRow

HISTORY = ("sent", "cancelled")  # delivered or withdrawn: never sent from this row again
NAME_FIELDS = ("author_name", "reply_excerpt")


async def delete_addressed(session: AsyncSession, addressed: Sequence[tuple[str, str]]) -> None:
    """Rows addressed to them, and a dispatcher's hold on those destinations (it names
    them)."""
    if addressed:
        await session.execute(
            delete(OutboxRow).where(tuple_(OutboxRow.platform, OutboxRow.target).in_(addressed))
        )
        destinations = [f"{platform}:{target}" for platform, target in addressed]
        await session.execute(
            delete(OutboxHoldRow).where(OutboxHoldRow.destination.in_(destinations))
        )


async def scrub(
    session: AsyncSession,
    *,
    messages: Collection[int],
    comments: Collection[int] = (),
    message_ids: Collection[str],
    names: Collection[str],
    placeholder: str,
) -> None:
    """`messages`: their bridged messages (ids); `comments`: their wish comments (ids);
    `message_ids`: the messages' platform ids (a reply in the same channel points at one);
    `names`: theirs alone."""
    copies = set(
        await session.scalars(
            select(MirrorCopyRow.outbox_key).where(
                (MirrorCopyRow.source_kind == "bridge") & MirrorCopyRow.source_id.in_(messages)
                | (MirrorCopyRow.source_kind == "comment") & MirrorCopyRow.source_id.in_(comments)
            )
        )
    )
    theirs = OutboxRow.idempotency_key.in_(copies) | OutboxRow.ref_key.in_(copies)
    await session.execute(
        update(OutboxRow)
        .where(theirs, OutboxRow.action == "edit", OutboxRow.status == "pending")
        .values(status="cancelled")
    )
    await session.execute(
        update(OutboxRow).where(theirs, OutboxRow.action != "delete").values(payload={"text": ""})
    )
    pattern = names_pattern(names)
    rows = await session.execute(select(OutboxRow.id, OutboxRow.status, OutboxRow.payload))
    for row_id, status, payload in list(rows):
        changed = _without_excerpt(payload, copies, message_ids)
        if pattern is not None:
            changed = _renamed(changed, pattern, placeholder, everywhere=status in HISTORY)
        if changed != payload:
            await session.execute(
                update(OutboxRow).where(OutboxRow.id == row_id).values(payload=changed)
            )


def _without_excerpt(payload: Any, copies: Collection[str], message_ids: Collection[str]) -> Any:
    """A reply to one of their messages keeps the threading, not their words."""
    if not isinstance(payload, dict) or not payload.get("reply_excerpt"):
        return payload
    if payload.get("reply_to_key") in copies or payload.get("reply_to") in message_ids:
        return {**payload, "reply_excerpt": None}
    return payload


def _renamed(payload: Any, pattern: re.Pattern[str], placeholder: str, *, everywhere: bool) -> Any:
    """Everywhere in history; in a waiting post, the fields that carry a name and a field
    whose whole value is the name (a byline), never anyone's free text."""
    if everywhere:
        return _replace_in(payload, pattern, placeholder)
    if not isinstance(payload, dict):
        return payload
    renamed = {
        key: _replace_in(value, pattern, placeholder) if key in NAME_FIELDS else value
        for key, value in payload.items()
    }
    if isinstance(payload.get("fields"), list):
        renamed["fields"] = [_byline(field, pattern, placeholder) for field in payload["fields"]]
    return renamed


def _byline(field: Any, pattern: re.Pattern[str], placeholder: str) -> Any:
    value = field.get("value") if isinstance(field, dict) else None
    if isinstance(value, str) and pattern.fullmatch(value.strip()):
        return {**field, "value": placeholder}
    return field


def names_pattern(names: Iterable[str]) -> re.Pattern[str] | None:
    """Any of the names as a whole word (so "Bo" leaves "Bostadsanpassning" alone)."""
    words = sorted((re.escape(name) for name in names if name.strip()), key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)")


def _replace_in(value: Any, pattern: re.Pattern[str], placeholder: str) -> Any:
    if isinstance(value, str):
        return pattern.sub(placeholder, value)
    if isinstance(value, list):
        return [_replace_in(item, pattern, placeholder) for item in value]
    if isinstance(value, dict):
        return {key: _replace_in(item, pattern, placeholder) for key, item in value.items()}
    return value
