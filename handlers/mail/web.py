"""The public side of the e-mail list: subscribe (double opt-in), confirm, unsubscribe.

Nothing a visitor sees tells whether an address was already on the list: subscribing
always gets the same answer, and a confirmation mail goes out at most once per address
every ten minutes, so the form cannot be used to flood someone's mailbox.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import Enum

from handlers.context import Context
from handlers.errors import CommandError
from handlers.i18n import N_, translator
from handlers.mail.addresses import normalise_address
from handlers.mail.fanout import CONFIRM_PREFIX, PLATFORM
from handlers.types import Message, normalise_locale
from storage import mail, throttle
from storage.mail_models import ACTIVE, PENDING, UNSUBSCRIBED, MailSubscriberRow
from storage.outbox import enqueue

CONFIRM_THROTTLE = timedelta(minutes=10)


class SubscribeLimited(CommandError):
    """Too many subscriptions from one client, to one domain, or in all: wait `retry_after`."""

    def __init__(self, retry_after: timedelta) -> None:
        super().__init__(N_("Too many subscriptions right now. Try again in a while."))
        self.retry_after = retry_after


class Subscribed(Enum):
    """What a subscription did; only for logs and tests, never shown to the visitor."""

    CONFIRMATION_SENT = "confirmation_sent"
    THROTTLED = "throttled"
    ALREADY_ACTIVE = "already_active"


def offered(ctx: Context) -> bool:
    """A subscription needs a confirmation link (a public base URL) and a mail server."""
    return ctx.public.base_url is not None and ctx.public.mail_enabled


async def subscribe(
    ctx: Context, raw_address: str, *, locale: str | None = None, client: str = "unknown"
) -> Subscribed:
    """Create or refresh a pending subscriber and queue the confirmation mail, together.

    A bad address raises CommandError (the page shows the form again), and so does a site
    that cannot send the mail. `client` (a hashed address, from the web server) is counted
    with the recipient's domain and the total: past a limit, SubscribeLimited.
    """
    address = normalise_address(raw_address)
    if not offered(ctx):
        raise CommandError(N_("Subscribing by e-mail is not available on this site yet."))
    now = ctx.clock.now()
    chosen = normalise_locale(locale) or ctx.default_locale
    async with ctx.db.transaction() as session:
        wait = await throttle.take(session, _limits(ctx, client, address), now=now)
        if wait is not None:
            raise SubscribeLimited(wait)
        row, _created = await mail.add_subscriber(
            session, address=address, status=PENDING, source="web", locale=chosen, now=now
        )
        if row.status == ACTIVE:
            return Subscribed.ALREADY_ACTIVE
        if row.confirm_sent_at is not None and now - row.confirm_sent_at < CONFIRM_THROTTLE:
            return Subscribed.THROTTLED
        if row.status == UNSUBSCRIBED:
            mail.make_pending(row)
        row.confirm_sent_at = now
        await enqueue(
            session,
            platform=PLATFORM,
            target=f"{CONFIRM_PREFIX}{row.id}",
            idempotency_key=f"mail-confirm:{row.id}:{now.isoformat()}",
            payload=confirmation_message(ctx, row).to_json(),
            now=now,
        )
    ctx.wake_outbox()
    return Subscribed.CONFIRMATION_SENT


def _limits(ctx: Context, client: str, address: str) -> list[throttle.Limit]:
    keys = {
        "client": f"subscribe:client:{client}",
        "domain": f"subscribe:domain:{address.rpartition('@')[2]}",
        "total": "subscribe:total",
    }
    return [
        (keys[kind], count, timedelta(seconds=seconds))
        for kind, (count, seconds) in ctx.public.subscribe_limits.items()
        if kind in keys
    ]


def confirmation_message(ctx: Context, row: MailSubscriberRow) -> Message:
    """The double-opt-in mail, in the subscriber's language, with the confirm link."""
    _ = translator(normalise_locale(row.locale) or ctx.default_locale)
    link = ctx.public.url(f"confirm/{row.token}") or ""
    site = ctx.public.site_name
    text = "\n\n".join(
        [
            _(
                "Someone, hopefully you, asked to receive {site}'s announcements by e-mail "
                "at {address}.",
                site=site,
                address=row.address,
            ),
            _("To start receiving them, open this link and press the button:"),
            f"[{link}]({link})",
            _("If it was not you, ignore this mail: nothing more will be sent."),
        ]
    )
    return Message(text=text, title=_("Confirm your subscription to {site}", site=site))


class Outcome(Enum):
    """What a visitor's confirm or unsubscribe did, for the page to say."""

    CONFIRMED = "confirmed"
    ALREADY_ACTIVE = "already_active"
    UNSUBSCRIBED = "unsubscribed"  # also: was unsubscribed before (unsubscribing is idempotent)
    NOT_PENDING = "not_pending"  # a confirm link of an address that has since unsubscribed


@dataclass(frozen=True)
class SubscriberView:
    """What a token page may show: the address (the token holder owns it) and its state."""

    address: str
    status: str


async def lookup(ctx: Context, token: str) -> SubscriberView | None:
    async with ctx.db.transaction() as session:
        row = await mail.by_token(session, token)
        return None if row is None else SubscriberView(row.address, row.status)


async def confirm(ctx: Context, token: str) -> Outcome | None:
    """Make a pending subscriber active; None for an unknown token."""
    async with ctx.db.transaction() as session:
        row = await mail.by_token(session, token)
        if row is None:
            return None
        if row.status == ACTIVE:
            return Outcome.ALREADY_ACTIVE
        if row.status != PENDING:
            return Outcome.NOT_PENDING
        mail.activate(row, ctx.clock.now())
        return Outcome.CONFIRMED


async def unsubscribe(ctx: Context, token: str) -> Outcome | None:
    """Take a subscriber off the list (again and again, harmlessly); None for an unknown token.

    A pending subscriber is taken off too: their confirmation link then stops working.
    """
    async with ctx.db.transaction() as session:
        row = await mail.by_token(session, token)
        if row is None:
            return None
        if row.status != UNSUBSCRIBED:
            mail.unsubscribe(row, ctx.clock.now())
        return Outcome.UNSUBSCRIBED
