"""Posts in announcement channels: the board's are mirrored everywhere, with their edits and
deletes; anyone else is told privately (once a day per channel) why theirs stays put."""

from __future__ import annotations

from handlers.announcements.publish import TOPIC, publish, revise, withdraw
from handlers.context import Context
from handlers.core.members import load_member, member_row
from handlers.i18n import translator
from handlers.types import InboundMessage, Message
from storage.channels import channels_for_topic
from storage.mirrors import announcement_by_source
from storage.outbox import enqueue


def source_key(message: InboundMessage) -> str:
    return f"{message.platform}:{message.channel_id}:{message.message_id}"


async def _is_announcement_channel(ctx: Context, message: InboundMessage) -> bool:
    async with ctx.db.transaction() as session:
        channels = await channels_for_topic(session, TOPIC)
    return any(
        (c.platform, c.channel_id) == (message.platform, message.channel_id) for c in channels
    )


async def on_message(ctx: Context, message: InboundMessage) -> None:
    """The inbound handler: new posts are published, edits and deletes carried over."""
    if message.kind == "new":
        if await _is_announcement_channel(ctx, message):
            await _new(ctx, message)
        return
    async with ctx.db.transaction() as session:
        row = await announcement_by_source(session, source_key(message))
        if row is None or row.deleted_at is not None:
            return
        if message.kind == "deleted":
            await withdraw(ctx, session, row)
        elif message.text != row.text:
            row.text = message.text
            await revise(ctx, session, row)


async def _new(ctx: Context, message: InboundMessage) -> None:
    author = message.author
    if author is None or message.from_bot:
        return  # other apps' posts are neither mirrored nor answered
    if not message.text.strip() and not message.attachments:
        return
    if not author.is_board:
        await _explain_refusal(ctx, message)
        return
    async with ctx.db.transaction() as session:
        await publish(
            ctx,
            session,
            source_key=source_key(message),
            source_platform=message.platform,
            source_channel_id=message.channel_id,
            fields={
                "author_name": author.display_name[:200],
                "author_id": (await member_row(ctx, session, author)).id,
                "title": None,
                "text": message.text,
                "link": None,
                "attachments": [vars(a) for a in message.attachments],
            },
        )


async def _explain_refusal(ctx: Context, message: InboundMessage) -> None:
    assert message.author is not None
    member = await load_member(ctx, message.author, joining=False)
    _ = translator(member.locale)
    now = ctx.clock.now()
    channel = f"#{message.channel_name or message.channel_id}"
    text = _(
        "Only the board's posts in {channel} are passed on to the other channels, the e-mail "
        "list and the web page. Your message stays in {channel} only; to suggest something, "
        "use /wish, or write in a discussion channel.",
        channel=channel,
    )
    async with ctx.db.transaction() as session:
        await enqueue(
            session,
            platform=message.platform,
            target=f"dm:{member.user_id}",
            idempotency_key=f"announcement-refused:{message.platform}:{member.user_id}:"
            f"{message.channel_id}:{now.date().isoformat()}",
            payload=Message(text=text).to_json(),
            now=now,
        )
