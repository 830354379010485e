"""Argument types the command line shares: a number is checked before anything opens."""

from __future__ import annotations

import argparse
from collections.abc import Callable

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
