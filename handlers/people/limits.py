"""Per-person limits on how often anyone may act, kept in the database so they hold across a
person's accounts, restarts and several processes. Board members are exempt (their limits
are the verification limits, which live with the codes)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.errors import LimitReached
from handlers.i18n import N_, Translator, translator
from handlers.meetings.times import spoken
from handlers.people.config import AGENDA, COMMAND, COMMENT, SUPPORT, WISH
from handlers.types import Member
from storage.people import count_actions, get_person, record_action


async def count_action(ctx: Context, member: Member, kind: str) -> None:
    """Count one action in a transaction of its own (for any command)."""
    if _exempt(ctx, member, kind):
        return
    async with ctx.db.transaction() as session:
        await _take(ctx, session, member, kind)


async def count_action_in(ctx: Context, session: AsyncSession, member: Member, kind: str) -> None:
    """Count one action in the caller's transaction, so a refused or failed action is not
    counted and an accepted one is counted exactly when it is stored."""
    if _exempt(ctx, member, kind):
        return
    await _take(ctx, session, member, kind)


def _exempt(ctx: Context, member: Member, kind: str) -> bool:
    return member.is_board or member.person_id is None or kind not in ctx.people.limits


async def _take(ctx: Context, session: AsyncSession, member: Member, kind: str) -> None:
    assert member.person_id is not None
    limit = ctx.people.limits[kind]
    now = ctx.clock.now()
    since = now - limit.window
    # The person's row is held while counting (PostgreSQL), so two accounts of one person
    # acting at once are counted one after the other; SQLite writers are alone anyway.
    await get_person(session, member.person_id, lock=ctx.db.is_postgresql)
    done, oldest = await count_actions(session, person_id=member.person_id, kind=kind, since=since)
    if done >= limit.count:
        again = (oldest or now) + limit.window
        _ = translator(member.locale)
        raise LimitReached(
            LIMIT_TEXT[kind],
            retry_after=max(0.0, (again - now).total_seconds()),
            count=_counted(kind, limit.count, _),
            window=window_text(limit.window, _),
            again=spoken(again, ctx.meetings.zone, member.locale),
        )
    await record_action(
        session, person_id=member.person_id, kind=kind, now=now, forget_before=since
    )


LIMIT_TEXT = {
    COMMAND: N_(
        "You have used {count} within {window}, the most allowed. Try again after {again}."
    ),
    WISH: N_(
        "You have submitted {count} within {window}, the most allowed. Nothing was "
        "saved; try again after {again}."
    ),
    AGENDA: N_(
        "You have proposed {count} within {window}, the most allowed. Nothing "
        "was saved; try again after {again}."
    ),
    SUPPORT: N_(
        "You have changed your support {count} within {window}, the most allowed. "
        "Nothing was changed; try again after {again}."
    ),
    COMMENT: N_(
        "You have written {count} within {window}, the most allowed. Nothing was "
        "saved; try again after {again}."
    ),
}


def _counted(kind: str, n: int, _: Translator) -> str:
    """The limit's count with its noun: "1 wish", "5 wishes", "1 time"."""
    if kind == WISH:
        return _.ngettext("{n} wish", "{n} wishes", n)
    if kind == AGENDA:
        return _.ngettext("{n} agenda item", "{n} agenda items", n)
    if kind == SUPPORT:
        return _.ngettext("{n} time", "{n} times", n)
    if kind == COMMENT:
        return _.ngettext("{n} comment", "{n} comments", n)
    return _.ngettext("{n} command", "{n} commands", n)


def window_text(window: timedelta, _: Translator) -> str:
    """A window as words in the member's language: "1 hour", "24 timmar", "1 dag"."""
    seconds = int(window.total_seconds())
    if seconds % 86400 == 0:
        return _.ngettext("{n} day", "{n} days", seconds // 86400)
    if seconds % 3600 == 0:
        return _.ngettext("{n} hour", "{n} hours", seconds // 3600)
    if seconds % 60 == 0:
        return _.ngettext("{n} minute", "{n} minutes", seconds // 60)
    return _.ngettext("{n} second", "{n} seconds", seconds)
