"""Publishing an announcement: store it once, then a copy to every announcement channel but
its own, a mail to every subscriber; the archive and the Atom feed read the stored row."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.i18n import translator
from handlers.mail.fanout import PLATFORM as MAIL_PLATFORM
from handlers.mail.fanout import fan_out_to_subscribers
from handlers.mirroring import delete_copies, edit_copies, fan_out
from handlers.types import Attachment, Field, Message
from storage import outbox
from storage.channels import channels_for_topic
from storage.mirror_models import AnnouncementRow
from storage.mirrors import create_announcement

KIND = "announcement"
TOPIC = "announcements"


def announcement_message(ctx: Context, row: AnnouncementRow) -> Message:
    """How an announcement looks in a channel or a mail (in the association's language)."""
    _ = translator(ctx.default_locale)
    return Message(
        title=row.title or _("Announcement from the board"),
        text=row.text,
        url=row.link or ctx.public.url(f"announcements/a{row.id}"),
        fields=(Field(_("From"), row.author_name, inline=True),),
        attachments=tuple(Attachment(**a) for a in row.attachments or ()),
    )


async def publish(
    ctx: Context,
    session: AsyncSession,
    *,
    source_key: str,
    source_platform: str,
    source_channel_id: str | None,
    fields: dict[str, Any],
) -> tuple[AnnouncementRow, int, int] | None:
    """Store and fan out in the caller's transaction: (row, channels, mails), None if the
    source was published before (a replayed event or a resubmitted form)."""
    now = ctx.clock.now()
    row = await create_announcement(
        session,
        source_key=source_key,
        now=now,
        source_platform=source_platform,
        source_channel_id=source_channel_id,
        **fields,
    )
    if row is None:
        return None
    message = announcement_message(ctx, row)
    destinations = [
        (channel.platform, channel.channel_id)
        for channel in await channels_for_topic(session, TOPIC)
        if (channel.platform, channel.channel_id) != (source_platform, source_channel_id)
    ]
    channels = await fan_out(
        session,
        source_kind=KIND,
        source_id=row.id,
        destinations=destinations,
        message_for=lambda _platform, _target: message,
        now=now,
    )
    mails = await fan_out_to_subscribers(
        session, key_prefix=f"{KIND}:{row.id}", message=message, now=now
    )
    return row, channels, mails


def _mail_keys(row: AnnouncementRow) -> str:
    """What every mail of this announcement's idempotency key begins with."""
    return f"{KIND}:{row.id}:{MAIL_PLATFORM}:"


async def revise(ctx: Context, session: AsyncSession, row: AnnouncementRow) -> int:
    """Carry the row's new text to every channel copy (mail cannot be changed)."""
    row.edited_at = ctx.clock.now()
    message = announcement_message(ctx, row)
    # Mail already sent cannot change; mail still waiting goes out with the new text.
    await outbox.rewrite_unsent(session, _mail_keys(row), message.to_json(), prefix=True)
    return await edit_copies(
        session,
        source_kind=KIND,
        source_id=row.id,
        message_for=lambda _platform, _target: message,
        now=ctx.clock.now(),
    )


async def withdraw(ctx: Context, session: AsyncSession, row: AnnouncementRow) -> int:
    """Delete every channel copy and take the announcement off the archive and feed."""
    row.deleted_at = ctx.clock.now()
    await outbox.cancel_unsent(session, _mail_keys(row), prefix=True)
    return await delete_copies(session, source_kind=KIND, source_id=row.id, now=ctx.clock.now())
