"""Mail to the list: queue one mail per active subscriber, and decide at send time who gets it.

The outbox target of a list mail is the subscriber's id, so each address is its own
destination and one bad mailbox holds back nobody else; a confirmation mail's target is
`confirm:<id>`; a digest of followed wishes' is `digest:<person id>`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.context import Context
from handlers.people.codes import code_for
from handlers.portal.links import link_secret
from handlers.types import Message
from handlers.wishes.following import off_path
from storage import mail
from storage.follows import digest_mail_off
from storage.handoffs import batch_addresses
from storage.mail_models import ACTIVE, PENDING, WELCOMED_SOURCES
from storage.outbox import Delivery, enqueue_many
from storage.people import people_by_ids
from storage.portal import sign_in_contacts
from storage.verification import code_contacts

PLATFORM = "email"
CONFIRM_PREFIX = "confirm:"
VERIFY_PREFIX = "verify:"  # a verification code: `verify:<code id>` (handlers.people.verify)
SIGN_IN_PREFIX = "signin:"  # a portal sign-in link: `signin:<id>` (handlers.portal.signin)
PERSON_PREFIX = "person:"  # a notice to a person on no chat, queued before the digest came
NOTICE_PREFIX = "notice:"  # a meeting notice to a person on no chat, whatever their setting
DIGEST_PREFIX = "digest:"  # the daily mail of followed wishes: `digest:<person id>`
VENDOR_PREFIX = "vendor:"  # a wish list handed to the vendor: `vendor:<batch number>`
VENDOR = "vendor"  # `Recipient.footer` of the vendor's mail (bot.platforms.email.compose)
FOLLOWING = "following"  # `Recipient.footer` of a digest (bot.platforms.email.compose)


async def fan_out_to_subscribers(
    session: AsyncSession, *, key_prefix: str, message: Message, now: datetime
) -> int:
    """Queue `message` for every active subscriber in the caller's transaction.

    One outbox row per subscriber (key `{key_prefix}:email:{id}`), so each address is its
    own destination and one bad mailbox holds back nobody else. Whether the subscriber is
    still active is checked again when the mail is sent. Returns how many rows were
    queued now (an earlier fan-out with the same prefix is not repeated); the caller wakes
    the outbox after its commit. An address the board added or imported that has had no
    mail yet gets its welcome note with this one (`Recipient.welcome`).
    """
    payload = message.to_json()
    ids = await mail.active_ids(session)
    prefix = f"{key_prefix}:{PLATFORM}:"
    deliveries = [
        Delivery(PLATFORM, str(subscriber_id), f"{prefix}{subscriber_id}", payload)
        for subscriber_id in ids
    ]
    queued = await enqueue_many(session, deliveries, now=now)
    await mail.claim_welcomes(session, ids, key_prefix=prefix, now=now)
    return queued


@dataclass(frozen=True)
class Recipient:
    """Where one queued mail goes, as decided at send time."""

    subscriber_id: int
    address: str
    token: str
    list_mail: bool  # False for the confirmation mail: no unsubscribe link or headers
    locale: str
    code: str | None = None  # a verification code's mail: the code, computed as it is sent
    source: str = "web"  # how the address got on the list: "board", "import" or "web"
    welcome_key: str | None = None  # the mail that says so (see `welcome`)
    # A mail that is no list mail but may be stopped in one click all the same (a digest):
    # its List-Unsubscribe address, and the footer that says why it comes.
    unsubscribe_url: str | None = None
    footer: str | None = None

    def welcome(self, idempotency_key: str) -> str | None:
        """`board` or `import` when this mail is the one that tells the subscriber how they
        got on the list and how to leave; None for every other mail (and every retry of
        another mail), so a retried delivery carries exactly the text of its first attempt."""
        if not self.list_mail or self.welcome_key != idempotency_key:
            return None
        return self.source if self.source in WELCOMED_SOURCES else None


def _wanted(target: str) -> tuple[str, int] | None:
    """The status a target's subscriber must have, and their id; None for a malformed one.

    `"<id>"` is list mail, sent only to an active subscriber; `"confirm:<id>"` is the
    confirmation, sent only while the subscriber is still pending.
    """
    wanted, raw_id = (
        (PENDING, target[len(CONFIRM_PREFIX) :])
        if target.startswith(CONFIRM_PREFIX)
        else (ACTIVE, target)
    )
    if not raw_id.isdigit() or len(raw_id) > 18:
        return None
    return wanted, int(raw_id)


async def recipients_for(ctx: Context, targets: Iterable[str]) -> dict[str, Recipient | None]:
    """The recipient of each `email` outbox target, None where the mail must be skipped.

    Decided now, not when queued: someone who unsubscribed in between gets nothing more.
    One read for all of them, which does not wait for the outbox's writers.
    """
    targets = list(targets)
    codes = [t for t in targets if t.startswith(VERIFY_PREFIX)]
    answer: dict[str, Recipient | None] = await _code_recipients(ctx, codes) if codes else {}
    links = [t for t in targets if t.startswith(SIGN_IN_PREFIX)]
    answer |= await _link_recipients(ctx, links) if links else {}
    people = [t for t in targets if t.startswith(PERSON_PREFIX)]
    answer |= await _person_recipients(ctx, people, PERSON_PREFIX) if people else {}
    notices = [t for t in targets if t.startswith(NOTICE_PREFIX)]
    answer |= await _person_recipients(ctx, notices, NOTICE_PREFIX) if notices else {}
    digests = [t for t in targets if t.startswith(DIGEST_PREFIX)]
    answer |= await _digest_recipients(ctx, digests) if digests else {}
    vendors = [t for t in targets if t.startswith(VENDOR_PREFIX)]
    answer |= await _vendor_recipients(ctx, vendors) if vendors else {}
    wanted = {target: _wanted(target) for target in targets if target not in answer}
    ids = {found[1] for found in wanted.values() if found is not None}
    rows = await mail.contacts(ctx.db, ids) if ids else {}
    for target, found in wanted.items():
        row = rows.get(found[1]) if found is not None else None
        if found is None or row is None or row.status != found[0]:
            answer[target] = None
        else:
            answer[target] = Recipient(
                row.id,
                row.address,
                row.token,
                found[0] == ACTIVE,
                row.locale,
                source=row.source,
                welcome_key=row.welcome_key,
            )
    return answer


async def _code_recipients(ctx: Context, targets: list[str]) -> dict[str, Recipient | None]:
    """A verification code's mail goes to the address it proves, only while it can be used."""
    numbers = _numbered(targets, VERIFY_PREFIX)
    found = await code_contacts(ctx.db, [n for n in numbers.values() if n is not None])
    now = ctx.clock.now()
    answer: dict[str, Recipient | None] = {}
    for target, number in numbers.items():
        code = found.get(number) if number is not None else None
        usable = code is not None and not code.used and code.expires_at > now
        answer[target] = (
            Recipient(
                0,
                code.email,
                "",
                False,
                code.locale or ctx.default_locale,
                code_for(ctx.people.code_key, code.id, code.salt),
            )
            if usable and code is not None
            else None
        )
    return answer


async def recipient_for(ctx: Context, target: str) -> Recipient | None:
    """The recipient of one `email` outbox target (see `recipients_for`)."""
    return (await recipients_for(ctx, [target]))[target]


class RecipientLookup:
    """Looks up the recipients of the mails being sent at one moment in a single read.

    A fan-out starts dozens of mails at once; each asks for its recipient right before it
    is composed. Asking one by one cost a transaction per mail; here the first question
    waits one turn of the event loop for the others, and all are answered by one query.
    """

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._waiting: dict[str, list[asyncio.Future[Recipient | None]]] = {}
        self._flushing: asyncio.Task[None] | None = None
        self.reads = 0  # queries made (tests and benchmarks)

    async def get(self, target: str) -> Recipient | None:
        future: asyncio.Future[Recipient | None] = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(target, []).append(future)
        if self._flushing is None:
            self._flushing = asyncio.create_task(self._flush(), name="mail-recipients")
        return await future

    async def _flush(self) -> None:
        await asyncio.sleep(0)  # the other sends started in this burst ask meanwhile
        batch, self._waiting, self._flushing = self._waiting, {}, None
        try:
            self.reads += 1
            found = await recipients_for(self.ctx, batch)
        except BaseException as error:  # each asker fails as its own lookup would have
            for futures in batch.values():
                for future in futures:
                    if not future.done():
                        future.set_exception(error)
            if not isinstance(error, Exception):
                raise
            return
        for target, futures in batch.items():
            for future in futures:
                if not future.done():
                    future.set_result(found[target])


async def _link_recipients(ctx: Context, targets: list[str]) -> dict[str, Recipient | None]:
    """A sign-in link's mail goes to the address it signs in, only while it can be used;
    its secret is computed now, never stored."""
    numbers = _numbered(targets, SIGN_IN_PREFIX)
    found = await sign_in_contacts(ctx.db, [n for n in numbers.values() if n is not None])
    now = ctx.clock.now()
    answer: dict[str, Recipient | None] = {}
    for target, number in numbers.items():
        row = found.get(number) if number is not None else None
        if row is None or row.used_at is not None or row.expires_at <= now:
            answer[target] = None
            continue
        secret = link_secret(ctx.people.code_key, row.id, row.salt)
        answer[target] = Recipient(0, row.email, "", False, row.locale, secret)
    return answer


async def _person_recipients(
    ctx: Context, targets: list[str], prefix: str
) -> dict[str, Recipient | None]:
    """A notice goes to the person's proved address while they are neither erased nor
    blocked, decided now, not when it was queued; a notice about wishes (`person:`) only
    while they still want notices."""
    numbers = _numbered(targets, prefix)
    async with ctx.db.transaction() as session:
        found = await people_by_ids(session, [n for n in numbers.values() if n is not None])
    answer: dict[str, Recipient | None] = {}
    for target, number in numbers.items():
        person = found.get(number) if number is not None else None
        setting_ok = prefix != PERSON_PREFIX or (person is not None and person.notifications)
        if person is None or not person.email or person.blocked_at is not None or not setting_ok:
            answer[target] = None
            continue
        locale = person.locale or ctx.default_locale
        answer[target] = Recipient(0, person.email, "", False, locale)
    return answer


async def _digest_recipients(ctx: Context, targets: list[str]) -> dict[str, Recipient | None]:
    """A digest goes to the person's proved address while they are neither erased nor
    blocked and have not turned the digest off, decided now, not when it was queued; it
    carries the one-click link that turns it off (`List-Unsubscribe`)."""
    numbers = _numbered(targets, DIGEST_PREFIX)
    wanted = [n for n in numbers.values() if n is not None]
    async with ctx.db.transaction() as session:
        found = await people_by_ids(session, wanted)
        off = await digest_mail_off(session, wanted)
    answer: dict[str, Recipient | None] = {}
    for target, number in numbers.items():
        person = found.get(number) if number is not None else None
        if person is None or not person.email or person.blocked_at is not None or person.id in off:
            answer[target] = None
            continue
        url = ctx.public.url(off_path(ctx.people.code_key, person.id))
        locale = person.locale or ctx.default_locale
        answer[target] = Recipient(
            0, person.email, "", False, locale, unsubscribe_url=url, footer=FOLLOWING
        )
    return answer


def _numbered(targets: list[str], prefix: str) -> dict[str, int | None]:
    """Each target's number after `prefix`; None for a malformed one."""
    raw = {target: target[len(prefix) :] for target in targets}
    return {
        t: int(n) if n.isascii() and n.isdigit() and len(n) < 18 else None for t, n in raw.items()
    }


async def _vendor_recipients(ctx: Context, targets: list[str]) -> dict[str, Recipient | None]:
    """A hand-off goes to the vendor's address recorded with its batch (a changed setting
    does not redirect a mail already queued), in the association's language; no list mail."""
    numbers = _numbered(targets, VENDOR_PREFIX)
    async with ctx.db.transaction() as session:
        found = await batch_addresses(session, [n for n in numbers.values() if n is not None])
    answer: dict[str, Recipient | None] = {}
    for target, number in numbers.items():
        address = found.get(number) if number is not None else None
        answer[target] = (
            None
            if address is None
            else Recipient(0, address, "", False, ctx.default_locale, footer=VENDOR)
        )
    return answer
