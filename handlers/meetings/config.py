"""When a meeting's posts go out, and how long each kind of meeting lasts by default."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from zoneinfo import ZoneInfo

from handlers.core.times import STOCKHOLM

KINDS = ("monthly", "quarterly", "annual")


@dataclass(frozen=True)
class MeetingConfig:
    """Days and hours are counted on the Stockholm wall clock, so a post set for 09:00 goes
    out at 09:00 local time on either side of a daylight-saving change."""

    call_days: int = 7  # the call for agenda items, this many days before
    call_time: time = time(9, 0)
    agenda_hours: int = 24  # an open meeting's final agenda, this long before
    reminder_minutes: int = 60  # the reminder, this long before
    minutes_time: time = time(9, 0)  # the board's minutes reminder, the day after
    durations: dict[str, int] = field(
        default_factory=lambda: {"monthly": 120, "quarterly": 420, "annual": 420}
    )
    zone: ZoneInfo = STOCKHOLM
