"""The console platform: try every command from a terminal or a script, no account needed.

Lines starting with `/` run as slash commands; `/as NAME [board]` changes
the acting member, `/in CHANNEL` the current channel, `/click N` presses a button of the last
reply, and a form asks for its fields one line each. Replies and every delivery addressed to a
console channel are printed. End of input ends the session.
"""

from __future__ import annotations

import asyncio
import sys
import threading
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TextIO

from bot.platforms.conversation import FormInProgress
from bot.platforms.plain import render_plain
from handlers.door import Door
from handlers.errors import CommandError
from handlers.i18n import N_, Translator, translator
from handlers.parsing import split_command_line
from handlers.types import (
    Button,
    Channel,
    Command,
    Interaction,
    Member,
    Message,
    Reply,
)

PLATFORM = "console"
DEFAULT_MEMBER = Member(platform=PLATFORM, user_id="console", display_name="Console")


async def stdin_lines() -> AsyncIterator[str]:
    """Lines from stdin, read in a daemon thread so a signal never waits on a blocked read."""
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def _reader() -> None:
        for line in sys.stdin:
            loop.call_soon_threadsafe(queue.put_nowait, line)
        loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=_reader, name="console-stdin", daemon=True).start()
    while (line := await queue.get()) is not None:
        yield line


class ConsolePlatform:
    name = PLATFORM

    def __init__(
        self,
        door: Door,
        *,
        output: TextIO,
        channel: str = "general",
        locale: str = "sv",
        drain: Callable[[], Awaitable[object]] | None = None,
        interactive: bool = False,
    ) -> None:
        self.door = door
        self.output = output
        self.member = DEFAULT_MEMBER
        self.channel = Channel(PLATFORM, channel, channel)
        self._ = translator(locale)
        self.drain = drain
        self.interactive = interactive
        self._connected = False
        self._buttons: list[Button] = []  # every button shown this session, numbered from 1
        self._form: FormInProgress | None = None
        self._lines: list[str] = []  # a long answer's lines so far (each ended with \)

    @property
    def connected(self) -> bool:
        return self._connected

    async def start(self) -> None:
        self._connected = True

    async def stop(self) -> None:
        self._connected = False

    def _print(self, text: str) -> None:
        self.output.write(text + "\n")
        self.output.flush()

    async def send(
        self, target: str, message: Message, *, idempotency_key: str, in_doubt: bool
    ) -> str:
        self._print(f"[#{target}] {self._numbered(message)}")
        return idempotency_key

    async def edit(self, target: str, message_id: str, message: Message) -> str:
        self._print(f"[#{target}] ✎ {self._numbered(message)}")
        return message_id

    async def delete(self, target: str, message_id: str) -> None:
        notice = self._("(a message was deleted)")
        self._print(f"[#{target}] ✗ {notice}")

    async def serve(self, lines: AsyncIterator[str]) -> None:
        """Run every line until the input ends."""
        if self.interactive:
            self._print(self._("Bryggan console. Type /help for commands, Ctrl-D to quit."))
        async for line in lines:
            if not await self.handle_line(line):
                break

    async def handle_line(self, line: str) -> bool:
        """Handle one line; False when the member asked to quit."""
        text = line.strip()
        if self._form is not None:
            await self._fill_form(text)
            return True
        if not text or text.startswith("#"):
            return True
        try:
            name, words = split_command_line(text)
        except CommandError as error:
            _ = await self._translator()
            self._print(error.text(_))
            return True
        if name in ("quit", "exit"):
            return False
        if name == "as":
            await self._switch_member(words)
        elif name == "in":
            await self._switch_channel(words)
        elif name == "click":
            await self._click(" ".join(words))
        else:
            command = Command(name=name, member=self.member, channel=self.channel, positional=words)
            await self._show(await self.door.command(command))
        return True

    async def _show(self, reply: Reply) -> None:
        """Print a reply (or start its form), then let the outbox deliver what it queued."""
        if reply.form is not None and reply.problem is not None:
            self._print(reply.problem.text)
            self._form = FormInProgress.given_back(reply.form, reply.problem.field)
            await self._prompt_field()
        elif reply.form is not None:
            self._form = FormInProgress(reply.form)
            self._print(reply.form.title)
            await self._prompt_field()
        else:
            self._print(self._numbered(reply.message))
        if self.drain is not None:
            await self.drain()

    def _numbered(self, message: Message) -> str:
        """The message with its buttons numbered after every button shown before."""
        text = render_plain(message, first_button=len(self._buttons) + 1)
        self._buttons += message.buttons
        return text

    async def _click(self, which: str) -> None:
        """Press a button by its number, or the latest one with that label: a survey's
        Answer in a post and a card's Support as well as the last reply's."""
        wanted = which.strip().lower()
        numbered = dict(enumerate(self._buttons, start=1))
        found = numbered.get(int(wanted)) if wanted.isdecimal() and len(wanted) < 9 else None
        labelled = [b for b in self._buttons if b.label.lower() == wanted]
        button = found or (labelled[-1] if labelled else None)
        if button is None:
            _ = await self._translator()
            self._print(_("No such button here. Usage: /click NUMBER or /click LABEL"))
            return
        interaction = Interaction(
            button.action_id, member=self.member, channel=self.channel, value=button.value
        )
        await self._show(await self.door.interaction(interaction))

    async def _translator(self) -> Translator:
        """The console's own words in the acting member's language, as their replies are."""
        return translator(await self.door.locale_of(self.member))

    async def _prompt_field(self) -> None:
        assert self._form is not None
        _ = await self._translator()
        self._print(self._form.prompt(_))
        if self._form.current.long:
            self._print(_(MORE_LINES))

    async def _fill_form(self, text: str) -> None:
        form = self._form
        assert form is not None
        _ = await self._translator()
        if text.lower() == "/cancel":
            self._form, self._lines = None, []
            self._print(_("Cancelled; nothing was sent."))
            return
        if _names_a_command(text) and not self._lines:  # /wishes: not this field's answer
            self._form = None
            self._print(_("Left the form; nothing was sent."))
            await self.handle_line(text)
            return
        if form.current.long and text.endswith("\\"):  # a long answer goes on, line by line
            self._lines.append(text[:-1].rstrip())
            return
        if self._lines:
            text, self._lines = "\n".join([*self._lines, text]), []
        refused = form.take(text, _)
        if refused is not None:
            self._print(refused)
        if not form.complete:
            await self._prompt_field()
            return
        self._form = None
        await self._show(await self.door.interaction(form.submission(self.member, self.channel)))

    async def _switch_member(self, words: tuple[str, ...]) -> None:
        """Act as another member. A municipality is never set here: like everyone, they
        verify an address (`/verify`) or the board approves them (`/member approve`)."""
        names = [w for w in words if w.lower() != "board"]
        if not names or any(":" in w for w in names):  # e.g. the old `municipality:X`
            _ = await self._translator()
            self._print(_("Usage: /as NAME [board]"))
            return
        name = " ".join(names)
        is_board = any(w.lower() == "board" for w in words)
        self.member = Member(
            platform=PLATFORM, user_id=name.lower(), display_name=name, is_board=is_board
        )
        _ = await self._translator()
        role = _("board member") if is_board else _("member")
        self._print(_("You are now {name} ({role}).", name=name, role=role))

    async def _switch_channel(self, words: tuple[str, ...]) -> None:
        _ = await self._translator()
        if len(words) != 1:
            self._print(_("Usage: /in CHANNEL"))
            return
        name = words[0].lstrip("#").lower()
        self.channel = Channel(PLATFORM, name, name)
        self._print(_("You are now in #{channel}.", channel=name))


MORE_LINES = N_("(More lines: end a line with \\ and go on on the next.)")


def _names_a_command(text: str) -> bool:
    """A line typed in a form that is taken as a command: a slash, then a letter. A date, a
    number or a link never starts so; an answer that would must not start the line."""
    return len(text) > 1 and text[0] == "/" and text[1].isalpha()
