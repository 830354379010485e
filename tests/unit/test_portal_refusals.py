"""A use case's refusal on the web is shown as one and answered by the status the web gives
refusals everywhere (bot/public/refusals.py): 403 refused, 429 with Retry-After over a
per-person limit, 500 a failure of ours; a form given back to correct, 422."""

# ruff: noqa: F811  (`client` and `site_ctx` are fixtures imported below, used as parameters)
from __future__ import annotations

from aiohttp.test_utils import TestClient

from handlers.context import Context
from handlers.meetings import agenda
from handlers.people.config import COMMAND, COMMENT
from handlers.wishes.submit import SUBMIT_NEW
from tests.people import limited_to_one
from tests.unit.test_portal_act import (  # noqa: F401  (Anna counts for Huddinge: autouse)
    ANNA,
    _anna_counts_for_huddinge,
    page_of,
)
from tests.unit.test_portal_sign_in import (  # noqa: F401  (fixtures)
    client,
    form_token,
    sign_in,
    site_ctx,
)
from tests.unit.test_wishes import submit


async def _refusal(response: object) -> str:
    """The page's heading and its error, as a member reads them."""
    page = await page_of(response)
    error = page.select_one('main [role="alert"]')
    assert page.h1 is not None and error is not None, page.get_text()
    return f"{page.h1.get_text()}: {' '.join(error.get_text().split())}"


async def test_a_form_whose_meeting_is_gone_is_a_refusal(
    client: TestClient, site_ctx: Context
) -> None:
    await sign_in(client, site_ctx, "eva@mora.se")
    token = await form_token(client, "/wishes/new")
    data = {"csrf": token, "form_id": agenda.FORM_ID, "context": "99", "f.text": "Budgeten"}
    answer = await client.post("/do/form", data=data)
    assert answer.status == 403
    assert await _refusal(answer) == (
        "Det gjordes inte: Det finns inget möte #99. /möten visar dem."
    )


async def test_someone_elses_draft_pressed_on_the_web_is_a_refusal(
    client: TestClient, site_ctx: Context
) -> None:
    await submit(site_ctx, ANNA, "Sms-påminnelse till sökande", module="Bygg")
    similar = await submit(site_ctx, ANNA, "Sms-påminnelse till sökande om komplettering")
    [draft] = [b.value for b in similar.message.buttons if b.action_id == SUBMIT_NEW]
    await sign_in(client, site_ctx, "eva@mora.se")
    token = await form_token(client, "/wishes/new")
    answer = await client.post("/do/press", data={"csrf": token, "action": SUBMIT_NEW,
                                                  "value": draft})  # fmt: skip
    assert answer.status == 403
    assert (await _refusal(answer)).startswith("Det gjordes inte: Utkastet finns inte längre")


async def test_over_the_command_limit_the_web_says_when_to_come_back(
    client: TestClient, site_ctx: Context
) -> None:
    await sign_in(client, site_ctx, "eva@mora.se")
    token = await form_token(client)  # a page that runs no command
    limited_to_one(site_ctx, COMMAND)
    pressed = {"csrf": token, "action": SUBMIT_NEW, "value": "999"}
    assert (await client.post("/do/press", data=pressed)).status == 403  # the control: no draft
    limited = await client.post("/do/press", data=pressed)
    assert limited.status == 429 and limited.headers["Retry-After"] == "3600"
    assert (await _refusal(limited)).startswith("Det gjordes inte: Du har använt 1 kommando")


async def test_over_the_comment_limit_the_comment_is_given_back_with_429(
    client: TestClient, site_ctx: Context
) -> None:
    await submit(site_ctx, ANNA, "Sms till sökande", module="Bygg")
    await sign_in(client, site_ctx, "eva@mora.se")
    limited_to_one(site_ctx, COMMENT)
    token = await form_token(client, "/wishes/1")
    first = await client.post("/wishes/1/comments", data={"csrf": token, "text": "Ja!"},
                              allow_redirects=False)  # fmt: skip
    assert first.status == 303
    second = await client.post("/wishes/1/comments", data={"csrf": token, "text": "Igen"})
    assert second.status == 429 and second.headers["Retry-After"] == "3600"
    page = await page_of(second)
    given = page.select_one("textarea")
    assert given is not None and given.get_text() == "Igen"
