"""A fake of the two Microsoft token services a Teams bot meets, on 127.0.0.1 (port 0).

- Bot Framework's OpenID metadata (`metadata_url`, as at login.botframework.com/v1/.well-known/
  openidconfiguration) and its JWKS: RSA keys made with `cryptography`, each with
  `endorsements`. The issuer signs Connector→bot tokens (`activity_token`) the way Bot Framework
  does, and every forgery a bot must refuse (`TOKEN_FORGERIES`).
- Entra's (AAD's) v2 token endpoint (`{login_url}/{tenant}/oauth2/v2.0/token`): a
  client-credentials grant, checked field by field with AAD's status, `error` and AADSTS code
  (400 for a bad request, unknown tenant, client or scope; 401 `invalid_client` for a missing
  or wrong secret). It issues opaque tokens with `expires_in`; `access_token_ok` lets a fake
  Connector check a bearer token.

"other-tenant" is the one activity-side forgery: its token is a good one, and the test puts
`other_tenant_id` in the activity (`conversation.tenantId` / `channelData.tenant.id`).
Counters: `metadata_fetches`, `keys_fetches`, `token_fetches`. `metadata_down` / `login_down`
answer 503 with an HTML page; `hold(endpoint)` parks requests until the returned event is set.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import secrets
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any

import jwt
from aiohttp import web
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from tests.fakes.served import Served

ISSUER = "https://api.botframework.com"
SCOPE = "https://api.botframework.com/.default"
METADATA_PATH = "/v1/.well-known/openidconfiguration"
KEYS_PATH = "/v1/.well-known/keys"
TOKEN_FORGERIES = (
    "other-key",
    "unknown-kid",
    "expired",
    "not-yet-valid",
    "wrong-audience",
    "wrong-issuer",
    "wrong-serviceurl",
    "no-endorsement",
    "alg-none",
    "hs256-public-key",
)
ACTIVITY_FORGERIES = ("other-tenant",)
FORGERIES = TOKEN_FORGERIES + ACTIVITY_FORGERIES
_DOWN = "<html><head><title>503 Service Unavailable</title></head><body>503</body></html>"


@cache
def _rsa_key(index: int) -> rsa.RSAPrivateKey:
    """Key generation is a test's slow part, so the n-th key of every issuer is the same
    2048-bit key (under a kid of its own); within one issuer keys are distinct."""
    del index
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _compact(header: dict[str, Any], claims: dict[str, Any], sign: Callable[[bytes], bytes]) -> str:
    """A JWS by hand, for the forgeries PyJWT refuses to make."""
    head = _b64(json.dumps(header, separators=(",", ":")).encode())
    body = _b64(json.dumps(claims, separators=(",", ":")).encode())
    signing_input = f"{head}.{body}".encode()
    return f"{head}.{body}.{_b64(sign(signing_input))}"


@dataclass
class SigningKey:
    kid: str
    private: rsa.RSAPrivateKey
    endorsements: tuple[str, ...]

    def jwk(self) -> dict[str, Any]:
        """The key as Bot Framework publishes it (x5c left out: nothing reads it)."""
        public = jwt.algorithms.RSAAlgorithm.to_jwk(self.private.public_key(), as_dict=True)
        return {
            "kty": "RSA",
            "use": "sig",
            "kid": self.kid,
            "x5t": self.kid,
            "n": public["n"],
            "e": public["e"],
            "endorsements": list(self.endorsements),
        }

    def public_pem(self) -> bytes:
        return self.private.public_key().public_bytes(
            serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
        )


class FakeIssuer(Served):
    """Bot Framework's signing keys and Entra's token endpoint for one app in one tenant."""

    def __init__(
        self,
        *,
        app_id: str,
        tenant_id: str,
        password: str,
        clock: Callable[[], float] = time.time,
        token_lifetime: int = 3599,
    ) -> None:
        self.app_id, self.tenant_id, self.password = app_id, tenant_id, password
        self.clock, self.token_lifetime = clock, token_lifetime
        self.algorithms = ["RS256"]  # id_token_signing_alg_values_supported
        self.other_tenant_id = str(uuid.uuid4())
        self.other_app_id = str(uuid.uuid4())
        self.other_issuer = f"https://sts.windows.net/{tenant_id}/"  # an Entra issuer
        self.other_service_url = "https://smba.attacker.example/teams/"
        self.unendorsed_channel = "webchat"  # what the "no-endorsement" key is endorsed for
        self._key_count = 0
        self.current = self._new_key(("msteams",))  # signs the good tokens
        self.unendorsed = self._new_key((self.unendorsed_channel, "directline"))
        self._forger = self._take_private()  # never published
        self.published: list[SigningKey] = [self.current, self.unendorsed]
        self._unpublished: dict[str, SigningKey] = {}  # kid -> key of an "unknown-kid" token
        self._access_tokens: dict[str, float] = {}  # token -> expiry (self.clock)
        self.metadata_fetches = self.keys_fetches = self.token_fetches = 0
        self.metadata_down = self.login_down = False
        self._held: dict[str, asyncio.Event] = {}
        self.arrived: dict[str, asyncio.Event] = {
            e: asyncio.Event() for e in ("metadata", "keys", "token")
        }
        self.base_url = ""
        self._runner: web.AppRunner | None = None

    # lifecycle

    @property
    def metadata_url(self) -> str:
        return self.base_url + METADATA_PATH

    @property
    def login_url(self) -> str:
        return self.base_url

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get(METADATA_PATH, self._counted("metadata", self._metadata))
        app.router.add_get(KEYS_PATH, self._counted("keys", self._keys))
        app.router.add_post("/{tenant}/oauth2/v2.0/token", self._counted("token", self._token))
        self._runner = web.AppRunner(app, shutdown_timeout=1.0, handle_signals=False)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        self.base_url = f"http://127.0.0.1:{self._runner.addresses[0][1]}"

    async def stop(self) -> None:
        for release in self._held.values():
            release.set()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def hold(self, endpoint: str) -> asyncio.Event:
        """Park every request to `endpoint` ("metadata", "keys", "token") until the returned
        event is set; `arrived[endpoint]` is set when one comes in."""
        self._held[endpoint] = asyncio.Event()
        return self._held[endpoint]

    # keys

    def _take_private(self) -> rsa.RSAPrivateKey:
        self._key_count += 1
        return _rsa_key(self._key_count - 1)

    def _new_key(self, endorsements: tuple[str, ...]) -> SigningKey:
        return SigningKey(secrets.token_urlsafe(20), self._take_private(), endorsements)

    def rotate(self, *, retire: bool = False) -> str:
        """A new msteams signing key, published and used for good tokens from now on;
        `retire=True` also stops publishing the previous one. Returns the new kid."""
        old, self.current = self.current, self._new_key(("msteams",))
        if retire:
            self.published.remove(old)
        self.published.append(self.current)
        return self.current.kid

    def publish(self, kid: str) -> None:
        """Publish the key an "unknown-kid" token was signed with (a control: now it is known)."""
        self.published.append(self._unpublished.pop(kid))

    def trust_forger(self) -> None:
        """Publish the forger's key under the good kid (a control for "other-key": the same
        token then verifies)."""
        swapped = SigningKey(self.current.kid, self._forger, self.current.endorsements)
        self.published[self.published.index(self.current)] = swapped

    # tokens

    def sign(self, claims: dict[str, Any], *, key: SigningKey | None = None) -> str:
        """`claims` signed RS256 as Bot Framework signs them (by the current key by default)."""
        key = key or self.current
        return jwt.encode(
            claims, key.private, algorithm="RS256", headers={"kid": key.kid, "x5t": key.kid}
        )

    def activity_token(
        self, service_url: str, *, forgery: str | None = None, now: float | None = None
    ) -> str:
        """A Connector→bot token for an activity on `service_url`, or the named forgery."""
        if forgery is not None and forgery not in FORGERIES:
            raise ValueError(f"unknown forgery {forgery!r}; known: {', '.join(FORGERIES)}")
        issued = int(self.clock() if now is None else now)
        claims: dict[str, Any] = {
            "serviceurl": service_url,
            "nbf": issued,
            "exp": issued + 3600,
            "iss": ISSUER,
            "aud": self.app_id,
        }
        match forgery:
            case "expired":
                claims.update(nbf=issued - 4200, exp=issued - 600)
            case "not-yet-valid":
                claims.update(nbf=issued + 600, exp=issued + 4200)
            case "wrong-audience":
                claims["aud"] = self.other_app_id
            case "wrong-issuer":
                claims["iss"] = self.other_issuer
            case "wrong-serviceurl":
                claims["serviceurl"] = self.other_service_url
            case "no-endorsement":
                return self.sign(claims, key=self.unendorsed)
            case "other-key":
                return self.sign(claims, key=SigningKey(self.current.kid, self._forger, ()))
            case "unknown-kid":
                key = SigningKey(secrets.token_urlsafe(20), self._forger, ("msteams",))
                self._unpublished[key.kid] = key
                return self.sign(claims, key=key)
            case "alg-none":
                header = {"alg": "none", "kid": self.current.kid, "typ": "JWT"}
                return _compact(header, claims, lambda _: b"")
            case "hs256-public-key":
                secret = self.current.public_pem()
                header = {"alg": "HS256", "kid": self.current.kid, "typ": "JWT"}
                return _compact(header, claims, lambda m: hmac.digest(secret, m, hashlib.sha256))
        return self.sign(claims)

    def access_token_ok(self, token: str) -> bool:
        """Whether `token` came from the login endpoint and has not expired."""
        expires = self._access_tokens.get(token)
        return expires is not None and self.clock() < expires

    # endpoints

    def _counted(
        self, endpoint: str, handler: Callable[[web.Request], Awaitable[web.Response]]
    ) -> Callable[[web.Request], Awaitable[web.Response]]:
        async def counted(request: web.Request) -> web.Response:
            if endpoint == "metadata":
                self.metadata_fetches += 1
            elif endpoint == "keys":
                self.keys_fetches += 1
            else:
                self.token_fetches += 1
            self.arrived[endpoint].set()
            if endpoint in self._held:
                await self._held[endpoint].wait()
            down = self.login_down if endpoint == "token" else self.metadata_down
            if down:
                return web.Response(status=503, text=_DOWN, content_type="text/html")
            return await handler(request)

        return counted

    async def _metadata(self, _request: web.Request) -> web.Response:
        return web.json_response(
            {
                "issuer": ISSUER,
                "authorization_endpoint": "https://invalid.botframework.com",
                "jwks_uri": self.base_url + KEYS_PATH,
                "id_token_signing_alg_values_supported": list(self.algorithms),
                "token_endpoint_auth_methods_supported": ["private_key_jwt"],
            }
        )

    async def _keys(self, _request: web.Request) -> web.Response:
        return web.json_response({"keys": [key.jwk() for key in self.published]})

    async def _token(self, request: web.Request) -> web.Response:
        refusal = await self._refusal(request)
        if refusal is not None:
            return refusal
        token = secrets.token_urlsafe(48)
        self._access_tokens[token] = self.clock() + self.token_lifetime
        lifetime = self.token_lifetime
        return web.json_response(
            {
                "token_type": "Bearer",
                "expires_in": lifetime,
                "ext_expires_in": lifetime,
                "access_token": token,
            }
        )

    async def _refusal(self, request: web.Request) -> web.Response | None:
        """AAD's answer to a bad client-credentials request, or None if it is good."""
        if request.match_info["tenant"] != self.tenant_id:
            return _aad(400, "invalid_request", 90002, "Tenant not found.")
        if request.content_type != "application/x-www-form-urlencoded":
            return _aad(
                400, "invalid_request", 900144, "The request body must contain 'grant_type'."
            )
        form = await request.post()
        for name in ("grant_type", "client_id", "scope"):
            if not form.get(name):
                return _aad(400, "invalid_request", 900144, f"The body must contain '{name}'.")
        if form["grant_type"] != "client_credentials":
            return _aad(400, "unsupported_grant_type", 70003, "Unsupported grant type.")
        if form["client_id"] != self.app_id:
            return _aad(400, "unauthorized_client", 700016, "Application not found.")
        if not form.get("client_secret"):
            return _aad(401, "invalid_client", 7000216, "'client_secret' is required.")
        if not hmac.compare_digest(str(form["client_secret"]), self.password):
            return _aad(401, "invalid_client", 7000215, "Invalid client secret provided.")
        if not str(form["scope"]).endswith("/.default"):
            return _aad(400, "invalid_scope", 1002012, "Scope must end in /.default.")
        if form["scope"] != SCOPE:
            return _aad(400, "invalid_resource", 500011, "Resource principal not found.")
        return None


def _aad(status: int, error: str, code: int, text: str) -> web.Response:
    trace, correlation = str(uuid.uuid4()), str(uuid.uuid4())
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%SZ")
    return web.json_response(
        {
            "error": error,
            "error_description": f"AADSTS{code}: {text} Trace ID: {trace} "
            f"Correlation ID: {correlation} Timestamp: {stamp}",
            "error_codes": [code],
            "timestamp": stamp,
            "trace_id": trace,
            "correlation_id": correlation,
        },
        status=status,
    )
