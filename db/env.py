"""Alembic environment for Makerspace.

The app runs migrations itself (makerspace_app.persistence.migrate) and hands this script an
open connection whose transaction it controls, so that all pending migrations apply in one
transaction. Run by hand (``alembic -c db/alembic.ini ...``) it connects to MAKERSPACE_DB.
"""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

from makerspace_app.persistence.migrate import is_modelled
from makerspace_app.persistence.models import Base

config = context.config
target_metadata = Base.metadata


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        transaction_per_migration=False,
        compare_type=True,
        include_name=is_modelled,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    from makerspace_app.persistence.engine import create_db_engine, parse_location

    location = parse_location(os.environ.get("MAKERSPACE_DB", ""))
    engine = create_db_engine(location, pool=False)
    with engine.connect() as conn:
        _configure_and_run(conn)
        conn.commit()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported; use makerspace-app db upgrade.")
run_migrations_online()
