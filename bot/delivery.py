"""One outbox row carried out: a send, an edit or a delete through its platform.

The dispatcher decides when a row goes; this decides what going means, and turns whatever a
platform raises into a `DeliveryFailure` that says whether to retry, when, and whether the
post may have arrived all the same (in doubt: the next attempt looks before it posts again).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping
from dataclasses import replace

from bot.platforms import registry
from handlers.capabilities import capabilities_of
from handlers.ports import DeliveryError, Platform
from handlers.types import Message
from storage import outbox
from storage.db import Database
from storage.outbox import Claimed

log = logging.getLogger(__name__)


class DeliveryFailure(Exception):
    def __init__(
        self,
        reason: str,
        *,
        retryable: bool,
        retry_after: float | None = None,
        in_doubt: bool = False,
    ) -> None:
        super().__init__(reason)
        self.reason, self.retryable = reason, retryable
        self.retry_after, self.in_doubt = retry_after, in_doubt


async def perform(
    db: Database, platforms: Mapping[str, Platform], row: Claimed, *, seconds: float
) -> str | None:
    """Carry out `row`; returns the platform's message id (None when there was nothing to do)."""
    platform = platforms.get(row.platform)
    if platform is None:
        raise DeliveryFailure("platform is not configured", retryable=True)
    try:
        return await asyncio.wait_for(_call(db, platform, row), timeout=seconds)
    except DeliveryError as error:
        raise DeliveryFailure(
            error.reason,
            retryable=error.retryable,
            retry_after=error.retry_after,
            in_doubt=error.in_doubt,
        ) from None
    except TimeoutError:
        raise DeliveryFailure("timed out", retryable=True, in_doubt=True) from None
    except DeliveryFailure:
        raise
    except Exception as error:
        log.exception("delivery %s to %s raised", row.id, row.destination)
        raise DeliveryFailure(
            f"{type(error).__name__}: {error}", retryable=True, in_doubt=True
        ) from None


async def _call(db: Database, platform: Platform, row: Claimed) -> str | None:
    if row.action == "send":
        return await platform.send(
            row.target,
            await _with_reply_target(db, row.platform, Message.from_json(row.payload)),
            idempotency_key=row.idempotency_key,
            in_doubt=row.in_doubt,
        )
    message_id = await _original_message_id(db, row)
    if message_id is None:
        log.info("outbox row %s: the original never went out; nothing to change", row.id)
        return None
    if row.action == "edit":
        changed = await platform.edit(row.target, message_id, Message.from_json(row.payload))
        if changed and changed != message_id and row.ref_key:
            # the post now has other parts: later edits and deletes must find them
            await outbox.replace_message_id(db, row.ref_key, changed)
            return changed
    else:
        await platform.delete(row.target, message_id)
    return message_id


async def _with_reply_target(db: Database, platform: str, message: Message) -> Message:
    """Resolve a reply to a copy (on this platform) into that copy's first message id."""
    if message.reply_to_key is None or message.reply_to is not None:
        return message
    async with db.transaction() as session:
        found = await outbox.delivery(session, message.reply_to_key)
    if found is None or found[0] != outbox.SENT or not found[1]:
        return message  # the answered copy never arrived: post without threading
    first = capabilities_of(registry.capabilities(), platform).message_ids(found[1])[0]
    return replace(message, reply_to=first)


async def _original_message_id(db: Database, row: Claimed) -> str | None:
    """The delivered original's id; None when it was withdrawn or parked (nothing to edit or
    delete); a failure when it is unknown, which is a bug in the caller."""
    if row.ref_key is None:
        raise DeliveryFailure("edit or delete without a reference", retryable=False)
    async with db.transaction() as session:
        found = await outbox.delivery(session, row.ref_key)
    if found is None:
        raise DeliveryFailure(f"the original ({row.ref_key}) was never queued", retryable=False)
    status, message_id = found
    if status in (outbox.CANCELLED, outbox.FAILED) or (status == outbox.SENT and not message_id):
        return None
    if status != outbox.SENT or not message_id:
        raise DeliveryFailure(f"the original ({row.ref_key}) is not delivered yet", retryable=True)
    return message_id
