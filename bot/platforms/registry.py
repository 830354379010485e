"""Every platform Bryggan can run, each declared once by its own folder.

A platform folder in `bot/platforms/` holds a `declaration.py` with a `DECLARATION`: its name,
what members read it as and what it can show (`Capabilities`), the settings it reads, whether
they are set, how it is built and which web routes it serves. The runtime, the settings'
checks, `check-config` and `/status` read this registry, and handlers read the capabilities
through `Context.capabilities`; so a new platform adds its folder and its settings and touches
nothing else. A declaration imports no client library: `build` does, when it is called.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from handlers.capabilities import Capabilities

if TYPE_CHECKING:
    from aiohttp import web

    from bot.settings import Settings
    from handlers.door import Door
    from handlers.ports import Platform


@dataclass(frozen=True)
class Route:
    """A web route a platform serves on the bot's web server (Slack's HTTP mode, a webhook)."""

    method: str
    path: str
    handler: Callable[[web.Request], Awaitable[web.StreamResponse]]


def _no_routes(_platform: Platform) -> Sequence[Route]:
    return ()


def comma_joined_ids(handle: str) -> tuple[str, ...]:
    """The message ids of a handle that is its parts' ids joined by commas (Slack's
    timestamps, Matrix's event ids: neither holds a comma)."""
    return tuple(handle.split(","))


@runtime_checkable
class Listens(Protocol):
    """A platform with a gateway of its own (Discord's, Socket Mode, a Matrix sync): opened
    only in the process that leads the gateway role, so each event is handled once. Sending
    works either way. `listening` is read by `start()`; `listen()` switches it later."""

    listening: bool

    async def listen(self, on: bool) -> None: ...


@runtime_checkable
class SharesLimits(Protocol):
    """A platform whose limits count per bot token or tenant (Discord's global limit, the
    Teams tenant's): with several dispatcher processes each takes its share. A channel's
    limit needs no sharing: one process at a time posts to a channel (the outbox's holds)."""

    def share_limits(self, processes: int) -> None: ...


@dataclass(frozen=True)
class CliCommand:
    """A `bryggan` command a platform adds (its app manifest, its invite link). The module
    holds `add_parser(commands)` and `async run(settings, args) -> int`; it is imported only
    when the command runs or its help is asked for, and the command needs no database."""

    name: str
    module: str
    summary: str  # the line `bryggan --help` shows, equal to the module's own


@dataclass(frozen=True)
class Declaration:
    name: str  # the platform's key in the outbox, channels and accounts: never changes
    capabilities: Capabilities
    settings: tuple[str, ...]  # the settings it reads, in `Settings`' field names
    configured: Callable[[Settings], bool]  # whether its credentials are set
    build: Callable[[Door, Settings], Platform]  # imports its client library when called
    routes: Callable[[Platform], Sequence[Route]] = _no_routes
    chat: bool = True  # a chat platform (members type commands there), not a mailing list
    commands: tuple[CliCommand, ...] = ()  # its own `bryggan` commands
    order: int = field(default=50, compare=False)  # where it is built and listed


@cache
def declarations() -> dict[str, Declaration]:
    """Every platform folder's declaration, by name, in their order."""
    import bot.platforms

    found = []
    for module in pkgutil.iter_modules(bot.platforms.__path__):
        if not module.ispkg:
            continue
        try:
            declared = importlib.import_module(f"bot.platforms.{module.name}.declaration")
        except ModuleNotFoundError as missing:
            if missing.name != f"bot.platforms.{module.name}.declaration":
                raise
            continue
        found.append(declared.DECLARATION)
    return {d.name: d for d in sorted(found, key=lambda d: (d.order, d.name))}


def cli_commands() -> dict[str, CliCommand]:
    """Every platform's own `bryggan` commands, by name."""
    return {c.name: c for d in declarations().values() for c in d.commands}


def configured(settings: Settings, *, chat_only: bool = False) -> list[Declaration]:
    """The platforms whose settings are set, in order."""
    return [
        d for d in declarations().values() if d.configured(settings) and (d.chat or not chat_only)
    ]


# The console asks a form one field at a time, prints a select by its placeholder alone and
# a field as lines: no ceiling of its own. A survey comes in forms of five as on Matrix (a
# part is saved as soon as it is answered); selects and fields keep Discord's sizes.
CONSOLE = Capabilities(
    label="konsol", form_fields=5, select_options=25, option_label=100, field_value=1024
)


def capabilities() -> dict[str, Capabilities]:
    """What each platform can show, the console's too, for `Context.platforms`."""
    return {"console": CONSOLE} | {name: d.capabilities for name, d in declarations().items()}
