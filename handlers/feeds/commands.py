"""/feed: the board follows the association's feeds (a Wix blog's /blog-feed.xml and others)."""

from __future__ import annotations

from urllib.parse import urlparse

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import CommandSpec, OptionSpec, OptionType
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.feeds.entries import ParsedFeed
from handlers.feeds.poll import apply_fetch, parse_result
from handlers.feeds.present import entry_message
from handlers.i18n import N_, Translator
from handlers.ports import FeedFetcher, FetchResult
from handlers.types import Field, Message, Reply
from storage.feed_models import FeedRow
from storage.feeds import add_target, all_feeds, feed_by_url, get_feed, remove_feed, targets


def _fetcher(ctx: Context) -> FeedFetcher:
    if ctx.fetcher is None:
        raise CommandError(N_("Feeds are not available in this process."))
    return ctx.fetcher


def _checked_url(raw: str) -> str:
    url = raw.strip().strip("<>")
    try:
        parts = urlparse(url)
    except ValueError:  # "http://[::1": an address urlparse cannot split
        parts = urlparse("")
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise CommandError(N_("“{url}” is not an http or https address."), url=raw)
    return url


async def _fetch_feed(ctx: Context, url: str) -> tuple[FetchResult, ParsedFeed]:
    result = await _fetcher(ctx).fetch(url)
    if result.error or result.status != 200:
        raise CommandError(
            N_("I could not read {url}: {reason}."),
            url=url,
            reason=result.error or f"HTTP {result.status}",
        )
    parsed = await parse_result(url, result)
    if parsed is None or not parsed.is_feed:
        raise CommandError(N_("{url} is not an RSS or Atom feed (is it a web page?)."), url=url)
    return result, parsed


async def add(ctx: Context, call: Call) -> Reply:
    _ = call._
    url = _checked_url(call.values["url"])
    async with ctx.db.transaction() as session:
        existing = await feed_by_url(session, url)
    if existing is None:
        result, parsed = await _fetch_feed(ctx, url)
        now = ctx.clock.now()
        async with ctx.db.transaction() as session:
            feed = FeedRow(
                url=url, title=parsed.title[:200], category=call.values.get("category"),
                keywords=str(call.values.get("keywords") or ""), added_by=call.member.display_name,
                backfill=int(call.values.get("backfill") or 0),
                interval_seconds=ctx.feeds.interval_seconds, next_poll_at=now, created_at=now,
            )  # fmt: skip
            session.add(feed)
            await session.flush()
            feed_id = feed.id
            await _target_here(session, feed_id, call)
        outcome = await apply_fetch(ctx, feed_id, result, parsed)
        remembered = _.ngettext("{n} item remembered", "{n} items remembered", len(parsed.entries))
        posted = _.ngettext("{n} posted", "{n} posted", outcome.posted)
        return Reply.text(
            _(
                "Following feed {number}: {title} ({entries}, {posted}).",
                number=feed_id,
                title=parsed.title or url,
                entries=remembered,
                posted=posted,
            ),
            private=False,
        )
    async with ctx.db.transaction() as session:
        added = await _target_here(session, existing.id, call)
    if not added:
        return Reply.text(_("Feed {number} already posts here.", number=existing.id))
    return Reply.text(_("Feed {number} now posts here too.", number=existing.id), private=False)


async def _target_here(session: AsyncSession, feed_id: int, call: Call) -> bool:
    if call.channel is None:
        return False  # no channel: the feed posts to the `news` topic channels
    return await add_target(
        session,
        feed_id=feed_id,
        platform=call.channel.platform,
        channel_id=call.channel.channel_id,
        channel_name=call.channel.name,
    )


def _health(feed: FeedRow, _: Translator) -> str:
    if feed.disabled:
        state = _("switched off")
    elif feed.paused:
        state = _("paused")
    else:
        state = _("next poll {when}", when=feed.next_poll_at.strftime("%Y-%m-%d %H:%M UTC"))
    success = feed.last_success_at.strftime("%Y-%m-%d %H:%M") if feed.last_success_at else "–"
    line = _("{state}; last success {success}", state=state, success=success)
    if feed.last_error:
        line += "; " + _("last error: {error}", error=feed.last_error[:200])
    return line


async def list_feeds(ctx: Context, call: Call) -> Reply:
    _ = call._
    async with ctx.db.transaction() as session:
        feeds = await all_feeds(session)
        where = {f.id: await targets(session, f.id) for f in feeds}
    if not feeds:
        return Reply.text(_("No feeds yet. Add one with /feed add URL."))
    fields = tuple(
        Field(
            f"{feed.id}. {feed.title or feed.url}",
            "\n".join(
                [
                    feed.url,
                    ", ".join(
                        f"{t.platform}:#{t.channel_name or t.channel_id}" for t in where[feed.id]
                    )
                    or _("the news channels"),
                    _health(feed, _),
                ]
            ),
        )
        for feed in feeds
    )
    return Reply(Message(title=_("Feeds"), text="", fields=fields))


async def _feed(ctx: Context, number: int) -> None:
    async with ctx.db.transaction() as session:
        if await get_feed(session, number) is None:
            raise CommandError(N_("There is no feed {number}."), number=number)


async def remove(ctx: Context, call: Call) -> Reply:
    number = call.values["number"]
    await _feed(ctx, number)
    async with ctx.db.transaction() as session:
        await remove_feed(session, number)
    return Reply.text(call._("Feed {number} is removed.", number=number))


async def pause(ctx: Context, call: Call) -> Reply:
    return await _set_paused(ctx, call, paused=True)


async def resume(ctx: Context, call: Call) -> Reply:
    return await _set_paused(ctx, call, paused=False)


async def _set_paused(ctx: Context, call: Call, *, paused: bool) -> Reply:
    number = call.values["number"]
    async with ctx.db.transaction() as session:
        feed = await get_feed(session, number)
        if feed is None:
            raise CommandError(N_("There is no feed {number}."), number=number)
        feed.paused = paused
        if not paused:
            feed.disabled, feed.failures, feed.next_poll_at = False, 0, ctx.clock.now()
    if paused:
        return Reply.text(call._("Feed {number} is paused.", number=number))
    return Reply.text(call._("Feed {number} is polled again.", number=number))


async def test(ctx: Context, call: Call) -> Reply:
    """Fetch once and show what the next post would look like; nothing is posted."""
    _ = call._
    url = _checked_url(call.values["url"])
    _result, parsed = await _fetch_feed(ctx, url)
    if not parsed.entries:
        return Reply.text(_("{url} is a feed, but it has no items yet.", url=url))
    newest = max(parsed.entries, key=lambda e: e.published.timestamp() if e.published else 0)
    preview = entry_message(newest, call.member.locale, ctx.feeds.summary_characters)
    title = parsed.title or url
    note = _.ngettext(
        "{title}: {n} item. The next post would look like this:",
        "{title}: {n} items. The next post would look like this:",
        len(parsed.entries),
        title=title,
    )
    return Reply(
        Message(
            title=preview.title,
            url=preview.url,
            text=f"{note}\n\n{preview.text}",
            fields=preview.fields,
        )
    )


NUMBER = OptionSpec(
    "number",
    N_("The feed's number"),
    type=OptionType.INTEGER,
    required=True,
    min_value=1,
    sv="nummer",
)
URL = OptionSpec("url", N_("The feed's address"), required=True, max_length=500, sv="adress")

COMMAND = CommandSpec(
    name="feed",
    sv="flöde",
    description=N_("Follow RSS/Atom feeds in channels"),
    board_only=True,
    subcommands=(
        CommandSpec(
            "add",
            N_("Follow a feed in this channel"),
            sv="lägg-till",
            options=(
                URL,
                OptionSpec(
                    "category",
                    N_("The feed's kind, e.g. Protokoll (also sent to the minutes channels)"),
                    max_length=100,
                    sv="kategori",
                ),
                OptionSpec(
                    "keywords",
                    N_("Only items with one of these words (comma-separated)"),
                    max_length=300,
                    sv="nyckelord",
                ),
                OptionSpec(
                    "backfill",
                    N_("Post this many of the latest items now"),
                    type=OptionType.INTEGER,
                    min_value=0,
                    max_value=10,
                    sv="bakåt",
                ),
            ),
            handler=add,
        ),
        CommandSpec("list", N_("Every feed with its health"), sv="lista", handler=list_feeds),
        CommandSpec(
            "remove", N_("Stop following a feed"), sv="ta-bort", options=(NUMBER,), handler=remove
        ),
        CommandSpec("pause", N_("Pause a feed"), sv="pausa", options=(NUMBER,), handler=pause),
        CommandSpec(
            "resume",
            N_("Poll a paused feed again"),
            sv="återuppta",
            options=(NUMBER,),
            handler=resume,
        ),
        CommandSpec(
            "test",
            N_("Show what a feed's next post would look like"),
            sv="testa",
            options=(URL,),
            handler=test,
        ),
    ),
)
