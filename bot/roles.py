"""What one `bryggan run` does (`--role`). Standard library only: the command line parses it.

gateway: the chat connections and their events (one leader); dispatcher: the outbox (any
number share it); web: pages, feeds and webhooks (stateless, any number); scheduler: feeds,
meetings, rounds, surveys and retention (one leader).
"""

from __future__ import annotations

ROLES = ("gateway", "dispatcher", "web", "scheduler")


def parse_roles(text: str) -> tuple[str, ...]:
    """`gateway,web` -> the roles in ROLES' order; ValueError names what is wrong."""
    asked = [part.strip().lower() for part in text.split(",") if part.strip()]
    unknown = [part for part in asked if part not in ROLES]
    if unknown or not asked:
        shown = ", ".join(unknown) or "none"
        raise ValueError(f"unknown role: {shown} (choose from {', '.join(ROLES)})")
    return tuple(role for role in ROLES if role in asked)
