"""Retention: personal data removed once its period is over, one function per kind.

Each function takes the session, a cutoff (aware UTC: what is older goes) and `apply`;
without `apply` it only counts what it would change. Each is idempotent: what it removed or
trimmed no longer matches, so a second run finds nothing. `handlers.retention` runs them in
one transaction, deliveries before bridged messages (see there why the order matters).

Rows are selected first and changed by id, so counting and applying share one query.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, delete, exists, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from storage.feed_models import FeedEntryRow
from storage.mail_models import PENDING as UNCONFIRMED
from storage.mail_models import MailSubscriberRow
from storage.mirror_models import AnnouncementRow, BridgedMessageRow, MirrorCopyRow
from storage.models import Base, FormDraftRow, OutboxRow
from storage.outbox import CANCELLED, FAILED, OPEN_STATUSES, SENT
from storage.people_models import ActionRow, VerificationCodeRow
from storage.portal_models import SignInRow, WebSessionRow
from storage.wish_models import WishCardRow, WishDraftRow

# What a delivery kept for later edits holds once its content is gone (a valid Message).
TRIMMED_PAYLOAD: dict[str, Any] = {"text": ""}
# A feed entry reduced to its id: `handlers.feeds.poll` never edits its post again.
TRIMMED_FINGERPRINT = ""
CHUNK = 500  # ids per statement, well under every engine's parameter limit

# Keys and targets the handlers give outbox rows (storage cannot import handlers):
VERIFY_CODE_KEY = "verify-code:"  # handlers.people.verify: `verify-code:<code id>`
MAIL_PLATFORM = "email"
CONFIRM_TARGET = "confirm:"  # handlers.mail.fanout: a confirmation mail's target
BRIDGE_KIND = "bridge"  # handlers.bridges.relay: mirror copies of bridged messages


async def _ids(session: AsyncSession, statement: Select[Any]) -> list[int]:
    return [int(found) for found in (await session.execute(statement)).scalars()]


async def _delete_ids(
    session: AsyncSession,
    model: type[Base],
    ids: Sequence[int],
    still: ColumnElement[bool] | None = None,
) -> None:
    """Delete the rows chosen; `still` repeats why they were chosen, so one changed in
    between (a retry pressed, a subscription confirmed, on PostgreSQL) is left alone."""
    column = model.__table__.c.id
    for start in range(0, len(ids), CHUNK):
        chosen = column.in_(list(ids[start : start + CHUNK]))
        await session.execute(
            delete(model)
            .where(chosen if still is None else and_(chosen, still))
            .execution_options(synchronize_session=False)
        )


async def _update_ids(
    session: AsyncSession,
    model: type[Base],
    ids: Sequence[int],
    still: ColumnElement[bool] | None = None,
    **values: Any,
) -> None:
    column = model.__table__.c.id
    for start in range(0, len(ids), CHUNK):
        chosen = column.in_(list(ids[start : start + CHUNK]))
        await session.execute(
            update(model)
            .where(chosen if still is None else and_(chosen, still))
            .values(**values)
            .execution_options(synchronize_session=False)
        )


# --- the outbox ------------------------------------------------------------------------


def _live_copy(key: Any) -> ColumnElement[bool]:
    """A mirror copy behind this key whose original may still be edited or deleted: an
    announcement or bridged message not deleted (meetings' posts are edited when moved)."""
    copy = MirrorCopyRow
    announcement_gone = and_(
        copy.source_kind == "announcement",
        ~exists().where(AnnouncementRow.id == copy.source_id, AnnouncementRow.deleted_at.is_(None)),
    )
    bridged_gone = and_(
        copy.source_kind == BRIDGE_KIND,
        ~exists().where(
            BridgedMessageRow.id == copy.source_id, BridgedMessageRow.deleted_at.is_(None)
        ),
    )
    return exists().where(copy.outbox_key == key, ~announcement_gone, ~bridged_gone)


def _needed(key: Any) -> ColumnElement[bool]:
    """Whether a delivery's row must stay for what may still refer to it: a wish card
    edited in place, a live mirror copy (its message id for edits, deletes and replies), or
    an edit or delete still waiting to go out (the dispatcher looks its original up)."""
    later = aliased(OutboxRow)
    return or_(
        exists().where(WishCardRow.card_key == key),
        _live_copy(key),
        exists().where(later.ref_key == key, later.status.in_(OPEN_STATUSES)),
    )


def _done_before(cutoff: datetime) -> ColumnElement[bool]:
    """Delivered (or withdrawn before delivery) before the cutoff."""
    return and_(
        OutboxRow.status.in_((SENT, CANCELLED)),
        func.coalesce(OutboxRow.sent_at, OutboxRow.created_at) < cutoff,
    )


async def sent_deliveries(session: AsyncSession, cutoff: datetime, apply: bool) -> int:
    """Deliveries done before the cutoff that nothing can still refer to: removed.
    Pending and sending rows are never touched."""
    ids = await _ids(
        session,
        select(OutboxRow.id).where(_done_before(cutoff), ~_needed(OutboxRow.idempotency_key)),
    )
    if apply:
        await _delete_ids(session, OutboxRow, ids, _done_before(cutoff))
    return len(ids)


async def kept_deliveries(session: AsyncSession, cutoff: datetime, apply: bool) -> int:
    """Deliveries done before the cutoff that must stay (`_needed`) lose their content:
    an edit or delete needs only the key, the place and the platform message id."""
    rows = await session.execute(
        select(OutboxRow.id, OutboxRow.payload, OutboxRow.last_error).where(
            _done_before(cutoff), _needed(OutboxRow.idempotency_key)
        )
    )
    ids = [
        int(row_id)
        for row_id, payload, error in rows
        if payload != TRIMMED_PAYLOAD or error is not None
    ]
    if apply:
        await _update_ids(
            session, OutboxRow, ids, _done_before(cutoff), payload=TRIMMED_PAYLOAD, last_error=None
        )
    return len(ids)


async def failed_deliveries(session: AsyncSession, cutoff: datetime, apply: bool) -> int:
    """Deliveries parked as failed, queued and last tried before the cutoff (a board retry
    starts them afresh): removed, or, where something still refers to them, withdrawn with
    their content cleared (an edit of a withdrawn post does nothing)."""
    old = and_(
        OutboxRow.status == FAILED,
        OutboxRow.created_at < cutoff,
        OutboxRow.next_attempt_at < cutoff,
    )
    needed = _needed(OutboxRow.idempotency_key)
    gone = await _ids(session, select(OutboxRow.id).where(old, ~needed))
    kept = await _ids(session, select(OutboxRow.id).where(old, needed))
    if apply:
        await _delete_ids(session, OutboxRow, gone, old)
        await _update_ids(
            session,
            OutboxRow,
            kept,
            old,
            status=CANCELLED,
            payload=TRIMMED_PAYLOAD,
            last_error=None,
            lease_until=None,
        )
    return len(gone) + len(kept)


# --- bridged messages -------------------------------------------------------------------


def _copy_keys(message_ids: Sequence[int]) -> Select[Any]:
    return select(MirrorCopyRow.outbox_key).where(
        MirrorCopyRow.source_kind == BRIDGE_KIND, MirrorCopyRow.source_id.in_(list(message_ids))
    )


def _copy_rows(keys: Select[Any]) -> ColumnElement[bool]:
    """The copies' deliveries and the edits and deletes queued against them."""
    return or_(OutboxRow.idempotency_key.in_(keys), OutboxRow.ref_key.in_(keys))


async def _without_open_copies(session: AsyncSession, message_ids: list[int]) -> list[int]:
    """Those of the messages none of whose copies (or their edits) still wait to go out."""
    busy: set[int] = set()
    for start in range(0, len(message_ids), CHUNK):
        chunk = message_ids[start : start + CHUNK]
        found = await session.execute(
            select(MirrorCopyRow.source_id)
            .join(
                OutboxRow,
                or_(
                    OutboxRow.idempotency_key == MirrorCopyRow.outbox_key,
                    OutboxRow.ref_key == MirrorCopyRow.outbox_key,
                ),
            )
            .where(
                MirrorCopyRow.source_kind == BRIDGE_KIND,
                MirrorCopyRow.source_id.in_(chunk),
                OutboxRow.status.in_(OPEN_STATUSES),
            )
        )
        busy.update(int(source_id) for source_id in found.scalars())
    return [message_id for message_id in message_ids if message_id not in busy]


async def bridged_messages(session: AsyncSession, cutoff: datetime, apply: bool) -> int:
    """Bridged messages written before the cutoff go with everything that maps them to
    their copies: the copies' rows and their deliveries (which hold the copies' message
    ids). Replies to them stay, no longer pointing at them. Afterwards an edit or delete of
    the original is not carried across any more. A message whose copies still wait to go
    out stays until they have gone.

    Everything keyed by the message's id goes with it, so an id SQLite hands out again
    after the newest row went cannot meet an old copy's key."""
    ids = await _ids(
        session, select(BridgedMessageRow.id).where(BridgedMessageRow.created_at < cutoff)
    )
    ids = await _without_open_copies(session, ids)
    if apply:
        for start in range(0, len(ids), CHUNK):
            await _remove_bridged(session, ids[start : start + CHUNK])
    return len(ids)


async def _remove_bridged(session: AsyncSession, ids: list[int]) -> None:
    keys = _copy_keys(ids)
    await session.execute(
        delete(OutboxRow)
        .where(_copy_rows(keys), OutboxRow.status.not_in(OPEN_STATUSES))
        .execution_options(synchronize_session=False)
    )
    await session.execute(
        delete(MirrorCopyRow)
        .where(MirrorCopyRow.source_kind == BRIDGE_KIND, MirrorCopyRow.source_id.in_(ids))
        .execution_options(synchronize_session=False)
    )
    await session.execute(
        update(BridgedMessageRow)
        .where(BridgedMessageRow.parent_id.in_(ids))
        .values(parent_id=None)
        .execution_options(synchronize_session=False)
    )
    await _delete_ids(session, BridgedMessageRow, ids)


# --- the rest ---------------------------------------------------------------------------


async def feed_entries(session: AsyncSession, cutoff: datetime, apply: bool) -> int:
    """Feed entries seen before the cutoff keep only what identifies them (feed and entry
    key, so they are never posted again); the fingerprint of their content goes."""
    ids = await _ids(
        session,
        select(FeedEntryRow.id).where(
            FeedEntryRow.seen_at < cutoff, FeedEntryRow.fingerprint != TRIMMED_FINGERPRINT
        ),
    )
    if apply:
        await _update_ids(session, FeedEntryRow, ids, fingerprint=TRIMMED_FINGERPRINT)
    return len(ids)


async def unconfirmed_subscriptions(session: AsyncSession, cutoff: datetime, apply: bool) -> int:
    """Addresses never confirmed, added and last sent a confirmation before the cutoff:
    removed, unless a mail to them still waits to go out."""
    subscriber = MailSubscriberRow
    unconfirmed = and_(
        subscriber.status == UNCONFIRMED,
        subscriber.created_at < cutoff,
        or_(subscriber.confirm_sent_at.is_(None), subscriber.confirm_sent_at < cutoff),
    )
    candidates = await _ids(session, select(subscriber.id).where(unconfirmed))
    waiting = await session.execute(
        select(OutboxRow.target).where(
            OutboxRow.platform == MAIL_PLATFORM, OutboxRow.status.in_(OPEN_STATUSES)
        )
    )
    busy = {str(target).removeprefix(CONFIRM_TARGET) for target in waiting.scalars()}
    ids = [found for found in candidates if str(found) not in busy]
    if apply:
        await _delete_ids(session, MailSubscriberRow, ids, unconfirmed)
    return len(ids)


async def verification_codes(session: AsyncSession, cutoff: datetime, apply: bool) -> int:
    """Verification requests made before the cutoff, with the mail that carried the code
    (its key holds the request's id, which SQLite may hand out again); a request whose
    mail still waits to go out stays until it has gone."""
    candidates = await _ids(
        session, select(VerificationCodeRow.id).where(VerificationCodeRow.created_at < cutoff)
    )
    ids: list[int] = []
    for start in range(0, len(candidates), CHUNK):
        chunk = candidates[start : start + CHUNK]
        keys = {f"{VERIFY_CODE_KEY}{code_id}": code_id for code_id in chunk}
        waiting = await session.execute(
            select(OutboxRow.idempotency_key).where(
                OutboxRow.idempotency_key.in_(list(keys)), OutboxRow.status.in_(OPEN_STATUSES)
            )
        )
        busy = {keys[key] for key in waiting.scalars()}
        ids += [code_id for code_id in chunk if code_id not in busy]
        if apply:
            done = [key for key, code_id in keys.items() if code_id not in busy]
            await session.execute(
                delete(OutboxRow)
                .where(OutboxRow.idempotency_key.in_(done))
                .execution_options(synchronize_session=False)
            )
    if apply:
        await _delete_ids(session, VerificationCodeRow, ids)
    return len(ids)


async def rate_limit_counts(session: AsyncSession, cutoff: datetime, apply: bool) -> int:
    """Counted actions older than every limit's window (the caller's cutoff): removed."""
    ids = await _ids(session, select(ActionRow.id).where(ActionRow.at < cutoff))
    if apply:
        await _delete_ids(session, ActionRow, ids)
    return len(ids)


async def form_drafts(session: AsyncSession, cutoff: datetime, apply: bool) -> int:
    """Refused forms kept for a reopen button, made before the cutoff: removed."""
    ids = await _ids(session, select(FormDraftRow.id).where(FormDraftRow.created_at < cutoff))
    if apply:
        await _delete_ids(session, FormDraftRow, ids)
    return len(ids)


async def wish_drafts(session: AsyncSession, cutoff: datetime, apply: bool) -> int:
    """Wish drafts never submitted nor discarded, made before the cutoff: removed."""
    ids = await _ids(session, select(WishDraftRow.id).where(WishDraftRow.created_at < cutoff))
    if apply:
        await _delete_ids(session, WishDraftRow, ids)
    return len(ids)


async def web_sign_ins(session: AsyncSession, cutoff: datetime, apply: bool) -> int:
    """Portal sign-in links (used or not) mailed before the cutoff: removed."""
    ids = await _ids(session, select(SignInRow.id).where(SignInRow.created_at < cutoff))
    if apply:
        await _delete_ids(session, SignInRow, ids)
    return len(ids)


async def web_sessions(session: AsyncSession, cutoff: datetime, apply: bool) -> int:
    """Portal sessions unused since the cutoff (the idle time: they have ended): removed."""
    ids = await _ids(session, select(WebSessionRow.id).where(WebSessionRow.last_seen_at < cutoff))
    if apply:
        await _delete_ids(session, WebSessionRow, ids)
    return len(ids)
