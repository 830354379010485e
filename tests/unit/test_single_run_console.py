"""A console beside a `bryggan run` on the same SQLite file leaves the timed jobs to the run's
scheduler: a SQLite database has no leader to choose between two schedulers."""

from __future__ import annotations

from pathlib import Path

from bot.single_run import console_roles, only_run_on, run_holds


def test_a_console_beside_a_run_does_not_schedule(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'b.db'}"
    assert not run_holds(url)  # no run yet, not even a lock file
    assert console_roles(url) == ("dispatcher", "scheduler")
    with only_run_on(url):  # as `bryggan run` holds it
        assert run_holds(url)
        assert console_roles(url) == ("dispatcher",)
        other = f"sqlite+aiosqlite:///{tmp_path / 'c.db'}"
        assert console_roles(other) == ("dispatcher", "scheduler")  # control: another file
    assert not run_holds(url)  # the run ended: the lock file stays, free
    assert console_roles("postgresql+asyncpg://postgres@127.0.0.1:5432/test") == (
        "dispatcher",
        "scheduler",
    )  # PostgreSQL chooses a leader among them
