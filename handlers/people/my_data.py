"""/my-data: everything kept about the member, privately, with a JSON file of it all (the
right of access); `bryggan member export` gives the board the same for a request by mail."""

from __future__ import annotations

import json
from typing import Any

from handlers.catalogue import CommandSpec
from handlers.context import Call, Context
from handlers.core.members import person_row
from handlers.i18n import N_, Translator
from handlers.types import Attachment, Message, Reply
from storage.follows import wishes_followed_by
from storage.people_export import personal_data

FILENAME = "mina-uppgifter.json"


def as_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def summary(data: dict[str, Any], following: int, _: Translator) -> str:
    """What the file holds, in a few lines (and how many wishes the person follows, which
    the file keeps only as their choices)."""
    person = data["person"]
    accounts = ", ".join(f"{a['platform']} ({a['name']})" for a in data["accounts"])
    lines = [
        _("Accounts: {list}", list=accounts or "–"),
        _("Verified address: {address}", address=person["email"] or _("none")),
        _("Municipality: {name}", name=person["municipality"] or _("not verified")),
    ]
    counts = (
        (_("Wishes submitted"), len(data["wishes_submitted"])),
        (_("Supports"), len(data["supports"])),
        (_("Comments"), len(data["wish_comments"])),
        (_("Wishes you follow"), following),
        (_("Round point changes"), len(data["round_point_changes"])),
        (_("Survey answers"), len(data["survey_answers"])),
        (_("Agenda proposals"), len(data["agenda_proposals"])),
        (_("Registrations for the user meeting"), len(data["meeting_registrations"])),
        (_("Bridged messages"), len(data["bridged_messages"])),
        (_("Announcements"), len(data["announcements"])),
    )
    lines += [f"{label}: {n}" for label, n in counts]
    subscribed = data["email_subscription"]
    lines.append(
        _("E-mail list: {state}", state=subscribed["status"] if subscribed else _("not on it"))
    )
    return "\n".join(lines)


async def my_data_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    async with ctx.db.transaction() as session:
        person = await person_row(ctx, session, call.member)
        data = await personal_data(session, person)
        following = len(await wishes_followed_by(session, person.id))
    file = Attachment(FILENAME, content=as_json(data), content_type="application/json")
    title = _("What Bryggan keeps about you")
    return Reply(Message(title=title, text=summary(data, following, _), attachments=(file,)))


COMMAND = CommandSpec(
    name="my-data",
    sv="mina-uppgifter",
    description=N_("See everything kept about you, as a file too"),
    handler=my_data_command,
)
