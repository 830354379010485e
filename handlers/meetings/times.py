"""Dates and times as members type them, in Stockholm time, turned into UTC and back.

Wall-clock arithmetic is done on local dates and times and only then turned into UTC, so
"the day before at the same time" stays right across a daylight-saving change; a local time
that does not exist (the hour skipped in spring) is refused, and one that happens twice (the
hour repeated in autumn) means the first.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from babel.dates import format_datetime

from handlers.errors import CommandError
from handlers.i18n import N_

_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?$|^(\d{2})(\d{2})$")


FIRST_YEAR, LAST_YEAR = 2000, 2037  # calendars' time-zone rules are written out to 2037


def parse_date(text: str) -> date:
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise CommandError(
            N_("“{value}” is not a date; write it as 2026-03-14."), value=text
        ) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise CommandError(
            N_("Give a date between {first} and {last}."), first=FIRST_YEAR, last=LAST_YEAR
        )
    return day


def parse_time(text: str) -> time:
    """`18:00`, `18.00`, `1800` or `18`."""
    match = _TIME.match(text.strip())
    if match:
        hour = int(match.group(1) or match.group(3))
        minute = int(match.group(2) or match.group(4) or 0)
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise CommandError(N_("“{value}” is not a time; write it as 18:00."), value=text)


def local_to_utc(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of a Stockholm wall-clock time; refused when the clocks skip it."""
    local = datetime.combine(day, at, tzinfo=zone)  # fold=0: the first of a repeated hour
    instant = local.astimezone(UTC)
    if instant.astimezone(zone).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise CommandError(
            N_("{date} {time} does not exist in Swedish time (the clocks skip that hour)."),
            date=day.isoformat(),
            time=at.strftime("%H:%M"),
        )
    return instant


def wall_clock_shift(
    instant: datetime, zone: ZoneInfo, *, days: int = 0, hours: int = 0
) -> datetime:
    """`instant` moved by whole days and hours on the local wall clock (not in elapsed time)."""
    local = instant.astimezone(zone).replace(tzinfo=None) + timedelta(days=days, hours=hours)
    return _nearest_existing(local, zone)


def at_local_time(instant: datetime, zone: ZoneInfo, *, days: int, at: time) -> datetime:
    """The local day of `instant`, moved by `days`, at the wall-clock time `at`, in UTC."""
    local_day = instant.astimezone(zone).date() + timedelta(days=days)
    return _nearest_existing(datetime.combine(local_day, at), zone)


def _nearest_existing(local: datetime, zone: ZoneInfo) -> datetime:
    """A naive local time in UTC; one in the skipped spring hour moves on past the gap."""
    instant = local.replace(tzinfo=zone).astimezone(UTC)
    if instant.astimezone(zone).replace(tzinfo=None) != local:
        instant = (local + timedelta(hours=1)).replace(tzinfo=zone).astimezone(UTC)
    return instant


SPOKEN = {  # each language's own way: "kl." is Swedish only
    "sv": "EEEE d MMMM y 'kl.' HH:mm",
    "en": "EEEE d MMMM y 'at' HH:mm",
}


def spoken(instant: datetime, zone: ZoneInfo, locale: str) -> str:
    """`tisdag 31 mars 2026 kl. 18:00` (`Tuesday 31 March 2026 at 18:00`): a moment as
    members read it, in local time."""
    pattern = SPOKEN.get(locale.split("_")[0], SPOKEN["sv"])
    return str(format_datetime(instant.astimezone(zone), pattern, locale=locale))
