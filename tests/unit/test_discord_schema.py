"""The catalogue as Discord application commands, and interaction data back as commands."""

from __future__ import annotations

from bot.platforms.discord.schema import (
    MANAGE_GUILD,
    command_from_interaction,
    command_payload,
    commands_payload,
    focused_option,
    form_values,
)
from handlers.commands import build_catalogue
from handlers.types import Member

MEMBER = Member("discord", "1", "Eva")


def test_help_has_swedish_and_english_names_and_descriptions() -> None:
    catalogue = build_catalogue()
    spec = catalogue.get("help")
    assert spec is not None
    assert command_payload(spec) == {
        "type": 1,
        "name": "help",
        "name_localizations": {"sv-SE": "hjälp"},
        "description": "Visa kommandona du kan använda",
        "description_localizations": {
            "sv-SE": "Visa kommandona du kan använda",
            "en-US": "Show the commands you may use",
            "en-GB": "Show the commands you may use",
        },
        "contexts": [0],
        "default_member_permissions": None,
        "options": [],
    }


def test_board_commands_are_hidden_by_default_permissions_and_subcommands_nest() -> None:
    spec = build_catalogue().get("channel")
    assert spec is not None
    payload = command_payload(spec)
    assert payload["default_member_permissions"] == str(MANAGE_GUILD)
    assert [o["name"] for o in payload["options"]] == ["add", "remove", "list", "test"]
    add = payload["options"][0]
    assert add["type"] == 1 and add["name_localizations"] == {"sv-SE": "lägg-till"}
    [topic] = add["options"]
    assert topic["required"] is True and topic["name_localizations"] == {"sv-SE": "ämne"}
    assert {k: topic["choices"][2][k] for k in ("name", "value")} == {
        "name": "news – nyheter",
        "value": "news",
    }


def test_every_name_and_description_fits_discord_limits() -> None:
    for command in commands_payload(build_catalogue()):
        stack = [command]
        while stack:
            item = stack.pop()
            assert 1 <= len(item["name"]) <= 32 and item["name"] == item["name"].lower()
            assert 1 <= len(item["description"]) <= 100
            stack.extend(item.get("options", []))


def test_interaction_data_becomes_a_neutral_command() -> None:
    data = {
        "name": "channel",
        "options": [{"type": 1, "name": "add", "options": [{"name": "topic", "value": "news"}]}],
    }
    command = command_from_interaction(data, MEMBER, None)
    assert (command.name, command.subcommand, command.options) == (
        "channel",
        "add",
        {"topic": "news"},
    )
    assert focused_option(
        {"options": [{"name": "q", "type": 3, "value": "byg", "focused": True}]}
    ) == (None, "q", "byg")


def test_modal_values_are_found_in_any_layout() -> None:
    rows = [{"type": 1, "components": [{"type": 4, "custom_id": "title", "value": "Karta"}]}]
    labels = [{"type": 18, "component": {"type": 4, "custom_id": "details", "value": "Mer"}}]
    assert form_values(rows + labels) == {"title": "Karta", "details": "Mer"}
