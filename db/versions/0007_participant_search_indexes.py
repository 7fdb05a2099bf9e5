"""participants: indexes for search as you type over a large registry

Searching 20,000 participants scanned the whole table twice per keystroke (a count and a
sorted first page). Now:

- ``ix_participants_search_text`` holds only listed (not erased) participants. On SQLite it is
  a narrow B-tree that a search scans instead of the table; on PostgreSQL it is a trigram
  (pg_trgm) GIN index, which finds LIKE '%part%' terms directly and has no B-tree size limit
  on long search text.
- ``ix_participants_listing`` (family name, given name, id) of listed participants: the list
  order, so a page of a broad search or of the whole list is read in order without sorting.

Revision ID: 0007
Revises: 0002
Create Date: 2026-11-26
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LISTED = sa.text("erased_at IS NULL")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # A trusted extension (PostgreSQL 13+): the database owner may create it.
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.drop_index("ix_participants_search_text", table_name="participants")
    op.create_index(
        "ix_participants_search_text", "participants", ["search_text"],
        sqlite_where=LISTED, postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )
    op.create_index(
        "ix_participants_listing", "participants", ["family_name", "given_name", "id"],
        sqlite_where=LISTED, postgresql_where=LISTED,
    )


def downgrade() -> None:
    op.drop_index("ix_participants_listing", table_name="participants")
    op.drop_index("ix_participants_search_text", table_name="participants")
    op.create_index("ix_participants_search_text", "participants", ["search_text"])
