"""A feed on a public host that redirects to a private address is not followed there (SSRF).

The local feed server listens on 127.0.0.1, which the fetcher refuses like any private
address. So the feed's host here is a name, `feeds.example.org`, that a stub DNS answers
with 127.0.0.1 and that the fetcher is told may be private (`private_hosts`, as for a feed on
the association's own network). Nothing else is let through: each redirect target below is
checked by the real check, against the same live server, which would answer with a feed if
the fetcher went there.
"""

from __future__ import annotations

import socket
from collections.abc import AsyncIterator

import pytest
from aiohttp.abc import AbstractResolver, ResolveResult
from aiohttp.resolver import ThreadedResolver

from bot.feed_fetcher import REFUSED, AiohttpFetcher
from tests.fakes.feed_server import FeedServer

FEEDS = "feeds.example.org"  # the feed's public-looking host (stub DNS: 127.0.0.1)
STUB_DNS = {
    FEEDS: ["127.0.0.1"],
    "intranet.example.org": ["10.20.30.40"],
    "rebound.example.org": ["127.0.0.1"],
    "mixed.example.org": ["93.184.216.34", "127.0.0.1"],  # one private answer is enough
    "metadata.example.org": ["169.254.169.254"],
    "v6.example.org": ["::1"],
}


class StubResolver(AbstractResolver):
    """Answers the names above; any other name (`localhost`) goes to the system's DNS."""

    def __init__(self) -> None:
        self.system = ThreadedResolver()
        self.asked: list[str] = []

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        self.asked.append(host)
        if host not in STUB_DNS:
            return await self.system.resolve(host, port, family)
        return [
            ResolveResult(
                hostname=host,
                host=address,
                port=port,
                family=socket.AF_INET6 if ":" in address else socket.AF_INET,
                proto=0,
                flags=socket.AI_NUMERICHOST,
            )
            for address in STUB_DNS[host]
        ]

    async def close(self) -> None:
        await self.system.close()


@pytest.fixture
async def server() -> AsyncIterator[FeedServer]:
    async with FeedServer() as running:
        yield running


@pytest.fixture
async def dns() -> AsyncIterator[StubResolver]:
    resolver = StubResolver()
    yield resolver
    await resolver.close()


@pytest.fixture
async def fetcher(dns: StubResolver) -> AsyncIterator[AiohttpFetcher]:
    client = AiohttpFetcher(timeout_seconds=5, private_hosts={FEEDS}, resolver=dns)
    yield client
    await client.close()


def public(server: FeedServer, path: str) -> str:
    return f"http://{FEEDS}:{server.port}{path}"


async def test_the_feed_host_is_fetched_and_a_redirect_on_it_is_followed(
    server: FeedServer, fetcher: AiohttpFetcher
) -> None:
    """The setting up works: without a private hop the feed comes."""
    server.redirect("/old.xml", public(server, "/atom.xml"))
    moved = await fetcher.fetch(public(server, "/old.xml"))
    assert (moved.status, moved.error) == (200, None) and b"<feed" in moved.body
    assert server.hits["/old.xml"] == server.hits["/atom.xml"] == 1


PRIVATE_TARGETS = [
    "http://127.0.0.1:{port}/atom.xml",
    "http://127.1.2.3:{port}/atom.xml",
    "http://0.0.0.0:{port}/atom.xml",
    "http://[::1]:{port}/atom.xml",
    "http://[::ffff:127.0.0.1]:{port}/atom.xml",
    "http://10.0.0.7/feed.xml",
    "http://192.168.1.1/feed.xml",
    "http://172.16.0.1/feed.xml",
    "http://100.64.0.1/feed.xml",
    "http://169.254.169.254/latest/meta-data/",
    "http://[fd00::1]/feed.xml",
    "http://[fe80::1%25eth0]/feed.xml",
    "https://127.0.0.1:{port}/atom.xml",
    "http://localhost:{port}/atom.xml",  # the system's DNS
    "http://rebound.example.org:{port}/atom.xml",  # names whose DNS answer is private
    "http://intranet.example.org/feed.xml",
    "http://mixed.example.org:{port}/atom.xml",
    "http://metadata.example.org/latest/meta-data/",
    "http://v6.example.org:{port}/atom.xml",
]


REDIRECTS = [(target, (301, 302, 303, 307, 308)[n % 5]) for n, target in enumerate(PRIVATE_TARGETS)]


@pytest.mark.parametrize(("target", "status"), REDIRECTS)
async def test_a_redirect_to_a_private_address_is_refused(
    server: FeedServer, fetcher: AiohttpFetcher, target: str, status: int
) -> None:
    server.redirect("/old.xml", target.format(port=server.port), status=status)
    refused = await fetcher.fetch(public(server, "/old.xml"))
    assert (refused.status, refused.error, refused.body) == (0, REFUSED, b"")
    assert server.hits["/old.xml"] == 1, "the public hop was fetched"
    assert server.hits["/atom.xml"] == 0, "the private one never"


async def test_every_hop_is_checked_not_only_the_first_redirect(
    server: FeedServer, fetcher: AiohttpFetcher
) -> None:
    server.redirect("/a.xml", public(server, "/b.xml"))
    server.redirect("/b.xml", public(server, "/c.xml"), status=302)
    server.redirect("/c.xml", f"http://[::1]:{server.port}/atom.xml", status=307)
    refused = await fetcher.fetch(public(server, "/a.xml"))
    assert refused.error == REFUSED
    assert [server.hits[p] for p in ("/a.xml", "/b.xml", "/c.xml", "/atom.xml")] == [1, 1, 1, 0]


async def test_a_feed_address_whose_name_resolves_privately_is_refused(
    server: FeedServer, fetcher: AiohttpFetcher, dns: StubResolver
) -> None:
    """The first address too: the name's DNS answer is what is checked, and it is the
    answer the connection uses (one lookup, so a second cannot answer otherwise)."""
    for name in ("rebound.example.org", "mixed.example.org", "v6.example.org"):
        dns.asked.clear()
        refused = await fetcher.fetch(f"http://{name}:{server.port}/atom.xml")
        assert refused.error == REFUSED, name
        assert dns.asked == [name]
    assert server.hits["/atom.xml"] == 0


async def test_without_the_exception_the_feed_host_itself_is_refused(
    server: FeedServer, dns: StubResolver
) -> None:
    """`private_hosts` is what lets the feed host through above: the check is the real one."""
    guarded = AiohttpFetcher(timeout_seconds=5, resolver=dns)
    try:
        refused = await guarded.fetch(public(server, "/atom.xml"))
    finally:
        await guarded.close()
    assert refused.error == REFUSED and not server.requests
