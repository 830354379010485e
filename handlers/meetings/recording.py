"""/meeting recording (board): a held meeting's recording, for members who could not attend.

The link is shown with the meeting's minutes (/minutes, the archive page, the Atom feed),
with the annual user meeting's announcement in the archive, in /meetings and on the web's
meetings page. The first time a meeting gets a recording, the `minutes` channels are told
once (key `recording:<meeting>`); a corrected link is shown everywhere it is looked up.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession

from handlers.catalogue import CommandSpec, OptionSpec, OptionType
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_, Translator, translator
from handlers.meetings.found import existing_meeting, link_given
from handlers.meetings.present import heading
from handlers.topics import post_to_topic
from handlers.types import Field, Message, Reply
from storage.meeting_models import MeetingRow
from storage.meetings import recorded_meetings

LISTED = 5  # recordings /meetings shows


async def recording_command(ctx: Context, call: Call) -> Reply:
    _, values = call._, call.values
    url, remove = link_given(values.get("link")), bool(values.get("remove"))
    if (url is None) == (not remove):
        raise CommandError(N_("Give the recording's link, or remove:yes (not both)."))
    now = ctx.clock.now()
    async with ctx.db.transaction() as session:
        meeting = await existing_meeting(session, values["number"])
        if meeting.cancelled_at is not None:
            raise CommandError(N_("Meeting #{number} is cancelled."), number=meeting.id)
        if meeting.starts_at > now:
            raise CommandError(
                N_("Meeting #{number} has not been held yet; add its recording afterwards."),
                number=meeting.id,
            )
        if remove and meeting.recording_url is None:
            raise CommandError(N_("Meeting #{number} has no recording."), number=meeting.id)
        first = meeting.recording_changed_at is None
        meeting.recording_url, meeting.recording_changed_at = url, now
        if url is not None and first:
            await _tell_channels(ctx, session, meeting)
    if url is None:
        return Reply.text(_("The recording of meeting #{number} is removed.", number=meeting.id))
    return Reply.text(
        _(
            "The recording of {meeting} is shown with its minutes, in /meetings and in the "
            "archive.",
            meeting=heading(ctx, meeting, _),
        )
    )


async def _tell_channels(ctx: Context, session: AsyncSession, meeting: MeetingRow) -> None:
    _ = translator(ctx.default_locale)
    message = Message(
        title=_("Recording: {meeting}", meeting=heading(ctx, meeting, _)),
        url=meeting.recording_url,
        text=_("For those who could not attend: the meeting's recording.")
        + f"\n{meeting.recording_url}",
    )
    await post_to_topic(
        session, "minutes", message, key=f"recording:{meeting.id}", now=ctx.clock.now()
    )


async def recording_fields(ctx: Context, _: Translator) -> tuple[Field, ...]:
    """The latest recordings, for /meetings."""
    async with ctx.db.transaction() as session:
        meetings = await recorded_meetings(session, limit=LISTED)
    return tuple(
        Field(_("Recording: {meeting}", meeting=heading(ctx, m, _)), m.recording_url or "")
        for m in meetings
    )


def spec(number: OptionSpec) -> CommandSpec:
    """The subcommand, with the meeting's number option shared with the others."""
    return CommandSpec(
        "recording",
        N_("Show a held meeting's recording (link) with its minutes and in /meetings"),
        sv="inspelning",
        options=(
            number,
            OptionSpec("link", N_("The recording's address"), sv="länk", max_length=500),
            OptionSpec(
                "remove",
                N_("Remove the recording: yes or no"),
                sv="ta-bort",
                type=OptionType.BOOLEAN,
            ),
        ),
        handler=recording_command,
    )
