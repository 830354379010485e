"""The catalogue as Discord application commands, and Discord interaction data back as
neutral commands. Pure functions: the contract tests compare the synced schema to these."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from handlers.catalogue import CommandSpec, OptionSpec, OptionType
from handlers.i18n import translator
from handlers.types import Command, Member

SUB_COMMAND, STRING, INTEGER, BOOLEAN, ATTACHMENT = 1, 3, 4, 5, 11
_OPTION_TYPES = {
    OptionType.STRING: STRING,
    OptionType.INTEGER: INTEGER,
    OptionType.BOOLEAN: BOOLEAN,
    OptionType.FILE: ATTACHMENT,
}
MANAGE_GUILD = 1 << 5
DESCRIPTION_LIMIT = 100
ENGLISH_LOCALES = ("en-US", "en-GB")
GUILD_CONTEXT = 0


def _describe(text: str) -> dict[str, Any]:
    """Swedish as the base description; Swedish and English as localisations."""
    swedish = translator("sv")(text)[:DESCRIPTION_LIMIT]
    english = translator("en")(text)[:DESCRIPTION_LIMIT]
    return {
        "description": swedish,
        "description_localizations": {"sv-SE": swedish, **dict.fromkeys(ENGLISH_LOCALES, english)},
    }


def _names(name: str, swedish: str | None) -> dict[str, Any]:
    localized = {"sv-SE": swedish} if swedish else {}
    return {"name": name, "name_localizations": localized}


def option_payload(option: OptionSpec) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "type": _OPTION_TYPES[option.type],
        **_names(option.name, option.sv),
        **_describe(option.description),
        "required": option.required,
    }
    if option.choices:
        payload["choices"] = [
            {
                "name": f"{choice.value} – {translator('sv')(choice.label)}"[:100],
                "name_localizations": {
                    locale: f"{choice.value} – {translator('en')(choice.label)}"[:100]
                    for locale in ENGLISH_LOCALES
                },
                "value": choice.value,
            }
            for choice in option.choices
        ]
    limits = {
        "min_length": option.min_length,
        "max_length": option.max_length,
        "min_value": option.min_value,
        "max_value": option.max_value,
    }
    payload.update({key: value for key, value in limits.items() if value is not None})
    if option.autocomplete and not option.choices:
        payload["autocomplete"] = True
    return payload


def _ordered(options: Iterable[OptionSpec]) -> list[dict[str, Any]]:
    """Discord wants required options before optional ones."""
    listed = list(options)
    return [option_payload(o) for o in listed if o.required] + [
        option_payload(o) for o in listed if not o.required
    ]


def command_payload(spec: CommandSpec) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "type": 1,
        **_names(spec.name, spec.sv),
        **_describe(spec.description),
        "contexts": [GUILD_CONTEXT],
        "default_member_permissions": str(MANAGE_GUILD) if spec.board_only else None,
    }
    if spec.subcommands:
        payload["options"] = [
            {
                "type": SUB_COMMAND,
                **_names(sub.name, sub.sv),
                **_describe(sub.description),
                "options": _ordered(sub.options),
            }
            for sub in spec.subcommands
        ]
    else:
        payload["options"] = _ordered(spec.options)
    return payload


def commands_payload(catalogue: Iterable[CommandSpec]) -> list[dict[str, Any]]:
    return [command_payload(spec) for spec in catalogue]


def command_from_interaction(data: dict[str, Any], member: Member, channel: Any) -> Command:
    """APPLICATION_COMMAND data (options nested under a subcommand) as a neutral Command."""
    options = data.get("options") or []
    subcommand = None
    if options and options[0].get("type") == SUB_COMMAND:
        subcommand = options[0]["name"]
        options = options[0].get("options") or []
    files = (data.get("resolved") or {}).get("attachments") or {}
    values = {
        o["name"]: files.get(str(o.get("value")), {}).get("url") if o.get("type") == ATTACHMENT
        else o.get("value")
        for o in options
    }  # fmt: skip
    return Command(
        name=data["name"],
        member=member,
        channel=channel,
        subcommand=subcommand,
        options=values,
    )


def focused_option(data: dict[str, Any]) -> tuple[str | None, str, str]:
    """(subcommand, option name, typed text) of an autocomplete interaction."""
    options = data.get("options") or []
    subcommand = None
    if options and options[0].get("type") == SUB_COMMAND:
        subcommand = options[0]["name"]
        options = options[0].get("options") or []
    for option in options:
        if option.get("focused"):
            return subcommand, option["name"], str(option.get("value", ""))
    return subcommand, "", ""


def form_values(components: list[dict[str, Any]]) -> dict[str, str]:
    """Text inputs of a submitted modal, wherever the layout nests them."""
    values: dict[str, str] = {}
    for component in components:
        if component.get("type") == 4 and "custom_id" in component:
            values[component["custom_id"]] = str(component.get("value") or "")
        inner = list(component.get("components") or [])
        if "component" in component:
            inner.append(component["component"])
        values.update(form_values(inner))
    return values
