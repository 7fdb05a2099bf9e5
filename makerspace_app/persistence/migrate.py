"""Schema migrations with Alembic, applied by the app itself.

All pending migrations run in one transaction. On SQLite, foreign keys are switched off for
the migration (outside the transaction, where the PRAGMA takes effect) because Alembic's
batch "move and copy" would otherwise silently cascade-delete child rows, then
``foreign_key_check`` must find nothing before the commit (RELIABILITY.md).
"""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from makerspace_app.config import migrations_dir


class ForeignKeyViolation(RuntimeError):
    pass


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


def is_newer_than_app(revision: str | None) -> bool:
    return revision is not None and revision not in known_revisions()


def upgrade(engine: Engine, target: str = "head") -> None:
    _run(engine, lambda cfg: command.upgrade(cfg, target))


def downgrade(engine: Engine, target: str) -> None:
    _run(engine, lambda cfg: command.downgrade(cfg, target))


def _run(engine: Engine, action) -> None:  # noqa: ANN001
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        # The PRAGMA goes straight to the driver: through SQLAlchemy it would open a
        # transaction first, inside which SQLite ignores it.
        raw = conn.connection.driver_connection
        if sqlite:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                action(alembic_config(conn))
                if sqlite:
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise ForeignKeyViolation(
                            f"migration would break {len(problems)} foreign key reference(s); "
                            "nothing was changed"
                        )
        finally:
            if sqlite:
                raw.execute("PRAGMA foreign_keys = ON")
