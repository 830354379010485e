"""Following a wish: what happens to it (a new status, a merge, comments) comes in the daily
mail of followed wishes (`handlers.wishes.digest`). Supporters follow by default; a member's
own choice, to follow or to stop, wins over that.

Each digest carries a link per wish that stops following it, and one that stops the digest
altogether; their secret is computed from a secret key and the person (and wish), so it can
do that and nothing else, and may rest in the outbox with the mail.
"""

from __future__ import annotations

from handlers.context import Context
from handlers.core.members import load_member, person_row
from handlers.errors import CommandError
from handlers.i18n import N_, translator
from handlers.people.config import COMMAND
from handlers.people.limits import count_action_in
from handlers.portal.links import is_keyed_secret, keyed_secret
from handlers.run import BLOCKED
from handlers.types import Member
from storage.follows import is_following, set_digest_mail, set_following
from storage.people import people_by_ids
from storage.wishes import get_wish

NO_WISH = N_("There is no wish #{number}.")


async def follow_wish(ctx: Context, member: Member, number: int, *, following: bool) -> str:
    """Follow the wish, or stop following it; what was done, in the member's language. A
    merged duplicate's original is followed instead. Following a wish turns the daily mail
    on again for someone who had turned it off."""
    known = await load_member(ctx, member)
    _ = translator(known.locale)
    if known.blocked and not known.is_board:
        raise CommandError(BLOCKED)
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        wish = await get_wish(session, number)
        if wish is None or wish.hidden:
            raise CommandError(NO_WISH, number=number)
        target = wish
        if wish.merged_into_id is not None:
            original = await get_wish(session, wish.merged_into_id)
            if original is None or original.hidden:
                raise CommandError(NO_WISH, number=number)
            target = original
        person = await person_row(ctx, session, known)
        await count_action_in(ctx, session, known, COMMAND)
        await set_following(
            session, wish_id=target.id, person_id=person.id, following=following, now=now
        )
        if following:
            await set_digest_mail(session, person.id, mail=True, now=now)
        address = person.email
    if not following:
        text = _("You no longer follow #{number}.", number=target.id)
    elif address:
        text = _(
            "You follow #{number}: news about it comes by mail to {address}, at most once a day.",
            number=target.id,
            address=address,
        )
    else:
        text = _(
            "You follow #{number}: news about it is mailed once you have verified your work "
            "address.",
            number=target.id,
        )
    if target.id != number:
        merged = _("#{number} was merged into #{original}.", number=number, original=target.id)
        text = f"{merged} {text}"
    return text


async def follows_wish(ctx: Context, person_id: int | None, number: int) -> bool:
    """Whether the person follows the wish (their own choice, else their support): what the
    wish's page shows beside its Follow button."""
    if person_id is None:
        return False
    async with ctx.db.transaction() as session:
        return await is_following(session, wish_id=number, person_id=person_id)


# --- the digest's links ---------------------------------------------------------------------


def off_token(key: bytes, person_id: int, wish_id: int | None = None) -> str:
    """The secret of the link that stops the person following the wish, or (None) stops
    their daily mail."""
    return keyed_secret(key, _off_purpose(person_id, wish_id))


def _off_purpose(person_id: int, wish_id: int | None) -> str:
    return f"unfollow:{person_id}:{wish_id}" if wish_id is not None else f"digest-off:{person_id}"


def off_path(key: bytes, person_id: int, wish_id: int | None = None) -> str:
    """The link's path: `follow/off/{person}/{wish}/{token}` or `follow/off/{person}/{token}`."""
    token = off_token(key, person_id, wish_id)
    middle = f"{person_id}/{wish_id}" if wish_id is not None else str(person_id)
    return f"follow/off/{middle}/{token}"


def off_link_ok(ctx: Context, person_id: int, wish_id: int | None, token: str) -> bool:
    return is_keyed_secret(ctx.people.code_key, _off_purpose(person_id, wish_id), token)


async def off_link_wish(ctx: Context, person_id: int, wish_id: int, token: str) -> str | None:
    """The wish a right link stops following ("#12 title"), for its page; None for a wrong
    link."""
    if not off_link_ok(ctx, person_id, wish_id, token):
        return None
    async with ctx.db.transaction() as session:
        wish = await get_wish(session, wish_id)
    if wish is None:
        return None
    return f"#{wish.id}" if wish.hidden else f"#{wish.id} {wish.title}"  # hidden: no title


async def stop_by_link(ctx: Context, person_id: int, wish_id: int | None, token: str) -> bool:
    """What the link says, done: the person follows the wish no more, or (no wish) gets no
    more digests. False for a wrong link, or a person or wish that is no more."""
    if not off_link_ok(ctx, person_id, wish_id, token):
        return False
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        if not await people_by_ids(session, [person_id]):
            return False
        if wish_id is None:
            await set_digest_mail(session, person_id, mail=False, now=now)
            return True
        if await get_wish(session, wish_id) is None:
            return False
        await set_following(session, wish_id=wish_id, person_id=person_id, following=False, now=now)
    return True
