"""Every table, registered on one metadata (what Alembic and the schema test compare)."""

from storage import (  # noqa: F401  (register their tables)
    discussion_models,
    feed_models,
    handoff_models,
    mail_models,
    meeting_models,
    mirror_models,
    people_models,
    portal_models,
    process_models,
    round_models,
    survey_models,
    wish_models,
)
from storage.models import Base

metadata = Base.metadata
