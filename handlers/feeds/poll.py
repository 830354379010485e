"""One poll of one feed: conditional GET, parse off the loop, post what is new, edit what changed.

On the first poll everything is remembered and nothing posted (but `backfill` newest items), so
adding a feed never floods a channel. Entries are remembered for good, so a restart, a reordered
feed or an item that comes back is never posted twice. Failures back off; after
`max_failures` the feed pauses itself and the board is told once; 410 Gone disables at once.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.feeds.entries import FeedEntry, ParsedFeed, parse_feed
from handlers.feeds.present import entry_message
from handlers.i18n import N_, Marked, said_in, translator
from handlers.jobs import JobSpec
from handlers.ports import FeedFetcher, FetchResult
from handlers.topics import post_to_topic
from handlers.types import Message
from storage.channels import channels_for_topic
from storage.feed_models import FeedRow
from storage.feeds import claim_due_feeds, get_feed, remember_entry, seen_entries, targets
from storage.outbox import delivery, enqueue

log = logging.getLogger(__name__)
CLAIM_SECONDS = 900  # a claimed feed's poll must end by then, or it is polled again
MINUTES_CATEGORIES = ("protokoll", "minutes", "styrelseprotokoll")


@dataclass(frozen=True)
class PollOutcome:
    status: str  # "posted", "unchanged", "failed", "paused", "gone"
    posted: int = 0
    edited: int = 0


def entry_id(entry: FeedEntry) -> str:
    return hashlib.sha256(entry.key.encode()).hexdigest()[:24]


async def poll_feed(ctx: Context, fetcher: FeedFetcher, feed_id: int) -> PollOutcome:
    async with ctx.db.transaction() as session:
        feed = await get_feed(session, feed_id)
        if feed is None or feed.paused or feed.disabled:
            return PollOutcome("unchanged")
        url, etag, modified = feed.url, feed.etag, feed.last_modified
    result = await fetcher.fetch(url, etag=etag, last_modified=modified)
    return await apply_fetch(ctx, feed_id, result, await parse_result(url, result))


async def parse_result(url: str, result: FetchResult) -> ParsedFeed | None:
    """Parse a 200 answer in a worker thread (feedparser is blocking); None for the rest."""
    if result.status != 200 or result.error:
        return None
    return await asyncio.to_thread(
        parse_feed, result.body, url=url, content_type=result.content_type
    )


async def apply_fetch(
    ctx: Context, feed_id: int, result: FetchResult, parsed: ParsedFeed | None
) -> PollOutcome:
    """Record what a fetch gave: health, validators, new and edited entries."""
    async with ctx.db.transaction() as session:
        feed = await get_feed(session, feed_id)
        if feed is None:
            return PollOutcome("unchanged")
        outcome = await _apply(ctx, session, feed, result, parsed)
    ctx.wake_outbox()
    return outcome


async def _apply(
    ctx: Context,
    session: AsyncSession,
    feed: FeedRow,
    result: FetchResult,
    parsed: ParsedFeed | None,
) -> PollOutcome:
    now = ctx.clock.now()
    if result.status == 304:
        _succeeded(ctx, feed, result, now)
        return PollOutcome("unchanged")
    if result.status == 410:
        feed.disabled, feed.last_error = True, "410 Gone"
        await _tell_board(ctx, session, feed, "410 Gone", now)
        return PollOutcome("gone")
    problem = _problem(result, parsed)
    if problem is not None or parsed is None:
        return await _failed(ctx, session, feed, problem or "no feed", now)
    _succeeded(ctx, feed, result, now)
    if parsed.warning:
        log.info("feed parsed with a warning", extra={"feed": feed.id, "warning": parsed.warning})
    feed.title = feed.title or parsed.title[:200]
    return await _entries(ctx, session, feed, parsed.entries, now)


def _problem(result: FetchResult, parsed: ParsedFeed | None) -> str | None:
    if result.error:
        return result.error
    if result.status != 200:
        return f"HTTP {result.status}"
    if parsed is None or not parsed.is_feed:
        return Marked(N_("not a feed (an HTML page?)"))
    return None


def _succeeded(ctx: Context, feed: FeedRow, result: FetchResult, now: datetime) -> None:
    feed.failures, feed.last_error, feed.last_success_at = 0, None, now
    if result.status == 200:
        feed.etag, feed.last_modified = result.etag, result.last_modified
    feed.next_poll_at = now + timedelta(seconds=_jittered(feed.interval_seconds, feed.id))


def _jittered(seconds: int, feed_id: int) -> float:
    """Spread polls of many feeds over the interval (±10 %, fixed per feed)."""
    return seconds * (0.9 + (feed_id * 7919 % 200) / 1000)


async def _failed(
    ctx: Context, session: AsyncSession, feed: FeedRow, reason: str, now: datetime
) -> PollOutcome:
    feed.failures += 1
    feed.last_error = said_in(reason, translator(ctx.default_locale))[:1000]  # as the board reads
    wait = min(ctx.feeds.max_backoff_seconds, feed.interval_seconds * 2 ** (feed.failures - 1))
    feed.next_poll_at = now + timedelta(seconds=wait)
    if feed.failures >= ctx.feeds.max_failures:
        feed.paused = True
        await _tell_board(ctx, session, feed, reason, now)
        return PollOutcome("paused")
    return PollOutcome("failed")


async def _tell_board(
    ctx: Context, session: AsyncSession, feed: FeedRow, reason: str, now: datetime
) -> None:
    _ = translator(ctx.default_locale)
    if feed.disabled:
        text = _(
            "Feed {number} ({url}) is gone (410) and has been switched off.",
            number=feed.id,
            url=feed.url,
        )
    else:
        text = _(
            "Feed {number} ({url}) failed {failures} times in a row and is paused: {reason}. "
            "Resume it with /feed resume {number}.",
            number=feed.id,
            url=feed.url,
            failures=feed.failures,
            reason=reason,
        )
    key = f"feed-alert:{feed.id}:{now.isoformat()}"
    await post_to_topic(session, "board", Message(text=text), key=key, now=now)


async def _entries(
    ctx: Context,
    session: AsyncSession,
    feed: FeedRow,
    entries: tuple[FeedEntry, ...],
    now: datetime,
) -> PollOutcome:
    known = await seen_entries(session, feed.id, [e.key for e in entries])
    newest_first = sorted(entries, key=lambda e: e.published or now, reverse=True)
    fresh = [e for e in newest_first if e.key not in known]
    to_post: list[FeedEntry] = []
    held: list[FeedEntry] = []
    if not feed.primed:
        to_post = fresh[: feed.backfill]
        feed.primed = True
    else:
        oldest = now - timedelta(days=ctx.feeds.window_days)
        wanted = [e for e in fresh if (e.published or now) >= oldest and _matches(feed, e)]
        to_post = wanted[: ctx.feeds.posts_per_poll]
        held = wanted[ctx.feeds.posts_per_poll :]  # over the cap: left for the next poll
        fresh = [e for e in fresh if e not in held]
    posted = 0
    for entry in reversed(to_post):  # oldest first, so channels read in order
        if await remember_entry(
            session,
            feed_id=feed.id,
            key=entry.key,
            fingerprint=entry.fingerprint,
            posted=True,
            now=now,
        ):
            posted += await _post(ctx, session, feed, entry, now)
    for entry in fresh:
        if entry not in to_post:
            await remember_entry(
                session,
                feed_id=feed.id,
                key=entry.key,
                fingerprint=entry.fingerprint,
                posted=False,
                now=now,
            )
    edited = 0
    for entry in entries:
        row = known.get(entry.key)
        # An entry reduced to its id by retention has no fingerprint: its post is not edited.
        if row is not None and row.posted and row.fingerprint not in ("", entry.fingerprint):
            row.fingerprint, row.version = entry.fingerprint, row.version + 1
            edited += await _post(ctx, session, feed, entry, now, edit_version=row.version)
    return PollOutcome("posted" if posted or edited else "unchanged", posted, edited)


def _matches(feed: FeedRow, entry: FeedEntry) -> bool:
    words = [w.strip().casefold() for w in feed.keywords.split(",") if w.strip()]
    if not words:
        return True
    haystack = f"{entry.title} {entry.text} {' '.join(entry.categories)}".casefold()
    return any(word in haystack for word in words)


async def _destinations(
    session: AsyncSession, feed: FeedRow, entry: FeedEntry
) -> list[tuple[str, str]]:
    """The feed's own channels (or the `news` topic), plus `minutes` for board minutes."""
    found = [(t.platform, t.channel_id) for t in await targets(session, feed.id)]
    if not found:
        found = [(c.platform, c.channel_id) for c in await channels_for_topic(session, "news")]
    categories = {c.casefold() for c in (*entry.categories, feed.category or "")}
    if categories & set(MINUTES_CATEGORIES):
        found += [(c.platform, c.channel_id) for c in await channels_for_topic(session, "minutes")]
    return list(dict.fromkeys(found))


async def _post(
    ctx: Context,
    session: AsyncSession,
    feed: FeedRow,
    entry: FeedEntry,
    now: datetime,
    *,
    edit_version: int = 0,
) -> int:
    message = entry_message(entry, ctx.default_locale, ctx.feeds.summary_characters)
    count = 0
    for platform, channel in await _destinations(session, feed, entry):
        key = f"feed:{feed.id}:{entry_id(entry)}:{platform}:{channel}"
        if edit_version and await delivery(session, key) is None:
            continue  # the post's delivery is past retention: its message id is gone
        count += await enqueue(
            session,
            platform=platform,
            target=channel,
            idempotency_key=key if not edit_version else f"{key}:edit:{edit_version}",
            payload=message.to_json(),
            now=now,
            action="edit" if edit_version else "send",
            ref_key=key if edit_version else None,
        )
    return 1 if count else 0


async def poll_due(ctx: Context, fetcher: FeedFetcher, *, concurrency: int = 8) -> int:
    """Poll every feed whose time has come, a few at a time; one failing never stops the rest.
    Each is claimed first (CLAIM_SECONDS), so two schedulers never poll one feed."""
    async with ctx.db.transaction() as session:
        due = await claim_due_feeds(
            session, ctx.clock.now(), limit=10_000, lease=timedelta(seconds=CLAIM_SECONDS)
        )
    gate = asyncio.Semaphore(concurrency)

    async def one(feed_id: int) -> None:
        async with gate:
            try:
                await poll_feed(ctx, fetcher, feed_id)
            except Exception:
                log.exception("feed poll failed", extra={"feed": feed_id})

    await asyncio.gather(*(one(feed_id) for feed_id in due))
    return len(due)


async def _poll_due_feeds(ctx: Context) -> None:
    if ctx.fetcher is not None:
        await poll_due(ctx, ctx.fetcher, concurrency=ctx.feeds.concurrency)


TICK_SECONDS = 30  # how often due feeds are looked for (each has its own interval)
JOBS = (JobSpec("feeds", TICK_SECONDS, _poll_due_feeds),)
