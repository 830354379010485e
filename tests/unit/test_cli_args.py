"""Numbers on the command line are checked before anything opens: a clear one-line error,
never a traceback from the database."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from bot import cli_args
from bot.cli import _parser as build_parser
from handlers.parsing import MAX_ID


def test_the_id_bound_is_the_one_handlers_use() -> None:
    assert cli_args.MAX_ID == MAX_ID


@pytest.mark.parametrize(
    "argv",
    [
        ["outbox", "retry", "99999999999999999999999"],
        ["outbox", "retry", "0"],
        ["outbox", "list", "--limit", "0"],
        ["outbox", "list", "--limit", "-1"],
        ["survey", "export", "99999999999999999999999"],
        ["wishes", "similar", "bygglov", "--all", "--limit", "-1"],
        ["outbox", "retry", "tre"],
    ],
)
def test_an_unusable_number_is_a_usage_error(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(argv)
    assert stopped.value.code == 2
    said = capsys.readouterr().err
    assert "Traceback" not in said and ("whole number" in said or "between" in said), said


def test_a_usable_number_is_taken() -> None:
    args = build_parser().parse_args(["outbox", "retry", str(MAX_ID)])
    assert args.id == MAX_ID
    assert build_parser().parse_args(["outbox", "list", "--limit", "1"]).limit == 1
    with pytest.raises(argparse.ArgumentTypeError):
        cli_args.LIMIT("10001")


@pytest.mark.parametrize(
    "command",
    [["survey", "export", "1"], ["wishes", "export"], ["member", "export", "#1"]],
)
def test_a_file_to_write_needs_its_folder_and_is_no_folder(
    command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for output, problem in (
        (tmp_path / "saknas" / "ut.csv", f"the folder {tmp_path / 'saknas'} does not exist"),
        (tmp_path, f"{tmp_path} is a folder; name a file in it"),
    ):
        with pytest.raises(SystemExit) as stopped:
            build_parser(load=[command[0]]).parse_args([*command, "--output", str(output)])
        assert stopped.value.code == 2
        assert f"argument --output: {problem}" in capsys.readouterr().err
    written = build_parser(load=[command[0]]).parse_args([*command, "--output", "ut.csv"])
    assert written.output == Path("ut.csv")
