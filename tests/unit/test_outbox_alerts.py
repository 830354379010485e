"""A parked delivery is reported once to every board channel except the one that failed."""

from __future__ import annotations

from handlers.context import Context
from handlers.outbox_alerts import report_parked_delivery
from storage import outbox
from storage.channels import add_topic


async def test_board_channels_are_told_once(ctx: Context) -> None:
    async with ctx.db.transaction() as session:
        for platform, channel in (("slack", "CBOARD"), ("discord", "42"), ("console", "general")):
            topic = "board" if channel != "general" else "news"
            await add_topic(
                session,
                platform=platform,
                channel_id=channel,
                channel_name=channel,
                topic=topic,
                added_by="Bo",
                now=ctx.clock.now(),
            )
    woken: list[bool] = []
    ctx.wake_outbox = lambda: woken.append(True)
    queued = await report_parked_delivery(
        ctx, row_id=7, destination="discord:42", error="Missing Access"
    )
    again = await report_parked_delivery(
        ctx, row_id=7, destination="discord:42", error="Missing Access"
    )
    assert (queued, again) == (1, 0)
    assert woken
    [row] = await outbox.list_rows(ctx.db)
    assert row.destination == "slack:CBOARD"
    assert row.payload["text"] == (
        "Leverans 7 till discord:42 misslyckades och är parkerad: Missing Access. "
        "Försök igen med: bryggan outbox retry 7"
    )


async def test_problems_sharing_a_key_are_reported_once(ctx: Context) -> None:
    """Many mails parked by one mail-server problem make one notice, not one each."""
    async with ctx.db.transaction() as session:
        await add_topic(
            session,
            platform="slack",
            channel_id="CBOARD",
            channel_name="styrelsen",
            topic="board",
            added_by="Bo",
            now=ctx.clock.now(),
        )
    counts = [
        await report_parked_delivery(
            ctx,
            row_id=row_id,
            destination=f"email:{row_id}",
            error="SMTP login refused (535)",
            once_per="email:2026-11-28T08",
        )
        for row_id in (11, 12, 13)
    ]
    assert counts == [1, 0, 0]
