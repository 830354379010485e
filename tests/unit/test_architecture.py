"""The arrows go bot → handlers → storage: checked on the import statements themselves."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = {
    "handlers": {"bot", "discord", "slack_bolt", "slack_sdk", "aiohttp"},
    "storage": {"bot", "handlers", "discord", "slack_bolt", "slack_sdk", "aiohttp"},
}


def imported_top_levels(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_does_not_import_outward(package: str) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files
    offenders = {
        str(path.relative_to(ROOT)): sorted(imported_top_levels(path) & FORBIDDEN[package])
        for path in files
        if imported_top_levels(path) & FORBIDDEN[package]
    }
    assert offenders == {}


def test_source_files_stay_small() -> None:
    too_long = {
        str(path.relative_to(ROOT)): n
        for package in ("bot", "handlers", "storage")
        for path in (ROOT / package).rglob("*.py")
        if (n := len(path.read_text().splitlines())) > 450
    }
    assert too_long == {}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


# What a platform adapter may take from handlers: the door, and the plain types and texts it
# renders and parses. Use cases, the context and the database are behind the door.
ADAPTER_MAY_USE = {
    "handlers.door", "handlers.types", "handlers.ports", "handlers.catalogue", "handlers.i18n",
    "handlers.errors", "handlers.parsing", "handlers.capabilities", "handlers.public_config",
    "handlers.mail.fanout", "handlers.people.codes", "handlers.forms", "handlers.core.text",
    "handlers.catalogue_outline", "handlers.web_address",
}  # fmt: skip


def test_platform_adapters_reach_handlers_through_the_door_alone() -> None:
    offenders: dict[str, list[str]] = {}
    for path in sorted((ROOT / "bot" / "platforms").rglob("*.py")):
        modules = imported_modules(path)
        wrong = sorted(
            m
            for m in modules
            if m.split(".")[0] == "storage"
            or (m.split(".")[0] == "handlers" and m not in ADAPTER_MAY_USE)
        )
        if wrong or ".ctx." in path.read_text():
            offenders[str(path.relative_to(ROOT))] = wrong or ["uses a Context"]
    assert offenders == {}


# handlers/ writes no SQL: its queries live in storage's repositories, and it takes nothing
# from sqlalchemy but the session types it passes on to them: an ORM session, or the read-only
# connection storage hands out for a large read (`Database.core`).
SESSION_TYPES = {"sqlalchemy.ext.asyncio.AsyncSession", "sqlalchemy.ext.asyncio.AsyncConnection"}


def sqlalchemy_imports(path: Path) -> set[str]:
    """Every name taken from a sqlalchemy module, as `module.name` (also under TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.split(".")[0] == "sqlalchemy")
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            found.update(f"{node.module}.{a.name}" for a in node.names)
    return {name for name in found if name.split(".")[0] == "sqlalchemy"}


def test_handlers_use_no_sqlalchemy_but_the_session_type() -> None:
    files = sorted((ROOT / "handlers").rglob("*.py"))
    assert files
    offenders: dict[str, list[str]] = {}
    for path in files:
        name = str(path.relative_to(ROOT))
        wrong = sqlalchemy_imports(path) - SESSION_TYPES
        if wrong:
            offenders[name] = sorted(wrong)
    assert offenders == {}
