"""/profile: the member's municipality (asked once, remembered); /notifications on|off."""

from __future__ import annotations

from handlers.catalogue import CommandSpec, OptionSpec, OptionType
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_
from handlers.run import member_row
from handlers.types import Reply
from handlers.wishes.submit import suggest_municipalities


async def profile_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    typed = call.values.get("municipality")
    async with ctx.db.transaction() as session:
        row = await member_row(ctx, session, call.member)
        if typed:
            found = ctx.wishes.municipality(str(typed))
            if found is None:
                raise CommandError(N_("“{name}” is not a Swedish municipality I know."), name=typed)
            row.municipality = found
        municipality, notifications = row.municipality, row.notifications
    if typed:
        return Reply.text(_("Your municipality is now {name}.", name=municipality))
    state = _("on") if notifications else _("off")
    return Reply.text(
        _(
            "Municipality: {name}. Notifications: {state}.",
            name=municipality or _("not set (use /profile municipality:X)"),
            state=state,
        )
    )


async def notifications_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    wanted = call.values["setting"]
    async with ctx.db.transaction() as session:
        row = await member_row(ctx, session, call.member)
        row.notifications = wanted
    if wanted:
        return Reply.text(_("You will be told privately when your wishes change status."))
    return Reply.text(_("You will no longer be told when your wishes change status."))


COMMANDS = (
    CommandSpec(
        name="profile",
        sv="profil",
        description=N_("Show or set your municipality"),
        options=(
            OptionSpec(
                "municipality",
                N_("Your municipality"),
                max_length=100,
                sv="kommun",
                suggest=suggest_municipalities,
            ),
        ),
        handler=profile_command,
    ),
    CommandSpec(
        name="notifications",
        sv="aviseringar",
        description=N_("Turn status notifications on or off"),
        options=(
            OptionSpec(
                "setting", N_("on or off"), type=OptionType.BOOLEAN, required=True, sv="läge"
            ),
        ),
        handler=notifications_command,
    ),
)
