"""Every table, registered on one metadata (what Alembic and the schema test compare)."""

from storage import wish_models  # noqa: F401  (registers the wish tables)
from storage.models import Base

metadata = Base.metadata
