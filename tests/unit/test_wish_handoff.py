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
from handlers.wishes.vendor_answers import apply_answers, missing_columns, read_answers
from storage.handoffs import batch_wishes
from storage.outbox import list_rows
from storage.wishes import get_wish, status_changes
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


async def mails(ctx: Context) -> list[tuple[str, str, Message]]:
    """The vendor's mails queued (not the members' notices, which share the key's start)."""
    return [sent for sent in await outgoing(ctx, "handoff:") if sent[0] == "email"]


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
    assert await outgoing(ctx, "handoff:") == []  # nothing went yet, nobody was told
    assert await statuses(ctx) == ["ny", "ny", "ny"]

    sent = await click(ctx, BO, CONFIRM, button_value(preview))
    assert sent.update and text(sent) == (
        "Överlämning 1 är på väg till helpdesk@castor.example: 3 önskemål, nu ”skickad till "
        "leverantören”; 3 medlemmar som skickat in eller stöder dem fick veta det."
    )
    ((platform, target, mail),) = await mails(ctx)
    assert (platform, target) == ("email", "vendor:1")
    assert "överlämning 1" in (mail.title or "") and "3 utvecklingsönskemål" in mail.text
    csv_file, markdown_file = mail.attachments
    assert (csv_file.filename, markdown_file.filename) == ("1-onskelista.csv", "1-onskelista.md")
    rows = list(csv.DictReader(io.StringIO(csv_file.content or "")))
    assert [row["number"] for row in rows] == ["2", "1", "3"]
    assert {row["status"] for row in rows} == {"skickad"}  # as they are now, not as they were
    assert "| 2 | Karta i e-tjänsten | Bygg |" in (markdown_file.content or "")
    async with ctx.db.transaction() as session:
        kept = [(at, wish.id, wish.status) for at, wish in await batch_wishes(session, 1)]
    assert kept == [(1, 2, "skickad"), (2, 1, "skickad"), (3, 3, "skickad")]
    told = {target: message.text for _, target, message in await outgoing(ctx, "handoff:1:told:")}
    assert set(told) == {"dm:eva", "dm:ola", "dm:per"}  # once each, however many wishes
    assert told["dm:per"] == (
        "2 önskemål som du har skickat in eller stöder gick till leverantören i överlämning 1 "
        "den 2026-01-01:\n#2 Karta i e-tjänsten\n#3 Tillsynsplan per verksamhet"
    )
    assert await outgoing(ctx, "wish-status:") == []


async def test_a_second_press_sends_nothing_more(vendor: Context) -> None:
    await three_wishes(vendor)
    value = button_value(await run(vendor, BO, "wishlist", "send"))
    await click(vendor, BO, CONFIRM, value)
    again = await click(vendor, BO, CONFIRM, value)
    assert again.refused and text(again).startswith("Överlämning 1 har redan skickats")
    assert len(await mails(vendor)) == 1


async def test_a_list_changed_since_the_preview_is_shown_again_not_sent(vendor: Context) -> None:
    await three_wishes(vendor)
    value = button_value(await run(vendor, BO, "wishlist", "send"))
    await submit(vendor, EVA, "Bevakning av slutbesked", module="Bygg")
    shown = await click(vendor, BO, CONFIRM, value)
    assert text(shown).startswith("Överlämning 1 till leverantören")
    assert "Listan har ändrats sedan den visades" in text(shown) and "4 önskemål" in text(shown)
    assert await outgoing(vendor, "handoff:") == []
    await click(vendor, BO, CONFIRM, button_value(shown))
    assert len(await mails(vendor)) == 1


async def test_support_given_since_the_preview_shows_the_list_again(vendor: Context) -> None:
    """The same wishes in the same order, but #2 has one member more: the vendor must get
    the numbers the board saw, so the list is shown again, not sent."""
    await three_wishes(vendor)
    value = button_value(await run(vendor, BO, "wishlist", "send"))
    await run(vendor, EVA, "support", "2")  # #2 stays first: 2 municipalities, now 3 members
    shown = await click(vendor, BO, CONFIRM, value)
    assert "Listan har ändrats sedan den visades" in text(shown)
    assert await outgoing(vendor, "handoff:") == []


async def test_the_preview_warns_while_a_round_is_open(vendor: Context) -> None:
    await three_wishes(vendor)
    assert "fortfarande öppen" not in text(await run(vendor, BO, "wishlist", "send"))
    await run(vendor, BO, "round", "open", "2026-12-31")
    shown = text(await run(vendor, BO, "wishlist", "send"))
    assert "Prioriteringsomgång 1 är fortfarande öppen: listan går utan dess poäng." in shown


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
    assert sorted(t for _, t, _ in await mails(ctx)) == ["vendor:1", "vendor:2"]


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
    last, digest = value.split("|")[-2:]
    for forged in ("nonsense", f"99|-|0|{last}|{digest}", f"-|levererad|0|{last}|{digest}",
                   f"-|-|0|-1|{digest}"):  # fmt: skip
        reply = await click(vendor, BO, CONFIRM, forged)
        assert reply.refused and "Referens" not in text(reply), forged
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
    assert "leverantören har svarat på 1. Mejlet väntar på att gå iväg." in listed
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
    answered = (
        "är nu: planerad.\nLeverantören har svarat.\nI version 5.2\nLeverantörens referens: HD-7"
    )
    assert len(told) == 1 and told[0].endswith(answered)  # the hand-off told of it apart
    shown = text(await run(ctx, BO, "wish-show", "2"))
    assert "status satt till planerad av leverantören: I version 5.2" in shown
    assert "status satt till skickad till leverantören av Bo: Överlämning 1" in shown
    await run(ctx, BO, "language", "en")  # the vendor is named in the reader's language
    assert "status set to planned by the vendor: I version 5.2" in text(
        await run(ctx, BO, "wish-show", "2")
    )


def test_a_row_the_bot_cannot_read_is_said_so() -> None:
    rows: list[dict[str | None, str | list[str] | None]] = [
        {"number": "2", "status": "klar"},
        {"number": "x", "status": "planerad"},
        {"status": "planerad"},
        {"ticket": "T" * 101, "status": "planerad"},
        {"number": "²", "status": "planerad"},
        {"number": "3", "status": "beredning"},
        {"number": "4", "status": "planerad", "comment": "hej", None: [" med komma"]},
        {"Ticket ID": "HD-1", "Status": "planerad"},
        {"#": "5", "status": "avslagen"},
        {"Ärende-id": "HD-1", "status": "levererad"},
    ]
    answers, problems = read_answers(rows, list(range(2, 12)))
    assert [(a.line, a.number, a.ticket, a.status) for a in answers] == [
        (9, None, "HD-1", "planerad"),
        (10, 5, None, "avslagen"),
        (11, None, "HD-1", "levererad"),
    ]
    assert problems == [
        (2, "unknown status 'klar'"),
        (3, "'x' is not a wish number"),
        (4, "neither a wish number nor a ticket id"),
        (5, "the ticket id is longer than 100 characters"),
        (6, "'²' is not a wish number"),
        (7, "'beredning' is the board's to set; the vendor answers skickad, planerad, levererad, "
            "avslagen"),
        (8, "more cells than the header has columns (quote a comment with a comma in it)"),
        (11, "line 9 answers the same wish otherwise"),
    ]  # fmt: skip
    assert missing_columns(["Ticket ID", "Status"]) is None
    assert missing_columns(["#", "Önskemål", "Referens"]) == (
        "the file needs a status column and a number or ticket column (number/nummer, "
        "ticket/referens/ärende); its columns are: #, Önskemål, Referens"
    )


async def test_an_answer_for_a_merged_or_hidden_wish_changes_nothing_and_is_listed(
    vendor: Context,
) -> None:
    """The vendor's answer to a duplicate is often "rejected: a duplicate", which must not
    reach the original; a hidden wish is not shown anywhere to be answered."""
    ctx = vendor
    await three_wishes(ctx)  # #2 has Ola and Per behind it
    await submit(ctx, BO, "Digital signering av delegationsbeslut", module="Bygg")  # #4
    await run(ctx, BO, "wish-merge", "4", "2")
    await run(ctx, BO, "wish-hide", "3")
    rows = [
        {"nummer": "4", "status": "planerad", "kommentar": "I version 5.2"},
        {"nummer": "3", "status": "avslagen", "kommentar": ""},
        {"nummer": "1", "status": "planerad", "kommentar": ""},
    ]
    answers, problems = read_answers(rows, [2, 3, 4])
    assert problems == []
    report = await apply_answers(ctx, answers)
    assert (report.changed, report.unchanged, report.unmatched) == (1, 0, [])
    assert report.refused == [
        (2, "#4 is merged into #2; not changed (answer #2 if this is its answer)"),
        (3, "#3 is hidden; not changed"),
    ]
    assert await statuses(ctx) == ["planerad", "ny", "ny"]
    async with ctx.db.transaction() as session:
        merged, changes = await get_wish(session, 4), await status_changes(session, limit=10)
    assert merged is not None and merged.status == "dubblett"
    assert [event.wish_id for event, _title in changes] == [1]  # the public feed
    assert await outgoing(ctx, "wish-status:4:") == []
    assert await outgoing(ctx, "wish-status:3:") == []
    await run(ctx, BO, "wish-unmerge", "4")
    assert "leverantören" not in text(await run(ctx, BO, "wish-show", "4"))
