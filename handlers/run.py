"""Run one command from any platform: resolve, check, call the use case, answer in language.

This is the only place that turns errors into replies, so no stack trace ever reaches a
member and every adapter behaves the same.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import replace

from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import translator
from handlers.types import Command, Member, Reply, normalise_locale
from storage.members import upsert_member

log = logging.getLogger(__name__)


async def load_member(ctx: Context, member: Member) -> Member:
    """The member with what the bot remembers: chosen language, municipality."""
    async with ctx.db.transaction() as session:
        row = await upsert_member(
            session,
            platform=member.platform,
            user_id=member.user_id,
            display_name=member.display_name,
            now=ctx.clock.now(),
        )
        stored_locale = normalise_locale(row.locale)
        municipality = row.municipality
    locale = stored_locale or normalise_locale(member.platform_locale) or ctx.default_locale
    return replace(member, locale=locale, municipality=municipality or member.municipality)


async def run_command(ctx: Context, command: Command) -> Reply:
    """Answer a command; never raises."""
    _ = translator(ctx.default_locale)
    try:
        member = await load_member(ctx, command.member)
        _ = translator(member.locale)
        resolved = ctx.catalogue.resolve(command)
        if resolved.board_only and not member.is_board:
            raise CommandError(
                "Only board members may use /{command}.", command=resolved.display_name
            )
        handler = resolved.leaf.handler or resolved.root.handler
        if handler is None:
            raise CommandError("/{command} needs a subcommand.", command=resolved.display_name)
        reply = await handler(ctx, Call(member, command.channel, resolved, resolved.values))
    except CommandError as error:
        return Reply.text(_(error.message, **error.params))
    except Exception:
        reference = secrets.token_hex(4)
        log.exception(
            "command failed name=%s platform=%s ref=%s",
            command.name,
            command.member.platform,
            reference,
        )
        return Reply.text(
            _(
                "Something went wrong on our side; nothing was changed. Reference: {ref}.",
                ref=reference,
            )
        )
    ctx.wake_outbox()
    return reply
