"""index bookings by item, status and start, so overlap checks seek to an item's active bookings

The first schema indexed (equipment_id, starts_at): checking a future booking for overlaps then
scanned the item's whole history (thousands of rows after a few years), in the services and in
the SQLite guard triggers alike.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""
from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_bookings_equipment_starts", table_name="bookings")
    op.create_index(
        "ix_bookings_equipment_status_starts", "bookings", ["equipment_id", "status", "starts_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_bookings_equipment_status_starts", table_name="bookings")
    op.create_index("ix_bookings_equipment_starts", "bookings", ["equipment_id", "starts_at"])
