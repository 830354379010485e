"""The use cases' context built from settings, without the platforms.

Kept apart from `bot.runtime` so the command-line tools that only read or write the
database (`bryggan mail import`, `wishes export`, …) start without loading the Discord and
Slack clients: two seconds of imports on every run.
"""

from __future__ import annotations

import hashlib
import logging
from datetime import time, timedelta
from pathlib import Path

from bot.settings import Settings
from handlers.clock import Clock
from handlers.context import Context
from handlers.feeds.config import FeedConfig
from handlers.meetings.config import MeetingConfig
from handlers.people.config import Limit, PeopleConfig
from handlers.retention import RetentionPolicy, rate_limit_days
from handlers.similarity import DEFAULT_GLOSSARY
from handlers.surveys.config import SurveyConfig
from handlers.wishes.config import WishConfig, default_municipalities
from handlers.wishes.similar import WishIndex
from storage.db import Database

log = logging.getLogger(__name__)


def wish_settings(settings: Settings) -> tuple[WishConfig, WishIndex]:
    """The wish list's modules, municipalities and glossary, as configured."""
    municipalities = default_municipalities()
    if settings.wish_municipalities_file:
        text = Path(settings.wish_municipalities_file).read_text(encoding="utf-8")
        municipalities = frozenset(line.strip() for line in text.splitlines() if line.strip())
    config = WishConfig(
        modules=settings.wish_module_list,
        municipalities=municipalities,
        vendor_address=settings.vendor_helpdesk_address or None,
    )
    return config, WishIndex({**DEFAULT_GLOSSARY, **settings.wish_glossary_entries})


def build_context(settings: Settings, clock: Clock) -> Context:
    """Everything the use cases need; the catalogue (every handler), the feed fetcher and
    the public pages' settings are loaded here, not by the tools that need none of them."""
    from bot.feed_fetcher import AiohttpFetcher
    from bot.platforms import registry
    from bot.public.config import public_config
    from handlers.commands import build_catalogue, inbound_handlers

    db = open_database(settings)
    wishes, index = wish_settings(settings)
    feeds = FeedConfig(
        interval_seconds=settings.feed_poll_interval,
        window_days=settings.feed_window_days,
        posts_per_poll=settings.feed_posts_per_poll,
        max_failures=settings.feed_max_failures,
        concurrency=settings.feed_concurrency,
    )
    fetcher = AiohttpFetcher(
        timeout_seconds=settings.feed_timeout_seconds,
        max_bytes=settings.feed_max_bytes,
        allow_private=settings.feed_allow_private_addresses,
    )
    return Context(
        db=db,
        catalogue=build_catalogue(),
        clock=clock,
        default_locale=settings.default_locale,
        wishes=wishes,
        wish_index=index,
        feeds=feeds,
        fetcher=fetcher,
        public=public_config(settings),
        inbound=inbound_handlers(),
        platforms=registry.capabilities(),
        people=people_settings(settings),
        retention=retention_policy(settings),
        surveys=SurveyConfig(reminder_hours=settings.survey_reminder_hours),
        meetings=MeetingConfig(
            call_days=settings.meeting_call_days,
            call_time=time.fromisoformat(settings.meeting_call_time),
            agenda_hours=settings.meeting_agenda_hours,
            reminder_minutes=settings.meeting_reminder_minutes,
        ),
    )


def people_settings(settings: Settings) -> PeopleConfig:
    """Action limits as configured; codes are mailed only where SMTP is configured."""
    limits = {
        kind: Limit(count, timedelta(seconds=seconds))
        for kind, (count, seconds) in settings.action_limits().items()
    }
    key = settings.secret_key.get_secret_value() if settings.secret_key else ""
    if not key and settings.smtp() is not None:
        log.warning(
            "SECRET_KEY is not set: the links and codes mailed before a restart "
            "(sign-in, unsubscribe, verification) stop working after it"
        )
    if not key and settings.database_url_value.startswith("postgresql"):
        log.warning(
            "SECRET_KEY is not set: each process on this database makes its own, so a code "
            "or link one process mailed is refused by another; give them all one SECRET_KEY"
        )
    return PeopleConfig(
        limits=limits,
        mail_enabled=settings.smtp() is not None,
        # a key of any length, made 32 bytes; unset, PeopleConfig makes a random one
        **({"code_key": hashlib.sha256(key.encode()).digest()} if key else {}),
    )


def retention_policy(settings: Settings) -> RetentionPolicy:
    """The RETAIN_*_DAYS settings; counted actions live as long as the longest limit window."""
    windows = [seconds for _count, seconds in settings.action_limits().values()]
    return RetentionPolicy(
        sent_deliveries_days=settings.retain_sent_deliveries_days,
        failed_deliveries_days=settings.retain_failed_deliveries_days,
        feed_entries_days=settings.retain_feed_entries_days,
        unconfirmed_subscriptions_days=settings.retain_unconfirmed_subscriptions_days,
        verification_codes_days=settings.retain_verification_codes_days,
        bridged_messages_days=settings.retain_bridged_messages_days,
        rate_limit_days=rate_limit_days(windows),
    )


def open_database(settings: Settings) -> Database:
    return Database(settings.database_url_value, schema=settings.database_schema)
