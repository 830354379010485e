"""Survey settings from the environment (see `bot/settings.py`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SurveyConfig:
    # Members who have not answered are reminded this long before the survey closes.
    reminder_hours: int = 48
