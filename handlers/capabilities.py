"""What a platform can show, declared by the platform itself (`bot/platforms/registry.py`) and
read here, so that no use case hard-codes one platform's limits or name.

A platform that declares nothing gets `Capabilities(label=name)`: the limits below are those
every platform Bryggan runs on takes, so a use case that keeps within them is safe anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Capabilities:
    """One platform's name as members read it, and the limits a use case must keep to."""

    label: str  # "Discord", "konsol": shown after a bridged author's name, in /status
    author_name: int = 80  # characters of a post's author name (Discord's webhooks: 80)
    suggestions: int = 25  # choices offered while an option is typed (Discord, Slack: 25)
    # The message ids members' events name a delivered post by, one a part, read from the
    # handle the platform gave back for it (which only the platform knows how to read).
    message_ids: Callable[[str], tuple[str, ...]] = lambda handle: (handle,)


def capabilities_of(declared: dict[str, Capabilities], platform: str) -> Capabilities:
    """The platform's declared capabilities, or the safe ones under its own name."""
    return declared.get(platform) or Capabilities(label=platform)
