"""`bryggan processes [--json]`: the deployment's processes from the heartbeat table: their
roles, what each leads, and how long since each beat. Run it on any machine that reaches
the database."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rest is imported when the command runs: its --help stays cheap
    from datetime import datetime

    from bot.settings import Settings
    from handlers.clock import Clock
    from storage.processes import ProcessSeen


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "processes",
        help="list the processes, their roles and what each leads",
        description="List the processes seen in the heartbeat table (the last 7 days): "
        "their roles, what each leads, and how long since each beat.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON lines")


def state(process: ProcessSeen, now: datetime) -> str:
    """running, stopped (cleanly) or lost (no beat for LIVE_BEATS beats)."""
    from bot.process_beat import BEAT_SECONDS, LIVE_BEATS

    if process.stopped_at is not None:
        return "stopped"
    silent = (now - process.beat_at).total_seconds()
    return "lost" if silent > LIVE_BEATS * BEAT_SECONDS else "running"


async def run(settings: Settings, args: argparse.Namespace, *, clock: Clock | None = None) -> int:
    import sys

    from bot.context import open_database
    from handlers.clock import SystemClock
    from storage.migrate import current_revision, head_revision
    from storage.processes import processes_seen

    db = open_database(settings)
    try:  # read only: a monitoring command never migrates the processes' database
        if await current_revision(db) != head_revision():
            print(
                "bryggan: the database is not at this version's revision; run this "
                "`bryggan processes` from the version the processes run",
                file=sys.stderr,
            )
            return 1
        seen = await processes_seen(db)
    finally:
        await db.dispose()
    now = (clock or SystemClock()).now()
    for process in seen:
        silent = round((now - process.beat_at).total_seconds(), 1)
        if args.json:
            print(json.dumps(_record(process, state(process, now), silent)))
            continue
        print(
            f"{process.id[:8]}  {process.host[:24]:<24} pid={process.pid:<7} "
            f"{state(process, now):<8} roles={','.join(process.roles):<32} "
            f"leads={','.join(process.leads) or '-':<18} last beat {silent:.0f} s ago"
        )
    if not seen and not args.json:
        print("no process has run against this database")
    return 0


def _record(process: ProcessSeen, shown_state: str, silent: float) -> dict[str, object]:
    return {
        "id": process.id,
        "host": process.host,
        "pid": process.pid,
        "state": shown_state,
        "roles": list(process.roles),
        "leads": list(process.leads),
        "started_at": process.started_at.isoformat(),
        "beat_at": process.beat_at.isoformat(),
        "seconds_since_beat": silent,
        "stopped_at": process.stopped_at.isoformat() if process.stopped_at else None,
    }
