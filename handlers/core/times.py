"""The association's time zone: dates and times members read are Swedish time."""

from __future__ import annotations

from zoneinfo import ZoneInfo

STOCKHOLM = ZoneInfo("Europe/Stockholm")
