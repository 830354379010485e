"""/member (board): approve or revoke a person's municipality, list who counts and how, the
mail domains the board adds, and blocking. Board-only, checked on the server."""

from __future__ import annotations

import csv
import io

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.capabilities import mentions
from handlers.catalogue import Choice, CommandSpec, OptionSpec
from handlers.context import Call, Context
from handlers.core.members import person_row
from handlers.errors import CommandError
from handlers.i18n import N_, Translator
from handlers.meetings.times import spoken
from handlers.people.domains import MunicipalDomains, normalise_domain
from handlers.people.linking import refresh_wish_cards
from handlers.people.texts import A_MEMBER
from handlers.people.users import find_person
from handlers.spreadsheet import guarded
from handlers.types import Attachment, Message, Reply
from handlers.wishes.submit import suggest_municipalities
from storage.people import (
    REVOKED,
    account_platforms,
    accounts_of,
    affiliation_log,
    list_people,
    people_by_ids,
    record_affiliation,
    supported_wish_ids,
)
from storage.people_models import BY_ADDRESS, BY_APPROVAL, PersonRow
from storage.verification import add_board_domain, board_domains, remove_board_domain

SHOWN = 30  # people listed in chat; the CSV holds them all
UNVERIFIED = ("unverified", "ej-verifierade", "ej verifierade")


def _municipality(ctx: Context, typed: object) -> str:
    found = ctx.wishes.municipality(str(typed))
    if found is None:
        raise CommandError(N_("“{name}” is not a Swedish municipality I know."), name=typed)
    return found


async def _change(
    ctx: Context,
    session: AsyncSession,
    person: PersonRow,
    municipality: str | None,
    how: str,
    by: PersonRow,
) -> None:
    await record_affiliation(
        session, person, municipality=municipality, how=how, by_id=by.id, now=ctx.clock.now()
    )
    await refresh_wish_cards(ctx, session, await supported_wish_ids(session, person.id))


async def approve_command(ctx: Context, call: Call) -> Reply:
    municipality = _municipality(ctx, call.values["municipality"])
    async with ctx.db.transaction() as session:
        board = await person_row(ctx, session, call.member)
        person = await find_person(session, call.values["who"], mentions(ctx.platforms))
        await _change(ctx, session, person, municipality, BY_APPROVAL, board)
    return Reply.text(
        call._(
            "#{number} {name} now counts for {municipality}.",
            number=person.id,
            name=person.display_name,
            municipality=municipality,
        )
    )


async def revoke_command(ctx: Context, call: Call) -> Reply:
    async with ctx.db.transaction() as session:
        board = await person_row(ctx, session, call.member)
        person = await find_person(session, call.values["who"], mentions(ctx.platforms))
        if person.municipality is None:
            raise CommandError(N_("#{number} is not verified."), number=person.id)
        await _change(ctx, session, person, None, "revoked", board)
    return Reply.text(
        call._(
            "#{number} {name} no longer counts for a municipality.",
            number=person.id,
            name=person.display_name,
        )
    )


def verified_line(
    person: PersonRow, names: dict[int, PersonRow], ctx: Context, _: Translator
) -> str:
    """ "Växjö, by address anna@vaxjo.se, 3 mars 2026" or "not verified"."""
    if person.municipality is None or person.verified_at is None:
        return _("not verified")
    when = spoken(person.verified_at, ctx.meetings.zone, _.locale)
    if person.verified_via == BY_ADDRESS:
        how = _("by address {address}", address=person.email or "")
    else:
        by = names.get(person.verified_by_id or 0)
        how = _("approved by {name}", name=by.display_name if by else _("a board member"))
    return f"{person.municipality}, {how}, {when}"


async def list_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    typed = str(call.values.get("municipality") or "")
    # `/member list unverified` reads as it is written, though the word fills the first option
    only_unverified = call.values.get("which") == "unverified" or typed.casefold() in UNVERIFIED
    place = _municipality(ctx, typed) if typed and typed.casefold() not in UNVERIFIED else None
    async with ctx.db.transaction() as session:
        people = await list_people(session, municipality=place, unverified_only=only_unverified)
        names = await people_by_ids(session, [p.verified_by_id for p in people if p.verified_by_id])
        accounts = await account_platforms(session, [p.id for p in people])
    rows = [(p, verified_line(p, names, ctx, _), ", ".join(accounts.get(p.id, []))) for p in people]
    lines = [
        f"#{p.id} {p.display_name} — {line}" + (" ⛔" if p.blocked_at else "")
        for p, line, _a in rows
    ]
    text = "\n".join(lines[:SHOWN]) or _("Nobody matches.")
    if len(lines) > SHOWN:
        text += "\n" + _("…and {n} more in the file.", n=len(lines) - SHOWN)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["person", "name", "municipality", "verified", "accounts", "blocked"])
    for p, line, where in rows:
        cells = [p.id, p.display_name, p.municipality or "", line, where, p.blocked_at and "yes"]
        writer.writerow([guarded(cell or "") for cell in cells])
    title = _("Members ({n})", n=len(rows))
    files = (Attachment("members.csv", content=out.getvalue(), content_type="text/csv"),)
    return Reply(Message(title=title, text=text, attachments=files))


async def show_command(ctx: Context, call: Call) -> Reply:
    """One person: accounts, how they are verified, blocked or not, and every change."""
    _ = call._
    async with ctx.db.transaction() as session:
        person = await find_person(session, call.values["who"], mentions(ctx.platforms))
        accounts = await accounts_of(session, person.id)
        changes = await affiliation_log(session, person.id)
        names = await people_by_ids(
            session,
            [c.by_id for c in changes if c.by_id]
            + [person.verified_by_id or 0, person.blocked_by_id or 0],
        )
    lines = [
        _("Accounts: {list}", list=", ".join(f"{a.platform}:{a.display_name}" for a in accounts)),
        _("Municipality: {name}", name=verified_line(person, names, ctx, _)),
    ]
    if person.blocked_at:  # when and by whom, so "–" for no reason is not read as "no"
        blocker = names.get(person.blocked_by_id or 0) if person.blocked_by_id else None
        lines.append(
            _(
                "Blocked {when} by {who}: {reason}",
                when=spoken(person.blocked_at, ctx.meetings.zone, _.locale),
                who=blocker.display_name if blocker else _(A_MEMBER),
                reason=person.blocked_reason or _("no reason given"),
            )
        )
    for change in changes:
        by = names.get(change.by_id or 0)
        lines.append(
            f"{spoken(change.created_at, ctx.meetings.zone, _.locale)}: "
            f"{change.before or '–'} → {change.after or '–'} ({_how(change.how, _)}"
            + (f", {by.display_name})" if by else ")")
        )
    return Reply(Message(title=f"#{person.id} {person.display_name}", text="\n".join(lines)))


# How a municipality was set or taken away, as `/member show` lists each change.
HOW_LABELS = {BY_ADDRESS: N_("address"), BY_APPROVAL: N_("approval"), REVOKED: N_("revoked")}


def _how(how: str, _: Translator) -> str:
    return _(HOW_LABELS[how]) if how in HOW_LABELS else how


# Mail services anyone can have an address at: no municipality's domain, whatever the board
# types (an address there proves nothing about where its holder works).
PUBLIC_MAIL = frozenset(
    {
        "aol.com", "bahnhof.se", "bredband.net", "comhem.se", "gmail.com", "gmx.com", "gmx.net",
        "googlemail.com", "hotmail.com", "hotmail.se", "icloud.com", "live.com", "live.se",
        "mac.com", "me.com", "msn.com", "outlook.com", "outlook.se", "passagen.se", "proton.me",
        "protonmail.com", "spray.se", "tele2.se", "telia.com", "yahoo.com", "yahoo.se",
    }
)  # fmt: skip


async def domain_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    action, typed = call.values.get("action") or "list", call.values.get("domain")
    async with ctx.db.transaction() as session:
        if action == "list":
            rows = await board_domains(session)
            text = "\n".join(f"{r.domain} → {r.municipality}" for r in rows)
            return Reply.text(
                text
                or _(
                    "The board has added no domains; the shipped list of municipal domains applies."
                )
            )
        domain = normalise_domain(str(typed or "")) if "@" not in str(typed or "") else None
        if domain is None or not domain.rpartition(".")[2].isalpha():
            raise CommandError(N_("Give a mail domain, like kommunalforbundet.se."))
        if action == "remove":
            if not await remove_board_domain(session, domain):
                raise CommandError(N_("{domain} is not among the board's domains."), domain=domain)
            return Reply.text(_("{domain} no longer counts for a municipality.", domain=domain))
        if not call.values.get("municipality"):
            raise CommandError(N_("Name the municipality the domain counts for."))
        if domain in PUBLIC_MAIL:  # anyone can have an address there
            raise CommandError(
                N_("{domain} is a public mail service: anyone can have an address there."),
                domain=domain,
            )
        municipality = _municipality(ctx, call.values["municipality"])
        board = await person_row(ctx, session, call.member)
        await add_board_domain(
            session, domain=domain, municipality=municipality, by_id=board.id, now=ctx.clock.now()
        )
    said = _(
        "Addresses at {domain} now count for {municipality}.",
        domain=domain,
        municipality=municipality,
    )
    listed = MunicipalDomains.shipped().municipality_for(domain)
    if listed is not None and listed != municipality:  # the board's word wins: say what it moved
        said += " " + _(
            "It was {listed}'s own domain: members verified by it count for {municipality} "
            "when they verify again.",
            listed=listed,
            municipality=municipality,
        )
    return Reply.text(said)


async def block_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    async with ctx.db.transaction() as session:
        board = await person_row(ctx, session, call.member)
        person = await find_person(session, call.values["who"], mentions(ctx.platforms))
        if person.id == board.id:
            raise CommandError(N_("You cannot block yourself."))
        person.blocked_at, person.blocked_by_id = ctx.clock.now(), board.id
        person.blocked_reason = str(call.values.get("reason") or "")[:300] or None
    return Reply.text(
        _(
            "#{number} {name} is blocked: their commands are refused and their posts are "
            "not passed on.",
            number=person.id,
            name=person.display_name,
        )
    )


async def unblock_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    async with ctx.db.transaction() as session:
        person = await find_person(session, call.values["who"], mentions(ctx.platforms))
        if person.blocked_at is None:
            raise CommandError(N_("#{number} is not blocked."), number=person.id)
        person.blocked_at = person.blocked_by_id = person.blocked_reason = None
    return Reply.text(
        _("#{number} {name} is no longer blocked.", number=person.id, name=person.display_name)
    )


USER = OptionSpec(
    "who",
    N_("The member: @name, #number, address or name"),
    sv="vem",
    required=True,
    max_length=200,
)
MUNICIPALITY = OptionSpec(
    "municipality",
    N_("The municipality"),
    sv="kommun",
    max_length=100,
    suggest=suggest_municipalities,
)

COMMAND = CommandSpec(
    "member",
    N_("Members' verification, domains and blocks (board)"),
    sv="medlem",
    board_only=True,
    subcommands=(
        CommandSpec(
            "approve",
            N_("Count a member for a municipality without an address"),
            sv="godkänn",
            options=(
                USER,
                OptionSpec(
                    "municipality",
                    N_("The municipality"),
                    sv="kommun",
                    required=True,
                    max_length=100,
                    suggest=suggest_municipalities,
                ),
            ),
            handler=approve_command,
        ),
        CommandSpec(
            "revoke",
            N_("Stop counting a member for a municipality"),
            sv="återkalla",
            options=(USER,),
            handler=revoke_command,
        ),
        CommandSpec(
            "list",
            N_("Who is verified, how, by whom and when"),
            sv="lista",
            options=(
                MUNICIPALITY,
                OptionSpec(
                    "which",
                    N_("all or only unverified"),
                    sv="vilka",
                    choices=(
                        Choice("all", N_("all"), sv="alla"),
                        Choice("unverified", N_("unverified"), sv="overifierade"),
                    ),
                ),
            ),
            handler=list_command,
        ),
        CommandSpec(
            "show",
            N_("One member: accounts, verification and its history"),
            sv="visa",
            options=(USER,),
            handler=show_command,
        ),
        CommandSpec(
            "domain",
            N_("Mail domains the board counts for a municipality"),
            sv="domän",
            options=(
                OptionSpec(
                    "action",
                    N_("add, remove or list"),
                    sv="åtgärd",
                    choices=(
                        Choice("add", N_("add"), sv="lägg-till"),
                        Choice("remove", N_("remove"), sv="ta-bort"),
                        Choice("list", N_("list"), sv="lista"),
                    ),
                ),
                OptionSpec(
                    "domain",
                    N_("The domain, like kommunalforbundet.se"),
                    sv="domän",
                    max_length=253,
                ),
                MUNICIPALITY,
            ),
            handler=domain_command,
        ),
        CommandSpec(
            "block",
            N_("Refuse a member's commands and posts"),
            sv="blockera",
            options=(
                USER,
                OptionSpec(
                    "reason", N_("Why (shown to the board)"), sv="skäl", max_length=300, rest=True
                ),
            ),
            handler=block_command,
        ),
        CommandSpec(
            "unblock", N_("Lift a block"), sv="avblockera", options=(USER,), handler=unblock_command
        ),
    ),
)
