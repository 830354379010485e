"""Commenting on a wish from anywhere (/comment, the web's comment form), and the board
hiding a comment: the same discussion the wish's chat threads carry."""

from __future__ import annotations

from handlers.catalogue import CommandSpec, OptionSpec, OptionType
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_
from handlers.people.config import COMMENT
from handlers.people.limits import count_action_in
from handlers.types import Reply
from handlers.wishes.discussion import (
    COMMENT_LIMIT,
    copy_to_threads,
    discussed_wish,
    withdraw_copies,
)
from handlers.wishes.support import NUMBER
from storage.discussions import add_comment, get_comment, threads_of
from storage.follows import follow_unless_chosen


async def comment_command(ctx: Context, call: Call) -> Reply:
    """Add the member's comment to the wish's discussion, copied into its threads."""
    _, number = call._, call.values["number"]
    text = str(call.values["text"]).strip()
    async with ctx.db.transaction() as session:
        wish = await discussed_wish(session, number)
        await count_action_in(ctx, session, call.member, COMMENT)
        comment = await add_comment(
            session,
            now=ctx.clock.now(),
            wish_id=wish.id,
            person_id=call.member.person_id,
            author_name=call.member.display_name[:200],
            platform=call.member.platform,
            text=text,
        )
        assert comment is not None  # no chat message: never a replay
        if call.member.person_id is not None:
            await follow_unless_chosen(
                session, wish_id=wish.id, person_id=call.member.person_id, now=ctx.clock.now()
            )
        await copy_to_threads(ctx, session, comment, await threads_of(session, wish.id))
    return Reply.text(
        _("Your comment on #{number} is saved.", number=number)
        + " "
        + _("It is shown with the wish and in its threads.")
    )


async def hide_comment_command(ctx: Context, call: Call) -> Reply:
    """The board hides a comment: gone from the web and from every copy in chat."""
    _, number = call._, call.values["number"]
    async with ctx.db.transaction() as session:
        comment = await get_comment(session, number, lock=ctx.db.is_postgresql)
        if comment is None or comment.deleted_at is not None:
            raise CommandError(N_("There is no comment {number}."), number=number)
        if comment.hidden_at is not None:
            return Reply.text(_("Comment {number} is hidden already.", number=number))
        comment.hidden_at, comment.hidden_by_id = ctx.clock.now(), call.member.person_id
        await withdraw_copies(ctx, session, comment)
        origin = comment.platform if comment.message_id else None
    text = _("Comment {number} is hidden on the web and in every copy.", number=number)
    if origin:
        text += " " + _(
            "The member's own message stays on {platform}: remove it there if it must go.",
            platform=ctx.capabilities(origin).label,
        )
    return Reply.text(text)


COMMANDS = (
    CommandSpec(
        name="comment",
        sv="kommentera",
        description=N_("Comment on a wish"),
        options=(
            NUMBER,
            OptionSpec(
                "text",
                N_("Your comment"),
                required=True,
                max_length=COMMENT_LIMIT,
                rest=True,
                sv="text",
            ),
        ),
        handler=comment_command,
    ),
    CommandSpec(
        name="comment-hide",
        sv="dölj-kommentar",
        description=N_("Hide a comment on a wish"),
        board_only=True,
        options=(
            OptionSpec(
                "number",
                N_("The comment's number"),
                type=OptionType.INTEGER,
                required=True,
                min_value=1,
                sv="nummer",
            ),
        ),
        handler=hide_comment_command,
    ),
)
