"""What every page needs: the open database and who is signed in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from makerspace_app.persistence.engine import Database
    from makerspace_app.services.uow import Actor, UnitOfWork


class AppContext(QObject):
    """Shared by the main window and its pages; pages open one unit of work per action."""

    actor_changed = Signal(object)  # Actor | None
    organisation_changed = Signal(str)
    data_changed = Signal()  # something was written; visible views may refresh

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.staff_display_name = ""
        self.organisation_name = ""

    def set_actor(self, actor: Actor | None, display_name: str = "") -> None:
        self.actor = actor
        self.staff_display_name = display_name if actor is not None else ""
        self.actor_changed.emit(actor)

    def set_organisation_name(self, name: str) -> None:
        if name != self.organisation_name:
            self.organisation_name = name
            self.organisation_changed.emit(name)

    def unit_of_work(self, *, read_only: bool = False) -> UnitOfWork:
        """A unit of work acting as the signed-in staff member (use in a ``with``)."""
        from makerspace_app.services.uow import unit_of_work

        if self.actor is None:
            raise RuntimeError("nobody is signed in")
        return unit_of_work(self.db, self.actor, read_only=read_only)  # type: ignore[return-value]
