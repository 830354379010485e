"""How long `bryggan` takes to start (issue #17), side by side with the time Python needs to
import SQLAlchemy's asyncio engine and aiosqlite — the least any database command can cost.

    .venv/bin/python benchmarks/startup.py [--runs 5] [--wishes 90]

Makes a SQLite database in a temporary directory with `--wishes` wishes (through
`bryggan wishes import`), then runs, alternating so that a busy machine slows each alike:
the baseline `python -c 'import sqlalchemy.ext.asyncio, aiosqlite'`, `bryggan --help` and
`bryggan wishes similar TEXT`. Prints the median wall time of each and its ratio to the
baseline; the goals are --help ≤ 1.0 × and wishes similar ≤ 2.0 ×.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
SCRIPT = Path(PYTHON).with_name("bryggan")  # the installed console script, when there is one
BRYGGAN = (
    [str(SCRIPT)]
    if SCRIPT.is_file()
    else [PYTHON, "-c", "import sys; from bot.cli import main; sys.exit(main())"]
)
GOALS = {"--help": 1.0, "wishes similar": 2.0}
MODULES = ["Bygg", "Miljö", "BAB", "Kart & mät", "Övrigt"]
WORDS = [
    "bygglov", "sökning", "handlingar", "mejl", "notiser", "karta", "export", "signering",
    "ärendebalans", "tillsyn", "avgift", "fastighet", "beslut", "mall", "e-tjänst",
]  # fmt: skip


def _timed(command: list[str], env: dict[str, str]) -> float:
    """Wall time of one run, in a directory without a `.env`."""
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=env["HOME"], check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def _wishes_csv(path: Path, count: int) -> Path:
    lines = ["external_id,title,module"]
    for n in range(count):
        words = [WORDS[(n * 7 + k * 3) % len(WORDS)] for k in range(3)]
        lines.append(f"B-{n},{' '.join(words).capitalize()} nr {n},{MODULES[n % len(MODULES)]}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each (median; default 5)")
    parser.add_argument("--wishes", type=int, default=90, help="wishes in the database")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DATABASE_", "LOG_"))}
        env.update(
            DATABASE_URL=f"sqlite+aiosqlite:///{Path(tmp) / 'bench.db'}",
            PYTHONPATH=str(ROOT),
            LOG_LEVEL="WARNING",
            HOME=tmp,
        )
        source = _wishes_csv(Path(tmp) / "wishes.csv", args.wishes)
        _timed([*BRYGGAN, "wishes", "import", str(source)], env)
        commands = {
            "baseline": [PYTHON, "-c", "import sqlalchemy.ext.asyncio, aiosqlite"],
            "--help": [*BRYGGAN, "--help"],
            "wishes similar": [*BRYGGAN, "wishes", "similar", "sökning i bygglov"],
        }
        for command in commands.values():  # warm the file cache and .pyc files first
            _timed(command, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(_timed(command, env))
    medians = {name: statistics.median(runs) for name, runs in times.items()}
    base = medians["baseline"]
    print(f"{'':<16} {'median':>8} {'ratio':>7} {'goal':>6}")
    for name, median in medians.items():
        goal = f"≤ {GOALS[name]:.1f}" if name in GOALS else ""
        print(f"{name:<16} {median:>7.3f}s {median / base:>6.2f}× {goal:>6}")


if __name__ == "__main__":
    main()
