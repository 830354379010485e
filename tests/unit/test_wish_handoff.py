"""/wishlist send and /wishlist batches: the ranked list handed to the vendor, behind a
preview; recorded as a batch, its wishes `skickad`, supporters told, one mail queued."""

from __future__ import annotations

import csv
import io
from dataclasses import replace

import pytest

from handlers.context import Context
from handlers.types import Message, Reply
from handlers.wishes import handoff
from handlers.wishes.handoff import CONFIRM
from handlers.wishes.vendor_answers import apply_answers, read_answers
from storage.handoffs import batch_wishes
from storage.outbox import list_rows
from storage.wishes import get_wish
from tests.people import verify_all
from tests.unit.test_wishes import BO, EVA, OLA, PER, click, run, submit, text

HELPDESK = "helpdesk@castor.example"


@pytest.fixture
def vendor(ctx: Context) -> Context:
    ctx.wishes = replace(ctx.wishes, vendor_address=HELPDESK)
    return ctx


@pytest.fixture(autouse=True)
async def _verified_members(ctx: Context) -> None:
    await verify_all(ctx, EVA, OLA, PER, BO)


async def three_wishes(ctx: Context) -> None:
    """#1 (Bygg, one municipality), #2 (Bygg, two), #3 (Miljö, one): the list is 2, 1, 3."""
    await submit(ctx, EVA, "Sms till sökande", module="Bygg")
    await submit(ctx, OLA, "Karta i e-tjänsten", module="Bygg")
    await run(ctx, PER, "support", "2")
    await submit(ctx, PER, "Tillsynsplan per verksamhet", module="Miljö")


async def statuses(ctx: Context) -> list[str]:
    async with ctx.db.transaction() as session:
        return [wish.status for n in (1, 2, 3) if (wish := await get_wish(session, n))]


async def outgoing(ctx: Context, prefix: str) -> list[tuple[str, str, Message]]:
    rows = [r for r in await list_rows(ctx.db) if r.idempotency_key.startswith(prefix)]
    return [(r.platform, r.target, Message.from_json(r.payload)) for r in rows]


def button_value(reply: Reply) -> str:
    (button,) = reply.message.buttons
    assert button.action_id == CONFIRM
    return button.value


async def test_the_list_is_shown_first_and_sent_on_the_button(vendor: Context) -> None:
    ctx = vendor
    await three_wishes(ctx)
    preview = await run(ctx, BO, "wishlist", "send")
    shown = text(preview)
    assert "Överlämning 1 till leverantören" in shown and HELPDESK in shown
    assert shown.index("#2 Karta i e-tjänsten") < shown.index("#1 Sms till sökande")
    assert "2 kommuner, 2 medlemmar" in shown
    assert await outgoing(ctx, "handoff:") == []  # nothing went yet
    assert await statuses(ctx) == ["ny", "ny", "ny"]

    sent = await click(ctx, BO, CONFIRM, button_value(preview))
    assert sent.update and "Överlämning 1 är på väg till helpdesk@castor.example" in text(sent)
    ((platform, target, mail),) = await outgoing(ctx, "handoff:")
    assert (platform, target) == ("email", "vendor:1")
    assert "överlämning 1" in (mail.title or "") and "3 utvecklingsönskemål" in mail.text
    csv_file, markdown_file = mail.attachments
    assert (csv_file.filename, markdown_file.filename) == ("1-onskelista.csv", "1-onskelista.md")
    rows = list(csv.DictReader(io.StringIO(csv_file.content or "")))
    assert [row["number"] for row in rows] == ["2", "1", "3"]
    assert "| 2 | Karta i e-tjänsten | Bygg |" in (markdown_file.content or "")
    async with ctx.db.transaction() as session:
        kept = [(at, wish.id, wish.status) for at, wish in await batch_wishes(session, 1)]
    assert kept == [(1, 2, "skickad"), (2, 1, "skickad"), (3, 3, "skickad")]
    told = await outgoing(ctx, "wish-status:")
    assert {target for _, target, _ in told} == {"dm:eva", "dm:ola", "dm:per"}
    assert all("överlämning 1" in message.text for _, _, message in told)


async def test_a_second_press_sends_nothing_more(vendor: Context) -> None:
    await three_wishes(vendor)
    value = button_value(await run(vendor, BO, "wishlist", "send"))
    await click(vendor, BO, CONFIRM, value)
    again = await click(vendor, BO, CONFIRM, value)
    assert again.refused and text(again).startswith("Överlämning 1 skickades under tiden")
    assert len(await outgoing(vendor, "handoff:")) == 1


async def test_a_list_changed_since_the_preview_is_shown_again_not_sent(vendor: Context) -> None:
    await three_wishes(vendor)
    value = button_value(await run(vendor, BO, "wishlist", "send"))
    await submit(vendor, EVA, "Bevakning av slutbesked", module="Bygg")
    shown = await click(vendor, BO, CONFIRM, value)
    assert text(shown).startswith("Överlämning 1 till leverantören")
    assert "Listan har ändrats sedan den visades" in text(shown) and "4 önskemål" in text(shown)
    assert await outgoing(vendor, "handoff:") == []
    await click(vendor, BO, CONFIRM, button_value(shown))
    assert len(await outgoing(vendor, "handoff:")) == 1


async def test_wishes_waiting_for_the_vendor_go_again_only_when_asked(vendor: Context) -> None:
    ctx = vendor
    await three_wishes(ctx)
    await click(ctx, BO, CONFIRM, button_value(await run(ctx, BO, "wishlist", "send")))
    assert text(await run(ctx, BO, "wishlist", "send")) == "Inga önskemål matchar."
    refused = await run(ctx, BO, "wishlist", "send", status="skickad")
    assert refused.refused
    assert text(refused) == (
        "3 av önskemålen skickades i en överlämning som leverantören inte har svarat på än "
        "(önskemål, överlämning): #1 (1), #2 (1), #3 (1). Lägg till igen:ja för att skicka "
        "dem igen."
    )
    await run(ctx, BO, "wish-status", "3", "planerad")  # the vendor answered #3
    preview = await run(ctx, BO, "wishlist", "send", status="skickad", again=True)
    assert "2 önskemål" in text(preview)
    await click(ctx, BO, CONFIRM, button_value(preview))
    assert sorted(t for _, t, _ in await outgoing(ctx, "handoff:")) == ["vendor:1", "vendor:2"]


@pytest.mark.parametrize(
    ("options", "answer"),
    [
        (
            {"status": "levererad"},
            "”levererad” är inte ett giltigt värde för status. Välj ett av: ny, beredning, "
            "prioriterad, skickad, planerad.",
        ),
        ({"module": "Trädgård"}, "Välj en modul: Bygg, Miljö, BAB, Kart & mät, Övrigt."),
        ({"module": "BAB"}, "Inga önskemål matchar."),
    ],
)
async def test_a_selection_that_cannot_be_sent_is_refused(
    vendor: Context, options: dict[str, str], answer: str
) -> None:
    await three_wishes(vendor)
    reply = await run(vendor, BO, "wishlist", "send", **options)
    assert reply.refused and text(reply) == answer
    assert await outgoing(vendor, "handoff:") == []


async def test_a_list_too_long_to_read_is_refused(
    vendor: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    await three_wishes(vendor)
    monkeypatch.setattr(handoff, "MOST_WISHES", 2)
    reply = await run(vendor, BO, "wishlist", "send")
    assert text(reply) == (
        "Det är 3 önskemål; en överlämning tar högst 2. Välj en modul eller en status."
    )
    assert "2 önskemål" in text(await run(vendor, BO, "wishlist", "send", module="bygg"))


async def test_without_the_vendors_address_nothing_is_sent(ctx: Context) -> None:
    await three_wishes(ctx)
    reply = await run(ctx, BO, "wishlist", "send")
    assert reply.refused and "VENDOR_HELPDESK_ADDRESS" in text(reply)


async def test_only_the_board_sends_and_presses(vendor: Context) -> None:
    await three_wishes(vendor)
    assert (await run(vendor, EVA, "wishlist", "send")).refused
    value = button_value(await run(vendor, BO, "wishlist", "send"))
    assert (await click(vendor, EVA, CONFIRM, value)).refused
    assert (await click(vendor, BO, CONFIRM, "nonsense")).refused
    assert await outgoing(vendor, "handoff:") == []


async def test_the_batches_are_listed_and_one_shows_where_its_wishes_stand(
    vendor: Context,
) -> None:
    ctx = vendor
    assert text(await run(ctx, BO, "wishlist", "batches")) == (
        "Ingen önskelista har lämnats till leverantören än."
    )
    await three_wishes(ctx)
    await click(ctx, BO, CONFIRM, button_value(await run(ctx, BO, "wishlist", "send")))
    await run(ctx, BO, "wish-status", "2", "planerad", reference="HD-7")
    listed = text(await run(ctx, BO, "wishlist", "batches"))
    assert "Överlämning 1: " in listed and "av Bo: 3 önskemål till helpdesk@castor.example" in (
        listed
    )
    assert "leverantören har svarat på 1" in listed
    one = text(await run(ctx, BO, "wishlist", "batches", number=1))
    assert "1. #2 Karta i e-tjänsten – planerad (HD-7)" in one
    assert "2. #1 Sms till sökande – skickad till leverantören" in one
    unknown = await run(ctx, BO, "wishlist", "batches", number=9)
    assert unknown.refused and text(unknown) == (
        "Det finns ingen överlämning 9. /önskelista överlämningar visar dem."
    )


async def test_the_vendors_answer_tells_the_supporters_and_shows_in_the_history(
    vendor: Context,
) -> None:
    ctx = vendor
    await three_wishes(ctx)
    await click(ctx, BO, CONFIRM, button_value(await run(ctx, BO, "wishlist", "send")))
    rows = [
        {"nummer": "#2", "Ärende": "HD-7", "Status": "Planned", "Kommentar": "I version 5.2"},
        {"number": "1", "status": "skickad till leverantören", "comment": ""},  # as it was
    ]
    answers, problems = read_answers(rows, [2, 3])
    assert problems == []
    report = await apply_answers(ctx, answers)
    assert (report.changed, report.unchanged, report.told, report.unmatched) == (1, 1, 2, [])
    told = [m.text for _, t, m in await outgoing(ctx, "wish-status:2:") if t == "dm:per"]
    answered = "är nu: planerad.\nI version 5.2\nLeverantörens referens: HD-7"
    assert len(told) == 2 and sum(text.endswith(answered) for text in told) == 1
    shown = text(await run(ctx, BO, "wish-show", "2"))
    assert "status satt till planerad av leverantören: I version 5.2" in shown
    assert "status satt till skickad till leverantören av Bo: Överlämning 1" in shown


def test_a_row_the_bot_cannot_read_is_said_so() -> None:
    rows = [
        {"number": "2", "status": "klar"},
        {"number": "x", "status": "planerad"},
        {"status": "planerad"},
        {"ticket": "T" * 101, "status": "planerad"},
    ]
    answers, problems = read_answers(rows, [2, 3, 4, 5])
    assert answers == []
    assert problems == [
        (2, "unknown status 'klar'"),
        (3, "'x' is not a wish number"),
        (4, "neither a wish number nor a ticket id"),
        (5, "the ticket id is longer than 100 characters"),
    ]
