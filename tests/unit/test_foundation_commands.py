"""/help, /language and /channel through the same entry point every platform uses."""

from __future__ import annotations

import pytest

from handlers.catalogue import Catalogue, Choice, CommandSpec, OptionSpec
from handlers.context import Call, Context
from handlers.run import run_command, run_interaction, run_suggestions
from handlers.types import Channel, Command, Interaction, Member, Reply
from storage import outbox

GENERAL = Channel("console", "general", "general")
NEWS = Channel("slack", "C42", "nyheter")
MEMBER = Member(platform="console", user_id="eva", display_name="Eva")
BOARD = Member(platform="console", user_id="bo", display_name="Bo", is_board=True)


async def run(
    ctx: Context, line: str, member: Member = MEMBER, channel: Channel | None = GENERAL
) -> Reply:
    name, _, rest = line.lstrip("/").partition(" ")
    return await run_command(
        ctx, Command(name=name, member=member, channel=channel, positional=tuple(rest.split()))
    )


def text(reply: Reply) -> str:
    message = reply.message
    return "\n".join(
        [message.title or "", message.text, *(f"{f.name}: {f.value}" for f in message.fields)]
    ).strip()


async def test_help_lists_what_the_member_may_use_in_swedish_by_default(ctx: Context) -> None:
    shown = text(await run(ctx, "/help"))
    assert shown.startswith("Kommandon")
    assert "/hjälp — Visa kommandona du kan använda" in shown  # by the Swedish names
    assert "/kanal" not in shown
    board_view = text(await run(ctx, "/help", BOARD))
    assert "/kanal lägg-till ÄMNE — Låt kanalen ta emot ett slags inlägg" in board_view
    assert text(await run(ctx, "/kanal lägg-till", BOARD)) == (
        "/kanal lägg-till behöver ämne. Så här: /kanal lägg-till ÄMNE"
    )


async def test_language_is_remembered_per_member(ctx: Context) -> None:
    assert text(await run(ctx, "/language en")) == "I will speak English with you from now on."
    assert text(await run(ctx, "/help")).startswith("Commands\n/help — Show the commands")
    assert text(await run(ctx, "/help", BOARD)).startswith("Kommandon")  # others unaffected
    assert text(await run(ctx, "/language")) == (
        "Your language is English. Change it with /language sv or /language en."
    )
    assert text(await run(ctx, "/language sv")) == "Jag pratar svenska med dig från och med nu."


async def test_platform_locale_is_used_until_the_member_chooses(ctx: Context) -> None:
    english_client = Member(
        platform="discord", user_id="9", display_name="Al", platform_locale="en-US"
    )
    assert text(await run(ctx, "/help", english_client)).startswith("Commands")
    await run(ctx, "/language sv", english_client)
    assert text(await run(ctx, "/help", english_client)).startswith("Kommandon")


async def test_bad_language_is_refused_in_the_members_language(ctx: Context) -> None:
    assert text(await run(ctx, "/language de")) == (
        "”de” är inte ett giltigt värde för språk. Välj ett av: sv, en."
    )


async def test_board_commands_are_refused_to_members_and_change_nothing(ctx: Context) -> None:
    reply = await run(ctx, "/channel add news")
    assert text(reply) == "Bara styrelseledamöter får använda /channel add."
    assert reply.private
    assert "Ingen kanal har något ämne än" in text(await run(ctx, "/channel list", BOARD))


async def test_channel_topics_across_platforms(ctx: Context) -> None:
    added = await run(ctx, "/channel add news", BOARD)
    assert text(added) == "#general tar nu emot news (nyheter)."
    assert not added.private
    assert (
        text(await run(ctx, "/channel add news", BOARD))
        == "#general tar redan emot news (nyheter)."
    )
    await run(ctx, "/channel add announcements", BOARD, NEWS)
    listing = text(await run(ctx, "/channel list", BOARD))
    assert "console: #general: news" in listing
    assert "slack: #nyheter: announcements" in listing
    assert text(await run(ctx, "/channel remove news", BOARD)) == (
        "#general tar inte längre emot news (nyheter)."
    )
    assert text(await run(ctx, "/channel remove news", BOARD)) == (
        "#general tog inte emot news (nyheter); inget ändrades."
    )


async def test_channel_test_queues_one_post_per_channel_through_the_outbox(ctx: Context) -> None:
    await run(ctx, "/channel add board", BOARD)
    await run(ctx, "/channel add board", BOARD, NEWS)
    assert text(await run(ctx, "/channel test board", BOARD)) == (
        "Ett testinlägg är på väg till 2 kanaler."
    )
    rows = await outbox.list_rows(ctx.db)
    assert sorted(r.destination for r in rows) == ["console:general", "slack:C42"]
    assert all("Testinlägg för board" in r.payload["text"] for r in rows)


async def test_channel_commands_need_a_channel(ctx: Context) -> None:
    reply = await run(ctx, "/channel add news", BOARD, channel=None)
    assert text(reply) == "Kör kommandot i den kanal du vill ändra."


async def test_an_unexpected_failure_gives_a_reference_not_a_stack_trace(
    ctx: Context, caplog: pytest.LogCaptureFixture
) -> None:
    async def explode(_ctx: Context, _call: Call) -> Reply:
        raise RuntimeError("secret internals")

    broken = Context(
        db=ctx.db,
        catalogue=Catalogue([CommandSpec("boom", "Boom", handler=explode)]),
        clock=ctx.clock,
    )
    reply = await run(broken, "/boom")
    assert text(reply).startswith("Något gick fel hos oss; inget ändrades. Referens: ")
    assert "secret internals" not in text(reply)
    reference = text(reply).rsplit(" ", 1)[1].rstrip(".")
    assert any(reference in r.getMessage() and r.exc_info for r in caplog.records)


async def test_help_offers_the_other_language_and_the_button_switches(ctx: Context) -> None:
    reply = await run(ctx, "/help")
    [button] = reply.message.buttons
    assert (button.label, button.action_id, button.value) == ("Use English", "language.set", "en")
    clicked = await run_interaction(
        ctx, Interaction("language.set", member=MEMBER, channel=GENERAL, value=button.value)
    )
    assert clicked.update
    assert text(clicked).startswith("Commands\n/help — Show the commands you may use")
    assert clicked.message.buttons[0].label == "Använd svenska"
    assert text(await run(ctx, "/language")).startswith("Your language is English.")


async def test_unknown_or_forbidden_interactions_are_refused_clearly(ctx: Context) -> None:
    stale = await run_interaction(ctx, Interaction("gone.button", member=MEMBER))
    assert text(stale) == "Den här knappen eller formuläret används inte längre."
    bad = await run_interaction(ctx, Interaction("language.set", member=MEMBER, value="de"))
    assert text(bad) == "Det språket finns inte."


async def test_suggestions_come_from_the_option_and_failures_give_none(ctx: Context) -> None:
    async def suggest(_ctx: Context, member: Member, typed: str) -> list[Choice]:
        if typed == "boom":
            raise RuntimeError("broken")
        return [Choice(f"{typed}-{i}", f"{member.display_name} {i}") for i in range(40)]

    spec = CommandSpec("find", "Find", options=(OptionSpec("q", "Query", suggest=suggest),))
    local = Context(db=ctx.db, catalogue=Catalogue([spec]), clock=ctx.clock)
    found = await run_suggestions(
        local, MEMBER, command="find", subcommand=None, option="q", text="bygg"
    )
    assert len(found) == 25 and found[0] == Choice("bygg-0", "Eva 0")
    assert (
        await run_suggestions(
            local, MEMBER, command="find", subcommand=None, option="q", text="boom"
        )
        == []
    )
    assert (
        await run_suggestions(local, MEMBER, command="nope", subcommand=None, option="q", text="x")
        == []
    )


async def test_on_discord_help_names_the_commands_as_the_members_client_shows_them(
    ctx: Context,
) -> None:
    """Discord shows the Swedish names to a client in sv-SE only: a member who chose Swedish
    with a client in English is told the English names their client offers, in Swedish."""
    assert ctx.platforms["discord"].names_by_client == "en"
    chose_swedish = Member(
        platform="discord", user_id="7", display_name="Åsa", platform_locale="en-US"
    )
    assert "Jag pratar svenska" in text(await run(ctx, "/language sv", chose_swedish))
    shown = text(await run(ctx, "/help", chose_swedish))
    assert shown.startswith("Kommandon")
    assert "/help — Visa kommandona du kan använda" in shown
    assert "/hjälp" not in shown
    swedish_client = Member(
        platform="discord", user_id="8", display_name="Bo", platform_locale="sv-SE"
    )
    assert "/hjälp — Visa kommandona" in text(await run(ctx, "/help", swedish_client))
    english = Member(platform="discord", user_id="9", display_name="Al", platform_locale="sv-SE")
    await run(ctx, "/language en", english)  # a Swedish client, English chosen
    assert "/hjälp — Show the commands you may use" in text(await run(ctx, "/help", english))
    german = Member(platform="discord", user_id="6", display_name="Ute", platform_locale="de")
    assert "/help — Visa" in text(await run(ctx, "/help", german))  # Discord: English names
    # Elsewhere the names follow the answer's language (the console has no client language).
    assert "/hjälp — Visa" in text(await run(ctx, "/help"))


async def test_on_teams_a_client_in_a_language_without_names_sees_the_swedish_ones(
    ctx: Context,
) -> None:
    """Teams' manifest is Swedish by default with English beside it: a German client is shown
    the Swedish names, an English one the English names, whatever was chosen here."""
    assert ctx.platforms["teams"].names_by_client == "sv"
    german = Member(platform="teams", user_id="a", display_name="Ute", platform_locale="de-DE")
    await run(ctx, "/language en", german)
    assert "/hjälp — Show the commands you may use" in text(await run(ctx, "/help", german))
    english = Member(platform="teams", user_id="b", display_name="Al", platform_locale="en-US")
    await run(ctx, "/language sv", english)
    assert "/help — Visa kommandona" in text(await run(ctx, "/help", english))


async def test_a_board_command_refused_is_named_as_the_member_typed_it(ctx: Context) -> None:
    assert text(await run(ctx, "/dagordning lista")) == (
        "Bara styrelseledamöter får använda /dagordning lista."
    )
    assert text(await run(ctx, "/kanal")) == "Bara styrelseledamöter får använda /kanal."
    await run(ctx, "/language en")
    assert text(await run(ctx, "/dagordning lista")) == (
        "Only board members may use /dagordning lista."  # as typed
    )
    assert text(await run(ctx, "/agenda list")) == "Only board members may use /agenda list."


async def test_a_choice_is_typed_in_either_language_and_suggested_in_the_answers(
    ctx: Context,
) -> None:
    """`/medlem domän lista` is `/member domain list`; a status is typed `planned` as well as
    `planerad`; a near miss is suggested, and the choices listed, in the answer's words."""
    said = text(await run(ctx, "/medlem domän lista", BOARD))
    assert "inte ett giltigt värde" not in said and "ogiltig" not in said
    assert said == text(await run(ctx, "/member domain list", BOARD))
    assert text(await run(ctx, "/medlem domän listaa", BOARD)) == (
        "”listaa” är inte ett giltigt värde för åtgärd. Menade du ”lista”?"
    )
    planned = text(await run(ctx, "/önskemålslista status:planned"))
    assert planned == text(await run(ctx, "/önskemålslista status:planerad"))
    assert "Menade du" not in planned
    help_text = text(await run(ctx, "/hjälp", BOARD))
    assert "/medlem domän [lägg-till|ta-bort|lista]" in help_text
    await run(ctx, "/language en", BOARD)
    assert "/member domain [add|remove|list]" in text(await run(ctx, "/help", BOARD))
    assert text(await run(ctx, "/member domain lisst", BOARD)).endswith("Did you mean “list”?")


async def test_a_missing_subcommand_is_listed_in_the_answers_language(ctx: Context) -> None:
    assert text(await run(ctx, "/kanal", BOARD)) == (
        "/kanal behöver ett underkommando: lägg-till, ta-bort, lista, testa."
    )
    await run(ctx, "/language en", BOARD)
    assert text(await run(ctx, "/channel", BOARD)) == (
        "/channel needs a subcommand: add, remove, list, test."
    )
