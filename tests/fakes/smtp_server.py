"""A real SMTP server (aiosmtpd's Controller, in its own thread) on 127.0.0.1, port 0.

It keeps every message it accepted, parsed, and counts connections, so tests can check
the mail and that the platform reuses its connections. It can refuse chosen recipients
(5xx or 4xx), go down (listener closed, open connections dropped) and come back on the
same port, and speak STARTTLS with a certificate made for the test.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import ssl
import threading
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from functools import cached_property
from pathlib import Path
from typing import Any

import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session

__all__ = ["Received", "SmtpServer", "make_certificate"]


@dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    raw: bytes

    @cached_property
    def message(self) -> EmailMessage:
        """Parsed when first looked at: a mail server accepting 500 mails does not parse them
        (and the benchmark's server would otherwise spend its time here)."""
        parsed = message_from_bytes(self.raw, policy=policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed

    def part(self, subtype: str) -> str:
        """The decoded text of the text/plain or text/html part."""
        found = self.message.get_body(preferencelist=(subtype,))
        assert found is not None, f"no text/{subtype} part"
        return str(found.get_content()).replace("\r\n", "\n")  # type: ignore[attr-defined]


class _Handler:
    def __init__(self, server: SmtpServer) -> None:
        self.server = server

    async def handle_RCPT(
        self, _server: SMTP, _session: Session, envelope: Envelope, address: str, _options: Any
    ) -> str:
        refusal = self.server.refuse.get(address.lower())
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, _server: SMTP, _session: Session, envelope: Envelope) -> str:
        released = self.server._holding()
        if released is not None:  # hold_mail(): answer only after release_mail()
            await asyncio.shield(asyncio.wrap_future(released))  # a drop cancels only this one
        raw = envelope.original_content or b""
        self.server._arrived(Received(str(envelope.mail_from), tuple(envelope.rcpt_tos), raw))
        return "250 Message accepted for delivery"


class _Controller(Controller):
    """Binds port 0 (the stock Controller needs a fixed port) and counts connections."""

    def __init__(self, server: SmtpServer, **kwargs: Any) -> None:
        super().__init__(_Handler(server), hostname="127.0.0.1", **kwargs)
        self.owner = server

    def factory(self) -> SMTP:
        smtp = super().factory()
        self.owner._connected(smtp)
        return smtp

    async def _bind(self) -> asyncio.AbstractServer:
        server = await self.loop.create_server(
            self._factory_invoker, host=self.hostname, port=self.port, ssl=self.ssl_context
        )
        self.port = server.sockets[0].getsockname()[1]
        return server

    def _create_server(self) -> Any:
        return self._bind()


class SmtpServer:
    """Start with `start()` inside the test's loop; `messages` fill as mail arrives."""

    def __init__(
        self, *, tls_context: ssl.SSLContext | None = None, logins: dict[str, str] | None = None
    ) -> None:
        self.tls_context = tls_context
        self.logins = logins  # user → password: AUTH is required (535 for a wrong one)
        self.refused_logins = 0
        self.port = 0
        self.messages: list[Received] = []
        self.raw: list[bytes] = []
        self.connections = 0
        self.refuse: dict[str, str] = {}  # lower-cased address → SMTP reply
        self._protocols: list[SMTP] = []
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._event: asyncio.Event | None = None
        self._controller: _Controller | None = None
        self._released: concurrent.futures.Future[None] | None = None
        self._passing = 0

    @property
    def host(self) -> str:
        return "127.0.0.1"

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._event = asyncio.Event()
        kwargs: dict[str, Any] = {"port": self.port}
        if self.tls_context is not None:
            kwargs.update(tls_context=self.tls_context, require_starttls=True)
        if self.logins is not None:  # plain AUTH on loopback only: the tests have no TLS here
            kwargs.update(
                authenticator=self._authenticate, auth_required=True, auth_require_tls=False
            )
        controller = _Controller(self, **kwargs)
        controller.start()
        self.port = controller.port
        self._controller = controller
        with self._lock:
            self.connections = 0  # not the controller's own start-up probe
            self._protocols.clear()

    def _authenticate(
        self, _server: SMTP, _session: Session, _envelope: Envelope, _mechanism: str, data: Any
    ) -> AuthResult:
        user = data.login.decode() if isinstance(data, LoginPassword) else ""
        password = data.password.decode() if isinstance(data, LoginPassword) else ""
        if self.logins is not None and self.logins.get(user) == password:
            return AuthResult(success=True)
        self.refused_logins += 1
        return AuthResult(success=False, handled=False)

    def go_down(self) -> None:
        """Close the listener and drop every open connection; the port stays reserved."""
        controller = self._controller
        if controller is None:
            return
        done = asyncio.run_coroutine_threadsafe(self._drop_all(), controller.loop)
        done.result(timeout=5)
        controller.stop()
        self._controller = None

    def come_back(self) -> None:
        self.start()

    def stop(self) -> None:
        self.go_down()

    async def _drop_all(self) -> None:
        with self._lock:
            protocols = list(self._protocols)
        for protocol in protocols:
            if protocol.transport is not None:
                protocol.transport.abort()
        await asyncio.sleep(0)  # let connection_lost run before the loop stops

    def hold_mail(self, *, after: int = 0) -> None:
        """Mail that arrives from now on (but the next `after`) is answered only after
        `release_mail()`, as a server that takes its time."""
        with self._lock:
            self._released, self._passing = concurrent.futures.Future(), after

    def _holding(self) -> concurrent.futures.Future[None] | None:
        with self._lock:
            if self._released is None or self._passing <= 0:
                return self._released
            self._passing -= 1
            return None

    def release_mail(self) -> None:
        released, self._released = self._released, None
        if released is not None and not released.done():
            released.set_result(None)

    def _connected(self, protocol: SMTP) -> None:
        with self._lock:
            self.connections += 1
            self._protocols.append(protocol)

    def _arrived(self, received: Received) -> None:
        with self._lock:
            self.messages.append(received)
            self.raw.append(received.raw)
        if self._loop is not None and self._event is not None:
            self._loop.call_soon_threadsafe(self._event.set)

    async def wait_for(self, count: int, *, timeout: float = 10) -> list[Received]:
        """Wait until `count` messages have arrived in all; returns every message so far."""
        assert self._event is not None, "start() first"
        async with asyncio.timeout(timeout):
            while len(self.messages) < count:
                self._event.clear()
                if len(self.messages) >= count:
                    break
                await self._event.wait()
        return list(self.messages)


def make_certificate(directory: Path) -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A certificate for 127.0.0.1 from a throwaway CA (trustme, in Python: no openssl tool
    needed on a fresh machine) as a (server, client) pair of contexts; the CA's certificate
    is written to `directory/cert.pem` for settings that take a file."""
    authority = trustme.CA()
    issued = authority.issue_cert("127.0.0.1")
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    issued.configure_cert(server)
    authority.cert_pem.write_to_path(str(directory / "cert.pem"))
    client = ssl.create_default_context(cafile=str(directory / "cert.pem"))
    return server, client
