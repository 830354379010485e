"""/wishlist send and /wishlist batches (board): the ranked list handed to the vendor.

`send` shows what would go (how many, where, the first of the list) behind a button; the
button sends it: one transaction records the batch and its wishes, makes them `skickad` with
the batch as their reference, tells their supporters and queues the mail to the vendor's
helpdesk with the list as CSV and Markdown, through the outbox (key `handoff:<batch>`), so it
goes exactly once whatever stops when. The button carries a digest of the list it showed: if
the list changed before it was pressed, the new one is shown instead, and a batch number
taken meanwhile (a second press, another board member) stops the second hand-off.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import CommandSpec, InteractionSpec, OptionSpec, OptionType
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_, Translator, translator
from handlers.mail.fanout import PLATFORM as EMAIL
from handlers.mail.fanout import VENDOR_PREFIX
from handlers.parsing import NO_LONGER_IN_USE
from handlers.types import Attachment, Button, Interaction, Member, Message, Reply
from handlers.wishes.browse import STATUS_OPTION
from handlers.wishes.cards import refresh_cards
from handlers.wishes.config import CLOSED, OPEN
from handlers.wishes.export import Record, csv_part, export_parts, markdown_part
from handlers.wishes.notify import tell_privately
from handlers.wishes.present import title_line
from storage.handoff_models import HandoffBatchRow
from storage.handoffs import (
    SENT,
    add_batch,
    add_batch_wishes,
    in_open_batches,
    latest_batch_number,
    new_batch,
)
from storage.models import MemberRow
from storage.outbox import enqueue
from storage.people_models import PersonRow
from storage.rounds import current_round
from storage.wish_list import Listing, count_listed
from storage.wishes import add_event, get_wish, supporter_people

CONFIRM = "wishes.handoff"
UNSENT = ("ny", "beredning", "prioriterad")  # what goes when no status is named
MOST_WISHES = 500  # a hand-off is a list for people to read, not the whole register
PREVIEWED = 10  # lines of the list shown before sending
NAMED = 10  # wishes named when some are refused
LISTED_BATCHES = 15
HAND_OFF = N_("Hand-off {number}")
KEY_PREFIX = "handoff:"  # the outbox keys of hand-offs: the vendor's mail, the notices
FILES = (("onskelista.csv", "text/csv"), ("onskelista.md", "text/markdown"))


@dataclass(frozen=True)
class Selection:
    """Which wishes a hand-off takes: a module (its place among the configured ones) or
    all, a status or the unsent ones, and whether wishes already sent may go again."""

    module: int | None
    status: str | None
    again: bool

    @property
    def value(self) -> str:
        """The button's value (short: Discord keeps 100 characters of an action and value)."""
        module = "-" if self.module is None else str(self.module)
        return f"{module}|{self.status or '-'}|{int(self.again)}"

    @classmethod
    def parse(cls, value: str) -> Selection:
        module, status, again = value.split("|")
        return cls(
            None if module == "-" else int(module), None if status == "-" else status, again == "1"
        )

    def possible(self, ctx: Context) -> bool:
        """Whether the selection is one the command could have made (a button's value is
        only what a client sends back)."""
        module_known = self.module is None or 0 <= self.module < len(ctx.wishes.modules)
        return module_known and (self.status is None or self.status in OPEN)

    def listing(self, ctx: Context) -> Listing:
        module = None if self.module is None else ctx.wishes.modules[self.module]
        return Listing(module=module, statuses=[self.status] if self.status else UNSENT)


def _address(ctx: Context) -> str:
    if not ctx.wishes.vendor_address:
        raise CommandError(
            N_(
                "No address for the vendor's helpdesk is set: the board's administrator sets "
                "VENDOR_HELPDESK_ADDRESS (and mail) first."
            )
        )
    return ctx.wishes.vendor_address


def _selection(ctx: Context, call: Call) -> Selection:
    module = None
    if call.values.get("module"):
        found = ctx.wishes.chosen_module(str(call.values["module"]))
        module = ctx.wishes.modules.index(found)
    status = call.values.get("status") or None  # a closed one is not among the choices
    return Selection(module, status, bool(call.values.get("again")))


async def _records(ctx: Context, session: AsyncSession, chosen: Selection) -> list[Record]:
    """The wishes the selection takes, ranked as in the list, checked: some, not too many,
    none still waiting for the vendor's answer in an earlier batch (unless `again`)."""
    listing = chosen.listing(ctx)
    count = await count_listed(session, listing)
    if not count:
        raise CommandError(N_("No wishes match."))
    if count > MOST_WISHES:
        raise CommandError(
            N_("That is {n} wishes; a hand-off takes at most {most}. Choose a module or a status."),
            n=count,
            most=MOST_WISHES,
        )
    records = [record async for part in export_parts(session, listing=listing) for record in part]
    waiting = await in_open_batches(session, [record[0] for record in records])
    if waiting and not chosen.again:
        named = ", ".join(f"#{n} ({waiting[n]})" for n in sorted(waiting)[:NAMED])
        raise CommandError(
            N_(
                "{n} of these wishes were sent in a batch the vendor has not answered yet "
                "(wish, batch): {named}. Add again:yes to send them again."
            ),
            n=len(waiting),
            named=named + (" …" if len(waiting) > NAMED else ""),
        )
    return records


def _digest(records: Sequence[Record]) -> str:
    """The list's rows in their order, every value (the support counts the preview showed,
    a title edited): checked on sending, so what goes is what the board saw."""
    rows = "\n".join(repr(tuple(record)) for record in records)
    return hashlib.sha256(rows.encode()).hexdigest()[:12]


def _lines(records: Sequence[Record], _: Translator) -> str:
    lines = [
        f"{at}. #{record[0]} {record[1]} ({record[3]}) – "
        + _.ngettext("{n} municipality", "{n} municipalities", record[6])
        + ", "
        + _.ngettext("{n} member", "{n} members", record[8])
        for at, record in enumerate(records[:PREVIEWED], start=1)
    ]
    return "\n".join(lines + _more(len(records) - PREVIEWED, _))


def _preview(
    records: list[Record], chosen: Selection, last: int, address: str, _: Translator
) -> Reply:
    text = _.ngettext(
        "{n} wish goes to {address} as CSV and Markdown, most supported first, and becomes "
        "“sent to the vendor”; its supporters are told.",
        "{n} wishes go to {address} as CSV and Markdown, most supported first, and become "
        "“sent to the vendor”; their supporters are told.",
        len(records),
        address=address,
    )
    value = f"{chosen.value}|{last}|{_digest(records)}"
    button = Button(_("Send to the vendor"), CONFIRM, value, style="primary")
    title = _("Hand-off {number} to the vendor: check before sending", number=last + 1)
    return Reply(Message(title=title, text=f"{text}\n\n{_lines(records, _)}", buttons=(button,)))


async def send_command(ctx: Context, call: Call) -> Reply:
    address = _address(ctx)
    chosen = _selection(ctx, call)
    async with ctx.db.transaction() as session:
        records = await _records(ctx, session, chosen)
        last = await latest_batch_number(session)
        running = await current_round(session)
    shown = _preview(records, chosen, last, address, call._)
    if running is None:
        return shown
    warning = call._(
        "Prioritisation round {number} is still open: the list goes without its points. "
        "/round close ends it now.",
        number=running.id,
    )
    return replace(shown, message=replace(shown.message, text=f"{warning}\n\n{shown.message.text}"))


async def send_confirmed(ctx: Context, interaction: Interaction) -> Reply:
    """The button: the list as it is now, if it is still the one shown; else shown again."""
    _ = translator(interaction.member.locale)
    try:
        *selection, last_text, digest = interaction.value.split("|")
        chosen, last = Selection.parse("|".join(selection)), int(last_text)
    except ValueError:
        raise CommandError(NO_LONGER_IN_USE) from None
    if not chosen.possible(ctx) or last < 0:
        raise CommandError(NO_LONGER_IN_USE)
    address = _address(ctx)
    async with ctx.db.transaction() as session:
        now_last = await latest_batch_number(session)
        if now_last != last:
            return _sent_meanwhile(now_last, _)
        records = await _records(ctx, session, chosen)
        if _digest(records) != digest:
            shown = _preview(records, chosen, last, address, _).message
            note = _("The list changed since it was shown; here it is as it is now.")
            return Reply(replace(shown, text=f"{note}\n\n{shown.text}"), update=True)
        number = last + 1
        batch = new_batch(
            number, now=ctx.clock.now(), sent_by=interaction.member.display_name,
            sent_by_id=interaction.member.person_id, address=address,
            module=chosen.listing(ctx).module, status=chosen.status, wishes=len(records),
        )  # fmt: skip
        if not await add_batch(session, batch):
            return _sent_meanwhile(number, _)
        told = await _mark_sent(ctx, session, interaction.member, number, records)
        await _queue_mail(ctx, session, batch, records)
    ctx.wake_outbox()
    text = _.ngettext(
        "Hand-off {number} is on its way to {address}: {n} wish, now “sent to the vendor”; "
        "{told} members who submitted or support it were told.",
        "Hand-off {number} is on its way to {address}: {n} wishes, now “sent to the vendor”; "
        "{told} members who submitted or support them were told.",
        len(records),
        number=number,
        address=address,
        told=told,
    )
    return Reply(Message(text=text), update=True)


def _sent_meanwhile(number: int, _: Translator) -> Reply:
    text = _(
        "Hand-off {number} has already gone (from this button or another), so nothing more "
        "was sent. /wishlist send shows the list as it is now.",
        number=number,
    )
    return Reply(Message(text=text), update=True, refused=True)


async def _mark_sent(
    ctx: Context, session: AsyncSession, member: Member, number: int, records: list[Record]
) -> int:
    """Each wish `skickad` with the batch as its reference and its cards changed; then each
    supporter told once, of every wish of theirs in the batch (a member who supports many
    gets one message, not one a wish). Returns how many people were told."""
    wishes = []
    theirs: dict[int, tuple[PersonRow, MemberRow, list[str]]] = {}
    shown = translator(ctx.default_locale)(HAND_OFF, number=number)  # in the wish's history
    for record in records:
        wish = await get_wish(session, record[0], lock=True)
        if wish is None:
            continue
        wishes.append((wish.id, wish.status))
        wish.status, wish.updated_at = SENT, ctx.clock.now()
        await add_event(
            session, wish_id=wish.id, kind="status", actor_id=member.person_id,
            now=ctx.clock.now(), detail={"status": SENT, "comment": shown, "batch": number},
        )  # fmt: skip
        await refresh_cards(ctx, session, wish)
        for person, account in await supporter_people(session, wish.id):
            theirs.setdefault(person.id, (person, account, []))[2].append(title_line(wish))
    await add_batch_wishes(session, number, wishes)
    day = ctx.clock.now().astimezone(ctx.meetings.zone).date().isoformat()
    told = 0
    for person, account, titles in theirs.values():

        def text_for(_: Translator, titles: list[str] = titles) -> str:
            head = _.ngettext(
                "A wish you submitted or support went to the vendor in hand-off {number} on "
                "{date}:",
                "{n} wishes you submitted or support went to the vendor in hand-off {number} "
                "on {date}:",
                len(titles),
                number=number,
                date=day,
            )
            return "\n".join([head, *titles[:NAMED], *_more(len(titles) - NAMED, _)])

        key = f"{KEY_PREFIX}{number}:told"
        told += await tell_privately(ctx, session, [(person, account)], key=key, text_for=text_for)
    return told


def _more(left: int, _: Translator) -> list[str]:
    return [_("… and {n} more", n=left)] if left > 0 else []


def handoff_key(batch: HandoffBatchRow) -> str:
    """The outbox key of a batch's mail: its number and when it was sent, so that a
    database started over does not give a new batch an earlier one's Message-ID."""
    return f"{KEY_PREFIX}{batch.id}:{int(batch.sent_at.timestamp())}"


async def _queue_mail(
    ctx: Context, session: AsyncSession, batch: HandoffBatchRow, records: list[Record]
) -> None:
    """The vendor's mail, in the association's language, with the list as two files."""
    _, number = translator(ctx.default_locale), batch.id
    site = ctx.public.site_name
    text = _.ngettext(
        "{site} hands over {n} development wish, most supported first (each municipality "
        "counts once). Our reference: hand-off {number}. The list is attached as CSV and "
        "Markdown; please answer with your ticket number and status for each wish.",
        "{site} hands over {n} development wishes, most supported first (each municipality "
        "counts once). Our reference: hand-off {number}. The list is attached as CSV and "
        "Markdown; please answer with your ticket number and status for each wish.",
        len(records),
        site=site,
        number=number,
    )
    as_sent = [(*record[:4], SENT, *record[5:]) for record in records]  # what they are now
    bodies = (csv_part(as_sent, header=True), markdown_part(as_sent, header=True))
    files = tuple(
        Attachment(f"{number}-{name}", content_type=kind, content=body)
        for (name, kind), body in zip(FILES, bodies, strict=True)
    )
    title = _("{site}: wish list, hand-off {number}", site=site, number=number)
    message = Message(title=title, text=f"{text}\n\n{_lines(records, _)}", attachments=files)
    await enqueue(
        session, platform=EMAIL, target=f"{VENDOR_PREFIX}{number}",
        idempotency_key=handoff_key(batch), payload=message.to_json(), now=ctx.clock.now(),
    )  # fmt: skip


SEND = CommandSpec(
    "send",
    N_("Send the ranked list to the vendor's helpdesk (shown first)"),
    sv="skicka",
    options=(
        OptionSpec("module", N_("Only this module"), max_length=60, sv="modul"),
        OptionSpec(
            STATUS_OPTION.name,
            N_("Only this status (else the wishes not yet sent)"),
            choices=tuple(c for c in STATUS_OPTION.choices if c.value not in CLOSED),
        ),
        OptionSpec(
            "again",
            N_("Also wishes sent before and not yet answered: yes or no"),
            type=OptionType.BOOLEAN,
            sv="igen",
        ),
    ),
    handler=send_command,
)
INTERACTIONS = (InteractionSpec(CONFIRM, send_confirmed, board_only=True),)
