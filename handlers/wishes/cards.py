"""Wish cards in every `wishes` channel, posted once and edited in place through the outbox."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.i18n import translator
from handlers.wishes.present import card
from storage.channels import channels_for_topic
from storage.outbox import enqueue
from storage.wish_models import WishRow
from storage.wishes import add_card, bump_card_versions, support_of

TOPIC = "wishes"


async def post_cards(ctx: Context, session: AsyncSession, wish: WishRow) -> int:
    """Queue the new wish's card for every `wishes` channel on every platform."""
    _ = translator(ctx.default_locale)
    support = (await support_of(session, [wish.id]))[wish.id]
    message = card(wish, support, _)
    now = ctx.clock.now()
    channels = await channels_for_topic(session, TOPIC)
    for channel in channels:
        key = f"wish-card:{wish.id}:{channel.platform}:{channel.channel_id}"
        await add_card(
            session,
            wish_id=wish.id,
            platform=channel.platform,
            channel_id=channel.channel_id,
            card_key=key,
        )
        await enqueue(
            session,
            platform=channel.platform,
            target=channel.channel_id,
            idempotency_key=key,
            payload=message.to_json(),
            now=now,
        )
    return len(channels)


async def refresh_cards(ctx: Context, session: AsyncSession, wish: WishRow) -> int:
    """Queue an edit of every card of the wish, numbered so each edit is sent once.

    The versions are bumped first: that waits for any concurrent change of the same wish to
    commit, so the counts read afterwards include it and the last edit shows the truth.
    """
    bumped = await bump_card_versions(session, wish.id)
    if not bumped:
        return 0
    _ = translator(ctx.default_locale)
    support = (await support_of(session, [wish.id]))[wish.id]
    message = card(wish, support, _)
    now = ctx.clock.now()
    for row in bumped:
        await enqueue(
            session,
            platform=row.platform,
            target=row.channel_id,
            idempotency_key=f"{row.card_key}:edit:{row.version}",
            payload=message.to_json(),
            now=now,
            action="edit",
            ref_key=row.card_key,
        )
    return len(bumped)
