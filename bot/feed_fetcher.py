"""Fetching feeds with aiohttp: conditional GET, a timeout, a size cap, a User-Agent naming the
bot, and no requests to private or loopback addresses unless the settings allow them.

A feed's address is someone else's to choose, and so is every redirect it answers with: each
hop is checked, an IP address in it before the request, a host name on the very DNS answer
the connection then uses (a second lookup could answer otherwise: DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Collection
from urllib.parse import urljoin, urlparse

import aiohttp
from aiohttp.abc import AbstractResolver, ResolveResult

from handlers.i18n import N_, Marked
from handlers.ports import FetchResult

USER_AGENT = "Bryggan/0.1 (association feed reader; +https://github.com/bryggan)"
MAX_REDIRECTS = 5
# Why a feed could not be read: said in the language of the answer they end up in.
UNREACHABLE = N_("unreachable ({kind})")
LARGER = N_("larger than {n} bytes")
REFUSED = Marked(N_("refused: a private or local address"))


class RefusedAddress(OSError):
    """A host name that resolves to a private, loopback or otherwise non-public address."""


def is_public(address: str) -> bool:
    """Whether an IP address is on the public internet (not loopback, private, link-local
    such as 169.254.169.254, carrier-grade NAT, reserved, or an IPv4 one mapped into IPv6)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])  # without an IPv6 zone
    except ValueError:
        return False
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global


class PublicOnlyResolver(AbstractResolver):
    """The connector's resolver: refuses a name when any address it resolves to is not
    public, except the names in `private_hosts`."""

    def __init__(self, inner: AbstractResolver, private_hosts: Collection[str] = ()) -> None:
        self.inner = inner
        self.private_hosts = frozenset(_host_key(h) for h in private_hosts)

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        answers = await self.inner.resolve(host, port, family)
        private = [a["host"] for a in answers if not is_public(a["host"])]
        if private and _host_key(host) not in self.private_hosts:
            raise RefusedAddress(f"{host} resolves to a private or local address")
        return answers

    async def close(self) -> None:
        await self.inner.close()


def _host_key(host: str) -> str:
    return host.lower().rstrip(".")


class AiohttpFetcher:
    def __init__(
        self,
        *,
        timeout_seconds: float = 20.0,
        max_bytes: int = 5_000_000,
        allow_private: bool = False,
        private_hosts: Collection[str] = (),
        resolver: AbstractResolver | None = None,
    ) -> None:
        """`allow_private` lets every address through (a feed server on this machine);
        `private_hosts` lets only these host names resolve to private addresses (a feed on
        the association's own network): every other name and every IP address is checked,
        on every hop. `resolver` answers DNS instead of the system's (tests)."""
        self.timeout = aiohttp.ClientTimeout(total=timeout_seconds)
        self.max_bytes, self.allow_private = max_bytes, allow_private
        self.private_hosts = frozenset(_host_key(h) for h in private_hosts)
        self._resolver = resolver
        self._in_use: AbstractResolver | None = None
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._in_use is not None and self._resolver is None:
            await self._in_use.close()  # made here; a connector never closes one it is given
        self._in_use = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None:
            resolver = self._resolver or aiohttp.DefaultResolver()
            if not self.allow_private:
                resolver = PublicOnlyResolver(resolver, self.private_hosts)
            self._in_use = resolver
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(resolver=resolver),
                timeout=self.timeout,
                headers={"User-Agent": USER_AGENT},
            )
        return self._session

    async def fetch(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        headers = {"Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        try:
            for _hop in range(MAX_REDIRECTS + 1):
                refusal = self._refusal(url)
                if refusal:
                    return FetchResult(status=0, error=refusal)
                async with self._client().get(url, headers=headers, allow_redirects=False) as r:
                    if r.status in (301, 302, 303, 307, 308) and "Location" in r.headers:
                        url = urljoin(url, r.headers["Location"])
                        continue
                    return await self._result(r)
            return FetchResult(status=0, error=Marked(N_("too many redirects")))
        except TimeoutError:
            return FetchResult(status=0, error=Marked(N_("timed out")))
        except aiohttp.ClientConnectorError as error:
            if isinstance(error.os_error, RefusedAddress):
                return FetchResult(status=0, error=REFUSED)
            if isinstance(error.os_error, socket.gaierror):
                return FetchResult(status=0, error=Marked(N_("the host name does not resolve")))
            return FetchResult(status=0, error=Marked(UNREACHABLE, kind=type(error).__name__))
        except (aiohttp.ClientError, OSError, ValueError) as error:
            return FetchResult(status=0, error=Marked(UNREACHABLE, kind=type(error).__name__))

    async def _result(self, response: aiohttp.ClientResponse) -> FetchResult:
        body = b""
        if response.status == 200:
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.content.iter_chunked(65536):
                size += len(chunk)
                if size > self.max_bytes:
                    return FetchResult(status=0, error=Marked(LARGER, n=self.max_bytes))
                chunks.append(chunk)
            body = b"".join(chunks)
        return FetchResult(
            status=response.status,
            body=body,
            content_type=response.headers.get("Content-Type", ""),
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
        )

    def _refusal(self, url: str) -> str | None:
        """Why this address may not be fetched, or None. An IP address is checked here; a
        host name when the connection resolves it (`PublicOnlyResolver`)."""
        parts = urlparse(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return Marked(N_("not an http or https address"))
        if self.allow_private or _host_key(parts.hostname) in self.private_hosts:
            return None
        try:
            ipaddress.ip_address(parts.hostname.split("%", 1)[0])
        except ValueError:
            return None  # a name: checked on its DNS answer
        return None if is_public(parts.hostname) else REFUSED
