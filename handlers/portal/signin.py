"""Signing in to the portal with a link mailed to a work address, and the sessions it opens.

The address is proved as `/verify` proves it, and gives the municipality: using the link
links a web account to the person who holds the address (or makes one), so a member counts
once whether they act in chat or on the web. Nothing a visitor sees tells whether an address
is known: every address at a municipality's domain gets the same answer, and at most
`LINKS_PER_HOUR` links a mailbox in an hour (past that, silently none).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta

from handlers.context import Context
from handlers.core.members import load_member, member_row
from handlers.errors import CommandError
from handlers.i18n import N_, translator
from handlers.mail.addresses import normalise_address
from handlers.mail.fanout import PLATFORM as MAIL
from handlers.mail.fanout import SIGN_IN_PREFIX
from handlers.people.codes import PLACEHOLDER
from handlers.people.linking import link_address
from handlers.people.verify import UNKNOWN_DOMAIN, mailbox, municipality_of, refuse_revoked
from handlers.portal import SESSION_IDLE, WEB
from handlers.portal.links import is_link_secret, token_hash
from handlers.types import Member, Message
from storage import throttle
from storage.members import get_member_by_id
from storage.outbox import enqueue
from storage.people import get_person
from storage.portal import (
    add_session,
    add_sign_in,
    end_session,
    get_sign_in,
    session_by_hash,
    sign_ins_since,
    spend_sign_in,
    spend_the_others,
)

LINK_VALID = timedelta(minutes=15)
LINKS_PER_HOUR = 3  # to one mailbox
SESSION_LIFETIME = timedelta(days=30)
SEEN_EVERY = timedelta(minutes=5)  # a session's last use is written at most this often
HOUR = timedelta(hours=1)
MEMBER_FROM = "Medlem, "  # a web-only person's name: "Medlem, Mora" (names are data, not UI)
CLIENT_LIMIT, TOTAL_LIMIT = 10, 300  # sign-in mails an hour: per client, and in all


class SignInLimited(CommandError):
    """Too many sign-in links asked for from one client, or in all: wait `retry_after`."""

    def __init__(self, retry_after: timedelta) -> None:
        super().__init__(N_("Too many sign-in links asked for right now. Try again in a while."))
        self.retry_after = retry_after


def offered(ctx: Context) -> bool:
    """A sign-in link needs a public address to point at and a mail server to send it."""
    return ctx.public.base_url is not None and ctx.public.mail_enabled


async def request_sign_in(
    ctx: Context, raw_address: str, *, client: str, locale: str, next_path: str = ""
) -> str:
    """Queue a sign-in link to the address (the same outcome for every address at a
    municipality's domain); the address as it was understood. A malformed address or one
    at another domain raises CommandError; a client past its limit SignInLimited."""
    if not offered(ctx):
        raise CommandError(N_("Signing in is not available on this site yet."))
    address = mailbox(normalise_address(raw_address))
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        limits = [
            (f"sign-in:client:{client}", CLIENT_LIMIT, HOUR),
            ("sign-in:total", TOTAL_LIMIT, HOUR),
        ]
        wait = await throttle.take(session, limits, now=now)
        if wait is not None:
            raise SignInLimited(wait)
        municipality = await municipality_of(ctx, session, address)
        if municipality is None:
            raise CommandError(UNKNOWN_DOMAIN, domain=address.rpartition("@")[2])
        if await sign_ins_since(session, address, now - HOUR) >= LINKS_PER_HOUR:
            return address
        row = await add_sign_in(
            session, email=address, municipality=municipality, salt=secrets.token_hex(16),
            locale=locale, next_path=next_path, now=now, expires_at=now + LINK_VALID,
        )  # fmt: skip
        await enqueue(
            session,
            platform=MAIL,
            target=f"{SIGN_IN_PREFIX}{row.id}",
            idempotency_key=f"web-sign-in:{row.id}",
            payload=_link_mail(ctx, row.id, locale).to_json(),
            now=now,
        )
    ctx.wake_outbox()
    return address


def _link_mail(ctx: Context, row_id: int, locale: str) -> Message:
    """The mail says `{code}` where the link's secret goes, filled in as it is sent."""
    _ = translator(locale)
    link = ctx.public.url(f"sign-in/{row_id}/{PLACEHOLDER}") or ""
    minutes = int(LINK_VALID.total_seconds() // 60)
    site = ctx.public.site_name
    text = "\n\n".join(
        [
            _(
                "Open this link to sign in to {site} (it works once, for {minutes} minutes):",
                site=site,
                minutes=minutes,
            ),
            f"[{link}]({link})",
            _("If you did not ask for this link, ignore this mail: nothing happens without it."),
        ]
    )
    return Message(title=_("Sign in to {site}", site=site), text=text)


@dataclass(frozen=True)
class Started:
    """A session opened by a link: its cookie's token, and where the member was going."""

    token: str
    next_path: str


async def usable_link(ctx: Context, sign_in_id: int, secret: str) -> str | None:
    """The address a link would sign in, while it can be used (shown on its page, masked);
    None for a link that is unknown, wrong, used or expired. Spends nothing."""
    async with ctx.db.transaction() as session:
        row = await get_sign_in(session, sign_in_id)
        if row is None or row.used_at is not None or row.expires_at <= ctx.clock.now():
            return None
        if not is_link_secret(ctx.people.code_key, row.id, row.salt, secret):
            return None
        return row.email


def masked(address: str) -> str:
    """`a…@mora.se`: enough for the member to know it is theirs, not enough to read off."""
    local, _, domain = address.partition("@")
    return f"{local[:1]}…@{domain}"


async def use_link(ctx: Context, sign_in_id: int, secret: str) -> Started | None:
    """Spend the link and open a session for the person who holds its address; None for a
    link that is unknown, wrong, used or expired. A revoked address raises CommandError."""
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        row = await get_sign_in(session, sign_in_id)
        if row is None or not is_link_secret(ctx.people.code_key, row.id, row.salt, secret):
            return None
        if not await spend_sign_in(session, row.id, now):
            return None
        await spend_the_others(session, row.email, now)
        # Never the address's own name: the history of a wish is public, and the local part
        # with the municipality's domain would give the address away.
        member = Member(WEB, row.email, f"{MEMBER_FROM}{row.municipality}")
        account = await member_row(ctx, session, member)
        await refuse_revoked(session, await get_person(session, account.person_id), row.email)
        await link_address(ctx, session, account, row.email, row.municipality)
        token = secrets.token_urlsafe(32)
        await add_session(
            session, token_hash=token_hash(token), member_id=account.id, now=now,
            expires_at=now + SESSION_LIFETIME,
        )  # fmt: skip
        return Started(token, row.next_path)


async def signed_in(ctx: Context, token: str) -> Member | None:
    """The member a session's cookie signs in, with their person loaded; None for no
    session, or one that ended (its lifetime, or unused for `SESSION_IDLE`)."""
    if not token or len(token) > 100:
        return None
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        row = await session_by_hash(session, token_hash(token))
        if row is None:
            return None
        if row.expires_at <= now or row.last_seen_at + SESSION_IDLE <= now:
            await end_session(session, row.token_hash)
            return None
        if now - row.last_seen_at >= SEEN_EVERY:
            row.last_seen_at = now
        account = await get_member_by_id(session, row.member_id)
        person = await get_person(session, account.person_id)
    member = Member(WEB, account.user_id, person.display_name or account.display_name)
    return await load_member(ctx, member)


async def sign_out(ctx: Context, token: str) -> None:
    async with ctx.db.transaction() as session:
        await end_session(session, token_hash(token))
