"""Contract-test fixtures: one SQLite database and a catalogue with a few probe commands.

The probes use the catalogue features no foundation command needs yet (a form, live
suggestions) so each adapter proves it carries them; they run through the same generic
code as every real command.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.platforms.registry import capabilities
from handlers.catalogue import Catalogue, Choice, CommandSpec, InteractionSpec, OptionSpec
from handlers.clock import SystemClock
from handlers.commands import build_catalogue
from handlers.context import Call, Context
from handlers.types import (
    Form,
    FormField,
    Interaction,
    Member,
    Message,
    Reply,
    Select,
    SelectOption,
)
from storage.db import Database
from tests.conftest import database_at
from tests.fakes.smtp_server import SmtpServer


async def _open_form(_ctx: Context, call: Call) -> Reply:
    fields = (
        FormField("title", "Rubrik", max_length=120),
        FormField("details", "Beskrivning", long=True, required=False, max_length=2000),
    )
    form = Form("probe.form", "Ny önskan", fields, context=f"from:{call.member.user_id}")
    return Reply(Message(text=""), form=form)


async def _form_sent(_ctx: Context, interaction: Interaction) -> Reply:
    title, details = interaction.values.get("title"), interaction.values.get("details")
    return Reply.text(f"Sparat: {title} / {details} ({interaction.value})")


async def _suggest(_ctx: Context, member: Member, typed: str) -> list[Choice]:
    words = ["bygglov", "bygganmälan", "miljötillsyn", "kartbeställning"]
    return [Choice(w, f"{w} ({member.display_name})") for w in words if w.startswith(typed)]


async def _find(_ctx: Context, call: Call) -> Reply:
    return Reply.text(f"Hittade: {call.values['query']}")


async def _pick(_ctx: Context, _call: Call) -> Reply:
    options = (SelectOption("Bygg", "bygg"), SelectOption("Miljö", "miljo"))
    return Reply(Message(text="Välj modul", selects=(Select("probe.pick", "Modul", options),)))


async def _picked(_ctx: Context, interaction: Interaction) -> Reply:
    return Reply.text(f"Valt: {interaction.value}")


def probe_catalogue() -> Catalogue:
    base = build_catalogue()
    probes = [
        CommandSpec("probe-form", "Open a form", handler=_open_form),
        CommandSpec(
            "probe-find",
            "Find with suggestions",
            options=(OptionSpec("query", "What to find", required=True, suggest=_suggest),),
            handler=_find,
        ),
        CommandSpec("probe-pick", "Pick from a menu", handler=_pick),
    ]
    return Catalogue(
        [*base, *probes],
        interactions=[
            *base.interactions.values(),
            InteractionSpec("probe.form", _form_sent),
            InteractionSpec("probe.pick", _picked),
        ],
    )


@pytest.fixture
async def database(tmp_path: Path) -> AsyncIterator[Database]:
    """A migrated SQLite file of the test's own: a copy of the one migrated per test process
    (migrating took 0.8 s, longer than most contract tests)."""
    async with database_at("sqlite", tmp_path) as target:
        db = target.open()
        yield db
        await db.dispose()


@pytest.fixture
def contract_ctx(database: Database) -> Context:
    return Context(
        db=database, catalogue=probe_catalogue(), clock=SystemClock(), platforms=capabilities()
    )


@pytest.fixture
async def smtp_server() -> AsyncIterator[SmtpServer]:
    """A real SMTP server (aiosmtpd) on loopback, stopped after the test."""
    server = SmtpServer()
    server.start()
    yield server
    server.stop()
