"""a partial index on active bookings, so overlap checks do not scan an item's whole history

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ACTIVE = "status IN ('booked', 'checked_in')"


def upgrade() -> None:
    op.create_index(
        "ix_bookings_active",
        "bookings",
        ["equipment_id", "starts_at"],
        sqlite_where=sa.text(ACTIVE),
        postgresql_where=sa.text(ACTIVE),
    )


def downgrade() -> None:
    op.drop_index("ix_bookings_active", table_name="bookings")
