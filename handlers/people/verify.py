"""/verify: prove a work address with a one-time code, and so the municipality it belongs to.

`/verify email:ADDRESS` mails a 6-digit code (valid 30 minutes, single use, bound to the
account that asked, 5 tries; at most 3 codes an hour per person and per address).
`/verify code:NNNNNN` links the account to the address, and so to the person who already
holds it: two accounts of one person then count once.
"""

from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import CommandSpec, OptionSpec
from handlers.context import Call, Context
from handlers.core.members import member_row
from handlers.errors import CommandError, counted_error
from handlers.i18n import N_, Translator
from handlers.mail.addresses import normalise_address
from handlers.mail.fanout import PLATFORM as MAIL
from handlers.mail.fanout import VERIFY_PREFIX
from handlers.meetings.times import spoken
from handlers.people.codes import CODE_DIGITS, PLACEHOLDER, code_for, is_code
from handlers.people.linking import link_address
from handlers.types import Member, Message, Reply
from storage.outbox import enqueue
from storage.people import REVOKED, get_person, lock_address, person_by_email
from storage.people_models import PersonRow, VerificationCodeRow
from storage.verification import add_code, board_domains, codes_sent_since, latest_code


async def municipality_of(ctx: Context, session: AsyncSession, address: str) -> str | None:
    """The municipality an address's domain belongs to: the shipped list and the board's
    (only a listed domain itself, see `MunicipalDomains`)."""
    board = {row.domain: row.municipality for row in await board_domains(session)}
    domains = ctx.people.domains.with_extra(board) if board else ctx.people.domains
    return domains.municipality_for(address)


def mailbox(address: str) -> str:
    """The mailbox behind an address: `anna+1@vaxjo.se` and `anna@vaxjo.se` are one (mail
    servers deliver sub-addresses to the base mailbox), so they prove one person."""
    local, _, domain = address.rpartition("@")
    return f"{local.split('+', 1)[0] or local}@{domain}"


async def verify_command(ctx: Context, call: Call) -> Reply:
    email, code = call.values.get("email"), call.values.get("code")
    if email and code:
        raise CommandError(N_("Give either email: or code:, not both."))
    if code:
        return await check_code(ctx, call.member, str(code), call._)
    if email:
        return await send_code(ctx, call.member, str(email), call._)
    return Reply.text(call._(USAGE))


async def send_code(ctx: Context, member: Member, raw: str, _: Translator) -> Reply:
    address = mailbox(normalise_address(raw))
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        municipality = await municipality_of(ctx, session, address)
        if municipality is None:
            raise CommandError(UNKNOWN_DOMAIN, domain=address.rpartition("@")[2])
        if not ctx.people.mail_enabled and member.platform not in ctx.people.shown_code_platforms:
            raise CommandError(NO_MAIL)  # a code shown in chat would prove nothing
        await lock_address(session, address)
        account = await member_row(ctx, session, member)
        person = await get_person(session, account.person_id, lock=ctx.db.is_postgresql)
        await refuse_revoked(session, person, address)
        if person.email == address and person.municipality == municipality:
            return Reply.text(_("You are already verified through {address}.", address=address))
        free_at = await _next_code_at(ctx, session, person.id, address)
        if free_at is not None:
            again = spoken(free_at, ctx.meetings.zone, _.locale)
            raise counted_error(
                "At most {n} code an hour may be sent to you or to one address. "
                "Try again after {again}.",
                "At most {n} codes an hour may be sent to you or to one address. "
                "Try again after {again}.",
                ctx.people.codes_per_hour,
                again=again,
            )
        row = await add_code(
            session,
            member_id=account.id,
            person_id=person.id,
            email=address,
            municipality=municipality,
            salt=secrets.token_hex(16),
            now=now,
            expires_at=now + ctx.people.code_valid,
        )
        code = code_for(ctx.people.code_key, row.id, row.salt)
        if ctx.people.mail_enabled:
            await _mail_code(ctx, session, row, _)
    minutes = int(ctx.people.code_valid.total_seconds() // 60)
    if not ctx.people.mail_enabled:  # no SMTP, on the console: shown, so it can be tried
        return Reply.text(_(SHOWN_CODE, code=code, address=address, minutes=minutes))
    return Reply.text(_(CODE_SENT, address=address, minutes=minutes, municipality=municipality))


async def refuse_revoked(session: AsyncSession, person: PersonRow, address: str) -> None:
    """A revoke sticks: for the person revoked, and for the address they held (which another
    account of theirs would otherwise verify into them again)."""
    holder = await person_by_email(session, address)
    if REVOKED in (person.verified_via, holder.verified_via if holder else None):
        raise CommandError(WITHDRAWN)


async def _next_code_at(
    ctx: Context, session: AsyncSession, person_id: int, address: str
) -> datetime | None:
    """When the next code may go, if one may not now: the person's and the address's own
    limits, each freed an hour after its oldest code in the last hour."""
    window = timedelta(hours=1)
    now = ctx.clock.now()
    waits = [
        oldest + window
        for count, oldest in await codes_sent_since(
            session, person_id=person_id, email=address, since=now - window
        )
        if count >= ctx.people.codes_per_hour and oldest is not None
    ]
    return max(waits) if waits else None


async def _mail_code(
    ctx: Context, session: AsyncSession, row: VerificationCodeRow, _: Translator
) -> None:
    """Queue the mail; it says `{code}` where the code goes, filled in as it is sent, so no
    code ever rests in the outbox."""
    code = PLACEHOLDER
    minutes = int(ctx.people.code_valid.total_seconds() // 60)
    text = "\n\n".join(
        [
            _("Your code for {site}: {code}", site=ctx.public.site_name, code=code),
            _(
                "Give it to the bot with /verify code:{code} within {minutes} minutes. It "
                "confirms that this address is yours and which municipality you work for.",
                code=code,
                minutes=minutes,
            ),
            _("If it was not you who asked, ignore this mail."),
        ]
    )
    message = Message(title=_("Your code: {code}", code=code), text=text)
    await enqueue(
        session,
        platform=MAIL,
        target=f"{VERIFY_PREFIX}{row.id}",
        idempotency_key=f"verify-code:{row.id}",
        payload=message.to_json(),
        now=ctx.clock.now(),
    )


async def check_code(ctx: Context, member: Member, raw: str, _: Translator) -> Reply:
    typed = "".join(raw.split())
    if not (typed.isascii() and typed.isdigit() and len(typed) == CODE_DIGITS):
        raise CommandError(N_("A code is {digits} digits, like 123456."), digits=CODE_DIGITS)
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        account = await member_row(ctx, session, member)
        row = await latest_code(session, account.id)
        if row is None or row.used_at is not None:
            raise CommandError(NO_CODE)
        await lock_address(session, row.email)
        await refuse_revoked(session, await get_person(session, account.person_id), row.email)
        if row.expires_at <= now:
            raise CommandError(N_("That code has expired. Ask for a new one with /verify email:…"))
        if row.attempts >= ctx.people.code_tries:
            raise CommandError(TOO_MANY_TRIES)
        if not is_code(ctx.people.code_key, row.id, row.salt, typed):
            row.attempts += 1
            left = ctx.people.code_tries - row.attempts
            if left <= 0:
                return Reply.text(_(TOO_MANY_TRIES))
            return Reply.text(
                _.ngettext(
                    "That code is wrong; {n} try left.", "That code is wrong; {n} tries left.", left
                )
            )
        row.used_at = now
        person = await link_address(ctx, session, account, row.email, row.municipality)
    return Reply.text(
        _(
            "Verified: {address} is yours, and you count for {municipality}.",
            address=person.email or row.email,
            municipality=person.municipality or row.municipality,
        )
    )


USAGE = N_(
    "Verify your work address to count for your municipality: /verify email:ADDRESS sends "
    "you a code, then /verify code:NNNNNN."
)
UNKNOWN_DOMAIN = N_(
    "{domain} is not the mail domain of a Swedish municipality I know. Use your work "
    "address at your municipality, or ask the board to add the domain or approve you."
)
CODE_SENT = N_(
    "A code is on its way to {address} ({municipality}). Give it here within {minutes} "
    "minutes: /verify code:NNNNNN"
)
SHOWN_CODE = N_(
    "No mail can be sent from here, so this is your code for {address}: {code}. Give it "
    "within {minutes} minutes: /verify code:{code}"
)
WITHDRAWN = N_(
    "The board has withdrawn your verification, so it cannot be renewed here. Ask the board."
)
NO_MAIL = N_(
    "Codes cannot be mailed from here yet (no mail server is set up). Ask the board to "
    "approve you for your municipality."
)
NO_CODE = N_("No code is waiting for you. Ask for one with /verify email:ADDRESS.")
TOO_MANY_TRIES = N_("Too many wrong tries: that code no longer works. Ask for a new one.")

COMMAND = CommandSpec(
    name="verify",
    sv="verifiera",
    description=N_("Verify your work address, and so your municipality"),
    options=(
        OptionSpec(
            "email", N_("Your work address at your municipality"), sv="e-post", max_length=254
        ),
        OptionSpec("code", N_("The code from the mail"), sv="kod", max_length=20),
    ),
    handler=verify_command,
)
