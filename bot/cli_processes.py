"""`bryggan processes [--json] [--all]`: the deployment's processes from the heartbeat table:
their roles, what each leads, and how long since each beat. Run it on any machine that
reaches the database. It answers "what runs now?": a process that stopped, or went silent
more than a day ago (every console run leaves a row for 7 days), is only counted, unless
`--all` asks for every one."""

from __future__ import annotations

import argparse
import json
from datetime import timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rest is imported when the command runs: its --help stays cheap
    from datetime import datetime

    from bot.settings import Settings
    from handlers.clock import Clock
    from storage.processes import ProcessSeen

LOST_SHOWN = timedelta(days=1)  # a lost process is shown this long after its last beat


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "processes",
        help="list the processes, their roles and what each leads",
        description="List the processes that run, and those lost in the last day, from the "
        "heartbeat table: their roles, what each leads, and how long since each beat. "
        "Finished ones (stopped, or silent for over a day) are only counted.",
    )
    parser.add_argument("--json", action="store_true", help="print JSON lines")
    parser.add_argument(
        "--all", action="store_true", help="also the finished processes of the last 7 days"
    )


def finished(process: ProcessSeen, now: datetime) -> bool:
    """Stopped, or lost so long ago that it is history, not news."""
    return process.stopped_at is not None or now - process.beat_at > LOST_SHOWN


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
    shown = seen if args.all else [p for p in seen if not finished(p, now)]
    for process in shown:
        silent = round((now - process.beat_at).total_seconds(), 1)
        if args.json:
            print(json.dumps(_record(process, state(process, now), silent)))
            continue
        print(
            f"{process.id[:8]}  {process.host[:24]:<24} pid={process.pid:<7} "
            f"{state(process, now):<8} roles={','.join(process.roles):<32} "
            f"leads={','.join(process.leads) or '-':<18} last beat {silent:.0f} s ago"
        )
    if not args.json:
        _tell_the_rest(len(seen), len(shown))
    return 0


def _tell_the_rest(seen: int, shown: int) -> None:
    """What the list left out, or that it is empty and why."""
    if not seen:
        print("no process has run against this database")
    elif not shown:
        print("no process is running")
    hidden = seen - shown
    if hidden:
        kind = "process" if hidden == 1 else "processes"
        print(
            f"{hidden} finished {kind} not shown (stopped, or silent for over a day); "
            "--all lists them"
        )


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
