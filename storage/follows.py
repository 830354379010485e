"""Following wishes: each person's own choice per wish (`wish_follows`), supporters who
follow by default, and what the daily digest of followed wishes reads and marks
(`follow_digests`).

A person follows a wish when they chose to (a row with `following` true), or when they
support it or a duplicate merged into it and have not chosen otherwise (a row with
`following` false stops that). The digest reads everything it needs for everyone in a few
queries: what happened in its window (`news_between`), who follows those wishes
(`follows_of`) and which of them may be mailed (`digest_readers`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, exists, false, or_, select, true, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from storage.discussion_models import FollowDigestRow, WishCommentRow, WishFollowRow
from storage.models import MemberRow
from storage.people_models import PersonRow
from storage.upsert import insert_ignoring_conflict
from storage.wish_models import WishEventRow, WishRow, WishSupportRow
from storage.wishes import supports

NEWS_KINDS = ("status", "merged")  # the events a follower is told of
COMMENT = "comment"  # a news item that is a comment
CHUNK = 5000  # ids per IN (…): PostgreSQL takes at most 32,767 parameters in a statement


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), CHUNK):
        yield ordered[start : start + CHUNK]


def _insert(session: AsyncSession) -> Any:
    """The engine's INSERT, which knows ON CONFLICT … DO UPDATE."""
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


# --- a person's choice --------------------------------------------------------------------


async def set_following(
    session: AsyncSession, *, wish_id: int, person_id: int, following: bool, now: datetime
) -> None:
    """Keep the person's choice; its time changes only when the choice does (it is when
    their following began)."""
    table = cast(Table, WishFollowRow.__table__)
    statement = _insert(session)(table).values(
        wish_id=wish_id, person_id=person_id, following=following, updated_at=now
    )
    statement = statement.on_conflict_do_update(
        index_elements=["wish_id", "person_id"],
        set_={"following": following, "updated_at": now},
        where=table.c.following != following,
    )
    await session.execute(statement)


async def follow_unless_chosen(
    session: AsyncSession, *, wish_id: int, person_id: int, now: datetime
) -> None:
    """Follow the wish (a commenter hears of the answers) unless the person already chose."""
    await insert_ignoring_conflict(
        session,
        WishFollowRow,
        {"wish_id": wish_id, "person_id": person_id, "following": True, "updated_at": now},
        conflict_columns=("wish_id", "person_id"),
    )


async def carry_follows(
    session: AsyncSession, *, from_wish: int, to_wish: int, now: datetime
) -> None:
    """A merge: each choice about the duplicate (following or not) holds for the original
    too, unless the person already chose about the original."""
    chosen = await session.execute(
        select(WishFollowRow.person_id, WishFollowRow.following).where(
            WishFollowRow.wish_id == from_wish
        )
    )
    for person_id, following in list(chosen):
        await insert_ignoring_conflict(
            session,
            WishFollowRow,
            {"wish_id": to_wish, "person_id": person_id, "following": following, "updated_at": now},
            conflict_columns=("wish_id", "person_id"),
        )


async def is_following(session: AsyncSession, *, wish_id: int, person_id: int) -> bool:
    """The person's own choice, else whether they support the wish."""
    choice = await session.scalar(
        select(WishFollowRow.following).where(
            WishFollowRow.wish_id == wish_id, WishFollowRow.person_id == person_id
        )
    )
    if choice is not None:
        return bool(choice)
    return await supports(session, wish_id=wish_id, person_id=person_id)


async def wishes_followed_by(session: AsyncSession, person_id: int) -> set[int]:
    """Every wish the person follows, by `is_following`'s rule and `follows_of`'s reach: those
    they chose to follow, and those they support (or whose merged duplicate they support)
    unless they chose not to."""
    chosen_rows = await session.execute(
        select(WishFollowRow.wish_id, WishFollowRow.following).where(
            WishFollowRow.person_id == person_id
        )
    )
    choices = {int(wish): bool(following) for wish, following in chosen_rows}
    theirs = WishSupportRow.person_id == person_id
    direct = select(WishSupportRow.wish_id).where(theirs)
    through = (  # a duplicate's supporters follow its original too
        select(WishRow.merged_into_id)
        .select_from(WishSupportRow)
        .join(WishRow, WishRow.id == WishSupportRow.wish_id)
        .where(theirs, WishRow.merged_into_id.is_not(None))
    )
    supported = {
        int(w) for s in (direct, through) for w in await session.scalars(s) if w is not None
    }
    chosen = {wish for wish, following in choices.items() if following}
    return chosen | (supported - choices.keys())


@dataclass(frozen=True)
class Follow:
    """One person following one wish, since `began`."""

    person_id: int
    wish_id: int
    began: datetime
    chosen: bool  # they chose to follow it (not only by supporting it)
    supports: bool  # they support it, or a duplicate merged into it


async def follows_of(session: AsyncSession, wish_ids: Iterable[int]) -> list[Follow]:
    """Everyone following any of the wishes: two reads per 5,000 wishes, however many
    followers."""
    choices: dict[tuple[int, int], tuple[bool, datetime]] = {}
    supported: dict[tuple[int, int], datetime] = {}
    for chunk in _chunks(wish_ids):
        rows = await session.execute(
            select(
                WishFollowRow.wish_id,
                WishFollowRow.person_id,
                WishFollowRow.following,
                WishFollowRow.updated_at,
            ).where(WishFollowRow.wish_id.in_(chunk))
        )
        for wish_id, person_id, following, at in rows:
            choices[(wish_id, person_id)] = (bool(following), at)
        who = (WishSupportRow.person_id, WishSupportRow.created_at)
        direct = select(WishSupportRow.wish_id, *who).where(WishSupportRow.wish_id.in_(chunk))
        through = (  # a duplicate's supporters follow its original too
            select(WishRow.merged_into_id, *who)
            .join(WishRow, WishRow.id == WishSupportRow.wish_id)
            .where(WishRow.merged_into_id.in_(chunk))
        )
        for statement in (direct, through):
            for followed, person_id, at in await session.execute(statement):
                if followed is not None:
                    key = (int(followed), person_id)
                    supported[key] = min(at, supported.get(key, at))
    found = []
    for key in choices.keys() | supported.keys():
        choice, since = choices.get(key), supported.get(key)
        if choice is not None and not choice[0]:
            continue
        began = min(t for t in (choice[1] if choice else None, since) if t is not None)
        found.append(Follow(key[1], key[0], began, choice is not None, since is not None))
    return sorted(found, key=lambda f: (f.person_id, f.wish_id))


async def followers_of(session: AsyncSession, wish_ids: Iterable[int]) -> dict[int, set[int]]:
    """The people following each wish (a wish nobody follows is left out)."""
    found: dict[int, set[int]] = {}
    for follow in await follows_of(session, wish_ids):
        found.setdefault(follow.wish_id, set()).add(follow.person_id)
    return found


# --- the digest ---------------------------------------------------------------------------


@dataclass(frozen=True)
class News:
    """One thing that happened on a shown wish: a status change, a merge or a comment."""

    id: int
    wish_id: int
    kind: str  # "status", "merged" or "comment"
    at: datetime
    by_id: int | None  # the person who acted or wrote, None when not known
    detail: dict[str, Any]  # an event's detail; a comment's author name and text


async def news_between(session: AsyncSession, *, since: datetime, until: datetime) -> list[News]:
    """Status changes, merges and shown comments on shown wishes after `since`, up to and
    including `until`, oldest first."""
    shown = WishRow.hidden == false()
    events = await session.execute(
        select(
            WishEventRow.id,
            WishEventRow.wish_id,
            WishEventRow.kind,
            WishEventRow.created_at,
            WishEventRow.actor_id,
            WishEventRow.detail,
        )
        .join(WishRow, WishRow.id == WishEventRow.wish_id)
        .where(
            WishEventRow.kind.in_(NEWS_KINDS),
            WishEventRow.created_at > since,
            WishEventRow.created_at <= until,
            shown,
        )
    )
    found = [News(i, w, k, at, by, dict(detail or {})) for i, w, k, at, by, detail in events]
    comments = await session.execute(
        select(
            WishCommentRow.id,
            WishCommentRow.wish_id,
            WishCommentRow.created_at,
            WishCommentRow.person_id,
            WishCommentRow.author_name,
            WishCommentRow.text,
        )
        .join(WishRow, WishRow.id == WishCommentRow.wish_id)
        .where(
            WishCommentRow.created_at > since,
            WishCommentRow.created_at <= until,
            WishCommentRow.deleted_at.is_(None),
            WishCommentRow.hidden_at.is_(None),
            shown,
        )
    )
    found += [
        News(i, w, COMMENT, at, by, {"author": name, "text": text})
        for i, w, at, by, name, text in comments
    ]
    return sorted(found, key=lambda n: (n.at, n.kind == COMMENT, n.id))


@dataclass(frozen=True)
class Reader:
    """A person the digest may mail: a proved address, not blocked, the mail not off."""

    person_id: int
    email: str
    locale: str | None
    notifications: bool
    told_until: datetime | None
    on_chat: bool  # has an account on a chat platform (told there privately)


async def digest_readers(
    session: AsyncSession, person_ids: Iterable[int], *, until: datetime, web_platform: str
) -> dict[int, Reader]:
    """Those of the people who may be mailed a digest and were not told up to `until`."""
    on_chat = exists().where(
        MemberRow.person_id == PersonRow.id, MemberRow.platform != web_platform
    )
    found: dict[int, Reader] = {}
    for chunk in _chunks(person_ids):
        rows = await session.execute(
            select(
                PersonRow.id,
                PersonRow.email,
                PersonRow.locale,
                PersonRow.notifications,
                FollowDigestRow.told_until,
                on_chat.label("on_chat"),
            )
            .outerjoin(FollowDigestRow, FollowDigestRow.person_id == PersonRow.id)
            .where(
                PersonRow.id.in_(chunk),
                PersonRow.email.is_not(None),
                PersonRow.blocked_at.is_(None),
                or_(FollowDigestRow.mail.is_(None), FollowDigestRow.mail == true()),
                or_(FollowDigestRow.told_until.is_(None), FollowDigestRow.told_until < until),
            )
        )
        for person_id, email, locale, notifications, told_until, chat in rows:
            found[person_id] = Reader(
                person_id, str(email), locale, bool(notifications), told_until, bool(chat)
            )
    return found


async def mark_told(session: AsyncSession, person_ids: Sequence[int], *, until: datetime) -> None:
    """The people have been told up to `until` (never moved back)."""
    if not person_ids:
        return
    table = cast(Table, FollowDigestRow.__table__)
    insert = _insert(session)(table).values(
        [{"person_id": p, "mail": True, "told_until": until} for p in sorted(set(person_ids))]
    )
    statement = insert.on_conflict_do_update(
        index_elements=["person_id"],
        set_={"told_until": insert.excluded.told_until},
        where=or_(table.c.told_until.is_(None), table.c.told_until < insert.excluded.told_until),
    )
    await session.execute(statement)


async def set_digest_mail(
    session: AsyncSession, person_id: int, *, mail: bool, now: datetime
) -> None:
    """The digest off for the person (the "no more of these mails" link), or on again: then
    told up to `now`, so what happened while it was off is not mailed all at once."""
    table = cast(Table, FollowDigestRow.__table__)
    if mail:  # on unless turned off: only a row that says off changes
        await session.execute(
            update(table)
            .where(table.c.person_id == person_id, table.c.mail == false())
            .values(mail=True, told_until=now)
        )
        return
    statement = _insert(session)(table).values(person_id=person_id, mail=False, told_until=None)
    await session.execute(
        statement.on_conflict_do_update(index_elements=["person_id"], set_={"mail": False})
    )


async def digest_mail_off(session: AsyncSession, person_ids: Iterable[int]) -> set[int]:
    """Those of the people who turned the digest off."""
    off: set[int] = set()
    for chunk in _chunks(person_ids):
        rows = await session.execute(
            select(FollowDigestRow.person_id).where(
                FollowDigestRow.person_id.in_(chunk), FollowDigestRow.mail == false()
            )
        )
        off.update(rows.scalars())
    return off


async def chat_accounts(
    session: AsyncSession, person_ids: Iterable[int], *, web_platform: str
) -> dict[int, MemberRow]:
    """Each person's first account on a chat platform; a person on no chat is left out."""
    found: dict[int, MemberRow] = {}
    for chunk in _chunks(person_ids):
        rows = await session.execute(
            select(MemberRow)
            .where(MemberRow.person_id.in_(chunk), MemberRow.platform != web_platform)
            .order_by(MemberRow.id)
        )
        for account in rows.scalars():
            found.setdefault(account.person_id, account)
    return found


async def wish_titles(session: AsyncSession, wish_ids: Iterable[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    for chunk in _chunks(wish_ids):
        rows = await session.execute(select(WishRow.id, WishRow.title).where(WishRow.id.in_(chunk)))
        found.update({number: title for number, title in rows})
    return found
