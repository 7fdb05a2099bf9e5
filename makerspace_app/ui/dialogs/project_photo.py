"""Attach a photo to a project, after a warning that must be confirmed.

The dialog shows the photo, warns that everyone recognisable in it must be ticked and have
current photo consent, lists the team with their photo consent (anyone else can be added), and
asks for a caption. "Attach photo" stays disabled until the warning is confirmed. The service
(services/projects.add_photo) refuses a photo showing anyone without current photo consent and
names them; the refusal is shown here and nothing is stored.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QSize,
    Qt,
)
from PySide6.QtGui import QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.errors import DomainError
from makerspace_app.services.projects import MAX_PHOTO_BYTES, PhotoRow, ProjectRow
from makerspace_app.ui import icons
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.dialogs.attendance import ParticipantPicker
from makerspace_app.ui.models.projects_model import decode_image
from makerspace_app.ui.models.workshops_model import isolate
from makerspace_app.ui.widgets.message import InlineMessage

THUMBNAIL_SIZE = QSize(480, 360)
CONSENT_ROLE = Qt.ItemDataRole.UserRole + 1


def make_thumbnail(image: QImage) -> bytes:
    """A JPEG of at most 480 × 360 pixels (well under the service's 1 MB limit)."""
    small = image.scaled(THUMBNAIL_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                         Qt.TransformationMode.SmoothTransformation)
    if small.hasAlphaChannel():  # JPEG has no transparency: put it on white
        flat = QImage(small.size(), QImage.Format.Format_RGB32)
        flat.fill(Qt.GlobalColor.white)
        painter = QPainter(flat)
        painter.drawImage(0, 0, small)
        painter.end()
        small = flat
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    small.save(buffer, "JPEG", 85)
    buffer.close()
    return bytes(data.data())


def photo_too_large(path: str) -> str | None:
    """Why the file at ``path`` cannot be a photo because of its size, or None."""
    size = os.path.getsize(path)
    if size <= MAX_PHOTO_BYTES:
        return None
    return QCoreApplication.translate(
        "ProjectPhoto", "“%1” is %2; a photo can be at most %3. Make it smaller (most "
        "photo programs can export a smaller copy) and try again.").replace(
        "%1", os.path.basename(path)).replace(
        "%2", QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
    ).replace("%3", QLocale().formattedDataSize(MAX_PHOTO_BYTES, 0,
                                                QLocale.DataSizeFormat.DataSizeSIFormat))


class PhotoDialog(QDialog):
    """``PhotoDialog.run(parent, context, project, path)`` returns the PhotoRow attached."""

    def __init__(self, context: AppContext, project: ProjectRow, path: str, data: bytes,
                 image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.project = project
        self.path = path
        self.image_bytes = data
        self.image = image
        self.attached: PhotoRow | None = None
        title = self.tr("Add a photo to “%1”").replace("%1", isolate(project.title))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(640, 720)

        self.warning = QFrame(self)
        self.warning.setObjectName("inlineMessage")
        self.warning.setProperty("kind", "info")
        warning_icon = QLabel(self.warning)
        warning_icon.setPixmap(icons.pixmap("alert", 20, self.palette().color(
            QPalette.ColorRole.Highlight), self.devicePixelRatioF()))
        warning_icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.warning_label = QLabel(self.warning)
        self.warning_label.setWordWrap(True)
        warning_row = QHBoxLayout(self.warning)
        warning_row.setContentsMargins(10, 8, 12, 8)
        warning_row.addWidget(warning_icon)
        warning_row.addWidget(self.warning_label, 1)
        self.warning_label.setText(
            self.tr("Before attaching a photo: tick everyone recognisable in it. Each of them "
                    "must have current photo consent (given by them or their guardian); a "
                    "photo showing someone without it is refused. If in doubt, choose a photo "
                    "without faces."))
        self.warning.setAccessibleName(self.warning_label.text())
        warning_icon.setAccessibleName(self.tr("Warning"))
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(220)
        self.preview.setAccessibleName(self.tr("The photo to attach: %1").replace(
            "%1", os.path.basename(path)))
        self.preview.setPixmap(QPixmap.fromImage(image.scaled(
            QSize(600, 260), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation)))
        self.caption_edit = QLineEdit(self)
        self.caption_edit.setAccessibleName(self.tr("Caption"))
        self.caption_edit.setPlaceholderText(self.tr("For example “The finished lamp at the "
                                                     "library's open day”"))
        caption_label = QLabel(self.tr("&Caption"), self)
        caption_label.setBuddy(self.caption_edit)
        people_label = QLabel(self.tr("&Who is in the photo? (tick everyone recognisable)"), self)
        self.people_list = QListWidget(self)
        self.people_list.setAccessibleName(self.tr("People in the photo"))
        self.people_list.setAccessibleDescription(
            self.tr("Space ticks or unticks the highlighted person"))
        self.people_list.setMinimumHeight(120)
        people_label.setBuddy(self.people_list)
        self.add_person_button = QPushButton(self.tr("Someone else in the photo…"), self)
        self.add_person_button.setAccessibleName(
            self.tr("Add someone who is not in the team but is in the photo"))
        self.add_person_button.clicked.connect(self.add_person)
        self.confirm_box = QCheckBox(
            self.tr("I have checked the photo: everyone recognisable in it is ticked above."),
            self)
        self.confirm_box.setAccessibleName(self.confirm_box.text())
        self.confirm_box.toggled.connect(self._update_button)
        self.message = InlineMessage(self)
        self.attach_button = QPushButton(self.tr("Attach photo"), self)
        self.attach_button.setAccessibleName(self.tr("Attach the photo to the project"))
        self.attach_button.setProperty("primary", True)
        self.attach_button.setDefault(True)
        self.attach_button.clicked.connect(self.attach)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAccessibleName(self.tr("Cancel: attach nothing"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)

        people_row = QHBoxLayout()
        people_row.addStretch(1)
        people_row.addWidget(self.add_person_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.preview, 1)
        layout.addWidget(caption_label)
        layout.addWidget(self.caption_edit)
        layout.addWidget(people_label)
        layout.addWidget(self.people_list)
        layout.addLayout(people_row)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        for member in project.team:
            self._add_person(member.participant_id, member.display_name, tick=False)
        self._show_consent()
        self._update_button()

    # --- people --------------------------------------------------------------------------------

    def _add_person(self, participant_id: int, name: str, tick: bool) -> None:
        for i in range(self.people_list.count()):
            item = self.people_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == participant_id:
                item.setCheckState(Qt.CheckState.Checked if tick else item.checkState())
                return
        item = QListWidgetItem(name, self.people_list)
        item.setData(Qt.ItemDataRole.UserRole, participant_id)
        item.setData(CONSENT_ROLE, name)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if tick else Qt.CheckState.Unchecked)

    def add_person(self) -> None:
        person = ParticipantPicker.ask(
            self, self.context, self.tr("Someone else in the photo"),
            self.tr("Who else is recognisable in the photo?"))
        if person is not None:
            self.add_shown(person.id, person.display_name)

    def add_shown(self, participant_id: int, name: str) -> None:
        """Add a person to the list, ticked as shown in the photo."""
        self._add_person(participant_id, name, tick=True)
        self._show_consent()

    def _show_consent(self) -> None:
        """Each person's photo consent, in words (read in one unit of work)."""
        from makerspace_app.services import projects

        ids = [self.people_list.item(i).data(Qt.ItemDataRole.UserRole)
               for i in range(self.people_list.count())]
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                missing = {m.participant_id for m in projects.without_photo_consent(uow, ids)}
        except DomainError as err:
            self.message.show_error(err)
            return
        for i in range(self.people_list.count()):
            item = self.people_list.item(i)
            name = item.data(CONSENT_ROLE)
            if item.data(Qt.ItemDataRole.UserRole) in missing:
                text = self.tr("%1 — no photo consent: must not be in the photo").replace(
                    "%1", name)
            else:
                text = self.tr("%1 — photo consent given").replace("%1", name)
            item.setText(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)

    def shown_ids(self) -> list[int]:
        return [self.people_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.people_list.count())
                if self.people_list.item(i).checkState() == Qt.CheckState.Checked]

    def set_shown(self, participant_id: int, shown: bool) -> None:
        for i in range(self.people_list.count()):
            item = self.people_list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == participant_id:
                item.setCheckState(Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked)

    # --- attaching -----------------------------------------------------------------------------

    def _update_button(self) -> None:
        self.attach_button.setEnabled(self.confirm_box.isChecked())

    def attach(self) -> PhotoRow | None:
        from makerspace_app.services import projects

        if not self.confirm_box.isChecked():
            self.message.show_error(self.tr("Tick the box above first: confirm that everyone "
                                            "recognisable in the photo is ticked."))
            self.confirm_box.setFocus()
            return None
        try:
            with self.context.unit_of_work() as uow:
                photo = projects.add_photo(
                    uow, self.project.id, self.image_bytes, self.caption_edit.text(),
                    self.shown_ids(), acknowledged_warning=True,
                    thumbnail=make_thumbnail(self.image))
        except DomainError as err:
            self.message.show_error(err)
            self.people_list.setFocus()
            return None
        self.attached = photo
        self.accept()
        return photo

    @classmethod
    def open_file(cls, parent: QWidget | None, context: AppContext, project: ProjectRow,
                  path: str) -> tuple[PhotoDialog | None, str]:
        """The dialog for the photo at ``path``, or None and why it cannot be attached."""
        try:
            too_large = photo_too_large(path)
            if too_large:
                return None, too_large
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as err:
            return None, QCoreApplication.translate("ProjectPhoto", "“%1” cannot be read (%2). Choose another file.").replace(
                "%1", os.path.basename(path)).replace("%2", err.strerror or str(err))
        image = decode_image(data)
        if image is None:
            return None, QCoreApplication.translate("ProjectPhoto", "“%1” is not a photo the app can read. Choose a PNG, "
                                       "JPEG, GIF or WebP image.").replace(
                "%1", os.path.basename(path))
        return cls(context, project, path, data, image, parent), ""

    def run(self) -> Any | None:
        self.caption_edit.setFocus()
        self.exec()
        attached = self.attached
        self.deleteLater()
        return attached
