"""The association's year through the real Discord and Slack adapters against the fakes:
the board hands the wish list to the vendor behind its preview's button, and a member
registers for the user meeting through the form (issue #23)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from handlers.context import Context
from storage.meeting_models import MeetingRow

# ruff: noqa: F811  (`side` is the fixture imported below, used as a parameter)
from tests.contract.test_wishes_on_platforms import (  # noqa: F401  (the `side` fixture)
    Side,
    approve_on,
    first_wish,
    side,
)

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
HELPDESK = "helpdesk@castor-vendor.example"


async def test_the_board_hands_the_list_over_with_the_previews_button(
    side: Side, contract_ctx: Context
) -> None:
    contract_ctx.wishes = replace(contract_ctx.wishes, vendor_address=HELPDESK)
    await first_wish(side)
    preview = await side.command("wishlist", side.bo, sub="send")
    assert preview.private and "Överlämning 1 till leverantören" in preview.text
    assert "#1 Bättre sökning i bygglovsärenden (Bygg)" in preview.text
    refused = await side.click(preview, "Skicka till leverantören", side.eva)
    assert refused.text.startswith("Bara styrelseledamöter")
    sent = await side.click(preview, "Skicka till leverantören", side.bo)
    assert sent.text.startswith(f"Överlämning 1 är på väg till {HELPDESK}: 1 önskemål")
    assert sent.buttons == ()  # the preview became the answer: no button to press again
    listed = await side.command("wishlist", side.bo, sub="batches")
    assert "Överlämning 1" in listed.text and "Mejlet väntar på att gå iväg." in listed.text


async def test_a_member_registers_for_the_user_meeting_through_the_form(side: Side) -> None:
    await approve_on(side, side.eva, "Huddinge")
    added = await side.command(
        "meeting", side.bo, sub="add", date="2027-05-20", time="10:00", kind="annual",
        link="https://traff.example.se",
    )  # fmt: skip
    assert added.text.startswith("Möte #1")
    assert await side.open_form("register", side.eva) == ["workshop"]
    done = await side.submit_form({"workshop": "Miljö"}, side.eva)
    assert done.private
    assert done.text.startswith("Du är anmäld till #1 Användarträff") and "workshop Miljö" in (
        done.text
    )
    report = await side.command("meeting", side.bo, sub="registrations", number=1)
    assert report.fields["Miljö"] == "1 anmälda" and "Huddinge 1" in report.text


async def test_the_board_gives_a_held_meeting_its_recording(
    side: Side, contract_ctx: Context
) -> None:
    held = datetime.now(UTC) - timedelta(days=2)  # the fakes run on the real clock
    async with contract_ctx.db.transaction() as session:
        session.add(
            MeetingRow(
                title="Styrelsemöte", kind="monthly", starts_at=held,
                ends_at=held + timedelta(hours=2), open=True, created_by="test",
                created_at=held, updated_at=held, sequence=0,
            )
        )  # fmt: skip
    refused = await side.command(
        "meeting", side.bo, sub="recording", number=1, link="javascript:alert(1)"
    )
    assert refused.text == "”javascript:alert(1)” är ingen http- eller https-adress."
    done = await side.command(
        "meeting", side.bo, sub="recording", number=1, link="https://play.example.se/mars"
    )
    assert done.private and done.text.startswith("Inspelningen av #1 Styrelsemöte")
    listed = await side.command("meetings", side.eva)
    assert "https://play.example.se/mars" in listed.text
