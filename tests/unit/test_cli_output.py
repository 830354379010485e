"""The command line's output going wrong is no start-up failure: a reader that stopped early
(`bryggan processes --json | head -3`) ends the command quietly with 141, as `cat` killed by
SIGPIPE shows in the shell; an output that cannot be written is named, exit 1."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import cli
from tests.conftest import database_at
from tests.e2e.process import bryggan_env

DEV_FULL = Path("/dev/full")
needs_dev_full = pytest.mark.skipif(not DEV_FULL.exists(), reason="no /dev/full here")


@pytest.fixture
async def migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """The environment of a migrated SQLite database in a folder of our own."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("CONSOLE", "off")
    async with database_at("sqlite", tmp_path) as target:
        for name, value in target.env.items():
            monkeypatch.setenv(name, value)
        return target.env


def bryggan(*args: str, env: dict[str, str], cwd: Path, stdout: int) -> tuple[int, str]:
    """(exit code, stderr without log lines) of `python -m bot ARGS` writing to `stdout`."""
    done = subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env=bryggan_env(env),
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
        check=False,
    )
    said = [line for line in done.stderr.splitlines() if not line.startswith("ts=")]
    return done.returncode, "\n".join(said)


@pytest.fixture
def closed_pipe() -> Iterator[int]:
    """The writing end of a pipe whose reader has already gone."""
    reading, writing = os.pipe()
    os.close(reading)
    yield writing
    os.close(writing)


@pytest.mark.parametrize("args", [("processes", "--all"), ("wishes", "export")], ids=" ".join)
def test_a_reader_that_stopped_ends_the_command_quietly(
    args: tuple[str, ...], migrated: dict[str, str], tmp_path: Path, closed_pipe: int
) -> None:
    assert bryggan(*args, env=migrated, cwd=tmp_path, stdout=closed_pipe) == (141, "")


class _Gone:
    """A standard output whose reader has gone, as print() meets it."""

    def write(self, _text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_broken_pipe_in_process_is_141_and_says_nothing(
    migrated: dict[str, str], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "stdout", _Gone())
    assert cli.main(["processes", "--all"]) == cli.EXIT_BROKEN_PIPE == 141
    assert capsys.readouterr().err == ""


@needs_dev_full
def test_an_output_file_that_cannot_be_written_is_named(
    migrated: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["wishes", "export", "--format", "csv", "--output", str(DEV_FULL)])
    assert code == 1
    assert capsys.readouterr().err == (
        "bryggan: cannot write /dev/full: [Errno 28] No space left on device\n"
    )


@needs_dev_full
def test_a_standard_output_that_cannot_be_written_is_named(
    migrated: dict[str, str], tmp_path: Path
) -> None:
    with DEV_FULL.open("w") as full:
        code, said = bryggan("wishes", "export", env=migrated, cwd=tmp_path, stdout=full.fileno())
    assert (code, said) == (
        1,
        "bryggan: cannot write to standard output: [Errno 28] No space left on device",
    )


def test_a_failed_export_leaves_the_file_it_replaces_whole(
    migrated: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A half-written list sent to the vendor would look whole: it is written beside and
    put in place only once complete."""
    kept = tmp_path / "lista.csv"
    kept.write_text("the list of yesterday\n", encoding="utf-8")

    def full(self: Path, *_args: object, **_kwargs: object) -> int:
        self.open("w").close()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Path, "write_text", full)
    assert cli.main(["wishes", "export", "--output", str(kept)]) == 1
    monkeypatch.undo()
    assert kept.read_text(encoding="utf-8") == "the list of yesterday\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bryggan.db", "lista.csv"]


def test_a_long_export_cut_short_in_the_middle_is_not_taken_for_whole(
    migrated: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One write of the whole list that the reader stops in the middle of went out in part,
    and Python's buffered writer lost the error after it: the command ended 0."""
    rows = [f"Önskemål {n} om kartor i bygglovsärenden,Bygg" for n in range(1, 801)]
    source = tmp_path / "lista.csv"
    source.write_text("\n".join(["title,module", *rows]) + "\n", encoding="utf-8")
    assert cli.main(["wishes", "import", str(source)]) == 0
    capsys.readouterr()
    export = subprocess.Popen(
        [sys.executable, "-m", "bot", "wishes", "export", "--format", "json"],
        cwd=tmp_path,
        env=bryggan_env(migrated),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert export.stdout is not None and export.stderr is not None
    assert len(export.stdout.read(100)) == 100
    export.stdout.close()
    said = [line for line in export.stderr.read().decode().splitlines() if "ts=" not in line]
    assert (export.wait(timeout=60), said) == (141, [])
