"""Persistence: SQLAlchemy models, the engine factory for SQLite and PostgreSQL, migrations."""
