"""The wish list on the web (issue #20, reading): the same ranking and counts as chat,
search, filters, paging, one wish with its history, the feed of status changes, Swedish
first and English by `?lang=en`; hidden wishes and hostile text stay out."""

from __future__ import annotations

from collections.abc import AsyncIterator

import feedparser
import pytest
from aiohttp.test_utils import TestClient, TestServer
from bs4 import BeautifulSoup

import handlers.wishes.reading as reading
from bot.web import build_web_app
from handlers.clock import FakeClock
from handlers.context import Context
from tests.people import verify_all
from tests.unit.test_public_archive import page
from tests.unit.test_wishes import BO, EVA, OLA, PER, run, submit, text

HOSTILE = '<script>alert("x")</script>'


@pytest.fixture
async def client(ctx: Context, clock: FakeClock) -> AsyncIterator[TestClient]:
    await verify_all(ctx, EVA, OLA, PER, BO)
    async with TestClient(TestServer(build_web_app(ctx.db, {}, clock, ctx))) as test_client:
        yield test_client


def lines(soup: BeautifulSoup) -> list[str]:
    return [" ".join(li.get_text(" ", strip=True).split()) for li in soup.select("ol.wishes li")]


async def three_wishes(ctx: Context) -> None:
    await submit(ctx, EVA, "Sms till sökande", module="Bygg", description=HOSTILE)
    await submit(ctx, OLA, "Digital signering av delegationsbeslut", module="Miljö")
    await submit(ctx, PER, "Export av ärendelista", module="Bygg")
    await run(ctx, OLA, "support", "3")  # two municipalities for #3


async def test_the_list_is_ranked_and_counted_as_in_chat(ctx: Context, client: TestClient) -> None:
    await three_wishes(ctx)
    soup = await page(client, "/wishes")
    assert soup.html is not None and soup.html["lang"] == "sv"
    shown = lines(soup)
    assert [line.split()[1] for line in shown] == ["#3", "#1", "#2"]
    in_chat = text(await run(ctx, EVA, "wishes")).splitlines()[1:]
    assert [line.split(" — ")[-1] for line in in_chat] == [
        line.split(" · ")[-1] for line in shown
    ]  # the same support line, word for word
    assert "2 medlemmar från 2 kommuner" in shown[0]
    english = await page(client, "/wishes?lang=en")
    assert english.html is not None and english.html["lang"] == "en"
    assert "2 members from 2 municipalities" in lines(english)[0]
    assert english.select_one("ol.wishes a")["href"] == "/wishes/3?lang=en"  # type: ignore[index]


async def test_search_filters_and_paging(
    ctx: Context, client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    await three_wishes(ctx)
    found = await page(client, "/wishes?q=delegationsbeslut")
    assert [line.split()[1] for line in lines(found)] == ["#2"]
    assert found.select_one("#q")["value"] == "delegationsbeslut"  # type: ignore[index]
    typed = "vi vill kunna göra så att det går med digital signering av delegationsbeslut"
    kept = await page(client, "/wishes?q=" + typed)  # its first 30 characters say nothing
    assert kept.select_one("#q")["value"] == typed  # type: ignore[index]
    assert [line.split()[1] for line in lines(kept)] == ["#2"]  # by the words past 30
    assert kept.select_one("#q")["maxlength"] == "100"  # type: ignore[index]
    bygg = await page(client, "/wishes?module=bygg&status=ny")
    assert [line.split()[1] for line in lines(bygg)] == ["#3", "#1"]
    assert bygg.select_one("#module option[selected]").get_text() == "Bygg"  # type: ignore[union-attr]
    none = await page(client, "/wishes?q=qqqzzz")
    assert none.select_one("p.notice").get_text() == "Inga önskemål matchar."  # type: ignore[union-attr]
    monkeypatch.setattr(reading, "PAGE_SIZE", 2)
    first = await page(client, "/wishes?module=Bygg")
    assert [a.get_text() for a in first.select("nav.pager a")] == []  # two fit on one page
    paged = await page(client, "/wishes")
    assert [line.split()[0] for line in lines(paged)] == ["1.", "2."]
    next_link = paged.select_one('nav.pager a[rel="next"]')
    assert next_link is not None and next_link["href"] == "/wishes?page=2"
    second = await page(client, str(next_link["href"]))
    assert [line.split()[:2] for line in lines(second)] == [["3.", "#2"]]
    past = await page(client, "/wishes?page=99999999999999999999")  # bounded: the last page
    assert lines(past) == lines(second)


async def test_bad_queries_get_the_list_not_an_error(ctx: Context, client: TestClient) -> None:
    await three_wishes(ctx)
    for query in ("page=-1", "page=abc", "module=Okänd", "status=<b>", "q=" + "x" * 5000):
        soup = await page(client, f"/wishes?{query}")
        assert soup.select("ol.wishes li") or soup.select_one("p.notice")


async def test_one_wish_with_its_history_and_duplicates(ctx: Context, client: TestClient) -> None:
    await three_wishes(ctx)
    await run(ctx, BO, "wish-status", "3", "skickad", reference="HD-9")
    await run(ctx, BO, "wish-merge", "1", "3")
    soup = await page(client, "/wishes/3")
    assert soup.h1 is not None and soup.h1.get_text() == "#3 Export av ärendelista"
    details = soup.get_text(" ", strip=True)
    assert "HD-9" in details and "skickad till leverantören" in details
    merged = soup.select("article ul")[0].select("a")
    assert [(a.get_text(), a["href"]) for a in merged] == [("#1 Sms till sökande", "/wishes/1")]
    duplicate = await page(client, "/wishes/1")
    notice = duplicate.select_one("p.notice a")
    assert notice is not None and notice["href"] == "/wishes/3"
    assert HOSTILE not in str(duplicate) and "&lt;script&gt;" in str(duplicate)


async def test_hidden_and_missing_wishes_are_not_found(ctx: Context, client: TestClient) -> None:
    await three_wishes(ctx)
    await run(ctx, BO, "wish-hide", "2")
    for path in ("/wishes/2", "/wishes/999", "/wishes/99999999999999999999"):
        soup = await page(client, path, status=404)
        assert soup.h1 is not None and soup.h1.get_text() == "Önskemålet finns inte"
    assert "#2" not in " ".join(lines(await page(client, "/wishes")))
    assert (await client.get("/wishes/abc")).status == 404


async def test_the_feed_tells_status_changes(ctx: Context, client: TestClient) -> None:
    await three_wishes(ctx)
    await run(ctx, BO, "wish-status", "1", "planerad", comment="Kommer i version 5.2")
    await run(ctx, BO, "wish-status", "2", "avslagen")
    await run(ctx, BO, "wish-hide", "2")
    response = await client.get("/wishes/feed.atom")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("application/atom+xml")
    parsed = feedparser.parse(await response.text())
    assert [e.title for e in parsed.entries] == ["#1 Sms till sökande: planerad"]
    assert parsed.entries[0].content[0].value == "Kommer i version 5.2"
    assert parsed.entries[0].link.endswith("/wishes/1")
    again = await client.get(
        "/wishes/feed.atom", headers={"If-None-Match": response.headers["ETag"]}
    )
    assert again.status == 304
