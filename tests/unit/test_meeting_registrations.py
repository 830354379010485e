"""/register for the annual user meeting: one workshop each, waiting lists that move up when
a place comes free (the first waiting told privately), the board's workshops and counts with
a CSV, reminders with the join link; bad input changes nothing."""

# ruff: noqa: F811  (the fixtures imported below are the parameters of the tests)
from __future__ import annotations

import asyncio
import csv
import io
from datetime import UTC, datetime

import pytest
from sqlalchemy.ext.asyncio import AsyncSession

from handlers.announcements.archive import recent_items
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.core.members import person_row
from handlers.meetings import registration
from handlers.meetings.registration import FORM_ID, REGISTER
from handlers.meetings.schedule import run_due
from handlers.public_config import PublicConfig
from handlers.run import run_command, run_interaction
from handlers.types import Command, Interaction, Member, Message, Reply
from storage import outbox
from storage.meeting_models import WorkshopRow
from storage.registrations import locked_workshop, registration_of, taken_places
from tests.people import verify_all
from tests.unit.test_meetings import (  # noqa: F401  (the fixtures)
    BOARD,
    EVA,
    ROOM,
    _verified_members,
    clock,
    ctx,
    meeting,
    text,
)

OLA = Member("console", "ola", "Ola", municipality="Mora")
PER = Member("console", "per", "Per")  # not verified: counts for no municipality
LINK = "https://traff.example.se/2026"


@pytest.fixture(autouse=True)
async def _more_members(ctx: Context) -> None:
    await verify_all(ctx, OLA)


async def user_meeting(ctx: Context) -> None:
    """#1, the user meeting on 25 April (the clock stands on 20 March)."""
    await meeting(ctx, "add", "2026-04-25", "10:00", "kind:annual", f"link:{LINK}")


async def register(ctx: Context, member: Member, workshop: str, number: str = "1") -> Reply:
    values = {"workshop": workshop}
    return await run_interaction(ctx, Interaction(FORM_ID, member, ROOM, number, values=values))


async def told(ctx: Context, target: str, prefix: str) -> list[str]:
    rows = await outbox.list_rows(ctx.db, limit=500)
    return [
        Message.from_json(r.payload).text
        for r in rows
        if r.target == target and r.idempotency_key.startswith(prefix)
    ]


async def test_a_member_registers_for_a_workshop_and_gets_the_link(ctx: Context) -> None:
    await user_meeting(ctx)
    opened = await run_command(ctx, Command("register", EVA, ROOM))
    assert opened.form is not None and opened.form.form_id == FORM_ID
    (field,) = opened.form.fields
    assert field.choices == ("Bygg", "Miljö", "BAB", "Kart & mät", "Övrigt")  # one per module
    answer = await register(ctx, EVA, "miljö")  # case forgiven
    assert text(answer) == (
        "Du är anmäld till #1 Användarträff, lördag 25 april 2026 kl. 10:00, workshop Miljö. "
        f"Delta här: {LINK}"
    )
    again = await run_command(ctx, Command("register", EVA, ROOM))
    assert again.form is not None and again.form.fields[0].value == "Miljö"  # as registered
    twice = await register(ctx, EVA, "Miljö")
    assert twice.problem is not None  # the form given back, with the problem
    assert text(twice) == "Du är redan anmäld till Miljö; inget ändrades."
    unknown = await register(ctx, EVA, "Trädgård")
    assert unknown.problem is not None
    assert unknown.problem.field == "workshop"


async def test_a_full_workshop_has_a_waiting_list_that_moves_up(ctx: Context) -> None:
    await user_meeting(ctx)
    set_up = await meeting(ctx, "workshops", "1", "workshops:Bygg:1,Miljö:2,BAB")
    assert text(set_up) == (
        "Workshopparna på #1 Användarträff, lördag 25 april 2026 kl. 10:00: Bygg (1 plats), "
        "Miljö (2 platser), BAB (obegränsat)."
    )
    await register(ctx, EVA, "Bygg")
    waiting = await register(ctx, OLA, "Bygg")
    assert text(waiting) == (
        "Workshop Bygg är full: du står som nummer 1 på reservlistan och får veta privat när "
        "en plats blir ledig."
    )
    assert "nummer 2 på reservlistan" in text(await register(ctx, PER, "Bygg"))

    gone = await run_command(ctx, Command("unregister", EVA, ROOM))
    assert text(gone) == (
        "Din anmälan till #1 Användarträff, lördag 25 april 2026 kl. 10:00 är avbokad."
    )
    (notice,) = await told(ctx, "dm:ola", "registration:")
    assert notice.startswith("En plats blev ledig. Du är anmäld till #1 Användarträff")
    assert await told(ctx, "dm:per", "registration:") == []  # still waiting, now first

    await meeting(ctx, "workshops", "1", "workshops:Bygg:2,Miljö:2,BAB")  # a place more
    (notice,) = await told(ctx, "dm:per", "registration:")
    assert "workshop Bygg" in notice
    not_there = await run_command(ctx, Command("unregister", EVA, ROOM))
    assert not_there.refused and text(not_there).startswith("Du är inte anmäld till")


async def test_moving_to_another_workshop_frees_the_place(ctx: Context) -> None:
    await user_meeting(ctx)
    await meeting(ctx, "workshops", "1", "workshops:Bygg:1,Miljö")
    await register(ctx, EVA, "Bygg")
    await register(ctx, OLA, "Bygg")  # waits
    moved = await register(ctx, EVA, "Miljö")
    assert "workshop Miljö" in text(moved)
    (notice,) = await told(ctx, "dm:ola", "registration:")
    assert "workshop Bygg" in notice


@pytest.mark.parametrize("locked", [True, False], ids=["locked", "control-unlocked"])
async def test_two_members_at_once_never_both_take_the_last_place(
    ctx: Context, monkeypatch: pytest.MonkeyPatch, locked: bool
) -> None:
    """Both members' transactions are open and meet at a barrier. Locked (the code as it
    is), they meet before the workshop's row is locked, and the second counts after the first
    has committed, so it waits; the control, counting without the lock, meets after both have
    counted, and gives both the last place.
    PostgreSQL only: SQLite's writers queue at BEGIN IMMEDIATE, so they cannot meet there."""
    if not ctx.db.is_postgresql:
        pytest.skip("SQLite serialises writers at BEGIN IMMEDIATE: no two count at once")
    await user_meeting(ctx)
    await meeting(ctx, "workshops", "1", "workshops:Bygg:1")
    both_open = asyncio.Barrier(2)

    async def met_then_locked(session: AsyncSession, workshop_id: int) -> WorkshopRow | None:
        await both_open.wait()
        return await locked_workshop(session, workshop_id)

    async def unlocked(session: AsyncSession, workshop_id: int) -> WorkshopRow | None:
        return await session.get(WorkshopRow, workshop_id)

    async def counted_then_met(session: AsyncSession, workshop_id: int) -> int:
        taken = await taken_places(session, workshop_id)
        await both_open.wait()  # both have counted before either takes the place
        return taken

    if locked:
        monkeypatch.setattr(registration, "locked_workshop", met_then_locked)
    else:
        monkeypatch.setattr(registration, "locked_workshop", unlocked)
        monkeypatch.setattr(registration, "taken_places", counted_then_met)
    answers = await asyncio.gather(register(ctx, EVA, "Bygg"), register(ctx, OLA, "Bygg"))
    full = [text(a).startswith("Workshop Bygg är full") for a in answers]
    assert sorted(full) == ([False, True] if locked else [False, False])


async def test_the_board_sees_counts_per_workshop_and_municipality_and_a_csv(
    ctx: Context,
) -> None:
    await user_meeting(ctx)
    await meeting(ctx, "workshops", "1", "workshops:Bygg:1,Miljö")
    for member, workshop in ((EVA, "Bygg"), (OLA, "Bygg"), (PER, "Miljö")):
        await register(ctx, member, workshop)
    report = await meeting(ctx, "registrations", "1")
    shown = text(report)
    assert "Bygg: 1 av 1 platser tagna, 1 väntar" in shown
    assert "Miljö: 1 anmälda" in shown
    assert "Anmälda per kommun: Växjö 1, ingen verifierad kommun 1" in shown
    (file,) = report.message.attachments
    rows = list(csv.DictReader(io.StringIO(file.content or "")))
    assert [(r["name"], r["municipality"], r["workshop"], r["status"]) for r in rows] == [
        ("Eva", "Växjö", "Bygg", "registered"),
        ("Ola", "Mora", "Bygg", "waiting"),
        ("Per", "", "Miljö", "registered"),
    ]
    refused = await meeting(ctx, "workshops", "1", "workshops:Miljö")
    assert refused.refused and text(refused) == ("Bygg har redan anmälningar; behåll dem i listan.")
    assert text(await meeting(ctx, "registrations", "1", member=EVA)).startswith(
        "Bara styrelseledamöter"
    )


@pytest.mark.parametrize(
    ("workshops", "answer"),
    [
        ("Bygg:0", "En workshop har från 1 till 10000 platser."),
        ("Bygg,bygg", "Ange från 1 till 12 workshoppar, varje namn en gång."),
        (
            ",".join(f"W{n}" for n in range(13)),
            "Ange från 1 till 12 workshoppar, varje namn en gång.",
        ),
        (
            "Bygg:tio",
            "”Bygg:tio” är ingen workshop: skriv ett namn (högst 60 tecken), och ”:30” för 30 "
            "platser.",
        ),
    ],
)
async def test_workshops_the_bot_cannot_take_are_refused(
    ctx: Context, workshops: str, answer: str
) -> None:
    await user_meeting(ctx)
    reply = await meeting(ctx, "workshops", "1", f"workshops:{workshops}")
    assert reply.refused and text(reply) == answer


async def test_registration_is_for_a_user_meeting_ahead(ctx: Context, clock: FakeClock) -> None:
    nothing = await run_command(ctx, Command("register", EVA, ROOM))
    assert text(nothing) == (
        "Ingen användarträff är planerad än, så det finns ingen att anmäla sig till."
    )
    await meeting(ctx, "add", "2026-04-21", "18:00")  # #1, a board meeting
    board = await run_command(ctx, Command("register", EVA, ROOM, options={"meeting": 1}))
    assert text(board) == (
        "Möte #1 är ett styrelsemöte; medlemmar anmäler sig till användarträffen."
    )
    await meeting(ctx, "add", "2026-03-22", "10:00", "kind:annual")  # #2
    await register(ctx, EVA, "Bygg", "2")
    clock.advance((datetime(2026, 3, 23, tzinfo=UTC) - clock.now()).total_seconds())
    late = await register(ctx, OLA, "Bygg", "2")
    assert text(late) == "Möte #2 är inställt eller redan hållet."
    report = await meeting(ctx, "registrations", "2")  # the board still sees who came
    assert "Bygg: 1 anmälda" in text(report)


async def test_registered_members_get_a_reminder_with_the_link(
    ctx: Context, clock: FakeClock
) -> None:
    await user_meeting(ctx)
    await register(ctx, EVA, "Bygg")
    await meeting(ctx, "workshops", "1", "workshops:Bygg:1")
    await register(ctx, OLA, "Bygg")  # waits: no reminder
    # 09:10 in Stockholm, 50 minutes before
    clock.advance((datetime(2026, 4, 25, 7, 10, tzinfo=UTC) - clock.now()).total_seconds())
    await run_due(ctx)
    (reminder,) = await told(ctx, "dm:eva", "meeting-reminder:")
    assert reminder == (
        "Påminnelse: #1 Användarträff, lördag 25 april 2026 kl. 10:00 börjar snart; din "
        f"workshop är Bygg. Delta här: {LINK}"
    )
    assert await told(ctx, "dm:ola", "meeting-reminder:") == []


async def test_the_announcement_says_how_to_register(ctx: Context) -> None:
    """Everywhere it goes (chat, the mail to members on no chat, the archive): with /register,
    and with the web's meetings page, where a member signs in and registers."""
    await user_meeting(ctx)
    (item,) = await recent_items(ctx.db)
    assert "Anmäl dig och välj workshop med /anmäl." in item.text
    ctx.public = PublicConfig("https://bryggan.example.se", "Castor")
    await meeting(ctx, "edit", "1", "title:Användarträff 2026")
    (item,) = await recent_items(ctx.db)
    assert (
        "Anmäl dig och välj workshop med /anmäl, eller på webben: "
        "https://bryggan.example.se/meetings"
    ) in item.text
    clicked = await run_interaction(ctx, Interaction(REGISTER, OLA, ROOM, "1"))
    assert clicked.form is not None and clicked.form.context == "1"


async def person_of(ctx: Context, member: Member, *, email: str | None = None) -> int:
    async with ctx.db.transaction() as session:
        person = await person_row(ctx, session, member)
        if email is not None:
            person.email = email
        return person.id


async def test_a_member_on_no_chat_is_told_by_mail_whatever_their_wish_setting(
    ctx: Context, clock: FakeClock
) -> None:
    """The web's member gets the place come free and the reminder as mail to the proved
    address; a member who turned wish notices off still hears about the meeting."""
    web = Member("web", "eva@mora.se", "Eva Webb")
    await user_meeting(ctx)
    await meeting(ctx, "workshops", "1", "workshops:Bygg:1,Miljö")
    await register(ctx, OLA, "Bygg")
    person = await person_of(ctx, web, email="eva@mora.se")
    await register(ctx, web, "Bygg")  # waits
    await run_command(ctx, Command("notifications", OLA, ROOM, positional=("off",)))
    await run_command(ctx, Command("unregister", OLA, ROOM))
    (notice,) = await told(ctx, f"notice:{person}", "registration:")
    assert notice.startswith("En plats blev ledig.")
    clock.advance((datetime(2026, 4, 25, 7, 10, tzinfo=UTC) - clock.now()).total_seconds())
    await register(ctx, OLA, "Miljö")  # back again, notices still off: reminded all the same
    await run_due(ctx)
    assert len(await told(ctx, f"notice:{person}", "meeting-reminder:")) == 1
    assert len(await told(ctx, "dm:ola", "meeting-reminder:")) == 1


async def test_a_place_is_never_lost_by_trying_a_full_workshop(ctx: Context) -> None:
    await user_meeting(ctx)
    await meeting(ctx, "workshops", "1", "workshops:Bygg:1,Miljö:1")
    await register(ctx, EVA, "Bygg")
    await register(ctx, OLA, "Miljö")
    tried = await register(ctx, EVA, "Miljö")
    assert text(tried) == (
        "Workshop Miljö är full; du behåller din plats i Bygg. Avboka först med /avanmäl om "
        "du hellre vill vänta på Miljö."
    )
    await register(ctx, PER, "Miljö")  # waits
    assert text(await register(ctx, PER, "Miljö")) == (
        "Du står redan som nummer 1 på reservlistan till Miljö; inget ändrades."
    )
    assert "Bygg: 1 av 1 platser tagna" in text(await meeting(ctx, "registrations", "1"))


async def test_an_erased_members_place_goes_to_the_first_waiting(ctx: Context) -> None:
    await user_meeting(ctx)
    await meeting(ctx, "workshops", "1", "workshops:Bygg:1")
    await register(ctx, EVA, "Bygg")
    await register(ctx, OLA, "Bygg")
    asked = await run_command(ctx, Command("forget-me", EVA, ROOM))
    (button,) = asked.message.buttons
    await run_interaction(ctx, Interaction(button.action_id, EVA, ROOM, button.value))
    (notice,) = await told(ctx, "dm:ola", "registration:")
    assert notice.startswith("En plats blev ledig.")
    assert "Bygg: 1 av 1 platser tagna" in text(await meeting(ctx, "registrations", "1"))


async def test_a_cancelled_user_meeting_tells_everyone_registered(ctx: Context) -> None:
    await user_meeting(ctx)
    await register(ctx, EVA, "Bygg")
    kept = await meeting(ctx, "edit", "1", "kind:monthly")
    assert kept.refused and text(kept).startswith("Möte #1 har anmälningar")
    await meeting(ctx, "cancel", "1", "Lokalen är inte tillgänglig")
    (notice,) = await told(ctx, "dm:eva", "meeting-cancelled:")
    assert notice == (
        "#1 Användarträff, lördag 25 april 2026 kl. 10:00 är inställt, och därmed din anmälan. "
        "Lokalen är inte tillgänglig"
    )  # the board's reason, as the channel's post gives it


async def test_a_moved_user_meeting_tells_everyone_registered_once(ctx: Context) -> None:
    await user_meeting(ctx)
    await register(ctx, EVA, "Bygg")
    await meeting(ctx, "edit", "1", "title:Användarträff 2026")  # not moved: nobody told
    assert await told(ctx, "dm:eva", "meeting-moved:") == []
    await meeting(ctx, "edit", "1", "date:2026-04-26")
    (notice,) = await told(ctx, "dm:eva", "meeting-moved:")
    assert notice == (
        "#1 Användarträff 2026, söndag 26 april 2026 kl. 10:00: tiden är ändrad; din anmälan "
        "gäller."
    )
    await meeting(ctx, "edit", "1", "time:11:00")  # another move: told again, once
    assert len(await told(ctx, "dm:eva", "meeting-moved:")) == 2


async def test_odd_workshop_places_and_made_up_forms(ctx: Context) -> None:
    await user_meeting(ctx)
    for odd in ("Bygg:٣٠", "Bygg:-1"):
        reply = await meeting(ctx, "workshops", "1", f"workshops:{odd}")
        assert reply.refused, odd
    assert text(await meeting(ctx, "workshops", "1", "workshops:Bygg:-1")) == (
        "En workshop har från 1 till 10000 platser."
    )
    for member in (EVA, OLA):
        await register(ctx, member, "Bygg")
    fewer = await meeting(ctx, "workshops", "1", "workshops:Bygg:1")
    assert text(fewer).endswith("Bygg har redan fler anmälda än platser: de behåller sina platser.")
    for forged in ("abc", "-1", "99999999999999999999"):
        made_up = await run_interaction(
            ctx, Interaction(FORM_ID, PER, ROOM, forged, values={"workshop": "Bygg"})
        )
        assert "Referens" not in text(made_up)
    async with ctx.db.transaction() as session:
        assert await registration_of(session, 1, await person_of(ctx, PER)) is None
