"""A moment as members read it, in their language: "kl." is Swedish, "at" English."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from handlers.meetings.times import spoken

STOCKHOLM = ZoneInfo("Europe/Stockholm")
MOMENT = datetime(2026, 3, 31, 16, 0, tzinfo=UTC)


def test_each_language_says_the_time_its_own_way() -> None:
    assert spoken(MOMENT, STOCKHOLM, "sv") == "tisdag 31 mars 2026 kl. 18:00"
    assert spoken(MOMENT, STOCKHOLM, "en") == "Tuesday 31 March 2026 at 18:00"
