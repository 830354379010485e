"""The Teams app package: what the zip holds, a manifest within Teams' limits with a menu of at
most ten member commands in Swedish and English, icons of the sizes Teams asks for, and
`bryggan teams-manifest` writing it (or saying what is missing)."""

from __future__ import annotations

import argparse
import io
import json
import os
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path
from typing import Any

import pytest

from bot.platforms.teams import cli
from bot.platforms.teams.manifest import (
    AppInfo,
    color_icon,
    localization,
    manifest,
    menu_commands,
    outline_icon,
    package,
)
from bot.settings import Settings
from handlers.catalogue import CommandSpec
from handlers.commands import build_catalogue
from handlers.i18n import translator

APP_ID = "0b2e8f5c-6a1d-4c3e-9f7a-1d2c3b4a5e6f"
APP = AppInfo(app_id=APP_ID, base_url="https://bryggan.example.se", host="bryggan.example.se")
CATALOGUE = list(build_catalogue())


def unzip(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


def png_header(data: bytes) -> tuple[int, int, int, int]:
    """(width, height, bit depth, colour type) from the IHDR, every chunk's CRC checked."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    position, chunks = 8, {}
    while position < len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        body = data[position + 8 : position + 8 + length]
        (crc,) = struct.unpack(">I", data[position + 8 + length : position + 12 + length])
        assert crc == zlib.crc32(kind + body), kind
        chunks[kind] = body
        position += 12 + length
    assert list(chunks) == [b"IHDR", b"IDAT", b"IEND"]
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert len(zlib.decompress(chunks[b"IDAT"])) == height * (1 + 4 * width)
    return width, height, depth, colour


def alphas(data: bytes) -> set[int]:
    width, height, _depth, _colour = png_header(data)
    start = data.index(b"IDAT") + 4
    (length,) = struct.unpack(">I", data[start - 8 : start - 4])
    rows = zlib.decompress(data[start : start + length])
    stride = 1 + 4 * width
    return {rows[y * stride + 1 + 4 * x + 3] for y in range(height) for x in range(width)}


def test_the_package_holds_the_manifest_its_english_and_two_icons() -> None:
    files = unzip(package(CATALOGUE, APP))
    assert sorted(files) == ["color.png", "en.json", "manifest.json", "outline.png"]
    found = json.loads(files["manifest.json"])
    assert found == manifest(CATALOGUE, APP)
    assert json.loads(files["en.json"]) == localization(CATALOGUE, APP, "en")
    assert package(CATALOGUE, APP) == package(CATALOGUE, APP)  # the same bytes every time


def test_the_manifest_names_the_bot_its_scopes_and_permissions() -> None:
    found = manifest(CATALOGUE, APP)
    assert found["manifestVersion"] == "1.17"
    assert found["$schema"].endswith("/v1.17/MicrosoftTeams.schema.json")
    assert found["id"] == APP_ID
    (bot,) = found["bots"]
    assert bot["botId"] == APP_ID
    assert bot["scopes"] == ["personal", "team", "groupChat"]
    assert found["webApplicationInfo"]["id"] == APP_ID
    assert found["authorization"]["permissions"]["resourceSpecific"] == [
        {"name": "ChannelMessage.Read.Group", "type": "Application"},
        {"name": "ChatMessage.Read.Chat", "type": "Application"},
    ]
    assert found["localizationInfo"] == {
        "defaultLanguageTag": "sv",
        "additionalLanguages": [{"languageTag": "en", "file": "en.json"}],
    }
    assert found["icons"] == {"color": "color.png", "outline": "outline.png"}
    assert found["validDomains"] == ["bryggan.example.se"]
    assert found["developer"]["privacyUrl"] == "https://bryggan.example.se/privacy"
    assert all(
        found["developer"][k].startswith("https://")
        for k in ("websiteUrl", "privacyUrl", "termsOfUseUrl")
    )
    without_host = AppInfo(app_id=APP_ID, base_url="https://bryggan.example.se")
    assert manifest(CATALOGUE, without_host)["validDomains"] == []


def test_the_menu_is_help_then_the_member_commands_used_most_in_swedish() -> None:
    (menu,) = manifest(CATALOGUE, APP)["bots"][0]["commandLists"]
    commands = menu["commands"]
    assert len(commands) == 10
    assert [c["title"] for c in commands[:4]] == ["hjälp", "önskemål", "önskemålslista", "stöd"]
    by_title = {(s.sv or s.name): s for s in CATALOGUE}
    sv = translator("sv")
    for command in commands:
        spec = by_title[command["title"]]
        assert not spec.board_only
        assert command["description"] == sv(spec.description)
    assert commands[0]["description"] == "Visa kommandona du kan använda"


def test_english_strings_match_the_menu_one_for_one() -> None:
    english = localization(CATALOGUE, APP, "en")
    specs = menu_commands(CATALOGUE)
    for n, spec in enumerate(specs):
        assert english[f"bots[0].commandLists[0].commands[{n}].title"] == spec.name
        assert english[f"bots[0].commandLists[0].commands[{n}].description"] == spec.description
    assert english["bots[0].commandLists[0].commands[0].description"] == (
        "Show the commands you may use"
    )
    assert f"bots[0].commandLists[0].commands[{len(specs)}].title" not in english
    for key in ("name.short", "name.full", "description.short", "description.full"):
        assert english[key]
    assert english["description.short"] != manifest(CATALOGUE, APP)["description"]["short"]


def test_a_large_catalogue_still_gives_ten_commands_a_list() -> None:
    many = [CommandSpec(f"cmd{n}", f"Command number {n}") for n in range(25)]
    many.append(CommandSpec("secret", "Board only", board_only=True))
    menu = manifest(many, APP)["bots"][0]["commandLists"]
    assert all(len(entry["commands"]) <= 10 for entry in menu)
    assert menu[0]["commands"][0]["title"] == "cmd0"
    assert "secret" not in json.dumps(menu)
    # Control: the catalogue really had more to offer than a list may hold.
    assert len([s for s in many if not s.board_only]) > 10


def lengths(strings: dict[str, Any]) -> dict[str, int]:
    return {key: len(value) for key, value in strings.items() if isinstance(value, str)}


LIMITS = {"name.short": 30, "name.full": 100, "description.short": 80, "description.full": 4000}


def within_limits(found: dict[str, Any], english: dict[str, str]) -> list[str]:
    wrong = []
    flat = {
        "name.short": found["name"]["short"],
        "name.full": found["name"]["full"],
        "description.short": found["description"]["short"],
        "description.full": found["description"]["full"],
    }
    for strings in (flat, english):
        for key, limit in LIMITS.items():
            if len(strings[key]) > limit:
                wrong.append(key)
    if len(found["developer"]["name"]) > 32:
        wrong.append("developer.name")
    for command in found["bots"][0]["commandLists"][0]["commands"]:
        if len(command["title"]) > 32 or len(command["description"]) > 128:
            wrong.append(command["title"])
    for key, size in lengths(english).items():
        if (key.endswith(".title") and size > 32) or (key.endswith(".description") and size > 128):
            wrong.append(key)
    return wrong


def test_every_string_keeps_within_teams_limits_however_long_the_names() -> None:
    assert within_limits(manifest(CATALOGUE, APP), localization(CATALOGUE, APP)) == []
    wordy = AppInfo(
        app_id=APP_ID,
        base_url="https://bryggan.example.se",
        name="Bryggan för alla kommunala Castoradministratörer",
        organisation="Användarföreningen för Castor i Sveriges kommuner och regioner " * 2,
    )
    long_command = CommandSpec("x" * 40, "A description that goes on and on. " * 10)
    specs = [*CATALOGUE, long_command]
    assert within_limits(manifest(specs, wordy), localization(specs, wordy)) == []
    assert manifest(specs, wordy)["name"]["short"].endswith("…")


def test_the_icons_are_192_and_32_pixels_in_rgba() -> None:
    assert png_header(color_icon()) == (192, 192, 8, 6)
    assert png_header(outline_icon()) == (32, 32, 8, 6)
    assert alphas(color_icon()) == {255}  # full colour, no transparency
    assert alphas(outline_icon()) == {0, 255}  # white on transparent
    files = unzip(package(CATALOGUE, APP))
    assert png_header(files["color.png"])[:2] == (192, 192)
    assert png_header(files["outline.png"])[:2] == (32, 32)


# The command.


def parsed(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="bryggan")
    cli.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["teams-manifest", *argv])


def settings(**values: Any) -> Settings:
    return Settings(**{"public_base_url": None, "teams_app_id": APP_ID, **values})


def test_the_command_parses_its_options() -> None:
    assert parsed().output == "bryggan-teams.zip" and parsed().host is None
    args = parsed("--output", "x.zip", "--host", "b.example.se")
    assert (args.output, args.host) == ("x.zip", "b.example.se")


async def test_the_command_writes_the_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "teams.zip"
    code = await cli.run(settings(), parsed("--output", str(target), "--host", "b.example.se"))
    assert code == 0
    files = unzip(target.read_bytes())
    found = json.loads(files["manifest.json"])
    assert found["id"] == APP_ID and found["validDomains"] == ["b.example.se"]
    assert found["developer"]["websiteUrl"] == "https://b.example.se/"
    assert str(target) in capsys.readouterr().out


async def test_the_command_takes_the_public_address_when_no_host_is_given(tmp_path: Path) -> None:
    target = tmp_path / "teams.zip"
    chosen = settings(public_base_url="https://example.se/bryggan")
    assert await cli.run(chosen, parsed("--output", str(target))) == 0
    found = json.loads(unzip(target.read_bytes())["manifest.json"])
    assert found["developer"]["privacyUrl"] == "https://example.se/bryggan/privacy"
    assert found["validDomains"] == []


@pytest.mark.parametrize(
    ("values", "argv", "said"),
    [
        ({"teams_app_id": ""}, ("--host", "b.example.se"), "TEAMS_APP_ID"),
        ({}, ("--host", "not a host/"), "--host"),
        ({}, (), "PUBLIC_BASE_URL"),
        ({"public_base_url": "http://example.se"}, (), "https"),
    ],
)
async def test_the_command_says_what_is_missing(
    values: dict[str, Any],
    argv: tuple[str, ...],
    said: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = tmp_path / "teams.zip"
    code = await cli.run(settings(**values), parsed("--output", str(target), *argv))
    assert code == 2
    assert said in capsys.readouterr().err
    assert not target.exists()


PROBE = """
import argparse, asyncio, json, sys
from bot.settings import Settings
from bot.platforms.teams import cli
settings = Settings(teams_app_id=sys.argv[1], public_base_url=None)
args = argparse.Namespace(output=sys.argv[2], host="b.example.se")
code = asyncio.run(cli.run(settings, args))
before = sorted({m.split(".")[0] for m in sys.modules})
import handlers.commands  # the catalogue with its use cases: what the command must avoid
after = sorted({m.split(".")[0] for m in sys.modules})
print(json.dumps({"code": code, "before": before, "after": after}))
"""


def test_the_command_loads_neither_the_database_layer_nor_a_client(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, APP_ID, str(tmp_path / "teams.zip")],
        cwd=Path(__file__).resolve().parents[2],
        env={k: v for k, v in os.environ.items() if not k.startswith(("TEAMS_", "PUBLIC_"))},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    report = json.loads(done.stdout.splitlines()[-1])
    assert report["code"] == 0, done.stderr
    heavy = {"sqlalchemy", "aiohttp", "discord", "slack_bolt", "mautrix", "jwt"}
    assert set(report["before"]) & heavy == set()
    assert "sqlalchemy" in report["after"]  # control: the probe does see what a module loads
