"""A small pool of SMTP connections (aiosmtplib) and the mapping of SMTP errors onto
`DeliveryError`, so a fan-out of 500 mails is a few TLS handshakes, not 500.

A connection goes back to the pool only after a clean transaction; any doubt (a timeout,
a cancel, a dropped line) closes it. A pooled connection that turns out dead before the
mail was handed over is replaced by a fresh one at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import ssl
from dataclasses import dataclass

import aiosmtplib

from bot.logs import mask_addresses
from handlers.ports import DeliveryError

log = logging.getLogger(__name__)
# How a failure that says nothing about the mail, only that the server is away, begins.
SERVER_AWAY = (
    "SMTP connection lost",
    "SMTP login refused",
    "SMTP server refused the connection",
    "cannot reach the SMTP server",
    "mail worker",
)
_LINE_ERRORS = (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError, OSError)


@dataclass(frozen=True)
class SmtpConfig:
    host: str
    port: int
    tls: str = "starttls"  # "starttls" | "ssl" | "none"
    username: str | None = None
    password: str | None = None
    timeout_seconds: float = 30.0
    pool_size: int = 3
    max_messages_per_connection: int = 100  # many providers refuse more on one connection
    tls_cafile: str | None = None  # trust this CA (a private relay's, a test's own)
    local_hostname: str | None = None


@dataclass
class _Connection:
    client: aiosmtplib.SMTP
    sent: int = 0


class _NothingSent(Exception):
    """The line broke before the message was handed over: a fresh connection may work."""


def refusal(error: aiosmtplib.SMTPResponseException, what: str) -> DeliveryError:
    """A server's answer: 4xx is worth another try later, 5xx is final."""
    text = " ".join(str(error.message).split())[:300]
    return DeliveryError(f"SMTP {error.code} {what}: {text}", retryable=error.code < 500)


class SmtpPool:
    def __init__(self, config: SmtpConfig) -> None:
        self.config = config
        self._idle: list[_Connection] = []
        self._slots: asyncio.Semaphore | None = None
        self.opened = 0  # connections opened so far (for health and tests)
        self._tls_context: ssl.SSLContext | None = None

    async def send(self, sender: str, recipient: str, data: bytes) -> None:
        """Hand one message to the server; DeliveryError when it did not take it."""
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.config.pool_size)
        async with self._slots:
            connection = self._take_idle()
            if connection is not None:
                try:
                    await self._transaction(connection, sender, recipient, data)
                    return
                except _NothingSent as error:
                    log.info(
                        "pooled SMTP connection was gone (%s); opening a new one",
                        mask_addresses(str(error)),
                    )
            connection = await self._open()
            try:
                await self._transaction(connection, sender, recipient, data)
            except _NothingSent as error:
                raise DeliveryError(f"SMTP connection lost: {error}") from None

    def _take_idle(self) -> _Connection | None:
        while self._idle:
            connection = self._idle.pop()
            if connection.client.is_connected:
                return connection
            connection.client.close()
        return None

    async def _open(self) -> _Connection:
        config = self.config
        client = aiosmtplib.SMTP(
            hostname=config.host,
            port=config.port,
            username=config.username,
            password=config.password,
            timeout=config.timeout_seconds,
            use_tls=config.tls == "ssl",
            start_tls=config.tls == "starttls",
            tls_context=self._trust(),
            local_hostname=config.local_hostname,
        )
        try:
            await client.connect()
        except aiosmtplib.SMTPAuthenticationError as error:
            client.close()
            # 535 is final (RFC 4954): the same password will not do; 454 may pass
            reason = f"SMTP login refused ({error.code})"
            raise DeliveryError(reason, retryable=error.code < 500) from None
        except aiosmtplib.SMTPResponseException as error:
            client.close()
            raise DeliveryError(f"SMTP server refused the connection ({error.code})") from None
        except (aiosmtplib.SMTPException, OSError, ssl.SSLError) as error:
            client.close()
            name = type(error).__name__
            raise DeliveryError(f"cannot reach the SMTP server ({name}: {error})") from None
        except BaseException:
            client.close()
            raise
        self.opened += 1
        return _Connection(client)

    def _trust(self) -> ssl.SSLContext | None:
        """The default trust (None), or one that also trusts `tls_cafile`, made once."""
        if self.config.tls_cafile and self._tls_context is None:
            self._tls_context = ssl.create_default_context(cafile=self.config.tls_cafile)
        return self._tls_context

    async def _transaction(
        self, connection: _Connection, sender: str, recipient: str, data: bytes
    ) -> None:
        """MAIL, RCPT, DATA; the connection returns to the pool only when all went well."""
        client = connection.client
        keep = politely = False
        try:
            try:
                await client.mail(sender)
                await client.rcpt(recipient)
            except aiosmtplib.SMTPRecipientRefused as error:
                keep = await _reset(client)
                raise refusal(error, f"recipient {recipient} refused") from None
            except aiosmtplib.SMTPResponseException as error:
                if error.code == 421:  # the server is closing this connection
                    raise _NothingSent(f"{error.code} {error.message}") from None
                keep = await _reset(client)
                # the sender is ours: a refusal is a setting to fix, not this mail's fault
                raise DeliveryError(
                    f"SMTP {error.code} sender {sender} refused: {error.message}"[:400]
                ) from None
            except _LINE_ERRORS as error:
                raise _NothingSent(f"{type(error).__name__}: {error}") from None
            try:
                await client.data(data)
            except aiosmtplib.SMTPDataError as error:
                keep = error.code != 421 and await _reset(client)
                raise refusal(error, "message refused") from None
            except _LINE_ERRORS as error:
                raise DeliveryError(
                    f"SMTP connection lost while sending ({type(error).__name__})",
                    in_doubt=True,
                ) from None
            connection.sent += 1
            keep = connection.sent < self.config.max_messages_per_connection
            politely = not keep
        finally:
            if keep:
                self._idle.append(connection)
            else:  # after a failure or a cancel the line is in doubt: just close it
                await _quit(client, politely=politely)

    async def close(self) -> None:
        """Say goodbye on every idle connection (in-flight ones close when they finish)."""
        idle, self._idle = self._idle, []
        await asyncio.gather(*(_quit(c.client, politely=True) for c in idle))


async def _reset(client: aiosmtplib.SMTP) -> bool:
    """RSET after a refusal so the connection can carry the next mail; False if it broke."""
    try:
        await client.rset()
    except (aiosmtplib.SMTPException, OSError):
        return False
    return True


async def _quit(client: aiosmtplib.SMTP, *, politely: bool) -> None:
    if politely and client.is_connected:
        with contextlib.suppress(aiosmtplib.SMTPException, OSError, TimeoutError):
            await asyncio.wait_for(client.quit(), timeout=5)
    client.close()
