"""Typed domain errors whose messages a front-desk person understands.

Every error carries an English message template with named placeholders, marked for
translation, plus the values to fill in. ``str(error)`` is the English sentence (used by the
command line); the ui layer translates ``template`` in ``context`` and formats it with
``params``.
"""

from __future__ import annotations

from typing import Any

from makerspace_app.i18n import QT_TRANSLATE_NOOP

CONTEXT = "DomainError"


class DomainError(Exception):
    """A refusal the user can act on. Subclasses group refusals by kind."""

    context = CONTEXT

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


class ValidationError(DomainError):
    """Input that cannot be accepted as typed."""


class NotFoundError(DomainError):
    """The record asked for does not exist (or no longer exists)."""


class ConflictError(DomainError):
    """The action clashes with something already stored (a taken slot, a duplicate code)."""


class PermissionDenied(DomainError):
    """The signed-in staff member's role does not allow the action."""


class DatabaseProblem(DomainError):
    """The database cannot be used as it is: corrupt, not a database, locked, too new..."""

    def __init__(self, template: str, *, kind: str, **params: Any) -> None:
        self.kind = kind
        super().__init__(template, **params)


# Messages shared by more than one module live here so they are written once.
NOT_A_DATABASE = QT_TRANSLATE_NOOP("DomainError",
    "{path} is not a Makerspace database (it is not an SQLite file). "
    "Choose another file, or restore one of your backups.",
)
CORRUPT_DATABASE = QT_TRANSLATE_NOOP("DomainError",
    "The database {path} is damaged ({detail}). It has not been changed. "
    "Restore the latest good backup, or choose another file.",
)
SCHEMA_TOO_NEW = QT_TRANSLATE_NOOP("DomainError",
    "The database {path} was written by a newer version of Makerspace (schema {found}). "
    "It has not been changed. Install the newer version to open it.",
)
DATABASE_LOCKED = QT_TRANSLATE_NOOP("DomainError",
    "The database {path} is locked by another program. Close the other program, "
    "or choose another file.",
)
DATABASE_READ_ONLY = QT_TRANSLATE_NOOP("DomainError",
    "The database {path} cannot be written (read-only file or folder). "
    "Copy it somewhere you can write, or choose another file.",
)
DISK_FULL = QT_TRANSLATE_NOOP("DomainError",
    "The disk holding {path} is full, so nothing was saved. Free some space and try again.",
)
CANNOT_CONNECT = QT_TRANSLATE_NOOP("DomainError",
    "Cannot reach the database server at {where} ({detail}). "
    "Check that the server is running and the address is right.",
)
