"""The statements of the outbox's hot path (storage/outbox_claims.py runs them), each built
once per kind of database with bind parameters, so SQLAlchemy finds its compiled form
without walking a new statement, and rows come back as tuples rather than ORM objects.

On PostgreSQL lists go as arrays (`= ANY`, `unnest`), not as `IN (...)` lists whose length
changes the SQL: each statement's text is then the same on every call, and asyncpg's prepared
statement is reused rather than parsed and planned again. The plans do not lean on
statistics, which a fan-out outdates at once (500 open rows where the planner expects none):
the destinations' heads are found once, as an array, before any row is scanned. As a join
or `IN (subquery)`, the heads were read again for every open row: a claim took 40 ms at
1,000 open rows, where it now takes about one. Marking is one `UPDATE … FROM unnest(…)
RETURNING`, which checks each row's claim token as it updates it; and a mark can claim, in
the same statement, what the slots it frees take next.
"""

from __future__ import annotations

from functools import cache
from typing import Any, cast

from sqlalchemy import (
    DateTime,
    Integer,
    String,
    Table,
    all_,
    and_,
    any_,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    true,
    update,
)
from sqlalchemy import cast as sql_cast
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.sql import Select, Update

from storage.models import OutboxRow
from storage.outbox import OPEN_STATUSES, PENDING, SENDING, SENT
from storage.process_models import OutboxHoldRow

T = cast(Table, OutboxRow.__table__)
H = cast(Table, OutboxHoldRow.__table__)
CLAIMED = (
    T.c.id, T.c.idempotency_key, T.c.destination, T.c.platform, T.c.target, T.c.action,
    T.c.ref_key, T.c.payload, T.c.attempts, T.c.in_doubt, T.c.claim_token, T.c.created_at,
)  # fmt: skip


def _due() -> Any:
    """Pending rows whose time has come, and claimed rows whose lease has run out."""
    return or_(
        and_(T.c.status == PENDING, T.c.next_attempt_at <= bindparam("now")),
        and_(T.c.status == SENDING, T.c.lease_until < bindparam("now")),
    )


_CLAIM_VALUES: dict[str, Any] = {
    "status": SENDING,
    "lease_until": bindparam("lease"),
    "claim_token": bindparam("token"),
    "attempts": T.c.attempts + 1,
    "in_doubt": case((T.c.status == SENDING, True), else_=T.c.in_doubt),
}


# ----- SQLite: one writer at a time, nothing to skip or lock


@cache
def claim_sqlite(skipping: bool) -> Update:
    """The head of a destination is its lowest open row: one pass over the open rows, where
    asking "is there an earlier open row?" per candidate rescanned each destination's past."""
    heads = (
        select(func.min(T.c.id))
        .where(
            T.c.status.in_(OPEN_STATUSES),
            T.c.platform.in_(bindparam("platforms", expanding=True)),
        )
        .group_by(T.c.destination)
    )
    candidates = (
        select(T.c.id).where(T.c.id.in_(heads), _due()).order_by(T.c.id).limit(bindparam("limit"))
    )
    if skipping:
        candidates = candidates.where(T.c.destination.not_in(bindparam("skip", expanding=True)))
    chosen = candidates.cte("chosen")
    return (
        update(T)
        .where(T.c.id.in_(select(chosen.c.id)), _due())
        .values(**_CLAIM_VALUES)
        .returning(*CLAIMED)
    )


HELD_SQLITE = select(T.c.id, T.c.claim_token).where(
    T.c.id.in_(bindparam("ids", expanding=True)), T.c.status == SENDING
)
MARK_SENT_SQLITE = (
    update(T)
    .where(T.c.id == bindparam("row_id"))
    .values(
        status=SENT,
        message_id=bindparam("sent_id"),
        sent_at=bindparam("sent_at"),
        lease_until=None,
        last_error=None,
    )
)


# ----- PostgreSQL


def _array(ids: Select[Any]) -> Any:
    """PostgreSQL's ARRAY(subquery): evaluated once, before the rows are scanned."""
    return func.array(ids.scalar_subquery(), type_=ARRAY(Integer))


def _held_elsewhere() -> Any:
    """The row's destination is held by another dispatcher process now. `NOT IN` a
    subquery, which PostgreSQL hashes once per claim: compared with an array of the held
    destinations (`!= ALL`), or looked up per candidate (`NOT EXISTS`), the claims cost
    PostgreSQL two to eight times the CPU at 5,000 destinations (benchmarks/dispatchers.py)."""
    held = select(H.c.destination).where(
        H.c.holder != bindparam("holder"), H.c.held_until > bindparam("now")
    )
    return T.c.destination.not_in(held)


def _claim_postgresql(*, marked: Any = None, holding: bool = False) -> Update:
    """Platforms and destinations to skip as arrays. The due heads are locked in id order
    (SKIP LOCKED: two dispatchers never take the same row) and updated, found by primary key
    through the array. `marked`: rows this statement marks sent, which its snapshot still
    sees open; their destinations' next rows are the heads now. `holding`: destinations
    another dispatcher process holds are left to it (see `_holding`)."""
    conditions = [
        T.c.status.in_(OPEN_STATUSES),
        T.c.platform == any_(bindparam("platforms", type_=ARRAY(String))),
    ]
    if marked is not None:
        conditions.append(T.c.id != all_(_array(select(marked.c.id))))
    heads = select(func.min(T.c.id)).where(*conditions).group_by(T.c.destination)
    chosen = (
        select(T.c.id)
        .where(
            T.c.id == any_(_array(heads)),
            _due(),
            T.c.destination != all_(bindparam("skip", type_=ARRAY(String))),
            *([_held_elsewhere()] if holding else []),
        )
        .order_by(T.c.id)
        .limit(bindparam("limit"))
        .with_for_update(skip_locked=True, of=T)
        .cte("chosen")
        .prefix_with("MATERIALIZED")  # run once: a re-run would skip what it locked itself
    )
    return (
        update(T)
        .where(T.c.id == any_(_array(select(chosen.c.id))), _due())
        .values(**_CLAIM_VALUES)
        .returning(*CLAIMED)
    )


@cache
def claim_postgresql() -> Update:
    return _claim_postgresql()


def _holding(claimed: Any) -> Any:
    """The hold on every destination `claimed` took a row of: this process's until
    `hold_until`, taken over from a hold that ran out (a held one was not claimed)."""
    taken = select(
        claimed.c.destination,
        sql_cast(bindparam("holder"), String),
        sql_cast(bindparam("hold_until"), DateTime(timezone=True)),
    ).distinct()
    upsert = pg_insert(H).from_select(["destination", "holder", "held_until"], taken)
    return upsert.on_conflict_do_update(
        index_elements=[H.c.destination],
        set_={"holder": upsert.excluded.holder, "held_until": upsert.excluded.held_until},
    ).cte("held")


@cache
def claim_holding_postgresql() -> Select[Any]:
    """`claim_postgresql` among several dispatcher processes: each keeps the destinations it
    posts to for a while, so one pacer sees all of a channel's posts."""
    claimed = _claim_postgresql(holding=True).cte("claimed")
    return select(*claimed.c).add_cte(_holding(claimed))


@cache
def mark_sent_postgresql() -> Update:
    """Mark the rows given (ids, tokens, message ids as arrays) that are still ours."""
    sent = (
        func.unnest(
            bindparam("ids", type_=ARRAY(Integer)),
            bindparam("tokens", type_=ARRAY(String)),
            bindparam("sent_ids", type_=ARRAY(String)),
        )
        .table_valued("id", "token", "message_id")
        .render_derived(name="sent")
    )
    return (
        update(T)
        .where(T.c.id == sent.c.id, T.c.claim_token == sent.c.token, T.c.status == SENDING)
        .values(
            status=SENT,
            message_id=sent.c.message_id,
            sent_at=bindparam("marked_at"),  # a column's name would be SET by every UPDATE here
            lease_until=None,
            last_error=None,
        )
        .returning(T.c.id)
    )


@cache
def mark_sent_and_claim_postgresql(holding: bool = False) -> Select[Any]:
    """Both in one statement: a row per claimed row (one of NULLs when none was), each
    beginning with the array of the ids marked."""
    marked = mark_sent_postgresql().cte("marked")
    claimed = _claim_postgresql(marked=marked, holding=holding).cte("claimed")
    one = select(literal(1).label("one")).subquery("one")
    both = select(_array(select(marked.c.id)).label("marked"), *claimed.c).select_from(
        one.outerjoin(claimed, true())
    )
    return both.add_cte(_holding(claimed)) if holding else both


PRUNE_HOLDS = H.delete().where(H.c.held_until < bindparam("before"))
