"""The invite link: exactly the scopes and permissions Bryggan needs, nothing more.

Built without discord.py (one HTTP request and a URL), so `bryggan discord-invite-url`
starts at once; a test keeps the permissions and the URL equal to discord.py's own.
"""

from __future__ import annotations

from urllib.parse import urlencode

SCOPES = ("bot", "applications.commands")
DISCORD_API = "https://discord.com/api/v10"
AUTHORIZE = "https://discord.com/oauth2/authorize"
# Read and post in channels and threads, start a thread under a wish's card (its
# discussion), embed and attach, read history for replies, and manage webhooks so bridged
# posts can carry their author's name and avatar (bit numbers from Discord's list).
PERMISSIONS = {
    "view_channel": 10,
    "send_messages": 11,
    "embed_links": 14,
    "attach_files": 15,
    "read_message_history": 16,
    "manage_webhooks": 29,
    "create_public_threads": 35,
    "send_messages_in_threads": 38,
}


def required_permissions() -> int:
    return sum(1 << bit for bit in PERMISSIONS.values())


def invite_url(application_id: int, guild_id: int | None = None) -> str:
    query = {
        "client_id": application_id,
        "scope": " ".join(SCOPES),
        "permissions": required_permissions(),
    }
    if guild_id is not None:
        query["guild_id"] = guild_id
    return f"{AUTHORIZE}?{urlencode(query)}"


async def application_id(token: str, api_base_url: str | None) -> int:
    """Ask Discord which application the token belongs to."""
    import aiohttp

    base = (api_base_url or DISCORD_API).rstrip("/")
    headers = {"Authorization": f"Bot {token}", "User-Agent": "Bryggan (invite link)"}
    async with (
        aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15)) as session,
        session.get(f"{base}/oauth2/applications/@me", headers=headers) as response,
    ):
        response.raise_for_status()
        return int((await response.json())["id"])
