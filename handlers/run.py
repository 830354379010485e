"""Run one command from any platform: resolve, check, call the use case, answer in language.

This is the only place that turns errors into replies, so no stack trace ever reaches a
member and every adapter behaves the same.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import replace

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import Choice
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.forms import given_back
from handlers.i18n import N_, translator
from handlers.parsing import NO_LONGER_IN_USE, cleaned, without_controls
from handlers.people.config import COMMAND
from handlers.people.limits import count_action
from handlers.types import Command, Interaction, Member, Reply, normalise_locale
from storage.members import upsert_member
from storage.models import MemberRow
from storage.people import get_person
from storage.people_models import PersonRow

log = logging.getLogger(__name__)
BLOCKED = N_(
    "The board has blocked you from using Bryggan. Ask the board if you think this is wrong."
)


async def member_row(ctx: Context, session: AsyncSession, member: Member) -> MemberRow:
    """The stored account of a member, created (with its person) on first sight."""
    return await upsert_member(
        session,
        platform=member.platform,
        user_id=member.user_id,
        display_name=member.display_name,
        now=ctx.clock.now(),
    )


async def person_row(
    ctx: Context, session: AsyncSession, member: Member, *, lock: bool = False
) -> PersonRow:
    """The person behind a member's account (locked on PostgreSQL with `lock`)."""
    person_id = member.person_id
    if person_id is None:
        person_id = (await member_row(ctx, session, member)).person_id
    return await get_person(session, person_id, lock=lock and ctx.db.is_postgresql)


async def load_member(ctx: Context, member: Member, *, joining: bool = True) -> Member:
    """The member with what the bot remembers of their person: language, verified
    municipality, whether they are blocked. A platform's own idea of a municipality is
    never taken: only a verified one counts. `joining` marks the person as one who uses the
    bot (reminders go to them), unlike someone only seen posting in a bridged channel."""
    async with ctx.db.transaction() as session:
        row = await member_row(ctx, session, member)
        person = await get_person(session, row.person_id)
        if joining and person.joined_at is None:
            person.joined_at = ctx.clock.now()
    locale = (
        normalise_locale(person.locale)
        or normalise_locale(member.platform_locale)
        or ctx.default_locale
    )
    return replace(
        member,
        locale=locale,
        municipality=person.municipality,
        person_id=person.id,
        blocked=person.blocked_at is not None,
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
            name = f"{root.name} {sub.name}" if sub else root.name
            raise CommandError("Only board members may use /{command}.", command=name)
        resolved = ctx.catalogue.resolve(command)
        if resolved.board_only and not member.is_board:
            raise CommandError(
                "Only board members may use /{command}.", command=resolved.display_name
            )
        handler = resolved.leaf.handler or resolved.root.handler
        if handler is None:
            raise CommandError("/{command} needs a subcommand.", command=resolved.display_name)
        return await handler(ctx, Call(member, command.channel, resolved, resolved.values))

    return await _answer(ctx, command.member, f"/{command.name}", _handle)


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
            return Reply.text(_(BLOCKED))
        await count_action(ctx, known, COMMAND)
        reply = await handle(known)
    except CommandError as error:
        return Reply.text(error.text(_))
    except Exception:
        reference = secrets.token_hex(4)
        log.exception("%s failed platform=%s ref=%s", what, member.platform, reference)
        return Reply.text(
            _(
                "Something went wrong on our side; nothing was changed. Reference: {ref}.",
                ref=reference,
            )
        )
    ctx.wake_outbox()
    return reply
