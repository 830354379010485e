"""Settings from the environment and `.env` (pydantic-settings); every one is in `.env.example`."""

from __future__ import annotations

import contextlib
import difflib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path
from typing import Literal
from urllib.parse import unquote, urlsplit

from dotenv import dotenv_values
from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from storage.migrate import DatabaseUrl  # SQLAlchemy's URL grammar without SQLAlchemy

DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///data/bryggan.db"
ENV_FILE = ".env"
SmtpTls = Literal["starttls", "ssl", "none"]
SMTP_DEFAULT_PORTS: dict[str, int] = {"starttls": 587, "ssl": 465, "none": 25}


@dataclass(frozen=True)
class SmtpSettings:
    """The mail server as resolved from SMTP_URL or the SMTP_* parts."""

    host: str
    port: int
    tls: SmtpTls
    username: str | None
    password: str | None
    timeout_seconds: float


LIMIT_PATTERN = r"^(off|[1-9]\d{0,4}/[1-9]\d{0,3}[smhd])$"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=ENV_FILE, env_file_encoding="utf-8", extra="ignore", case_sensitive=False
    )

    database_url: SecretStr = Field(SecretStr(DEFAULT_DATABASE_URL))
    database_schema: str | None = Field(None, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = "INFO"
    log_format: Literal["kv", "json"] = "kv"
    default_locale: Literal["sv", "en"] = "sv"

    web_host: str = "127.0.0.1"
    web_port: int = Field(8080, ge=0, le=65535)
    web_enabled: bool = True

    console: Literal["auto", "on", "off"] = "auto"
    console_channel: str = Field("general", min_length=1, max_length=80)

    outbox_lease_seconds: float = Field(60.0, gt=0)
    outbox_send_timeout_seconds: float = Field(20.0, gt=0)
    outbox_max_attempts: int = Field(8, ge=1, le=100)
    outbox_give_up_hours: float = Field(24.0, ge=0, le=24 * 30)
    outbox_backoff_base_seconds: float = Field(2.0, gt=0)
    outbox_backoff_max_seconds: float = Field(30.0, gt=0, le=3600)
    outbox_poll_seconds: float = Field(2.0, gt=0)
    outbox_concurrency: int = Field(64, ge=1, le=256)

    discord_token: SecretStr | None = None
    discord_guild_ids: str = Field("", pattern=r"^[\d,\s]*$")
    discord_board_role: str = "Styrelsen"
    discord_api_base_url: str | None = Field(None, pattern=r"^https?://")

    slack_bot_token: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_board_usergroup: str = ""
    slack_board_users: str = ""
    slack_api_url: str | None = Field(None, pattern=r"^https?://")
    slack_umbrella_command: str = Field("bryggan", pattern=r"^[a-z0-9_-]{1,31}$")
    slack_command_prefix: str = Field("", pattern=r"^[a-z0-9_-]{0,10}$")

    matrix_homeserver: str | None = Field(None, pattern=r"^https?://")
    matrix_user_id: str = Field("", pattern=r"^(@[^:\s]+:\S+)?$")
    matrix_access_token: SecretStr | None = None
    matrix_board_room: str = Field("", pattern=r"^([!#][^:\s]+:\S+)?$")
    matrix_board_users: str = ""

    # Microsoft Teams (a single-tenant bot); Microsoft's addresses move for tests and clouds.
    teams_app_id: str = Field("", pattern=r"^([0-9a-fA-F-]{36})?$")
    teams_app_password: SecretStr | None = None
    teams_tenant_id: str = Field("", pattern=r"^([0-9a-fA-F-]{36})?$")
    teams_board_users: str = Field("", pattern=r"^[0-9a-fA-F,\s-]*$")
    teams_board_team: str = ""
    teams_openid_metadata_url: str = Field(
        "https://login.botframework.com/v1/.well-known/openidconfiguration", pattern=r"^https?://"
    )
    teams_login_url: str = Field("https://login.microsoftonline.com", pattern=r"^https?://")
    teams_service_url: str = Field("https://smba.trafficmanager.net/teams/", pattern=r"^https?://")

    feed_poll_interval: int = Field(600, ge=60, le=86400)
    feed_allow_private_addresses: bool = False
    feed_timeout_seconds: float = Field(20.0, gt=0, le=120)
    feed_max_bytes: int = Field(5_000_000, ge=10_000)
    feed_concurrency: int = Field(8, ge=1, le=64)
    feed_window_days: int = Field(14, ge=1, le=3650)
    feed_posts_per_poll: int = Field(5, ge=1, le=50)
    feed_max_failures: int = Field(5, ge=1, le=100)

    wish_modules: str = Field("Bygg,Miljö,BAB,Kart & mät,Övrigt", min_length=1)
    wish_municipalities_file: str | None = None
    wish_glossary: str = ""
    vendor_helpdesk_address: str = Field("", pattern=r"^([^@\s<>,]+@[^@\s<>,]+\.[^@\s<>,]+)?$")

    meeting_call_days: int = Field(7, ge=1, le=60)
    meeting_call_time: str = Field("09:00", pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
    meeting_agenda_hours: int = Field(24, ge=1, le=24 * 14)
    meeting_reminder_minutes: int = Field(60, ge=5, le=24 * 60)

    survey_reminder_hours: int = Field(48, ge=1, le=24 * 30)

    # Per-person limits, COUNT/WINDOW with the window in s, m, h or d, or "off".
    limit_wishes: str = Field("5/1h", pattern=LIMIT_PATTERN)
    limit_agenda_proposals: str = Field("3/1d", pattern=LIMIT_PATTERN)
    limit_supports: str = Field("60/1h", pattern=LIMIT_PATTERN)
    limit_comments: str = Field("20/1h", pattern=LIMIT_PATTERN)
    limit_commands: str = Field("30/1m", pattern=LIMIT_PATTERN)
    # The key verification codes are computed with; unset, one is made at every start.
    secret_key: SecretStr | None = None

    public_base_url: str | None = Field(None, pattern=r"^https?://")
    public_site_name: str = Field("Användarföreningen Castor", min_length=1, max_length=120)
    # Proxies whose X-Forwarded-For is believed (addresses or networks, comma-separated).
    trusted_proxies: str = ""
    # Host names the pages answer to without PUBLIC_BASE_URL (comma-separated; empty: any).
    allowed_hosts: str = ""
    # The public subscription form, per client address, per recipient domain and in all.
    limit_subscribe_client: str = Field("5/1h", pattern=LIMIT_PATTERN)
    limit_subscribe_domain: str = Field("30/1h", pattern=LIMIT_PATTERN)
    limit_subscribe_total: str = Field("200/1h", pattern=LIMIT_PATTERN)
    # Who answers for the personal data, shown on /privacy (a name and an address).
    privacy_contact: str = Field("", max_length=300)

    # How long personal data is kept, in days (README: "Your data"; applied daily).
    retain_sent_deliveries_days: int = Field(30, ge=1, le=3650)
    retain_failed_deliveries_days: int = Field(90, ge=1, le=3650)
    retain_feed_entries_days: int = Field(180, ge=1, le=3650)
    retain_unconfirmed_subscriptions_days: int = Field(7, ge=1, le=3650)
    retain_verification_codes_days: int = Field(1, ge=1, le=3650)
    retain_bridged_messages_days: int = Field(90, ge=1, le=3650)

    smtp_url: SecretStr | None = None
    smtp_host: str | None = None
    smtp_port: int | None = Field(None, ge=1, le=65535)
    smtp_user: str | None = None
    smtp_password: SecretStr | None = None
    smtp_tls: SmtpTls = "starttls"
    smtp_timeout_seconds: float = Field(30.0, gt=0, le=300)
    smtp_pool_size: int = Field(3, ge=1, le=20)
    smtp_ca_file: str | None = None  # a private CA to trust for the SMTP server's certificate
    mail_from: str | None = Field(None, pattern=r"^[^@\s<>]+@[^@\s<>]+$|^.+<[^@\s<>]+@[^@\s<>]+>$")

    shutdown_grace_seconds: float = Field(5.0, ge=0, le=9)

    @field_validator("log_level", mode="before")
    @classmethod
    def _upper(cls, value: object) -> object:
        return value.upper() if isinstance(value, str) else value

    @field_validator("database_url", mode="after")
    @classmethod
    def _known_database(cls, value: SecretStr) -> SecretStr:
        return SecretStr(normalise_database_url(value.get_secret_value()))

    @field_validator("smtp_url", mode="after")
    @classmethod
    def _smtp_url(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and value.get_secret_value():
            _parse_smtp_url(value.get_secret_value())  # raises ValueError with what is wrong
        return value

    @property
    def database_url_value(self) -> str:
        return self.database_url.get_secret_value()

    @property
    def discord_guilds(self) -> list[int]:
        return [int(part) for part in self.discord_guild_ids.replace(" ", "").split(",") if part]

    def chat_platforms(self) -> list[str]:
        """Chat platforms with credentials configured, as the platform registry knows them."""
        from bot.platforms import registry

        return [declared.name for declared in registry.configured(self, chat_only=True)]

    def action_limits(self) -> dict[str, tuple[int, int]]:
        """Each limited kind of action: (count, window in seconds); "off" leaves it out."""
        wish, agenda, support = self.limit_wishes, self.limit_agenda_proposals, self.limit_supports
        kinds = {"wish": wish, "agenda": agenda, "support": support}
        return _limits(kinds | {"comment": self.limit_comments, "command": self.limit_commands})

    def subscribe_limits(self) -> dict[str, tuple[int, int]]:
        """The subscription form's limits, as `action_limits`."""
        return _limits(
            {
                "client": self.limit_subscribe_client,
                "domain": self.limit_subscribe_domain,
                "total": self.limit_subscribe_total,
            }
        )

    @property
    def trusted_proxy_networks(self) -> tuple[IPv4Network | IPv6Network, ...]:
        return tuple(ip_network(p, strict=False) for p in _items(self.trusted_proxies))

    @property
    def allowed_host_names(self) -> tuple[str, ...]:
        return tuple(h.lower() for h in _items(self.allowed_hosts))

    @field_validator("trusted_proxies")
    @classmethod
    def _networks(cls, value: str) -> str:
        for item in _items(value):
            ip_network(item, strict=False)  # raises ValueError naming what is wrong
        return value

    @property
    def wish_module_list(self) -> tuple[str, ...]:
        return tuple(m.strip() for m in self.wish_modules.split(",") if m.strip())

    @property
    def wish_glossary_entries(self) -> dict[str, str]:
        """`bab=bostadsanpassningsbidrag, mejl=e-post` as a mapping (added to the defaults)."""
        pairs = (item.split("=", 1) for item in self.wish_glossary.split(",") if "=" in item)
        return {key.strip().lower(): value.strip() for key, value in pairs if key.strip()}

    @field_validator("wish_municipalities_file")
    @classmethod
    def _readable(cls, value: str | None) -> str | None:
        if value is not None and not Path(value).is_file():
            raise ValueError("no such file (one municipality per line, UTF-8)")
        return value

    @staticmethod
    def listed(text: str) -> tuple[str, ...]:
        """A comma-separated setting's items (board user ids), spaces dropped."""
        return tuple(item for item in text.replace(" ", "").split(",") if item)

    def slack_problems(self) -> list[str]:
        """Slack needs a way in: Socket Mode (app token) or HTTP (signing secret)."""
        if "slack" in self.chat_platforms() and not (
            self.slack_app_token or self.slack_signing_secret
        ):
            return [
                "SLACK_APP_TOKEN: set it (Socket Mode) or SLACK_SIGNING_SECRET (HTTP mode) "
                "beside SLACK_BOT_TOKEN"
            ]
        if "slack" in self.chat_platforms() and not self.slack_app_token and not self.web_enabled:
            return ["WEB_ENABLED: Slack's HTTP mode (SLACK_SIGNING_SECRET) needs the web server"]
        return []

    def smtp(self) -> SmtpSettings | None:
        """The resolved mail server: SMTP_URL when set, else SMTP_HOST and its parts."""
        url = self.smtp_url.get_secret_value() if self.smtp_url else ""
        if url:
            scheme, host, port, user, password = _parse_smtp_url(url)
            tls: SmtpTls = "ssl" if scheme == "smtps" else self.smtp_tls
            if scheme == "smtp" and tls == "ssl":
                tls = "starttls"  # smtp:// is never implicit TLS; smtps:// says that
        elif self.smtp_host:
            host, port, tls = self.smtp_host, self.smtp_port, self.smtp_tls
            user = self.smtp_user or None
            password = self.smtp_password.get_secret_value() if self.smtp_password else None
        else:
            return None
        return SmtpSettings(
            host=host,
            port=port or SMTP_DEFAULT_PORTS[tls],
            tls=tls,
            username=user or None,
            password=password or None,
            timeout_seconds=self.smtp_timeout_seconds,
        )

    def smtp_problems(self) -> list[str]:
        """Mail needs a sender, credentials in pairs, and a public address for its links."""
        smtp = self.smtp()
        if smtp is None:  # the hand-off to the vendor goes by mail
            return ["VENDOR_HELPDESK_ADDRESS: set SMTP_URL or SMTP_HOST too"] * bool(
                self.vendor_helpdesk_address
            )
        problems = []
        if not self.mail_from:
            problems.append(
                "MAIL_FROM: set the sender (e.g. Bryggan <bryggan@example.se>) beside "
                "SMTP_URL or SMTP_HOST"
            )
        if bool(smtp.username) != bool(smtp.password):
            problems.append("SMTP_PASSWORD: give both a user and a password for the mail server")
        if self.smtp_ca_file and not Path(self.smtp_ca_file).is_file():
            problems.append(f"SMTP_CA_FILE: no such file: {self.smtp_ca_file}")
        if not self.public_base_url:
            problems.append(
                "PUBLIC_BASE_URL: set it beside SMTP_URL or SMTP_HOST; every mail links to "
                "the bot's pages to confirm or unsubscribe"
            )
        return problems

    def wants_console(self) -> bool:
        if self.console == "auto":
            return not self.chat_platforms()
        return self.console == "on"


def normalise_database_url(url: str) -> str:
    """Accept plain `postgresql://`/`sqlite:///` URLs and pick the async drivers the bot uses."""
    try:
        parsed = DatabaseUrl.parse(url.strip())
    except ValueError:
        raise ValueError(
            "must be a database URL such as sqlite+aiosqlite:///data/bryggan.db "
            "or postgresql+asyncpg://user:password@host/database"
        ) from None
    if parsed.backend in ("postgresql", "postgres"):
        return parsed.with_driver("postgresql+asyncpg")
    if parsed.backend == "sqlite":
        return parsed.with_driver("sqlite+aiosqlite")
    raise ValueError("must be a SQLite or PostgreSQL URL")


def _parse_smtp_url(url: str) -> tuple[str, str, int | None, str | None, str | None]:
    """`smtp://user:pw@host:587` or `smtps://…:465` as scheme, host, port, user, password."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("smtp", "smtps"):
        raise ValueError("must start with smtp:// (STARTTLS) or smtps:// (TLS)")
    try:
        port = parts.port
    except ValueError:
        raise ValueError("has a port that is not a number from 1 to 65535") from None
    if not parts.hostname:
        raise ValueError("needs a host, e.g. smtp://user:password@mail.example.se:587")
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password else None
    return parts.scheme, parts.hostname, port, user, password


def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(",") if item.strip()]


def _limits(configured: dict[str, str]) -> dict[str, tuple[int, int]]:
    """COUNT/WINDOW texts as (count, seconds); "off" leaves the kind out."""
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    limits = {}
    for kind, text in configured.items():
        if text != "off":
            count, window = text.split("/")
            limits[kind] = (int(count), int(window[:-1]) * units[window[-1]])
    return limits


class SettingsError(Exception):
    """Start-up cannot go on: `lines` name each variable and what is wrong with it."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("; ".join(lines))
        self.lines = lines


SECRET_FIELDS = {
    "database_url",
    "smtp_url",
    "smtp_password",
    "discord_token",
    "slack_bot_token",
    "slack_app_token",
    "slack_signing_secret",
    "secret_key",
}


def secret_values(settings: Settings) -> list[str]:
    """Every configured secret, for the log filter and error messages."""
    found: list[str] = []
    for name in SECRET_FIELDS:
        value = getattr(settings, name)
        if value is not None and value.get_secret_value():
            found.append(value.get_secret_value())
    password = DatabaseUrl.parse(settings.database_url_value).password
    if password:
        found.append(str(password))
    smtp_url = settings.smtp_url.get_secret_value() if settings.smtp_url else ""
    raw_password = urlsplit(smtp_url).password if smtp_url else None
    if raw_password:  # as written in the URL and as sent to the server
        found.extend({raw_password, unquote(raw_password)})
    return found


def load_settings() -> Settings:
    try:
        settings = Settings()
    except ValidationError as error:
        raise SettingsError(_describe(error)) from None
    except UnicodeDecodeError as error:
        byte = error.object[error.start : error.start + 1].hex()
        raise SettingsError(
            [f"{ENV_FILE}: not UTF-8 (byte 0x{byte} at position {error.start}); save it as UTF-8"]
        ) from None
    problems = settings.slack_problems() + settings.smtp_problems()
    if problems:
        raise SettingsError(problems)
    return settings


def unknown_settings(
    env_file: Path = Path(ENV_FILE), environ: Mapping[str, str] = os.environ
) -> list[str]:
    """Names that look like settings but are none, each with the closest one: every unknown
    name in `.env`, and in the environment those sharing a setting's first word (the
    environment holds much else). A misspelling is otherwise ignored without a word."""
    known = [name.upper() for name in Settings.model_fields]
    prefixes = {name.split("_")[0] for name in known}
    found: list[tuple[str, str]] = []
    if env_file.is_file():
        with contextlib.suppress(UnicodeDecodeError):
            found += [(key, str(env_file)) for key in dotenv_values(env_file)]
    found += [(key, "the environment") for key in environ if key.split("_")[0] in prefixes]
    lines = []
    for key, where in found:
        name = key.upper()
        if name in known:
            continue
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
        if close:
            lines.append(f"{name} in {where} is no setting; did you mean {close[0]}?")
        elif where != "the environment":
            lines.append(f"{name} in {where} is no setting (see .env.example)")
    return lines


def _describe(error: ValidationError) -> list[str]:
    lines = []
    for problem in error.errors():
        name = ".".join(str(part) for part in problem["loc"]).upper() or "SETTINGS"
        shown = ""
        if name.lower() not in SECRET_FIELDS and "input" in problem:
            shown = f" (got {problem['input']!r})"
        lines.append(f"{name}: {problem['msg']}{shown}")
    return lines
