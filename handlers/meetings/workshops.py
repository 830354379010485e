"""/meeting workshops and /meeting registrations (board): the user meeting's workshops and
who has registered, counted per workshop and municipality, with the list as a CSV file."""

from __future__ import annotations

import csv
import io
import re

from handlers.catalogue import CommandSpec, OptionSpec
from handlers.context import Call, Context
from handlers.errors import CommandError
from handlers.i18n import N_, Translator
from handlers.meetings.present import heading
from handlers.meetings.registration import annual_meeting, ensure_workshops, promote
from handlers.spreadsheet import guarded
from handlers.types import Attachment, Field, Message, Reply
from storage.meeting_models import MeetingRow, WorkshopRow
from storage.registrations import (
    REGISTERED,
    WAITING,
    registered_counts,
    registrations_with_people,
    remove_workshops,
)

MOST_WORKSHOPS = 12
MOST_PLACES = 10_000
_ITEM = re.compile(r"^(?P<name>[^:]+?)\s*(?::\s*(?P<places>-?[0-9]{1,9}))?$")
CSV_COLUMNS = ("name", "municipality", "workshop", "status", "registered_at")


def parse_workshops(text: str) -> list[tuple[str, int | None]]:
    """`Bygg:30, Miljö:20; BAB` as (name, places); no number: as many as come."""
    items: list[tuple[str, int | None]] = []
    for raw in re.split(r"[,;\n]", text):
        if not raw.strip():
            continue
        found = _ITEM.match(" ".join(raw.split()))
        if found is None or len(found["name"]) > 60:
            raise CommandError(
                N_("“{item}” is not a workshop: write a name (at most 60 characters), and "
                   "“:30” for 30 places."),
                item=raw.strip()[:80],
            )  # fmt: skip
        places = int(found["places"]) if found["places"] else None
        if places is not None and not 1 <= places <= MOST_PLACES:
            raise CommandError(N_("A workshop has from 1 to {most} places."), most=MOST_PLACES)
        items.append((found["name"], places))
    names = [name.casefold() for name, _ in items]
    if not items or len(items) > MOST_WORKSHOPS or len(set(names)) != len(names):
        raise CommandError(
            N_("Give from 1 to {most} workshops, each name once."), most=MOST_WORKSHOPS
        )
    return items


async def workshops_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    wanted = parse_workshops(str(call.values["workshops"]))
    async with ctx.db.transaction() as session:
        meeting = await annual_meeting(ctx, session, call.values["number"])
        current = {w.name.casefold(): w for w in await ensure_workshops(ctx, session, meeting)}
        counts = await registered_counts(session, meeting.id)
        kept = {name.casefold() for name, _places in wanted}
        dropped = [w for key, w in current.items() if key not in kept]
        busy = [w.name for w in dropped if counts.get(w.id)]
        if busy:
            raise CommandError(
                N_("{names} already have registrations; keep them in the list."),
                names=", ".join(busy),
            )
        await remove_workshops(session, [w.id for w in dropped])
        for at, (name, places) in enumerate(wanted):
            found = current.get(name.casefold())
            if found is None:
                session.add(
                    WorkshopRow(meeting_id=meeting.id, position=at, name=name, capacity=places)
                )
            else:
                found.name, found.position, found.capacity = name, at, places
        await session.flush()
        over = []
        for workshop in current.values():
            if workshop not in dropped:
                await promote(ctx, session, meeting, workshop.id)  # more places: the waiting
                taken = counts.get(workshop.id, {}).get(REGISTERED, 0)
                if workshop.capacity is not None and taken > workshop.capacity:
                    over.append(workshop.name)
    ctx.wake_outbox()
    listed = ", ".join(_workshop_text(name, places, _) for name, places in wanted)
    text = _("The workshops of {meeting}: {workshops}.", meeting=heading(ctx, meeting, _),
             workshops=listed)  # fmt: skip
    if over:
        text += " " + _(
            "{names} already have more registered than places: they keep their places.",
            names=", ".join(over),
        )
    return Reply.text(text)


def _workshop_text(name: str, places: int | None, _: Translator) -> str:
    if places is None:
        return _("{name} (no limit)", name=name)
    return _.ngettext("{name} ({n} place)", "{name} ({n} places)", places, name=name)


async def registrations_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    async with ctx.db.transaction() as session:
        meeting = await annual_meeting(ctx, session, call.values["number"], closed_too=True)
        workshops = await ensure_workshops(ctx, session, meeting)
        counts = await registered_counts(session, meeting.id)
        rows = await registrations_with_people(session, meeting.id)
    fields = tuple(Field(w.name, _counted(counts.get(w.id, {}), w.capacity, _)) for w in workshops)
    places: dict[str, int] = {}
    for registration, _workshop, person, _account in rows:
        if registration.status == REGISTERED:
            where = person.municipality or _("no verified municipality")
            places[where] = places.get(where, 0) + 1
    by_place = ", ".join(f"{name} {n}" for name, n in sorted(places.items()))
    text = _("Registered per municipality: {list}", list=by_place or "–")
    file = Attachment(
        f"anmalningar-{meeting.id}.csv", content_type="text/csv", content=_csv(ctx, meeting, rows)
    )
    title = _("Registrations for {meeting}", meeting=heading(ctx, meeting, _))
    return Reply(Message(title=title, text=text, fields=fields, attachments=(file,)))


def _counted(count: dict[str, int], capacity: int | None, _: Translator) -> str:
    taken, waiting = count.get(REGISTERED, 0), count.get(WAITING, 0)
    if capacity is None:
        line = _("{taken} registered", taken=taken)
    else:
        line = _("{taken} of {places} places taken", taken=taken, places=capacity)
    return line + (", " + _.ngettext("{n} waiting", "{n} waiting", waiting) if waiting else "")


def _csv(ctx: Context, meeting: MeetingRow, rows: list) -> str:  # type: ignore[type-arg]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for registration, workshop, person, account in rows:
        when = registration.created_at.astimezone(ctx.meetings.zone).isoformat(timespec="minutes")
        values = (person.display_name or account.display_name, person.municipality or "",
                  workshop.name, registration.status, when)  # fmt: skip
        writer.writerow([guarded(value) for value in values])
    return out.getvalue()


def specs(number: OptionSpec) -> tuple[CommandSpec, ...]:
    """The board's subcommands of /meeting, with the meeting's number option shared."""
    return (
        CommandSpec(
            "workshops",
            N_("Set the user meeting's workshops and their places"),
            sv="workshoppar",
            options=(
                number,
                OptionSpec(
                    "workshops",
                    N_("e.g. Bygg:30, Miljö:20, BAB (no number: no limit)"),
                    sv="workshoppar",
                    required=True,
                    max_length=800,
                ),
            ),
            handler=workshops_command,
        ),
        CommandSpec(
            "registrations",
            N_("Who registered for the user meeting: counts and a CSV file"),
            sv="anmälningar",
            options=(number,),
            handler=registrations_command,
        ),
    )
