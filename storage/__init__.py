"""Persistence: SQLAlchemy models, repositories, the outbox and Alembic migrations."""
