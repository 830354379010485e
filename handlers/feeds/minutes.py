"""/minutes: the board posts minutes once and they reach every `minutes` channel; members
list and search the archive."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from urllib.parse import urlparse

from sqlalchemy import Select, select

from handlers.catalogue import CommandSpec, InteractionSpec, OptionSpec, OptionType
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_, Translator, translator
from handlers.types import Field, Form, FormField, Interaction, Message, Reply
from storage.channels import channels_for_topic
from storage.feed_models import MinutesRow
from storage.outbox import enqueue

FORM_ID = "minutes.form"
LISTED = 15


async def post_command(ctx: Context, call: Call) -> Reply:
    """Open the form; a PDF attached on Discord (or a link given) fills in the link."""
    _ = call._
    attached = call.values.get("file")
    if attached and urlparse(str(attached)).scheme not in ("http", "https"):
        raise CommandError(N_("“{url}” is not an http or https address."), url=attached)
    fields = (
        FormField(
            "date",
            _("Meeting date (YYYY-MM-DD)"),
            max_length=10,
            value=ctx.clock.now().date().isoformat(),
        ),
        FormField("title", _("Title"), max_length=150),
        FormField("summary", _("Summary"), long=True, required=False, max_length=3000),
        FormField(
            "link",
            _("Link to the minutes (PDF or page)"),
            required=False,
            max_length=500,
            value=str(attached) if attached else None,
        ),
    )
    return Reply(Message(text=""), form=Form(FORM_ID, _("Board minutes"), fields))


def _checked(values: dict[str, str]) -> tuple[str, str, str, str | None]:
    try:
        meeting = date.fromisoformat(values.get("date", "").strip()).isoformat()
    except ValueError:
        raise CommandError(
            N_("“{value}” is not a date; write it as 2026-03-14."), value=values.get("date", "")
        ) from None
    title = " ".join(values.get("title", "").split())
    if not title:
        raise CommandError(N_("The minutes need a title."))
    link = values.get("link", "").strip() or None
    if link and urlparse(link).scheme not in ("http", "https"):
        raise CommandError(N_("“{url}” is not an http or https address."), url=link)
    return meeting, title, values.get("summary", "").strip(), link


async def form_submitted(ctx: Context, interaction: Interaction) -> Reply:
    _ = translator(interaction.member.locale)
    meeting, title, summary, link = _checked(interaction.values)
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        minutes = MinutesRow(
            meeting_date=meeting,
            title=title,
            summary=summary,
            link=link,
            posted_by=interaction.member.display_name,
            created_at=now,
        )
        session.add(minutes)
        await session.flush()
        channels = await channels_for_topic(session, "minutes")
        message = _message(minutes, translator(ctx.default_locale))
        for channel in channels:
            await enqueue(
                session,
                platform=channel.platform,
                target=channel.channel_id,
                idempotency_key=f"minutes:{minutes.id}:{channel.platform}:{channel.channel_id}",
                payload=message.to_json(),
                now=now,
            )
    return Reply.text(
        _.ngettext(
            "The minutes are on their way to {n} channel.",
            "The minutes are on their way to {n} channels.",
            len(channels),
        )
    )


def _message(minutes: MinutesRow, _: Translator) -> Message:
    heading = _("Board minutes {date}: {title}", date=minutes.meeting_date, title=minutes.title)
    return Message(title=heading, url=minutes.link, text=minutes.summary)


async def list_command(ctx: Context, call: Call) -> Reply:
    year = call.values.get("year")
    statement = select(MinutesRow)
    if year:
        statement = statement.where(MinutesRow.meeting_date.like(f"{year}-%"))
    return await _archive(ctx, call, statement)


async def search_command(ctx: Context, call: Call) -> Reply:
    """Every word must appear in the title or summary (case-folded in Python, so å, ä and ö
    match the same on SQLite and PostgreSQL)."""
    words = [w.casefold() for w in str(call.values["text"]).split()]

    def matches(row: MinutesRow) -> bool:
        haystack = f"{row.title} {row.summary}".casefold()
        return all(word in haystack for word in words)

    return await _archive(ctx, call, select(MinutesRow), keep=matches)


async def _archive(
    ctx: Context,
    call: Call,
    statement: Select[MinutesRow],
    *,
    keep: Callable[[MinutesRow], bool] = lambda _row: True,
) -> Reply:
    _ = call._
    async with ctx.db.transaction() as session:
        rows = (
            (
                await session.execute(
                    statement.order_by(MinutesRow.meeting_date.desc(), MinutesRow.id.desc())
                )
            )
            .scalars()
            .all()
        )
    rows = [row for row in rows if keep(row)][:LISTED]
    if not rows:
        return Reply.text(_("No minutes found."))
    fields = tuple(
        Field(f"{row.meeting_date} {row.title}", row.link or (row.summary[:200] or "–"))
        for row in rows
    )
    return Reply(Message(title=_("Board minutes"), text="", fields=fields))


COMMAND = CommandSpec(
    name="minutes",
    sv="protokoll",
    description=N_("Board minutes: post them, list and search the archive"),
    subcommands=(
        CommandSpec(
            "post",
            N_("Post minutes to every minutes channel"),
            sv="publicera",
            board_only=True,
            options=(
                OptionSpec(
                    "file",
                    N_("The minutes as a PDF (or a link to them)"),
                    type=OptionType.FILE,
                    sv="fil",
                ),
            ),
            handler=post_command,
        ),
        CommandSpec(
            "list",
            N_("The minutes, newest first"),
            sv="lista",
            options=(
                OptionSpec(
                    "year",
                    N_("Only this year"),
                    type=OptionType.INTEGER,
                    min_value=2000,
                    max_value=2100,
                    sv="år",
                ),
            ),
            handler=list_command,
        ),
        CommandSpec(
            "search",
            N_("Search the minutes"),
            sv="sök",
            options=(
                OptionSpec(
                    "text",
                    N_("Words to look for"),
                    required=True,
                    max_length=100,
                    rest=True,
                    sv="text",
                ),
            ),
            handler=search_command,
        ),
    ),
)

INTERACTIONS = (InteractionSpec(FORM_ID, form_submitted, board_only=True),)
