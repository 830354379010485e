"""What a use case gets: the shared services (`Context`) and the call being handled (`Call`)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from handlers.capabilities import Capabilities, capabilities_of, strictest
from handlers.clock import Clock, SystemClock
from handlers.feeds.config import FeedConfig
from handlers.i18n import Translator, translator
from handlers.meetings.config import MeetingConfig
from handlers.people.config import PeopleConfig
from handlers.ports import FeedFetcher
from handlers.public_config import PublicConfig
from handlers.retention import RetentionPolicy
from handlers.surveys.config import SurveyConfig
from handlers.types import DEFAULT_LOCALE, Channel, InboundMessage, Locale, Member
from handlers.wishes.config import WishConfig
from handlers.wishes.similar import WishIndex
from storage.db import Database

if TYPE_CHECKING:
    from handlers.catalogue import Catalogue, Resolved


def _nothing() -> None:
    return None


def _nothing_named(name: str) -> None:
    return None


def _no_platforms() -> dict[str, bool]:
    return {}


InboundHandler = Callable[["Context", InboundMessage], Awaitable[None]]


@dataclass
class Context:
    """Services shared by every handler; built once by the runtime (or a test)."""

    db: Database
    catalogue: Catalogue
    clock: Clock = field(default_factory=SystemClock)
    wake_outbox: Callable[[], None] = _nothing
    # Run a declared job (`handlers.jobs.JobSpec`) now: work for it was just asked for.
    wake_job: Callable[[str], None] = _nothing_named
    default_locale: Locale = DEFAULT_LOCALE
    inbound: list[InboundHandler] = field(default_factory=list)
    wishes: WishConfig = field(default_factory=WishConfig)
    wish_index: WishIndex = field(default_factory=WishIndex)
    feeds: FeedConfig = field(default_factory=FeedConfig)
    fetcher: FeedFetcher | None = None
    public: PublicConfig = field(default_factory=PublicConfig)
    meetings: MeetingConfig = field(default_factory=MeetingConfig)
    people: PeopleConfig = field(default_factory=PeopleConfig)
    retention: RetentionPolicy = field(default_factory=RetentionPolicy)
    surveys: SurveyConfig = field(default_factory=SurveyConfig)
    # Which platforms are connected right now (set by the runtime), for /status and /bridge list.
    connected: Callable[[], dict[str, bool]] = _no_platforms
    # What each platform can show, as the platforms declare it (set by the runtime).
    platforms: dict[str, Capabilities] = field(default_factory=dict)

    def capabilities(self, platform: str) -> Capabilities:
        """What `platform` can show; safe limits under its own name when it declared none."""
        return capabilities_of(self.platforms, platform)

    def strictest(self) -> Capabilities:
        """The smallest of each limit over the platforms: what is stored once and shown on
        every platform (a survey's definition) must fit them all."""
        return strictest(self.platforms.values())


@dataclass(frozen=True)
class Call:
    """One command being handled: who, where, which command, with which checked values."""

    member: Member
    channel: Channel | None
    resolved: Resolved
    values: dict[str, Any]

    @property
    def _(self) -> Translator:
        return translator(self.member.locale)
