"""The invite link is built without discord.py; it must stay what discord.py would build."""

from __future__ import annotations

import discord

from bot.platforms.discord.invite import invite_url, required_permissions


def test_the_permissions_are_discord_pys_own() -> None:
    expected = discord.Permissions(
        view_channel=True,
        send_messages=True,
        send_messages_in_threads=True,
        embed_links=True,
        attach_files=True,
        read_message_history=True,
        manage_webhooks=True,
        create_public_threads=True,
    )
    assert required_permissions() == expected.value


def test_the_url_is_discord_pys_own() -> None:
    permissions = discord.Permissions(required_permissions())
    scopes = ("bot", "applications.commands")
    assert invite_url(123) == discord.utils.oauth_url(123, permissions=permissions, scopes=scopes)
    assert invite_url(123, 456) == discord.utils.oauth_url(
        123, permissions=permissions, scopes=scopes, guild=discord.Object(456)
    )
