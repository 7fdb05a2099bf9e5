"""Projects: what participants made, with its story, photos, files and the equipment used.

The gallery shows one card per project (cover photo, title, status in words and shape, team),
searchable as you type and filtered by status, workshop and participant. Enter or a double
click opens the project page (ui/widgets/project_page.py): the photos large, the story, the
team, the workshop (one click opens it), the materials, the equipment used with the bookings it
was made in, and the files, which can be opened or saved. Escape goes back to the gallery.

Leaders, coordinators and admins create and edit projects (Ctrl+N, Ctrl+E), add photos (after
a warning; a photo showing someone without photo consent is refused), attach files, record the
equipment used from the team's bookings, and remove them; coordinators and admins can remove a
project. Each action is one unit of work; the page follows ``data_changed``.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import tempfile
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLocale, QObject, QStandardPaths, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import DomainError
from makerspace_app.services.permissions import RANK
from makerspace_app.services.projects import MAX_FILE_BYTES, ProjectPage
from makerspace_app.ui.areas import Area
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.dialogs.attendance import ParticipantPicker
from makerspace_app.ui.dialogs.confirm import confirm_destructive
from makerspace_app.ui.dialogs.project_edit import ProjectDialog
from makerspace_app.ui.dialogs.project_equipment import EquipmentDialog
from makerspace_app.ui.dialogs.project_photo import PhotoDialog
from makerspace_app.ui.models.projects_model import (
    STATUS_ORDER,
    GalleryModel,
    status_text,
)
from makerspace_app.ui.models.workshops_model import isolate
from makerspace_app.ui.pages.base import AreaPage
from makerspace_app.ui.widgets.empty_state import EmptyState
from makerspace_app.ui.widgets.gallery import GalleryView
from makerspace_app.ui.widgets.message import InlineMessage
from makerspace_app.ui.widgets.project_page import ProjectPageView, size_text

log = logging.getLogger(__name__)

GALLERY_LIMIT = 240  # cards at once; typing or a filter narrows the list in the database
EMPTY, GALLERY, PROJECT = range(3)


class ProjectsPage(AreaPage):
    """The Projects area. ``show_record(project_id)`` opens one project's page."""

    def __init__(self, area: Area, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(area, context, parent)
        self.tz: ZoneInfo | None = None
        self.page_data: ProjectPage | None = None
        self.participant_filter: tuple[int, str] | None = None
        self._stale = True
        self._has_any = False
        self._own_change = False

        self.stack = QStackedWidget(self)
        self.body.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_empty())
        self.stack.addWidget(self._build_gallery())
        self.stack.addWidget(self._build_project())

        QShortcut(QKeySequence("Ctrl+N"), self, self.new_project)
        QShortcut(QKeySequence("Ctrl+E"), self.project_pane, self.edit_project,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self.project_pane, self.back_to_gallery,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence.StandardKey.Back, self.project_pane, self.back_to_gallery,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        context.data_changed.connect(self._data_changed)
        context.actor_changed.connect(lambda _a: self._apply_permissions())

    # --- building ------------------------------------------------------------------------------

    def _build_empty(self) -> QWidget:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.empty_state = EmptyState(
            "projects", self.tr("No projects yet — create one (Ctrl+N)"),
            self.tr("A project is something participants made, with its story: the team, the "
                    "photos, the materials, the equipment they used and their files. Create "
                    "one, then add its photos."), holder)
        self.empty_new_button = QPushButton(self.tr("New project (Ctrl+N)"), holder)
        self.empty_new_button.setAccessibleName(self.tr("Create a new project (Ctrl+N)"))
        self.empty_new_button.setProperty("primary", True)
        self.empty_new_button.clicked.connect(self.new_project)
        column.addStretch(1)
        column.addWidget(self.empty_state)
        column.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return holder

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and getattr(self, "_filter_grid", None) is not None \
                and watched is self._filter_grid.parentWidget():
            self._place_filter_tail(watched.width())
        return super().eventFilter(watched, event)

    def _place_filter_tail(self, width: int) -> None:
        grid, head, tail = self._filter_grid, self._filter_head, self._filter_tail
        needed = head.minimumSize().width() + tail.sizeHint().width() + grid.horizontalSpacing()
        below = width < needed
        if below == (grid.getItemPosition(grid.indexOf(tail))[0] == 1):
            return
        grid.removeItem(tail)
        tail.setParent(None)  # free to be added again (Qt refuses a parented one)
        if below:
            grid.addLayout(tail, 1, 0)
        else:
            grid.addLayout(tail, 0, 1)

    def _build_gallery(self) -> QWidget:
        pane = QWidget(self)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.search_edit = QLineEdit(pane)
        self.search_edit.setPlaceholderText(self.tr("Search projects by title or story"))
        self.search_edit.setAccessibleName(self.tr("Search projects by title or story"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(240)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.refresh)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_entered)
        self.status_combo = QComboBox(pane)
        self.status_combo.setAccessibleName(self.tr("Show projects with status"))
        self.status_combo.addItem(self.tr("Any status"), None)
        for status in STATUS_ORDER:
            self.status_combo.addItem(status_text(status), status)
        self.status_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.workshop_combo = QComboBox(pane)
        self.workshop_combo.setAccessibleName(self.tr("Show projects from the workshop"))
        self.workshop_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.workshop_combo.setMinimumContentsLength(16)
        self.workshop_combo.addItem(self.tr("Any workshop"), None)
        self.workshop_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.participant_button = QPushButton(self.tr("Anyone…"), pane)
        self.participant_button.setAccessibleName(
            self.tr("Show the projects of one participant"))
        self.participant_button.clicked.connect(self.choose_participant)
        self.clear_participant_button = QToolButton(pane)
        self.clear_participant_button.setText("×")
        self.clear_participant_button.setAccessibleName(
            self.tr("Show the projects of anyone again"))
        self.clear_participant_button.setToolTip(self.tr("Show the projects of anyone again"))
        self.clear_participant_button.clicked.connect(lambda: self.set_participant_filter(None))
        self.clear_participant_button.hide()
        self.new_button = QPushButton(self.tr("New project (Ctrl+N)"), pane)
        self.new_button.setAccessibleName(self.tr("Create a new project (Ctrl+N)"))
        self.new_button.setProperty("primary", True)
        self.new_button.clicked.connect(self.new_project)
        head = QHBoxLayout()
        head.setSpacing(8)
        head.addWidget(self.search_edit, 3)
        head.addWidget(self.status_combo, 1)
        head.addWidget(self.workshop_combo, 1)
        made_by = QLabel(self.tr("&Made by"), pane)
        made_by.setBuddy(self.participant_button)
        tail = QHBoxLayout()
        tail.setSpacing(8)
        tail.addWidget(made_by)
        tail.addWidget(self.participant_button)
        tail.addWidget(self.clear_participant_button)
        tail.addStretch(1)
        tail.addWidget(self.new_button)
        # One row when it fits; "Made by" and "New project" go under the search when it does
        # not (a large zoom, longer languages): see _place_filter_tail.
        row = QGridLayout()
        row.setHorizontalSpacing(8)
        row.setVerticalSpacing(8)
        row.addLayout(head, 0, 0)
        row.addLayout(tail, 0, 1)
        row.setColumnStretch(0, 1)  # the search grows; the tail keeps its size
        self._filter_grid, self._filter_head, self._filter_tail = row, head, tail
        pane.installEventFilter(self)
        self.model = GalleryModel(self)
        self.gallery = GalleryView(pane)
        self.gallery.setModel(self.model)
        self.gallery.setAccessibleName(self.tr("Projects"))
        self.gallery.setAccessibleDescription(self.tr("Enter opens the highlighted project"))
        self.gallery.activated.connect(lambda index: self.open_project(self.model.row_at(
            index.row()).id))
        self.gallery_status = QLabel(pane)
        self.gallery_status.setObjectName("muted")
        self.gallery_status.setWordWrap(True)
        self.gallery_status.hide()
        self.gallery_message = InlineMessage(pane)
        layout.addLayout(row)
        layout.addWidget(self.gallery_message)
        layout.addWidget(self.gallery_status)
        layout.addWidget(self.gallery, 1)
        return pane

    def _build_project(self) -> QWidget:
        self.project_pane = QWidget(self)
        layout = QVBoxLayout(self.project_pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.back_button = QPushButton(self.tr("← All projects (Esc)"), self.project_pane)
        self.back_button.setAccessibleName(self.tr("Back to all projects (Escape)"))
        self.back_button.clicked.connect(self.back_to_gallery)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.project_message = InlineMessage(self.project_pane)
        self.view = ProjectPageView(self.project_pane)
        self.view.image_loader = self._load_image
        self.view.workshop_requested.connect(self.open_workshop)
        self.view.edit_button.clicked.connect(self.edit_project)
        self.view.delete_button.clicked.connect(self.delete_project)
        self.view.add_photo_button.clicked.connect(self.add_photo)
        self.view.remove_photo_button.clicked.connect(self.remove_photo)
        self.view.attach_button.clicked.connect(self.attach_file)
        self.view.open_file_button.clicked.connect(self.open_file)
        self.view.save_file_button.clicked.connect(self.save_file)
        self.view.remove_file_button.clicked.connect(self.remove_file)
        self.view.add_equipment_button.clicked.connect(self.add_equipment)
        self.view.remove_equipment_button.clicked.connect(self.remove_equipment)
        self.view.show_booking_button.clicked.connect(self.show_booking)
        layout.addLayout(top)
        layout.addWidget(self.project_message)
        layout.addWidget(self.view, 1)
        return self.project_pane

    # --- who may do what -----------------------------------------------------------------------

    def _rank(self) -> int:
        actor = self.context.actor
        return RANK.get(StaffRole(actor.role), 0) if actor is not None else 0

    def can_edit(self) -> bool:
        return self._rank() >= RANK[StaffRole.WORKSHOP_LEADER]

    def can_delete(self) -> bool:
        return self._rank() >= RANK[StaffRole.COORDINATOR]

    def _apply_permissions(self) -> None:
        for button in (self.new_button, self.empty_new_button):
            button.setEnabled(self.can_edit())
        if self.page_data is not None:
            self.view.set_page(self.page_data, self.tz, self.can_edit(), self.can_delete())

    # --- hooks ---------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self._apply_permissions()
        if self.stack.currentIndex() == PROJECT and self.page_data is not None:
            self.reload_project()
        else:
            self.refresh()

    def _announce(self) -> None:
        """Tell the other pages something was written (this page reads again itself)."""
        self._own_change = True
        try:
            self.context.data_changed.emit()
        finally:
            self._own_change = False

    def _data_changed(self) -> None:
        if self._own_change:
            return
        if not self.isVisible():
            self._stale = True
            return
        if self.stack.currentIndex() == PROJECT and self.page_data is not None:
            self.reload_project(quiet=True)
        else:
            self.refresh()

    def show_record(self, record_id: int) -> bool:
        """Open one project's page (from the search or another page)."""
        return self.open_project(record_id)

    # --- the gallery ---------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        return {"text": self.search_edit.text().strip(),
                "status": self.status_combo.currentData(),
                "workshop_id": self.workshop_combo.currentData(),
                "participant_id": self.participant_filter[0] if self.participant_filter else None}

    def _filtered(self) -> bool:
        values = self.filters()
        return bool(values["text"]) or any(values[k] is not None
                                           for k in ("status", "workshop_id", "participant_id"))

    def refresh(self) -> None:
        """Read the gallery again with the current search and filters (one unit of work)."""
        from makerspace_app.services import projects, workshops
        from makerspace_app.services.overview import count_records

        self._search_timer.stop()
        self._stale = False
        values = self.filters()
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                if self.tz is None:
                    self.tz = workshops.makerspace_zone(uow)
                rows = projects.gallery(uow, values["text"], values["status"],
                                        values["workshop_id"], limit=GALLERY_LIMIT,
                                        participant_id=values["participant_id"])
                any_at_all = bool(rows) or count_records(uow, ("projects",)) > 0
                linked = projects.gallery_workshops(uow)
        except DomainError as err:
            self.gallery_message.show_error(err)
            return
        self.gallery_message.clear()
        self._has_any = any_at_all
        self._fill_workshop_filter(linked)
        keep = self.gallery.current_id()
        self.model.set_rows(rows)
        if rows:
            row = self.model.row_of(keep) if keep is not None else -1
            self.gallery.setCurrentIndex(self.model.index(max(row, 0), 0))
        if self.stack.currentIndex() != PROJECT or self.page_data is None:
            self.stack.setCurrentIndex(GALLERY if any_at_all else EMPTY)
        if len(rows) >= GALLERY_LIMIT:
            status = self.tr("Showing the %1 most recently changed projects. Search or filter "
                             "to find the others.").replace("%1", str(GALLERY_LIMIT))
        elif rows:
            status = self.tr("Projects shown: %1").replace("%1", QLocale().toString(len(rows)))
        elif self._filtered():
            status = self.tr("No project matches. Clear the search or choose “Any” in the "
                             "filters.")
        else:
            status = ""
        self.gallery_status.setText(status)
        self.gallery_status.setVisible(bool(status))

    def _fill_workshop_filter(self, linked: list[tuple[int, str]]) -> None:
        chosen = self.workshop_combo.currentData()
        self.workshop_combo.blockSignals(True)
        try:
            self.workshop_combo.clear()
            self.workshop_combo.addItem(self.tr("Any workshop"), None)
            for workshop_id, title in linked:
                self.workshop_combo.addItem(title, workshop_id)
            self.workshop_combo.setCurrentIndex(max(0, self.workshop_combo.findData(chosen)))
        finally:
            self.workshop_combo.blockSignals(False)

    def _search_entered(self) -> None:
        self.refresh()
        if self.model.rowCount():
            self.gallery.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_participant(self) -> None:
        person = ParticipantPicker.ask(
            self, self.context, self.tr("Projects made by"),
            self.tr("Whose projects? Type part of a name or scan their badge."))
        if person is not None:
            self.set_participant_filter((person.id, person.display_name))

    def set_participant_filter(self, chosen: tuple[int, str] | None) -> None:
        self.participant_filter = chosen
        if chosen is None:
            self.participant_button.setText(self.tr("Anyone…"))
            self.participant_button.setAccessibleName(
                self.tr("Show the projects of one participant"))
        else:
            self.participant_button.setText(chosen[1])
            self.participant_button.setAccessibleName(
                self.tr("Showing the projects of %1; choose someone else").replace(
                    "%1", chosen[1]))
        self.clear_participant_button.setVisible(chosen is not None)
        self.refresh()

    # --- one project ---------------------------------------------------------------------------

    def _read_page(self, project_id: int) -> ProjectPage:
        from makerspace_app.services import projects, workshops

        with self.context.unit_of_work(read_only=True) as uow:
            if self.tz is None:
                self.tz = workshops.makerspace_zone(uow)
            return projects.project_page(uow, project_id)

    def open_project(self, project_id: int) -> bool:
        try:
            page = self._read_page(project_id)
        except DomainError as err:
            self.gallery_message.show_error(err)
            if self.stack.currentIndex() == PROJECT:
                self.back_to_gallery()
            return False
        self.page_data = page
        self.project_message.clear()
        self.view.set_page(page, self.tz, self.can_edit(), self.can_delete())
        self.stack.setCurrentIndex(PROJECT)
        self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def reload_project(self, quiet: bool = False) -> None:
        if self.page_data is None:
            return
        project_id = self.page_data.project.id
        try:
            page = self._read_page(project_id)
        except DomainError as err:
            self.page_data = None
            self.back_to_gallery()
            if not quiet:
                self.gallery_message.show_error(err)
            return
        self.page_data = page
        self.view.set_page(page, self.tz, self.can_edit(), self.can_delete())

    def back_to_gallery(self) -> None:
        shown = self.page_data.project.id if self.page_data is not None else None
        self.page_data = None
        self.refresh()
        if shown is not None:
            row = self.model.row_of(shown)
            if row >= 0:
                self.gallery.setCurrentIndex(self.model.index(row, 0))
        if self.stack.currentIndex() == GALLERY:
            self.gallery.setFocus(Qt.FocusReason.OtherFocusReason)

    def _load_image(self, photo_id: int) -> bytes:
        from makerspace_app.services import projects

        with self.context.unit_of_work(read_only=True) as uow:
            return projects.get_photo_image(uow, photo_id)

    def _changed(self, text: str) -> None:
        """After a change: tell the app, read the page again and say what happened."""
        self._announce()
        self.reload_project()
        self.project_message.show_message(text, "success")

    # --- create, edit, remove ------------------------------------------------------------------

    def new_project(self) -> Any | None:
        if not self.can_edit():
            return None
        workshop_id = self.workshop_combo.currentData() if self.stack.currentIndex() == GALLERY \
            else None
        saved = ProjectDialog.run(self, self.context, None, workshop_id)
        if saved is None:
            return None
        self._announce()
        self.open_project(saved.id)
        self.project_message.show_message(
            self.tr("“%1” is saved. Add its photos and files next.").replace(
                "%1", isolate(saved.title)), "success")
        return saved

    def edit_project(self) -> Any | None:
        if self.page_data is None or not self.can_edit() or self.stack.currentIndex() != PROJECT:
            return None
        saved = ProjectDialog.run(self, self.context, self.page_data.project)
        if saved is not None:
            self._changed(self.tr("Saved."))
        return saved

    def delete_project(self) -> bool:
        if self.page_data is None or not self.can_delete():
            return False
        page = self.page_data
        if not confirm_destructive(
            self, self.tr("Remove the project?"),
            self.tr("Remove “%1”?").replace("%1", isolate(page.project.title)),
            self.tr("Its %1 photos, %2 files and the list of equipment used are removed too. "
                    "The team's bookings stay.").replace("%1", str(len(page.photos)))
            .replace("%2", str(len(page.files))),
            self.tr("Remove the project"), self.tr("Keep it"),
            keep_name=self.tr("Keep the project"),
        ):
            return False
        return self.delete_now(page.project.id)

    def delete_now(self, project_id: int) -> bool:
        from makerspace_app.services import projects

        try:
            with self.context.unit_of_work() as uow:
                title = projects.delete_project(uow, project_id)
        except DomainError as err:
            self.project_message.show_error(err)
            return False
        self.page_data = None
        self._announce()
        self.back_to_gallery()
        self.gallery_message.show_message(
            self.tr("“%1” is removed.").replace("%1", isolate(title)), "success")
        return True

    # --- photos --------------------------------------------------------------------------------

    def _pictures_folder(self) -> str:
        return QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.PicturesLocation) or os.path.expanduser("~")

    def add_photo(self) -> Any | None:
        if self.page_data is None or not self.can_edit():
            return None
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo of the project"), self._pictures_folder(),
            self.tr("Photos (*.png *.jpg *.jpeg *.gif *.webp)"))
        if not path:
            return None
        return self.add_photo_from(path)

    def add_photo_from(self, path: str) -> Any | None:
        """The warning dialog for the photo at ``path``; attached when confirmed and allowed."""
        if self.page_data is None:
            return None
        dialog, why = PhotoDialog.open_file(self, self.context, self.page_data.project, path)
        if dialog is None:
            self.project_message.show_error(why)
            return None
        photo = dialog.run()
        if photo is not None:
            self._changed(self.tr("The photo is attached."))
            self.view.show_photo(photo.id)
            row = next((n for n, p in enumerate(self.page_data.photos) if p.id == photo.id), -1)
            if row >= 0:
                self.view.strip.setCurrentRow(row)
        return photo

    def remove_photo(self) -> bool:
        photo_id = self.view.photo_id_shown
        if photo_id is None or self.page_data is None:
            return False
        if not confirm_destructive(
            self, self.tr("Remove the photo?"), self.tr("Remove the photo shown?"),
            self.tr("It is deleted from the makerspace's records."),
            self.tr("Remove the photo"), self.tr("Keep it"), keep_name=self.tr("Keep the photo"),
        ):
            return False
        return self.remove_photo_now(photo_id)

    def remove_photo_now(self, photo_id: int) -> bool:
        from makerspace_app.services import projects

        return self._change(lambda uow: projects.remove_photo(uow, photo_id),
                            self.tr("The photo is removed."))

    def _change(self, action: Any, done: str) -> bool:
        """Run one change to the project shown; say it is done, or why it was refused."""
        try:
            with self.context.unit_of_work() as uow:
                action(uow)
        except DomainError as err:
            self.project_message.show_error(err)
            return False
        self._changed(done)
        return True

    # --- files ---------------------------------------------------------------------------------

    def attach_file(self) -> Any | None:
        if self.page_data is None or not self.can_edit():
            return None
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file to attach"), os.path.expanduser("~"))
        if not path:
            return None
        return self.attach_file_from(path)

    def attach_file_from(self, path: str) -> Any | None:
        from makerspace_app.services import projects

        if self.page_data is None:
            return None
        name = os.path.basename(path)
        try:
            size = os.path.getsize(path)
            if size > MAX_FILE_BYTES:
                self.project_message.show_error(
                    self.tr("“%1” is %2; a project file can be at most %3. Compress it or split "
                            "it, or link to it in the story instead.").replace("%1", name)
                    .replace("%2", size_text(size)).replace("%3", size_text(MAX_FILE_BYTES)))
                return None
            with open(path, "rb") as handle:
                content = handle.read()
        except OSError as err:
            self.project_message.show_error(
                self.tr("“%1” cannot be read (%2). Choose another file.").replace("%1", name)
                .replace("%2", err.strerror or str(err)))
            return None
        try:
            with self.context.unit_of_work() as uow:
                attached = projects.attach_file(uow, self.page_data.project.id, name, "", content)
        except DomainError as err:
            self.project_message.show_error(err)
            return None
        self._changed(self.tr("“%1” is attached (%2).").replace("%1", attached.filename)
                      .replace("%2", size_text(attached.size)))
        return attached

    def _file_content(self, file_id: int) -> tuple[str, str, bytes] | None:
        from makerspace_app.services import projects

        try:
            with self.context.unit_of_work(read_only=True) as uow:
                return projects.get_file_content(uow, file_id)
        except DomainError as err:
            self.project_message.show_error(err)
            return None

    def save_file(self) -> str | None:
        file_id = self.view.current_file_id()
        if file_id is None:
            return None
        found = self._file_content(file_id)
        if found is None:
            return None
        name, _kind, content = found
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or os.path.expanduser("~")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy of “%1”").replace("%1", name), os.path.join(folder, name))
        if not path:
            return None
        try:
            with open(path, "wb") as handle:
                handle.write(content)
        except OSError as err:
            self.project_message.show_error(
                self.tr("The copy could not be written to %1 (%2). Choose another folder.")
                .replace("%1", path).replace("%2", err.strerror or str(err)))
            return None
        self.project_message.show_message(self.tr("Saved a copy as %1.").replace("%1", path),
                                          "success")
        return path

    def open_file(self) -> str | None:
        """Open a copy of the file (in a private temporary folder) with the system's program."""
        file_id = self.view.current_file_id()
        if file_id is None:
            return None
        found = self._file_content(file_id)
        if found is None:
            return None
        name, _kind, content = found
        try:
            folder = tempfile.mkdtemp(prefix="makerspace-project-")
            path = os.path.join(folder, os.path.basename(name) or "file")
            with open(path, "wb") as handle:
                handle.write(content)
        except OSError as err:
            self.project_message.show_error(
                self.tr("The file could not be opened (%1). Use “Save as…” instead.")
                .replace("%1", err.strerror or str(err)))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.project_message.show_error(
                self.tr("No program on this computer opens “%1”. Use “Save as…” and open it "
                        "from there.").replace("%1", name))
            return None
        return path

    def remove_file(self) -> bool:
        file_id = self.view.current_file_id()
        if file_id is None or self.page_data is None:
            return False
        row = next((f for f in self.page_data.files if f.id == file_id), None)
        name = row.filename if row is not None else ""
        if not confirm_destructive(
            self, self.tr("Remove the file?"), self.tr("Remove “%1”?").replace("%1", name),
            self.tr("It is deleted from the project; save a copy first if you need it."),
            self.tr("Remove the file"), self.tr("Keep it"), keep_name=self.tr("Keep the file"),
        ):
            return False
        return self.remove_file_now(file_id)

    def remove_file_now(self, file_id: int) -> bool:
        from makerspace_app.services import projects

        return self._change(lambda uow: projects.remove_file(uow, file_id),
                            self.tr("The file is removed."))

    # --- equipment used ------------------------------------------------------------------------

    def add_equipment(self) -> Any | None:
        if self.page_data is None or not self.can_edit():
            return None
        use = EquipmentDialog.run(self, self.context, self.page_data.project, self.tz)
        if use is not None:
            self._changed(self.tr("%1 is listed as used.").replace("%1", use.equipment_name))
        return use

    def remove_equipment(self) -> bool:
        from makerspace_app.services import projects

        use_id = self.view.current_equipment_id()
        if use_id is None:
            return False
        try:
            with self.context.unit_of_work() as uow:
                projects.remove_equipment_use(uow, use_id)
        except DomainError as err:
            self.project_message.show_error(err)
            return False
        self._changed(self.tr("Removed from the list of equipment used."))
        return True

    # --- elsewhere -----------------------------------------------------------------------------

    def show_booking(self) -> bool:
        """Bookings, on the day of the highlighted equipment's booking."""
        found = self.view.current_booking()
        window = self.window()
        go_to = getattr(window, "go_to", None)
        if found is None or not callable(go_to) or not go_to("bookings"):
            return False
        starts_at = found[1]
        if starts_at.tzinfo is None:
            starts_at = starts_at.replace(tzinfo=dt.UTC)
        day = starts_at.astimezone(self.tz).date() if self.tz is not None else starts_at.date()
        window.page("bookings").go_to_day(day)
        return True

    def open_workshop(self, workshop_id: int) -> None:
        window = self.window()
        go_to = getattr(window, "go_to", None)
        if callable(go_to) and go_to("workshops"):
            window.page("workshops").show_record(workshop_id)
