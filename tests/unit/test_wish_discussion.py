"""A wish's discussion (issue #20): one list of comments from the web, /comment and the chat
threads under the wish's cards; each comment copied into every other thread through the
outbox, edits and deletes after it, the board able to hide one, blocked people refused."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from handlers.commands import inbound_handlers
from handlers.context import Context
from handlers.core.members import load_member
from handlers.i18n import translator
from handlers.inbound import dispatch_inbound
from handlers.people.config import COMMENT, Limit
from handlers.run import run_interaction
from handlers.types import Channel, InboundMessage, Interaction, Member, Message
from handlers.wishes.following import follow_wish, follows_wish
from handlers.wishes.present import DISCUSS_BUTTON
from handlers.wishes.reading import wish_view
from storage import outbox
from storage.channels import add_topic
from storage.discussions import get_comment
from storage.models import OutboxRow
from tests.unit.test_wishes import BO, EVA, OLA, run, submit, text

SLACK_CARDS = Channel("slack", "CW", "önskemål")
DISCORD_CARDS = Channel("discord", "700", "önskemål")
SLACK_CARD, DISCORD_CARD = "1700000000.000100", "912345678901234567"
KARIN = Member("slack", "U7", "Karin Ek")
JONAS = Member("discord", "42", "Jonas")


@pytest.fixture(autouse=True)
def _inbound(ctx: Context) -> None:
    ctx.inbound = inbound_handlers()


async def discuss(ctx: Context, member: Member, channel: Channel, card: str | None) -> str:
    reply = await run_interaction(
        ctx, Interaction(DISCUSS_BUTTON, member, channel, "1", message_id=card)
    )
    return text(reply)


async def said_in_thread(
    ctx: Context, member: Member, channel_id: str, message_id: str, words: str, **more: object
) -> None:
    await dispatch_inbound(
        ctx,
        InboundMessage(
            kind=more.pop("kind", "new"),  # type: ignore[arg-type]
            platform=member.platform,
            channel_id=channel_id,
            message_id=message_id,
            author=member,
            text=words,
            **more,  # type: ignore[arg-type]
        ),
    )


async def rows(ctx: Context, action: str = "send") -> list[OutboxRow]:
    found = await outbox.list_rows(ctx.db, limit=1000)
    return sorted((r for r in found if r.action == action), key=lambda r: r.id)


async def thread_posts(ctx: Context, platform: str, action: str = "send") -> list[Message]:
    """What was queued into a wish thread on `platform` (in order)."""
    return [
        Message.from_json(r.payload)
        for r in await rows(ctx, action)
        if r.platform == platform and (r.payload.get("in_thread") or action != "send")
    ]


async def shown_comments(ctx: Context) -> list[tuple[str, str, str]]:
    view = await wish_view(ctx, 1, translator("sv"), board=False)
    assert view is not None
    return [(c.author, c.origin, "(dold)" if c.hidden else c.text) for c in view.comments]


async def wish_with_cards(ctx: Context) -> None:
    """Wish #1, its cards posted in the wishes channels on Slack and Discord (as the
    dispatcher would mark them: sent, with the platforms' message ids)."""
    async with ctx.db.transaction() as session:
        for channel in (SLACK_CARDS, DISCORD_CARDS):
            await add_topic(
                session, platform=channel.platform, channel_id=channel.channel_id,
                channel_name=channel.name, topic="wishes", added_by="Bo", now=ctx.clock.now(),
            )  # fmt: skip
    await submit(ctx, EVA, "Sms till sökande vid komplettering")
    for channel, card in ((SLACK_CARDS, SLACK_CARD), (DISCORD_CARDS, DISCORD_CARD)):
        await card_sent(ctx, channel, card)


async def card_sent(ctx: Context, channel: Channel, message_id: str, number: int = 1) -> None:
    """Mark wish `number`'s card in `channel` delivered as `message_id`, as the dispatcher
    does once the platform has it."""
    key = f"wish-card:{number}:{channel.platform}:{channel.channel_id}"
    async with ctx.db.transaction() as session:
        await session.execute(
            update(OutboxRow)
            .where(OutboxRow.idempotency_key == key)
            .values(status=outbox.SENT, message_id=message_id)
        )


async def two_threads(ctx: Context) -> None:
    """Wish #1, its thread opened on Slack and on Discord."""
    await wish_with_cards(ctx)
    await discuss(ctx, KARIN, SLACK_CARDS, SLACK_CARD)
    await discuss(ctx, JONAS, DISCORD_CARDS, DISCORD_CARD)


async def test_diskutera_opens_one_thread_per_channel_starting_with_what_was_said(
    ctx: Context,
) -> None:
    await wish_with_cards(ctx)
    assert "sparad" in text(await run(ctx, OLA, "comment", "1", "Viktigt", "för", "oss"))
    answer = await discuss(ctx, KARIN, SLACK_CARDS, SLACK_CARD)
    assert answer == "Diskussionen om #1 finns i tråden under dess kort."
    opening, carried = await thread_posts(ctx, "slack")
    assert (opening.reply_to, opening.in_thread) == (SLACK_CARD, True)
    assert opening.thread_name == "#1 Sms till sökande vid komplettering"
    assert opening.text.startswith("Diskussion om #1 Sms till sökande")
    assert carried.reply_to == SLACK_CARD
    assert carried.text == "**Ola** (konsol), kommentar 1:\nViktigt för oss"
    await discuss(ctx, KARIN, SLACK_CARDS, SLACK_CARD)  # pressed again: nothing new
    assert len(await thread_posts(ctx, "slack")) == 2
    card_rows = [r for r in await rows(ctx) if r.platform == "slack"]
    assert {r.target for r in card_rows} == {"CW"}  # one destination: in order after the card


async def test_diskutera_opens_a_thread_only_under_the_wishs_own_card(ctx: Context) -> None:
    await wish_with_cards(ctx)
    elsewhere = [
        (SLACK_CARDS, "1700000000.999"),  # another message in the wishes channel
        (Channel("slack", "CGEN", "allmänt"), SLACK_CARD),  # another channel
        (Channel("slack", "D999", ""), "1700000000.5"),  # a direct message
    ]
    for channel, message in elsewhere:
        answer = await discuss(ctx, KARIN, channel, message)
        assert answer == "Kommentera #1 med /kommentera."
    assert await thread_posts(ctx, "slack") == []
    await discuss(ctx, KARIN, SLACK_CARDS, SLACK_CARD)  # control: on the card it opens
    assert len(await thread_posts(ctx, "slack")) == 1


async def test_where_there_are_no_threads_the_answer_points_to_comment_and_the_web(
    ctx: Context,
) -> None:
    await submit(ctx, EVA, "Sms till sökande vid komplettering")
    console = Channel("console", "general", "general")
    assert await discuss(ctx, EVA, console, "c1") == "Kommentera #1 med /kommentera."
    assert await thread_posts(ctx, "console") == []


async def test_a_thread_message_is_a_comment_copied_into_every_other_thread(
    ctx: Context,
) -> None:
    await two_threads(ctx)
    await said_in_thread(
        ctx, KARIN, "CW", "1700000001.000200", "Vi behöver det här", thread_id=SLACK_CARD
    )
    await said_in_thread(  # the same event delivered twice
        ctx, KARIN, "CW", "1700000001.000200", "Vi behöver det här", thread_id=SLACK_CARD
    )
    assert await shown_comments(ctx) == [("Karin Ek", "Slack", "Vi behöver det här")]
    discord = await thread_posts(ctx, "discord")
    assert [m.text for m in discord[1:]] == [
        "**Karin Ek** (Slack), kommentar 1:\nVi behöver det här"
    ]
    assert (discord[1].reply_to, discord[1].in_thread) == (DISCORD_CARD, True)
    assert len(await thread_posts(ctx, "slack")) == 1  # not back into its own thread
    # On Discord the thread is a channel whose id is the card's.
    await said_in_thread(ctx, JONAS, DISCORD_CARD, "913", "Håller med")
    assert [c[2] for c in await shown_comments(ctx)] == ["Vi behöver det här", "Håller med"]
    assert (await thread_posts(ctx, "slack"))[-1].text == (
        "**Jonas** (Discord), kommentar 2:\nHåller med"
    )


async def test_messages_elsewhere_are_no_comments(ctx: Context) -> None:
    await two_threads(ctx)
    await said_in_thread(ctx, KARIN, "CW", "1700000001.1", "Ett annat ämne")  # not threaded
    await said_in_thread(ctx, KARIN, "CW", "1700000001.2", "Svar", thread_id="1700000000.9")
    await said_in_thread(ctx, JONAS, "701", "914", "I en annan kanal")
    assert await shown_comments(ctx) == []


async def test_edits_and_deletes_follow_the_comment(ctx: Context) -> None:
    await two_threads(ctx)
    await said_in_thread(ctx, KARIN, "CW", "1700000001.3", "Första", thread_id=SLACK_CARD)
    await said_in_thread(ctx, KARIN, "CW", "1700000001.3", "Ändrad", kind="edited")
    assert await shown_comments(ctx) == [("Karin Ek", "Slack", "Ändrad")]
    waiting = (await thread_posts(ctx, "discord"))[-1]
    assert waiting.text.endswith("Ändrad")  # the copy not yet sent carries the new text
    await said_in_thread(ctx, KARIN, "CW", "1700000001.3", "", kind="deleted")
    assert await shown_comments(ctx) == []
    discord_copies = [
        r
        for r in await rows(ctx)
        if r.platform == "discord" and r.idempotency_key.startswith("comment:")
    ]
    assert [r.status for r in discord_copies] == ["cancelled"]  # withdrawn before it went


async def test_comment_from_anywhere_reaches_every_thread(ctx: Context) -> None:
    await two_threads(ctx)
    reply = await run(ctx, OLA, "comment", "1", "Hur", "går", "det?")
    assert text(reply).startswith("Din kommentar på #1 är sparad.")
    assert [m.text.splitlines()[-1] for m in (await thread_posts(ctx, "slack"))[1:]] == [
        "Hur går det?"
    ]
    assert [m.text.splitlines()[-1] for m in (await thread_posts(ctx, "discord"))[1:]] == [
        "Hur går det?"
    ]


async def test_bad_comments_get_a_clear_answer_and_change_nothing(ctx: Context) -> None:
    await submit(ctx, EVA, "Sms till sökande vid komplettering")
    assert text(await run(ctx, OLA, "comment", "9", "hej")) == "Det finns inget önskemål #9."
    assert "högst 2000" in text(await run(ctx, OLA, "comment", "1", "x" * 2001)).replace(
        "\u00a0", ""
    )
    await run(ctx, BO, "wish-hide", "1")
    assert text(await run(ctx, OLA, "comment", "1", "hej")) == "Det finns inget önskemål #1."
    assert await shown_comments_board(ctx) == []


async def shown_comments_board(ctx: Context) -> list[str]:
    view = await wish_view(ctx, 1, translator("sv"), board=True)
    assert view is not None
    return [c.text for c in view.comments]


async def test_comments_are_rate_limited_with_a_control(ctx: Context) -> None:
    await submit(ctx, EVA, "Sms till sökande vid komplettering")
    ctx.people.limits[COMMENT] = Limit(2, ctx.people.limits[COMMENT].window)
    for n in range(2):
        assert not (await run(ctx, OLA, "comment", "1", f"nr {n}")).refused
    refused = await run(ctx, OLA, "comment", "1", "en till")
    assert refused.refused and text(refused).startswith("Du har skrivit 2 kommentarer inom 1 timme")
    assert len(await shown_comments(ctx)) == 2
    del ctx.people.limits[COMMENT]  # control: without the limit the same comment is saved
    assert not (await run(ctx, OLA, "comment", "1", "en till")).refused
    assert len(await shown_comments(ctx)) == 3


async def test_a_blocked_persons_comment_is_refused_in_chat_and_in_threads(ctx: Context) -> None:
    await two_threads(ctx)
    await run(ctx, BO, "member", "block", "Karin Ek", "reklam")
    blocked = await run(ctx, KARIN, "comment", "1", "Köp nu")
    assert blocked.refused
    await said_in_thread(ctx, KARIN, "CW", "1700000001.4", "Köp nu", thread_id=SLACK_CARD)
    assert await shown_comments(ctx) == []
    assert len(await thread_posts(ctx, "discord")) == 1  # only the opening post
    await run(ctx, BO, "member", "unblock", "Karin Ek")  # control: unblocked, it counts
    await said_in_thread(ctx, KARIN, "CW", "1700000001.5", "Hej", thread_id=SLACK_CARD)
    assert len(await shown_comments(ctx)) == 1


async def test_the_board_hides_a_comment_everywhere(ctx: Context) -> None:
    await two_threads(ctx)
    await said_in_thread(ctx, KARIN, "CW", "1700000001.6", "Spam", thread_id=SLACK_CARD)
    refused = await run(ctx, OLA, "comment-hide", "1")
    assert refused.refused and "styrelse" in text(refused).lower()
    assert await shown_comments(ctx) == [("Karin Ek", "Slack", "Spam")]
    answer = text(await run(ctx, BO, "comment-hide", "1"))
    assert answer.startswith("Kommentar 1 är dold på webben och i varje kopia.")
    assert "finns kvar på Slack" in answer
    assert await shown_comments(ctx) == [("Karin Ek", "Slack", "(dold)")]
    copies = [r for r in await rows(ctx) if r.idempotency_key.startswith("comment:1:")]
    assert [(r.platform, r.status) for r in copies] == [("discord", "cancelled")]
    assert text(await run(ctx, BO, "comment-hide", "1")) == "Kommentar 1 är redan dold."
    assert text(await run(ctx, BO, "comment-hide", "7")) == "Det finns ingen kommentar 7."
    # An edit of a hidden comment is kept but copied nowhere.
    await said_in_thread(ctx, KARIN, "CW", "1700000001.6", "Spam igen", kind="edited")
    assert [r for r in await rows(ctx, "edit") if (r.ref_key or "").startswith("comment:")] == []


async def test_erasing_a_person_empties_their_comments_and_deletes_the_copies(
    ctx: Context,
) -> None:
    await two_threads(ctx)
    await said_in_thread(
        ctx, KARIN, "CW", "1700000001.7", "Mitt namn är Karin", thread_id=SLACK_CARD
    )
    await run(ctx, OLA, "comment", "1", "Bra")
    reply = await run(ctx, KARIN, "forget-me")
    await run_interaction(
        ctx,
        Interaction(
            reply.message.buttons[0].action_id, KARIN, None, reply.message.buttons[0].value
        ),
    )
    assert await shown_comments(ctx) == [("Ola", "konsol", "Bra")]
    copies = [r for r in await rows(ctx) if r.idempotency_key.startswith("comment:1:")]
    assert copies and all(r.payload.get("text") == "" for r in copies)


async def test_a_commenter_follows_the_wish_unless_they_chose_not_to(ctx: Context) -> None:
    await two_threads(ctx)
    karin = await load_member(ctx, KARIN)
    assert not await follows_wish(ctx, karin.person_id, 1)
    await said_in_thread(ctx, KARIN, "CW", "1700000001.8", "Jag följer", thread_id=SLACK_CARD)
    assert await follows_wish(ctx, karin.person_id, 1)  # answers to it reach her
    ola = await load_member(ctx, OLA)
    await follow_wish(ctx, ola, 1, following=False)
    await run(ctx, OLA, "comment", "1", "Men jag vill inte ha mejl")
    assert not await follows_wish(ctx, ola.person_id, 1)  # her own choice stands


async def test_a_copy_carries_no_masked_link_and_no_markup_in_the_name(ctx: Context) -> None:
    await two_threads(ctx)
    trickster = Member("slack", "U9", "x** [Officiellt](https://evil.example) **")
    phish = "[https://castor.example/login](https://evil.example/phish)"
    await said_in_thread(ctx, trickster, "CW", "1700000002.1", phish, thread_id=SLACK_CARD)
    copy = (await thread_posts(ctx, "discord"))[-1].text
    assert "login](" not in copy and "login\\](https://evil.example/phish)" in copy  # as written
    assert "[Officiellt](" not in copy and "\\[Officiellt\\]" in copy  # the name is text


async def test_thread_messages_count_against_the_comment_limit(ctx: Context) -> None:
    await two_threads(ctx)
    ctx.people.limits[COMMENT] = Limit(2, ctx.people.limits[COMMENT].window)
    for n in range(3):
        await said_in_thread(ctx, KARIN, "CW", f"1700000003.{n}", f"nr {n}", thread_id=SLACK_CARD)
    assert [c[2] for c in await shown_comments(ctx)] == ["nr 0", "nr 1"]
    assert len(await thread_posts(ctx, "discord")) == 3  # the opening and two copies
    del ctx.people.limits[COMMENT]  # control: without the limit the next one counts
    await said_in_thread(ctx, KARIN, "CW", "1700000003.9", "nr 9", thread_id=SLACK_CARD)
    assert len(await shown_comments(ctx)) == 3


async def test_a_long_thread_message_is_cut_in_its_copies(ctx: Context) -> None:
    await two_threads(ctx)
    await said_in_thread(ctx, KARIN, "CW", "1700000004.1", "ord " * 3000, thread_id=SLACK_CARD)
    copy = (await thread_posts(ctx, "discord"))[-1].text
    assert len(copy) < 2200 and "…" in copy


async def test_no_comments_on_a_merged_wish_nor_from_a_reply_beside_the_thread(
    ctx: Context,
) -> None:
    await two_threads(ctx)
    await said_in_thread(ctx, JONAS, "700", "915", "Svar på kortet", thread_id=DISCORD_CARD)
    assert await shown_comments(ctx) == []  # a Discord reply in the channel, not the thread
    await submit(ctx, OLA, "Helt annat önskemål om delegationslistor", module="Miljö")
    await run(ctx, BO, "wish-merge", "1", "2")
    await said_in_thread(
        ctx, KARIN, "CW", "1700000005.1", "Efter sammanslagningen", thread_id=SLACK_CARD
    )
    assert await shown_comments_board(ctx) == []


async def test_an_edit_of_a_blocked_persons_comment_changes_nothing(ctx: Context) -> None:
    await two_threads(ctx)
    await said_in_thread(ctx, KARIN, "CW", "1700000006.1", "Först", thread_id=SLACK_CARD)
    await run(ctx, BO, "member", "block", "Karin Ek", "reklam")
    anonymous_edit = InboundMessage(
        kind="edited", platform="slack", channel_id="CW", message_id="1700000006.1", text="Köp!"
    )  # an edit event may come without its author
    await dispatch_inbound(ctx, anonymous_edit)
    assert [c[2] for c in await shown_comments(ctx)] == ["Först"]


async def test_a_deleted_comment_keeps_no_words(ctx: Context) -> None:
    await two_threads(ctx)
    await said_in_thread(ctx, KARIN, "CW", "1700000007.1", "Ångrar mig", thread_id=SLACK_CARD)
    await said_in_thread(ctx, KARIN, "CW", "1700000007.1", "", kind="deleted")
    async with ctx.db.transaction() as session:
        gone = await get_comment(session, 1)
    assert gone is not None and gone.deleted_at is not None and gone.text == ""


async def test_a_merge_carries_each_choice_to_the_original(ctx: Context) -> None:
    await two_threads(ctx)
    await submit(ctx, OLA, "Helt annat önskemål om delegationslistor", module="Miljö")
    await said_in_thread(ctx, KARIN, "CW", "1700000008.1", "Jag följer", thread_id=SLACK_CARD)
    ola = await load_member(ctx, OLA)
    await run(ctx, OLA, "support", "1")
    await follow_wish(ctx, ola, 1, following=False)  # supports #1, but chose not to follow
    await run(ctx, BO, "wish-merge", "1", "2")
    karin = await load_member(ctx, KARIN)
    assert await follows_wish(ctx, karin.person_id, 2)  # the commenter follows the original
    assert not await follows_wish(ctx, ola.person_id, 2)  # her choice holds there too
