"""Who is asking, as far as a web server can tell: the client's address (believing
X-Forwarded-For only from TRUSTED_PROXIES), kept only as a keyed hash, and the Host header
checked against ALLOWED_HOSTS."""

from __future__ import annotations

import hashlib
import hmac
from ipaddress import ip_address, ip_network

from aiohttp import web

from handlers.public_config import PublicConfig


def client_address(request: web.Request, trusted: tuple[str, ...]) -> str:
    """The connecting address; behind a trusted proxy, the nearest untrusted address in
    X-Forwarded-For (the leftmost entries are whatever the client chose to write)."""
    networks = [ip_network(n) for n in trusted]
    remote = request.remote or "unknown"
    hops = [remote] + [
        part.strip()
        for header in reversed(request.headers.getall("X-Forwarded-For", []))
        for part in reversed(header.split(","))
    ]
    for hop in hops:
        try:
            address = ip_address(hop)
        except ValueError:
            return hop[:64]  # not an address: the chain can be followed no further
        if not any(address in network for network in networks):
            return str(address)
    return hops[-1][:64]


def counted_as(address: str) -> str:
    """Who an address counts as for limits: an IPv6 client holds a whole /64 (any host gets
    billions of addresses in it), an IPv4 one its address (an IPv4-mapped one too)."""
    try:
        parsed = ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6 and parsed.ipv4_mapped is None:
        return str(ip_network(f"{parsed}/64", strict=False))
    return str(getattr(parsed, "ipv4_mapped", None) or parsed)


def client_key(request: web.Request, public: PublicConfig, secret: bytes) -> str:
    """A keyed hash of the client's address: counted for limits, never stored as such."""
    address = counted_as(client_address(request, public.trusted_proxies))
    return hmac.new(secret, address.encode(), hashlib.sha256).hexdigest()[:32]


def host_allowed(request: web.Request, public: PublicConfig) -> bool:
    """Without a base URL, links are built from Host: only the listed hosts are answered."""
    if public.base_url or not public.allowed_hosts:
        return True
    host = (request.host or "").rsplit(":", 1)[0].strip("[]").lower()
    return host in public.allowed_hosts
