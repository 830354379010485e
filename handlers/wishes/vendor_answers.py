"""The vendor's answer to a hand-off, as a file: `bryggan wishes import --statuses FILE`.

Each row names a wish by our number or the vendor's ticket id (or both: the ticket id is then
kept as the wish's vendor reference), a status (planerad, levererad, avslagen, ... as a code,
or its Swedish or English name) and a comment. A row that changes a wish's status or
reference records it and tells its supporters, with the comment; a row that changes nothing
tells nobody, so the same file imported again does nothing. A file with a status the bot does
not know changes nothing at all: the rows are listed. Rows naming no wish are listed too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.i18n import N_, translator
from handlers.parsing import MAX_ID
from handlers.wishes.board import notify_supporters
from handlers.wishes.cards import refresh_cards
from handlers.wishes.config import STATUSES
from storage.wish_models import WishRow
from storage.wishes import add_event, get_wish, wishes_with_reference

COLUMNS = {  # the file's column names, in Swedish or English, and what they mean
    "number": "number", "nummer": "number", "wish": "number", "önskemål": "number",
    "ticket": "ticket", "ticket_id": "ticket", "reference": "ticket", "referens": "ticket",
    "vendor_reference": "ticket", "ärende": "ticket", "ärendenummer": "ticket",
    "status": "status", "comment": "comment", "kommentar": "comment",
}  # fmt: skip
VENDOR = N_("the vendor")  # who set the status, in the wish's history
MOST_COMMENT = 500
MOST_TICKET = 100


@dataclass(frozen=True)
class Answer:
    """One row of the vendor's file, read."""

    line: int
    number: int | None
    ticket: str | None
    status: str
    comment: str


@dataclass
class AnswerReport:
    changed: int = 0
    unchanged: int = 0
    told: int = 0
    unmatched: list[tuple[int, str]] = field(default_factory=list)  # (line, why)


def _status_names() -> dict[str, str]:
    """Every way to write a status: its code, its English name, its Swedish name."""
    swedish = translator("sv")
    names = {}
    for code, name in STATUSES.items():
        for written in (code, name, swedish(name)):
            names[" ".join(written.split()).casefold()] = code
    return names


def read_answers(
    rows: Sequence[Mapping[str | None, str | None]], lines: Sequence[int]
) -> tuple[list[Answer], list[tuple[int, str]]]:
    """The rows as answers, and the problems of those that cannot be read (line, why)."""
    statuses = _status_names()
    answers, problems = [], []
    for line, raw in zip(lines, rows, strict=True):
        row = {COLUMNS.get(str(k).strip().casefold()): (v or "").strip() for k, v in raw.items()}
        number_text, ticket = row.get("number", "").lstrip("#"), row.get("ticket", "")
        status = statuses.get(" ".join(row.get("status", "").split()).casefold())
        if status is None:
            problems.append((line, f"unknown status {row.get('status', '')!r}"))
        elif number_text and not (number_text.isdigit() and 0 < int(number_text) <= MAX_ID):
            problems.append((line, f"{number_text!r} is not a wish number"))
        elif not number_text and not ticket:
            problems.append((line, "neither a wish number nor a ticket id"))
        elif len(ticket) > MOST_TICKET:
            problems.append((line, f"the ticket id is longer than {MOST_TICKET} characters"))
        else:
            number = int(number_text) if number_text else None
            comment = row.get("comment", "")[:MOST_COMMENT]
            answers.append(Answer(line, number, ticket or None, status, comment))
    return answers, problems


async def apply_answers(ctx: Context, answers: Sequence[Answer]) -> AnswerReport:
    """Set each answered wish's status (and reference), in one transaction; supporters told."""
    report = AnswerReport()
    async with ctx.db.transaction() as session:
        for answer in answers:
            wishes = await _wishes_of(session, answer, report)
            for wish in wishes:
                if await _apply(ctx, wish, answer):
                    report.changed += 1
                    report.told += await _told(ctx, session, wish, answer)
                else:
                    report.unchanged += 1
    ctx.wake_outbox()
    return report


async def _wishes_of(session: AsyncSession, answer: Answer, report: AnswerReport) -> list[WishRow]:
    if answer.number is not None:
        wish = await get_wish(session, answer.number, lock=True)
        if wish is None:
            report.unmatched.append((answer.line, f"there is no wish #{answer.number}"))
            return []
        return [wish]
    found = await wishes_with_reference(session, answer.ticket or "")
    if not found:
        report.unmatched.append((answer.line, f"no wish has the ticket id {answer.ticket!r}"))
    elif len(found) > 1:
        named = ", ".join(f"#{wish.id}" for wish in found)
        report.unmatched.append((answer.line, f"{answer.ticket!r} names {named}: give a number"))
        return []
    return found


async def _apply(ctx: Context, wish: WishRow, answer: Answer) -> bool:
    """Change the wish as the answer says; False when it already was so."""
    reference = answer.ticket or wish.vendor_reference
    if wish.status == answer.status and wish.vendor_reference == reference:
        return False
    wish.status, wish.vendor_reference = answer.status, reference
    wish.updated_at = ctx.clock.now()
    return True


async def _told(ctx: Context, session: AsyncSession, wish: WishRow, answer: Answer) -> int:
    detail = {"status": answer.status, "comment": answer.comment, "reference": answer.ticket}
    event_id = await add_event(
        session,
        wish_id=wish.id,
        kind="status",
        now=ctx.clock.now(),
        actor=translator(ctx.default_locale)(VENDOR)[:200],
        detail=detail,
    )
    await refresh_cards(ctx, session, wish)
    return await notify_supporters(ctx, session, wish, comment=answer.comment, event_id=event_id)
