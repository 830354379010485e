"""The invite link: exactly the scopes and permissions Bryggan needs, nothing more."""

from __future__ import annotations

import discord

SCOPES = ("bot", "applications.commands")


def required_permissions() -> discord.Permissions:
    """Read and post in channels, embed and attach, read history for replies, and manage
    webhooks so bridged posts can carry their author's name and avatar."""
    return discord.Permissions(
        view_channel=True,
        send_messages=True,
        send_messages_in_threads=True,
        embed_links=True,
        attach_files=True,
        read_message_history=True,
        manage_webhooks=True,
    )


def invite_url(application_id: int, guild_id: int | None = None) -> str:
    kwargs: dict[str, object] = {}
    if guild_id is not None:
        kwargs["guild"] = discord.Object(guild_id)
    return discord.utils.oauth_url(
        application_id, permissions=required_permissions(), scopes=SCOPES, **kwargs
    )


async def application_id(token: str, api_base_url: str | None) -> int:
    """Ask Discord which application the token belongs to."""
    if api_base_url:
        discord.http.Route.BASE = api_base_url.rstrip("/")
    client = discord.Client(intents=discord.Intents.none())
    try:
        await client.login(token)
        return (await client.application_info()).id
    finally:
        await client.close()
