"""Wishes through the same entry point every platform uses: capture, similar, support, status."""

from __future__ import annotations

import asyncio

import pytest

from handlers.clock import FakeClock
from handlers.context import Context
from handlers.run import run_command, run_interaction
from handlers.types import Channel, Command, Interaction, Member, Reply
from storage import outbox
from storage.channels import add_topic
from storage.wishes import all_wishes, support_of
from tests.people import verify_all

ROOM = Channel("console", "general", "general")
EVA = Member("console", "eva", "Eva", municipality="Huddinge")
OLA = Member("console", "ola", "Ola", municipality="Mora")
PER = Member("console", "per", "Per", municipality="Huddinge")
BO = Member("console", "bo", "Bo", is_board=True, municipality="Upplands-Bro")


@pytest.fixture(autouse=True)
async def _verified_members(ctx: Context) -> None:
    """The members above count for the municipalities written on them."""
    await verify_all(ctx, EVA, OLA, PER, BO)


def text(reply: Reply) -> str:
    message = reply.message
    parts = [message.title or "", message.text, *(f"{f.name}: {f.value}" for f in message.fields)]
    return "\n".join(p for p in parts if p)


async def run(ctx: Context, member: Member, name: str, *words: str, **options: object) -> Reply:
    command = Command(name=name, member=member, channel=ROOM, positional=words, options=options)
    return await run_command(ctx, command)


async def click(ctx: Context, member: Member, interaction_id: str, value: str) -> Reply:
    return await run_interaction(ctx, Interaction(interaction_id, member, ROOM, value))


async def submit(
    ctx: Context, member: Member, title: str, module: str = "Bygg", **more: str
) -> Reply:
    return await run(ctx, member, "wish", title=title, module=module, **more)


async def wishes_channel(ctx: Context) -> None:
    async with ctx.db.transaction() as session:
        await add_topic(
            session,
            platform="slack",
            channel_id="CW",
            channel_name="önskemål",
            topic="wishes",
            added_by="Bo",
            now=ctx.clock.now(),
        )


async def test_a_wish_is_saved_with_its_authors_support_and_a_card_per_channel(
    ctx: Context,
) -> None:
    await wishes_channel(ctx)
    reply = await submit(
        ctx, EVA, "Digital signering av delegationsbeslut", description="Spara tid"
    )
    assert (
        text(reply) == "Tack! Ditt önskemål har nummer #1: Digital signering av delegationsbeslut"
    )
    async with ctx.db.transaction() as session:
        [wish] = await all_wishes(session)
        support = (await support_of(session, [wish.id]))[wish.id]
    assert (wish.module, wish.municipality, wish.status) == ("Bygg", "Huddinge", "ny")
    assert (support.members, support.municipalities) == (1, ("Huddinge",))
    [card] = await outbox.list_rows(ctx.db)
    assert card.destination == "slack:CW" and card.idempotency_key == "wish-card:1:slack:CW"
    assert card.payload["title"] == "#1 Digital signering av delegationsbeslut"
    assert card.payload["buttons"][0]["action_id"] == "wish.support"


async def test_an_unverified_members_wish_comes_from_no_municipality_and_counts_apart(
    ctx: Context,
) -> None:
    stranger = Member("console", "ny", "Ny", municipality="Ale")  # a platform's word: ignored
    form = (await run(ctx, stranger, "wish")).form
    assert form is not None
    assert [f.name for f in form.fields] == ["title", "description", "module"]
    done = await run_interaction(
        ctx,
        Interaction(
            form.form_id,
            stranger,
            ROOM,
            values={"title": "Kartbeställning i e-tjänst", "module": "kart & mät"},
        ),
    )
    assert text(done).startswith("Tack! Ditt önskemål har nummer #1")
    async with ctx.db.transaction() as session:
        (wish,) = await all_wishes(session)
        support = (await support_of(session, [wish.id]))[wish.id]
    assert wish.municipality is None
    assert (support.members, support.municipalities, support.unverified) == (0, (), 1)
    shown = text(await run(ctx, EVA, "wish-show", "1"))
    assert "0 medlemmar från 0 kommuner (+1 ej verifierad)" in shown


async def test_similar_wishes_are_suggested_never_forced(ctx: Context) -> None:
    await submit(ctx, EVA, "Digital bygglovsansökan med e-legitimation")
    similar = await submit(ctx, OLA, "Ansökan om bygglov digitalt med e-legitimation")
    assert similar.message.title == "Liknande önskemål"
    assert "#1 Digital bygglovsansökan med e-legitimation" in text(similar)
    support, new = similar.message.buttons[0], similar.message.buttons[-1]
    assert (support.action_id, support.value) == ("wish.support-instead", "1")
    assert new.action_id == "wish.submit"
    saved = await click(ctx, OLA, new.action_id, new.value)
    assert text(saved).startswith("Tack! Ditt önskemål har nummer #2")
    twice = await click(ctx, OLA, new.action_id, new.value)
    assert text(twice) == "Utkastet finns inte längre; det kan redan ha skickats in."
    async with ctx.db.transaction() as session:
        assert len(await all_wishes(session)) == 2


async def test_support_is_one_per_member_and_counted_per_municipality(ctx: Context) -> None:
    await submit(ctx, EVA, "Påminnelse om tillsynsbesök", module="Miljö")
    assert text(await run(ctx, PER, "support", "1")) == (
        "Du stöder #1. Nu: 2 medlemmar från 1 kommun."
    )
    assert text(await click(ctx, OLA, "wish.support", "1")) == (
        "Du stöder #1. Nu: 3 medlemmar från 2 kommuner."
    )
    assert text(await run(ctx, PER, "support", "1")) == (
        "Du stöder inte längre #1. Nu: 2 medlemmar från 2 kommuner."
    )
    assert text(await run(ctx, PER, "support", "9")) == "Det finns inget önskemål #9."


async def test_the_authors_support_stays_when_they_press_support_again(ctx: Context) -> None:
    await submit(ctx, EVA, "Påminnelse om tillsynsbesök", module="Miljö")
    for pressed in (run(ctx, EVA, "support", "1"), click(ctx, EVA, "wish.support", "1")):
        assert text(await pressed) == "Du skickade in #1, så ditt stöd står kvar."
    assert "1 medlem från 1 kommun" in text(await run(ctx, OLA, "visa-önskemål", "1"))


async def test_ranking_counts_municipalities_before_members(ctx: Context) -> None:
    await submit(ctx, EVA, "Export av ärendelista till Excel", module="Övrigt")
    await submit(ctx, OLA, "Sms-avisering till sökande om kompletteringar", module="Bygg")
    await run(ctx, PER, "support", "1")  # #1: two members, one municipality
    await run(ctx, BO, "support", "2")  # #2: two members, two municipalities
    listing = text(await run(ctx, EVA, "wishes"))
    assert listing.index("#2 Sms-avisering") < listing.index("#1 Export av ärendelista")
    assert "2 medlemmar från 2 kommuner" in listing
    only_bygg = text(await run(ctx, EVA, "wishes", module="bygg"))
    assert "#1 " not in only_bygg and "#2 " in only_bygg


async def test_status_changes_tell_supporters_who_want_it(ctx: Context) -> None:
    await submit(ctx, EVA, "Automatisk arkivering av avslutade ärenden", module="Övrigt")
    await run(ctx, OLA, "support", "1")
    await run(ctx, OLA, "notifications", "off")
    refused = await run(ctx, EVA, "wish-status", "1", "prioriterad")
    assert text(refused) == "Bara styrelseledamöter får använda /wish-status."
    need_ref = await run(ctx, BO, "wish-status", "1", "skickad")
    assert text(need_ref) == "Ange leverantörens ärendereferens: reference:HD-1234"
    done = await run(ctx, BO, "wish-status", "1", "skickad", reference="HD-4711")
    assert text(done) == "#1 är nu skickad till leverantören; 1 medlem fick besked."
    dms = [r for r in await outbox.list_rows(ctx.db) if r.target.startswith("dm:")]
    assert [r.target for r in dms] == ["dm:eva"]
    assert "HD-4711" in dms[0].payload["text"]
    shown = text(await run(ctx, EVA, "wish-show", "1"))
    assert "status satt till skickad till leverantören av Bo" in shown
    # the same status again is no news: refused, nobody told twice, nothing in the history
    again = await run(ctx, BO, "wish-status", "1", "skickad")
    assert text(again) == (
        "#1 har redan status ”skickad till leverantören”. Skriv en kommentar om du vill "
        "berätta något nytt för dem som stöder önskemålet."
    )
    assert len([r for r in await outbox.list_rows(ctx.db) if r.target.startswith("dm:")]) == 1
    assert text(await run(ctx, EVA, "wish-show", "1")).count("status satt till") == 1
    told = await run(ctx, BO, "wish-status", "1", "skickad", comment="Åtgärdas i vår")
    assert text(told) == "#1 är nu skickad till leverantören; 1 medlem fick besked."


async def test_a_merged_wish_takes_no_status_of_its_own(ctx: Context) -> None:
    """Its supporters count for the original and are told there: its status is the
    original's to set (as the vendor's status import refuses it too)."""
    await submit(ctx, EVA, "Automatisk arkivering av avslutade ärenden", module="Övrigt")
    await submit(ctx, OLA, "Sms-avisering till sökande om kompletteringar", module="Bygg")
    await run(ctx, BO, "wish-merge", "2", "1")
    before = len(await outbox.list_rows(ctx.db))
    refused = await run(ctx, BO, "wish-status", "2", "planerad")
    assert text(refused) == "#2 är sammanslaget med #1; sätt status på #1."
    assert len(await outbox.list_rows(ctx.db)) == before  # nobody told anything
    assert "planerad" not in text(await run(ctx, EVA, "wish-show", "2"))
    done = await run(ctx, BO, "wish-status", "1", "planerad")  # the control: the original
    assert text(done) == "#1 är nu planerad; 2 medlemmar fick besked."


async def test_bad_input_gets_a_clear_answer_and_stores_nothing(ctx: Context) -> None:
    assert text(await submit(ctx, EVA, "   ")) == "Ett önskemål behöver en rubrik."
    assert text(await submit(ctx, EVA, "x" * 121)).startswith("rubrik får vara högst 120 tecken")
    assert text(await submit(ctx, EVA, "Bra idé", module="Ekonomi")) == (
        "Välj en modul: Bygg, Miljö, BAB, Kart & mät, Övrigt."
    )
    nobody = Member("console", "x", "X")  # a municipality is verified, never typed in
    assert text(await submit(ctx, nobody, "Bra idé", municipality="Atlantis")) == (
        "/önskemål har inget alternativ ”municipality”."
    )
    async with ctx.db.transaction() as session:
        assert await all_wishes(session) == []


async def test_a_hundred_concurrent_supports_count_exactly(ctx: Context) -> None:
    await wishes_channel(ctx)
    await submit(ctx, EVA, "Gemensam mall för delegationsbeslut", module="Miljö")
    places = ["Ale", "Mora", "Huddinge", "Skövde", "Eskilstuna"]
    members = [
        Member("console", f"m{n}", f"Medlem {n}", municipality=places[n % 5]) for n in range(100)
    ]
    await verify_all(ctx, *members)
    replies = await asyncio.gather(*(run(ctx, m, "support", "1") for m in members))
    assert all(text(r).startswith("Du stöder #1.") for r in replies)
    async with ctx.db.transaction() as session:
        support = (await support_of(session, [1]))[1]
    assert (support.members, len(support.municipalities)) == (101, 5)
    edits = [r for r in await outbox.list_rows(ctx.db, limit=500) if r.action == "edit"]
    assert len(edits) == 100
    last = max(edits, key=lambda r: int(r.idempotency_key.rsplit(":", 1)[1]))
    assert "101 medlemmar från 5 kommuner" in str(last.payload)


async def test_the_list_pages_with_buttons_that_keep_the_filters(ctx: Context) -> None:
    topics = [
        "Bygglovskarta i e-tjänst", "Avloppstillsyn på surfplatta", "Sms-påminnelse till sökande",
        "Diarieföring av mejl", "Fakturering av timavgift", "Statistik till SCB",
        "Bygglovsavgift enligt PBL-taxa", "Livsmedelskontroll offline", "Delegationslista i PDF",
        "Kallelse till samråd", "Bygglov för attefallshus", "Radonmätning i skolor",
    ]  # fmt: skip
    clock = ctx.clock
    assert isinstance(clock, FakeClock)
    for topic in topics:
        clock.advance(15 * 60)  # within the limit of 5 wishes an hour
        reply = await submit(ctx, EVA, topic, module="Bygg" if "ygglov" in topic else "Miljö")
        assert text(reply).startswith("Tack!"), topic
    first = await run(ctx, EVA, "wishes")
    assert first.message.title == "Önskemål, sida 1 av 2"
    [following] = first.message.buttons
    second = await click(ctx, EVA, following.action_id, following.value)
    assert second.update and second.message.title == "Önskemål, sida 2 av 2"
    assert [b.label for b in second.message.buttons] == ["Föregående"]
    filtered = await run(ctx, EVA, "wishes", module="Miljö")
    assert filtered.message.title == "Önskemål, sida 1 av 1"
    assert "Bygg," not in text(filtered)
    found = await run(ctx, EVA, "wishes", search="bygglov")
    assert text(found).count("Bygglov") == 3


async def test_a_closed_wish_takes_no_new_support(ctx: Context) -> None:
    await submit(ctx, EVA, "Avslutat önskemål om utskrifter", module="Övrigt")
    await run(ctx, BO, "wish-status", "1", "avslagen")
    assert text(await run(ctx, OLA, "support", "1")) == (
        "Önskemål #1 är avslutat och tar inte emot nytt stöd."
    )


async def test_a_search_longer_than_the_page_buttons_carry_is_refused(ctx: Context) -> None:
    reply = await run(ctx, EVA, "wishes", search="bostadsanpassningsbidrag handläggning")
    assert text(reply).startswith("sök får vara högst 30 tecken")
