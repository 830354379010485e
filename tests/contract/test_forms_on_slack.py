"""A refused Slack form stays open as the member filled it (#16): the problem under its
field in the view submission's ack, the form given back with the problem above it, or, when
the answer came too late for the ack, a button that reopens it filled in."""

from __future__ import annotations

from typing import Any

import pytest

from bot.platforms.slack import listeners
from handlers.catalogue import InteractionSpec
from handlers.context import Context
from handlers.errors import CommandError
from handlers.types import Form, FormField, Interaction, Member
from storage.wishes import all_wishes
from tests.contract import test_slack_platform
from tests.contract.test_slack_platform import World, response_text

world = test_slack_platform.world  # the same workspace as the Slack adapter's own tests

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
INVISIBLE = "\u200b\u200b"  # a title of zero-width spaces is no title


def wish_values(title: str) -> dict[str, Any]:
    return {
        "title": {"value": {"type": "plain_text_input", "value": title}},
        "description": {"value": {"type": "plain_text_input", "value": "Till Excel"}},
        "module": {"value": {"type": "static_select", "selected_option": {"value": "Bygg"}}},
    }


async def wish_form_opened(world: World) -> None:
    await world.fake.slash_command("/wish", "", user_id=world.member, channel_id=world.general)
    await world.fake.wait_until(lambda: world.fake.views, 10, "views.open")


async def no_wishes(ctx: Context) -> bool:
    async with ctx.db.transaction() as session:
        return not await all_wishes(session)


async def test_the_problem_shows_under_its_field_and_the_modal_stays(world: World) -> None:
    await wish_form_opened(world)
    answer = await world.fake.view_submission(
        "wish.form", wish_values(INVISIBLE), user_id=world.member
    )
    assert answer == {
        "response_action": "errors",
        "errors": {"title": "Ett önskemål behöver en rubrik."},
    }
    assert world.fake.ephemerals == [] and await no_wishes(world.ctx)

    fixed = await world.fake.view_submission(
        "wish.form", wish_values("Export till Excel"), user_id=world.member
    )
    assert fixed == {}, "a good submission closes the modal"
    await world.fake.wait_until(lambda: world.fake.ephemerals, 10, "ephemeral")
    assert world.fake.ephemerals[-1]["text"].startswith("Tack! Ditt önskemål har nummer #1")


async def test_a_problem_of_the_whole_form_gives_it_back_with_the_problem_above(
    world: World,
) -> None:
    async def refuse(_ctx: Context, _interaction: Interaction) -> Any:
        raise CommandError("Det är stängt just nu.")

    async def build(_ctx: Context, _member: Member, context: str) -> Form:
        fields = (FormField("title", "Rubrik"), FormField("details", "Detaljer", long=True))
        return Form("probe.strict", "Strikt", fields, context=context)

    world.ctx.catalogue.interactions["probe.strict"] = InteractionSpec(
        "probe.strict", refuse, form=build
    )
    values = {
        "title": {"value": {"type": "plain_text_input", "value": "Min rubrik"}},
        "details": {"value": {"type": "plain_text_input", "value": "Mina detaljer"}},
    }
    answer = await world.fake.view_submission(
        "probe.strict", values, user_id=world.member, private_metadata='{"context": "c1"}'
    )
    assert answer["response_action"] == "update"
    view = answer["view"]
    assert view["blocks"][0]["text"]["text"] == ":warning: Det är stängt just nu."
    initial = {b["block_id"]: b["element"].get("initial_value") for b in view["blocks"][1:]}
    assert initial == {"title": "Min rubrik", "details": "Mina detaljer"}
    assert '"context": "c1"' in view["private_metadata"], "the form keeps its context"


async def test_too_late_for_the_ack_a_button_reopens_the_form_filled_in(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listeners, "VIEW_ANSWER_SECONDS", 0)  # the check outlasts the ack
    await wish_form_opened(world)
    answer = await world.fake.view_submission(
        "wish.form", wish_values(INVISIBLE), user_id=world.member
    )
    assert answer == {}
    await world.fake.wait_until(lambda: world.fake.ephemerals, 10, "ephemeral")
    told = world.fake.ephemerals[-1]
    assert response_text(told) == "Ett önskemål behöver en rubrik."
    (button,) = [e for b in told["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert button["text"]["text"] == "Rätta formuläret"

    opened = len(world.fake.views)
    await world.fake.block_action(
        button["action_id"], button["value"], user_id=world.member, channel_id=world.general
    )
    await world.fake.wait_until(lambda: len(world.fake.views) > opened, 10, "views.open")
    view = world.fake.views[-1]["view"]
    elements = {b["block_id"]: b["element"] for b in view["blocks"]}
    assert elements["description"]["initial_value"] == "Till Excel"
    assert elements["module"]["initial_option"]["value"] == "Bygg"
    assert await no_wishes(world.ctx)
