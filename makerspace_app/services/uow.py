"""The unit of work: one transaction for one user action, with who did it and when.

The caller opens it (the ui layer per button press, the CLI per command) and passes it to
service functions, which never commit on their own. Leaving the block commits; an exception
rolls everything back, so a refused action leaves the database unchanged.
"""

from __future__ import annotations

import datetime as dt
import getpass
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from makerspace_app.domain.clock import utc_now
from makerspace_app.domain.enums import StaffRole
from makerspace_app.persistence.engine import Database
from makerspace_app.persistence.models import AuditEvent


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in staff member, or the operating-system user of a command."""

    name: str
    role: StaffRole
    staff_id: int | None = None

    @classmethod
    def system(cls) -> Actor:
        """Headless commands act as the OS user who ran them, with every role."""
        try:
            user = getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name on this system: still audit something
            user = "unknown"
        return cls(name=f"system:{user}", role=StaffRole.ADMIN)


class UnitOfWork:
    def __init__(
        self,
        session: Session,
        actor: Actor,
        clock: Callable[[], dt.datetime] = utc_now,
        dialect: str = "sqlite",
    ) -> None:
        self.session = session
        self.actor = actor
        self._clock = clock
        self.dialect = dialect
        # Values read once per unit of work (settings), so rules checked together share them.
        self.memo: dict[str, Any] = {}

    def connection(self) -> Connection:
        """The transaction's connection, for Core statements on hot paths (no ORM overhead).

        Pending ORM changes are flushed first, so Core reads see them as ORM reads would."""
        if self.session.new or self.session.dirty or self.session.deleted:
            self.session.flush()
        return self.session.connection()

    def now(self) -> dt.datetime:
        return self._clock()

    def audit(self, action: str, entity: str, entity_id: int | None = None, **details: Any) -> None:
        """Record a change. Callers pass field names and safe values, never secrets."""
        self.connection().execute(
            insert(AuditEvent).values(
                at=self.now(),
                actor=self.actor.name,
                staff_id=self.actor.staff_id,
                action=action,
                entity=entity,
                entity_id=entity_id,
                details=details,
            )
        )


@contextmanager
def unit_of_work(
    db: Database,
    actor: Actor,
    *,
    read_only: bool = False,
    clock: Callable[[], dt.datetime] = utc_now,
) -> Iterator[UnitOfWork]:
    """One transaction for one user action. A full disk, a lock held too long or a read-only
    file becomes a DatabaseProblem that names it; the transaction is rolled back whole."""
    from sqlalchemy.exc import OperationalError

    from makerspace_app.services.database import classify_write_error

    try:
        with db.session(read_only=read_only) as session:
            yield UnitOfWork(session, actor, clock, db.dialect)
    except OperationalError as exc:
        raise classify_write_error(db.location, exc) from exc
