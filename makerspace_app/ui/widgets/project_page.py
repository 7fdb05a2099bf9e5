"""One project, shown as a page a participant would be proud of: the photos large, the title,
status, team and workshop, the story, the materials, the equipment used (with the bookings it
was made in) and the attached files.

The widget only shows; ui/pages/projects.py does the work (each button is an attribute, each
row action a signal). Full-size photos are read on demand through ``image_loader``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.enums import ProjectStatus
from makerspace_app.services.projects import ProjectPage
from makerspace_app.ui import theme
from makerspace_app.ui.models.projects_model import decode_image, status_text, team_text
from makerspace_app.ui.models.workshops_model import day_text, isolate, time_text
from makerspace_app.ui.widgets.gallery import (
    draw_cover,
    draw_status_mark,
    status_colour,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def size_text(size: int) -> str:
    """A file size as the locale writes it ("1.2 MB")."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)


class StatusBadge(QWidget):
    """The status as a shape and words, in the status colour (never colour alone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._status = ProjectStatus.IDEA
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_status(self, status: ProjectStatus) -> None:
        self._status = ProjectStatus(status)
        self.setAccessibleName(self.text())
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return status_text(self._status)

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        return QSize(metrics.horizontalAdvance(self.text()) + 44, metrics.height() + 12)

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = status_colour(self._status, self.palette())
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(colour)
        painter.setBrush(theme.blend(self.palette().color(QPalette.ColorRole.Base), colour, 0.12))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        mark = QRectF(12, (self.height() - 12) / 2, 12, 12)
        draw_status_mark(painter, mark, self._status, colour)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        painter.drawText(QRect(30, 0, self.width() - 38, self.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading,
                         self.text())
        painter.end()


class PhotoDisplay(QWidget):
    """A photo shown as large as the space allows, whole (never cropped)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._image: QImage | None = None
        self._scaled: QPixmap | None = None
        self.setMinimumHeight(220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(480)

    def set_image(self, image: QImage | None) -> None:
        self._image = image
        self._scaled = None
        self.update()

    def has_image(self) -> bool:
        return self._image is not None

    def resizeEvent(self, event: Any) -> None:
        self._scaled = None
        super().resizeEvent(event)

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        palette = self.palette()
        backdrop = theme.blend(palette.color(QPalette.ColorRole.Base),
                               palette.color(QPalette.ColorRole.Text), 0.06)
        painter.fillRect(self.rect(), backdrop)
        if self._image is None:
            draw_cover(painter, self.rect(), None, palette, self.devicePixelRatioF())
            painter.end()
            return
        ratio = self.devicePixelRatioF()
        if self._scaled is None:
            self._scaled = QPixmap.fromImage(self._image.scaled(
                self.size() * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))
            self._scaled.setDevicePixelRatio(ratio)
        size = self._scaled.size() / ratio
        x = (self.width() - size.width()) // 2
        y = (self.height() - size.height()) // 2
        painter.drawPixmap(x, y, self._scaled)
        painter.end()


def _section_title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("sectionTitle")
    label.setFont(theme.heading_font(parent, 1.2))
    return label


def _paragraph(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
    return label


def _list(parent: QWidget, name: str) -> QListWidget:
    widget = QListWidget(parent)
    widget.setAccessibleName(name)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    widget.setAlternatingRowColors(True)
    return widget


def _fit_rows(widget: QListWidget, rows: int, most: int = 8) -> None:
    """A list as tall as its rows (up to ``most``), so the page scrolls, not the list."""
    height = widget.sizeHintForRow(0) if widget.count() else QFontMetrics(widget.font()).height()
    widget.setFixedHeight(max(1, min(rows, most)) * (height + 2) + 2 * widget.frameWidth() + 4)


class ProjectPageView(QScrollArea):
    """The project page. Call ``set_page``; read ``photo_id_shown`` for the large photo."""

    workshop_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Project page"))
        self.image_loader: Callable[[int], bytes] | None = None
        self.page: ProjectPage | None = None
        self.tz: ZoneInfo | None = None
        self._images: dict[int, QImage | None] = {}
        self.photo_id_shown: int | None = None

        content = QWidget(self)
        content.setObjectName("projectPage")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 16, 24)
        column.setSpacing(10)

        # -- the photos, large -----------------------------------------------------------------
        self.photo = PhotoDisplay(content)
        self.photo.setAccessibleName(self.tr("Photo of the project"))
        self.photo_caption = _paragraph(content)
        self.photo_people = _paragraph(content)
        self.photo_people.setObjectName("muted")
        self.strip = QListWidget(content)
        self.strip.setAccessibleName(self.tr("Photos: choose one to see it large"))
        self.strip.setViewMode(QListView.ViewMode.IconMode)
        self.strip.setFlow(QListView.Flow.LeftToRight)
        self.strip.setWrapping(False)
        self.strip.setMovement(QListView.Movement.Static)
        self.strip.setIconSize(QSize(96, 64))
        self.strip.setGridSize(QSize(108, 76))
        self.strip.setFixedHeight(86)
        self.strip.setFrameShape(QFrame.Shape.NoFrame)
        self.strip.viewport().setAutoFillBackground(False)
        self.strip.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.strip.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.strip.currentItemChanged.connect(self._strip_changed)
        self.no_photos = QLabel(self.tr("No photos yet. Add one: everyone shown in it needs "
                                        "photo consent."), content)
        self.no_photos.setObjectName("muted")
        self.no_photos.setWordWrap(True)
        self.add_photo_button = QPushButton(self.tr("Add photo…"), content)
        self.add_photo_button.setAccessibleName(self.tr("Add a photo of the project"))
        self.remove_photo_button = QPushButton(self.tr("Remove photo…"), content)
        self.remove_photo_button.setAccessibleName(self.tr("Remove the photo shown"))
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.no_photos, 1)
        photo_buttons.addStretch(1)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addWidget(self.add_photo_button)

        # -- title, status, team, workshop ---------------------------------------------------
        self.title = QLabel(content)
        self.title.setWordWrap(True)
        self.title.setFont(theme.heading_font(self, 2.0))
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = StatusBadge(content)
        self.team = _paragraph(content)
        self.team.setFont(theme.heading_font(self, 1.1, self.team.font().weight()))
        self.workshop_button = QPushButton(content)
        self.workshop_button.setFlat(True)
        self.workshop_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.workshop_button.setObjectName("linkButton")
        self.workshop_button.clicked.connect(self._open_workshop)
        self.dates = QLabel(content)
        self.dates.setObjectName("muted")
        self.edit_button = QPushButton(self.tr("Edit… (Ctrl+E)"), content)
        self.edit_button.setAccessibleName(self.tr("Edit the project: title, story, team, "
                                                   "status, workshop (Ctrl+E)"))
        self.edit_button.setProperty("primary", True)
        self.delete_button = QPushButton(self.tr("Remove project…"), content)
        self.delete_button.setAccessibleName(self.tr("Remove the project with its photos and "
                                                     "files"))
        status_row = QHBoxLayout()
        status_row.setSpacing(12)
        status_row.addWidget(self.status)
        status_row.addWidget(self.workshop_button)
        status_row.addStretch(1)
        status_row.addWidget(self.delete_button)
        status_row.addWidget(self.edit_button)
        column.addWidget(self.title)
        column.addLayout(status_row)
        column.addWidget(self.team)
        column.addWidget(self.dates)
        column.addSpacing(6)
        column.addWidget(self.photo)
        column.addWidget(self.strip)
        column.addWidget(self.photo_caption)
        column.addWidget(self.photo_people)
        column.addLayout(photo_buttons)

        # -- the story and the materials -----------------------------------------------------
        self.story_title = _section_title(self.tr("The story"), content)
        self.description = _paragraph(content)
        self.materials_title = _section_title(self.tr("Materials"), content)
        self.materials = _paragraph(content)
        for widget in (self.story_title, self.description, self.materials_title, self.materials):
            column.addWidget(widget)

        # -- equipment used --------------------------------------------------------------------
        column.addWidget(_section_title(self.tr("Equipment used"), content))
        self.equipment_list = _list(content, self.tr("Equipment used, with the booking it was "
                                                     "made in"))
        self.no_equipment = QLabel(self.tr("No equipment recorded yet. Choose it from the "
                                           "team's bookings."), content)
        self.no_equipment.setObjectName("muted")
        self.no_equipment.setWordWrap(True)
        self.add_equipment_button = QPushButton(self.tr("Add equipment used…"), content)
        self.add_equipment_button.setAccessibleName(
            self.tr("Add equipment used, chosen from the team's bookings"))
        self.show_booking_button = QPushButton(self.tr("Show the booking"), content)
        self.show_booking_button.setAccessibleName(
            self.tr("Show the highlighted equipment's booking in Bookings"))
        self.remove_equipment_button = QPushButton(self.tr("Remove from the list"), content)
        self.remove_equipment_button.setAccessibleName(
            self.tr("Remove the highlighted equipment from the list"))
        equipment_buttons = QHBoxLayout()
        equipment_buttons.addWidget(self.no_equipment, 1)
        equipment_buttons.addStretch(1)
        equipment_buttons.addWidget(self.show_booking_button)
        equipment_buttons.addWidget(self.remove_equipment_button)
        equipment_buttons.addWidget(self.add_equipment_button)
        column.addWidget(self.equipment_list)
        column.addLayout(equipment_buttons)

        # -- files -----------------------------------------------------------------------------
        column.addWidget(_section_title(self.tr("Files"), content))
        self.files_list = _list(content, self.tr("Attached files"))
        self.no_files = QLabel(self.tr("No files yet: attach a design, a write-up or code."),
                               content)
        self.no_files.setObjectName("muted")
        self.no_files.setWordWrap(True)
        self.attach_button = QPushButton(self.tr("Attach file…"), content)
        self.attach_button.setAccessibleName(self.tr("Attach a file to the project"))
        self.open_file_button = QPushButton(self.tr("Open"), content)
        self.open_file_button.setAccessibleName(self.tr("Open the highlighted file"))
        self.save_file_button = QPushButton(self.tr("Save as…"), content)
        self.save_file_button.setAccessibleName(self.tr("Save a copy of the highlighted file"))
        self.remove_file_button = QPushButton(self.tr("Remove…"), content)
        self.remove_file_button.setAccessibleName(self.tr("Remove the highlighted file"))
        file_buttons = QHBoxLayout()
        file_buttons.addWidget(self.no_files, 1)
        file_buttons.addStretch(1)
        for button in (self.open_file_button, self.save_file_button, self.remove_file_button,
                       self.attach_button):
            file_buttons.addWidget(button)
        column.addWidget(self.files_list)
        column.addLayout(file_buttons)
        column.addStretch(1)

        self.equipment_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.files_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.files_list.itemActivated.connect(lambda _i: self.open_file_button.click())
        self._can_edit = False
        self._can_delete = False
        self.setWidget(content)

    # --- filling -------------------------------------------------------------------------------

    def set_page(self, page: ProjectPage, tz: ZoneInfo | None, can_edit: bool,
                 can_delete: bool) -> None:
        same = self.page is not None and self.page.project.id == page.project.id
        keep_photo = self.photo_id_shown if same else None
        if not same:
            self._images = {}
            self.verticalScrollBar().setValue(0)
        self.page, self.tz = page, tz
        self._can_edit, self._can_delete = can_edit, can_delete
        project = page.project
        self.title.setText(project.title)
        self.title.setAccessibleName(project.title)
        self.status.set_status(project.status)
        names = [m.display_name for m in project.team]
        self.team.setText(self.tr("Made by %1").replace("%1", team_text(names))
                          if names else team_text(names))
        self.workshop_button.setVisible(bool(project.workshop_id))
        if project.workshop_id:
            text = self.tr("From the workshop “%1” →").replace("%1",
                                                               isolate(project.workshop_title))
            self.workshop_button.setText(text)
            self.workshop_button.setAccessibleName(
                self.tr("Open the workshop %1").replace("%1", project.workshop_title))
        self.dates.setText(self.tr("Started %1 · last change %2").replace(
            "%1", day_text(project.created_at, tz)).replace("%2", day_text(project.updated_at, tz)))
        self.description.setText(project.description or self.tr("No story written yet."))
        self.description.setObjectName("" if project.description else "muted")
        self.materials.setText(project.materials or self.tr("None listed."))
        self.materials.setObjectName("" if project.materials else "muted")
        for label in (self.description, self.materials):
            label.style().unpolish(label)
            label.style().polish(label)
        self._fill_photos(keep_photo)
        self._fill_equipment()
        self._fill_files()
        self._update_buttons()

    def _fill_photos(self, keep: int | None) -> None:
        assert self.page is not None
        photos = self.page.photos
        self.strip.blockSignals(True)
        self.strip.clear()
        for photo in photos:
            item = QListWidgetItem(self.strip)
            item.setData(ID_ROLE, photo.id)
            image = decode_image(photo.thumbnail)
            if image is not None:
                item.setIcon(QIcon(QPixmap.fromImage(image)))
            name = photo.caption or self.tr("Photo added %1").replace(
                "%1", day_text(photo.added_at, self.tz))
            item.setToolTip(name)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        self.strip.blockSignals(False)
        self.strip.setVisible(len(photos) > 1)
        self.no_photos.setVisible(not photos)
        ids = [p.id for p in photos]
        chosen = keep if keep in ids else (ids[0] if ids else None)
        if chosen is not None:
            self.strip.setCurrentRow(ids.index(chosen))
        self.show_photo(chosen)

    def show_photo(self, photo_id: int | None) -> None:
        """Show one photo large (read in full on first view), with its caption and people."""
        self.photo_id_shown = photo_id
        photo = None if self.page is None else next(
            (p for p in self.page.photos if p.id == photo_id), None)
        if photo is None:
            self.photo.set_image(None)
            self.photo_caption.hide()
            self.photo_people.hide()
            self._update_buttons()
            return
        if photo.id not in self._images:
            image = None
            if self.image_loader is not None:
                try:
                    image = decode_image(self.image_loader(photo.id))
                except Exception:  # noqa: BLE001 - shown as the thumbnail; the page says why
                    image = None
            self._images[photo.id] = image or decode_image(photo.thumbnail)
        self.photo.set_image(self._images[photo.id])
        self.photo_caption.setText(photo.caption)
        self.photo_caption.setVisible(bool(photo.caption))
        people = ", ".join(isolate(m.display_name) for m in photo.people_shown)
        self.photo_people.setText(self.tr("In the photo: %1").replace("%1", people)
                                  if people else self.tr("Nobody recognisable in the photo."))
        self.photo_people.show()
        self.photo.setAccessibleName(photo.caption or self.tr("Photo of the project"))
        self._update_buttons()

    def _strip_changed(self, current: QListWidgetItem | None, _previous: Any) -> None:
        self.show_photo(current.data(ID_ROLE) if current is not None else None)

    def _fill_equipment(self) -> None:
        assert self.page is not None
        self.equipment_list.clear()
        for use in self.page.equipment:
            text = f"{use.equipment_name} ({use.asset_tag}) · {use.category_name}"
            if use.booking_id is not None and use.booking_starts_at is not None:
                text += " — " + self.tr("booking of %1 for %2").replace(
                    "%1", f"{day_text(use.booking_starts_at, self.tz)} "
                          f"{time_text(use.booking_starts_at, self.tz)}").replace(
                    "%2", isolate(use.booking_participant))
            else:
                text += " — " + self.tr("no booking recorded")
            item = QListWidgetItem(text, self.equipment_list)
            item.setData(ID_ROLE, use.id)
            item.setToolTip(text)
        has = bool(self.page.equipment)
        self.equipment_list.setVisible(has)
        self.no_equipment.setVisible(not has)
        _fit_rows(self.equipment_list, self.equipment_list.count())
        if has:
            self.equipment_list.setCurrentRow(0)

    def _fill_files(self) -> None:
        assert self.page is not None
        self.files_list.clear()
        for row in self.page.files:
            text = self.tr("%1 · %2 · added %3").replace("%1", row.filename).replace(
                "%2", size_text(row.size)).replace("%3", day_text(row.added_at, self.tz))
            item = QListWidgetItem(text, self.files_list)
            item.setData(ID_ROLE, row.id)
            item.setToolTip(row.filename)
        has = bool(self.page.files)
        self.files_list.setVisible(has)
        self.no_files.setVisible(not has)
        _fit_rows(self.files_list, self.files_list.count())
        if has:
            self.files_list.setCurrentRow(0)

    # --- state ---------------------------------------------------------------------------------

    def current_equipment_id(self) -> int | None:
        item = self.equipment_list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def current_booking(self) -> tuple[int, Any] | None:
        """(booking id, start) of the highlighted equipment's booking, or None."""
        use_id = self.current_equipment_id()
        use = None if self.page is None else next(
            (u for u in self.page.equipment if u.id == use_id), None)
        if use is None or use.booking_id is None or use.booking_starts_at is None:
            return None
        return use.booking_id, use.booking_starts_at

    def current_file_id(self) -> int | None:
        item = self.files_list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _update_buttons(self) -> None:
        edit = self._can_edit
        for button in (self.edit_button, self.add_photo_button, self.attach_button,
                       self.add_equipment_button):
            button.setVisible(edit)
        self.delete_button.setVisible(self._can_delete)
        self.remove_photo_button.setVisible(edit and self.photo_id_shown is not None)
        self.remove_equipment_button.setVisible(edit and self.equipment_list.count() > 0)
        self.remove_equipment_button.setEnabled(self.current_equipment_id() is not None)
        self.show_booking_button.setVisible(self.equipment_list.count() > 0)
        self.show_booking_button.setEnabled(self.current_booking() is not None)
        has_file = self.current_file_id() is not None
        for button in (self.open_file_button, self.save_file_button):
            button.setVisible(self.files_list.count() > 0)
            button.setEnabled(has_file)
        self.remove_file_button.setVisible(edit and self.files_list.count() > 0)
        self.remove_file_button.setEnabled(has_file)

    def _open_workshop(self) -> None:
        if self.page is not None and self.page.project.workshop_id:
            self.workshop_requested.emit(self.page.project.workshop_id)
