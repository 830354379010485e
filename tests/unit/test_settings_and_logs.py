"""Settings are documented and validated; logs are structured and never carry a secret."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import re
from datetime import time
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer
from pydantic import ValidationError

from bot.context import build_context, people_settings
from bot.logs import JsonFormatter, KeyValueFormatter, RedactingFilter
from bot.settings import Settings, SettingsError, load_settings, secret_values
from handlers.clock import FakeClock

ROOT = Path(__file__).resolve().parents[2]


def test_env_example_documents_every_setting_with_a_comment() -> None:
    lines = (ROOT / ".env.example").read_text().splitlines()
    documented: set[str] = set()
    for index, line in enumerate(lines):
        match = re.match(r"^#?\s*([A-Z][A-Z0-9_]+)=", line)
        if match:
            assert lines[index - 1].startswith("#"), f"{match.group(1)} has no comment above it"
            documented.add(match.group(1))
    assert documented == {name.upper() for name in Settings.model_fields}


def test_each_invalid_setting_is_named_with_what_is_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OUTBOX_MAX_ATTEMPTS", "0")
    monkeypatch.setenv("LOG_LEVEL", "loud")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert len(caught.value.lines) == 2
    assert caught.value.lines[0].startswith("LOG_LEVEL: Input should be 'DEBUG'")
    assert caught.value.lines[1] == (
        "OUTBOX_MAX_ATTEMPTS: Input should be greater than or equal to 1 (got '0')"
    )


def test_a_bad_secret_setting_is_named_but_its_value_never_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DATABASE_URL", "mysql://root:Hemligt@db/x")
    monkeypatch.setenv("DATABASE_SCHEMA", "bad schema; drop")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert caught.value.lines == [
        "DATABASE_URL: Value error, must be a SQLite or PostgreSQL URL",
        "DATABASE_SCHEMA: String should match pattern '^[A-Za-z_][A-Za-z0-9_]*$' "
        "(got 'bad schema; drop')",
    ]
    monkeypatch.setenv("DATABASE_URL", "not a url")
    monkeypatch.delenv("DATABASE_SCHEMA")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert caught.value.lines == [
        "DATABASE_URL: Value error, must be a database URL such as "
        "sqlite+aiosqlite:///data/bryggan.db or postgresql+asyncpg://user:password@host/database"
    ]


def test_plain_database_urls_get_the_async_drivers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://bryggan:pw@db.local/bryggan")
    assert load_settings().database_url_value == "postgresql+asyncpg://bryggan:pw@db.local/bryggan"
    monkeypatch.setenv("DATABASE_URL", "sqlite:///data/x.db")
    assert load_settings().database_url_value == "sqlite+aiosqlite:///data/x.db"


def _logger(formatter: logging.Formatter, secrets: list[str]) -> tuple[logging.Logger, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter)
    handler.addFilter(RedactingFilter(secrets))
    logger = logging.getLogger(f"test-{id(stream)}")
    logger.handlers[:] = [handler]
    logger.propagate = False
    logger.setLevel(logging.INFO)
    return logger, stream


def test_secrets_are_redacted_from_messages_arguments_and_tracebacks() -> None:
    logger, stream = _logger(KeyValueFormatter(), ["xoxb-123-secret-token", "pw"])
    logger.info("connecting with %s", "xoxb-123-secret-token", extra={"platform": "slack"})
    try:
        raise RuntimeError("bad token xoxb-123-secret-token")
    except RuntimeError:
        logger.exception("failed")
    output = stream.getvalue()
    assert "xoxb-123-secret-token" not in output
    assert 'msg="connecting with ***" platform="slack"' in output
    assert "bad token ***" in output


def test_json_lines_carry_extra_fields() -> None:
    logger, stream = _logger(JsonFormatter(), [])
    logger.info("delivered", extra={"destination": "slack:C1", "attempt": 2})
    record = json.loads(stream.getvalue())
    assert record["msg"] == "delivered"
    assert record["destination"] == "slack:C1"
    assert record["attempt"] == 2
    assert record["level"] == "info"


def test_wish_lists_and_glossary_are_configurable(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from bot.context import wish_settings

    places = tmp_path / "kommuner.txt"
    places.write_text("Ale\nMora\n", encoding="utf-8")
    monkeypatch.setenv("WISH_MODULES", "Bygg, Miljö ,Ekonomi")
    monkeypatch.setenv("WISH_MUNICIPALITIES_FILE", str(places))
    monkeypatch.setenv("WISH_GLOSSARY", "ka=kontrollansvarig, tb = tekniskt samråd")
    settings = load_settings()
    config, index = wish_settings(settings)
    assert config.modules == ("Bygg", "Miljö", "Ekonomi")
    assert config.municipality("mora kommun") == "Mora" and config.municipality("Huddinge") is None
    assert settings.wish_glossary_entries == {"ka": "kontrollansvarig", "tb": "tekniskt samråd"}
    index.index.add(1, "Kontrollansvarig ska kunna signera")
    assert [n for n, _ in index.index.search("KA ska kunna signera")] == [1]
    monkeypatch.setenv("WISH_MUNICIPALITIES_FILE", str(tmp_path / "saknas.txt"))
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert caught.value.lines[0].startswith("WISH_MUNICIPALITIES_FILE: Value error, no such file")


def test_meeting_settings_reach_the_handlers(tmp_path: Path) -> None:
    settings = Settings(
        database_url=f"sqlite+aiosqlite:///{tmp_path}/m.db",
        meeting_call_days=3,
        meeting_call_time="08:30",
        meeting_agenda_hours=2,
        meeting_reminder_minutes=15,
    )
    config = build_context(settings, FakeClock()).meetings
    assert (config.call_days, config.call_time) == (3, time(8, 30))
    assert (config.agenda_hours, config.reminder_minutes) == (2, 15)
    with pytest.raises(ValidationError):
        Settings(meeting_call_time="25:00")


def test_action_limits_are_read_as_count_and_window(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LIMIT_WISHES", "2/30m")
    monkeypatch.setenv("LIMIT_COMMANDS", "off")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.action_limits() == {
        "wish": (2, 1800),
        "agenda": (3, 86400),
        "support": (60, 3600),
        "comment": (20, 3600),
    }
    people = people_settings(settings)
    assert people.limits["wish"].count == 2 and "command" not in people.limits
    assert people.mail_enabled is False


@pytest.mark.parametrize("value", ["5", "0/1h", "5/0h", "5/1w", "-1/1h", "5/1h ", "many"])
def test_a_bad_action_limit_is_refused(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("LIMIT_SUPPORTS", value)
    with pytest.raises(SettingsError) as refused:
        load_settings()
    assert "LIMIT_SUPPORTS" in str(refused.value)


def test_the_secret_key_makes_codes_stable_and_is_never_shown(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SECRET_KEY", "a-long-secret-for-codes")
    one, two = people_settings(Settings(_env_file=None)), people_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    assert one.code_key == two.code_key, "two processes with one SECRET_KEY agree"
    assert "a-long-secret-for-codes" in secret_values(Settings(_env_file=None))  # type: ignore[call-arg]
    monkeypatch.delenv("SECRET_KEY")
    fresh = people_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    assert fresh.code_key != one.code_key and len(fresh.code_key) == 32


def test_mail_without_a_secret_key_is_warned_about(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("SMTP_HOST", "mail.example.se")
    with caplog.at_level(logging.WARNING, logger="bot.context"):
        people_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    assert "SECRET_KEY is not set" in caplog.text
    caplog.clear()
    monkeypatch.setenv("SECRET_KEY", "a-long-random-key")  # control: with a key, no warning
    with caplog.at_level(logging.WARNING, logger="bot.context"):
        people_settings(Settings(_env_file=None))  # type: ignore[call-arg]
    assert "SECRET_KEY" not in caplog.text


class _Noted(logging.Handler):
    """Keeps each record, formatted by the formatter and filters it is given, and says so."""

    def __init__(self, filters: list[logging.Filter]) -> None:
        super().__init__()
        self.setFormatter(KeyValueFormatter())
        for kept in filters:
            self.addFilter(kept)
        self.lines: list[str] = []
        self.logged = asyncio.Event()

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))
        self.logged.set()


async def _hello(request: web.Request) -> web.Response:
    return web.Response(text="hej")


async def _malformed_request_logged(filters: list[logging.Filter]) -> str:
    """A request with a 9 KB cookie header sent to a real aiohttp server: what its log says."""
    noted = _Noted(filters)
    server_log = logging.getLogger("aiohttp.server")
    server_log.addHandler(noted)
    app = web.Application()
    app.router.add_get("/", _hello)
    try:
        async with TestServer(app, host="127.0.0.1") as server:
            reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
            cookie = b"bryggan_session=live-session-value; other=" + b"x" * 9000
            writer.write(b"GET / HTTP/1.1\r\nHost: bryggan\r\nCookie: " + cookie + b"\r\n\r\n")
            assert (await reader.read()).startswith(b"HTTP/1.0 400")
            writer.close()
            async with asyncio.timeout(10):
                await noted.logged.wait()
    finally:
        server_log.removeHandler(noted)
    return "\n".join(noted.lines)


async def test_a_malformed_request_is_one_warning_without_its_bytes() -> None:
    logged = await _malformed_request_logged([RedactingFilter([])])
    assert "live-session-value" not in logged and "Traceback" not in logged
    assert logged.count("\n") == 0 and "level=warning" in logged
    assert 'msg="refused a malformed request (LineTooLong)"' in logged
    # the control: aiohttp's own record carries the cookie and a traceback
    unfiltered = await _malformed_request_logged([])
    assert "live-session-value" in unfiltered and "Traceback" in unfiltered
