"""/status: what is waiting, in flight or parked, per destination, with a retry at hand.

Chat channels are listed one by one under their names; the e-mail list is one line, however
many subscribers it has.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.capabilities import Capabilities
from handlers.catalogue import CommandSpec, InteractionSpec
from handlers.context import Call, Context
from handlers.i18n import N_, Translator, translator
from handlers.types import Button, Field, Interaction, Message, Reply, Select, SelectOption
from storage import outbox
from storage.channels import channel_names_on_record
from storage.outbox import DestinationStatus

RETRY = "status.retry"
ALL = "*"
SHOWN = 20  # destinations listed; the rest are summed up in one line
MAIL = "email"


async def channel_names(session: AsyncSession) -> dict[str, str]:
    """`platform:channel` → `#name`, from every table that knows a channel's name."""
    names: dict[str, str] = {}
    for platform, channel_id, name in await channel_names_on_record(session):
        if name:
            names[f"{platform}:{channel_id}"] = f"#{name}"
    return names


def _merge_mail(found: dict[str, DestinationStatus]) -> list[DestinationStatus]:
    """One line for every e-mail destination together, then the chat destinations."""
    mail = DestinationStatus(f"{MAIL}:{ALL}")
    rest = []
    for status in found.values():
        if status.destination.startswith(f"{MAIL}:"):
            mail.pending += status.pending
            mail.sending += status.sending
            mail.failed += status.failed
            mail.last_error = mail.last_error or status.last_error
            if status.oldest_open_at and (
                mail.oldest_open_at is None or status.oldest_open_at < mail.oldest_open_at
            ):
                mail.oldest_open_at = status.oldest_open_at
        else:
            rest.append(status)
    rest.sort(key=lambda s: (-s.failed, -(s.pending + s.sending), s.destination))
    return ([mail] if mail.pending or mail.sending or mail.failed else []) + rest


def _label(status: DestinationStatus, names: dict[str, str], _: Translator) -> str:
    if status.destination == f"{MAIL}:{ALL}":
        return _("e-mail list")
    platform, _sep, target = status.destination.partition(":")
    if target.startswith("dm:"):
        return _("{platform}: private message", platform=platform)
    return f"{platform}: {names.get(status.destination, target)}"


def describe(status: DestinationStatus, now: datetime, _: Translator) -> str:
    parts = []
    if status.pending:
        parts.append(_.ngettext("{n} waiting", "{n} waiting", status.pending))
    if status.sending:
        parts.append(_.ngettext("{n} being sent", "{n} being sent", status.sending))
    if status.failed:
        parts.append(_.ngettext("{n} failed", "{n} failed", status.failed))
    text = ", ".join(parts)
    if status.oldest_open_at is not None:
        minutes = max(0, int((now - status.oldest_open_at).total_seconds() // 60))
        text += " · " + _("oldest waiting {minutes} min", minutes=minutes)
    if status.failed and status.last_error:
        text += "\n" + _("Last error: {error}", error=status.last_error[:200])
    return text


async def status_command(ctx: Context, call: Call) -> Reply:
    return await _report(ctx, call._, ctx.capabilities(call.member.platform), prefix=None)


def platforms_line(ctx: Context, _: Translator) -> str:
    """`Discord: connected · Slack: not connected`, from the runtime's view of each platform,
    named as its members know it."""
    up, down = _("connected"), _("not connected")
    return " · ".join(
        f"{ctx.capabilities(name).label}: {up if connected else down}"
        for name, connected in sorted(ctx.connected().items())
    )


async def _report(
    ctx: Context, _: Translator, shown_on: Capabilities, *, prefix: str | None
) -> Reply:
    """The report on the platform it is shown on (`shown_on`: what its select holds)."""
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        found = _merge_mail(await outbox.destination_status(session))
        names = await channel_names(session)
    platforms = platforms_line(ctx, _)
    if not found:
        text = _("Nothing is waiting: every post has been delivered.")
        parts = [prefix, text, platforms]
        return Reply.text("\n\n".join(p for p in parts if p))
    fields = [Field(_("Platforms"), platforms)] if platforms else []
    fields += [Field(_label(s, names, _), describe(s, now, _)) for s in found[:SHOWN]]
    if len(found) > SHOWN:
        more = len(found) - SHOWN
        fields.append(
            Field(_("More"), _.ngettext("{n} more destination", "{n} more destinations", more))
        )
    failed = [s for s in found if s.failed]
    message = Message(
        title=_("Deliveries"),
        text=prefix or "",
        fields=tuple(fields),
        selects=(_retry_select(failed, names, _, shown_on),) if failed else (),
        buttons=(Button(_("Retry all failed"), RETRY, ALL, style="primary"),) if failed else (),
    )
    return Reply(message)


def _retry_select(
    failed: list[DestinationStatus],
    names: dict[str, str],
    _: Translator,
    shown_on: Capabilities,
) -> Select:
    options = tuple(
        SelectOption(_label(s, names, _)[: shown_on.option_label], s.destination)
        for s in failed[: shown_on.select_options]
    )
    return Select(RETRY, _("Retry one destination"), options)


async def retry_clicked(ctx: Context, interaction: Interaction) -> Reply:
    _ = translator(interaction.member.locale)
    chosen = interaction.value
    now = ctx.clock.now()
    if chosen == ALL:
        count = await outbox.retry_destination(ctx.db, None, now=now)
    elif chosen == f"{MAIL}:{ALL}":
        count = await outbox.retry_destination(ctx.db, None, now=now, platform=MAIL)
    else:
        count = await outbox.retry_destination(ctx.db, chosen, now=now)
    ctx.wake_outbox()
    done = _.ngettext(
        "{n} delivery is being tried again.", "{n} deliveries are being tried again.", count
    )
    shown_on = ctx.capabilities(interaction.member.platform)
    reply = await _report(ctx, _, shown_on, prefix=done)
    return Reply(reply.message, update=True)


COMMAND = CommandSpec(
    name="status",
    sv="status",
    description=N_("Deliveries waiting, in flight or failed, per destination"),
    board_only=True,
    handler=status_command,
)

INTERACTIONS = (InteractionSpec(RETRY, retry_clicked, board_only=True),)
