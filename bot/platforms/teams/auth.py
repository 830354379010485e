"""Checks the Bot Connector's JWT on every inbound request, by every rule Microsoft lists
("Authentication with the Bot Connector API"; docs/teams-research.md section 2), because the
raw REST API gives no SDK to do it for us.

The OpenID metadata and its signing keys are fetched over the bot's own aiohttp session (no
blocking I/O on the loop), kept for a day and used for up to five days while the host is
unreachable. An unknown `kid` causes one refetch, at most once per `refetch_seconds`, so forged
kids cannot make the bot hammer the metadata host. Every failure is one `Unauthorized(reason)`,
which the caller answers with 401; its text never holds the token.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp
import jwt

log = logging.getLogger(__name__)

BOT_FRAMEWORK_ISSUER = "https://api.botframework.com"
LEEWAY_SECONDS = 300.0  # the clock skew Microsoft allows on exp/nbf
REFRESH_SECONDS = 24 * 3600.0  # the SDKs refresh the keys daily
MAX_KEY_AGE_SECONDS = 5 * 24 * 3600.0  # "may be cached for long periods (5 days)"
FAILED_RETRY_SECONDS = 10.0  # after a failed fetch, no new attempt for this long
MAX_DOCUMENT_BYTES = 1024 * 1024
# Asymmetric algorithms only: a symmetric one (HS*) would let anyone holding the public key
# sign, and "none" signs nothing. The metadata narrows this further.
ASYMMETRIC = frozenset(
    {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512", "EdDSA"}
)


class Unauthorized(Exception):
    """The request is not from the Bot Connector: answer 401, handle nothing.
    The text is a short fixed reason, never the token."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class _FetchFailed(Exception):
    """The metadata or key document could not be had (down, refused, not JSON, too big)."""


@dataclass(frozen=True)
class _Key:
    key: jwt.PyJWK
    endorsements: frozenset[str]


class _SigningKeys:
    """The OpenID metadata's algorithms and keys, fetched one at a time under a lock."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        metadata_url: str,
        clock: Callable[[], float],
        refetch_seconds: float,
        fetch_timeout: float,
    ) -> None:
        self._session, self._metadata_url, self._clock = session, metadata_url, clock
        self._refetch_seconds = refetch_seconds
        self._failed_retry = min(refetch_seconds, FAILED_RETRY_SECONDS)
        self._timeout = aiohttp.ClientTimeout(total=fetch_timeout)
        self._lock = asyncio.Lock()
        self._keys: dict[str, _Key] = {}
        self._algorithms: frozenset[str] = frozenset()
        self._fetched_at: float | None = None  # the last successful fetch
        self._refetched_at: float | None = None  # the last fetch an unknown kid caused
        self._failed_at: float | None = None  # the last failed fetch

    async def lookup(self, kid: str) -> tuple[_Key, frozenset[str]]:
        """The key called `kid` and the allowed algorithms, fetching only when needed."""
        fetched = self._fetched_at
        if fetched is not None and self._clock() - fetched < REFRESH_SECONDS and kid in self._keys:
            return self._keys[kid], self._algorithms
        async with self._lock:  # whoever waited here finds the fetch the first one made
            now = self._clock()
            if self._should_fetch(kid, now):
                await self._fetch(now)
            fetched = self._fetched_at
            if fetched is None or self._clock() - fetched >= MAX_KEY_AGE_SECONDS:
                raise Unauthorized("signing keys unavailable")
            if kid not in self._keys:
                raise Unauthorized("unknown signing key")
            return self._keys[kid], self._algorithms

    def _should_fetch(self, kid: str, now: float) -> bool:
        """First use, a daily refresh, or an unknown kid (at most once per refetch_seconds);
        never again right after a failure."""
        if self._failed_at is not None and now - self._failed_at < self._failed_retry:
            return False
        if self._fetched_at is None or now - self._fetched_at >= REFRESH_SECONDS:
            return True
        if kid in self._keys:
            return False
        if self._refetched_at is not None and now - self._refetched_at < self._refetch_seconds:
            return False
        self._refetched_at = now
        return True

    async def _fetch(self, now: float) -> None:
        """Metadata, then its jwks_uri; on failure the old keys stay (up to their age limit)."""
        try:
            metadata = await self._get_json(self._metadata_url)
            jwks_uri = metadata.get("jwks_uri")
            algorithms = metadata.get("id_token_signing_alg_values_supported")
            if not isinstance(jwks_uri, str) or not isinstance(algorithms, list):
                raise _FetchFailed("metadata without jwks_uri or algorithms")
            keys = _parse_keys(await self._get_json(jwks_uri))
        except _FetchFailed as error:
            self._failed_at = now
            log.warning("teams: signing keys not fetched from %s: %s", self._metadata_url, error)
            return
        self._keys = keys
        self._algorithms = frozenset(a for a in algorithms if isinstance(a, str))
        self._fetched_at, self._failed_at = now, None

    async def _get_json(self, url: str) -> dict[str, Any]:
        try:
            async with self._session.get(url, timeout=self._timeout) as response:
                if response.status != 200:
                    raise _FetchFailed(f"HTTP {response.status}")
                body = await _read_capped(response)
        except (aiohttp.ClientError, TimeoutError) as error:
            raise _FetchFailed(type(error).__name__) from error
        try:
            document = json.loads(body)
        except ValueError as error:
            raise _FetchFailed("not JSON") from error
        if not isinstance(document, dict):
            raise _FetchFailed("not a JSON object")
        return document


async def _read_capped(response: aiohttp.ClientResponse) -> bytes:
    """The body, refusing more than MAX_DOCUMENT_BYTES (a key set is a few kilobytes)."""
    body = bytearray()
    async for chunk in response.content.iter_chunked(64 * 1024):
        body += chunk
        if len(body) > MAX_DOCUMENT_BYTES:
            raise _FetchFailed("document too large")
    return bytes(body)


def _parse_keys(jwks: Mapping[str, Any]) -> dict[str, _Key]:
    """Every usable signing key by kid; a key PyJWT cannot read is skipped, not fatal."""
    keys: dict[str, _Key] = {}
    entries = jwks.get("keys")
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("kid"), str):
            continue
        if entry.get("use", "sig") != "sig":
            continue
        try:
            key = jwt.PyJWK(entry)
        except (jwt.PyJWTError, ValueError, TypeError, KeyError):
            continue
        endorsements = entry.get("endorsements")
        endorsed = (
            [e for e in endorsements if isinstance(e, str)]
            if isinstance(endorsements, list)
            else []
        )
        keys[entry["kid"]] = _Key(key, frozenset(endorsed))
    if not keys:
        raise _FetchFailed("no usable signing keys")
    return keys


class TokenValidator:
    """Validates `Authorization: Bearer <jwt>` against the activity it came with."""

    def __init__(
        self,
        session: aiohttp.ClientSession,
        *,
        metadata_url: str,
        app_id: str,
        tenant_id: str,
        clock: Callable[[], float] = time.time,
        refetch_seconds: float = 300,
        issuer: str = BOT_FRAMEWORK_ISSUER,
        fetch_timeout: float = 10,
    ) -> None:
        """`clock` is wall-clock seconds (exp/nbf and the key cache); `issuer` differs only
        in sovereign clouds; `fetch_timeout` bounds each metadata or key request."""
        self._app_id, self._tenant_id, self._issuer, self._clock = app_id, tenant_id, issuer, clock
        self._keys = _SigningKeys(session, metadata_url, clock, refetch_seconds, fetch_timeout)

    async def validate(
        self, authorization: str | None, activity: Mapping[str, Any]
    ) -> Mapping[str, Any]:
        """The token's claims if every rule holds; otherwise `Unauthorized`."""
        token = _bearer(authorization)
        kid, alg = _header(token)
        channel = activity.get("channelId")
        if not isinstance(channel, str) or not channel:
            raise Unauthorized("activity without channelId")
        key, algorithms = await self._keys.lookup(kid)
        if alg not in algorithms:
            raise Unauthorized("algorithm not allowed")
        claims = self._decode(token, key.key, alg)
        _check_times(claims, self._clock())
        if channel not in key.endorsements:
            raise Unauthorized("key not endorsed for channel")
        _check_service_url(claims, activity)
        _check_tenant(activity, self._tenant_id)
        return claims

    def _decode(self, token: str, key: jwt.PyJWK, alg: str) -> dict[str, Any]:
        """Signature, issuer and audience by PyJWT; the times are checked on our clock."""
        options: Any = {
            "require": ["exp", "iss", "aud"],
            "verify_exp": False,
            "verify_nbf": False,
            "verify_iat": False,
        }
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key,
                algorithms=[alg],
                audience=self._app_id,
                issuer=self._issuer,
                options=options,
            )
        except jwt.InvalidSignatureError:
            raise Unauthorized("bad signature") from None
        except jwt.InvalidAudienceError:
            raise Unauthorized("wrong audience") from None
        except jwt.InvalidIssuerError:
            raise Unauthorized("wrong issuer") from None
        except jwt.MissingRequiredClaimError:
            raise Unauthorized("missing claim") from None
        except jwt.InvalidAlgorithmError:
            raise Unauthorized("algorithm not allowed") from None
        except (jwt.PyJWTError, ValueError, TypeError):
            raise Unauthorized("invalid token") from None
        return claims


def _bearer(authorization: str | None) -> str:
    scheme, _, token = (authorization or "").partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or " " in token:
        raise Unauthorized("no bearer token")
    return token


def _header(token: str) -> tuple[str, str]:
    """The kid and alg, refusing a symmetric or absent algorithm before any fetch."""
    try:
        header = jwt.get_unverified_header(token)
    except (jwt.PyJWTError, ValueError, TypeError):
        raise Unauthorized("malformed token") from None
    kid, alg = header.get("kid"), header.get("alg")
    if not isinstance(kid, str) or not kid or len(kid) > 256:
        raise Unauthorized("malformed token")
    if not isinstance(alg, str) or alg not in ASYMMETRIC:
        raise Unauthorized("algorithm not allowed")
    return kid, alg


def _number(claims: Mapping[str, Any], name: str) -> float | None:
    value = claims.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Unauthorized("invalid token")
    return float(value)


def _check_times(claims: Mapping[str, Any], now: float) -> None:
    expires, not_before = _number(claims, "exp"), _number(claims, "nbf")
    if expires is None:
        raise Unauthorized("missing claim")
    if now > expires + LEEWAY_SECONDS:
        raise Unauthorized("expired")
    if not_before is not None and now + LEEWAY_SECONDS < not_before:
        raise Unauthorized("not yet valid")


def _normal_url(url: object) -> str:
    return url.rstrip("/") if isinstance(url, str) else ""


def _check_service_url(claims: Mapping[str, Any], activity: Mapping[str, Any]) -> None:
    """The token was issued for the serviceUrl the activity asks us to answer on, so a
    replayed token cannot steer the bot's bearer token to another host."""
    claimed, given = _normal_url(claims.get("serviceurl")), _normal_url(activity.get("serviceUrl"))
    if not claimed or claimed != given:
        raise Unauthorized("service url mismatch")


def _check_tenant(activity: Mapping[str, Any], tenant_id: str) -> None:
    """Defence in depth for a single-tenant bot: every tenant the activity names is ours."""
    named: list[object] = []
    conversation = activity.get("conversation")
    if isinstance(conversation, Mapping) and "tenantId" in conversation:
        named.append(conversation["tenantId"])
    channel_data = activity.get("channelData")
    tenant = channel_data.get("tenant") if isinstance(channel_data, Mapping) else None
    if isinstance(tenant, Mapping) and "id" in tenant:
        named.append(tenant["id"])
    if not named or any(t != tenant_id for t in named):
        raise Unauthorized("wrong tenant")
