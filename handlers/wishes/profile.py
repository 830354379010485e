"""/profile: the member's verified municipality and how it was verified; /notifications."""

from __future__ import annotations

from handlers.catalogue import CommandSpec, OptionSpec, OptionType
from handlers.context import Call, Context
from handlers.core.members import person_row
from handlers.errors import CommandError
from handlers.i18n import N_
from handlers.people.texts import HOW_TO_VERIFY
from handlers.types import Reply
from handlers.wishes.submit import suggest_municipalities
from storage.people_models import BY_ADDRESS


async def profile_command(ctx: Context, call: Call) -> Reply:
    """A municipality is never typed in: it comes from a verified address or the board."""
    _ = call._
    if call.values.get("municipality"):
        raise CommandError(HOW_TO_VERIFY)
    async with ctx.db.transaction() as session:
        person = await person_row(ctx, session, call.member)
    state = _("on") if person.notifications else _("off")
    if person.municipality is None:
        where = _("not verified")
    elif person.verified_via == BY_ADDRESS:
        where = _("{name} (verified through {address})", name=person.municipality,
                  address=person.email or "")  # fmt: skip
    else:
        where = _("{name} (approved by the board)", name=person.municipality)
    lines = [_("Municipality: {name}. Notifications: {state}.", name=where, state=state)]
    if person.municipality is None:
        lines.append(_(HOW_TO_VERIFY))
    else:
        lines.append(_(N_("To change it, verify your address at the other municipality.")))
    return Reply.text("\n".join(lines))


async def notifications_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    wanted = call.values["setting"]
    async with ctx.db.transaction() as session:
        person = await person_row(ctx, session, call.member)
        person.notifications = wanted
    if wanted:
        return Reply.text(_("You will be told privately when your wishes change status."))
    return Reply.text(_("You will no longer be told when your wishes change status."))


COMMANDS = (
    CommandSpec(
        name="profile",
        sv="profil",
        description=N_("Show your verified municipality and settings"),
        options=(
            OptionSpec(
                "municipality",
                N_("Not set here: verify your work address with /verify"),
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
