"""Schema migrations with Alembic, applied by the app itself.

All pending migrations run in one transaction. On SQLite, foreign keys are switched off for
the migration (outside the transaction, where the PRAGMA takes effect) because Alembic's
batch "move and copy" would otherwise silently cascade-delete child rows, then
``foreign_key_check`` must find nothing before the commit (RELIABILITY.md).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from makerspace_app.config import migrations_dir

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# Alembic takes a quarter of a second to import and read the scripts, so the start-up path
# reads revisions from the file names (NNNN_slug.py, one linear history; a test checks that
# this agrees with Alembic) and imports Alembic only to migrate.
_VERSION_FILE = re.compile(r"^(\d{4})_\w+\.py$")


class ForeignKeyViolation(RuntimeError):
    pass


def is_modelled(name: str | None, type_: str, _parent: object = None) -> bool:
    """Whether autogenerate and the schema tests compare this object with the models: SQLite's
    FTS5 search index of participants (migration 0009) and its shadow tables are made by that
    migration's SQL, not by a model."""
    return not (type_ == "table" and (name or "").startswith("participants_fts"))


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def script_directory() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def known_revisions() -> set[str]:
    folder = migrations_dir() / "versions"
    return {m.group(1) for p in folder.iterdir() if (m := _VERSION_FILE.match(p.name))}


def head_revision() -> str:
    return max(known_revisions())


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_current(engine: Engine) -> bool:
    return current_revision(engine) == head_revision()


def is_newer_than_app(revision: str | None) -> bool:
    return revision is not None and revision not in known_revisions()


def upgrade(engine: Engine, target: str = "head") -> None:
    from alembic import command

    _run(engine, lambda cfg: command.upgrade(cfg, target))


def downgrade(engine: Engine, target: str) -> None:
    from alembic import command

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
