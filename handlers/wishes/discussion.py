"""A wish's discussion: one list of comments, whether written on the web, with /comment, or
in a chat thread under the wish's card; every comment is copied into every thread but its
own through the outbox, and edits and deletes follow it there.

A member's *Diskutera* on a card opens the thread under that card (on platforms that have
threads); the thread starts with what was said before, so it is the same discussion.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import InteractionSpec
from handlers.context import Context
from handlers.core.members import member_row
from handlers.core.text import escape_markdown, shorten, without_masked_links
from handlers.errors import CommandError
from handlers.i18n import N_, Translator, translator
from handlers.mirroring import delete_copies, edit_copies, fan_out
from handlers.parsing import stored_number
from handlers.people.config import COMMENT
from handlers.people.limits import count_action_in
from handlers.portal import WEB
from handlers.types import Channel, InboundMessage, Interaction, Message, Reply
from handlers.wishes.present import DISCUSS_BUTTON, title_line
from storage import outbox
from storage.discussion_models import WishCommentRow, WishThreadRow
from storage.discussions import (
    add_comment,
    card_key_in,
    comment_of_message,
    comments_of,
    open_thread,
    thread_of_message,
    threads_of,
)
from storage.follows import follow_unless_chosen
from storage.people import people_by_ids
from storage.wish_models import WishRow
from storage.wishes import get_wish

KIND = "comment"  # the mirror copies' source kind: `comment:<id>:<platform>:<channel>`
CARRIED_ON_OPENING = 20  # the latest comments a new thread starts with
COMMENT_LIMIT = 2000  # characters of a comment: a page of text, read in a chat thread too


def origin_label(ctx: Context, platform: str, _: Translator) -> str:
    """Where a comment was written, as members read it: "Slack", "webben"."""
    return _("the web") if platform == WEB else ctx.capabilities(platform).label


def comment_copy(ctx: Context, comment: WishCommentRow, root_id: str) -> Message:
    """A comment as posted in a wish's thread, with who wrote it, where, and its number
    (which the board hides it by)."""
    _ = translator(ctx.default_locale)
    head = _(
        "**{author}** ({origin}), comment {number}:",
        author=escape_markdown(comment.author_name),
        origin=origin_label(ctx, comment.platform, _),
        number=comment.id,
    )
    text = without_masked_links(comment.text)  # a member's words in the bot's post
    if len(text) > COMMENT_LIMIT:  # a long chat message: the rest is on the page
        text = shorten(text, COMMENT_LIMIT) + _page_link(ctx, comment.wish_id)
    return Message(text=f"{head}\n{text}", reply_to=root_id, in_thread=True)


def _page_link(ctx: Context, wish_id: int) -> str:
    link = ctx.public.url(f"wishes/{wish_id}")
    return f"\n{link}" if link else ""


async def copy_to_threads(
    ctx: Context,
    session: AsyncSession,
    comment: WishCommentRow,
    threads: list[WishThreadRow],
) -> int:
    """Queue the comment's copy into each of `threads`; how many were new."""
    roots = {(t.platform, t.channel_id): t.root_id for t in threads}
    return await fan_out(
        session,
        source_kind=KIND,
        source_id=comment.id,
        destinations=list(roots),
        message_for=lambda platform, target: comment_copy(ctx, comment, roots[platform, target]),
        now=ctx.clock.now(),
    )


async def carry_edit(ctx: Context, session: AsyncSession, comment: WishCommentRow) -> None:
    """The comment's new text into every copy."""
    roots = {
        (t.platform, t.channel_id): t.root_id for t in await threads_of(session, comment.wish_id)
    }
    await edit_copies(
        session,
        source_kind=KIND,
        source_id=comment.id,
        message_for=lambda platform, target: comment_copy(
            ctx, comment, roots.get((platform, target), "")
        ),
        now=ctx.clock.now(),
    )


async def withdraw_copies(ctx: Context, session: AsyncSession, comment: WishCommentRow) -> None:
    await delete_copies(session, source_kind=KIND, source_id=comment.id, now=ctx.clock.now())


# --- Diskutera ------------------------------------------------------------------------------


async def discuss_button(ctx: Context, interaction: Interaction) -> Reply:
    """Open the wish's thread under the card the button is on (once per channel), or say
    where the discussion is."""
    _ = translator(interaction.member.locale)
    number = stored_number(interaction.value)
    channel, root = interaction.channel, interaction.message_id
    async with ctx.db.transaction() as session:
        wish = await discussed_wish(session, number)
        if channel is None or root is None or not await _on_card(ctx, session, wish, channel, root):
            return Reply.text(_web_only(ctx, wish, _))
        thread, opened = await open_thread(
            session,
            wish_id=wish.id,
            platform=channel.platform,
            channel_id=channel.channel_id,
            root_id=root,
            now=ctx.clock.now(),
        )
        if opened:
            await _start_thread(ctx, session, wish, thread)
    text = _("The discussion of #{number} is in the thread under its card.", number=wish.id)
    link = ctx.public.url(f"wishes/{wish.id}")
    if link:
        text += " " + _("It is on the web too: {link}", link=link)
    return Reply.text(text)


async def _on_card(
    ctx: Context, session: AsyncSession, wish: WishRow, channel: Channel, message_id: str
) -> bool:
    """Whether the button was pressed on the wish's own card, delivered in that channel of a
    platform with threads: a copy of the button anywhere else opens nothing."""
    if not ctx.capabilities(channel.platform).threads:
        return False
    key = await card_key_in(session, wish.id, channel.platform, channel.channel_id)
    found = await outbox.delivery(session, key) if key else None
    if found is None or found[0] != outbox.SENT or not found[1]:
        return False
    return message_id in ctx.capabilities(channel.platform).message_ids(found[1])


async def discussed_wish(session: AsyncSession, number: int) -> WishRow:
    """The wish a comment or a thread is about: shown, and not merged into another."""
    wish = await get_wish(session, number)
    if wish is None or wish.hidden:
        raise CommandError(N_("There is no wish #{number}."), number=number)
    if wish.merged_into_id is not None:
        raise CommandError(
            N_("#{number} was merged into #{original}: discuss it there."),
            number=number,
            original=wish.merged_into_id,
        )
    return wish


def _web_only(ctx: Context, wish: WishRow, _: Translator) -> str:
    link = ctx.public.url(f"wishes/{wish.id}")
    if link is None:
        return _("Comment on #{number} with /comment.", number=wish.id)
    return _("Comment on #{number} with /comment, or on the web: {link}", number=wish.id, link=link)


async def _start_thread(
    ctx: Context, session: AsyncSession, wish: WishRow, thread: WishThreadRow
) -> None:
    """The thread's first post (which opens it where a thread is a thing of its own), then
    the latest comments, in order: one destination's rows go out one after the other."""
    _ = translator(ctx.default_locale)
    earlier = await comments_of(session, wish.id)
    shown = [c for c in earlier if c.hidden_at is None]
    text = _(
        "Discussion of {wish}. What is written in this thread is shown with the wish on the "
        "web, and comments from the web and other channels come here.",
        wish=title_line(wish),
    )
    if len(shown) > CARRIED_ON_OPENING and (link := ctx.public.url(f"wishes/{wish.id}")):
        text += "\n" + _("Earlier comments: {link}", link=link)
    opening = Message(
        text=text,
        reply_to=thread.root_id,
        in_thread=True,
        thread_name=title_line(wish),  # the platform cuts it to what it takes
    )
    await outbox.enqueue(
        session,
        platform=thread.platform,
        target=thread.channel_id,
        idempotency_key=f"wish-thread:{thread.id}:open",
        payload=opening.to_json(),
        now=ctx.clock.now(),
    )
    for comment in shown[-CARRIED_ON_OPENING:]:
        await copy_to_threads(ctx, session, comment, [thread])


# --- members' messages in a thread ----------------------------------------------------------


async def on_message(ctx: Context, message: InboundMessage) -> None:
    """The inbound handler: a message in a wish's thread is a comment (new, edited or
    deleted); a blocked person's never gets here (`handlers.inbound`)."""
    if message.from_bot:
        return
    async with ctx.db.transaction() as session:
        if message.kind == "new":
            thread = await thread_of_message(
                session,
                message.platform,
                message.channel_id,
                message.thread_id,
                own_channel=ctx.capabilities(message.platform).thread_is_channel,
            )
            if thread is not None:
                await _comment_from_thread(ctx, session, thread, message)
            return
        comment = await comment_of_message(
            session, message.platform, message.channel_id, message.message_id
        )
        if comment is None or comment.deleted_at is not None:
            return
        if message.kind == "deleted":  # gone, words and all, as its author wanted
            comment.deleted_at, comment.text = ctx.clock.now(), ""
            await withdraw_copies(ctx, session, comment)
        elif _with_files(message) != comment.text and not await _held_back(session, comment):
            comment.text, comment.edited_at = _with_files(message), ctx.clock.now()
            wish = await get_wish(session, comment.wish_id)
            if comment.hidden_at is None and wish is not None and not wish.hidden:
                await carry_edit(ctx, session, comment)


async def _held_back(session: AsyncSession, comment: WishCommentRow) -> bool:
    """An edit of a comment whose author is blocked now changes nothing (an edit event may
    come without its author, so the inbound door could not tell)."""
    if comment.person_id is None:
        return True
    person = (await people_by_ids(session, [comment.person_id])).get(comment.person_id)
    return person is None or person.blocked_at is not None


def _with_files(message: InboundMessage) -> str:
    """The text, with a link to each file the message carried."""
    links = [f"[{a.filename}]({a.url})" for a in message.attachments if a.url]
    return "\n".join([message.text.strip(), *links]).strip()


async def _comment_from_thread(
    ctx: Context, session: AsyncSession, thread: WishThreadRow, message: InboundMessage
) -> None:
    author, text = message.author, _with_files(message)
    if author is None or not text:
        return
    wish = await get_wish(session, thread.wish_id)
    if wish is None or wish.hidden or wish.merged_into_id is not None:
        return
    where = (message.platform, message.channel_id, message.message_id)
    if await comment_of_message(session, *where) is not None:
        return  # the platform delivered this event before: not counted twice
    person_id = (await member_row(ctx, session, author)).person_id
    try:  # the same limit as /comment and the web form
        await count_action_in(ctx, session, replace(author, person_id=person_id), COMMENT)
    except CommandError:
        return
    comment = await add_comment(
        session,
        now=ctx.clock.now(),
        wish_id=wish.id,
        person_id=person_id,
        author_name=author.display_name[:200],
        platform=message.platform,
        channel_id=message.channel_id,
        message_id=message.message_id,
        text=text,
    )
    if comment is None:
        return  # the platform delivered this event before
    await follow_unless_chosen(session, wish_id=wish.id, person_id=person_id, now=ctx.clock.now())
    others = [t for t in await threads_of(session, wish.id) if t.id != thread.id]
    await copy_to_threads(ctx, session, comment, others)


INTERACTIONS = (InteractionSpec(DISCUSS_BUTTON, discuss_button),)
