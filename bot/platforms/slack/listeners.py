"""Slack requests → handlers → answers, for every catalogue command with no code per command.

Every listener acks first (Slack's 3 seconds), then does the work and answers through
`respond` (the response_url), `views.open` or an ephemeral message. A form's submission is
the exception: its answer is awaited briefly, so a refused form stays open, filled in.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.platforms.slack.files import made_files, upload
from bot.platforms.slack.render import (
    action_id_of,
    modal,
    refused_form_ack,
    render,
    submitted_values,
    with_hints,
)
from handlers.catalogue import Choice
from handlers.door import Door
from handlers.errors import CommandError
from handlers.i18n import N_, translator
from handlers.parsing import split_words, under_umbrella
from handlers.types import (
    Attachment,
    Channel,
    Command,
    InboundMessage,
    Interaction,
    Member,
    Reply,
)

log = logging.getLogger(__name__)
PLATFORM = "slack"
MemberLookup = Callable[[str, str], Awaitable[Member]]
Inbound = Callable[[InboundMessage], Awaitable[None]]
ANY = re.compile(r".*")
VIEW_ANSWER_SECONDS = 2.0  # a form's check within Slack's 3 s keeps a refused form open


class SlackListeners:
    """Registers the generic listeners on a Bolt app and routes them to the handlers."""

    def __init__(
        self,
        door: Door,
        *,
        member: MemberLookup,
        inbound: Inbound,
        commands: dict[str, str | None],
        bot_ids: Callable[[], tuple[str | None, str | None]],
    ) -> None:
        self.door, self.member, self.inbound = door, member, inbound
        self.commands = commands  # "/help" -> "help"; the umbrella -> None
        self.bot_ids = bot_ids  # (user id, bot id) of this app, known after auth.test

    def register(self, app: AsyncApp) -> None:
        app.command(ANY)(self.on_command)
        app.action(ANY)(self.on_action)
        app.view(ANY)(self.on_view)
        app.options(ANY)(self.on_options)
        app.event("message")(self.on_message)

    async def on_command(
        self, ack: Any, body: dict[str, Any], respond: Any, client: AsyncWebClient
    ) -> None:
        await ack()
        member = await self.member(body["user_id"], body.get("user_name", ""))
        channel = Channel(PLATFORM, body["channel_id"], body.get("channel_name", ""))
        try:
            command = self._command(body["command"], body.get("text", ""), member, channel)
        except CommandError as error:
            _ = translator(member.locale)
            await respond(text=error.text(_), response_type="ephemeral")
            return
        reply = await self.door.command(command)
        await self._reply(reply, respond, client, body.get("trigger_id"), channel)
        await send_files(client, reply, body["user_id"], channel, respond, member.locale)

    def _command(self, slash: str, text: str, member: Member, channel: Channel) -> Command:
        words = split_words(text)
        # a slash command missing from the manifest map (added by hand) runs by its own name
        name = self.commands.get(slash, slash.lstrip("/"))
        if name is None:  # the umbrella: `/bryggan NAME …`
            name, words = under_umbrella(words)
        return Command(name=name, member=member, channel=channel, positional=tuple(words))

    async def _reply(
        self,
        reply: Reply,
        respond: Any,
        client: AsyncWebClient,
        trigger_id: str | None,
        channel: Channel | None,
        *,
        replace: bool = False,
    ) -> None:
        if reply.form is not None and trigger_id:
            view = modal(reply.form, channel_id=channel.channel_id if channel else None)
            await client.views_open(trigger_id=trigger_id, view=view)
            return
        parts = render(reply.message)
        for index, part in enumerate(parts):
            await respond(
                text=part.text,
                blocks=part.blocks,
                response_type="ephemeral" if reply.private else "in_channel",
                replace_original=replace and index == 0,
            )

    async def on_action(
        self, ack: Any, body: dict[str, Any], respond: Any, client: AsyncWebClient
    ) -> None:
        await ack()
        user = body["user"]
        member = await self.member(user["id"], user.get("name", ""))
        channel_id = (body.get("channel") or {}).get("id")
        channel = Channel(PLATFORM, channel_id) if channel_id else None
        view = body.get("view")
        for action in body.get("actions", []):
            if view and action.get("type") == "plain_text_input":
                await self._hints(client, view, action, member)
                continue
            value = action.get("value")
            if value is None and action.get("selected_option"):
                value = action["selected_option"]["value"]
            interaction = Interaction(
                action_id_of(action["action_id"]),
                member,
                channel,
                value=(value or "").strip(),
                message_id=(body.get("message") or {}).get("ts"),
            )
            reply = await self.door.interaction(interaction)
            await self._reply(
                reply, respond, client, body.get("trigger_id"), channel, replace=reply.update
            )
            await send_files(client, reply, user["id"], channel, respond, member.locale)

    async def _hints(
        self, client: AsyncWebClient, view: dict[str, Any], action: dict[str, Any], member: Member
    ) -> None:
        """A field with hints was typed in: show what is similar under it, in the modal."""
        choices = await self._suggestions(member, action["action_id"], action.get("value") or "")
        updated = with_hints(view, action.get("block_id", ""), [c.label for c in choices])
        await client.views_update(view_id=view["id"], hash=view.get("hash"), view=updated)

    async def on_view(self, ack: Any, body: dict[str, Any], client: AsyncWebClient) -> None:
        view, user = body["view"], body["user"]
        _values, _context, channel_id = submitted_values(view)
        work = asyncio.ensure_future(self._submitted(body))
        done, _pending = await asyncio.wait({work}, timeout=VIEW_ANSWER_SECONDS)
        if done:
            member, reply = work.result()
            if reply.problem is not None and reply.form is not None:
                await ack(**refused_form_ack(reply, view, channel_id))
                return
        await ack()
        member, reply = await work
        if reply.problem is not None:  # too late to keep the modal open: a button reopens it
            reply = await self.door.with_reopen_button(member, reply)
        if reply.private and channel_id:
            for part in render(reply.message):
                await client.chat_postEphemeral(
                    channel=channel_id, user=user["id"], text=part.text, blocks=part.blocks
                )
            return
        # a public answer, or one with nowhere to show privately: a post, so through the outbox
        target = channel_id if channel_id and not reply.private else f"dm:{user['id']}"
        key = f"slack-view:{view.get('id') or body.get('trigger_id')}"
        await self.door.post(PLATFORM, target, reply.message, key=key)

    async def _submitted(self, body: dict[str, Any]) -> tuple[Member, Reply]:
        values, context, channel_id = submitted_values(body["view"])
        user = body["user"]
        member = await self.member(user["id"], user.get("name", ""))
        channel = Channel(PLATFORM, channel_id) if channel_id else None
        interaction = Interaction(body["view"]["callback_id"], member, channel, context, values)
        return member, await self.door.interaction(interaction)

    async def on_options(self, ack: Any, body: dict[str, Any]) -> None:
        """Typeahead: `action_id` names `command.option` (`wish.title`)."""
        user = body["user"]
        member = await self.member(user["id"], user.get("name", ""))
        choices = await self._suggestions(member, body.get("action_id", ""), body.get("value", ""))
        await ack(
            options=[
                {"text": {"type": "plain_text", "text": c.label[:75]}, "value": c.value[:150]}
                for c in choices
            ]
        )

    async def _suggestions(self, member: Member, action_id: str, text: str) -> list[Choice]:
        """Suggestions for an element whose action id names `command.option`."""
        command, _, option = action_id_of(action_id).partition(".")
        return await self.door.suggestions(
            member, command=command, subcommand=None, option=option, text=text
        )

    async def on_message(self, event: dict[str, Any]) -> None:
        message = self._inbound(event)
        if message is not None:
            await self.inbound(message)

    def _inbound(self, event: dict[str, Any]) -> InboundMessage | None:
        subtype = event.get("subtype")
        channel = event.get("channel", "")
        if subtype == "message_deleted":
            return InboundMessage("deleted", PLATFORM, channel, event.get("deleted_ts", ""))
        if subtype == "message_changed":
            inner = event.get("message") or {}
            if self._is_own(inner):
                return None
            author = Member(PLATFORM, inner.get("user", ""), inner.get("user", ""))
            return InboundMessage(
                "edited", PLATFORM, channel, inner.get("ts", ""), author, inner.get("text", "")
            )
        if subtype not in (None, "thread_broadcast", "file_share") or self._is_own(event):
            return None
        author = Member(PLATFORM, event.get("user", ""), event.get("user", ""))
        return InboundMessage(
            "new",
            PLATFORM,
            channel,
            event.get("ts", ""),
            author,
            event.get("text", ""),
            thread_id=event.get("thread_ts"),
            from_bot=bool(event.get("bot_id")),
            attachments=tuple(
                Attachment(
                    str(f.get("name") or "file"),
                    f.get("permalink") or f.get("url_private"),
                    str(f.get("mimetype") or "application/octet-stream"),
                )
                for f in event.get("files") or ()
                if f.get("permalink") or f.get("url_private")
            ),
        )

    def _is_own(self, event: dict[str, Any]) -> bool:
        """The bot's own posts (also those with another author's name) never come back in."""
        user_id, bot_id = self.bot_ids()
        return (bot_id is not None and event.get("bot_id") == bot_id) or (
            user_id is not None and event.get("user") == user_id
        )


async def send_files(
    client: AsyncWebClient,
    reply: Reply,
    user_id: str,
    channel: Channel | None,
    respond: Any,
    locale: str | None,
) -> None:
    """Files a reply makes (a member's data export) are uploaded: a response_url carries no
    files, so a private reply's file goes to the member's direct messages with the app,
    where only they see it. A refused upload (an app installed before it asked for
    files:write) is said to the member, not lost."""
    made = made_files(reply.message)
    if not made:
        return
    try:
        if reply.private or channel is None:
            opened = await client.conversations_open(users=user_id)
            target = opened["channel"]["id"]
        else:
            target = channel.channel_id
        for attachment in made:
            await upload(client, target, attachment)
    except (SlackApiError, aiohttp.ClientError) as error:
        reason = error.response.get("error") if isinstance(error, SlackApiError) else error
        log.warning("could not upload a reply's file: %s", reason)
        _ = translator(locale or "sv")
        await respond(text=_(FILE_NOT_SENT), response_type="ephemeral")


FILE_NOT_SENT = N_(
    "The file could not be sent here. Ask the board to reinstall the Slack app (it needs "
    "the files:write permission), or to send it to you with bryggan member export."
)
