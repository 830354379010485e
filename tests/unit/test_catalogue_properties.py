"""Every option of every catalogue command, fed generated values (hypothesis): the answer is
never an error reference, and a refused command changes nothing stored."""

from __future__ import annotations

import asyncio
import json
import shutil
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from handlers import run as run_module
from handlers.catalogue import CommandSpec, OptionSpec, OptionType
from handlers.clock import FakeClock
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.errors import CommandError
from handlers.run import run_command, run_interaction
from handlers.types import Channel, Command, Interaction, Member, Reply
from storage.db import Database
from storage.metadata import metadata
from storage.migrate import upgrade
from tests.people import verify_all

BO = Member("console", "bo", "Bo", is_board=True, municipality="Växjö")
ROOM = Channel("console", "general", "general")
# Rows every command touches whatever it answers: the member seen, the command counted.
BOOKKEEPING = {"person_actions"}
TOUCHED = {"updated_at", "joined_at"}
TRICKY = st.sampled_from(
    ["", " ", "\u200b\u200b", "\u202eevil", "<@123>", "@everyone", "#999", "0", "-1",
     "#99999999999999999999", "99999999999999999999", "2147483648", "9" * 400, "ja", "nej",
     "2026-02-30", "25:00", "x" * 5000, "DROP TABLE wishes;--", "Bygg", "Kart & mät",
     "https://127.0.0.1/x"]
)  # fmt: skip
TEXT = st.one_of(TRICKY, st.text(max_size=60))
# Past every column's range (SQLite: 64-bit, PostgreSQL: 32-bit) and a driver's.
BOUNDARIES = (2**31, 2**63, 10**20, -(2**63) - 1, "99999999999999999999", "2147483648")


def leaves() -> list[tuple[str, CommandSpec, CommandSpec]]:
    """(display name, root, leaf) for every runnable command and subcommand."""
    found = []
    for root in build_catalogue():
        for leaf in root.subcommands or (root,):
            name = root.name if leaf is root else f"{root.name} {leaf.name}"
            found.append((name, root, leaf))
    return found


def boundary_probes(leaf: CommandSpec) -> list[dict[str, Any]]:
    """Each whole-number option at each boundary, the other required options filled in: a
    few examples chosen, not left to chance."""
    filler = {
        o.name: 1 if o.type is OptionType.INTEGER else (o.choices[0].value if o.choices else "x")
        for o in leaf.options
        if o.required
    }
    integers = [o for o in leaf.options if o.type is OptionType.INTEGER]
    return [{**filler, o.name: value} for o in integers for value in BOUNDARIES]


def value_for(option: OptionSpec) -> st.SearchStrategy[Any]:
    if option.type is OptionType.INTEGER:
        numbers = st.integers(min_value=-(2**70), max_value=2**70)
        return st.one_of(st.sampled_from(BOUNDARIES), numbers, TEXT)
    if option.type is OptionType.BOOLEAN:
        return st.one_of(st.booleans(), TEXT)
    if option.choices:
        return st.one_of(st.sampled_from([c.value for c in option.choices]), TEXT)
    return TEXT


def options_for(leaf: CommandSpec) -> st.SearchStrategy[dict[str, Any]]:
    """Some of the options (required ones too may be left out), each with a generated value."""
    return st.fixed_dictionaries(
        {}, optional={option.name: value_for(option) for option in leaf.options}
    )


async def stored(ctx: Context) -> str:
    """Everything in the database but the bookkeeping every command does, as one text."""
    tables = {}
    async with ctx.db.transaction() as session:
        for table in metadata.sorted_tables:
            if table.name in BOOKKEEPING:
                continue
            columns = [c for c in table.columns if c.name not in TOUCHED]
            rows = (await session.execute(select(*columns).order_by(*table.primary_key))).all()
            tables[table.name] = [[str(v) for v in row] for row in rows]
    return json.dumps(tables, sort_keys=True)


def watching(refusals: list[str]) -> Callable[..., Awaitable[Reply]]:
    """`handlers.run._answer`, noting each command refused with a member's answer."""
    original = run_module._answer

    async def answer(ctx: Context, member: Member, what: str, handle: Any) -> Reply:
        async def watched(known: Member) -> Reply:
            try:
                return await handle(known)
            except CommandError:
                refusals.append(what)
                raise

        return await original(ctx, member, what, watched)

    return answer


@pytest.fixture(scope="module")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated SQLite file per worker, copied for each command (migrating takes longer
    than the examples)."""
    path = tmp_path_factory.mktemp("catalogue") / "migrated.db"

    async def migrate() -> None:
        database = Database(f"sqlite+aiosqlite:///{path}")
        await upgrade(database)
        await database.dispose()

    asyncio.run(migrate())
    return path


@pytest.mark.parametrize(("name", "root", "leaf"), leaves(), ids=lambda v: str(v)[:30])
def test_generated_options_never_crash_and_a_refusal_stores_nothing(
    name: str,
    root: CommandSpec,
    leaf: CommandSpec,
    migrated: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Synchronous, with a loop of its own: hypothesis drives the examples, each one run to
    completion on that loop against one SQLite database (the bounds are the engines' own)."""
    refusals: list[str] = []
    monkeypatch.setattr(run_module, "_answer", watching(refusals))
    subcommand = None if leaf is root else leaf.name
    with asyncio.Runner() as runner:
        shutil.copy(migrated, tmp_path / "bryggan.db")
        ctx = runner.run(_board_member_ready(tmp_path / "bryggan.db"))

        async def one(options: dict[str, Any]) -> None:
            before, refused = await stored(ctx), len(refusals)
            command = Command(root.name, BO, ROOM, subcommand=subcommand, options=options)
            text = (await run_command(ctx, command)).message.text
            assert "Referens" not in text and "Reference" not in text, (name, options, text)
            if len(refusals) > refused:
                assert await stored(ctx) == before, (name, options, text)

        @settings(
            max_examples=5,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        )
        @given(options=options_for(leaf))
        def check(options: dict[str, Any]) -> None:
            runner.run(one(options))

        try:
            for probe in boundary_probes(leaf):
                runner.run(one(probe))
            check()
        finally:
            runner.run(ctx.db.dispose())


async def _board_member_ready(path: Path) -> Context:
    database = Database(f"sqlite+aiosqlite:///{path}")
    ctx = Context(db=database, catalogue=build_catalogue(), clock=FakeClock())
    await verify_all(ctx, BO)
    await run_command(ctx, Command("help", BO, ROOM))
    return ctx


INTERACTION_VALUES = st.one_of(
    st.sampled_from([str(b) for b in BOUNDARIES] + ["1", "1:1", "1:2:3", "0:0:0", ":", "-5"]),
    TEXT,
)


@pytest.mark.parametrize("interaction_id", sorted(build_catalogue().interactions))
def test_generated_clicks_and_forms_never_crash(
    interaction_id: str, migrated: Path, tmp_path: Path
) -> None:
    """A button's value or a form's fields come back from the platform as text anyone can
    forge: whatever arrives, the answer is never an error reference."""
    with asyncio.Runner() as runner:
        shutil.copy(migrated, tmp_path / "bryggan.db")
        ctx = runner.run(_board_member_ready(tmp_path / "bryggan.db"))

        async def one(value: str, values: dict[str, str]) -> None:
            reply = await run_interaction(ctx, Interaction(interaction_id, BO, ROOM, value, values))
            text = reply.message.text
            assert "Referens" not in text and "Reference" not in text, (value, values, text)

        @settings(max_examples=8, deadline=None, derandomize=True, database=None)
        @given(
            value=INTERACTION_VALUES,
            values=st.dictionaries(st.sampled_from(FIELD_NAMES), INTERACTION_VALUES, max_size=4),
        )
        def check(value: str, values: dict[str, str]) -> None:
            runner.run(one(value, values))

        try:
            for boundary in BOUNDARIES:
                runner.run(one(str(boundary), {}))
            check()
        finally:
            runner.run(ctx.db.dispose())


FIELD_NAMES = ["title", "module", "description", "text", "closes", "questions", "q1", "q2",
               "intro", "link", "summary", "date", "number", "wish"]  # fmt: skip
