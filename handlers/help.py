"""/help: the commands this member may use, in their language."""

from __future__ import annotations

from handlers.capabilities import capabilities_of
from handlers.catalogue import CommandSpec
from handlers.context import Call, Context
from handlers.i18n import N_, Translator, translator
from handlers.public_config import privacy_link
from handlers.types import Field, Member, Message, Reply, normalise_locale


def _line(spec: CommandSpec, _: Translator, parent: str | None, sv: bool) -> str:
    return f"{spec.usage(parent, sv=sv)} — {_(spec.description)}"


def command_lines(spec: CommandSpec, _: Translator, *, is_board: bool, sv: bool) -> list[str]:
    """One line per runnable form of a command (each subcommand on its own line), by the
    Swedish names with `sv` (they are typed as well as the English ones)."""
    if not spec.subcommands:
        return [_line(spec, _, None, sv)]
    parent = (spec.sv or spec.name) if sv else spec.name
    return [_line(sub, _, parent, sv) for sub in spec.subcommands if is_board or not sub.board_only]


def swedish_names(ctx: Context, member: Member, _: Translator) -> bool:
    """Whether help names the commands by their Swedish names: as the member's client shows
    them where the platform names them by the client's language (a Discord client in English
    offers /help to a member who chose Swedish here), else by the answer's language."""
    client = member.platform_locale
    fallback = capabilities_of(ctx.platforms, member.platform).names_by_client
    if client and fallback:
        return (normalise_locale(client) or fallback) == "sv"
    return _.locale == "sv"


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
    sv = swedish_names(ctx, member, _)
    lines: list[str] = []
    for spec in ctx.catalogue.visible_to(member.is_board):
        lines.extend(command_lines(spec, _, is_board=member.is_board, sv=sv))
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
