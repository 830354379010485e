"""The one way a platform adapter reaches Bryggan: commands, clicks and form answers,
suggestions while typing, members' messages (new, edited, deleted), and the few services an
adapter needs besides (a post through the outbox, the replay guard, a member's language).

An adapter is handed a `Door`, not the `Context`: it never touches the database, the outbox or
a feature's code, so a new platform is its own folder and changes nothing here.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from handlers.catalogue import Catalogue, Choice
from handlers.context import Context
from handlers.core.members import load_member
from handlers.form_reopen import with_open_button, with_reopen_button
from handlers.inbound import dispatch_inbound
from handlers.mail.fanout import RecipientLookup
from handlers.public_config import PublicConfig
from handlers.run import run_command, run_interaction, run_suggestions
from handlers.types import Command, InboundMessage, Interaction, Locale, Member, Message, Reply
from storage import outbox, platform_state, seen


class Door:
    """What a platform adapter may ask of Bryggan."""

    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx

    # What an adapter reads to set itself up.
    @property
    def catalogue(self) -> Catalogue:
        return self._ctx.catalogue

    @property
    def default_locale(self) -> Locale:
        return self._ctx.default_locale

    @property
    def public(self) -> PublicConfig:
        return self._ctx.public

    def now(self) -> datetime:
        return self._ctx.clock.now()

    # What members do.
    async def command(self, command: Command) -> Reply:
        return await run_command(self._ctx, command)

    async def interaction(self, interaction: Interaction) -> Reply:
        return await run_interaction(self._ctx, interaction)

    async def suggestions(
        self, member: Member, *, command: str, subcommand: str | None, option: str, text: str
    ) -> list[Choice]:
        return await run_suggestions(
            self._ctx, member, command=command, subcommand=subcommand, option=option, text=text
        )

    async def message(self, message: InboundMessage) -> None:
        """A member's message was posted, edited or deleted in a channel the bot reads."""
        await dispatch_inbound(self._ctx, message)

    # What an adapter needs besides.
    async def locale_of(self, member: Member) -> Locale:
        """The language the member chose (without making them a member on the way)."""
        return (await load_member(self._ctx, member, joining=False)).locale

    async def with_open_button(self, member: Member, opened: Reply) -> Reply:
        """A form the platform cannot open now, as a message with a button that opens it."""
        return await with_open_button(self._ctx, member, opened)

    async def with_reopen_button(self, member: Member, refused: Reply) -> Reply:
        """A refused form the platform cannot give back, kept with a button that reopens it."""
        return await with_reopen_button(self._ctx, member, refused)

    async def post(self, platform: str, target: str, message: Message, *, key: str) -> None:
        """A post through the outbox (an answer too late for the platform's own reply):
        delivered once, whatever happens, under the idempotency key `key`."""
        async with self._ctx.db.transaction() as session:
            await outbox.enqueue(
                session,
                platform=platform,
                target=target,
                idempotency_key=key,
                payload=message.to_json(),
                now=self._ctx.clock.now(),
            )
        self._ctx.wake_outbox()

    async def first_sight(self, key: str, *, keep: timedelta) -> bool:
        """True the first time a request's `key` comes within `keep`; False for a replay."""
        async with self._ctx.db.transaction() as session:
            return await seen.first_sight(session, key, now=self._ctx.clock.now(), keep=keep)

    async def forget_sight(self, key: str) -> None:
        """Take back a key `first_sight` marked: what it stood for was not done after all."""
        async with self._ctx.db.transaction() as session:
            await seen.forget(session, key)

    async def recall(self, platform: str, key: str) -> str | None:
        """What the platform kept under `key` in an earlier run (see `remember`)."""
        async with self._ctx.db.transaction() as session:
            return await platform_state.recall(session, platform, key)

    async def remember(self, platform: str, key: str, value: str) -> None:
        """Keep a small value for the platform's next run (a sync token, a direct room)."""
        async with self._ctx.db.transaction() as session:
            await platform_state.remember(session, platform, key, value, now=self._ctx.clock.now())

    async def direct_room(self, platform: str, user_id: str) -> str | None:
        """The member's direct room with the bot, as the platform kept it (see below)."""
        return await self.recall(platform, platform_state.direct_room_key(user_id))

    async def remember_direct_room(self, platform: str, user_id: str, room: str) -> None:
        """Keep the member's direct room; it goes when the member asks to be forgotten."""
        await self.remember(platform, platform_state.direct_room_key(user_id), room)

    async def form_in_progress(self, platform: str, user_id: str) -> str | None:
        """A form the member is filling in answer by answer, as the platform kept it."""
        return await self.recall(platform, platform_state.member_key("form", user_id)) or None

    async def keep_form_in_progress(self, platform: str, user_id: str, form: str) -> None:
        """Keep (or, with "", end) the member's form in progress; it goes with the member."""
        await self.remember(platform, platform_state.member_key("form", user_id), form)

    def recipients(self) -> RecipientLookup:
        """Mail recipients looked up together (for the e-mail platform's fan-out)."""
        return RecipientLookup(self._ctx)
