"""Every subcommand and action of `bryggan` has help (checked in-process: one interpreter
start each would cost the suite a minute; the script itself is started in tests/e2e)."""

from __future__ import annotations

import argparse

import pytest

from bot import cli


def every_command() -> list[tuple[str, ...]]:
    """(), each subcommand, and each action of a subcommand that has actions."""
    found: list[tuple[str, ...]] = [()]
    commands = next(a for a in cli._parser()._actions if isinstance(a, argparse._SubParsersAction))
    for name, parser in commands.choices.items():
        found.append((name,))
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                found += [(name, sub) for sub in action.choices]
    return found


@pytest.mark.parametrize("args", every_command(), ids=" ".join)
def test_every_subcommand_has_help(
    args: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main([*args, "--help"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("usage: bryggan")


def test_the_list_is_not_empty() -> None:
    found = every_command()
    assert ("outbox", "retry") in found and ("member", "erase") in found and len(found) > 15


def test_help_lists_each_command_as_its_module_does_without_loading_it() -> None:
    """`bryggan --help` takes the lines of the commands in bot/cli_*.py from
    `cli.MODULE_COMMANDS`, so it need not import them: they must be the modules' own."""
    full, light = (
        next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        for parser in (cli._parser(), cli._parser(load=()))
    )
    listed = [(action.dest, action.help) for action in light._choices_actions]
    assert listed == [(action.dest, action.help) for action in full._choices_actions]
