"""Where a command's output goes wrong: told apart from a failed start.

A command's standard output is guarded while it runs, so an error writing it is known to be
the output's (a socket's broken pipe stays the socket's). A reader that stopped early (`|
head`) ends the command quietly with 141, what the shell shows for `cat` killed by SIGPIPE:
a script under `set -o pipefail` sees from Bryggan what it sees from any Unix tool, and 0
would say a cut-short list was whole. SIGPIPE itself stays ignored (Python's default): it
would also kill the process for a broken socket. Any other error names what could not be
written, exit 1. Standard library only: imported on every start.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

EXIT_BROKEN_PIPE = 128 + 13  # 128 + SIGPIPE, as the shell reports a tool the signal ended
STANDARD_OUTPUT = "to standard output"


class OutputError(Exception):
    """The output (a file, or standard output) could not be written; not an OSError, so
    that no command's own `except OSError` takes it for a file it was reading."""

    def __init__(self, target: str, error: OSError) -> None:
        super().__init__(f"cannot write {target}: {error}")
        self.target, self.error = target, error

    @property
    def reader_gone(self) -> bool:
        return self.target == STANDARD_OUTPUT and self.error.errno == errno.EPIPE


class _Guarded:
    """Standard output as print() and `sys.stdout.write` use it, its errors as OutputError."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as error:
            raise OutputError(STANDARD_OUTPUT, error) from error

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            raise OutputError(STANDARD_OUTPUT, error) from error

    def __getattr__(self, name: str) -> object:  # isatty, fileno, encoding, ...
        return getattr(self._stream, name)


@contextlib.contextmanager
def guarded_stdout() -> Iterator[None]:
    """Standard output guarded for the command, and flushed inside the guard: an error
    there shows now, not as Python's "Exception ignored" at exit."""
    stream = sys.stdout
    sys.stdout = _Guarded(stream)  # type: ignore[assignment]
    try:
        yield
        sys.stdout.flush()
    finally:
        sys.stdout = stream


def abandon_stdout() -> None:
    """Point standard output at nothing, so that what is left in its buffer is not written
    again (and fails again) when Python exits."""
    with contextlib.suppress(OSError, ValueError, AttributeError):  # AttributeError: no fileno
        nothing = os.open(os.devnull, os.O_WRONLY)
        os.dup2(nothing, sys.stdout.fileno())
        os.close(nothing)


def write_output(path: Path, text: str) -> None:
    """Write a command's `--output` file whole or not at all: a regular file is written
    beside and put in place once complete, so a full disk never leaves a cut-short list
    that looks whole, nor spoils the one it would replace. Anything else (a device, a pipe)
    is written as it is."""
    target = path.resolve() if path.is_symlink() else path  # the file, not the link
    if target.exists() and not target.is_file():
        _write(target, text, named=path)
        return
    beside = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        _write(beside, text, named=path, then_to=target)
    finally:
        beside.unlink(missing_ok=True)  # gone already once put in place


def _write(where: Path, text: str, *, named: Path, then_to: Path | None = None) -> None:
    try:
        where.write_text(text, encoding="utf-8")
        if then_to is not None:
            os.replace(where, then_to)
    except OSError as error:
        raise OutputError(str(named), error) from error


def write_stdout(text: str) -> None:
    """Write a long text to standard output a buffer at a time: one write of all of it that
    a reader cut short in the middle is taken by Python's buffered writer as done (it went
    out in part, and the error after that is lost), so the command would end as if whole."""
    step = io.DEFAULT_BUFFER_SIZE
    for start in range(0, len(text), step):
        sys.stdout.write(text[start : start + step])
