"""Importing the vendor's list, or the export's own CSV: every valid row once, in batches.

A wish's key is its source and external id (or its number when it was born here), so importing
the same file twice changes nothing. Every row is checked first, and what is wrong is said per
line. The keys already here are read once; the new rows go in `BATCH` at a time, with their
'created' events, in two statements, their normalised words made in a worker thread, and each
batch committed on its own, so SQLite's write lock is held for a batch at a time while a bot
goes on answering. An import that stopped halfway is finished by running it again.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from itertools import count
from typing import Any

from handlers.context import Context
from handlers.offloop import yielding
from handlers.parsing import as_id
from handlers.spreadsheet import unguarded
from handlers.wishes.config import STATUSES
from handlers.wishes.reading import IMPORTED
from handlers.wishes.submit import DESCRIPTION_LIMIT, TITLE_LIMIT
from storage.wish_import import add_wishes, known_keys, take_stock, titles_born_here

BATCH = 500  # rows a statement: a batch costs the event loop about 10 ms
Progress = Callable[[int, int], None]  # (rows done, rows in all)


@dataclass
class ImportReport:
    taken: int = 0
    unchanged: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)  # (line, reason)


@dataclass(frozen=True)
class _Row:
    """A row that passed every check of its own."""

    line: int
    key: str
    source: str  # the row's own, if it names one; else the import's
    born_here: int | None  # the number of a wish made in chat this row may be (our export)
    title: str
    description: str
    module: str
    status: str
    municipality: str | None
    vendor_reference: str | None
    submitted: datetime | None


async def import_rows(
    ctx: Context,
    rows: Iterable[Mapping[str, str]],
    *,
    source: str,
    progress: Progress | None = None,
    lines: Sequence[int] | None = None,
) -> ImportReport:
    """Take every valid row once (by source and external id); say why the others were not.
    `lines`: the file's line of each row, as the report names them (else 2, 3, … after a
    header line)."""
    report = ImportReport()
    checked = await asyncio.to_thread(_check_all, ctx, rows, source, report, lines)
    numbers = {row.born_here for row in checked if row.born_here is not None}
    async with ctx.db.transaction() as session:
        ours = await titles_born_here(session, numbers)
    seen: set[str] = set()
    wanted: list[_Row] = []
    for candidate in checked:
        if candidate.key in seen:
            reason = f"external id {candidate.key!r} twice in the file"
            report.refused.append((candidate.line, reason))
        elif candidate.born_here is not None and ours.get(candidate.born_here) == candidate.title:
            report.unchanged += 1  # our own export read back: that wish is already here
        else:
            seen.add(candidate.key)
            wanted.append(candidate)
    report.refused.sort()
    here: set[tuple[str, str]] = set()
    async with ctx.db.transaction() as session:  # what is here already, read once
        for source in {row.source for row in wanted}:
            here.update((source, key) for key in await known_keys(session, source))
    new = [row for row in wanted if (row.source, row.key) not in here]
    report.unchanged += len(wanted) - len(new)
    for start in range(0, len(new), BATCH):
        await _take(ctx, new[start : start + BATCH], report)
        if progress:
            progress(min(start + BATCH, len(new)), len(new))
    if new:
        await take_stock(ctx.db)
    ctx.wake_outbox()
    return report


async def _take(ctx: Context, batch: list[_Row], report: ImportReport) -> None:
    """One batch: its words made in a worker thread (holding no lock), then in it goes; a row
    another import took meanwhile is left out by the insert."""
    terms = await asyncio.to_thread(
        lambda: [ctx.wish_index.terms_of(row.title, row.description) for row in yielding(batch)]
    )
    async with ctx.db.transaction() as session:
        now = ctx.clock.now()
        taken = await add_wishes(
            session,
            [_columns(row, words, now) for row, words in zip(batch, terms, strict=True)],
            actors=[f"{IMPORTED}{row.source}" for row in batch],
            now=now,
        )
    report.unchanged += len(batch) - taken
    report.taken += taken


def _columns(row: _Row, terms: str, now: datetime) -> dict[str, Any]:
    submitted = row.submitted if row.submitted is not None and row.submitted < now else now
    return {
        "title": row.title,
        "description": row.description,
        "module": row.module,
        "status": row.status,
        "municipality": row.municipality,
        "submitted_by_id": None,
        "hidden": False,
        "vendor_reference": row.vendor_reference,
        "source": row.source,
        "external_id": row.key,
        "terms": terms,
        "created_at": submitted,  # keeps its age, which the ranking uses
        "updated_at": now,
    }


def _check_all(
    ctx: Context,
    rows: Iterable[Mapping[str, str]],
    source: str,
    report: ImportReport,
    lines: Sequence[int] | None = None,
) -> list[_Row]:
    """In a worker thread: the rows that pass their own checks; the others in the report."""
    checked: list[_Row] = []
    numbered = lines if lines is not None else count(2)  # line 1 is the header
    for line, row in zip(numbered, yielding(rows), strict=False):  # `count` runs on
        found = _check(ctx, row, line, source)
        if isinstance(found, str):
            report.refused.append((line, found))
        else:
            checked.append(found)
    return checked


def _check(ctx: Context, raw: Mapping[str, str], line: int, source: str) -> _Row | str:
    """The row ready to import, or why it cannot be."""
    row = {key: unguarded(value or "") for key, value in raw.items() if key}
    title = " ".join((row.get("title") or "").split())
    description = (row.get("description") or "").strip()
    key = (row.get("external_id") or row.get("number") or "").strip()
    if not key:  # no id at all: the wording itself, so the same row is not taken twice
        wording = f"{title.casefold()}|{(row.get('module') or '').casefold()}"
        key = "text:" + hashlib.sha256(wording.encode()).hexdigest()[:24]
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
    return _Row(
        line=line,
        key=key,
        source=(row.get("source") or "").strip() or source,
        born_here=_born_here(row),
        title=title,
        description=description,
        module=module,
        status=status,
        municipality=municipality,
        vendor_reference=(row.get("vendor_reference") or "").strip() or None,
        submitted=_submitted(row.get("submitted") or ""),
    )


def _born_here(row: Mapping[str, str]) -> int | None:
    """A row of our own export for a wish made in chat has no source and no external id,
    only its number (ASCII digits a column holds: "²" or 10**20 are no number here)."""
    if (row.get("source") or "").strip() or (row.get("external_id") or "").strip():
        return None
    return as_id((row.get("number") or "").strip())


def _submitted(value: str) -> datetime | None:
    try:
        return datetime.combine(date.fromisoformat(value.strip()), datetime.min.time(), UTC)
    except ValueError:
        return None
