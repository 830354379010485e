"""Signing in to the member portal by a mailed link (issue #20): one-time, 15 minutes, the
address proved and its municipality counted; CSRF on every form, the session cookie's
flags, fixation, open redirects, expiry, sign-out and the limits, each with its control."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator
from dataclasses import replace

import pytest
from aiohttp.test_utils import TestClient, TestServer
from bs4 import BeautifulSoup

import handlers.portal.signin as signin
from bot.public.session import local_path
from bot.web import build_web_app
from handlers.clock import FakeClock
from handlers.context import Context
from handlers.mail.fanout import recipients_for
from handlers.people.codes import with_code
from handlers.portal.links import notices_token
from handlers.public_config import PublicConfig
from handlers.types import Member, Message
from handlers.wishes.digest import digest_tick
from storage import outbox
from tests.unit.test_people_verify import ask, code_in, give, person_of
from tests.unit.test_wishes import run, submit, text

BASE = "http://bryggan.example.se"
SENT = "är en inloggningslänk på väg"
ANNA = Member("console", "anna", "Anna")


@pytest.fixture
def site_ctx(ctx: Context) -> Context:
    ctx.public = PublicConfig(BASE, "Användarföreningen Castor")
    return ctx


@pytest.fixture
async def client(site_ctx: Context, clock: FakeClock) -> AsyncIterator[TestClient]:
    async with TestClient(TestServer(build_web_app(site_ctx.db, {}, clock, site_ctx))) as c:
        yield c


async def form_token(client: TestClient, path: str = "/sign-in") -> str:
    soup = BeautifulSoup(await (await client.get(path)).text(), "html.parser")
    field = soup.select_one('input[name="csrf"]')
    assert field is not None
    return str(field["value"])


async def ask_link(client: TestClient, address: str, **more: str) -> tuple[int, str]:
    token = await form_token(client)
    response = await client.post("/sign-in", data={"address": address, "csrf": token, **more})
    return response.status, " ".join((await response.text()).split())


async def mailed_links(ctx: Context) -> list[str]:
    """The links of the sign-in mails queued, as the mail is composed when it is sent."""
    rows = [r for r in await outbox.list_rows(ctx.db) if r.target.startswith("signin:")]
    found = await recipients_for(ctx, [r.target for r in rows])
    links = []
    for row in reversed(rows):  # oldest first
        assert "/sign-in/" in row.payload["text"] and "{code}" in row.payload["text"]
        recipient = found[row.target]
        if recipient is None:
            continue
        sent = with_code(Message.from_json(row.payload), recipient.code or "")
        links.append(re.findall(r"\((http[^)]+)\)", sent.text)[0])
    return links


async def sign_in(client: TestClient, ctx: Context, address: str, **more: str) -> str:
    """Ask for a link, open it and press the button; the path it went on to."""
    assert (await ask_link(client, address, **more))[0] == 200
    path = (await mailed_links(ctx))[-1].removeprefix(BASE)
    token = await form_token(client, path)
    response = await client.post(path, data={"csrf": token}, allow_redirects=False)
    assert response.status == 303, await response.text()
    return response.headers["Location"]


def account_line(page: str) -> str:
    """Who the page says is signed in, or its sign-in link's text."""
    soup = BeautifulSoup(page, "html.parser")
    found = soup.select_one(".account span") or soup.select_one(".account a")
    assert found is not None
    return " ".join(found.get_text().split())


async def test_a_link_signs_in_once_and_counts_the_municipality(
    client: TestClient, site_ctx: Context
) -> None:
    status, said = await ask_link(client, " Anna.Andersson@Mora.se ")
    assert status == 200 and f"Om anna.andersson@mora.se är en adress hos en kommun {SENT}" in said
    [link] = await mailed_links(site_ctx)
    assert re.fullmatch(rf"{BASE}/sign-in/\d+/[0-9a-f]{{32}}", link)
    path = link.removeprefix(BASE)
    page = await client.get(path)  # what a mail scanner does: nothing is spent
    assert page.status == 200 and "logga in som a…@mora.se" in await page.text()
    assert page.headers["X-Frame-Options"] == "DENY"
    token = await form_token(client, path)
    used = await client.post(path, data={"csrf": token}, allow_redirects=False)
    assert used.status == 303 and used.headers["Location"] == "/wishes"
    cookie = used.cookies["bryggan_session"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax" and cookie["path"] == "/"
    assert not cookie["secure"]  # http here; behind https it is Secure (below)
    listed = await (await client.get("/wishes")).text()
    assert account_line(listed) == "Inloggad som anna.andersson@mora.se (Mora)"
    shown = await client.get(path)  # the link's page says at once that it is spent
    assert shown.status == 410 and "redan använd" in await shown.text()
    again = await client.post(path, data={"csrf": await form_token(client)})
    assert again.status == 410 and "redan använd" in await again.text()
    member = await signin.signed_in(site_ctx, cookie.value)
    assert member is not None and member.municipality == "Mora"


async def test_the_web_and_chat_are_one_person(client: TestClient, site_ctx: Context) -> None:
    """Anna proved her address in chat first: signing in with it is the same person, and
    her support counts once."""
    code = code_in(await ask(site_ctx, ANNA, "anna@mora.se"))
    assert "Verifierat" in await give(site_ctx, ANNA, code)
    await submit(site_ctx, ANNA, "Sms till sökande", module="Bygg")
    await sign_in(client, site_ctx, "anna@mora.se")
    token = client.session.cookie_jar.filter_cookies(client.make_url("/"))["bryggan_session"]
    web = await signin.signed_in(site_ctx, token.value)
    assert web is not None and web.person_id == (await person_of(site_ctx, ANNA)).id
    assert (
        text(await run(site_ctx, web, "support", "1"))
        == "Du skickade in #1, så ditt stöd står kvar."
    )


async def test_the_answer_is_the_same_for_known_and_unknown_people(
    client: TestClient, site_ctx: Context
) -> None:
    code = code_in(await ask(site_ctx, ANNA, "anna@mora.se"))
    await give(site_ctx, ANNA, code)
    known = (await ask_link(client, "anna@mora.se"))[1]
    unknown = (await ask_link(client, "okand@mora.se"))[1]
    assert known.replace("anna@mora.se", "X") == unknown.replace("okand@mora.se", "X")


async def test_bad_addresses_get_the_form_back_with_the_reason(
    client: TestClient, site_ctx: Context
) -> None:
    status, said = await ask_link(client, "anna@gmail.com")
    assert status == 400 and "gmail.com" in said and 'value="anna@gmail.com"' in said
    assert 'aria-describedby="address-error"' in said and 'id="address-error"' in said
    status, said = await ask_link(client, "inte en adress")
    assert status == 400 and 'value="inte en adress"' in said
    assert await mailed_links(site_ctx) == []


async def test_a_form_without_its_csrf_token_changes_nothing(
    client: TestClient, site_ctx: Context
) -> None:
    response = await client.post("/sign-in", data={"address": "anna@mora.se", "csrf": "x" * 32})
    assert response.status == 403 and await mailed_links(site_ctx) == []
    await ask_link(client, "anna@mora.se")  # control: with the token it is sent
    [link] = await mailed_links(site_ctx)
    path = link.removeprefix(BASE)
    client.session.cookie_jar.clear()  # another site's page: it has no CSRF cookie to send
    forged = await client.post(path, data={"csrf": "x" * 32}, allow_redirects=False)
    assert forged.status == 403
    token = await form_token(client, path)
    assert (await client.post(path, data={"csrf": token}, allow_redirects=False)).status == 303


async def test_after_signing_in_only_a_local_path_is_followed(
    client: TestClient, site_ctx: Context
) -> None:
    assert await sign_in(client, site_ctx, "a@mora.se", next="/wishes/3") == "/wishes/3"
    hostile = ("//evil.example/x", "https://evil.example/", "/\\evil.example", "javascript:x")
    for n, elsewhere in enumerate(hostile):
        client.session.cookie_jar.clear()
        assert await sign_in(client, site_ctx, f"b{n}@mora.se", next=elsewhere) == "/wishes"


async def test_a_session_set_before_signing_in_is_never_the_one_after(
    client: TestClient, site_ctx: Context
) -> None:
    client.session.cookie_jar.update_cookies({"bryggan_session": "chosen-by-an-attacker"})
    assert await signin.signed_in(site_ctx, "chosen-by-an-attacker") is None
    await sign_in(client, site_ctx, "anna@mora.se")
    jar = client.session.cookie_jar.filter_cookies(client.make_url("/"))
    assert jar["bryggan_session"].value != "chosen-by-an-attacker"
    assert await signin.signed_in(site_ctx, "chosen-by-an-attacker") is None


async def test_sessions_end_when_idle_at_their_lifetime_and_at_sign_out(
    client: TestClient, site_ctx: Context, clock: FakeClock
) -> None:
    await sign_in(client, site_ctx, "anna@mora.se")
    token = client.session.cookie_jar.filter_cookies(client.make_url("/"))["bryggan_session"].value
    clock.advance((signin.SESSION_IDLE - signin.SEEN_EVERY).total_seconds())
    assert await signin.signed_in(site_ctx, token) is not None  # used: idle time starts again
    clock.advance((signin.SESSION_IDLE - signin.SEEN_EVERY).total_seconds())
    assert await signin.signed_in(site_ctx, token) is not None
    clock.advance(signin.SESSION_LIFETIME.total_seconds())
    assert await signin.signed_in(site_ctx, token) is None  # past its lifetime
    await sign_in(client, site_ctx, "anna@mora.se")
    token = client.session.cookie_jar.filter_cookies(client.make_url("/"))["bryggan_session"].value
    clock.advance(signin.SESSION_IDLE.total_seconds())
    assert await signin.signed_in(site_ctx, token) is None  # unused for the idle time
    await sign_in(client, site_ctx, "anna@mora.se")
    token = client.session.cookie_jar.filter_cookies(client.make_url("/"))["bryggan_session"].value
    csrf = await form_token(client, "/wishes")
    left = await client.post("/sign-out", data={"csrf": csrf}, allow_redirects=False)
    assert left.status == 303 and left.cookies["bryggan_session"].value == ""
    assert await signin.signed_in(site_ctx, token) is None
    assert account_line(await (await client.get("/wishes")).text()) == "Logga in"


async def test_an_expired_or_wrong_link_signs_nobody_in(
    client: TestClient, site_ctx: Context, clock: FakeClock
) -> None:
    await ask_link(client, "anna@mora.se")
    [link] = await mailed_links(site_ctx)
    path = link.removeprefix(BASE)
    wrong = path[:-1] + ("0" if path[-1] != "0" else "1")
    token = await form_token(client, path)
    assert (await client.post(wrong, data={"csrf": token})).status == 410
    assert (await client.post("/sign-in/1/short", data={"csrf": token})).status == 404
    clock.advance(signin.LINK_VALID.total_seconds())
    assert await mailed_links(site_ctx) == []  # an expired link's mail is not sent either
    assert (await client.post(path, data={"csrf": token})).status == 410


async def test_links_are_limited_per_address_silently_and_per_client_openly(
    client: TestClient, site_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    for _ in range(signin.LINKS_PER_HOUR + 1):
        status, said = await ask_link(client, "anna@mora.se")
        assert status == 200 and SENT in said  # the same answer every time
    assert len(await mailed_links(site_ctx)) == signin.LINKS_PER_HOUR
    for n in range(signin.CLIENT_LIMIT - signin.LINKS_PER_HOUR - 1):
        assert (await ask_link(client, f"p{n}@mora.se"))[0] == 200
    refused = await client.post(
        "/sign-in", data={"address": "sist@mora.se", "csrf": await form_token(client)}
    )
    assert refused.status == 429 and int(refused.headers["Retry-After"]) > 0
    monkeypatch.setattr(signin, "CLIENT_LIMIT", 1000)  # control: without the limit it passes
    assert (await ask_link(client, "sist@mora.se"))[0] == 200


async def test_behind_https_the_cookie_is_secure(site_ctx: Context, clock: FakeClock) -> None:
    site_ctx.public = replace(site_ctx.public, base_url="https://bryggan.example.se")
    async with TestClient(TestServer(build_web_app(site_ctx.db, {}, clock, site_ctx))) as c:
        response = await c.get("/sign-in")
        assert response.cookies["bryggan_csrf"]["secure"]


async def test_without_a_mail_server_signing_in_is_not_offered(
    client: TestClient, site_ctx: Context
) -> None:
    site_ctx.public = replace(site_ctx.public, mail_enabled=False)
    response = await client.get("/sign-in")
    assert response.status == 503 and "finns inte" in await response.text()


async def test_a_supporter_on_no_chat_is_told_in_the_daily_mail(
    client: TestClient, site_ctx: Context, clock: FakeClock
) -> None:
    """A web-only person has no private messages: a status change is not mailed at once but
    comes in the next morning's mail of the wishes they follow (tests/unit/
    test_follow_digest.py), to their proved address. The link of a notice mailed before the
    digest came still turns such notices off (a button behind it, as mail scanners open
    links), and the digest leaves the wish's status out after that."""
    await submit(site_ctx, ANNA, "Sms till sökande", module="Bygg")
    await sign_in(client, site_ctx, "eva@mora.se")
    token = client.session.cookie_jar.filter_cookies(client.make_url("/"))["bryggan_session"]
    web = await signin.signed_in(site_ctx, token.value)
    assert web is not None and web.person_id is not None
    await run(site_ctx, web, "support", "1")
    board = Member("console", "bo", "Bo", is_board=True)
    await run(site_ctx, board, "wish-status", "1", "planerad")
    rows = [
        r
        for r in await outbox.list_rows(site_ctx.db)
        if r.idempotency_key.startswith("wish-status")
    ]
    assert [(r.platform, r.target) for r in rows] == [("console", "dm:anna")]  # no mail now
    clock.advance(20 * 3600)  # 09:00 the next morning, Stockholm time
    await digest_tick(site_ctx)
    [mail] = [r for r in await outbox.list_rows(site_ctx.db) if r.target.startswith("digest:")]
    assert mail.target == f"digest:{web.person_id}"
    assert "planerad" in mail.payload["text"]
    found = await recipients_for(site_ctx, [mail.target])
    assert found[mail.target] is not None and found[mail.target].address == "eva@mora.se"  # type: ignore[union-attr]
    path = f"/notices/off/{web.person_id}/{notices_token(site_ctx.people.code_key, web.person_id)}"
    assert "Stäng av" in await (await client.get(path)).text()  # a button, nothing done yet
    assert (await client.get(path[:-1] + "x")).status == 404
    csrf = await form_token(client)
    assert (await client.post(path, data={"csrf": csrf})).status == 200
    await run(site_ctx, board, "wish-status", "1", "levererad")
    clock.advance(24 * 3600)
    await digest_tick(site_ctx)
    mails = [r for r in await outbox.list_rows(site_ctx.db) if r.target.startswith("digest:")]
    assert len(mails) == 1  # nothing more: notices off, and no other news


async def test_one_link_used_many_times_at_once_opens_one_session(
    client: TestClient, site_ctx: Context
) -> None:
    """Eight uses at the same moment: one session (reading the link, then marking it used,
    let all eight through on PostgreSQL)."""
    await ask_link(client, "anna@mora.se")
    [link] = await mailed_links(site_ctx)
    _, raw_id, secret = link.removeprefix(BASE).rsplit("/", 2)
    started = await asyncio.gather(
        *(signin.use_link(site_ctx, int(raw_id), secret) for _ in range(8))
    )
    assert len([s for s in started if s is not None]) == 1


async def test_a_web_only_member_is_never_named_by_their_address(
    client: TestClient, site_ctx: Context
) -> None:
    """The wish history is public: a name made of the address's local part would give the
    address away with the municipality's domain."""
    await sign_in(client, site_ctx, "maria.mobil@huddinge.se")
    token = client.session.cookie_jar.filter_cookies(client.make_url("/"))["bryggan_session"]
    web = await signin.signed_in(site_ctx, token.value)
    assert web is not None
    await submit(site_ctx, web, "Sms till sökande", module="Bygg")
    page = await (await client.get("/wishes/1")).text()
    assert "maria" not in page.replace("maria.mobil@huddinge.se (Huddinge)", "")
    assert "inskickat av Medlem, Huddinge" in page


def test_only_paths_on_this_site_are_followed() -> None:
    assert local_path("/wishes/3?lang=en#top") == "/wishes/3?lang=en"
    for elsewhere in ("//evil.example", "https://evil.example/", "/\\evil", "/x\r\nSet-Cookie: a"):
        assert local_path(elsewhere) == ""


async def test_past_the_client_limit_the_page_says_how_long_to_wait(
    client: TestClient, site_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(signin, "CLIENT_LIMIT", 1)
    await ask_link(client, "anna@mora.se")
    status, said = await ask_link(client, "bo@mora.se")
    assert status == 429 and "Försök igen om 60 minuter" in said
    assert (
        "Just nu har för många inloggningslänkar begärts" in said
    )  # no "from here": the total too


async def test_using_one_link_spends_the_addresss_other_links(
    client: TestClient, site_ctx: Context
) -> None:
    """Asked for twice, two links wait in the mailbox: the one used makes the other worthless,
    so a mailbox read later, or by someone else, opens no second session."""
    await ask_link(client, "bo@mora.se")
    await ask_link(client, "bo@mora.se")
    first, second = [link.removeprefix(BASE) for link in await mailed_links(site_ctx)]
    token = await form_token(client, second)
    assert (await client.post(second, data={"csrf": token}, allow_redirects=False)).status == 303
    left = await client.get(first)
    assert left.status == 410 and "redan använd" in await left.text()
