"""Run one command from any platform: resolve, check, call the use case, answer in language.

This is the only place that turns errors into replies, so no stack trace ever reaches a
member and every adapter behaves the same.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import replace

from handlers.catalogue import Choice
from handlers.context import Call, Context
from handlers.core.members import load_member
from handlers.errors import CommandError, LimitReached
from handlers.forms import given_back
from handlers.i18n import N_, translator
from handlers.parsing import NO_LONGER_IN_USE, cleaned, without_controls
from handlers.people.config import COMMAND
from handlers.people.limits import count_action
from handlers.types import Command, Interaction, Member, Reply

log = logging.getLogger(__name__)
BLOCKED = N_(
    "The board has blocked you from using Bryggan. Ask the board if you think this is wrong."
)


async def run_command(ctx: Context, command: Command) -> Reply:
    """Answer a command; never raises."""

    command = replace(
        command, options=cleaned(command.options), positional=cleaned(command.positional)
    )

    async def _handle(member: Member) -> Reply:
        root = ctx.catalogue.get(command.name.lstrip("/").lower())
        if root is not None and root.board_only and not member.is_board:
            # refused before the options are checked: no hints about board commands' values
            typed = command.subcommand or next(iter(command.positional), "")
            sub = root.subcommand(typed.lower()) if root.subcommands and typed else None
            name = _as_typed(command, typed.lower() if sub else None)
            raise CommandError("Only board members may use /{command}.", command=name)
        resolved = ctx.catalogue.resolve(command)
        if resolved.board_only and not member.is_board:
            typed = command.subcommand or next(iter(command.positional), "")
            name = _as_typed(command, None if resolved.leaf is resolved.root else typed.lower())
            raise CommandError("Only board members may use /{command}.", command=name)
        handler = resolved.leaf.handler or resolved.root.handler
        if handler is None:
            raise CommandError("/{command} needs a subcommand.", command=resolved.display_name)
        return await handler(ctx, Call(member, command.channel, resolved, resolved.values))

    return await _answer(ctx, command.member, f"/{command.name}", _handle)


def _as_typed(command: Command, subcommand: str | None) -> str:
    """A command as the member typed it (`/dagordning lista`, `/agenda list`): a refusal
    names what they wrote, in whichever language."""
    name = command.name.lstrip("/").lower()
    return f"{name} {subcommand}" if subcommand else name


async def run_interaction(ctx: Context, interaction: Interaction) -> Reply:
    """Answer a button click, select choice or form submission; never raises."""
    interaction = replace(
        interaction, value=cleaned(interaction.value), values=cleaned(interaction.values)
    )

    async def _handle(member: Member) -> Reply:
        spec = ctx.catalogue.interactions.get(interaction.interaction_id)
        if spec is None:
            raise CommandError(NO_LONGER_IN_USE)
        if spec.board_only and not member.is_board:
            raise CommandError("Only board members may do this.")
        try:
            return await spec.handler(ctx, replace(interaction, member=member))
        except CommandError as error:
            if spec.form is None:
                raise
            return await given_back(ctx, spec.form, member, interaction, error)

    return await _answer(ctx, interaction.member, interaction.interaction_id, _handle)


async def run_suggestions(
    ctx: Context,
    member: Member,
    *,
    command: str,
    subcommand: str | None,
    option: str,
    text: str,
) -> list[Choice]:
    """Suggestions while an option is being typed; empty rather than an error."""
    text = without_controls(text)
    spec = ctx.catalogue.option(command, subcommand, option)
    if spec is None or spec.suggest is None:
        return []
    try:
        known = await load_member(ctx, member)
        if known.blocked and not known.is_board:
            return []
        shown = ctx.capabilities(member.platform).suggestions  # what the platform can list
        return (await spec.suggest(ctx, known, text))[:shown]
    except Exception:
        log.exception("suggestions failed command=%s option=%s", command, option)
        return []


async def _answer(
    ctx: Context, member: Member, what: str, handle: Callable[[Member], Awaitable[Reply]]
) -> Reply:
    _ = translator(ctx.default_locale)
    try:
        known = await load_member(ctx, member)
        _ = translator(known.locale)
        if known.blocked and not known.is_board:
            return replace(Reply.text(_(BLOCKED)), refused=True)
        await count_action(ctx, known, COMMAND)
        reply = await handle(known)
    except CommandError as error:
        retry_after = error.retry_after if isinstance(error, LimitReached) else None
        return replace(Reply.text(error.text(_)), refused=True, retry_after=retry_after)
    except Exception:
        reference = secrets.token_hex(4)
        log.exception("%s failed platform=%s ref=%s", what, member.platform, reference)
        failed = _(
            "Something went wrong on our side; nothing was changed. Reference: {ref}.",
            ref=reference,
        )
        return replace(Reply.text(failed), refused=True, failed=True)
    ctx.wake_outbox()
    return reply
