"""The projects gallery as a Qt list model: one card per project (title, status, team, cover).

Thumbnails arrive as bytes from services/projects.py and are decoded once per project and
kept until the list changes. A project without a photo has no decoration; the delegate draws
a quiet placeholder instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QImage, QImageReader, QPixmap

from makerspace_app.domain.enums import ProjectStatus
from makerspace_app.services.projects import STATUS_NAMES, GalleryRow

_Index = QModelIndex | QPersistentModelIndex

ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # the ProjectStatus
TEAM_ROLE = Qt.ItemDataRole.UserRole + 4  # the team's names, joined
STATUS_TEXT_ROLE = Qt.ItemDataRole.UserRole + 5  # the status in words

STATUS_ORDER = (ProjectStatus.IDEA, ProjectStatus.IN_PROGRESS, ProjectStatus.FINISHED,
                ProjectStatus.EXHIBITED)


def status_text(status: ProjectStatus | str) -> str:
    """The status in words, translated (idea, in progress, finished, exhibited)."""
    return QCoreApplication.translate("Projects", STATUS_NAMES[ProjectStatus(status)])


def team_text(names: tuple[str, ...] | list[str]) -> str:
    if not names:
        return QCoreApplication.translate("Projects", "No team yet")
    return ", ".join(names)


def decode_image(data: bytes | None) -> QImage | None:
    """The image in ``data``, turned upright as the camera recorded it; None if unreadable."""
    if not data:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    image = reader.read()
    buffer.close()
    return None if image.isNull() else image


class GalleryModel(QAbstractListModel):
    """The projects shown in the gallery, newest change first (as the service orders them)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[GalleryRow] = []
        self._covers: dict[int, QPixmap | None] = {}

    def set_rows(self, rows: list[GalleryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._covers = {}
        self.endResetModel()

    def rows(self) -> list[GalleryRow]:
        return list(self._rows)

    def row_at(self, row: int) -> GalleryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, project_id: int) -> int:
        return next((n for n, r in enumerate(self._rows) if r.id == project_id), -1)

    def cover(self, row: GalleryRow) -> QPixmap | None:
        if row.id not in self._covers:
            image = decode_image(row.thumbnail)
            self._covers[row.id] = None if image is None else QPixmap.fromImage(image)
        return self._covers[row.id]

    # --- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.column() != 0:
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.DecorationRole:
            return self.cover(row)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == STATUS_ROLE:
            return row.status
        if role == STATUS_TEXT_ROLE:
            return status_text(row.status)
        if role == TEAM_ROLE:
            return team_text(row.team_names)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [row.title, status_text(row.status), team_text(row.team_names)]
            if row.workshop_title:
                parts.append(QCoreApplication.translate("Projects", "from the workshop %1").replace(
                    "%1", row.workshop_title))
            if row.photo_count:
                parts.append(QCoreApplication.translate("Projects", "photos: %1").replace(
                    "%1", str(row.photo_count)))
            return " · ".join(parts)
        return None
