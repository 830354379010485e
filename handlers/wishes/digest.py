"""The daily mail of the wishes a person follows (issue #20's "Following").

Once a day, when 07:00 Stockholm time has passed, everyone with news on a wish they follow
gets one mail through the outbox (`digest:<person>`, key `digest:<person>:<date>`): per wish
its new statuses and merges, and how many comments others wrote (never their words or names),
with a link to its page and one that stops following it; at the end a link that stops these
mails (also the mail's one-click `List-Unsubscribe`). Only a person with a proved address,
not blocked, who has not turned the mail off is mailed, and that is decided again when the
mail goes (`handlers.mail.fanout`).

Told once: a person's `told_until` moves to the digest's moment in the transaction that
queues their mail, so a process stopped anywhere neither loses a digest nor sends one twice,
and two processes at once queue it once (the key). A person on chat is told of a new status
and a merge of a wish they support privately there (`handlers.wishes.notify`): their digest
leaves those out, and so does the digest of someone who turned such notices off, unless
they chose to follow the wish themselves.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, time, timedelta

from handlers.context import Context
from handlers.core.text import escape_markdown, shorten
from handlers.core.times import STOCKHOLM
from handlers.i18n import Translator, translator
from handlers.jobs import JobSpec
from handlers.mail.fanout import DIGEST_PREFIX
from handlers.mail.fanout import PLATFORM as MAIL
from handlers.portal import WEB
from handlers.types import Message
from handlers.wishes.following import off_path
from handlers.wishes.present import status_name
from storage.follows import (
    COMMENT,
    Follow,
    News,
    Reader,
    digest_readers,
    follows_of,
    mark_told,
    news_between,
    wish_titles,
)
from storage.outbox import Delivery, enqueue_many
from storage.platform_state import recall, remember

DIGEST_AT = time(7, 0)  # Stockholm time
SETTLE = timedelta(minutes=2)  # news stamped just before the hour has been committed by then
FIRST_DAY = timedelta(hours=24)  # a first digest tells at most this far back
OLDEST = timedelta(days=7)  # nor does any digest tell older news (the mail was off, say)
TICK_SECONDS = 300
BATCH = 200  # people per transaction
EXCERPT = 140  # characters of a comment shown
DONE = ("jobs", "follow-digest")  # platform_state: the last digest moment everyone was told


def digest_moment(now: datetime) -> datetime:
    """The latest 07:00 Stockholm time at least `SETTLE` ago, in UTC: what the digest due
    now tells up to."""
    local = (now - SETTLE).astimezone(STOCKHOLM)
    day = local.date()
    if datetime.combine(day, DIGEST_AT, tzinfo=STOCKHOLM) > local:
        day -= timedelta(days=1)
    return datetime.combine(day, DIGEST_AT, tzinfo=STOCKHOLM).astimezone(UTC)


def offered(ctx: Context) -> bool:
    """A digest needs a mail server, and a public address for its links."""
    return ctx.public.base_url is not None and ctx.public.mail_enabled


async def digest_tick(ctx: Context) -> None:
    """The job: the digest due now, unless it was done (one read when nothing is due)."""
    if not offered(ctx):
        return
    until = digest_moment(ctx.clock.now())
    async with ctx.db.transaction() as session:
        done = await recall(session, *DONE)
    if done == until.isoformat():
        return
    queued = await send_digests(ctx, until, done_until=_moment(done))
    async with ctx.db.transaction() as session:
        await remember(session, *DONE, until.isoformat(), now=ctx.clock.now())
    if queued:
        ctx.wake_outbox()


def _moment(text: str | None) -> datetime | None:
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


async def send_digests(ctx: Context, until: datetime, *, done_until: datetime | None = None) -> int:
    """Queue the digest up to `until` for everyone not yet told up to it who has news;
    returns how many mails were queued. A handful of reads for everyone, then one
    transaction per `BATCH` people.

    `done_until`: the last digest everyone was told up to: what came before was told then
    (or to nobody who could be mailed), so only the news since is read, a day's as a rule."""
    floor = max(until - OLDEST, done_until or until - OLDEST)
    async with ctx.db.transaction() as session:
        news = await news_between(session, since=floor, until=until)
        if not news:
            return 0
        follows = await follows_of(session, {n.wish_id for n in news})
        readers = await digest_readers(
            session, {f.person_id for f in follows}, until=until, web_platform=WEB
        )
        originals = {into for n in news if (into := _into(n)) is not None}
        titles = await wish_titles(session, {n.wish_id for n in news} | originals)
    by_wish: dict[int, list[News]] = defaultdict(list)
    for item in news:
        by_wish[item.wish_id].append(item)
    by_person: dict[int, list[Follow]] = defaultdict(list)
    for follow in follows:
        if follow.person_id in readers:
            by_person[follow.person_id].append(follow)
    day = until.astimezone(STOCKHOLM).date().isoformat()
    queued = 0
    people = sorted(by_person)
    for start in range(0, len(people), BATCH):
        deliveries: list[Delivery] = []
        for person_id in people[start : start + BATCH]:
            reader = readers[person_id]
            found = news_for(reader, by_person[person_id], by_wish, until, floor=floor)
            if found:
                mail = digest_mail(ctx, reader, found, titles)
                target = f"{DIGEST_PREFIX}{person_id}"
                key = f"digest:{person_id}:{day}"
                deliveries.append(Delivery(MAIL, target, key, mail.to_json()))
        if not deliveries:
            continue
        told = [int(d.target[len(DIGEST_PREFIX) :]) for d in deliveries]
        async with ctx.db.transaction() as session:
            await mark_told(session, told, until=until)
            queued += await enqueue_many(session, deliveries, now=ctx.clock.now())
    return queued


def news_for(
    reader: Reader,
    follows: list[Follow],
    by_wish: dict[int, list[News]],
    until: datetime,
    *,
    floor: datetime,
) -> dict[int, list[News]]:
    """What the reader is to be told, per wish, oldest first: since they were last told (a
    first time, the last day; never before `floor`) and since they follow the wish; not
    what they did or wrote themselves, nor what they were told in chat."""
    since = max(reader.told_until or until - FIRST_DAY, floor)
    found: dict[int, list[News]] = {}
    for follow in follows:
        told_in_chat = reader.on_chat and reader.notifications and follow.supports
        events_wanted = not told_in_chat and (follow.chosen or reader.notifications)
        for item in by_wish.get(follow.wish_id, ()):
            if not since < item.at <= until or item.at < follow.began:
                continue
            if item.by_id == reader.person_id:
                continue
            if item.kind != COMMENT and not events_wanted:
                continue
            found.setdefault(follow.wish_id, []).append(item)
    return found


def digest_mail(
    ctx: Context, reader: Reader, found: dict[int, list[News]], titles: dict[int, str]
) -> Message:
    """The mail, in the reader's language: a part per wish, then the link that stops it."""
    _ = translator(reader.locale or ctx.default_locale)
    key = ctx.people.code_key
    parts = [
        _wish_part(ctx, wish_id, items, titles, _, off=off_path(key, reader.person_id, wish_id))
        for wish_id, items in sorted(found.items())
    ]
    stop = ctx.public.url(off_path(key, reader.person_id)) or ""
    label = _("No more of these mails")
    parts.append(f"[{label}]({stop})")
    return Message(title=_("News on wishes you follow"), text="\n\n".join(parts))


def _wish_part(
    ctx: Context,
    wish_id: int,
    items: list[News],
    titles: dict[int, str],
    _: Translator,
    *,
    off: str,
) -> str:
    page = ctx.public.url(f"wishes/{wish_id}") or ""
    heading = escape_markdown(f"#{wish_id} {titles.get(wish_id, '')}".strip())
    lines = [f"**[{heading}]({page})**"]
    for item in items:
        if item.kind == "status":
            status = status_name(str(item.detail.get("status", "")), _)
            comment = _excerpt(str(item.detail.get("comment") or ""))
            lines.append(
                _("New status: {status}. The board: “{comment}”", status=status, comment=comment)
                if comment
                else _("New status: {status}.", status=status)
            )
        elif (into := _into(item)) is not None:
            original = escape_markdown(f"#{into} {titles.get(into, '')}".strip())
            lines.append(_("Merged into {wish}.", wish=original))
    # How many, never what or by whom: a mail keeps what it says, and a comment the board
    # hides or an author erases later is gone from the page, not from a mail already queued.
    comments = sum(1 for item in items if item.kind == COMMENT)
    if comments:
        lines.append(
            _.ngettext(
                "{n} new comment: read it on the wish's page.",
                "{n} new comments: read them on the wish's page.",
                comments,
            )
        )
    label = _("Stop following this wish")
    lines.append(f"[{label}]({ctx.public.url(off) or ''})")
    return "\n".join(lines)


def _excerpt(text: str) -> str:
    """A member's text on one line, shortened, shown as written (no Markdown of theirs)."""
    return escape_markdown(shorten(" ".join(text.split()), EXCERPT))


def _into(item: News) -> int | None:
    """The original a merge event points at."""
    if item.kind != "merged":
        return None
    into = item.detail.get("into")
    return int(into) if isinstance(into, int | str) and str(into).isdigit() else None


JOBS = (JobSpec("follow-digest", TICK_SECONDS, digest_tick, first_after=60),)
