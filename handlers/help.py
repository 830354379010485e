"""/help: the commands this member may use, in their language."""

from __future__ import annotations

from handlers.catalogue import CommandSpec
from handlers.context import Call, Context
from handlers.i18n import N_, Translator, translator
from handlers.types import Field, Member, Message, Reply


def _line(spec: CommandSpec, _: Translator, parent: str | None = None) -> str:
    return f"{spec.usage(parent)} — {_(spec.description)}"


def command_lines(spec: CommandSpec, _: Translator, *, is_board: bool) -> list[str]:
    """One line per runnable form of a command (each subcommand on its own line)."""
    if not spec.subcommands:
        return [_line(spec, _)]
    return [_line(sub, _, spec.name) for sub in spec.subcommands if is_board or not sub.board_only]


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
