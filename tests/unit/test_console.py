"""The console platform: commands, member and channel switching, buttons and forms."""

from __future__ import annotations

import io
from collections.abc import AsyncIterator

from bot.platforms.console import ConsolePlatform
from handlers.catalogue import Catalogue, CommandSpec, InteractionSpec
from handlers.commands import build_catalogue
from handlers.context import Call, Context
from handlers.door import Door
from handlers.types import Form, FormField, Interaction, Reply


async def lines(*items: str) -> AsyncIterator[str]:
    for item in items:
        yield item + "\n"


async def ask(_ctx: Context, _call: Call) -> Reply:
    fields = (
        FormField("title", "Title", max_length=5),
        FormField("details", "Details", long=True, required=False),
    )
    return Reply(Reply.text("").message, form=Form("test.form", "Tell us", fields, context="ctx-7"))


async def answer(_ctx: Context, interaction: Interaction) -> Reply:
    return Reply.text(
        f"got {interaction.values} with {interaction.value} from {interaction.member.display_name}"
    )


def console(ctx: Context) -> tuple[ConsolePlatform, io.StringIO]:
    catalogue = build_catalogue()
    extended = Catalogue(
        [*catalogue, CommandSpec("ask", "Ask", handler=ask)],
        interactions=[*catalogue.interactions.values(), InteractionSpec("test.form", answer)],
    )
    output = io.StringIO()
    local = Context(db=ctx.db, catalogue=extended, clock=ctx.clock)
    return ConsolePlatform(Door(local), output=output), output


async def test_a_form_is_filled_line_by_line_with_checks(ctx: Context) -> None:
    platform, output = console(ctx)
    await platform.serve(lines("/as Eva", "/ask", "", "too long", "Kort", "", "/help"))
    assert output.getvalue().splitlines()[:8] == [
        "Du är nu Eva (medlem).",
        "Tell us",
        "Title:",
        "Fältet måste fyllas i (eller /cancel).",
        "Title:",
        "Högst 5 tecken, tack.",
        "Title:",
        "Details (frivilligt, tom rad för att hoppa över):",
    ]
    assert "got {'title': 'Kort', 'details': ''} with ctx-7 from Eva" in output.getvalue()
    assert "Kommandon" in output.getvalue()


async def test_a_form_can_be_cancelled(ctx: Context) -> None:
    platform, output = console(ctx)
    await platform.serve(lines("/ask", "/cancel", "/ask", "Ok"))
    text = output.getvalue()
    assert "Avbrutet; inget skickades." in text
    assert text.count("got ") == 0  # the second form is still waiting for its optional field


async def test_a_command_typed_in_a_form_leaves_it_and_runs(ctx: Context) -> None:
    """A script's next command is not swallowed as a field's answer."""
    platform, output = console(ctx)
    await platform.serve(lines("/ask", "/help", "/ask", "Kort", "/ 2 (not a command)"))
    text = output.getvalue()
    assert "Formuläret lämnades; inget skickades." in text and "Kommandon" in text
    assert "got {'title': 'Kort', 'details': '/ 2 (not a command)'}" in text


async def test_a_long_answer_takes_several_lines(ctx: Context) -> None:
    """A survey's questions, one a line: a line ended with a backslash goes on."""
    platform, output = console(ctx)
    await platform.serve(lines("/ask", "Kort", "Vad saknar du? \\", "/wishes \\", "Betyg?"))
    text = output.getvalue()
    assert "(Fler rader: avsluta raden med \\ och fortsätt på nästa.)" in text
    assert "'details': 'Vad saknar du?\\n/wishes\\nBetyg?'" in text


async def test_buttons_are_numbered_and_clickable(ctx: Context) -> None:
    platform, output = console(ctx)
    await platform.serve(lines("/help", "/click 1", "/click använd svenska", "/click 5"))
    text = output.getvalue()
    assert "[1: Use English]" in text
    assert "Commands\n/help — Show the commands you may use" in text
    assert text.rstrip().endswith(
        "Det finns ingen sådan knapp här. Så här: /click NUMMER eller /click ETIKETT"
    )


async def test_quit_ends_the_session_early(ctx: Context) -> None:
    platform, output = console(ctx)
    await platform.serve(lines("/quit", "/help"))
    assert output.getvalue() == ""


async def test_any_button_shown_in_the_session_can_be_pressed(ctx: Context) -> None:
    """Buttons are numbered across the session: an earlier reply's stays pressable, and a
    label presses the latest button that has it."""
    platform, output = console(ctx)
    await platform.serve(lines("/help", "/help", "/click 1", "/click 3", "/click 2"))
    text = output.getvalue()
    assert "[1: Use English]" in text and "[2: Use English]" in text
    assert "[3: Använd svenska]" in text  # the answer to /click 1, in English now
    assert "[4: Use English]" in text  # /click 3 went back to Swedish
    assert text.count("Kommandon") == 3 and text.count("Commands\n") == 2  # /click 2: English


async def test_the_consoles_own_words_follow_the_members_language(ctx: Context) -> None:
    platform, output = console(ctx)
    await platform.serve(lines("/help", "/click use english", "/click 99", "/as Eva"))
    text = output.getvalue()
    assert "No such button here. Usage: /click NUMBER or /click LABEL" in text
    assert "Du är nu Eva (medlem)." in text  # Eva has chosen nothing: Swedish
