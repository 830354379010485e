"""Argument types the command line shares: a number, or where a file is to be written, is
checked before anything opens."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

# handlers.parsing.MAX_ID, the largest id every database's integer column holds; not imported,
# so that `bryggan --help` loads no handler (tests/unit/test_cli_args.py keeps the two equal)
MAX_ID = 2**31 - 1


def whole_number(lowest: int, highest: int = MAX_ID) -> Callable[[str], int]:
    """An argparse type: a whole number from `lowest` to `highest` (an id fits every
    database's integer column), else a one-line usage error instead of a traceback."""

    def parse(text: str) -> int:
        try:
            number = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not lowest <= number <= highest:
            raise argparse.ArgumentTypeError(f"{number} is not between {lowest} and {highest}")
        return number

    parse.__name__ = "whole number"  # argparse names the type in its message
    return parse


ID = whole_number(1)
LIMIT = whole_number(1, 10_000)


def output_file(text: str) -> Path:
    """An argparse type: a file to write in a folder that exists, checked before the
    database is opened or migrated, so a mistyped folder changes nothing and is named."""
    path = Path(text)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"{text} is a folder; name a file in it")
    if not path.parent.is_dir():
        raise argparse.ArgumentTypeError(f"the folder {path.parent} does not exist")
    return path


output_file.__name__ = "file to write"  # argparse names the type in its message
