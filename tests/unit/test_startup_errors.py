"""Start-up problems are one line naming the setting, exit 2: a .env that is not UTF-8, an
unreachable database, a web port in use; a misspelled setting is warned about."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot import cli
from bot.settings import SettingsError, load_settings, unknown_settings


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A working directory of our own (so its `.env` is read) and a database in it."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'bryggan.db'}")
    monkeypatch.setenv("CONSOLE", "off")
    return tmp_path


def test_a_latin_1_env_file_is_named_with_its_encoding(elsewhere: Path) -> None:
    (elsewhere / ".env").write_bytes(b"PUBLIC_SITE_NAME=Caf\xe9\n")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert caught.value.lines == [".env: not UTF-8 (byte 0xe9 at position 20); save it as UTF-8"]
    assert cli.main(["check-config"]) == cli.EXIT_CONFIG


def test_misspelled_settings_are_warned_about_with_the_closest_name(elsewhere: Path) -> None:
    env = elsewhere / ".env"
    env.write_text("WEB_PORTT=8081\nWEB_PORT=8082\nFOO=1\n", encoding="utf-8")
    environment = {"LOG_LEVL": "DEBUG", "LOG_LEVEL": "INFO", "HOME": "/root", "PATH": "/bin"}
    assert unknown_settings(env, environment) == [
        f"WEB_PORTT in {env} is no setting; did you mean WEB_PORT?",
        f"FOO in {env} is no setting (see .env.example)",
        "LOG_LEVL in the environment is no setting; did you mean LOG_LEVEL?",
    ]
    assert unknown_settings(elsewhere / "missing.env", {"WEB_HOST": "::1"}) == []


def test_an_unreachable_database_names_database_url_without_its_password(
    elsewhere: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://bryggan:hemligt@127.0.0.1:1/test")
    assert cli.main(["migrate"]) == cli.EXIT_CONFIG
    error = capsys.readouterr().err
    assert error.startswith(
        "bryggan: configuration error: DATABASE_URL: cannot reach the database at "
        "postgresql+asyncpg://bryggan:***@127.0.0.1:1/test"
    )
    assert "hemligt" not in error and error.count("\n") == 1


@pytest.fixture
def taken_port() -> Iterator[int]:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        yield holder.getsockname()[1]


def test_a_web_port_in_use_names_web_port(
    elsewhere: Path,
    taken_port: int,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("WEB_PORT", str(taken_port))
    assert cli.main(["run"]) == cli.EXIT_CONFIG
    error = capsys.readouterr().err
    assert f"WEB_PORT: cannot listen on 127.0.0.1:{taken_port}" in error
    assert "Traceback" not in error


READERS = [
    ("processes",),
    ("processes", "--all", "--json"),
    ("check-config",),
    ("wishes", "similar", "bygglov"),
    ("wishes", "export"),
    ("outbox", "list"),
    ("outbox", "retry", "1"),
    ("mail", "list"),
    ("survey", "export", "1"),
    ("member", "export", "#1"),
    ("member", "erase", "#1"),
    ("retention", "run", "--dry-run"),
]


@pytest.mark.parametrize("args", READERS, ids=" ".join)
@pytest.mark.parametrize("folder", ["", "typo/"], ids=["file", "folder"])
def test_a_command_that_makes_nothing_refuses_a_database_that_is_not_there(
    args: tuple[str, ...],
    folder: str,
    elsewhere: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A typo in DATABASE_URL must not look like an empty database ("no similar wishes")."""
    missing = elsewhere / f"{folder}bryggan.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{missing}")
    assert cli.main(list(args)) == cli.EXIT_CONFIG
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        f"bryggan: configuration error: DATABASE_URL: there is no database at {missing}; "
        f"`bryggan {args[0]}` makes none (`bryggan migrate` makes a new one)\n"
    )
    assert not (elsewhere / "typo").exists() and not missing.exists()


def test_migrate_makes_the_database_the_readers_then_read(
    elsewhere: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The control: what makes a database still does, folder and all."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{elsewhere / 'new' / 'b.db'}")
    assert cli.main(["migrate"]) == 0
    assert cli.main(["processes"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "no process has run against this database"
