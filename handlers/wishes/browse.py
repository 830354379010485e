"""/wishes: the ranked list, paginated; /wish-show N: one wish with its history.

Ranking is "en kommun, en röst": distinct supporting municipalities first, then members,
then age, so one large municipality cannot drown the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import Choice, CommandSpec, InteractionSpec, OptionSpec, OptionType
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_, Translator, translator
from handlers.people.texts import A_MEMBER, A_MEMBER_FROM
from handlers.run import member_row
from handlers.similarity import normalise
from handlers.types import Button, Field, Interaction, Member, Message, Reply
from handlers.wishes.config import STATUSES
from handlers.wishes.present import card, status_name, support_line, title_line
from handlers.wishes.support import NUMBER
from storage.people import people_by_ids
from storage.people_models import PersonRow
from storage.wish_models import WishEventRow, WishRow
from storage.wishes import Support, events, get_wish, listed_wishes, support_of

PAGE_SIZE = 10
PAGE = "wishes.page"
SEARCH_LIMIT = 30  # the search rides along in the page buttons


def ranked(wishes: Sequence[WishRow], support: dict[int, Support]) -> list[WishRow]:
    def key(wish: WishRow) -> tuple[int, int, object, int]:
        counted = support.get(wish.id, Support(0, ()))
        return (-len(counted.municipalities), -counted.members, wish.created_at, wish.id)

    return sorted(wishes, key=key)


async def ranked_list(
    session: AsyncSession,
    *,
    module: str | None,
    status: str | None,
    member_id: int | None,
    search: str = "",
) -> tuple[list[WishRow], dict[int, Support]]:
    wishes = await listed_wishes(
        session, module=module, statuses=[status] if status else None, member_id=member_id
    )
    if search:
        words = normalise(search).split()
        wishes = [
            w
            for w in wishes
            if all(word in normalise(f"{w.title} {w.description}") for word in words)
        ]
    support = await support_of(session, [w.id for w in wishes])
    return ranked(wishes, support), support


def _encode(ctx: Context, page: int, module: str, status: str, mine: bool, search: str) -> str:
    """The list's state in a button value (within Discord's 100-character custom id)."""
    index = str(ctx.wishes.modules.index(module)) if module in ctx.wishes.modules else ""
    return "|".join([str(page), index, status, "1" if mine else "", search])


async def show_page(
    ctx: Context, member: Member, page: int, module: str, status: str, mine: bool, search: str
) -> Reply:
    _ = translator(member.locale)
    async with ctx.db.transaction() as session:
        row = await member_row(ctx, session, member)
        wishes, support = await ranked_list(
            session,
            module=module or None,
            status=status or None,
            member_id=row.id if mine else None,
            search=search,
        )
    pages = max(1, -(-len(wishes) // PAGE_SIZE))
    page = min(max(1, page), pages)
    shown = wishes[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    if not shown:
        return Reply.text(_("No wishes match."))
    start = (page - 1) * PAGE_SIZE
    lines = [
        f"{start + n}. {title_line(w)} — {w.module}, {status_name(w.status, _)} — "
        f"{support_line(support[w.id], _)}"
        for n, w in enumerate(shown, start=1)
    ]
    buttons = []
    if page > 1:
        buttons.append(
            Button(_("Previous"), PAGE, _encode(ctx, page - 1, module, status, mine, search))
        )
    if page < pages:
        buttons.append(
            Button(_("Next"), PAGE, _encode(ctx, page + 1, module, status, mine, search))
        )
    title = _("Wishes, page {page} of {pages}", page=page, pages=pages)
    return Reply(Message(title=title, text="\n".join(lines), buttons=tuple(buttons)), update=True)


async def wishes_command(ctx: Context, call: Call) -> Reply:
    module = ""
    if call.values.get("module"):
        found = ctx.wishes.module(str(call.values["module"]))
        if found is None:
            raise CommandError(
                N_("Choose a module: {modules}."), modules=", ".join(ctx.wishes.modules)
            )
        module = found
    reply = await show_page(
        ctx,
        call.member,
        1,
        module,
        str(call.values.get("status") or ""),
        bool(call.values.get("mine")),
        str(call.values.get("search") or ""),
    )
    return Reply(reply.message, private=reply.private)


async def page_button(ctx: Context, interaction: Interaction) -> Reply:
    parts = [*interaction.value.split("|"), "", "", "", "", ""][:5]
    try:
        page = int(parts[0])
    except ValueError:
        page = 1
    modules = ctx.wishes.modules
    module = modules[int(parts[1])] if parts[1].isdigit() and int(parts[1]) < len(modules) else ""
    return await show_page(
        ctx, interaction.member, page, module, parts[2], parts[3] == "1", parts[4]
    )


def history_line(kind: str, actor: str, detail: dict[str, object], _: Translator) -> str:
    names = {
        "created": N_("submitted by {actor}"),
        "status": N_("status set to {status} by {actor}"),
        "edited": N_("edited by {actor}"),
        "merged": N_("merged into #{into} by {actor}"),
        "unmerged": N_("unmerged by {actor}"),
        "hidden": N_("hidden by {actor}"),
        "unhidden": N_("shown again by {actor}"),
    }
    status = status_name(str(detail.get("status", "")), _)
    line = _(names.get(kind, kind), actor=actor, status=status, into=detail.get("into", ""))
    comment = detail.get("comment")
    return f"{line}: {comment}" if comment else line


def _actor(event: WishEventRow, wish: WishRow, people: dict[int, PersonRow], _: Translator) -> str:
    """Who acted: the person's name now, what the event named (an import), or "a member"
    (from the wish's municipality, for an erased submitter)."""
    person = people.get(event.actor_id) if event.actor_id else None
    if person is not None:
        return person.display_name
    if event.actor:
        return event.actor
    if event.kind == "created" and wish.municipality:
        return _(A_MEMBER_FROM, municipality=wish.municipality)
    return _(A_MEMBER)


async def show_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    number = call.values["number"]
    async with ctx.db.transaction() as session:
        wish = await get_wish(session, number)
        if wish is None or (wish.hidden and not call.member.is_board):
            raise CommandError(N_("There is no wish #{number}."), number=number)
        support = (await support_of(session, [wish.id]))[wish.id]
        history = await events(session, wish.id)
        actors = await people_by_ids(session, [e.actor_id for e in history if e.actor_id])
    message = card(wish, support, _)
    places = ", ".join(support.municipalities) or "–"
    lines = [
        f"{e.created_at.date().isoformat()} "
        + history_line(e.kind, _actor(e, wish, actors, _), e.detail, _)
        for e in history
    ]
    fields = (
        *message.fields,
        Field(_("Municipalities"), places),
        Field(_("History"), "\n".join(lines) or "–"),
    )
    return Reply(
        Message(title=message.title, text=message.text, fields=fields, buttons=message.buttons)
    )


STATUS_OPTION = OptionSpec(
    "status",
    N_("Status"),
    choices=tuple(Choice(code, name) for code, name in STATUSES.items()),
)

COMMANDS = (
    CommandSpec(
        name="wishes",
        sv="önskemålslista",
        description=N_("The wishes, most supported first"),
        options=(
            OptionSpec("search", N_("Words to look for"), max_length=SEARCH_LIMIT, sv="sök"),
            OptionSpec("module", N_("Only this module"), max_length=60, sv="modul"),
            STATUS_OPTION,
            OptionSpec(
                "mine",
                N_("Only wishes you submitted or support"),
                type=OptionType.BOOLEAN,
                sv="mina",
            ),
        ),
        handler=wishes_command,
    ),
    CommandSpec(
        name="wish-show",
        sv="visa-önskemål",
        description=N_("One wish with its support and history"),
        options=(NUMBER,),
        handler=show_command,
    ),
)

INTERACTIONS = (InteractionSpec(PAGE, page_button),)
