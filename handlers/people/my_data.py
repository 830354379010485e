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
from storage.people_export import personal_data

FILENAME = "mina-uppgifter.json"


def as_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def summary(data: dict[str, Any], _: Translator) -> str:
    """What the file holds, in a few lines."""
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
        (_("Wishes you follow"), len(followed(data))),
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


def followed(data: dict[str, Any]) -> set[int]:
    """The wishes the person follows: those they chose to, and those they support unless
    they chose not to (`storage.follows.is_following`); the file keeps only the choices."""
    chosen = {row["wish"]: row["following"] for row in data["wishes_followed"]}
    supported = {row["wish"] for row in data["supports"]} - chosen.keys()
    return {wish for wish, following in chosen.items() if following} | supported


async def my_data_command(ctx: Context, call: Call) -> Reply:
    _ = call._
    async with ctx.db.transaction() as session:
        data = await personal_data(session, await person_row(ctx, session, call.member))
    file = Attachment(FILENAME, content=as_json(data), content_type="application/json")
    title = _("What Bryggan keeps about you")
    return Reply(Message(title=title, text=summary(data, _), attachments=(file,)))


COMMAND = CommandSpec(
    name="my-data",
    sv="mina-uppgifter",
    description=N_("See everything kept about you, as a file too"),
    handler=my_data_command,
)
