"""participants: a trigram index of the search text on SQLite (FTS5), kept in sync by triggers

A search term of three or more characters ("mul", "josé", "عبد") made SQLite read the whole
search index of 20,000 participants, because LIKE '%mul%' cannot seek a B-tree. The FTS5
table ``participants_fts`` indexes every three-character piece of ``participants.search_text``
(the trigram tokenizer, exact and case-sensitive: the text is folded already), so the service
looks up the few participants holding all the pieces of a term and checks only those with the
same LIKE as before (services/participants.py); results do not change. Terms of one or two
characters still use LIKE alone.

It is an external-content table: it stores only the index, the text stays in
``participants``; the triggers below update it on every insert, update of the search text and
delete, whatever writes the row. ``detail=none``: only which rows hold a trigram is kept (the
smallest index; the LIKE check does the rest).

PostgreSQL needs nothing here: its trigram GIN index (pg_trgm, 0007) serves LIKE directly.

A later migration that rebuilds ``participants`` on SQLite (batch_alter_table copies the table
and drops the old one, and its triggers with it) must run ``DROP`` and then ``CREATE`` below
again (the last statement rebuilds the index from the rows).

Revision ID: 0009
Revises: 0007
Create Date: 2026-11-26
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CREATE = (
    (
        "CREATE VIRTUAL TABLE participants_fts USING fts5("
        "search_text, content='participants', content_rowid='id', "
        "tokenize='trigram case_sensitive 1', detail=none)"
    ),
    # The index follows the rows (an external-content table is told the old text to remove).
    (
        "CREATE TRIGGER participants_fts_insert AFTER INSERT ON participants BEGIN "
        "INSERT INTO participants_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    ),
    (
        "CREATE TRIGGER participants_fts_delete AFTER DELETE ON participants BEGIN "
        "INSERT INTO participants_fts(participants_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); END"
    ),
    (
        "CREATE TRIGGER participants_fts_update AFTER UPDATE OF id, search_text ON participants "
        "BEGIN "
        "INSERT INTO participants_fts(participants_fts, rowid, search_text) "
        "VALUES ('delete', old.id, old.search_text); "
        "INSERT INTO participants_fts(rowid, search_text) VALUES (new.id, new.search_text); END"
    ),
    # Index the participants already registered.
    "INSERT INTO participants_fts(participants_fts) VALUES ('rebuild')",
)
DROP = (
    "DROP TRIGGER IF EXISTS participants_fts_update",
    "DROP TRIGGER IF EXISTS participants_fts_delete",
    "DROP TRIGGER IF EXISTS participants_fts_insert",
    "DROP TABLE IF EXISTS participants_fts",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in CREATE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in DROP:
        op.execute(statement)
