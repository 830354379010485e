"""The SMTP pool in a process of its own, so mailing the list does not slow the chat bridges.

Talking SMTP is most of a fan-out's work: four round trips a mail, each a few callbacks in
the event loop. Run beside the Discord and Slack clients, 500 mails kept the bot's one
loop busy for seconds (benchmarks/fanout.py). Here the bot hands each finished mail to a
child process (`python -m bot.platforms.email.worker`) over its stdin and gets the outcome
back on its stdout; the child runs the same `SmtpPool` on the machine's other core.

The frames are length-prefixed pickles of tuples between this program and its own child.
If the child dies, every mail it held fails as "in doubt" (the dispatcher retries it with
the same Message-ID) and the next mail starts a new child. If the bot dies, the child sees
its stdin close, drops what it has not begun and exits.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import pickle
import signal
import struct
import sys
from typing import Any, BinaryIO

from bot.logs import RedactingFilter
from bot.platforms.email.smtp import SmtpConfig, SmtpPool
from handlers.ports import DeliveryError

log = logging.getLogger(__name__)
_LENGTH = struct.Struct("!I")
Outcome = tuple[str, bool, float | None, bool] | None  # a DeliveryError's fields, or sent
STOP_SECONDS = 10.0


def frame(value: object) -> bytes:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return _LENGTH.pack(len(data)) + data


async def read_frame(reader: asyncio.StreamReader) -> Any:
    """The next value, or None at the end of the stream."""
    try:
        head = await reader.readexactly(_LENGTH.size)
        return pickle.loads(await reader.readexactly(_LENGTH.unpack(head)[0]))
    except asyncio.IncompleteReadError:
        return None


class MailWorker:
    """`SmtpPool`'s `send` and `close`, carried out by a child process."""

    def __init__(self, config: SmtpConfig) -> None:
        self.config = config
        self._process: asyncio.subprocess.Process | None = None
        self._reading: asyncio.Task[None] | None = None
        self._starting = asyncio.Lock()
        self._waiting: dict[int, asyncio.Future[Outcome]] = {}
        self._ids = itertools.count(1)
        self.started = 0  # child processes started (tests)

    async def start(self) -> None:
        """Start the child now rather than with the first mail."""
        await self._running()

    async def ping(self) -> None:
        """Wait until the child has read everything sent to it so far (tests, health)."""
        if await self._request("ping") is not None:
            raise DeliveryError("mail worker stopped", in_doubt=True)

    async def send(self, sender: str, recipient: str, data: bytes) -> None:
        """Hand one message to the server through the child; DeliveryError when it did not
        take it (or when the child stopped before saying)."""
        result = await self._request("send", sender, recipient, data)
        if result is not None:
            reason, retryable, retry_after, in_doubt = result
            raise DeliveryError(
                reason, retryable=retryable, retry_after=retry_after, in_doubt=in_doubt
            )

    async def _request(self, kind: str, *arguments: object) -> Outcome:
        """Send one request to the child and wait for its answer."""
        process = await self._running()
        assert process.stdin is not None
        request_id = next(self._ids)
        answer: asyncio.Future[Outcome] = asyncio.get_running_loop().create_future()
        self._waiting[request_id] = answer
        try:
            process.stdin.write(frame((kind, request_id, *arguments)))
            await process.stdin.drain()
            return await answer
        except (ConnectionError, RuntimeError) as error:  # the child's stdin is gone
            raise DeliveryError(f"mail worker unavailable: {error}", in_doubt=True) from None
        except asyncio.CancelledError:
            self._cancel_in_child(request_id)
            raise
        finally:
            self._waiting.pop(request_id, None)

    def _cancel_in_child(self, mail_id: int) -> None:
        process = self._process
        if process is not None and process.stdin is not None and process.returncode is None:
            with contextlib.suppress(ConnectionError, RuntimeError):
                process.stdin.write(frame(("cancel", mail_id)))

    async def _running(self) -> asyncio.subprocess.Process:
        async with self._starting:
            process = self._process
            if process is not None and process.returncode is None:
                if self._reading_on():
                    return process
                process.kill()  # its reports stopped coming: not one to hand mail to
            process = await asyncio.create_subprocess_exec(
                sys.executable,
                "-m",
                __name__,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
            )
            assert process.stdin is not None and process.stdout is not None
            process.stdin.write(frame(self.config))  # on the pipe: no password on a command line
            self._process, self.started = process, self.started + 1
            self._reading = asyncio.create_task(self._read(process), name="mail-worker-read")
            return process

    def _reading_on(self) -> bool:
        return self._reading is not None and not self._reading.done()

    async def _read(self, process: asyncio.subprocess.Process) -> None:
        """Settle each mail as the child reports it; when the child is gone, fail the rest."""
        assert process.stdout is not None
        try:
            while (report := await read_frame(process.stdout)) is not None:
                mail_id, result = report
                waiting = self._waiting.get(mail_id)
                if waiting is not None and not waiting.done():
                    waiting.set_result(result)
        finally:
            for waiting in list(self._waiting.values()):
                if not waiting.done():
                    waiting.set_result(("mail worker stopped", True, None, True))
            log.info("mail worker %s ended", process.pid)

    async def close(self) -> None:
        """Let the child finish what it holds, say goodbye to the server and exit."""
        process, self._process = self._process, None
        if process is None or process.returncode is not None:
            return
        assert process.stdin is not None
        with contextlib.suppress(ConnectionError, RuntimeError):
            process.stdin.write(frame(("close",)))
            process.stdin.close()
        try:
            await asyncio.wait_for(process.wait(), timeout=STOP_SECONDS)
        except TimeoutError:
            log.warning("mail worker %s did not stop; killing it", process.pid)
            process.kill()
            await process.wait()
        if self._reading is not None:
            await self._reading


# --- the child ---------------------------------------------------------------------------


async def serve(reader: asyncio.StreamReader, output: BinaryIO) -> None:
    """Send what the parent hands over until it says "close" (finish, then stop) or goes
    away (drop what has not begun, then stop)."""
    config = await read_frame(reader)
    if not isinstance(config, SmtpConfig):
        return
    pool = SmtpPool(config)
    sending: dict[int, asyncio.Task[None]] = {}

    async def deliver(mail_id: int, sender: str, recipient: str, data: bytes) -> None:
        outcome: Outcome = None
        try:
            await pool.send(sender, recipient, data)
        except DeliveryError as error:
            outcome = (error.reason, error.retryable, error.retry_after, error.in_doubt)
        except Exception as error:  # reported, never fatal: the parent decides what next
            log.exception("mail %s raised", mail_id)
            outcome = (f"{type(error).__name__}: {error}", True, None, True)
        finally:
            sending.pop(mail_id, None)
        output.write(frame((mail_id, outcome)))
        output.flush()

    closing = False
    while (request := await read_frame(reader)) is not None:
        if request[0] == "send":
            mail_id = request[1]
            sending[mail_id] = asyncio.create_task(deliver(*request[1:]))
        elif request[0] == "cancel" and (task := sending.get(request[1])) is not None:
            task.cancel()
        elif request[0] == "ping":
            output.write(frame((request[1], None)))
            output.flush()
        elif request[0] == "close":
            closing = True
            break
    if not closing:  # the parent is gone: nobody would record what is sent now
        for task in sending.values():
            task.cancel()
    await asyncio.gather(*sending.values(), return_exceptions=True)
    await pool.close()


async def _main() -> None:
    # Reports go out on a private copy of stdout; anything else printed goes to stderr.
    output = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    await serve(reader, output)


if __name__ == "__main__":
    # Ctrl-C in a terminal and a service manager's SIGTERM reach the whole process group;
    # the bot stops this child itself (through the pipe), after its own last sends.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
    for handler in logging.getLogger().handlers:  # a refused mail's traceback names its address
        handler.addFilter(RedactingFilter(()))
    asyncio.run(_main())
