"""The board's side of the e-mail list: add, remove, list, import.

The board may add an address at once (it is active: the member asked the board); a web
subscription must be confirmed first (see `handlers/mail/web.py`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from handlers.context import Context
from handlers.errors import CommandError
from handlers.i18n import N_, translator
from handlers.mail.addresses import normalise_address
from handlers.parsing import without_controls
from storage import mail
from storage.mail_models import ACTIVE, UNSUBSCRIBED, MailSubscriberRow


@dataclass(frozen=True)
class Added:
    """What adding an address did: `created`, `reactivated`, `confirmed` or `unchanged`."""

    address: str
    outcome: str


async def add_address(
    ctx: Context, raw_address: str, *, added_by: str, name: str = "", source: str = "board"
) -> Added:
    """Put an address on the list as active (the board vouches for it)."""
    address = normalise_address(raw_address)
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        row, created = await mail.add_subscriber(
            session,
            address=address,
            status=ACTIVE,
            source=source,
            added_by=added_by,
            name=name,
            locale=ctx.default_locale,
            now=now,
        )
        if created:
            return Added(address, "created")
        before = row.status
        if before == ACTIVE:
            return Added(address, "unchanged")
        mail.activate(row, now)
        return Added(address, "reactivated" if before == UNSUBSCRIBED else "confirmed")


async def remove_address(ctx: Context, raw_address: str) -> bool:
    """Take an address off the list; False when it was already off. Unknown: CommandError.

    The row stays (unsubscribed) so an import or an old list cannot quietly bring it back.
    """
    address = normalise_address(raw_address)
    async with ctx.db.transaction() as session:
        row = await mail.by_address(session, address)
        if row is None:
            raise CommandError(N_("{address} is not on the mailing list."), address=address)
        if row.status == UNSUBSCRIBED:
            return False
        mail.unsubscribe(row, ctx.clock.now())
        return True


@dataclass(frozen=True)
class ListSummary:
    counts: dict[str, int]
    latest: Sequence[MailSubscriberRow]


async def summary(ctx: Context, *, latest: int = 10) -> ListSummary:
    """Counts per status and the newest few subscribers, for `/mail list`."""
    async with ctx.db.transaction() as session:
        return ListSummary(
            await mail.counts_by_status(session), await mail.latest(session, limit=latest)
        )


@dataclass
class ImportReport:
    """An import's outcome: added, already on the list, and refused rows with reasons."""

    added: int = 0
    already: int = 0
    refused: list[tuple[int, str]] = field(default_factory=list)


async def import_addresses(
    ctx: Context, rows: Iterable[tuple[int, str, str]], *, added_by: str = "import"
) -> ImportReport:
    """Add (line, address, name) rows as active; an address already known in any state is
    counted, never changed, so a re-import cannot undo an unsubscribe."""
    report = ImportReport()
    english = translator("en")
    checked: list[tuple[str, str]] = []
    for line, raw, name in rows:
        try:
            checked.append((normalise_address(raw), without_controls(name)[:200]))
        except CommandError as error:
            report.refused.append((line, error.text(english)))
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        for address, name in checked:
            _row, created = await mail.add_subscriber(
                session,
                address=address,
                status=ACTIVE,
                source="import",
                added_by=added_by,
                name=name,
                locale=ctx.default_locale,
                now=now,
            )
            if created:
                report.added += 1
            else:
                report.already += 1
    return report
