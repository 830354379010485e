"""The vendor's answer to a hand-off, as a file: `bryggan wishes import --statuses FILE`.

Each row names a wish by our number or the vendor's ticket id (or both: the ticket id is then
kept as the wish's vendor reference), a status (planerad, levererad, avslagen, ... as a code,
or its Swedish or English name) and a comment. A row that changes a wish's status or
reference records it and tells its supporters, with the comment; a row that changes nothing
tells nobody, so the same file imported again does nothing. A file with a status the bot does
not know, or one that is the board's (ny, beredning, prioriterad, dubblett), or two rows
answering one wish differently, change nothing at all: the rows are listed. Rows naming no
wish are listed after the rest is done, and so are rows naming a wish merged into another or
hidden, which are refused: the vendor's answer to a duplicate is often "rejected, a duplicate",
which must not reach the original, and a hidden wish is shown nowhere to be answered. Such a
row records nothing and tells nobody; the board sets the original's status itself.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.i18n import Translator, translator
from handlers.parsing import MAX_ID
from handlers.wishes.board import notify_supporters
from handlers.wishes.cards import refresh_cards
from handlers.wishes.config import STATUSES
from handlers.wishes.reading import VENDOR
from storage.handoffs import wishes_with_reference
from storage.wish_models import WishRow
from storage.wishes import add_event, get_wish

COLUMNS = {  # the file's column names (as `_column` writes them), and what they mean
    "number": "number", "nummer": "number", "nr": "number", "#": "number",
    "wish_number": "number", "önskemålsnummer": "number",
    "ticket": "ticket", "ticket_id": "ticket", "ticket_number": "ticket", "reference": "ticket",
    "referens": "ticket", "vendor_reference": "ticket", "ärende": "ticket",
    "ärendenummer": "ticket", "ärende_id": "ticket",
    "status": "status", "comment": "comment", "kommentar": "comment",
}  # fmt: skip
# What the vendor answers; the board's own steps (ny, beredning, prioriterad) and a duplicate
# are the association's to set, with /wish-status.
VENDOR_STATUSES = ("skickad", "planerad", "levererad", "avslagen")
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
    refused: list[tuple[int, str]] = field(default_factory=list)  # merged or hidden: (line, why)


def _status_names() -> dict[str, str]:
    """Every way to write a status: its code, its English name, its Swedish name."""
    swedish = translator("sv")
    names = {}
    for code, name in STATUSES.items():
        for written in (code, name, swedish(name)):
            names[" ".join(written.split()).casefold()] = code
    return names


def _column(name: str | None) -> str | None:
    """What a column of the file means: its name, case, spaces and dashes forgiven."""
    written = "_".join(str(name or "").replace("-", " ").split()).casefold()
    return COLUMNS.get(written)


def missing_columns(columns: Collection[str]) -> str | None:
    """What the file's header lacks, said plainly; None when it has what is needed."""
    meant = {_column(name) for name in columns}
    if "status" in meant and meant & {"number", "ticket"}:
        return None
    return (
        "the file needs a status column and a number or ticket column (number/nummer, "
        f"ticket/referens/ärende); its columns are: {', '.join(columns) or 'none'}"
    )


def read_answers(
    rows: Sequence[Mapping[str | None, str | list[str] | None]], lines: Sequence[int]
) -> tuple[list[Answer], list[tuple[int, str]]]:
    """The rows as answers, and the problems of those that cannot be read (line, why)."""
    statuses = _status_names()
    answers, problems = [], []
    for line, raw in zip(lines, rows, strict=True):
        found = _answer(line, raw, statuses)
        if isinstance(found, str):
            problems.append((line, found))
        else:
            answers.append(found)
    return answers, problems + _conflicts(answers)


def _answer(
    line: int, raw: Mapping[str | None, str | list[str] | None], statuses: Mapping[str, str]
) -> Answer | str:
    """One row as an answer, or why it cannot be one."""
    if None in raw:
        return "more cells than the header has columns (quote a comment with a comma in it)"
    row = {_column(key): str(value or "").strip() for key, value in raw.items()}
    number_text, ticket = row.get("number", "").lstrip("#").strip(), row.get("ticket", "")
    status = statuses.get(" ".join(row.get("status", "").split()).casefold())
    if status is None:
        return f"unknown status {row.get('status', '')!r}"
    if status not in VENDOR_STATUSES:
        return f"{status!r} is the board's to set; the vendor answers {', '.join(VENDOR_STATUSES)}"
    number_ok = number_text.isascii() and number_text.isdecimal() and 0 < int(number_text) <= MAX_ID
    if number_text and not number_ok:
        return f"{number_text!r} is not a wish number"
    if not number_text and not ticket:
        return "neither a wish number nor a ticket id"
    if len(ticket) > MOST_TICKET:
        return f"the ticket id is longer than {MOST_TICKET} characters"
    number = int(number_text) if number_text else None
    return Answer(line, number, ticket or None, status, row.get("comment", "")[:MOST_COMMENT])


def _conflicts(answers: Sequence[Answer]) -> list[tuple[int, str]]:
    """Rows that name one wish (by number, else by ticket id) with different answers."""
    first: dict[object, Answer] = {}
    problems = []
    for answer in answers:
        named = answer.number if answer.number is not None else answer.ticket
        earlier = first.setdefault(named, answer)
        said = (answer.status, answer.ticket or earlier.ticket)
        if said != (earlier.status, earlier.ticket or answer.ticket):
            problems.append((answer.line, f"line {earlier.line} answers the same wish otherwise"))
    return problems


async def apply_answers(ctx: Context, answers: Sequence[Answer]) -> AnswerReport:
    """Set each answered wish's status (and reference), in one transaction; supporters told."""
    report = AnswerReport()
    async with ctx.db.transaction() as session:
        for answer in answers:
            wishes = await _wishes_of(session, answer, report)
            for wish in wishes:
                if (why := _not_answerable(wish)) is not None:
                    report.refused.append((answer.line, why))
                elif await _apply(ctx, wish, answer):
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


def _not_answerable(wish: WishRow) -> str | None:
    """Why the vendor's answer is not taken for this wish: merged into another, or hidden."""
    if wish.merged_into_id is not None:
        into = wish.merged_into_id
        return (
            f"#{wish.id} is merged into #{into}; not changed (answer #{into} if this is its answer)"
        )
    if wish.hidden:
        return f"#{wish.id} is hidden; not changed"
    return None


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
        actor=VENDOR,  # said in the reader's language (handlers/wishes/reading.actor_name)
        detail=detail,
    )
    await refresh_cards(ctx, session, wish)
    return await notify_supporters(
        ctx, session, wish, comment=answer.comment, event_id=event_id, note=_from_vendor
    )


def _from_vendor(_: Translator) -> str:
    return _("The vendor answered.")
