"""The catalogue's outline, kept beside the code, for the commands that need no database.

`bryggan slack-manifest` and `bryggan teams-manifest` describe every command (names,
descriptions, options, limits) to a platform, but need none of the code behind them. The
catalogue itself is declared beside the use cases, which import storage and with it
SQLAlchemy: loading it costs those commands about two seconds. So the outline is written to
`handlers/data/catalogue.json` (`make catalogue`), read back as a `Catalogue` without
handlers, and `tests/unit/test_catalogue_outline.py` fails when it differs from the catalogue.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from handlers.catalogue import Catalogue, Choice, CommandSpec, OptionSpec, OptionType
from handlers.types import Member

OUTLINE = Path(__file__).parent / "data" / "catalogue.json"


async def _offline(_ctx: Any, _member: Member, _typed: str) -> list[Choice]:
    """Stands for an option's suggestions: the outline only says that an option has them."""
    raise RuntimeError("the catalogue's outline runs no command")


def outline(catalogue: Catalogue) -> list[dict[str, Any]]:
    """Every command as plain data, in the catalogue's order."""
    return [_command(command) for command in catalogue]


def _command(command: CommandSpec) -> dict[str, Any]:
    return {
        "name": command.name,
        "sv": command.sv,
        "description": command.description,
        "board_only": command.board_only,
        "options": [_option(option) for option in command.options],
        "subcommands": [_command(sub) for sub in command.subcommands],
    }


def _option(option: OptionSpec) -> dict[str, Any]:
    return {
        "name": option.name,
        "sv": option.sv,
        "description": option.description,
        "type": option.type.value,
        "required": option.required,
        "choices": [[choice.value, choice.label] for choice in option.choices],
        "min_length": option.min_length,
        "max_length": option.max_length,
        "min_value": option.min_value,
        "max_value": option.max_value,
        "suggest": option.suggest is not None,
        "rest": option.rest,
    }


def _command_of(data: dict[str, Any]) -> CommandSpec:
    return CommandSpec(
        name=data["name"],
        sv=data["sv"],
        description=data["description"],
        board_only=data["board_only"],
        options=tuple(_option_of(option) for option in data["options"]),
        subcommands=tuple(_command_of(sub) for sub in data["subcommands"]),
    )


def _option_of(data: dict[str, Any]) -> OptionSpec:
    return OptionSpec(
        data["name"],
        data["description"],
        type=OptionType(data["type"]),
        required=data["required"],
        choices=tuple(Choice(value, label) for value, label in data["choices"]),
        min_length=data["min_length"],
        max_length=data["max_length"],
        min_value=data["min_value"],
        max_value=data["max_value"],
        suggest=_offline if data["suggest"] else None,
        rest=data["rest"],
        sv=data["sv"],
    )


def offline_catalogue(path: Path = OUTLINE) -> Catalogue:
    """The catalogue as the outline describes it: every command, no handler behind any."""
    return Catalogue(_command_of(command) for command in json.loads(path.read_text("utf-8")))


def rendered(catalogue: Catalogue) -> str:
    """The outline file's text for a catalogue (stable: reviewed in diffs)."""
    return json.dumps(outline(catalogue), ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    """`python -m handlers.catalogue_outline`: write the outline of the catalogue."""
    from handlers.commands import build_catalogue

    OUTLINE.write_text(rendered(build_catalogue()), "utf-8")
    print(f"wrote {OUTLINE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
