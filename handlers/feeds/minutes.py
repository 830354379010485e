"""/minutes: the board posts minutes once and they reach every `minutes` channel; members
list and search the archive."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from urllib.parse import urlparse

from handlers.catalogue import (
    CommandSpec,
    InteractionSpec,
    OptionSpec,
    OptionType,
    id_option,
)
from handlers.context import Call, Context
from handlers.errors import CommandError, on_field
from handlers.i18n import N_, Translator, translator
from handlers.meetings.found import existing_meeting
from handlers.meetings.present import MINUTES_FOR_MEETING
from handlers.parsing import as_id
from handlers.topics import post_to_topic
from handlers.types import Field, Form, FormField, Interaction, Member, Message, Reply
from storage.feed_models import MinutesRow
from storage.feeds import minutes_newest_first
from storage.meetings import Recording, recordings_of

FORM_ID = "minutes.form"
LISTED = 15


async def post_command(ctx: Context, call: Call) -> Reply:
    """Open the form; a PDF attached on Discord (or a link given) fills in the link, and a
    meeting named fills in its date and title and links the minutes to it."""
    attached = call.values.get("file")
    if attached and urlparse(str(attached)).scheme not in ("http", "https"):
        raise CommandError(N_("“{url}” is not an http or https address."), url=attached)
    form = await _form(ctx, call._, call.values.get("meeting"), str(attached or "") or None)
    return Reply(Message(text=""), form=form)


async def for_meeting_clicked(ctx: Context, interaction: Interaction) -> Reply:
    """The board's minutes reminder's button: the form for that meeting."""
    number = as_id(interaction.value)
    form = await _form(ctx, translator(interaction.member.locale), number, None)
    return Reply(Message(text=""), form=form)


async def form_again(ctx: Context, member: Member, context: str) -> Form:
    return await _form(ctx, translator(member.locale), as_id(context), None)


async def _form(ctx: Context, _: Translator, meeting_number: int | None, link: str | None) -> Form:
    day, title = ctx.clock.now().astimezone(ctx.meetings.zone).date().isoformat(), None
    if meeting_number is not None:
        async with ctx.db.transaction() as session:
            meeting = await existing_meeting(session, meeting_number)
        day = meeting.starts_at.astimezone(ctx.meetings.zone).date().isoformat()
        title = meeting.title
    fields = (
        FormField("date", _("Meeting date (YYYY-MM-DD)"), max_length=10, value=day),
        FormField("title", _("Title"), max_length=150, value=title),
        FormField("summary", _("Summary"), long=True, required=False, max_length=3000),
        FormField(
            "link",
            _("Link to the minutes (PDF or page)"),
            required=False,
            max_length=500,
            value=link,
        ),
    )
    context = str(meeting_number) if meeting_number is not None else ""
    return Form(FORM_ID, _("Board minutes"), fields, context=context)


def _checked(values: dict[str, str]) -> tuple[str, str, str, str | None]:
    try:
        meeting = date.fromisoformat(values.get("date", "").strip()).isoformat()
    except ValueError:
        with on_field("date"):
            raise CommandError(
                N_("“{value}” is not a date; write it as 2026-03-14."), value=values.get("date", "")
            ) from None
    title = " ".join(values.get("title", "").split())
    if not title:
        with on_field("title"):
            raise CommandError(N_("The minutes need a title."))
    link = values.get("link", "").strip() or None
    if link and urlparse(link).scheme not in ("http", "https"):
        with on_field("link"):
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
            meeting_id=as_id(interaction.value),
        )
        session.add(minutes)
        await session.flush()
        message = _message(minutes, translator(ctx.default_locale))
        channels = await post_to_topic(
            session, "minutes", message, key=f"minutes:{minutes.id}", now=now
        )
    return Reply.text(
        _.ngettext(
            "The minutes are on their way to {n} channel.",
            "The minutes are on their way to {n} channels.",
            channels,
        )
    )


def _message(minutes: MinutesRow, _: Translator) -> Message:
    heading = _("Board minutes {date}: {title}", date=minutes.meeting_date, title=minutes.title)
    return Message(title=heading, url=minutes.link, text=minutes.summary)


async def list_command(ctx: Context, call: Call) -> Reply:
    return await _archive(ctx, call, year=call.values.get("year"))


async def search_command(ctx: Context, call: Call) -> Reply:
    """Every word must appear in the title or summary (case-folded in Python, so å, ä and ö
    match the same on SQLite and PostgreSQL)."""
    words = [w.casefold() for w in str(call.values["text"]).split()]

    def matches(row: MinutesRow) -> bool:
        haystack = f"{row.title} {row.summary}".casefold()
        return all(word in haystack for word in words)

    return await _archive(ctx, call, keep=matches)


async def _archive(
    ctx: Context,
    call: Call,
    *,
    year: int | None = None,
    keep: Callable[[MinutesRow], bool] = lambda _row: True,
) -> Reply:
    _ = call._
    async with ctx.db.transaction() as session:
        rows = await minutes_newest_first(session, year=year)
        rows = [row for row in rows if keep(row)][:LISTED]
        recorded = await recordings_of(session, {r.meeting_id for r in rows if r.meeting_id})
    if not rows:
        return Reply.text(_("No minutes found."))
    fields = tuple(
        Field(
            f"{row.meeting_date} {row.title}",
            _with_recording(
                row.link or (row.summary[:200] or "–"), recorded.get(row.meeting_id or 0), _
            ),
        )
        for row in rows
    )
    return Reply(Message(title=_("Board minutes"), text="", fields=fields))


def _with_recording(shown: str, recording: Recording | None, _: Translator) -> str:
    if recording is None or recording.url is None:
        return shown
    line = _("Recording: {url}", url=recording.url)
    return f"{shown}\n{line}"


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
                id_option(
                    "meeting", N_("The meeting the minutes are of (see /meetings)"), sv="möte"
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

INTERACTIONS = (
    InteractionSpec(FORM_ID, form_submitted, board_only=True, form=form_again),
    InteractionSpec(MINUTES_FOR_MEETING, for_meeting_clicked, board_only=True),
)
