"""/wishes: the ranked list, paginated; /wish-show N: one wish with its history.

Ranking is "en kommun, en röst": distinct supporting municipalities first, then members,
then age, so one large municipality cannot drown the rest (`storage.wish_list`).
"""

from __future__ import annotations

from handlers.catalogue import Choice, CommandSpec, InteractionSpec, OptionSpec, OptionType
from handlers.context import Call, Context
from handlers.core.members import member_row
from handlers.errors import CommandError
from handlers.i18n import N_, Translator, translator
from handlers.types import Button, Field, Interaction, Member, Message, Reply
from handlers.wishes.config import STATUS_WORDS, STATUSES
from handlers.wishes.present import card, status_name, support_line, title_line
from handlers.wishes.reading import list_page, wish_view
from handlers.wishes.support import NUMBER

PAGE = "wishes.page"
SEARCH_LIMIT = 30  # the search rides along in the page buttons


def _encode(ctx: Context, page: int, module: str, status: str, mine: bool, search: str) -> str:
    """The list's state in a button value (within Discord's 100-character custom id)."""
    index = str(ctx.wishes.modules.index(module)) if module in ctx.wishes.modules else ""
    return "|".join([str(page), index, status, "1" if mine else "", search])


async def _person_of(ctx: Context, member: Member) -> int:
    """The member's person (known once the member was loaded; else looked up, or made)."""
    if member.person_id is not None:
        return member.person_id
    async with ctx.db.transaction() as session:
        return (await member_row(ctx, session, member)).person_id


async def show_page(
    ctx: Context, member: Member, page: int, module: str, status: str, mine: bool, search: str
) -> Reply:
    """One page of the list (`reading.list_page`) with its page buttons."""
    _ = translator(member.locale)
    person_id = await _person_of(ctx, member) if mine else None
    found = await list_page(
        ctx, page=page, module=module, status=status, search=search, person_id=person_id
    )
    page, pages, start, shown = found.page, found.pages, found.start, found.wishes
    if not shown:
        return Reply.text(_("No wishes match."))
    lines = [
        f"{start + n}. {title_line(w)} — {w.module}, {status_name(w.status, _)} — "
        f"{support_line(w, _)}"
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
        module = ctx.wishes.chosen_module(str(call.values["module"]))
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


async def show_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    number = call.values["number"]
    view = await wish_view(ctx, number, _, board=call.member.is_board)
    if view is None:
        raise CommandError(N_("There is no wish #{number}."), number=number)
    message = card(view.wish, view.support, _)
    places = ", ".join(view.support.municipalities) or "–"
    lines = [
        f"{e.when.date().isoformat()} " + history_line(e.kind, e.actor, e.detail, _)
        for e in view.history
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
    choices=tuple(
        Choice(code, name, also=(STATUS_WORDS[code],)) for code, name in STATUSES.items()
    ),
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
