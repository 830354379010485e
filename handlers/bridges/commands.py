"""/bridge: the board makes bridge groups and puts channels of any platform in them."""

from __future__ import annotations

import re

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import CommandSpec, OptionSpec
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_, Translator
from handlers.status import describe
from handlers.types import Channel, Field, Message, Reply
from storage import outbox
from storage.bridges import (
    all_bridges,
    bridge_by_name,
    bridge_of_channel,
    channels_of,
    create_bridge,
    join_bridge,
    leave_bridge,
)
from storage.channels import channels_for_topic
from storage.mirror_models import BridgeChannelRow, BridgeRow

NAME_PATTERN = re.compile(r"^[\wåäöÅÄÖ][\w\-åäöÅÄÖ]{0,39}$")

NAME_OPTION = OptionSpec(
    "name",
    N_("The bridge group's name, e.g. bygg-forum"),
    sv="namn",
    required=True,
    max_length=40,
)


def _name(call: Call) -> str:
    name = str(call.values["name"]).strip().lower()
    if not NAME_PATTERN.match(name):
        raise CommandError(
            N_("“{name}” cannot be a bridge name: use letters, digits and dashes, at most 40."),
            name=name,
        )
    return name


def _channel(call: Call) -> Channel:
    if call.channel is None or call.channel.channel_id.startswith("dm:"):
        raise CommandError(N_("Run this command in the channel you want to bridge."))
    return call.channel


def _label(ctx: Context, platform: str, name: str, channel_id: str) -> str:
    """`Slack #bygg`: the platform as its members know it, and the channel."""
    return f"{ctx.capabilities(platform).label} #{name or channel_id}"


async def create(ctx: Context, call: Call) -> Reply:
    """Make a group; run in a channel, that channel joins it at once. One transaction: a
    channel that may not join leaves no group behind."""
    name, _ = _name(call), call._
    channel = call.channel
    if channel is not None and channel.channel_id.startswith("dm:"):
        channel = None
    async with ctx.db.transaction() as session:
        bridge = await create_bridge(
            session, name=name, created_by=call.member.display_name, now=ctx.clock.now()
        )
        if bridge is None:
            raise CommandError(N_("A bridge named “{name}” already exists."), name=name)
        if channel is not None:
            others = await _join_in(ctx, session, bridge, channel, call.member.display_name)
    if channel is None:
        return Reply.text(
            _("Bridge “{name}” is made. Run /bridge join {name} in each channel.", name=name)
        )
    return _joined(channel, name, others, _)


async def join(ctx: Context, call: Call) -> Reply:
    name, channel = _name(call), _channel(call)
    async with ctx.db.transaction() as session:
        bridge = await _existing(session, name)
        others = await _join_in(ctx, session, bridge, channel, call.member.display_name)
    return _joined(channel, name, others, call._)


async def _join_in(
    ctx: Context, session: AsyncSession, bridge: BridgeRow, channel: Channel, by: str
) -> list[str]:
    """Put the channel in the group, or say why not; the other channels' labels."""
    current = await bridge_of_channel(session, channel.platform, channel.channel_id)
    if current is not None:
        other = await session.get(BridgeRow, current.bridge_id)
        raise CommandError(
            N_("This channel is already in bridge “{name}”; run /bridge leave first."),
            name=other.name if other else "?",
        )
    announcement_channels = await channels_for_topic(session, "announcements")
    if any(
        (c.platform, c.channel_id) == (channel.platform, channel.channel_id)
        for c in announcement_channels
    ):
        raise CommandError(
            N_(
                "This is an announcement channel: announcements are already passed on "
                "to every platform. Bridge a discussion channel instead."
            )
        )
    await join_bridge(
        session,
        bridge_id=bridge.id,
        platform=channel.platform,
        channel_id=channel.channel_id,
        channel_name=channel.name[:200],
        added_by=by,
        now=ctx.clock.now(),
    )
    return [
        _label(ctx, c.platform, c.channel_name, c.channel_id)
        for c in await channels_of(session, bridge.id)
        if (c.platform, c.channel_id) != (channel.platform, channel.channel_id)
    ]


def _joined(channel: Channel, name: str, others: list[str], _: Translator) -> Reply:
    text = _(
        "#{channel} is now in bridge “{name}”. Messages here appear in: {others}.",
        channel=channel.name or channel.channel_id,
        name=name,
        others=", ".join(others) or _("no other channel yet"),
    )
    return Reply.text(text, private=False)


async def _existing(session: AsyncSession, name: str) -> BridgeRow:
    bridge = await bridge_by_name(session, name)
    if bridge is None:
        raise CommandError(
            N_("There is no bridge named “{name}”. /bridge list shows them all."), name=name
        )
    return bridge


async def leave(ctx: Context, call: Call) -> Reply:
    channel, _ = _channel(call), call._
    async with ctx.db.transaction() as session:
        left = await leave_bridge(session, channel.platform, channel.channel_id)
    if not left:
        return Reply.text(_("This channel is not in any bridge; nothing changed."))
    return Reply.text(
        _("#{channel} has left its bridge.", channel=channel.name or channel.channel_id),
        private=False,
    )


async def list_bridges(ctx: Context, call: Call) -> Reply:
    _ = call._
    async with ctx.db.transaction() as session:
        bridges = await all_bridges(session)
        groups = [(b, await channels_of(session, b.id)) for b in bridges]
        destinations = [f"{c.platform}:{c.channel_id}" for _b, cs in groups for c in cs]
        health = await outbox.destination_status(session, destinations)
    if not bridges:
        return Reply.text(_("There are no bridges yet. Make one with /bridge create NAME."))
    fields = tuple(
        Field(bridge.name, _bridge_lines(channels, health, ctx, _)) for bridge, channels in groups
    )
    return Reply(Message(title=_("Bridges"), text="", fields=fields))


def _bridge_lines(
    channels: list[BridgeChannelRow],
    health: dict[str, outbox.DestinationStatus],
    ctx: Context,
    _: Translator,
) -> str:
    if not channels:
        return _("no channels yet")
    lines, connected = [], ctx.connected()
    away = _("not connected")
    for channel in channels:
        status = health.get(f"{channel.platform}:{channel.channel_id}")
        state = describe(status, ctx.clock.now(), _) if status else _("all delivered")
        if not connected.get(channel.platform, True):
            state = f"{away}; {state}"
        label = _label(ctx, channel.platform, channel.channel_name, channel.channel_id)
        lines.append(f"{label}: {state}")
    return "\n".join(lines)


COMMAND = CommandSpec(
    name="bridge",
    sv="brygga",
    description=N_("Join discussion channels on Discord and Slack into one room"),
    board_only=True,
    subcommands=(
        CommandSpec(
            "create",
            N_("Make a bridge group (this channel joins it)"),
            sv="skapa",
            options=(NAME_OPTION,),
            handler=create,
        ),
        CommandSpec(
            "join",
            N_("Put this channel in a bridge group"),
            sv="gå-med",
            options=(NAME_OPTION,),
            handler=join,
        ),
        CommandSpec("leave", N_("Take this channel out of its bridge"), sv="lämna", handler=leave),
        CommandSpec(
            "list",
            N_("Every bridge with its channels and deliveries"),
            sv="lista",
            handler=list_bridges,
        ),
    ),
)
