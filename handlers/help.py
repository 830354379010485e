"""/help: the commands this member may use, in their language."""

from __future__ import annotations

from handlers.catalogue import CommandSpec
from handlers.context import Call, Context
from handlers.i18n import N_, Translator, translator
from handlers.public_config import privacy_link
from handlers.types import Field, Member, Message, Reply


def _line(spec: CommandSpec, _: Translator, parent: str | None = None) -> str:
    return f"{spec.usage(parent, sv=_.locale == 'sv')} — {_(spec.description)}"


def command_lines(spec: CommandSpec, _: Translator, *, is_board: bool) -> list[str]:
    """One line per runnable form of a command (each subcommand on its own line), by the
    names of the member's language (Swedish ones are typed as well as English)."""
    if not spec.subcommands:
        return [_line(spec, _)]
    parent = (spec.sv or spec.name) if _.locale == "sv" else spec.name
    return [_line(sub, _, parent) for sub in spec.subcommands if is_board or not sub.board_only]


def privacy_field(url: str, _: Translator) -> Field:
    """Where a member reads what is kept about them (the public privacy page)."""
    return Field(
        _("Your data"),
        _(
            "What Bryggan keeps about you, and how to see or erase it: {url}",
            url=privacy_link(url, _.locale),
        ),
    )


async def help_reply(ctx: Context, member: Member) -> Reply:
    """The commands `member` may use, in their language, with a button for the other one."""
    from handlers.language import switch_button  # language's button shows this help

    _ = translator(member.locale)
    lines: list[str] = []
    for spec in ctx.catalogue.visible_to(member.is_board):
        lines.extend(command_lines(spec, _, is_board=member.is_board))
    fields: tuple[Field, ...] = ()
    if not member.is_board:
        fields = (Field(_("Board"), _("Board members see more commands here.")),)
    if ctx.public.privacy_url:
        fields += (privacy_field(ctx.public.privacy_url, _),)
    text = "\n".join(lines)
    buttons = (switch_button(member.locale),)
    return Reply(Message(title=_("Commands"), text=text, fields=fields, buttons=buttons))


async def show_help(ctx: Context, call: Call) -> Reply:
    return await help_reply(ctx, call.member)


COMMAND = CommandSpec(
    name="help",
    sv="hjälp",
    description=N_("Show the commands you may use"),
    handler=show_help,
)
