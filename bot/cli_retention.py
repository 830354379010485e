"""`bryggan retention run [--dry-run] [--json]`: apply the retention periods now, or see
what the daily job would remove, from the board's computer."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the rest is imported when the command runs: its --help stays cheap
    from bot.settings import Settings
    from handlers.clock import Clock

# What each kind is, and what happens to it (done, and in a dry run).
LABELS: dict[str, tuple[str, str, str]] = {
    "sent_deliveries": ("sent deliveries", "removed", "would remove"),
    "kept_deliveries": (
        "older deliveries kept for later edits, content cleared",
        "cleared",
        "would clear",
    ),
    "failed_deliveries": ("failed deliveries", "removed", "would remove"),
    "bridged_messages": ("bridged messages and their copies' mapping", "removed", "would remove"),
    "feed_entries": ("feed entries, reduced to their id", "reduced", "would reduce"),
    "unconfirmed_subscriptions": ("unconfirmed e-mail subscriptions", "removed", "would remove"),
    "verification_codes": ("verification codes", "removed", "would remove"),
    "rate_limit_counts": ("rate-limit counts", "removed", "would remove"),
    "wish_drafts": ("unfinished wish drafts", "removed", "would remove"),
    "form_drafts": ("refused forms kept to be corrected", "removed", "would remove"),
    "web_sign_ins": ("web sign-in links", "removed", "would remove"),
    "web_sessions": ("ended web sessions", "removed", "would remove"),
}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = commands.add_parser(
        "retention",
        help="remove personal data past its retention period",
        description="Apply the RETAIN_*_DAYS periods, as the daily job does.",
    )
    actions = parser.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    running = actions.add_parser(
        "run",
        help="remove what is past its period now (or show it with --dry-run)",
        description="Remove what is past its retention period and print how much of each "
        "kind. With --dry-run nothing changes and the same counts are printed.",
    )
    running.add_argument("--dry-run", action="store_true", help="only count; change nothing")
    running.add_argument("--json", action="store_true", help="print one JSON object")


async def run(settings: Settings, args: argparse.Namespace, *, clock: Clock | None = None) -> int:
    from bot.context import open_database, retention_policy
    from handlers.clock import SystemClock
    from handlers.retention import apply_retention, period_days
    from storage.migrate import upgrade

    policy = retention_policy(settings)
    db = open_database(settings)
    try:
        await upgrade(db)
        counts = await apply_retention(
            db, policy, (clock or SystemClock()).now(), dry_run=args.dry_run
        )
    finally:
        await db.dispose()
    if args.json:
        print(json.dumps({"dry_run": args.dry_run, "counts": counts}))
        return 0
    days = period_days(policy)
    for kind, count in counts.items():
        label, done, would = LABELS[kind]
        period = f"{days[kind]} day{'' if days[kind] == 1 else 's'}"
        print(f"{label} (over {period}): {would if args.dry_run else done} {count}")
    if args.dry_run:
        print("dry run: nothing was changed")
    return 0
