"""/mail: the board keeps the e-mail list (add, remove, list) from any chat."""

from __future__ import annotations

from handlers.catalogue import CommandSpec, OptionSpec
from handlers.context import Call, Context
from handlers.i18n import N_, Translator
from handlers.mail.addresses import MAX_ADDRESS_LENGTH, normalise_address
from handlers.mail.subscribers import add_address, remove_address, summary
from handlers.types import Field, Message, Reply
from storage.mail_models import ACTIVE, PENDING, UNSUBSCRIBED

STATUS_LABELS = {
    ACTIVE: N_("active"),
    PENDING: N_("waiting for confirmation"),
    UNSUBSCRIBED: N_("unsubscribed"),
}

ADDRESS_OPTION = OptionSpec(
    name="address",
    sv="adress",
    description=N_("The e-mail address"),
    required=True,
    max_length=MAX_ADDRESS_LENGTH,
)


async def add(ctx: Context, call: Call) -> Reply:
    _ = call._
    added = await add_address(ctx, call.values["address"], added_by=call.member.display_name)
    texts = {
        "created": N_("{address} is on the mailing list and receives announcements from now on."),
        "confirmed": N_("{address} was waiting for confirmation; it is active from now on."),
        "reactivated": N_(
            "{address} had unsubscribed; it is active again. Make sure they asked for it."
        ),
        "unchanged": N_("{address} is already on the mailing list."),
    }
    return Reply.text(_(texts[added.outcome], address=added.address))


async def remove(ctx: Context, call: Call) -> Reply:
    _ = call._
    address = normalise_address(call.values["address"])
    if await remove_address(ctx, address):
        return Reply.text(_("{address} is off the mailing list.", address=address))
    return Reply.text(_("{address} had already unsubscribed; nothing changed.", address=address))


SOURCE_LABELS = {
    "board": N_("added by the board"),
    "web": N_("subscribed on the web"),
    "import": N_("imported"),
}


def _source(source: str, _: Translator) -> str:
    return _(SOURCE_LABELS[source]) if source in SOURCE_LABELS else source


def _status(status: str, _: Translator) -> str:
    return _(STATUS_LABELS[status]) if status in STATUS_LABELS else status


async def list_subscribers(ctx: Context, call: Call) -> Reply:
    _ = call._
    found = await summary(ctx)
    counts = ", ".join(f"{_status(status, _)}: {n}" for status, n in found.counts.items())
    if not found.latest:
        return Reply.text(
            _("Nobody is on the mailing list yet. Add an address with /mail add ADDRESS.")
        )
    latest = "\n".join(
        f"{row.address} — {_status(row.status, _)} "
        f"({row.created_at:%Y-%m-%d}, {_source(row.source, _)})"
        for row in found.latest
    )
    return Reply(
        Message(
            title=_("The mailing list"),
            text=counts,
            fields=(Field(_("Latest added"), latest),),
        )
    )


COMMAND = CommandSpec(
    name="mail",
    sv="e-post",
    description=N_("Keep the list of members who get announcements by e-mail"),
    board_only=True,
    subcommands=(
        CommandSpec(
            "add",
            N_("Put an e-mail address on the list (active at once)"),
            sv="lägg-till",
            options=(ADDRESS_OPTION,),
            handler=add,
        ),
        CommandSpec(
            "remove",
            N_("Take an e-mail address off the list"),
            sv="ta-bort",
            options=(ADDRESS_OPTION,),
            handler=remove,
        ),
        CommandSpec(
            "list",
            N_("How many are on the list, and the latest added"),
            sv="lista",
            handler=list_subscribers,
        ),
    ),
)
