"""Discord interactions → handlers → answers, for every catalogue command with no code per
command: slash commands, autocomplete, buttons, selects and modals. The first answer always
leaves within Discord's 3 seconds: a slow handler is deferred and followed up."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from dataclasses import dataclass

import discord
from discord import app_commands

from bot.platforms.discord.render import (
    BUTTON_PREFIX,
    FORM_PREFIX,
    SELECT_PREFIX,
    Part,
    modal,
    parse_custom_id,
    render,
)
from bot.platforms.discord.schema import command_from_interaction, focused_option, form_values
from handlers.door import Door
from handlers.types import Channel, Interaction, Member, Reply

log = logging.getLogger(__name__)
PLATFORM = "discord"
DEFER_AFTER_SECONDS = 2.0


@dataclass(frozen=True)
class BoardRule:
    """Who counts as board on Discord: the board role (name or id), or Manage Server."""

    role: str = ""

    def applies_to(self, user: discord.abc.User) -> bool:
        if not isinstance(user, discord.Member):
            return False
        if user.guild_permissions.manage_guild:
            return True
        wanted = self.role.strip().lower()
        return bool(wanted) and any(
            wanted in (role.name.lower(), str(role.id)) for role in user.roles
        )


def member_of(interaction: discord.Interaction, rule: BoardRule) -> Member:
    user = interaction.user
    return Member(
        platform=PLATFORM,
        user_id=str(user.id),
        display_name=user.display_name,
        is_board=rule.applies_to(user),
        platform_locale=str(interaction.locale.value),
    )


def channel_of(interaction: discord.Interaction) -> Channel | None:
    if interaction.channel_id is None:
        return None
    name = getattr(interaction.channel, "name", None) or str(interaction.channel_id)
    return Channel(PLATFORM, str(interaction.channel_id), name)


class InteractionRouter:
    def __init__(self, door: Door, rule: BoardRule) -> None:
        self.door, self.rule = door, rule

    async def handle(self, interaction: discord.Interaction) -> None:
        """Answer any interaction; an error is logged, never raised into discord.py."""
        try:
            await self._route(interaction)
        except Exception:
            log.exception("interaction failed", extra={"interaction": interaction.id})

    async def _route(self, interaction: discord.Interaction) -> None:
        kind = interaction.type
        data = dict(interaction.data or {})
        member, channel = member_of(interaction, self.rule), channel_of(interaction)
        if kind is discord.InteractionType.application_command:
            command = command_from_interaction(data, member, channel)
            await self._answer(interaction, self.door.command(command))
        elif kind is discord.InteractionType.autocomplete:
            await self._suggest(interaction, data, member)
        elif kind in (discord.InteractionType.component, discord.InteractionType.modal_submit):
            routed = self._interaction(data, member, channel, interaction)
            if routed is not None:
                await self._answer(interaction, self._clicked(routed), clicked=True)

    async def _clicked(self, interaction: Interaction) -> Reply:
        """A click or a form's submission; a refused form comes back as its problem and a
        button that reopens it filled in (Discord cannot answer a form with a form)."""
        reply = await self.door.interaction(interaction)
        if reply.problem is None:
            return reply
        return await self.door.with_reopen_button(interaction.member, reply)

    def _interaction(
        self,
        data: dict[str, object],
        member: Member,
        channel: Channel | None,
        interaction: discord.Interaction,
    ) -> Interaction | None:
        parsed = parse_custom_id(str(data.get("custom_id", "")))
        if parsed is None:
            return None  # not one of ours (another app's view)
        prefix, interaction_id, value = parsed
        values: dict[str, str] = {}
        if prefix == SELECT_PREFIX:
            chosen = data.get("values") or []
            value = str(chosen[0]) if isinstance(chosen, list) and chosen else ""
        elif prefix == FORM_PREFIX:
            components = data.get("components") or []
            values = form_values(components if isinstance(components, list) else [])
        elif prefix != BUTTON_PREFIX:
            return None
        message_id = str(interaction.message.id) if interaction.message else None
        return Interaction(interaction_id, member, channel, value, values, message_id)

    async def _suggest(
        self, interaction: discord.Interaction, data: dict[str, object], member: Member
    ) -> None:
        subcommand, option, text = focused_option(data)
        choices = await self.door.suggestions(
            member,
            command=str(data.get("name", "")),
            subcommand=subcommand,
            option=option,
            text=text,
        )
        await interaction.response.autocomplete(
            [app_commands.Choice(name=c.label[:100], value=c.value[:100]) for c in choices]
        )

    async def _answer(
        self, interaction: discord.Interaction, work: Awaitable[Reply], *, clicked: bool = False
    ) -> None:
        task = asyncio.ensure_future(work)
        done, _ = await asyncio.wait({task}, timeout=DEFER_AFTER_SECONDS)
        if not done:
            if clicked:
                await interaction.response.defer()
            else:
                await interaction.response.defer(ephemeral=True, thinking=True)
        reply = await task
        if reply.form is not None and not interaction.response.is_done():
            await interaction.response.send_modal(modal(reply.form))
            return
        if reply.form is not None:  # deferred: a form can only be the first answer
            reply = await self.door.with_open_button(member_of(interaction, self.rule), reply)
        parts = render(reply.message)
        if not interaction.response.is_done():
            await self._first(interaction, reply, parts[0], clicked=clicked)
            parts = parts[1:]
        elif not done and not clicked and not reply.private:
            # the deferral was private and its first follow-up would inherit that: close it
            # with a tick, then answer in public below
            await interaction.edit_original_response(content="✓")
        for part in parts:
            await interaction.followup.send(**_filled(part), ephemeral=reply.private)

    async def _first(
        self, interaction: discord.Interaction, reply: Reply, part: Part, *, clicked: bool
    ) -> None:
        if clicked and reply.update:
            await interaction.response.edit_message(**_filled(part, editing=True))
        else:
            await interaction.response.send_message(**_filled(part), ephemeral=reply.private)


def _filled(part: Part, *, editing: bool = False) -> dict[str, object]:
    """Discord refuses an empty message; an edit must also clear old controls."""
    args = part.kwargs()
    if not args["content"] and not args["embeds"]:
        args["content"] = "\u200b"
    if editing and "view" not in args:
        args["view"] = None
    return args
