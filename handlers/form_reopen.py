"""The button that reopens a refused form as it was sent, for platforms that answer a form
with a message (Discord cannot open a form from a form, nor after a deferred answer). The
form waits in the database, so the button works after a restart; only its member may press
it, for a day."""

from __future__ import annotations

import logging
import secrets

from handlers.catalogue import InteractionSpec
from handlers.context import Context
from handlers.core.members import load_member, member_row
from handlers.errors import CommandError
from handlers.forms import form_from_json, form_to_json
from handlers.i18n import N_, translator
from handlers.types import Button, Interaction, Member, Message, Reply
from storage.form_drafts import keep_form, kept_form

log = logging.getLogger(__name__)
REOPEN = "form.reopen"
LATE = N_("Here is the form you asked for.")


async def with_open_button(ctx: Context, member: Member, opened: Reply) -> Reply:
    """A form that could not be opened in place (the answer was already deferred): a
    button that opens it."""
    if opened.form is None:
        return opened
    _ = translator((await load_member(ctx, member, joining=False)).locale)
    late = Reply(Message(text=_(LATE)), form=opened.form)
    return await with_reopen_button(ctx, member, late, label=N_("Open the form"))


async def with_reopen_button(
    ctx: Context, member: Member, refused: Reply, *, label: str = N_("Correct the form")
) -> Reply:
    """The refusal's text and a button that opens the form again, filled in (only the
    text if the form cannot be kept: the refusal itself must still reach the member)."""
    if refused.form is None:
        return refused
    try:
        known = await load_member(ctx, member, joining=False)
        token = secrets.token_urlsafe(16)
        async with ctx.db.transaction() as session:
            account = await member_row(ctx, session, known)
            await keep_form(
                session,
                token=token,
                member_id=account.id,
                form=form_to_json(refused.form),
                now=ctx.clock.now(),
            )
    except Exception:
        log.exception("a refused form could not be kept platform=%s", member.platform)
        return Reply(refused.message)
    _ = translator(known.locale)
    button = Button(_(label), REOPEN, token, style="primary")
    return Reply(Message(text=refused.message.text, buttons=(button,)))


async def reopen_clicked(ctx: Context, interaction: Interaction) -> Reply:
    async with ctx.db.transaction() as session:
        account = await member_row(ctx, session, interaction.member)
        kept = await kept_form(
            session, token=interaction.value, member_id=account.id, now=ctx.clock.now()
        )
    if kept is None:
        raise CommandError(N_("That form is no longer kept; open it again with its command."))
    return Reply(Message(text=""), form=form_from_json(kept))


INTERACTIONS = (InteractionSpec(REOPEN, reopen_clicked),)
