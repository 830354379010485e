"""Following a wish (issue #20): a member's own choice, supporters following by default, an
explicit unfollow winning over support; a hidden or unknown wish refused. On the web: the
buttons' routes for the signed-in member only, behind the CSRF token."""

# ruff: noqa: F811  (`client` and `site_ctx` are fixtures imported below, used as parameters)
from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient
from bs4 import BeautifulSoup

from handlers.context import Context
from handlers.core.members import load_member
from handlers.errors import CommandError
from handlers.i18n import translator
from handlers.portal import signin
from handlers.types import Member
from handlers.wishes.following import follow_wish, follows_wish
from storage.follows import followers_of
from tests.unit.test_portal_sign_in import (  # noqa: F401  (fixtures)
    client,
    form_token,
    sign_in,
    site_ctx,
)
from tests.unit.test_wishes import run, submit

ANNA = Member("console", "anna", "Anna", platform_locale="en")
OLA = Member("console", "ola", "Ola", platform_locale="en")
BO = Member("console", "bo", "Bo", is_board=True)


async def person_of(ctx: Context, member: Member) -> int:
    known = await load_member(ctx, member)
    assert known.person_id is not None
    return known.person_id


async def refusal(ctx: Context, member: Member, number: int, *, following: bool = True) -> str:
    with pytest.raises(CommandError) as raised:
        await follow_wish(ctx, member, number, following=following)
    return raised.value.text(translator("en"))


async def test_a_member_follows_a_wish_and_stops(ctx: Context) -> None:
    await submit(ctx, ANNA, "Sms till sökande", module="Bygg")
    ola = await person_of(ctx, OLA)
    assert not await follows_wish(ctx, ola, 1)
    said = await follow_wish(ctx, OLA, 1, following=True)
    assert said == (
        "You follow #1: news about it is mailed once you have verified your work address."
    )
    assert await follows_wish(ctx, ola, 1)
    assert await follow_wish(ctx, OLA, 1, following=False) == "You no longer follow #1."
    assert not await follows_wish(ctx, ola, 1)
    assert not await follows_wish(ctx, None, 1)  # nobody signed in


async def test_supporters_follow_by_default_and_their_own_unfollow_wins(ctx: Context) -> None:
    await submit(ctx, ANNA, "Sms till sökande", module="Bygg")
    anna, ola = await person_of(ctx, ANNA), await person_of(ctx, OLA)
    assert await follows_wish(ctx, anna, 1)  # the submitter supports it
    await run(ctx, OLA, "support", "1")
    assert await follows_wish(ctx, ola, 1)
    async with ctx.db.transaction() as session:
        assert await followers_of(session, [1]) == {1: {anna, ola}}
    await follow_wish(ctx, OLA, 1, following=False)
    assert not await follows_wish(ctx, ola, 1)  # still a supporter, no longer following
    async with ctx.db.transaction() as session:
        assert await followers_of(session, [1]) == {1: {anna}}
    await follow_wish(ctx, OLA, 1, following=True)  # control: following again
    assert await follows_wish(ctx, ola, 1)


async def test_a_duplicates_supporters_follow_its_original(ctx: Context) -> None:
    await submit(ctx, ANNA, "Sms till sökande", module="Bygg")
    await submit(ctx, ANNA, "Kartlager för strandskydd", module="Kart & mät")
    await run(ctx, OLA, "support", "2")
    ola = await person_of(ctx, OLA)
    assert not await follows_wish(ctx, ola, 1)
    await run(ctx, BO, "wish-merge", "2", "1")
    assert await follows_wish(ctx, ola, 1) and await follows_wish(ctx, ola, 2)
    said = await follow_wish(ctx, OLA, 2, following=False)  # a duplicate: its original
    assert said == "#2 was merged into #1. You no longer follow #1."
    assert not await follows_wish(ctx, ola, 1)


async def test_a_hidden_or_unknown_wish_is_refused(ctx: Context) -> None:
    await submit(ctx, ANNA, "Sms till sökande", module="Bygg")
    await submit(ctx, ANNA, "Reklam för solceller", module="Övrigt")
    await run(ctx, BO, "wish-hide", "2")
    assert await refusal(ctx, OLA, 2) == "There is no wish #2."
    assert await refusal(ctx, OLA, 99) == "There is no wish #99."
    assert await refusal(ctx, OLA, 2, following=False) == "There is no wish #2."
    ola = await person_of(ctx, OLA)
    assert not await follows_wish(ctx, ola, 2)
    await follow_wish(ctx, OLA, 1, following=True)  # control: a shown wish is followed
    assert await follows_wish(ctx, ola, 1)


async def test_a_blocked_member_is_refused(ctx: Context) -> None:
    await submit(ctx, ANNA, "Sms till sökande", module="Bygg")
    await run(ctx, OLA, "help")  # Ola is known, so the board can name him
    await run(ctx, BO, "member", "block", "Ola", "reklam")
    assert (await refusal(ctx, OLA, 1)).startswith("The board has blocked you")
    assert not await follows_wish(ctx, await person_of(ctx, OLA), 1)


# --- on the web ---------------------------------------------------------------------------


async def signed_in_person(client: TestClient, ctx: Context) -> int:
    token = client.session.cookie_jar.filter_cookies(client.make_url("/"))["bryggan_session"]
    member = await signin.signed_in(ctx, token.value)
    assert member is not None and member.person_id is not None
    return member.person_id


async def press(client: TestClient, action: str, number: int = 1, **data: str) -> int:
    token = await form_token(client, f"/wishes/{number}")
    response = await client.post(
        f"/wishes/{number}/{action}", data={"csrf": token, **data}, allow_redirects=False
    )
    return response.status


async def flash(client: TestClient, number: int = 1) -> tuple[str, str]:
    page = BeautifulSoup(await (await client.get(f"/wishes/{number}")).text(), "html.parser")
    shown = page.select_one("p.notice, p.error")
    assert shown is not None
    return str(shown["class"][0]), shown.get_text()


async def test_follow_and_unfollow_on_the_web(client: TestClient, site_ctx: Context) -> None:
    await submit(site_ctx, ANNA, "Sms till sökande", module="Bygg")
    await sign_in(client, site_ctx, "eva@mora.se")
    eva = await signed_in_person(client, site_ctx)
    assert await press(client, "follow", lang="en") == 303
    assert await follows_wish(site_ctx, eva, 1)
    assert await flash(client) == (
        "notice",
        "You follow #1: news about it comes by mail to eva@mora.se, at most once a day.",
    )
    assert await press(client, "unfollow", lang="en") == 303
    assert not await follows_wish(site_ctx, eva, 1)
    assert await flash(client) == ("notice", "You no longer follow #1.")
    assert await press(client, "follow", 99, lang="en") == 303
    assert await flash(client, 1) == ("error", "There is no wish #99.")  # back, and told


async def test_without_the_token_or_signed_out_nothing_changes(
    client: TestClient, site_ctx: Context
) -> None:
    await submit(site_ctx, ANNA, "Sms till sökande", module="Bygg")
    signed_out = await client.post("/wishes/1/follow", allow_redirects=False)
    assert signed_out.status == 303
    assert signed_out.headers["Location"] == "/sign-in?next=%2Fwishes%2F1"
    await sign_in(client, site_ctx, "eva@mora.se")
    eva = await signed_in_person(client, site_ctx)
    forged = await client.post("/wishes/1/follow", data={"csrf": "x" * 32})
    assert forged.status == 200 and forged.url.path == "/wishes/1"  # back, and told why
    notice = BeautifulSoup(await forged.text(), "html.parser").select_one("p.error")
    assert notice is not None and "gått ut" in notice.get_text()
    assert not await follows_wish(site_ctx, eva, 1)
    assert await press(client, "follow") == 303  # control: with the token it is followed
    assert await follows_wish(site_ctx, eva, 1)
