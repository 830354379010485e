"""A meeting's call for agenda items through the real Discord client: posted by the outbox
with its button, the button opens a form bound to the meeting, the form's answer is a
proposal the board can list."""

from __future__ import annotations

from datetime import timedelta

import pytest

from handlers.clock import FakeClock
from handlers.meetings.schedule import run_due
from handlers.run import run_command
from handlers.types import Command, Member
from storage.channels import add_topic
from tests.contract.test_discord_platform import (  # noqa: F401  (the fixture)
    World,
    run_dispatcher,
    world,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
BOARD = Member("console", "anna", "Anna", is_board=True)


async def test_the_call_for_items_button_opens_a_form_that_files_a_proposal(
    world: World,  # noqa: F811  (the fixture imported above)
) -> None:
    ctx = world.ctx
    async with ctx.db.transaction() as session:
        await add_topic(
            session,
            platform="discord",
            channel_id=str(world.general),
            channel_name="allmänt",
            topic="meetings",
            added_by="test",
            now=ctx.clock.now(),
        )
    day = (ctx.clock.now() + timedelta(days=3)).astimezone(ctx.meetings.zone).date()
    added = await run_command(
        ctx, Command("meeting", BOARD, None, positional=("add", day.isoformat(), "18:00"))
    )
    assert added.message.text.startswith("Möte #1 finns i kalendern")
    assert await run_due(ctx) == 1  # less than a week away: the call is due at once

    clock = FakeClock(ctx.clock.now())
    dispatcher, task = await run_dispatcher(world, clock)
    try:
        [call] = await world.fake.wait_for_messages(world.general, 1)
    finally:
        await dispatcher.stop(1)
        await task
    assert call["embeds"][0]["title"].startswith("Föreslå punkter till dagordningen: #1")
    [button] = [c for row in call["components"] for c in row["components"]]
    assert (button["label"], button["custom_id"]) == ("Föreslå en punkt", "b|agenda.propose|1")

    opened = await world.fake.click_button(
        button["custom_id"],
        user_id=world.member,
        channel_id=world.general,
        message_id=int(call["id"]),
    )
    assert opened["type"] == 9  # a modal
    assert opened["data"]["custom_id"] == "f|agenda.form|1"
    answered = await world.fake.submit_modal(
        "f|agenda.form|1",
        {"text": "Kartlager i BAB-ärenden", "wish": ""},
        user_id=world.member,
        channel_id=world.general,
    )
    assert answered["data"]["content"].startswith("Tack! Förslag #1 till #1 Styrelsemöte")
    listed = await run_command(ctx, Command("agenda", BOARD, None, positional=("list",)))
    assert "Kartlager i BAB-ärenden — Eva" in listed.message.fields[0].value
