"""/status: the board sees what waits or failed per destination and retries from there."""

from __future__ import annotations

from handlers.clock import FakeClock
from handlers.context import Context
from handlers.run import run_command, run_interaction
from handlers.types import Command, Interaction, Member, Message, Reply
from storage import outbox, outbox_claims
from storage.channels import add_topic

BOARD = Member("console", "anna", "Anna", is_board=True)
MEMBER = Member("console", "bo", "Bo")


def text(reply: Reply) -> str:
    fields = [f"{f.name}: {f.value}" for f in reply.message.fields]
    return "\n".join([reply.message.title or "", reply.message.text, *fields]).strip()


async def queue(ctx: Context, platform: str, target: str, key: str) -> None:
    async with ctx.db.transaction() as session:
        await outbox.enqueue(
            session,
            platform=platform,
            target=target,
            idempotency_key=key,
            payload=Message(text=key).to_json(),
            now=ctx.clock.now(),
        )


async def park(ctx: Context, platform: str, error: str) -> None:
    """Claim the head row of `platform` and park it with `error`."""
    (row,) = await outbox_claims.claim(
        ctx.db, now=ctx.clock.now(), lease_seconds=60, limit=1, platforms=[platform]
    )
    assert await outbox.mark_failed(ctx.db, row, error=error)


async def test_status_lists_waiting_and_failed_and_retries(ctx: Context, clock: FakeClock) -> None:
    assert text(await run_command(ctx, Command("status", BOARD))) == (
        "Inget väntar: alla inlägg är levererade."
    )
    assert text(await run_command(ctx, Command("status", MEMBER))) == (
        "Bara styrelseledamöter får använda /status."
    )
    async with ctx.db.transaction() as session:
        await add_topic(
            session,
            platform="slack",
            channel_id="CANN",
            channel_name="meddelanden",
            topic="announcements",
            added_by="Anna",
            now=clock.now(),
        )
    await queue(ctx, "slack", "CANN", "a:1")
    await queue(ctx, "slack", "CANN", "a:2")
    for subscriber in range(3):
        await queue(ctx, "email", str(subscriber), f"a:1:email:{subscriber}")
    await park(ctx, "slack", "slack 404 channel_not_found")
    clock.advance(600)
    ctx.connected = lambda: {"discord": True, "slack": False}

    report = await run_command(ctx, Command("status", BOARD))
    shown = text(report)
    assert "Plattformar: Discord: ansluten · Slack: inte ansluten" in shown
    assert "slack: #meddelanden: 1 väntar, 1 misslyckad · äldsta har väntat 10 min" in shown
    assert "Senaste fel: slack 404 channel_not_found" in shown
    assert "e-postlistan: 3 väntar · äldsta har väntat 10 min" in shown
    (select,) = report.message.selects
    assert [o.value for o in select.options] == ["slack:CANN"]

    retried = await run_interaction(
        ctx, Interaction("status.retry", BOARD, value="slack:CANN", message_id="m")
    )
    assert retried.update
    assert text(retried).startswith("Leveranser\n1 leverans görs om.")
    assert "misslyckad" not in text(retried)
    refused = await run_interaction(ctx, Interaction("status.retry", MEMBER, value="*"))
    assert text(refused) == "Bara styrelseledamöter får göra det här."
