"""One `bryggan run` per SQLite file. SQLite cannot be shared between machines, and two
processes on one file would both connect to every chat platform and handle every event
twice: the second is refused at start, with a clear message. PostgreSQL is how several
processes run together (README, "Running more than one process" to come with roles).

The lock is the operating system's (`flock` on a file beside the database): it goes with
the process however that ends, even by kill -9, so a crash never leaves a stale lock.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from storage.migrate import sqlite_path

LOCK_SUFFIX = ".run-lock"


class AlreadyRunning(Exception):
    """Another `bryggan run` holds the SQLite file."""


def sqlite_file(url: str) -> Path | None:
    """The database file a SQLite URL names; None for another engine or an in-memory one."""
    database = sqlite_path(url)
    return None if database is None else Path(database).resolve()


@contextmanager
def only_run_on(url: str) -> Iterator[None]:
    """Hold the database's run lock while the block runs (nothing to hold off SQLite)."""
    database = sqlite_file(url)
    if database is None:
        yield
        return
    lock = database.with_name(database.name + LOCK_SUFFIX)
    handle = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise AlreadyRunning(str(database)) from None
        yield
    finally:
        os.close(handle)


def run_holds(url: str) -> bool:
    """Whether a `bryggan run` holds the database's run lock now (False off SQLite): a
    console opened beside it leaves the timed jobs to that run's scheduler."""
    database = sqlite_file(url)
    if database is None:
        return False
    lock = database.with_name(database.name + LOCK_SUFFIX)
    try:
        handle = os.open(lock, os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    else:
        fcntl.flock(handle, fcntl.LOCK_UN)
        return False
    finally:
        os.close(handle)


def console_roles(url: str) -> tuple[str, ...]:
    """A console's roles: it delivers (its own channel's posts too) and runs the timed jobs,
    unless a `bryggan run` on the same SQLite file already runs them (a SQLite database has
    no leader to choose between the two)."""
    return ("dispatcher",) if run_holds(url) else ("dispatcher", "scheduler")
