"""Teams' inbound JWT check and outbound token against the fake issuer (tests/fakes/
teams_issuer.py): a good token passes; every forgery is refused for its own reason and the
same token passes once only that rule's condition holds; keys are cached, rotated in with one
refetch, and forged kids cannot make the bot hammer the metadata host (control: with the
throttle at 0 they do); a host that is down gives Unauthorized, never a crash. The Connector
token is cached, renewed near expiry on an injected clock, fetched once under concurrency,
and a refused login names status and AAD code but never the secret."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import time
import uuid
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import jwt
import pytest

from bot.platforms.teams.auth import TokenValidator, Unauthorized
from bot.platforms.teams.token import ConnectorToken, LoginError
from tests.fakes.teams_issuer import FORGERIES, ISSUER, SCOPE, FakeIssuer

APP_ID = "5f1d0c3e-8a4b-4c2d-9e6f-1a2b3c4d5e6f"
TENANT_ID = "0b7e2c1d-3f4a-4b5c-8d9e-aabbccddeeff"
PASSWORD = "Qx8~pL2.vN-app-password_Zr4"
SERVICE_URL = "https://smba.trafficmanager.net/emea/"


class Clock:
    """Wall-clock seconds a test moves by hand."""

    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def activity(
    *, service_url: str = SERVICE_URL, tenant: str | None = TENANT_ID, channel: str = "msteams"
) -> dict[str, Any]:
    """A channel message as Teams sends it (the fields the checks read, and a few more)."""
    return {
        "type": "message",
        "id": "1733550000000",
        "channelId": channel,
        "serviceUrl": service_url,
        "from": {"id": "29:1aBcD", "aadObjectId": str(uuid.uuid4())},
        "recipient": {"id": f"28:{APP_ID}"},
        "conversation": {"id": "19:abc@thread.tacv2", "conversationType": "channel"}
        | ({"tenantId": tenant} if tenant else {}),
        "channelData": {"tenant": {"id": tenant}} if tenant else {},
        "text": "<at>Bryggan</at> hjälp",
    }


def bearer(token: str) -> str:
    return f"Bearer {token}"


@dataclass
class Env:
    issuer: FakeIssuer
    session: aiohttp.ClientSession
    clock: Clock

    def validator(self, **overrides: Any) -> TokenValidator:
        args: dict[str, Any] = {
            "metadata_url": self.issuer.metadata_url,
            "app_id": APP_ID,
            "tenant_id": TENANT_ID,
            "clock": self.clock,
        }
        return TokenValidator(self.session, **(args | overrides))

    def token(self, forgery: str | None = None) -> str:
        return self.issuer.activity_token(SERVICE_URL, forgery=forgery, now=self.clock.now)

    def connector_token(self, **overrides: Any) -> ConnectorToken:
        args: dict[str, Any] = {
            "login_url": self.issuer.login_url,
            "tenant_id": TENANT_ID,
            "app_id": APP_ID,
            "password": PASSWORD,
            "clock": self.clock,
        }
        return ConnectorToken(self.session, **(args | overrides))


@pytest.fixture
async def env() -> AsyncIterator[Env]:
    clock = Clock(time.time())
    async with (
        FakeIssuer(app_id=APP_ID, tenant_id=TENANT_ID, password=PASSWORD, clock=clock) as issuer,
        aiohttp.ClientSession() as session,
    ):
        yield Env(issuer, session, clock)


async def test_a_good_token_passes_with_one_metadata_and_one_key_fetch(env: Env) -> None:
    validator = env.validator()
    claims = await validator.validate(bearer(env.token()), activity())
    assert (claims["aud"], claims["iss"], claims["serviceurl"]) == (APP_ID, ISSUER, SERVICE_URL)
    for _ in range(10):
        await validator.validate(bearer(env.token()), activity())
    assert (env.issuer.metadata_fetches, env.issuer.keys_fetches) == (1, 1)


# One case per forgery: the reason it is refused, and the one change that makes only that
# rule hold (to the world, the validator's settings or the activity); then the same token
# passes a fresh validator.
Change = Callable[[Env, str], str]
Settings = Callable[[Env], dict[str, Any]]


def _same(_env: Env, token: str) -> str:
    return token


def _none(_env: Env) -> dict[str, Any]:
    return {}


def _publish_its_key(env: Env, token: str) -> str:
    env.issuer.publish(jwt.get_unverified_header(token)["kid"])
    return token


def _trust_the_forger(env: Env, token: str) -> str:
    env.issuer.trust_forger()
    return token


def _move_clock(seconds: float) -> Change:
    def move(env: Env, token: str) -> str:
        env.clock.now += seconds
        return token

    return move


def _resigned_rs256(env: Env, token: str) -> str:
    """No setting makes none/HS256 pass, so the control is the same kid and claims signed
    RS256: the token differs from a passing one by its algorithm alone."""
    claims = jwt.decode(token, options={"verify_signature": False})
    resigned = env.issuer.sign(claims)
    forged_header, good_header = (
        jwt.get_unverified_header(token),
        jwt.get_unverified_header(resigned),
    )
    assert forged_header["kid"] == good_header["kid"] and forged_header["alg"] != "RS256"
    assert jwt.decode(resigned, options={"verify_signature": False}) == claims
    return resigned


@dataclass(frozen=True)
class Case:
    forgery: str
    reason: str
    change: Change = _same
    settings: Settings = _none
    activity: Settings = _none


CASES = [
    Case("other-key", "bad signature", change=_trust_the_forger),
    Case("unknown-kid", "unknown signing key", change=_publish_its_key),
    Case("expired", "expired", change=_move_clock(-3600)),
    Case("not-yet-valid", "not yet valid", change=_move_clock(600)),
    Case("wrong-audience", "wrong audience", settings=lambda e: {"app_id": e.issuer.other_app_id}),
    Case("wrong-issuer", "wrong issuer", settings=lambda e: {"issuer": e.issuer.other_issuer}),
    Case(
        "wrong-serviceurl",
        "service url mismatch",
        activity=lambda e: {"service_url": e.issuer.other_service_url},
    ),
    Case(
        "no-endorsement",
        "key not endorsed for channel",
        activity=lambda e: {"channel": e.issuer.unendorsed_channel},
    ),
    Case("alg-none", "algorithm not allowed", change=_resigned_rs256),
    Case("hs256-public-key", "algorithm not allowed", change=_resigned_rs256),
    Case(
        "other-tenant",
        "wrong tenant",
        settings=lambda e: {"tenant_id": e.issuer.other_tenant_id},
        activity=lambda e: {"tenant": e.issuer.other_tenant_id},
    ),
]


def test_every_forgery_has_a_case() -> None:
    assert [c.forgery for c in CASES] == list(FORGERIES)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.forgery)
async def test_a_forgery_is_refused_and_passes_once_only_its_rule_holds(
    env: Env, case: Case
) -> None:
    validator = env.validator()
    await validator.validate(bearer(env.token()), activity())  # keys in; the good path passes
    token = env.token(case.forgery)
    # "other-tenant" forges the activity, not the token: Teams names another tenant.
    tenant = env.issuer.other_tenant_id if case.forgery == "other-tenant" else TENANT_ID
    with pytest.raises(Unauthorized) as refused:
        await validator.validate(bearer(token), activity(tenant=tenant))
    assert refused.value.reason == case.reason
    for part in filter(None, token.split(".")):  # no piece of the token in the error
        assert part not in repr(refused.value)
    token = case.change(env, token)
    fixed = env.validator(**case.settings(env))
    claims = await fixed.validate(bearer(token), activity(**case.activity(env)))
    assert claims["aud"] in (APP_ID, env.issuer.other_app_id)


async def test_hs256_stays_refused_even_when_the_metadata_lists_it(env: Env) -> None:
    token = env.token("hs256-public-key")
    head, body, signature = token.split(".")
    pem = env.issuer.current.public_pem()
    expected = hmac.digest(pem, f"{head}.{body}".encode(), hashlib.sha256)
    assert jwt.utils.base64url_decode(signature) == expected  # a real key-confusion forgery
    env.issuer.algorithms = ["RS256", "HS256", "none"]
    for forgery in ("hs256-public-key", "alg-none"):
        with pytest.raises(Unauthorized, match="algorithm not allowed"):
            await env.validator().validate(bearer(env.token(forgery)), activity())


async def test_only_the_algorithms_the_metadata_lists_are_accepted(env: Env) -> None:
    env.issuer.algorithms = ["RS512"]
    with pytest.raises(Unauthorized, match="algorithm not allowed"):
        await env.validator().validate(bearer(env.token()), activity())
    env.issuer.algorithms = ["RS256"]  # control: listed, the same token passes
    await env.validator().validate(bearer(env.token()), activity())


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "{token}", "Token {token}",
     "Bearer {token} {token}"],
)  # fmt: skip
async def test_without_a_bearer_token_nothing_is_fetched(env: Env, authorization: str) -> None:
    token = env.token()
    header = authorization.format(token=token) if authorization is not None else None
    with pytest.raises(Unauthorized, match="no bearer token"):
        await env.validator().validate(header, activity())
    assert env.issuer.metadata_fetches == 0
    await env.validator().validate(f"bearer {token}", activity())  # control: the scheme is
    assert env.issuer.metadata_fetches == 1  # case-insensitive, and then the keys are fetched


@pytest.mark.parametrize("garbage", ["not-a-jwt", "a.b.c", "eyJhbGciOiJSUzI1NiJ9.e30.AA"])
async def test_a_malformed_token_is_refused_before_any_fetch(env: Env, garbage: str) -> None:
    with pytest.raises(Unauthorized, match="malformed token"):
        await env.validator().validate(bearer(garbage), activity())
    assert env.issuer.metadata_fetches == 0


async def test_the_service_url_is_compared_without_its_trailing_slash(env: Env) -> None:
    validator = env.validator()
    await validator.validate(bearer(env.token()), activity(service_url=SERVICE_URL.rstrip("/")))
    other_region = SERVICE_URL.replace("/emea/", "/amer/")  # control: another path is refused
    with pytest.raises(Unauthorized, match="service url mismatch"):
        await validator.validate(bearer(env.token()), activity(service_url=other_region))


@pytest.mark.parametrize(
    ("conversation_tenant", "channel_data_tenant", "passes"),
    [
        (TENANT_ID, TENANT_ID, True),
        (TENANT_ID, None, True),
        (None, TENANT_ID, True),
        (TENANT_ID, "other", False),
        ("other", TENANT_ID, False),
        (None, None, False),
    ],
)
async def test_every_tenant_the_activity_names_must_be_ours(
    env: Env, conversation_tenant: str | None, channel_data_tenant: str | None, passes: bool
) -> None:
    act = activity(tenant=None)
    if conversation_tenant:
        act["conversation"]["tenantId"] = conversation_tenant
    if channel_data_tenant:
        act["channelData"] = {"tenant": {"id": channel_data_tenant}}
    validate = env.validator().validate(bearer(env.token()), act)
    if passes:
        await validate
    else:
        with pytest.raises(Unauthorized, match="wrong tenant"):
            await validate


async def test_an_activity_without_a_channel_is_refused(env: Env) -> None:
    act = activity()
    del act["channelId"]
    with pytest.raises(Unauthorized, match="activity without channelId"):
        await env.validator().validate(bearer(env.token()), act)


async def test_a_rotated_key_is_picked_up_with_one_refetch(env: Env) -> None:
    validator = env.validator()
    old_token = env.token()
    await validator.validate(bearer(old_token), activity())
    new_kid = env.issuer.rotate()
    new_token = env.token()
    assert jwt.get_unverified_header(new_token)["kid"] == new_kid
    await validator.validate(bearer(new_token), activity())
    await validator.validate(bearer(new_token), activity())
    await validator.validate(bearer(old_token), activity())  # still published
    assert env.issuer.keys_fetches == 2


async def test_a_retired_key_is_dropped_at_the_daily_refresh(env: Env) -> None:
    validator = env.validator()
    await validator.validate(bearer(env.token()), activity())
    old_key = env.issuer.current
    env.issuer.rotate(retire=True)
    env.clock.now += 23 * 3600  # control: within the day the cached key still serves
    claims: dict[str, Any] = {"serviceurl": SERVICE_URL, "iss": ISSUER, "aud": APP_ID}
    claims |= {"nbf": int(env.clock.now), "exp": int(env.clock.now) + 3600}
    await validator.validate(bearer(env.issuer.sign(claims, key=old_key)), activity())
    env.clock.now += 3600
    claims |= {"nbf": int(env.clock.now), "exp": int(env.clock.now) + 3600}
    with pytest.raises(Unauthorized, match="unknown signing key"):
        await validator.validate(bearer(env.issuer.sign(claims, key=old_key)), activity())
    assert env.issuer.keys_fetches == 2


async def _flood(env: Env, validator: TokenValidator, count: int) -> list[BaseException]:
    tokens = [env.token("unknown-kid") for _ in range(count)]
    results = await asyncio.gather(
        *(validator.validate(bearer(t), activity()) for t in tokens), return_exceptions=True
    )
    assert all(isinstance(r, Unauthorized) and r.reason == "unknown signing key" for r in results)
    return [r for r in results if isinstance(r, BaseException)]


async def test_forged_kids_cause_at_most_one_refetch_per_window(env: Env) -> None:
    validator = env.validator(refetch_seconds=300)
    await validator.validate(bearer(env.token()), activity())
    await _flood(env, validator, 100)
    assert env.issuer.keys_fetches == 2  # the first fetch, and one refetch
    env.clock.now += 299
    await _flood(env, validator, 100)
    assert env.issuer.keys_fetches == 2
    env.clock.now += 2  # the window is over: one more refetch, then quiet again
    await _flood(env, validator, 100)
    assert env.issuer.keys_fetches == 3
    await validator.validate(bearer(env.token()), activity())  # good tokens still pass
    env.issuer.rotate()  # the price: a key rotated in right after a flood waits out the window
    with pytest.raises(Unauthorized, match="unknown signing key"):
        await validator.validate(bearer(env.token()), activity())
    env.clock.now += 300
    await validator.validate(bearer(env.token()), activity())
    assert env.issuer.keys_fetches == 4


async def test_control_without_the_throttle_forged_kids_hammer_the_host(env: Env) -> None:
    validator = env.validator(refetch_seconds=0)
    await validator.validate(bearer(env.token()), activity())
    await _flood(env, validator, 100)
    assert env.issuer.keys_fetches == 101


async def test_concurrent_validations_share_one_fetch_and_the_loop_stays_free(env: Env) -> None:
    release = env.issuer.hold("metadata")
    validator = env.validator()
    tasks = [
        asyncio.create_task(validator.validate(bearer(env.token()), activity())) for _ in range(20)
    ]
    await asyncio.wait_for(env.issuer.arrived["metadata"].wait(), 10)
    assert not any(t.done() for t in tasks)  # all wait on the fetch while this test runs on
    release.set()
    await asyncio.gather(*tasks)
    assert (env.issuer.metadata_fetches, env.issuer.keys_fetches) == (1, 1)


async def test_control_twenty_validators_fetch_twenty_times(env: Env) -> None:
    await asyncio.gather(
        *(env.validator().validate(bearer(env.token()), activity()) for _ in range(20))
    )
    assert env.issuer.metadata_fetches == 20


async def test_a_metadata_host_that_is_down_gives_unauthorized(env: Env) -> None:
    env.issuer.metadata_down = True
    validator = env.validator()
    for _ in range(5):
        with pytest.raises(Unauthorized, match="signing keys unavailable"):
            await validator.validate(bearer(env.token()), activity())
    assert env.issuer.metadata_fetches == 1  # no new attempt for 10 s after a failure
    env.issuer.metadata_down = False
    env.clock.now += 10  # control: the host is back and the retry is due
    await validator.validate(bearer(env.token()), activity())
    assert env.issuer.metadata_fetches == 2


async def test_a_refused_connection_gives_unauthorized(env: Env) -> None:
    async with FakeIssuer(app_id=APP_ID, tenant_id=TENANT_ID, password=PASSWORD) as gone:
        url = gone.metadata_url
    with pytest.raises(Unauthorized, match="signing keys unavailable"):
        await env.validator(metadata_url=url).validate(bearer(env.token()), activity())


async def test_a_hanging_metadata_host_times_out_into_unauthorized(env: Env) -> None:
    env.issuer.hold("metadata")  # never released: the request hangs
    validator = env.validator(fetch_timeout=0.2)
    with pytest.raises(Unauthorized, match="signing keys unavailable"):
        await validator.validate(bearer(env.token()), activity())
    assert env.issuer.arrived["metadata"].is_set()


async def test_keys_are_refreshed_daily_and_served_stale_for_five_days(env: Env) -> None:
    validator = env.validator()
    await validator.validate(bearer(env.token()), activity())
    env.clock.now += 24 * 3600
    await validator.validate(bearer(env.token()), activity())
    assert env.issuer.keys_fetches == 2  # the daily refresh
    env.issuer.metadata_down = True
    env.clock.now += 24 * 3600
    await validator.validate(bearer(env.token()), activity())  # refresh failed: stale keys
    assert env.issuer.metadata_fetches == 3
    env.clock.now += 4 * 24 * 3600  # five days since the last good fetch
    with pytest.raises(Unauthorized, match="signing keys unavailable"):
        await validator.validate(bearer(env.token()), activity())
    env.issuer.metadata_down = False
    env.clock.now += 10
    await validator.validate(bearer(env.token()), activity())


# The outbound token


async def test_the_connector_token_is_fetched_once_and_cached(env: Env) -> None:
    token = env.connector_token()
    first = await token.get()
    assert env.issuer.access_token_ok(first)
    assert await token.get() == first
    assert env.issuer.token_fetches == 1
    assert PASSWORD not in repr(token)


async def test_the_connector_token_is_renewed_five_minutes_before_expiry(env: Env) -> None:
    token = env.connector_token()
    first = await token.get()
    env.clock.now += env.issuer.token_lifetime - 301  # control: still well within its life
    assert await token.get() == first and env.issuer.token_fetches == 1
    env.clock.now += 2
    second = await token.get()
    assert second != first and env.issuer.token_fetches == 2
    assert env.issuer.access_token_ok(second)


async def test_twenty_concurrent_gets_share_one_login(env: Env) -> None:
    release = env.issuer.hold("token")
    token = env.connector_token()
    tasks = [asyncio.create_task(token.get()) for _ in range(20)]
    await asyncio.wait_for(env.issuer.arrived["token"].wait(), 10)
    release.set()
    assert len(set(await asyncio.gather(*tasks))) == 1
    assert env.issuer.token_fetches == 1


async def test_control_twenty_token_holders_log_in_twenty_times(env: Env) -> None:
    await asyncio.gather(*(env.connector_token().get() for _ in range(20)))
    assert env.issuer.token_fetches == 20


async def test_invalidate_forces_a_new_login(env: Env) -> None:
    token = env.connector_token()
    first = await token.get()
    assert await token.get() == first  # control: without invalidate it is reused
    token.invalidate()
    second = await token.get()
    assert second != first and env.issuer.token_fetches == 2


@pytest.mark.parametrize(
    ("override", "status", "code"),
    [
        ({"password": "wrong-" + PASSWORD}, 401, "AADSTS7000215"),
        ({"password": ""}, 401, "AADSTS7000216"),
        ({"tenant_id": str(uuid.uuid4())}, 400, "AADSTS90002"),
        ({"app_id": str(uuid.uuid4())}, 400, "AADSTS700016"),
        ({"scope": "https://graph.microsoft.com/.default"}, 400, "AADSTS500011"),
        ({"scope": SCOPE.removesuffix("/.default")}, 400, "AADSTS1002012"),
    ],
)
async def test_a_refused_login_names_status_and_code_but_not_the_secret(
    env: Env,
    caplog: pytest.LogCaptureFixture,
    override: dict[str, str],
    status: int,
    code: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    token = env.connector_token(**override)
    with pytest.raises(LoginError) as refused:
        await token.get()
    text = str(refused.value)
    assert f"HTTP {status}" in text and code in text
    assert (refused.value.status, refused.value.code, refused.value.retryable) == (
        status,
        code,
        False,
    )
    for secret in {PASSWORD, override.get("password", PASSWORD)} - {""}:
        assert secret not in text and secret not in repr(refused.value)
        assert secret not in caplog.text and secret not in repr(token)
    assert env.issuer.access_token_ok("") is False
    assert await env.connector_token().get()  # control: the right settings log in


async def test_a_login_host_that_is_down_is_retryable(env: Env) -> None:
    env.issuer.login_down = True
    with pytest.raises(LoginError) as down:
        await env.connector_token().get()
    assert (down.value.status, down.value.retryable) == (503, True)
    async with FakeIssuer(app_id=APP_ID, tenant_id=TENANT_ID, password=PASSWORD) as gone:
        url = gone.login_url
    with pytest.raises(LoginError) as refused:
        await env.connector_token(login_url=url).get()
    assert (refused.value.status, refused.value.retryable) == (None, True)
    assert PASSWORD not in str(refused.value)


# The fake is as strict as Entra


@pytest.mark.parametrize(
    ("form", "status", "code"),
    [
        ({"client_id": APP_ID, "client_secret": PASSWORD, "scope": SCOPE}, 400, 900144),
        ({"grant_type": "password", "client_id": APP_ID, "client_secret": PASSWORD,
          "scope": SCOPE}, 400, 70003),
        ({"grant_type": "client_credentials", "client_id": APP_ID, "scope": SCOPE}, 401, 7000216),
    ],
)  # fmt: skip
async def test_the_fake_login_refuses_like_entra(
    env: Env, form: dict[str, str], status: int, code: int
) -> None:
    url = f"{env.issuer.login_url}/{TENANT_ID}/oauth2/v2.0/token"
    async with env.session.post(url, data=form) as answer:
        body = await answer.json()
    assert (answer.status, body["error_codes"]) == (status, [code])
    async with env.session.post(url, json=form | {"grant_type": "client_credentials"}) as answer:
        assert answer.status == 400  # a JSON body is not a form
    good = {"grant_type": "client_credentials", "client_id": APP_ID, "client_secret": PASSWORD}
    async with env.session.post(url, data=good | {"scope": SCOPE}) as answer:
        issued = await answer.json()
    assert answer.status == 200 and env.issuer.access_token_ok(issued["access_token"])
    env.clock.now += issued["expires_in"]
    assert not env.issuer.access_token_ok(issued["access_token"])  # expired
