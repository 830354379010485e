"""The e-mail list's use cases and the board's /mail command (on SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio

import pytest

from handlers.clock import FakeClock
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.errors import CommandError
from handlers.mail import web as mail_web
from handlers.mail.addresses import normalise_address
from handlers.mail.commands import COMMAND
from handlers.mail.fanout import RecipientLookup, fan_out_to_subscribers, recipient_for
from handlers.mail.subscribers import add_address, import_addresses, remove_address
from handlers.public_config import PublicConfig
from handlers.run import run_command
from handlers.types import Channel, Command, Member, Message, Reply
from storage import mail, outbox
from storage.db import Database

BASE = "https://bryggan.example.se"
BOARD = Member("console", "bo", "Bo", is_board=True, platform_locale="en-GB")
MEMBER = Member("console", "eva", "Eva", platform_locale="en-GB")
GENERAL = Channel("console", "general", "general")


@pytest.fixture
def mail_ctx(db: Database, clock: FakeClock) -> Context:
    catalogue = build_catalogue()
    assert COMMAND in list(catalogue), "the catalogue has /mail"
    woken: list[int] = []
    ctx = Context(
        db=db,
        catalogue=catalogue,
        clock=clock,
        public=PublicConfig(BASE, "Användarföreningen Castor"),
        wake_outbox=lambda: woken.append(1),
    )
    ctx.woken = woken  # type: ignore[attr-defined]
    return ctx


async def run(ctx: Context, line: str, member: Member = BOARD) -> Reply:
    name, _, rest = line.lstrip("/").partition(" ")
    command = Command(name=name, member=member, channel=GENERAL, positional=tuple(rest.split()))
    return await run_command(ctx, command)


def text(reply: Reply) -> str:
    message = reply.message
    parts = [message.title or "", message.text, *(f"{f.name}: {f.value}" for f in message.fields)]
    return "\n".join(parts).strip()


async def row_of(ctx: Context, address: str) -> mail.MailSubscriberRow:
    async with ctx.db.transaction() as session:
        row = await mail.by_address(session, address)
    assert row is not None
    return row


@pytest.mark.parametrize(
    ("raw", "stored"),
    [
        (" Kalle.Anka@Kommun.SE ", "kalle.anka@kommun.se"),
        ("<eva+nyheter@mail.vasteras.se>", "eva+nyheter@mail.vasteras.se"),
        ("mailto:bo@example.org", "bo@example.org"),
        ("asa@Malmö.se", "asa@xn--malm-8qa.se"),
    ],
)
def test_sane_addresses_are_normalised(raw: str, stored: str) -> None:
    assert normalise_address(raw) == stored


@pytest.mark.parametrize(
    "raw",
    ["", "kalle", "kalle@", "@kommun.se", "kalle@kommun", "ka lle@kommun.se", "a..b@kommun.se",
     "kalle@kommun..se", "kalle@-kommun.se", "åsa@kommun.se", "x@" + "a" * 250 + ".se",
     "a" * 65 + "@kommun.se", "kalle@kommun.se\r\nBcc: x@y.se", "\"kalle\"@kommun.se"],
)  # fmt: skip
def test_bad_addresses_are_refused_with_a_clear_text(raw: str) -> None:
    with pytest.raises(CommandError) as caught:
        normalise_address(raw)
    assert "e-mail address" in caught.value.message


async def test_board_adds_lists_and_removes_addresses(mail_ctx: Context) -> None:
    added = await run(mail_ctx, "/mail add Kalle@Kommun.se")
    assert text(added) == (
        "kalle@kommun.se is on the mailing list and receives announcements from now on."
    )
    assert added.private
    assert text(await run(mail_ctx, "/mail add kalle@kommun.se")) == (
        "kalle@kommun.se is already on the mailing list."
    )
    row = await row_of(mail_ctx, "kalle@kommun.se")
    assert (row.status, row.source, row.added_by) == ("active", "board", "Bo")
    assert row.confirmed_at == mail_ctx.clock.now() and len(row.token) >= 32
    await run(mail_ctx, "/e-post lägg-till eva@kommun.se")
    listing = text(await run(mail_ctx, "/mail list"))
    assert listing.startswith("The mailing list\nactive: 2, waiting for confirmation: 0")
    assert "eva@kommun.se — active (2026-01-01, added by the board)" in listing
    assert text(await run(mail_ctx, "/mail remove KALLE@kommun.se")) == (
        "kalle@kommun.se is off the mailing list."
    )
    assert text(await run(mail_ctx, "/mail ta-bort kalle@kommun.se")) == (
        "kalle@kommun.se had already unsubscribed; nothing changed."
    )
    assert text(await run(mail_ctx, "/mail remove okand@kommun.se")) == (
        "okand@kommun.se is not on the mailing list."
    )
    assert "unsubscribed: 1" in text(await run(mail_ctx, "/mail lista"))


async def test_mail_is_for_the_board_and_checks_its_input(mail_ctx: Context) -> None:
    refused = await run(mail_ctx, "/mail add kalle@kommun.se", MEMBER)
    assert text(refused) == "Only board members may use /mail add."
    assert text(await run(mail_ctx, "/mail list")) == (
        "Nobody is on the mailing list yet. Add an address with /mail add ADDRESS."
    )
    assert "not an e-mail address" in text(await run(mail_ctx, "/mail add kalle"))
    assert "/mail add" in text(await run(mail_ctx, "/mail add"))


async def test_the_board_can_bring_back_an_address_and_confirm_a_pending_one(
    mail_ctx: Context,
) -> None:
    await mail_web.subscribe(mail_ctx, "ny@kommun.se")
    assert (await add_address(mail_ctx, "ny@kommun.se", added_by="Bo")).outcome == "confirmed"
    assert await remove_address(mail_ctx, "ny@kommun.se")
    assert (await add_address(mail_ctx, "ny@kommun.se", added_by="Bo")).outcome == "reactivated"
    assert (await row_of(mail_ctx, "ny@kommun.se")).unsubscribed_at is None


async def test_web_subscription_is_double_opt_in_and_throttled(mail_ctx: Context) -> None:
    woken: list[int] = mail_ctx.woken  # type: ignore[attr-defined]
    first = await mail_web.subscribe(mail_ctx, " Ny@Kommun.se")
    assert first is mail_web.Subscribed.CONFIRMATION_SENT and woken == [1]
    row = await row_of(mail_ctx, "ny@kommun.se")
    assert (row.status, row.source, row.confirm_sent_at) == ("pending", "web", mail_ctx.clock.now())
    [queued] = await outbox.list_rows(mail_ctx.db)
    assert (queued.platform, queued.target) == ("email", f"confirm:{row.id}")
    confirmation = Message.from_json(queued.payload)
    assert f"{BASE}/confirm/{row.token}" in confirmation.text
    assert "Användarföreningen Castor" in (confirmation.title or "")
    again = await mail_web.subscribe(mail_ctx, "ny@kommun.se")
    assert again is mail_web.Subscribed.THROTTLED
    mail_ctx.clock.advance(601)  # type: ignore[attr-defined]
    assert await mail_web.subscribe(mail_ctx, "ny@kommun.se") is first
    assert len(await outbox.list_rows(mail_ctx.db)) == 2
    assert (await row_of(mail_ctx, "ny@kommun.se")).token == row.token, "old links still work"


async def test_confirm_and_unsubscribe_by_token(mail_ctx: Context) -> None:
    await mail_web.subscribe(mail_ctx, "ny@kommun.se")
    token = (await row_of(mail_ctx, "ny@kommun.se")).token
    assert await mail_web.lookup(mail_ctx, token) == mail_web.SubscriberView(
        "ny@kommun.se", "pending"
    )
    assert await mail_web.confirm(mail_ctx, token) is mail_web.Outcome.CONFIRMED
    assert await mail_web.confirm(mail_ctx, token) is mail_web.Outcome.ALREADY_ACTIVE
    assert (await row_of(mail_ctx, "ny@kommun.se")).status == "active"
    assert await mail_web.unsubscribe(mail_ctx, token) is mail_web.Outcome.UNSUBSCRIBED
    assert await mail_web.unsubscribe(mail_ctx, token) is mail_web.Outcome.UNSUBSCRIBED
    assert await mail_web.confirm(mail_ctx, token) is mail_web.Outcome.NOT_PENDING
    assert (await row_of(mail_ctx, "ny@kommun.se")).status == "unsubscribed"
    for unknown in ("", "nope", token + "x"):
        assert await mail_web.lookup(mail_ctx, unknown) is None
        assert await mail_web.confirm(mail_ctx, unknown) is None
        assert await mail_web.unsubscribe(mail_ctx, unknown) is None


async def test_subscribing_never_tells_who_is_on_the_list(mail_ctx: Context) -> None:
    await add_address(mail_ctx, "aktiv@kommun.se", added_by="Bo")
    outcome = await mail_web.subscribe(mail_ctx, "aktiv@kommun.se")
    assert outcome is mail_web.Subscribed.ALREADY_ACTIVE  # the page says the same as for others
    assert await outbox.list_rows(mail_ctx.db) == [], "an active address gets no mail"
    assert (await row_of(mail_ctx, "aktiv@kommun.se")).status == "active"


async def test_an_unsubscribed_address_may_subscribe_again(mail_ctx: Context) -> None:
    await add_address(mail_ctx, "ater@kommun.se", added_by="Bo")
    await remove_address(mail_ctx, "ater@kommun.se")
    await mail_web.subscribe(mail_ctx, "ater@kommun.se")
    assert (await row_of(mail_ctx, "ater@kommun.se")).status == "pending"
    assert len(await outbox.list_rows(mail_ctx.db)) == 1


async def test_subscribing_needs_a_public_address_for_the_link(mail_ctx: Context) -> None:
    mail_ctx.public = PublicConfig(None)
    with pytest.raises(CommandError):
        await mail_web.subscribe(mail_ctx, "ny@kommun.se")
    assert await outbox.list_rows(mail_ctx.db) == []


async def test_fan_out_queues_one_mail_per_active_subscriber_once(mail_ctx: Context) -> None:
    for address in ("a@kommun.se", "b@kommun.se", "c@kommun.se"):
        await add_address(mail_ctx, address, added_by="Bo")
    await remove_address(mail_ctx, "b@kommun.se")
    await mail_web.subscribe(mail_ctx, "pending@kommun.se")
    news = Message(text="Hej!", title="Nytt")
    for expected in (2, 0):  # the same announcement again queues nothing more
        async with mail_ctx.db.transaction() as session:
            queued = await fan_out_to_subscribers(
                session, key_prefix="announcement:3", message=news, now=mail_ctx.clock.now()
            )
        assert queued == expected
    rows = [r for r in await outbox.list_rows(mail_ctx.db) if r.target.isdigit()]
    a, c = await row_of(mail_ctx, "a@kommun.se"), await row_of(mail_ctx, "c@kommun.se")
    assert sorted(r.idempotency_key for r in rows) == sorted(
        [f"announcement:3:email:{a.id}", f"announcement:3:email:{c.id}"]
    )
    assert all(Message.from_json(r.payload) == news for r in rows)


async def test_who_gets_a_queued_mail_is_decided_at_send_time(mail_ctx: Context) -> None:
    await add_address(mail_ctx, "a@kommun.se", added_by="Bo")
    await mail_web.subscribe(mail_ctx, "p@kommun.se")
    a, p = await row_of(mail_ctx, "a@kommun.se"), await row_of(mail_ctx, "p@kommun.se")
    found = await recipient_for(mail_ctx, str(a.id))
    assert found is not None and found.list_mail and found.address == "a@kommun.se"
    assert await recipient_for(mail_ctx, str(p.id)) is None
    confirm = await recipient_for(mail_ctx, f"confirm:{p.id}")
    assert confirm is not None and not confirm.list_mail and confirm.token == p.token
    assert await recipient_for(mail_ctx, f"confirm:{a.id}") is None
    assert await recipient_for(mail_ctx, "confirm:x") is None
    await remove_address(mail_ctx, "a@kommun.se")
    assert await recipient_for(mail_ctx, str(a.id)) is None


async def test_mails_sent_at_one_moment_share_one_lookup(mail_ctx: Context) -> None:
    """A fan-out's mails ask for their recipients together: one read answers them all,
    and a removal committed before the next burst is seen by it."""
    for name in ("a", "b", "c"):
        await add_address(mail_ctx, f"{name}@kommun.se", added_by="Bo")
    await mail_web.subscribe(mail_ctx, "p@kommun.se")
    ids = [(await row_of(mail_ctx, f"{n}@kommun.se")).id for n in ("a", "b", "c", "p")]
    lookup = RecipientLookup(mail_ctx)
    asked = [str(ids[0]), str(ids[1]), str(ids[1]), str(ids[2]), str(ids[3]), "x", "99999"]
    found = await asyncio.gather(*(lookup.get(target) for target in asked))
    assert lookup.reads == 1
    assert [r.address if r else None for r in found] == [
        "a@kommun.se", "b@kommun.se", "b@kommun.se", "c@kommun.se", None, None, None
    ]  # fmt: skip
    await remove_address(mail_ctx, "b@kommun.se")
    again = await asyncio.gather(lookup.get(str(ids[1])), lookup.get(f"confirm:{ids[3]}"))
    assert again[0] is None and again[1] is not None and not again[1].list_mail
    assert lookup.reads == 2


async def test_a_failed_lookup_fails_each_mail_that_asked(
    mail_ctx: Context, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*_args: object) -> object:
        raise RuntimeError("database gone")

    monkeypatch.setattr(mail, "contacts", broken)
    lookup = RecipientLookup(mail_ctx)
    outcomes = await asyncio.gather(lookup.get("1"), lookup.get("2"), return_exceptions=True)
    assert [type(o) for o in outcomes] == [RuntimeError, RuntimeError]
    monkeypatch.undo()
    assert await lookup.get("1") is None, "the next burst reads again"


async def test_import_adds_valid_rows_once_and_reports_the_rest(mail_ctx: Context) -> None:
    await add_address(mail_ctx, "old@kommun.se", added_by="Bo")
    await add_address(mail_ctx, "gone@kommun.se", added_by="Bo")
    await remove_address(mail_ctx, "gone@kommun.se")
    rows = [
        (2, "Ny@Kommun.se", "Ny Person"),
        (3, "inte-en-adress", ""),
        (4, "ny@kommun.se", "Samma igen"),
        (5, "old@kommun.se", ""),
        (6, "", ""),
        (7, "gone@kommun.se", ""),
    ]
    report = await import_addresses(mail_ctx, rows)
    assert (report.added, report.already) == (1, 3)
    assert [line for line, _reason in report.refused] == [3, 6]
    assert "not an e-mail address" in report.refused[0][1]
    row = await row_of(mail_ctx, "ny@kommun.se")
    assert (row.status, row.source, row.name) == ("active", "import", "Ny Person")
    assert (await row_of(mail_ctx, "gone@kommun.se")).status == "unsubscribed", "opt-out kept"
