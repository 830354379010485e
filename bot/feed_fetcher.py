"""Fetching feeds with aiohttp: conditional GET, a timeout, a size cap, a User-Agent naming the
bot, and no requests to private or loopback addresses unless the settings allow them."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urljoin, urlparse

import aiohttp

from handlers.ports import FetchResult

USER_AGENT = "Bryggan/0.1 (association feed reader; +https://github.com/bryggan)"
MAX_REDIRECTS = 5


class AiohttpFetcher:
    def __init__(
        self,
        *,
        timeout_seconds: float = 20.0,
        max_bytes: int = 5_000_000,
        allow_private: bool = False,
    ) -> None:
        self.timeout = aiohttp.ClientTimeout(total=timeout_seconds)
        self.max_bytes, self.allow_private = max_bytes, allow_private
        self._session: aiohttp.ClientSession | None = None

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _client(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(
                timeout=self.timeout, headers={"User-Agent": USER_AGENT}
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
                refusal = await self._refusal(url)
                if refusal:
                    return FetchResult(status=0, error=refusal)
                async with self._client().get(url, headers=headers, allow_redirects=False) as r:
                    if r.status in (301, 302, 303, 307, 308) and "Location" in r.headers:
                        url = urljoin(url, r.headers["Location"])
                        continue
                    return await self._result(r)
            return FetchResult(status=0, error="too many redirects")
        except TimeoutError:
            return FetchResult(status=0, error="timed out")
        except (aiohttp.ClientError, OSError, ValueError) as error:
            return FetchResult(status=0, error=f"unreachable ({type(error).__name__})")

    async def _result(self, response: aiohttp.ClientResponse) -> FetchResult:
        body = b""
        if response.status == 200:
            chunks: list[bytes] = []
            size = 0
            async for chunk in response.content.iter_chunked(65536):
                size += len(chunk)
                if size > self.max_bytes:
                    return FetchResult(status=0, error=f"larger than {self.max_bytes} bytes")
                chunks.append(chunk)
            body = b"".join(chunks)
        return FetchResult(
            status=response.status,
            body=body,
            content_type=response.headers.get("Content-Type", ""),
            etag=response.headers.get("ETag"),
            last_modified=response.headers.get("Last-Modified"),
        )

    async def _refusal(self, url: str) -> str | None:
        """Why this address may not be fetched (private networks), or None."""
        parts = urlparse(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return "not an http or https address"
        if self.allow_private:
            return None
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                parts.hostname, parts.port or 443, type=socket.SOCK_STREAM
            )
        except OSError:
            return "the host name does not resolve"
        for info in infos:
            address = ipaddress.ip_address(info[4][0])
            if not address.is_global:
                return "refused: a private or local address"
        return None
