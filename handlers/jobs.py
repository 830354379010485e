"""Work that runs on a schedule, declared by each feature beside its use cases (`JOBS`) and
collected in `handlers/commands.py` as commands and interactions are: the runtime runs each
every so often, and a new feature's job needs no change there."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from handlers.context import Context


@dataclass(frozen=True)
class JobSpec:
    name: str  # how logs and tests name it (`Scheduler.run_due`)
    every_seconds: float
    run: Callable[[Context], Coroutine[Any, Any, object]]
    # The first run's delay; None waits one interval. A daily job sets it, or a process
    # restarted more often than daily would never run it.
    first_after: float | None = None
