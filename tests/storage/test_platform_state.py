"""What a platform keeps between runs: read back, replaced, apart per platform."""

from __future__ import annotations

from handlers.context import Context
from handlers.door import Door
from handlers.run import run_command
from handlers.types import Command, Interaction, Member


async def test_a_value_is_kept_replaced_and_apart_per_platform(ctx: Context) -> None:
    door = Door(ctx)
    assert await door.recall("matrix", "sync") is None
    await door.remember("matrix", "sync", "s1")
    await door.remember("matrix", "sync", "s2")
    await door.remember("other", "sync", "o1")
    assert await door.recall("matrix", "sync") == "s2"
    assert await door.recall("other", "sync") == "o1"


async def test_a_members_direct_room_goes_when_they_are_forgotten(ctx: Context) -> None:
    """What a platform kept about a member (their direct room) is erased with them."""
    eva = Member("matrix", "@eva:example.se", "Eva")
    door = Door(ctx)
    await run_command(ctx, Command("help", eva))  # Eva is a member now
    await door.remember_direct_room("matrix", eva.user_id, "!dm:example.se")
    await door.keep_form_in_progress("matrix", eva.user_id, '{"room": "!dm:example.se"}')
    await door.remember_direct_room("matrix", "@bo:example.se", "!bo:example.se")
    forget = await run_command(ctx, Command("forget-me", eva))
    assert forget.message.buttons, forget.message.text
    button = forget.message.buttons[0]
    await door.interaction(Interaction(button.action_id, eva, None, button.value))
    assert await door.direct_room("matrix", eva.user_id) is None
    assert await door.form_in_progress("matrix", eva.user_id) is None
    assert await door.direct_room("matrix", "@bo:example.se") == "!bo:example.se"
