"""The catalogue turns typed or structured input into checked values, or a clear error."""

from __future__ import annotations

import pytest

from handlers.catalogue import Catalogue, Choice, CommandSpec, OptionSpec, OptionType
from handlers.commands import build_catalogue
from handlers.errors import CommandError
from handlers.i18n import translator
from handlers.parsing import split_command_line
from handlers.types import Command, Member

MEMBER = Member(platform="console", user_id="u1", display_name="Anna")

CATALOGUE = Catalogue(
    [
        CommandSpec(
            "wish",
            "Submit a wish",
            options=(
                OptionSpec("title", "Title", required=True, max_length=12),
                OptionSpec(
                    "module",
                    "Module",
                    choices=(Choice("bygg", "Bygg"), Choice("miljo", "Miljö")),
                ),
                OptionSpec("count", "Count", type=OptionType.INTEGER, min_value=1, max_value=10),
                OptionSpec("urgent", "Urgent", type=OptionType.BOOLEAN),
            ),
        ),
        CommandSpec(
            "agenda",
            "Agenda",
            subcommands=(
                CommandSpec("propose", "Propose", options=(OptionSpec("text", "Text", rest=True),)),
                CommandSpec("list", "List"),
            ),
        ),
    ]
)


def resolve(line: str) -> dict[str, object]:
    name, words = split_command_line(line)
    return CATALOGUE.resolve(Command(name=name, member=MEMBER, positional=words)).values


def error_text(line: str, locale: str = "en") -> str:
    with pytest.raises(CommandError) as caught:
        resolve(line)
    return caught.value.text(translator(locale))


def test_positional_named_and_quoted_values() -> None:
    assert resolve('/wish "Ny rapport" miljo count:3 urgent:ja') == {
        "title": "Ny rapport",
        "module": "miljo",
        "count": 3,
        "urgent": True,
    }
    assert resolve('/wish module:bygg title:"Två ord"') == {"title": "Två ord", "module": "bygg"}


def test_structured_options_from_a_platform_are_validated_the_same_way() -> None:
    command = Command(name="wish", member=MEMBER, options={"title": "Karta", "count": 4})
    assert CATALOGUE.resolve(command).values == {"title": "Karta", "count": 4}
    with pytest.raises(CommandError):
        CATALOGUE.resolve(Command(name="wish", member=MEMBER, options={"title": "x", "count": 11}))


def test_free_text_option_takes_the_rest_of_the_line_colons_included() -> None:
    name, words = split_command_line("/agenda propose Punkt: budget för 2027")
    resolved = CATALOGUE.resolve(Command(name=name, member=MEMBER, positional=words))
    assert resolved.leaf.name == "propose"
    assert resolved.values == {"text": "Punkt: budget för 2027"}


def test_typo_in_command_name_suggests_the_closest() -> None:
    assert error_text("/wsih x") == "Unknown command /wsih. Did you mean /wish?"
    assert error_text("/wsih x", "sv") == "Okänt kommando /wsih. Menade du /wish?"
    assert error_text("/zzz") == "Unknown command /zzz. Try /help."
    # a name of either language is matched; the answer suggests the name of its own
    with pytest.raises(CommandError) as caught:
        build_catalogue().resolve(Command(name="kommentar", member=MEMBER, positional=("1",)))
    assert caught.value.text(translator("sv")) == (
        "Okänt kommando /kommentar. Menade du /kommentera?"
    )
    assert caught.value.text(translator("en")) == (
        "Unknown command /kommentar. Did you mean /comment?"
    )


def test_missing_required_option_names_it_with_usage() -> None:
    assert error_text("/wish") == (
        "/wish needs title. Usage: /wish TITLE [bygg|miljo] [count] [urgent]"
    )


def test_limits_are_counted_in_characters_not_bytes() -> None:
    assert resolve("/wish åäöåäöåäöåäö")["title"] == "åäöåäöåäöåäö"  # 12 characters, 24 bytes
    assert error_text("/wish åäöåäöåäöåäöx") == (
        "title may be at most 12 characters (this one has 13)."
    )


def test_a_limit_of_one_is_said_in_the_singular() -> None:
    catalogue = Catalogue(
        [CommandSpec("pick", "Pick", options=(OptionSpec("x", "X", max_length=1),))]
    )
    with pytest.raises(CommandError) as caught:
        catalogue.resolve(Command(name="pick", member=MEMBER, positional=("ab",)))
    assert caught.value.text(translator("en")) == "x may be at most 1 character (this one has 2)."
    assert caught.value.text(translator("sv")) == "x får vara högst 1 tecken (det här har 2)."


def test_bad_values_get_specific_messages() -> None:
    assert error_text("/wish t count:many") == "count must be a whole number, not “many”."
    assert error_text("/wish t count:0") == "count must be between 1 and 10."
    assert error_text("/wish t urgent:perhaps") == "urgent must be yes or no."
    assert error_text("/wish t module:bygs") == "“bygs” is not a valid module. Did you mean “bygg”?"
    assert error_text("/wish t module:zz") == (
        "“zz” is not a valid module. Choose one of: bygg, miljo."
    )
    assert error_text("/wish t modul:bygg") == (
        "/wish has no option “modul”. Did you mean “module”?"
    )
    assert error_text("/wish a b 2 ja extra") == (
        "/wish did not expect “extra”. Usage: /wish TITLE [bygg|miljo] [count] [urgent]"
    )
    flood = error_text("/wish a b 2 ja " + "y" * 60_000)  # a page of text is not said back
    assert len(flood) < 200 and flood.startswith("/wish did not expect “yyy")


def test_subcommands_are_required_and_typos_suggested() -> None:
    assert error_text("/agenda") == "/agenda needs a subcommand: propose, list."
    assert error_text("/agenda lsit") == (
        "/agenda has no subcommand “lsit”. Did you mean /agenda list?"
    )


def test_urls_are_values_not_option_names() -> None:
    assert resolve("/wish https://x.se")["title"] == "https://x.se"
    assert error_text("/wish https://example.org/long").startswith("title may be at most")


def test_every_declared_command_has_a_handler_or_subcommands_with_handlers() -> None:
    for spec in build_catalogue():
        runnable = [spec] if not spec.subcommands else list(spec.subcommands)
        assert all(s.handler is not None for s in runnable), spec.name
        assert spec.description


def test_a_command_cannot_be_declared_twice() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        Catalogue([CommandSpec("help", "a"), CommandSpec("help", "b")])


def test_swedish_names_are_accepted_for_commands_subcommands_and_options() -> None:
    catalogue = build_catalogue()
    name, words = split_command_line("/kanal lägg-till ämne:news")
    resolved = catalogue.resolve(Command(name=name, member=MEMBER, positional=words))
    assert (resolved.root.name, resolved.leaf.name, resolved.values) == (
        "channel",
        "add",
        {"topic": "news"},
    )
    name, words = split_command_line("/hjälp")
    assert (
        catalogue.resolve(Command(name=name, member=MEMBER, positional=words)).root.name == "help"
    )
