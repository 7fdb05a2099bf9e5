"""A writer that commits numbered batches and says so after each commit, until it is killed."""

from __future__ import annotations

import sys

from sqlalchemy import text

from makerspace_app.persistence.engine import Database, parse_location

BATCH_ROWS = 25


def main(path: str, first_batch: int) -> None:
    db = Database(parse_location(path))
    batch = first_batch
    while True:
        with db.session() as s:
            for row in range(BATCH_ROWS):
                s.execute(text("INSERT INTO audit_events (at, actor, action, entity, entity_id, details)"
                               " VALUES ('2026-01-01 00:00:00.000000', 'crash-test', 'batch', 'test',"
                               " :batch, '{}')"), {"batch": batch})
        print(batch, flush=True)  # only after the commit returned
        batch += 1


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
