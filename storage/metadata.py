"""Every table, registered on one metadata (what Alembic and the schema test compare)."""

from storage import feed_models, wish_models  # noqa: F401  (register their tables)
from storage.models import Base

metadata = Base.metadata
