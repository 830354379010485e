"""A refused Discord form comes back filled in (#16). Discord cannot answer a form with a
form (the fake refuses it as Discord does), so the answer is the problem and a button that
reopens the form as it was sent, even after a restart."""

from __future__ import annotations

from typing import Any

import pytest

from bot.platforms.discord import interactions
from storage.wishes import all_wishes
from tests.contract import test_discord_platform
from tests.contract.test_discord_platform import EPHEMERAL, World

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
world = test_discord_platform.world  # the same guild as the Discord adapter's own tests


def inputs(modal: dict[str, Any]) -> dict[str, str | None]:
    fields = [row["components"][0] for row in modal["data"]["components"]]
    return {f["custom_id"]: f.get("value") for f in fields}


async def test_a_button_reopens_the_refused_form_filled_in_after_a_restart(world: World) -> None:
    opened = await world.fake.slash_command("wish", user_id=world.member, channel_id=world.general)
    assert opened["type"] == 9
    sent = {"title": "\u200b\u200b", "description": "Till Excel", "module": "Bygg"}
    refused = await world.fake.submit_modal(
        opened["data"]["custom_id"], sent, user_id=world.member, channel_id=world.general
    )
    assert refused["type"] == 4 and refused["data"]["flags"] & EPHEMERAL
    assert refused["data"]["content"] == "Ett önskemål behöver en rubrik."
    (button,) = [c for row in refused["data"]["components"] for c in row["components"]]
    assert button["label"] == "Rätta formuläret"

    await world.restart()
    again = await world.fake.click_button(
        button["custom_id"], user_id=world.member, channel_id=world.general
    )
    assert again["type"] == 9
    assert inputs(again)["description"] == "Till Excel" and inputs(again)["module"] == "Bygg"
    assert again["data"]["title"] == "Nytt utvecklingsönskemål"

    someone_else = await world.fake.click_button(
        button["custom_id"], user_id=world.board, channel_id=world.general
    )
    assert someone_else["type"] == 4, "only its member may reopen a form"

    fixed = await world.fake.submit_modal(
        again["data"]["custom_id"],
        {**inputs(again), "title": "Export till Excel"},
        user_id=world.member,
        channel_id=world.general,
    )
    assert fixed["data"]["content"].startswith("Tack! Ditt önskemål har nummer #1")
    async with world.ctx.db.transaction() as session:
        (wish,) = await all_wishes(session)
    assert (wish.title, wish.description) == ("Export till Excel", "Till Excel")


async def test_a_form_asked_for_on_a_busy_machine_comes_with_a_button(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(interactions, "DEFER_AFTER_SECONDS", 0)  # the answer is deferred
    deferred = await world.fake.slash_command(
        "wish", user_id=world.member, channel_id=world.general
    )
    assert deferred["type"] == 5, "a modal can only be the first answer, and that went"
    update = await world.fake.wait_for_interaction_update(deferred["interaction_id"])
    data = update["data"]
    assert data["content"] == "Här är formuläret du bad om."
    (button,) = [c for row in data["components"] for c in row["components"]]
    assert button["label"] == "Öppna formuläret"
    monkeypatch.setattr(interactions, "DEFER_AFTER_SECONDS", 2.0)  # no longer busy
    opened = await world.fake.click_button(
        button["custom_id"], user_id=world.member, channel_id=world.general
    )
    assert opened["type"] == 9 and list(inputs(opened)) == ["title", "description", "module"]
