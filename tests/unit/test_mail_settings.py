"""SMTP settings: one URL or the parts, secrets kept out of logs, clear start-up errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.platforms.email.platform import EmailPlatform, build_email_platform
from bot.settings import SettingsError, SmtpSettings, load_settings, secret_values
from handlers.commands import build_catalogue
from handlers.context import Context
from handlers.door import Door
from handlers.public_config import PublicConfig
from storage.db import Database

BASE = {"MAIL_FROM": "Bryggan <bryggan@example.se>", "PUBLIC_BASE_URL": "https://b.example.se"}


@pytest.fixture(autouse=True)
def _clean(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SMTP_URL", "SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_TLS",
                 "MAIL_FROM", "PUBLIC_BASE_URL"):  # fmt: skip
        monkeypatch.delenv(name, raising=False)


def use(monkeypatch: pytest.MonkeyPatch, **env: str) -> None:
    for name, value in env.items():
        monkeypatch.setenv(name, value)


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        (
            {"SMTP_URL": "smtp://bryggan%40example.se:p%40ss%3Aw@mail.example.se:2525"},
            SmtpSettings("mail.example.se", 2525, "starttls", "bryggan@example.se", "p@ss:w", 30),
        ),
        (
            {"SMTP_URL": "smtps://u:pw@mail.example.se", "SMTP_TLS": "starttls"},
            SmtpSettings("mail.example.se", 465, "ssl", "u", "pw", 30),
        ),
        (
            {"SMTP_URL": "smtp://relay.local", "SMTP_TLS": "none"},
            SmtpSettings("relay.local", 25, "none", None, None, 30),
        ),
        (
            {"SMTP_HOST": "mail.example.se", "SMTP_USER": "u", "SMTP_PASSWORD": "pw"},
            SmtpSettings("mail.example.se", 587, "starttls", "u", "pw", 30),
        ),
        (
            {"SMTP_HOST": "mail.example.se", "SMTP_PORT": "465", "SMTP_TLS": "ssl"},
            SmtpSettings("mail.example.se", 465, "ssl", None, None, 30),
        ),
    ],
)
def test_smtp_is_resolved_from_the_url_or_the_parts(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], expected: SmtpSettings
) -> None:
    use(monkeypatch, **BASE, **env)
    assert load_settings().smtp() == expected


def test_no_smtp_means_no_mail_and_no_complaint(monkeypatch: pytest.MonkeyPatch) -> None:
    assert load_settings().smtp() is None


def test_the_smtp_password_is_a_secret_also_inside_the_url(monkeypatch: pytest.MonkeyPatch) -> None:
    use(monkeypatch, **BASE, SMTP_URL="smtp://u:hemligt%21ord@mail.example.se:587")
    found = secret_values(load_settings())
    assert "hemligt!ord" in found and "hemligt%21ord" in found
    monkeypatch.delenv("SMTP_URL")
    use(monkeypatch, SMTP_HOST="mail.example.se", SMTP_USER="u", SMTP_PASSWORD="annat-hemligt")
    assert "annat-hemligt" in secret_values(load_settings())


def test_smtp_without_a_sender_is_a_one_line_start_up_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use(monkeypatch, SMTP_HOST="mail.example.se", PUBLIC_BASE_URL="https://b.example.se")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert caught.value.lines == [
        "MAIL_FROM: set the sender (e.g. Bryggan <bryggan@example.se>) beside SMTP_URL or SMTP_HOST"
    ]


def test_the_vendors_address_needs_mail_and_must_be_an_address(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use(monkeypatch, VENDOR_HELPDESK_ADDRESS="helpdesk@vendor.example")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert caught.value.lines == ["VENDOR_HELPDESK_ADDRESS: set SMTP_URL or SMTP_HOST too"]
    use(monkeypatch, **BASE, SMTP_HOST="mail.example.se")
    assert load_settings().vendor_helpdesk_address == "helpdesk@vendor.example"
    use(monkeypatch, VENDOR_HELPDESK_ADDRESS="helpdesk at vendor")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert caught.value.lines[0].startswith("VENDOR_HELPDESK_ADDRESS")


def test_smtp_needs_a_public_address_and_whole_credentials(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    use(monkeypatch, SMTP_HOST="mail.example.se", SMTP_USER="u", MAIL_FROM="b@example.se")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert [line.split(":")[0] for line in caught.value.lines] == [
        "SMTP_PASSWORD",
        "PUBLIC_BASE_URL",
    ]


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://u:Hemlis@mail.kommun.test", "must start with smtp://"),
        ("smtp://u:Hemlis@:587", "needs a host"),
        ("smtp://u:Hemlis@mail.kommun.test:99999", "port"),
    ],
)
def test_a_bad_smtp_url_is_named_but_never_shown(
    monkeypatch: pytest.MonkeyPatch, url: str, why: str
) -> None:
    use(monkeypatch, **BASE, SMTP_URL=url)
    with pytest.raises(SettingsError) as caught:
        load_settings()
    [line] = caught.value.lines
    assert line.startswith("SMTP_URL: Value error,") and why in line
    assert "Hemlis" not in line and "kommun.test" not in line


def test_the_platform_is_built_only_when_smtp_is_configured(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ctx = Context(
        db=Database("sqlite+aiosqlite:///:memory:"),
        catalogue=build_catalogue(),
        public=PublicConfig("https://b.example.se", "Föreningen"),
    )
    use(monkeypatch, **BASE)
    assert build_email_platform(load_settings(), Door(ctx)) is None
    use(monkeypatch, SMTP_URL="smtps://u:pw@mail.example.se")
    email = build_email_platform(load_settings(), Door(ctx))
    assert isinstance(email, EmailPlatform)
    assert (email.name, email.connected) == ("email", True)
    assert (email.config.host, email.config.port, email.config.tls) == (
        "mail.example.se",
        465,
        "ssl",
    )
    assert email.sender.address == "bryggan@example.se"


def test_a_private_ca_file_must_exist_and_reaches_the_pool(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    use(monkeypatch, **BASE, SMTP_URL="smtp://relay.kommun.test", SMTP_CA_FILE="/nowhere/ca.pem")
    with pytest.raises(SettingsError) as caught:
        load_settings()
    assert caught.value.lines == ["SMTP_CA_FILE: no such file: /nowhere/ca.pem"]
    ca = tmp_path / "ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    use(monkeypatch, SMTP_CA_FILE=str(ca))
    ctx = Context(
        db=Database("sqlite+aiosqlite:///:memory:"),
        catalogue=build_catalogue(),
        public=PublicConfig("https://b.example.se", "Föreningen"),
    )
    email = build_email_platform(load_settings(), Door(ctx))
    assert email is not None and email.config.tls_cafile == str(ca)
