"""Survey results for the board (being written)."""

from __future__ import annotations

from handlers.catalogue import InteractionSpec
from handlers.context import Call, Context
from handlers.types import Reply

RESULTS_INTERACTIONS: tuple[InteractionSpec, ...] = ()


async def results_command(ctx: Context, call: Call) -> Reply:
    raise NotImplementedError
