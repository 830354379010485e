"""The wish list as the document sent to the vendor (CSV, Markdown, JSON), and its import.

The export's own CSV imports again without loss: a wish's key is its source and external id
(or its number when it was born here), so importing the same file twice changes nothing.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import CommandSpec, OptionSpec
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_
from handlers.parsing import as_id
from handlers.spreadsheet import guarded, unguarded
from handlers.types import Attachment, Message, Reply
from handlers.wishes.browse import STATUS_OPTION, ranked_list
from handlers.wishes.config import STATUSES
from handlers.wishes.submit import DESCRIPTION_LIMIT, TITLE_LIMIT
from storage.rounds import latest_results
from storage.wish_models import WishRow
from storage.wishes import add_event, create_wish

COLUMNS = (
    "number", "title", "description", "module", "status", "municipality",
    "supporting_municipalities", "municipalities", "members", "submitted",
    "vendor_reference", "source", "external_id", "round_rank", "round_points",
)  # fmt: skip


async def export_rows(
    session: AsyncSession, *, module: str | None = None, status: str | None = None
) -> list[dict[str, Any]]:
    """One row per listed wish, ranked: the vendor document's content."""
    wishes, support = await ranked_list(session, module=module, status=status, member_id=None)
    results = await latest_results(session)
    rows = []
    for wish in wishes:
        counted = support[wish.id]
        rows.append(
            {
                "number": wish.id,
                "title": wish.title,
                "description": wish.description,
                "module": wish.module,
                "status": wish.status,
                "municipality": wish.municipality or "",
                "supporting_municipalities": len(counted.municipalities),
                "municipalities": "; ".join(counted.municipalities),
                "members": counted.members,
                "submitted": wish.created_at.date().isoformat(),
                "vendor_reference": wish.vendor_reference or "",
                "source": wish.source or "",
                "external_id": wish.external_id or "",
                "round_rank": results[wish.id].rank if wish.id in results else "",
                "round_points": results[wish.id].points if wish.id in results else "",
            }
        )
    return rows


def to_csv(rows: Iterable[Mapping[str, Any]]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({key: guarded(value) for key, value in row.items()} for row in rows)
    return out.getvalue()


def _cell(value: Any) -> str:
    return " ".join(str(value).split()).replace("|", "\\|")


def to_markdown(rows: Iterable[Mapping[str, Any]]) -> str:
    header = [
        "#", "Önskemål", "Modul", "Status", "Kommuner", "Medlemmar", "Omgång (plats, poäng)",
        "Inskickat", "Referens",
    ]  # fmt: skip
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for row in rows:
        cells = [
            row["number"], row["title"], row["module"], row["status"],
            f"{row['supporting_municipalities']} ({row['municipalities']})", row["members"],
            f"{row['round_rank']} ({row['round_points']})" if row.get("round_rank") else "",
            row["submitted"], row["vendor_reference"],
        ]  # fmt: skip
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def to_json(rows: Iterable[Mapping[str, Any]]) -> str:
    return json.dumps(list(rows), ensure_ascii=False, indent=2) + "\n"


@dataclass
class ImportReport:
    taken: int = 0
    unchanged: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)


async def import_rows(
    ctx: Context,
    rows: Iterable[Mapping[str, str]],
    *,
    source: str,
    progress: Callable[[int], None] | None = None,
) -> ImportReport:
    """Take every valid row once (by source and external id); say why the others were not."""
    report = ImportReport()
    seen: set[str] = set()
    async with ctx.db.transaction() as session:
        for line, row in enumerate(rows, start=2):  # line 1 is the header
            reason = await _import_one(ctx, session, row, source, seen, report)
            if reason:
                report.refused.append((line, reason))
            if progress and (line - 1) % 500 == 0:
                progress(line - 1)
    ctx.wake_outbox()
    return report


async def _import_one(
    ctx: Context,
    session: AsyncSession,
    row: Mapping[str, str],
    source: str,
    seen: set[str],
    report: ImportReport,
) -> str | None:
    row = {key: unguarded(value or "") for key, value in row.items() if key}
    title = " ".join((row.get("title") or "").split())
    description = (row.get("description") or "").strip()
    key = (row.get("external_id") or row.get("number") or "").strip()
    if not key:  # no id at all: the wording itself, so the same row is not taken twice
        key = (
            "text:"
            + hashlib.sha256(
                f"{title.casefold()}|{(row.get('module') or '').casefold()}".encode()
            ).hexdigest()[:24]
        )
    if not title:
        return "no title"
    if len(title) > TITLE_LIMIT or len(description) > DESCRIPTION_LIMIT:
        return f"longer than {TITLE_LIMIT} (title) or {DESCRIPTION_LIMIT} (description)"
    module = ctx.wishes.module(row.get("module") or "")
    if module is None:
        return f"unknown module {row.get('module')!r}"
    status = (row.get("status") or "ny").strip().lower()
    if status not in STATUSES:
        return f"unknown status {status!r}"
    place = (row.get("municipality") or "").strip()
    municipality = ctx.wishes.municipality(place) if place else None
    if place and municipality is None:
        return f"unknown municipality {place!r}"
    if key and key in seen:
        return f"external id {key!r} twice in the file"
    if await _born_here(session, row, title):
        report.unchanged += 1  # our own export read back: that wish is already here
        return None
    source = (row.get("source") or "").strip() or source
    if key:
        seen.add(key)
        existing = await session.execute(
            select(WishRow.id).where(WishRow.source == source, WishRow.external_id == key)
        )
        if existing.first() is not None:
            report.unchanged += 1
            return None
    now = ctx.clock.now()
    wish = await create_wish(
        session, title=title, description=description, module=module, status=status,
        municipality=municipality, submitted_by_id=None, now=now, source=source,
        external_id=key or None,
    )  # fmt: skip
    wish.vendor_reference = (row.get("vendor_reference") or "").strip() or None
    submitted = _submitted(row.get("submitted") or "")
    if submitted is not None and submitted < now:
        wish.created_at = submitted  # keeps its age, which the ranking uses
    await add_event(session, wish_id=wish.id, kind="created", actor=f"import:{source}", now=now)
    report.taken += 1
    return None


def _submitted(value: str) -> datetime | None:
    try:
        return datetime.combine(date.fromisoformat(value.strip()), datetime.min.time(), UTC)
    except ValueError:
        return None


async def _born_here(session: AsyncSession, row: Mapping[str, str], title: str) -> bool:
    """A row of our own export for a wish made in chat: no source, same number and title."""
    number = (row.get("number") or "").strip()
    if (row.get("source") or "").strip() or (row.get("external_id") or "").strip():
        return False
    wish_id = as_id(number)  # ASCII digits a column holds ("²" or 10**20 are no number here)
    if wish_id is None:
        return False
    wish = await session.get(WishRow, wish_id)
    return wish is not None and wish.source is None and wish.title == title


async def wishlist_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    module = None
    if call.values.get("module"):
        module = ctx.wishes.module(str(call.values["module"]))
        if module is None:
            raise CommandError(
                N_("Choose a module: {modules}."), modules=", ".join(ctx.wishes.modules)
            )
    async with ctx.db.transaction() as session:
        rows = await export_rows(session, module=module, status=call.values.get("status"))
    if not rows:
        return Reply.text(_("No wishes match."))
    files = (
        Attachment("onskelista.csv", content_type="text/csv", content=to_csv(rows)),
        Attachment("onskelista.md", content_type="text/markdown", content=to_markdown(rows)),
    )
    text = _.ngettext(
        "The wish list: {n} wish, most supported first.",
        "The wish list: {n} wishes, most supported first.",
        len(rows),
    )
    return Reply(Message(title=_("Wish list"), text=text, attachments=files))


COMMAND = CommandSpec(
    name="wishlist",
    sv="önskelista",
    description=N_("The ranked wish list for the vendor, as CSV and Markdown"),
    board_only=True,
    options=(
        OptionSpec("module", N_("Only this module"), max_length=60, sv="modul"),
        STATUS_OPTION,
    ),
    handler=wishlist_command,
)
