"""What a platform can show, declared by the platform itself (`bot/platforms/registry.py`) and
read here, so that no use case hard-codes one platform's limits or name.

A platform that declares nothing gets `Capabilities(label=name)`: the limits below are those
every platform Bryggan runs on takes, so a use case that keeps within them is safe anywhere.
What is shown on one platform (a member's form, a select they asked for) keeps to that
platform's limits (`Context.capabilities`); what is stored once and shown on every platform
(a survey's definition) keeps to the strictest of them (`strictest`, `Context.strictest`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields, replace

from handlers.types import Locale


@dataclass(frozen=True)
class Capabilities:
    """One platform's name as members read it, and the limits a use case must keep to."""

    label: str  # "Discord", "konsol": shown after a bridged author's name, in /status
    author_name: int = 80  # characters of a post's author name (Discord's webhooks: 80)
    suggestions: int = 25  # choices offered while an option is typed (Discord, Slack: 25)
    form_fields: int = 5  # fields a form shows at once (a Discord modal holds 5 inputs)
    select_options: int = 25  # options a select holds (Discord: 25, Slack: 100)
    option_label: int = 75  # characters a select option shows (Slack: 75, Discord: 100)
    field_value: int = 1024  # characters of a field's value (a Discord embed field: 1,024)
    placeholder: int = 100  # characters of a form field's placeholder (Discord: 100)
    # How a member names another in a command's text on this platform, as a regular
    # expression whose one group is the user id (Discord's `<@123>`); None: no such form.
    user_mention: str | None = None
    # The message ids members' events name a delivered post by, one a part, read from the
    # handle the platform gave back for it (which only the platform knows how to read).
    message_ids: Callable[[str], tuple[str, ...]] = lambda handle: (handle,)
    # Whether a post can carry a thread the bot writes in and reads from (`Message.in_thread`):
    # a wish's discussion opens there. Where not, the discussion is on the web only.
    threads: bool = False
    # Whether such a thread is a channel of its own whose id is its first message's (Discord),
    # rather than replies that name that message (Slack's `thread_ts`).
    thread_is_channel: bool = False
    # Where members' clients show the commands by the client's own language (Discord's name
    # localisations, Teams' manifest), whatever language a member chose here: the names a
    # client in a language without names of its own sees (Discord: English; Teams: its
    # manifest's default, Swedish). Help then names them as the member's client shows them.
    names_by_client: Locale | None = None


def mentions(declared: dict[str, Capabilities]) -> list[tuple[str, str]]:
    """(platform, pattern) of every platform whose members name each other by a mention."""
    return [(name, c.user_mention) for name, c in sorted(declared.items()) if c.user_mention]


def capabilities_of(declared: dict[str, Capabilities], platform: str) -> Capabilities:
    """The platform's declared capabilities, or the safe ones under its own name."""
    return declared.get(platform) or Capabilities(label=platform)


def _limits() -> tuple[str, ...]:
    """The numeric limits: every field whose default is a number."""
    return tuple(f.name for f in fields(Capabilities) if isinstance(f.default, int))


def strictest(declared: Iterable[Capabilities]) -> Capabilities:
    """Each limit at its smallest over the platforms, for what is stored once and shown on
    every one of them; the safe defaults when no platform is declared."""
    every = list(declared)
    safe = Capabilities(label="")
    if not every:
        return safe
    return replace(safe, **{name: min(getattr(c, name) for c in every) for name in _limits()})
