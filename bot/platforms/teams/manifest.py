"""The Teams app package: `manifest.json`, its English strings (`en.json`) and two icons, as
the zip an administrator uploads (Teams admin center, or Apps → Manage your apps → Upload).

The manifest is Swedish by default, with English in `en.json` (`localizationInfo`). A command
menu holds at most 10 commands a list, so the menu offers /help first and then the member
commands used most; every other command is still reached by typing it. The bot reads every
message in the channels and group chats it is in (bridges and mirrors need that) through the
resource-specific permissions `ChannelMessage.Read.Group` and `ChatMessage.Read.Chat`, which a
team's owner grants when installing it. The icons are drawn here, with zlib and struct.
"""

from __future__ import annotations

import io
import json
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from bot.platforms.text import split_text
from handlers.catalogue import CommandSpec
from handlers.i18n import translator

MANIFEST_VERSION = "1.17"
SCHEMA = f"https://developer.microsoft.com/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"
LOCALIZATION_SCHEMA = (
    "https://developer.microsoft.com/json-schemas/teams/"
    f"v{MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json"
)
SCOPES = ("personal", "team", "groupChat")
MENU_SIZE = 10  # commands a command list holds
NAME_SHORT, NAME_FULL, DESCRIPTION_SHORT, DESCRIPTION_FULL = 30, 100, 80, 4000
DEVELOPER_NAME = 32
COMMAND_TITLE, COMMAND_DESCRIPTION = 32, 128
ACCENT = "#1D4E89"
RSC_PERMISSIONS = ("ChannelMessage.Read.Group", "ChatMessage.Read.Chat")
# The member commands used most, in the order the menu shows them (help always first).
MOST_USED = (
    "help", "wish", "wishes", "support", "wish-show", "meetings", "agenda", "round",
    "minutes", "language", "profile", "verify", "my-data",
)  # fmt: skip
# The app's own texts, as a store listing: Swedish (the default) and English.
TEXTS = {
    "sv": {
        "short": "Föreningens bot: önskemål, möten, enkäter och meddelanden",
        "full": (
            "Bryggan är {organisation}s bot. Medlemmar skickar in och stöder "
            "utvecklingsönskemål, svarar på enkäter, föreslår punkter till styrelsens möten och "
            "får föreningens meddelanden, och samtal i kanaler kopplas ihop med föreningens "
            "kanaler på andra plattformar. Skriv hjälp i en privat chatt med Bryggan, eller "
            "@Bryggan hjälp i en kanal, för att se kommandona."
        ),
    },
    "en": {
        "short": "The association's bot: wishes, meetings, surveys and announcements",
        "full": (
            "Bryggan is {organisation}'s bot. Members submit and support development wishes, "
            "answer surveys, propose items for the board's meetings and receive the "
            "association's announcements, and conversations in channels are joined with the "
            "association's channels on other platforms. Type help in a private chat with "
            "Bryggan, or @Bryggan help in a channel, to see the commands."
        ),
    },
}


@dataclass(frozen=True)
class AppInfo:
    """What the manifest says about this installation."""

    app_id: str  # the bot's Entra app registration (TEAMS_APP_ID)
    base_url: str  # https://… where the bot's public pages are (the privacy page)
    host: str | None = None  # the bot's public host, for validDomains
    name: str = "Bryggan"
    organisation: str = "Användarföreningen Castor"
    version: str = "1.0.0"  # the package's version: raise it for every new upload


def _cut(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a sentence or word when one is near."""
    text = " ".join(text.split())
    return text if len(text) <= limit else split_text(text, limit - 1)[0].rstrip(" ,.;:") + "…"


def menu_commands(catalogue: Iterable[CommandSpec], size: int = MENU_SIZE) -> list[CommandSpec]:
    """Help first, then the member commands used most, then the other member commands."""
    members = {spec.name: spec for spec in catalogue if not spec.board_only}
    chosen = [members[name] for name in MOST_USED if name in members]
    chosen += [spec for name, spec in members.items() if name not in MOST_USED]
    return chosen[:size]


def _command(spec: CommandSpec, locale: str) -> dict[str, str]:
    title = (spec.sv or spec.name) if locale == "sv" else spec.name
    description = translator(locale)(spec.description)
    return {"title": title[:COMMAND_TITLE], "description": _cut(description, COMMAND_DESCRIPTION)}


def _texts(app: AppInfo, locale: str) -> dict[str, str]:
    full_name = _cut(f"{app.name} – {app.organisation}", NAME_FULL)
    return {
        "name.short": _cut(app.name, NAME_SHORT),
        "name.full": full_name,
        "description.short": _cut(TEXTS[locale]["short"], DESCRIPTION_SHORT),
        "description.full": _cut(
            TEXTS[locale]["full"].format(organisation=app.organisation), DESCRIPTION_FULL
        ),
    }


def manifest(catalogue: Iterable[CommandSpec], app: AppInfo) -> dict[str, Any]:
    """`manifest.json`, in Swedish."""
    texts = _texts(app, "sv")
    base = app.base_url.rstrip("/")
    commands = [_command(spec, "sv") for spec in menu_commands(catalogue)]
    return {
        "$schema": SCHEMA,
        "manifestVersion": MANIFEST_VERSION,
        "version": app.version,
        "id": app.app_id,
        "localizationInfo": {
            "defaultLanguageTag": "sv",
            "additionalLanguages": [{"languageTag": "en", "file": "en.json"}],
        },
        "developer": {
            "name": _cut(app.organisation, DEVELOPER_NAME),
            "websiteUrl": f"{base}/",
            "privacyUrl": f"{base}/privacy",
            "termsOfUseUrl": f"{base}/privacy",
        },
        "name": {"short": texts["name.short"], "full": texts["name.full"]},
        "description": {"short": texts["description.short"], "full": texts["description.full"]},
        "icons": {"color": "color.png", "outline": "outline.png"},
        "accentColor": ACCENT,
        "bots": [
            {
                "botId": app.app_id,
                "scopes": list(SCOPES),
                "isNotificationOnly": False,
                "supportsFiles": False,
                "supportsCalling": False,
                "supportsVideo": False,
                "commandLists": [{"scopes": list(SCOPES), "commands": commands}],
            }
        ],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": [app.host] if app.host else [],
        "webApplicationInfo": {"id": app.app_id, "resource": f"api://botid-{app.app_id}"},
        "authorization": {
            "permissions": {
                "resourceSpecific": [{"name": n, "type": "Application"} for n in RSC_PERMISSIONS]
            }
        },
    }


def localization(
    catalogue: Iterable[CommandSpec], app: AppInfo, locale: str = "en"
) -> dict[str, str]:
    """The strings of `manifest` in another language (`en.json`)."""
    strings = {"$schema": LOCALIZATION_SCHEMA, **_texts(app, locale)}
    for n, spec in enumerate(menu_commands(catalogue)):
        command = _command(spec, locale)
        strings[f"bots[0].commandLists[0].commands[{n}].title"] = command["title"]
        strings[f"bots[0].commandLists[0].commands[{n}].description"] = command["description"]
    return strings


def package(catalogue: Iterable[CommandSpec], app: AppInfo) -> bytes:
    """The zip to upload: manifest.json, en.json, color.png and outline.png."""
    specs = list(catalogue)
    files = {
        "manifest.json": _json(manifest(specs, app)),
        "en.json": _json(localization(specs, app, "en")),
        "color.png": color_icon(),
        "outline.png": outline_icon(),
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))  # the same bytes
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            archive.writestr(entry, content)
    return buffer.getvalue()


def _json(data: dict[str, Any]) -> bytes:
    return json.dumps(data, ensure_ascii=False, indent=2).encode() + b"\n"


# The icons: a white bridge, on the accent colour (192×192) or alone on nothing (32×32).

Pixel = tuple[int, int, int, int]


def png(width: int, height: int, pixel: Callable[[int, int], Pixel]) -> bytes:
    """An 8-bit RGBA PNG of `pixel(x, y)`."""
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + b"".join(
        _chunk(kind, data)
        for kind, data in ((b"IHDR", header), (b"IDAT", zlib.compress(rows, 9)), (b"IEND", b""))
    )


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _bridge(u: float, v: float) -> bool:
    """Whether the point (u, v) of the unit square is on the bridge: an arch over a deck,
    on two piers."""
    deck = 0.53 <= v <= 0.61 and 0.12 <= u <= 0.88
    distance = ((u - 0.5) ** 2 + (v - 0.61) ** 2) ** 0.5
    arch = v <= 0.61 and 0.30 <= distance <= 0.37
    piers = 0.61 <= v <= 0.75 and (0.16 <= abs(u - 0.5) <= 0.24)
    return deck or arch or piers


def _icon(size: int, background: Pixel | None) -> bytes:
    white, clear = (255, 255, 255, 255), (0, 0, 0, 0)
    ground = background or clear

    def pixel(x: int, y: int) -> Pixel:
        return white if _bridge((x + 0.5) / size, (y + 0.5) / size) else ground

    return png(size, size, pixel)


def color_icon() -> bytes:
    """192×192, full colour."""
    accent = tuple(int(ACCENT[i : i + 2], 16) for i in (1, 3, 5))
    return _icon(192, (accent[0], accent[1], accent[2], 255))


def outline_icon() -> bytes:
    """32×32, white on transparent, as Teams asks of an outline icon."""
    return _icon(32, None)
