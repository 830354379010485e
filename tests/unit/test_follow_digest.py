"""The daily mail of followed wishes (issue #20's "Following"): one mail per person per day
with the new statuses, merges and others' comments of the wishes they follow, told once
(its `told_until` moves with the mail's queueing), nothing for a person with no news or no
way to be mailed, nothing of what a person on chat was told there; its links, one wish or
all, work from a page's button or a mail provider's one-click POST and only with their token.
"""

# ruff: noqa: F811  (`client` and `site_ctx` are fixtures imported below, used as parameters)
from __future__ import annotations

import email
import email.policy
import re
from datetime import UTC, datetime
from email.message import EmailMessage

import pytest
from aiohttp.test_utils import TestClient

import handlers.wishes.digest as digest
from bot.platforms.email.platform import SKIPPED, EmailPlatform
from bot.platforms.email.smtp import SmtpConfig
from handlers.clock import FakeClock
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.core.members import member_row
from handlers.door import Door
from handlers.mail.fanout import recipients_for
from handlers.public_config import PublicConfig
from handlers.types import Member, Message
from handlers.wishes.following import follow_wish, follows_wish, stop_by_link
from storage import outbox
from storage.discussion_models import FollowDigestRow, WishCommentRow
from storage.follows import set_digest_mail
from storage.models import OutboxRow
from storage.people import get_person
from tests.unit.test_portal_sign_in import BASE, client, site_ctx  # noqa: F401  (fixtures)
from tests.unit.test_wishes import run, submit

ANNA = Member("console", "anna", "Anna")  # on chat, with a proved address
EVA = Member("web", "eva@mora.se", "Medlem, Mora")  # on no chat
PER = Member("console", "per", "Per")  # on chat, no address
KIM = Member("web", "kim@mora.se", "Medlem, Mora")
BO = Member("console", "bo", "Bo", is_board=True)
START = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)  # 13:00 in Stockholm
FIRST_DIGEST = datetime(2026, 1, 2, 6, 0, tzinfo=UTC)  # 07:00 in Stockholm (winter time)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture(autouse=True)
def _public_site(ctx: Context) -> None:
    """The digest's links need the site's address; its mail, a mail server (the default)."""
    ctx.public = PublicConfig(BASE, "Användarföreningen Castor")


async def with_address(
    ctx: Context, member: Member, address: str | None, *, blocked: bool = False
) -> int:
    """The member's person, with a proved address (as signing in or /verify leaves it)."""
    async with ctx.db.transaction() as session:
        account = await member_row(ctx, session, member)
        person = await get_person(session, account.person_id)
        person.email, person.locale = address, "en"
        if blocked:
            person.blocked_at = ctx.clock.now()
        return person.id


async def comment(ctx: Context, wish_id: int, member: Member, text: str, **more: object) -> None:
    ctx.clock.advance(60)  # type: ignore[attr-defined]
    async with ctx.db.transaction() as session:
        account = await member_row(ctx, session, member)
        session.add(
            WishCommentRow(
                wish_id=wish_id,
                person_id=account.person_id,
                author_name=member.display_name,
                platform="web",
                text=text,
                created_at=ctx.clock.now(),
                **more,
            )
        )


async def step(ctx: Context, member: Member, *words: str, **options: object) -> None:
    ctx.clock.advance(60)  # type: ignore[attr-defined]
    await run(ctx, member, *words, **options)


async def digest_rows(ctx: Context) -> list[OutboxRow]:
    """The digests queued, oldest first."""
    rows = await outbox.list_rows(ctx.db)
    return [r for r in reversed(rows) if r.target.startswith("digest:")]


async def digests(ctx: Context) -> dict[str, OutboxRow]:
    """The latest digest queued for each person."""
    return {r.target: r for r in await digest_rows(ctx)}


async def tick_at(ctx: Context, clock: FakeClock, when: datetime) -> None:
    clock.advance((when - clock.now()).total_seconds())
    await digest.digest_tick(ctx)


async def told_until(ctx: Context, person_id: int) -> datetime | None:
    async with ctx.db.transaction() as session:
        row = await session.get(FollowDigestRow, person_id)
        return row.told_until if row else None


async def a_day_of_news(ctx: Context) -> dict[str, int]:
    """Anna's wishes; Eva (on no chat) supports #1 and #2; #1 gets a new status and comments
    (one hidden, one deleted, one Eva's own); #2 is merged into #3; Kim supports only #4."""
    people = {
        "anna": await with_address(ctx, ANNA, "anna@huddinge.se"),
        "eva": await with_address(ctx, EVA, "eva@mora.se"),
        "kim": await with_address(ctx, KIM, "kim@mora.se"),
    }
    for title, module in (
        ("Sms till sökande", "Bygg"),
        ("Digital signering av beslut", "Bygg"),
        ("Påminnelse om förfallna tillsynsärenden", "Miljö"),
        ("Kartlager för strandskydd", "Kart & mät"),
    ):
        ctx.clock.advance(60)  # type: ignore[attr-defined]
        await submit(ctx, ANNA, title, module=module)
    for number in ("1", "2"):
        await step(ctx, EVA, "support", number)
    await step(ctx, KIM, "support", "4")
    await comment(ctx, 1, PER, "Bra idé, vi saknar det också.")
    await comment(ctx, 1, ANNA, "Vi har frågat leverantören.")
    await comment(ctx, 1, PER, "Reklam!", hidden_at=ctx.clock.now())
    await comment(ctx, 1, PER, "Fel tråd", deleted_at=ctx.clock.now())
    await comment(ctx, 1, EVA, "Mora behöver det till våren.")
    await comment(ctx, 1, PER, "Och [en länk](https://evil.example) " + "lång text " * 30)
    await step(ctx, BO, "wish-status", "1", "planerad", comment="I nästa version")
    await step(ctx, BO, "wish-merge", "2", "3")
    return people


async def test_one_mail_a_day_with_the_news_of_the_followed_wishes(
    ctx: Context, clock: FakeClock
) -> None:
    people = await a_day_of_news(ctx)
    await tick_at(ctx, clock, datetime(2026, 1, 2, 5, 59, tzinfo=UTC))  # 06:59: not yet
    assert await digests(ctx) == {}
    await tick_at(ctx, clock, datetime(2026, 1, 2, 6, 3, tzinfo=UTC))
    mails = await digests(ctx)
    eva, anna = people["eva"], people["anna"]
    assert sorted(mails) == sorted([f"digest:{eva}", f"digest:{anna}"])  # Kim had no news
    row = mails[f"digest:{eva}"]
    assert row.idempotency_key == f"digest:{eva}:2026-01-02" and row.platform == "email"
    mail = Message.from_json(row.payload)
    assert mail.title == "News on wishes you follow"
    wish_1, wish_2, stop_all = mail.text.split("\n\n")
    lines = wish_1.splitlines()
    assert lines[0] == f"**[#1 Sms till sökande]({BASE}/wishes/1)**"
    assert lines[1] == "New status: planned. The board: “I nästa version”"
    # Per's two and Anna's, not Eva's own; how many, never their words or names
    assert lines[2] == "3 new comments: read them on the wish's page."
    assert "evil.example" not in mail.text and "Per" not in mail.text
    assert re.fullmatch(
        rf"\[Stop following this wish\]\({BASE}/follow/off/{eva}/1/[0-9a-f]{{32}}\)", lines[3]
    )
    assert wish_2.splitlines()[:2] == [
        f"**[#2 Digital signering av beslut]({BASE}/wishes/2)**",
        "Merged into #3 Påminnelse om förfallna tillsynsärenden.",
    ]
    stop_all_link = rf"\[No more of these mails\]\({BASE}/follow/off/{eva}/[0-9a-f]{{32}}\)"
    assert re.fullmatch(stop_all_link, stop_all)
    assert await told_until(ctx, eva) == FIRST_DIGEST
    await digest.digest_tick(ctx)  # told twice, never: again the same day
    clock.advance(3600)
    await digest.digest_tick(ctx)
    assert len(await digest_rows(ctx)) == 2
    await tick_at(ctx, clock, datetime(2026, 1, 3, 6, 3, tzinfo=UTC))  # a day with no news
    assert len(await digest_rows(ctx)) == 2
    await comment(ctx, 1, PER, "Något nytt?")  # the next day's news, in the next day's mail
    await tick_at(ctx, clock, datetime(2026, 1, 4, 6, 3, tzinfo=UTC))
    keys = [r.idempotency_key for r in await digest_rows(ctx)]
    assert keys[2:] == [f"digest:{p}:2026-01-04" for p in sorted((eva, anna))]


async def test_after_days_away_the_next_digest_tells_what_was_missed(
    ctx: Context, clock: FakeClock
) -> None:
    people = await a_day_of_news(ctx)
    await tick_at(ctx, clock, datetime(2026, 1, 2, 6, 3, tzinfo=UTC))
    await comment(ctx, 1, PER, "Dag två.")
    clock.advance(24 * 3600)  # no process runs the job on the 3rd
    await comment(ctx, 1, PER, "Dag tre.")
    await tick_at(ctx, clock, datetime(2026, 1, 4, 6, 3, tzinfo=UTC))
    last = (await digests(ctx))[f"digest:{people['eva']}"]
    assert last.idempotency_key.endswith(":2026-01-04")
    text = Message.from_json(last.payload).text
    assert "2 new comments: read them on the wish's page." in text
    assert "New status" not in text  # told on the 2nd
    assert len(await digest_rows(ctx)) == 4


async def test_a_person_on_chat_is_not_told_twice(ctx: Context, clock: FakeClock) -> None:
    """Anna supports #1 and #2 and is on chat: the new status and the merge came as direct
    messages, so her digest has only the others' comments."""
    people = await a_day_of_news(ctx)
    dms = [r for r in await outbox.list_rows(ctx.db) if r.target == "dm:anna"]
    assert len(dms) == 2  # the status and the merge, in chat
    web_mails = [r for r in await outbox.list_rows(ctx.db) if r.platform == "email"]
    assert web_mails == []  # nothing mailed at once to Eva, who is on no chat
    await tick_at(ctx, clock, datetime(2026, 1, 2, 6, 3, tzinfo=UTC))
    mail = Message.from_json((await digests(ctx))[f"digest:{people['anna']}"].payload)
    assert "New status" not in mail.text and "Merged" not in mail.text
    assert "#2" not in mail.text
    assert "3 new comments: read them" in mail.text  # Per's two and Eva's, not her own
    assert "Mora behöver det till våren" not in mail.text  # the count, not the words


async def test_notices_off_leaves_status_out_unless_followed_by_choice(
    ctx: Context, clock: FakeClock
) -> None:
    """A supporter who turned notices off (in chat, or by an earlier mail's link) is not
    mailed the status either; once they follow the wish themselves, they are."""
    ola = Member("console", "ola", "Ola")
    await with_address(ctx, ola, "ola@mora.se")
    await submit(ctx, ANNA, "Sms till sökande", module="Bygg")
    await submit(ctx, ANNA, "Kartlager för strandskydd", module="Kart & mät")
    await step(ctx, ola, "support", "1")
    await step(ctx, ola, "support", "2")
    await step(ctx, ola, "notifications", "off")
    await follow_wish(ctx, ola, 2, following=True)
    clock.advance(60)
    await step(ctx, BO, "wish-status", "1", "planerad")
    await step(ctx, BO, "wish-status", "2", "beredning")
    await tick_at(ctx, clock, datetime(2026, 1, 2, 6, 3, tzinfo=UTC))
    [row] = (await digests(ctx)).values()
    text = Message.from_json(row.payload).text
    assert "#1" not in text
    assert "New status: under preparation." in text


async def test_no_mail_for_the_blocked_the_addressless_or_who_turned_it_off(
    ctx: Context, clock: FakeClock
) -> None:
    people = await a_day_of_news(ctx)
    blocked = Member("web", "bad@mora.se", "Medlem, Mora")
    await with_address(ctx, blocked, "bad@mora.se")
    nowhere = Member("console", "ulf", "Ulf")
    off = Member("web", "off@mora.se", "Medlem, Mora")
    off_id = await with_address(ctx, off, "off@mora.se")
    for member in (blocked, nowhere, off):
        await step(ctx, member, "support", "1")
    await comment(ctx, 1, PER, "En kommentar till alla som följer #1.")
    await with_address(ctx, blocked, "bad@mora.se", blocked=True)
    async with ctx.db.transaction() as session:
        await set_digest_mail(session, off_id, mail=False, now=ctx.clock.now())
    await tick_at(ctx, clock, datetime(2026, 1, 2, 6, 3, tzinfo=UTC))
    assert set(await digests(ctx)) == {f"digest:{people['anna']}", f"digest:{people['eva']}"}


async def test_a_stop_after_queueing_neither_loses_nor_repeats_a_mail(
    ctx: Context, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    people = await a_day_of_news(ctx)
    clock.advance((datetime(2026, 1, 2, 6, 3, tzinfo=UTC) - clock.now()).total_seconds())
    queue = digest.enqueue_many

    async def queued_then_stopped(*args: object, **kwargs: object) -> int:
        await queue(*args, **kwargs)  # type: ignore[arg-type]
        raise RuntimeError("the process stops here")

    monkeypatch.setattr(digest, "enqueue_many", queued_then_stopped)
    with pytest.raises(RuntimeError):
        await digest.digest_tick(ctx)
    assert await digests(ctx) == {}  # the mail and `told_until` go together, or neither
    assert await told_until(ctx, people["eva"]) is None
    monkeypatch.setattr(digest, "enqueue_many", queue)
    await digest.digest_tick(ctx)  # after a restart: the mail is queued now
    assert len(await digest_rows(ctx)) == 2
    assert await told_until(ctx, people["eva"]) == FIRST_DIGEST
    # A process that stopped after queueing, before noting the day done, runs again: the
    # people are told up to the hour, so none is a reader any more (the key aside).
    restarted = Context(db=ctx.db, catalogue=build_catalogue(), clock=clock, public=ctx.public)
    assert await digest.send_digests(restarted, FIRST_DIGEST) == 0
    await digest.digest_tick(restarted)
    assert len(await digest_rows(ctx)) == 2


# --- the mail and its links ---------------------------------------------------------------


def parsed(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


async def test_the_mail_has_the_one_click_unsubscribe(ctx: Context, clock: FakeClock) -> None:
    people = await a_day_of_news(ctx)
    await tick_at(ctx, clock, datetime(2026, 1, 2, 6, 3, tzinfo=UTC))
    row = (await digests(ctx))[f"digest:{people['eva']}"]
    stop_all = re.findall(r"\((http[^)]+)\)$", Message.from_json(row.payload).text)[0]
    platform = EmailPlatform(
        Door(ctx), SmtpConfig("127.0.0.1", 25, tls="none"), mail_from="Bryggan <b@castor.se>"
    )
    sent: list[tuple[str, bytes]] = []

    async def capture(sender: str, to: str, data: bytes) -> None:
        sent.append((to, data))

    platform.pool.send = capture  # type: ignore[method-assign]
    message = Message.from_json(row.payload)
    await platform.send(row.target, message, idempotency_key=row.idempotency_key, in_doubt=False)
    [(to, data)] = sent
    mail = parsed(data)
    assert to == "eva@mora.se" and mail["To"] == "eva@mora.se"
    assert mail["Subject"] == "News on wishes you follow"
    assert mail["List-Unsubscribe"].strip() == f"<{stop_all}>"  # folded: a long line
    assert mail["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    plain = mail.get_body(("plain",))
    assert plain is not None
    body = plain.get_content()
    assert "You get this mail because you follow wishes on" in body
    assert "mailing list" not in body
    assert f"Sms till sökande ({BASE}/wishes/1)" in body
    person, token = stop_all.rsplit("/", 2)[-2:]
    assert await stop_by_link(ctx, int(person), None, token)
    again = await platform.send(
        row.target, message, idempotency_key=row.idempotency_key, in_doubt=False
    )
    assert again == SKIPPED and len(sent) == 1  # turned off before it went: not sent


async def test_the_links_act_only_from_the_button_and_with_their_token(
    client: TestClient, site_ctx: Context
) -> None:
    clock = site_ctx.clock
    assert isinstance(clock, FakeClock)
    clock.advance((START - clock.now()).total_seconds())
    people = await a_day_of_news(site_ctx)
    await tick_at(site_ctx, clock, datetime(2026, 1, 2, 6, 3, tzinfo=UTC))
    eva = people["eva"]
    text = Message.from_json((await digests(site_ctx))[f"digest:{eva}"].payload).text
    one, _two, every = (
        link.removeprefix(BASE) for link in re.findall(r"\((http[^)]+/follow/off/[^)]+)\)", text)
    )
    page = await client.get(one)  # what a mail scanner does: nothing changes
    assert page.status == 200 and "Sluta följa" in await page.text()
    assert "#1 Sms till sökande" in await page.text()
    assert await follows_wish(site_ctx, eva, 1)
    wrong = one[:-1] + ("0" if one[-1] != "0" else "1")
    assert (await client.get(wrong)).status == 404
    assert (await client.post(wrong)).status == 404
    assert (await client.post(f"/follow/off/{eva}/2/{one.rsplit('/', 1)[1]}")).status == 404
    assert await follows_wish(site_ctx, eva, 1)  # nothing changed
    done = await client.post(one, data={"lang": "en"})
    assert done.status == 200 and "you no longer follow the wish" in await done.text()
    assert not await follows_wish(site_ctx, eva, 1)
    assert await follows_wish(site_ctx, eva, 2)  # only that wish
    assert (await client.post(one)).status == 200  # again: nothing more to do
    assert (await client.get(every)).status == 200
    assert (await client.post(every[:-1] + "x")).status == 404
    target = f"digest:{eva}"
    assert (await recipients_for(site_ctx, [target]))[target] is not None
    one_click = await client.post(
        every,
        data="List-Unsubscribe=One-Click",
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert one_click.status == 200 and "inga fler mejl" in await one_click.text()
    assert (await recipients_for(site_ctx, [target]))[target] is None  # decided when sent
    await comment(site_ctx, 2, PER, "Nytt om dubbletten.")
    await tick_at(site_ctx, clock, datetime(2026, 1, 3, 6, 3, tzinfo=UTC))
    evas = [r for r in await digest_rows(site_ctx) if r.target == target]
    assert len(evas) == 1  # nothing more for Eva; Anna, who follows #2 too, is told
    assert len(await digest_rows(site_ctx)) == 3
