"""Workshops: courses and events with their sessions, enrolments and attendance.

The list is on the left (search by title; upcoming, past or all), the chosen workshop on the
right in four tabs:

* Details: title, description, leaders, space, places, ages, languages, materials, the
  certification a training grants and the completion rule; Save / Cancel (Ctrl+S).
* Sessions: add one or a weekly / fortnightly series, move or cancel one (the people to tell
  are listed), and take attendance (Enter opens the attendance dialog).
* Participants: enrol by searching a participant (a full workshop fills its waitlist);
  withdrawing says who moved up from the waitlist.
* Attendance: the grid of sessions × participants; a click or Space changes one box.

"Complete workshop…" shows who qualifies and who does not (and why), records completion and,
for a training, grants the certification. Every action is one unit of work.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTime,
    QTimer,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeySequence,
    QPainter,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.enums import Recurrence, StaffRole
from makerspace_app.domain.errors import DomainError
from makerspace_app.services.spaces import SpaceRow
from makerspace_app.ui import theme
from makerspace_app.ui.areas import Area
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.dialogs.attendance import AttendanceDialog, ParticipantPicker
from makerspace_app.ui.dialogs.confirm import confirm_destructive
from makerspace_app.ui.dialogs.unsaved import DISCARD, SAVE, UnsavedChangesDialog
from makerspace_app.ui.errors import translate_error
from makerspace_app.ui.models.workshops_model import (
    ID_ROLE,
    NOT_MARKED,
    SUBTITLE_ROLE,
    TICK,
    CompletionModel,
    EnrolmentsModel,
    SessionsModel,
    WorkshopListModel,
    day_text,
    isolate,
    name_view_parts,
    time_text,
    when_text,
)
from makerspace_app.ui.pages.base import AreaPage
from makerspace_app.ui.widgets.attendance_grid import AttendanceGrid
from makerspace_app.ui.widgets.empty_state import EmptyState
from makerspace_app.ui.widgets.message import InlineMessage

log = logging.getLogger(__name__)

RANKS = {StaffRole.FRONT_DESK: 1, StaffRole.WORKSHOP_LEADER: 2, StaffRole.COORDINATOR: 3,
         StaffRole.ADMIN: 4}
DETAILS_TAB, SESSIONS_TAB, PARTICIPANTS_TAB, ATTENDANCE_TAB = range(4)
UTC = dt.UTC
LIST_LIMIT = 500  # workshops listed at once; typing narrows the list in the database


def _combo(parent: QWidget, name: str) -> QComboBox:
    combo = QComboBox(parent)
    combo.setAccessibleName(name)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    return combo


def _set_combo_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _table(parent: QWidget, model: Any, name: str) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setStretchLastSection(True)
    name_view_parts(view, name)
    return view


class TwoLineDelegate(QStyledItemDelegate):
    """A list row with the title on top and a quieter line under it (when, places)."""

    PADDING = 7

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        subtitle = index.data(SUBTITLE_ROLE) or ""
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        palette = opt.palette
        main = palette.color(QPalette.ColorRole.HighlightedText if selected
                             else QPalette.ColorRole.Text)
        quiet = main if selected else theme.muted_text(palette)
        bold = QFont(opt.font)
        bold.setWeight(QFont.Weight.DemiBold)
        top_metrics, sub_metrics = QFontMetrics(bold), QFontMetrics(opt.font)
        area = opt.rect.adjusted(10, self.PADDING, -10, -self.PADDING)
        align = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        painter.save()
        painter.setFont(bold)
        painter.setPen(main)
        first = QRect(area.x(), area.y(), area.width(), top_metrics.height())
        painter.drawText(first, align, top_metrics.elidedText(
            title, Qt.TextElideMode.ElideRight, area.width()))
        painter.setFont(opt.font)
        painter.setPen(quiet)
        second = QRect(area.x(), first.bottom() + 3, area.width(), sub_metrics.height())
        painter.drawText(second, align, sub_metrics.elidedText(
            subtitle, Qt.TextElideMode.ElideRight, area.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        height = QFontMetrics(bold).height() + QFontMetrics(option.font).height()
        return QSize(200, height + 3 + 2 * self.PADDING)


# --- Dialogs of the page ----------------------------------------------------------------------


@dataclass(frozen=True)
class SessionPlan:
    day: dt.date
    start: dt.time
    end: dt.time
    space_id: int | None
    count: int = 1
    recurrence: Recurrence = Recurrence.WEEKLY


class SessionDialog(QDialog):
    """Add one session, add a series, or move a session. ``ask`` returns a SessionPlan."""

    ONE, SERIES, MOVE = "one", "series", "move"

    def __init__(self, mode: str, spaces: list[SpaceRow], initial: SessionPlan,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        title = {self.ONE: self.tr("Add a session"), self.SERIES: self.tr("Add a series of sessions"),
                 self.MOVE: self.tr("Move the session")}[mode]
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setDate(QDate(initial.day.year, initial.day.month, initial.day.day))
        self.date_edit.setAccessibleName(
            self.tr("Date of the first session") if mode == self.SERIES else self.tr("Date"))
        self.start_edit = QTimeEdit(self)
        self.start_edit.setTime(QTime(initial.start.hour, initial.start.minute))
        self.start_edit.setAccessibleName(self.tr("Starts at"))
        self.end_edit = QTimeEdit(self)
        self.end_edit.setTime(QTime(initial.end.hour, initial.end.minute))
        self.end_edit.setAccessibleName(self.tr("Ends at"))
        self.space_combo = _combo(self, self.tr("Where"))
        self.space_combo.addItem(self.tr("The workshop's own space"), None)
        for space in spaces:
            self.space_combo.addItem(space.label, space.id)
        _set_combo_data(self.space_combo, initial.space_id)
        form.addRow(self.tr("&First date") if mode == self.SERIES else self.tr("&Date"),
                    self.date_edit)
        form.addRow(self.tr("&Starts at"), self.start_edit)
        form.addRow(self.tr("&Ends at"), self.end_edit)
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(1, 104)
        self.count_spin.setValue(max(1, initial.count if mode == self.SERIES else 1))
        self.count_spin.setSuffix(self._sessions_suffix(self.count_spin.value()))
        self.count_spin.valueChanged.connect(
            lambda value: self.count_spin.setSuffix(self._sessions_suffix(value)))
        self.count_spin.setAccessibleName(self.tr("How many sessions"))
        self.repeat_combo = _combo(self, self.tr("Repeats"))
        self.repeat_combo.addItem(self.tr("Every week"), Recurrence.WEEKLY)
        self.repeat_combo.addItem(self.tr("Every two weeks"), Recurrence.FORTNIGHTLY)
        if mode == self.SERIES:
            form.addRow(self.tr("&Repeats"), self.repeat_combo)
            form.addRow(self.tr("&How many"), self.count_spin)
        else:
            self.count_spin.hide()
            self.repeat_combo.hide()
        form.addRow(self.tr("&Where"), self.space_combo)
        note = QLabel(self)
        note.setObjectName("muted")
        note.setWordWrap(True)
        if mode == self.SERIES:
            note.setText(self.tr("Each session keeps the same local time, also across clock "
                                 "changes. Days the makerspace is closed are skipped and listed."))
        elif mode == self.MOVE:
            note.setText(self.tr("The enrolled participants are listed afterwards, so you can "
                                 "tell them."))
        note.setVisible(bool(note.text()))
        ok = QPushButton({self.ONE: self.tr("Add session"), self.SERIES: self.tr("Add series"),
                          self.MOVE: self.tr("Move session")}[mode], self)
        ok.setAccessibleName(ok.text())
        ok.setProperty("primary", True)
        ok.setDefault(True)
        ok.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAccessibleName(self.tr("Cancel: change nothing"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addLayout(buttons)

    def plan(self) -> SessionPlan:
        day = self.date_edit.date()
        start, end = self.start_edit.time(), self.end_edit.time()
        return SessionPlan(
            dt.date(day.year(), day.month(), day.day()),
            dt.time(start.hour(), start.minute()), dt.time(end.hour(), end.minute()),
            self.space_combo.currentData(), self.count_spin.value(),
            Recurrence(self.repeat_combo.currentData()))

    def _sessions_suffix(self, value: int) -> str:
        return self.tr(" session") if value == 1 else self.tr(" sessions")

    @classmethod
    def ask(cls, parent: QWidget | None, mode: str, spaces: list[SpaceRow],
            initial: SessionPlan) -> SessionPlan | None:
        dialog = cls(mode, spaces, initial, parent)
        dialog.date_edit.setFocus()
        plan = dialog.plan() if dialog.exec() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return plan


class InformDialog(QDialog):
    """Who to tell about a change, with how to reach them (copyable)."""

    def __init__(self, title: str, intro: str, people: list[Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(520, 380)
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        self.list_edit = QPlainTextEdit(self)
        self.list_edit.setReadOnly(True)
        self.list_edit.setAccessibleName(self.tr("People to tell, with their contact"))
        lines = []
        for person in people:
            contact = person.contact or self.tr("no contact on record")
            if person.guardian_name and person.contact == person.guardian_contact:
                contact = self.tr("%1 (guardian: %2)").replace("%1", contact).replace(
                    "%2", person.guardian_name)
            lines.append(f"{isolate(person.display_name)} — {contact}")
        self.list_edit.setPlainText("\n".join(lines))
        copy = QPushButton(self.tr("Copy list"), self)
        copy.setAccessibleName(self.tr("Copy the list of people to tell"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.list_edit.toPlainText()))
        close = QPushButton(self.tr("Close"), self)
        close.setAccessibleName(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(copy)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addWidget(self.list_edit, 1)
        layout.addLayout(buttons)

    @classmethod
    def show_people(cls, parent: QWidget | None, title: str, intro: str,
                    people: list[Any]) -> None:
        dialog = cls(title, intro, people, parent)
        dialog.exec()
        dialog.deleteLater()


class CompletionDialog(QDialog):
    """Who qualifies and who does not (and why); "Record completion" stores it and, for a
    training, grants the certification. The result stays on screen."""

    def __init__(self, context: AppContext, workshop: Any, tz: ZoneInfo | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.workshop = workshop
        self.tz = tz
        self.result_value: Any | None = None
        title = self.tr("Complete “%1”").replace("%1", isolate(workshop.title))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.resize(900, 540)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.model = CompletionModel(self)
        self.view = _table(self, self.model, self.tr("Who completes and who does not"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(CompletionModel.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CompletionModel.ATTENDED,
                                    QHeaderView.ResizeMode.ResizeToContents)
        self.message = InlineMessage(self)
        self.record_button = QPushButton(self.tr("Record completion"), self)
        self.record_button.setAccessibleName(
            self.tr("Record completion for everyone who qualifies"))
        self.record_button.setProperty("primary", True)
        self.record_button.setDefault(True)
        self.record_button.clicked.connect(self.record)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.load()

    def load(self, newly: set[int] | None = None) -> None:
        from makerspace_app.services import attendance

        try:
            with self.context.unit_of_work(read_only=True) as uow:
                rows = attendance.completion_status(uow, self.workshop.id)
        except DomainError as err:
            self.message.show_error(err)
            self.record_button.setEnabled(False)
            return
        self.model.set_completion(rows, self.tz, newly)
        qualify = [r for r in rows if r.complete and r.completed_at is None]
        done = [r for r in rows if r.completed_at is not None]
        missing = [r for r in rows if not r.complete]
        parts = [self.tr("%1 qualify now, %2 already completed, %3 have not completed (the "
                         "list says why).").replace("%1", str(len(qualify)))
                 .replace("%2", str(len(done))).replace("%3", str(len(missing)))]
        if self.workshop.grants_category_name:
            parts.append(self.tr("This is a training: recording completion grants the "
                                 "certification for %1, so they can book it.")
                         .replace("%1", self.workshop.grants_category_name))
        if not rows:
            parts = [self.tr("Nobody is enrolled in this workshop, so nobody can complete it.")]
        self.intro.setText(" ".join(parts))
        if self.result_value is None:
            self.record_button.setEnabled(bool(qualify) or bool(
                self.workshop.grants_category_name and done))

    def record(self) -> Any | None:
        from makerspace_app.services import attendance

        try:
            with self.context.unit_of_work() as uow:
                result = attendance.complete_workshop(uow, self.workshop.id)
        except DomainError as err:
            self.message.show_error(err)
            return None
        self.result_value = result
        self.context.data_changed.emit()
        self.load({r.participant_id for r in result.newly_completed})
        lines = []
        names = ", ".join(isolate(r.display_name) for r in result.newly_completed)
        if result.newly_completed:
            lines.append(self.tr("%1 Completed now (%2): %3.").replace("%1", TICK).replace(
                "%2", str(len(result.newly_completed))).replace("%3", names))
        else:
            lines.append(self.tr("Nobody new completed the workshop."))
        if result.certifications_granted:
            granted = ", ".join(isolate(c.participant_name)
                                for c in result.certifications_granted)
            category = result.certifications_granted[0].category_name
            lines.append(self.tr("Certification for %1 granted to %2.").replace(
                "%1", category).replace("%2", granted))
        if result.not_completed:
            lines.append(self.tr("%1 have not completed; the list says why.").replace(
                "%1", str(len(result.not_completed))))
        self.message.show_message(" ".join(lines), "success")
        self.record_button.setEnabled(False)
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        return result

    @classmethod
    def run(cls, parent: QWidget | None, context: AppContext, workshop: Any,
            tz: ZoneInfo | None) -> Any | None:
        """Show the dialog; returns the CompletionResult if completion was recorded."""
        dialog = cls(context, workshop, tz, parent)
        dialog.view.setFocus()
        dialog.exec()
        result = dialog.result_value
        dialog.deleteLater()
        return result


# --- The page ----------------------------------------------------------------------------------


class WorkshopsPage(AreaPage):
    """The Workshops area. ``show_record(workshop_id)`` opens one workshop."""

    def __init__(self, area: Area, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(area, context, parent)
        self.tz: ZoneInfo | None = None
        self.current: Any | None = None  # the WorkshopRow shown (None: none, or a new one)
        self.creating = False
        self._dirty = False
        self._loading = False
        self._spaces: list[SpaceRow] = []
        self._staff: list[Any] = []
        self._categories: list[Any] = []
        self._reference_loaded = False
        self._has_any = True
        self._syncing_list = False

        self.stack = QStackedWidget(self)
        self.body.addWidget(self.stack, 1)
        self.stack.addWidget(self._build_empty())
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_list())
        self.splitter.addWidget(self._build_details())
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 900])
        self.stack.addWidget(self.splitter)

        # Window-wide while this page is the one shown (a hidden page's shortcuts sleep).
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_workshop)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_changes)
        self._show_nothing()
        # Written elsewhere (attendance from Today, an erased participant, a new certification
        # category): read again when the page is next shown. Its own changes reload at once.
        self._stale = False
        context.data_changed.connect(self._data_changed)

    # --- building ------------------------------------------------------------------------------

    def _build_empty(self) -> QWidget:
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.empty_state = EmptyState(
            "workshops", self.tr("No workshops yet — create one (Ctrl+N)"),
            self.tr("A workshop is a course or an event with one or more sessions. Create one, "
                    "add its sessions, enrol participants and take attendance; a training can "
                    "grant the certification for a kind of equipment."), holder)
        self.empty_new_button = QPushButton(self.tr("New workshop (Ctrl+N)"), holder)
        self.empty_new_button.setAccessibleName(self.tr("Create a new workshop (Ctrl+N)"))
        self.empty_new_button.setProperty("primary", True)
        self.empty_new_button.clicked.connect(self.new_workshop)
        column.addStretch(1)
        column.addWidget(self.empty_state, 0)
        column.addWidget(self.empty_new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return holder

    def _build_list(self) -> QWidget:
        pane = QWidget(self)
        pane.setMinimumWidth(300)
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        self.search_edit = QLineEdit(pane)
        self.search_edit.setPlaceholderText(self.tr("Search workshops by title"))
        self.search_edit.setAccessibleName(self.tr("Search workshops by title"))
        self.search_edit.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._search_timer.timeout.connect(self.refresh_list)
        self.search_edit.textEdited.connect(lambda _t: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_entered)
        self.period_combo = _combo(pane, self.tr("Show which workshops"))
        # Short, so that "New" beside it keeps its whole text when the list is narrow (zoom).
        self.period_combo.setMinimumContentsLength(7)
        self.period_combo.addItem(self.tr("Upcoming"), "upcoming")
        self.period_combo.addItem(self.tr("Past"), "past")
        self.period_combo.addItem(self.tr("All"), "all")
        self.period_combo.currentIndexChanged.connect(lambda _i: self.refresh_list())
        self.new_button = QPushButton(self.tr("New (Ctrl+N)"), pane)
        self.new_button.setAccessibleName(self.tr("Create a new workshop (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_workshop)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.period_combo, 1)
        row.addWidget(self.new_button)
        self.list_model = WorkshopListModel(self)
        self.list_view = QListView(pane)
        self.list_view.setObjectName("workshopList")
        self.list_view.setModel(self.list_model)
        self.list_view.setModelColumn(WorkshopListModel.TITLE)
        self.list_view.setItemDelegate(TwoLineDelegate(self.list_view))
        self.list_view.setAccessibleName(self.tr("Workshops"))
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setUniformItemSizes(True)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.selectionModel().currentRowChanged.connect(self._list_row_changed)
        self.list_status = QLabel(pane)
        self.list_status.setObjectName("muted")
        self.list_status.setWordWrap(True)
        self.list_status.hide()
        layout.addWidget(self.search_edit)
        layout.addLayout(row)
        layout.addWidget(self.list_view, 1)
        layout.addWidget(self.list_status)
        return pane

    def _build_details(self) -> QWidget:
        self.right = QStackedWidget(self)
        hint = QLabel(self.tr("Choose a workshop in the list, or create one (Ctrl+N)."), self)
        hint.setObjectName("muted")
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        self.right.addWidget(hint)

        panel = QWidget(self)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(6)
        self.heading = QLabel(panel)
        self.heading.setObjectName("sectionTitle")
        self.heading.setWordWrap(True)
        self.heading.setFont(theme.heading_font(self, 1.3))
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel(panel)
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        self.complete_button = QPushButton(self.tr("Complete workshop…"), panel)
        self.complete_button.setAccessibleName(
            self.tr("Complete the workshop: who qualifies, who does not and why"))
        self.complete_button.clicked.connect(self.complete_workshop)
        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.heading)
        titles.addWidget(self.summary)
        head.addLayout(titles, 1)
        head.addWidget(self.complete_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)

        self.tabs = QTabWidget(panel)
        self.tabs.setAccessibleName(self.tr("Workshop sections"))
        self.tabs.addTab(self._build_form(), self.tr("&Details"))
        self.tabs.addTab(self._build_sessions(), self.tr("&Sessions"))
        self.tabs.addTab(self._build_participants(), self.tr("&Participants"))
        self.tabs.addTab(self._build_attendance(), self.tr("&Attendance"))
        layout.addWidget(self.tabs, 1)
        self.right.addWidget(panel)
        return self.right

    def _build_form(self) -> QWidget:
        tab = QWidget(self)
        outer = QVBoxLayout(tab)
        outer.setContentsMargins(0, 8, 0, 0)
        form_holder = QWidget(tab)
        form = QFormLayout(form_holder)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(8)
        form.setContentsMargins(4, 4, 16, 8)

        self.title_edit = QLineEdit(form_holder)
        self.title_edit.setAccessibleName(self.tr("Title"))
        self.title_edit.setPlaceholderText(self.tr("For example “Laser cutting for beginners”"))
        self.description_edit = QPlainTextEdit(form_holder)
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(72)
        self.leaders_list = QListWidget(form_holder)
        self.leaders_list.setAccessibleName(self.tr("Leaders"))
        self.leaders_list.setAccessibleDescription(
            self.tr("Space ticks or unticks the highlighted staff member"))
        self.leaders_list.setMaximumHeight(104)
        self.space_combo = _combo(form_holder, self.tr("Space"))
        self.capacity_spin = QSpinBox(form_holder)
        self.capacity_spin.setRange(0, 10_000)
        self.capacity_spin.setAccessibleName(self.tr("Places"))
        self.capacity_spin.setSuffix(self.tr(" places"))
        self.capacity_spin.setMaximumWidth(160)
        self.min_age_spin = QSpinBox(form_holder)
        self.min_age_spin.setRange(-1, 120)
        self.min_age_spin.setSpecialValueText(self.tr("No minimum"))
        self.min_age_spin.setAccessibleName(self.tr("Minimum age"))
        self.max_age_spin = QSpinBox(form_holder)
        self.max_age_spin.setRange(-1, 120)
        self.max_age_spin.setSpecialValueText(self.tr("No maximum"))
        self.max_age_spin.setAccessibleName(self.tr("Maximum age"))
        ages = QHBoxLayout()
        ages.setSpacing(8)
        ages.addWidget(self.capacity_spin)
        ages.addSpacing(16)
        ages_label = QLabel(self.tr("A&ges"), form_holder)
        ages_label.setBuddy(self.min_age_spin)
        ages.addWidget(ages_label)
        ages.addWidget(self.min_age_spin)
        to_label = QLabel(self.tr("to"), form_holder)
        ages.addWidget(to_label)
        ages.addWidget(self.max_age_spin)
        ages.addStretch(1)
        self.languages_edit = QLineEdit(form_holder)
        self.languages_edit.setAccessibleName(self.tr("Languages"))
        self.languages_edit.setPlaceholderText(self.tr("Language codes, for example en, es, ar"))
        self.materials_edit = QPlainTextEdit(form_holder)
        self.materials_edit.setAccessibleName(self.tr("Materials"))
        self.materials_edit.setTabChangesFocus(True)
        self.materials_edit.setMaximumHeight(56)
        self.training_combo = _combo(form_holder, self.tr("Training: grants certification for"))
        self.rule_combo = _combo(form_holder, self.tr("Completion rule"))
        self.rule_combo.addItem(self.tr("Attend every session"), "all")
        self.rule_combo.addItem(self.tr("Attend at least a number of sessions"), "count")
        self.rule_combo.addItem(self.tr("Attend at least a share of the sessions"), "percent")
        self.rule_spin = QSpinBox(form_holder)
        self.rule_spin.setAccessibleName(self.tr("Sessions or percentage needed"))
        self.rule_spin.setMaximumWidth(160)
        rule = QHBoxLayout()
        rule.setSpacing(8)
        rule.addWidget(self.rule_combo, 1)
        rule.addWidget(self.rule_spin)
        self.rule_combo.currentIndexChanged.connect(self._rule_kind_changed)
        self.rule_spin.valueChanged.connect(lambda _v: self._rule_suffix())

        def label(text: str, buddy: QWidget) -> QLabel:
            lab = QLabel(text, form_holder)
            lab.setBuddy(buddy)
            return lab

        form.addRow(label(self.tr("&Title"), self.title_edit), self.title_edit)
        form.addRow(label(self.tr("D&escription"), self.description_edit), self.description_edit)
        form.addRow(label(self.tr("&Leaders"), self.leaders_list), self.leaders_list)
        form.addRow(label(self.tr("Spa&ce"), self.space_combo), self.space_combo)
        form.addRow(label(self.tr("Pla&ces"), self.capacity_spin), ages)
        form.addRow(label(self.tr("La&nguages"), self.languages_edit), self.languages_edit)
        form.addRow(label(self.tr("&Materials"), self.materials_edit), self.materials_edit)
        form.addRow(label(self.tr("T&raining for"), self.training_combo), self.training_combo)
        form.addRow(label(self.tr("C&ompletion"), self.rule_combo), rule)

        scroll = QScrollArea(tab)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_holder)
        scroll.setAccessibleName(self.tr("Workshop details form"))
        outer.addWidget(scroll, 1)

        self.form_message = InlineMessage(tab)
        self.read_only_note = QLabel(
            self.tr("Only the workshop's leaders, coordinators and admins can change it."), tab)
        self.read_only_note.setObjectName("muted")
        self.read_only_note.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), tab)
        self.cancel_button.setAccessibleName(self.tr("Cancel: show the stored workshop again"))
        self.cancel_button.clicked.connect(self.discard_changes)
        self.save_button = QPushButton(self.tr("Save"), tab)
        self.save_button.setAccessibleName(self.tr("Save the workshop (Ctrl+S)"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_changes)
        bar = QFrame(tab)
        bar.setObjectName("buttonBar")
        bar_layout = QVBoxLayout(bar)
        bar_layout.setContentsMargins(0, 8, 0, 12)
        bar_layout.addWidget(self.form_message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.read_only_note, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        bar_layout.addLayout(buttons)
        outer.addWidget(bar)

        for edit in (self.title_edit, self.languages_edit):
            edit.textEdited.connect(self._changed)
        for text in (self.description_edit, self.materials_edit):
            text.textChanged.connect(self._changed)
        for spin in (self.capacity_spin, self.min_age_spin, self.max_age_spin, self.rule_spin):
            spin.valueChanged.connect(self._changed)
        for combo in (self.space_combo, self.training_combo, self.rule_combo):
            combo.currentIndexChanged.connect(self._changed)
        self.leaders_list.itemChanged.connect(self._changed)
        self._field_widgets = {
            "title": self.title_edit, "description": self.description_edit,
            "capacity": self.capacity_spin, "minimum age": self.min_age_spin,
            "min_age": self.min_age_spin, "maximum age": self.max_age_spin,
            "max_age": self.max_age_spin, "languages": self.languages_edit,
            "materials": self.materials_edit, "space_id": self.space_combo,
            "grants_category_id": self.training_combo, "leader_ids": self.leaders_list,
            "completion_min_sessions": self.rule_spin,
            "number of sessions needed to complete": self.rule_spin,
            "percentage of sessions needed to complete": self.rule_spin,
        }
        return tab

    def _build_sessions(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 8)
        self.sessions_model = SessionsModel(self)
        self.sessions_view = _table(tab, self.sessions_model, self.tr("Sessions"))
        self.sessions_view.setAccessibleDescription(
            self.tr("Enter takes attendance at the highlighted session"))
        header = self.sessions_view.horizontalHeader()
        for column in (SessionsModel.DATE, SessionsModel.TIME, SessionsModel.WHERE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.sessions_view.activated.connect(lambda _i: self.take_attendance())
        self.sessions_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_session_buttons())
        self.sessions_empty = QLabel(
            self.tr("No sessions yet. Add one, or a weekly series."), tab)
        self.sessions_empty.setObjectName("muted")
        self.attendance_button = QPushButton(self.tr("Take attendance… (Enter)"), tab)
        self.attendance_button.setAccessibleName(
            self.tr("Take attendance at the highlighted session"))
        self.attendance_button.setProperty("primary", True)
        self.attendance_button.clicked.connect(self.take_attendance)
        self.add_session_button = QPushButton(self.tr("Add session…"), tab)
        self.add_session_button.setAccessibleName(self.tr("Add one session"))
        self.add_session_button.clicked.connect(self.add_session)
        self.add_series_button = QPushButton(self.tr("Add series…"), tab)
        self.add_series_button.setAccessibleName(
            self.tr("Add a weekly or fortnightly series of sessions"))
        self.add_series_button.clicked.connect(self.add_series)
        self.move_button = QPushButton(self.tr("Move…"), tab)
        self.move_button.setAccessibleName(self.tr("Move the highlighted session"))
        self.move_button.clicked.connect(self.move_session)
        self.cancel_session_button = QPushButton(self.tr("Cancel session…"), tab)
        self.cancel_session_button.setAccessibleName(self.tr("Cancel the highlighted session"))
        self.cancel_session_button.clicked.connect(self.cancel_session)
        # Two rows, in reading (and tab) order: five buttons in one row do not fit the tab
        # at a large zoom or in longer languages.
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        first, second = QHBoxLayout(), QHBoxLayout()
        first.addWidget(self.attendance_button)
        first.addStretch(1)
        first.addWidget(self.add_session_button)
        first.addWidget(self.add_series_button)
        second.addStretch(1)
        second.addWidget(self.move_button)
        second.addWidget(self.cancel_session_button)
        buttons.addLayout(first)
        buttons.addLayout(second)
        self.sessions_message = InlineMessage(tab)
        layout.addWidget(self.sessions_view, 1)
        layout.addWidget(self.sessions_empty)
        layout.addWidget(self.sessions_message)
        layout.addLayout(buttons)
        return tab

    def _build_participants(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 8)
        self.places_label = QLabel(tab)
        self.places_label.setWordWrap(True)
        self.enrolments_model = EnrolmentsModel(self)
        self.enrolments_view = _table(tab, self.enrolments_model,
                                      self.tr("Enrolled participants and waitlist"))
        header = self.enrolments_view.horizontalHeader()
        header.setSectionResizeMode(EnrolmentsModel.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(EnrolmentsModel.BADGE,
                                    QHeaderView.ResizeMode.ResizeToContents)
        self.enrolments_view.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_enrolment_buttons())
        self.enrol_button = QPushButton(self.tr("Enrol a participant…"), tab)
        self.enrol_button.setAccessibleName(
            self.tr("Enrol a participant: search by name or badge"))
        self.enrol_button.setProperty("primary", True)
        self.enrol_button.clicked.connect(self.enrol_participant)
        self.withdraw_button = QPushButton(self.tr("Withdraw…"), tab)
        self.withdraw_button.setAccessibleName(self.tr("Withdraw the highlighted participant"))
        self.withdraw_button.clicked.connect(self.withdraw_participant)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol_button)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        self.enrol_message = InlineMessage(tab)
        layout.addWidget(self.places_label)
        layout.addWidget(self.enrolments_view, 1)
        layout.addWidget(self.enrol_message)
        layout.addLayout(buttons)
        return tab

    def _build_attendance(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 8)
        legend = QLabel(
            self.tr("%1 present   %2 held, not marked   (empty: still to come). Click a box or "
                    "press Space to change it; each change is saved at once.")
            .replace("%1", TICK).replace("%2", NOT_MARKED),
            tab)
        legend.setObjectName("muted")
        legend.setWordWrap(True)
        self.grid = AttendanceGrid(tab)
        self.grid.toggle_requested.connect(self.set_attendance)
        self.grid_message = InlineMessage(tab)
        layout.addWidget(legend)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.grid_message)
        return tab

    # --- who may do what -----------------------------------------------------------------------

    def _rank(self) -> int:
        actor = self.context.actor
        return RANKS.get(StaffRole(actor.role), 0) if actor is not None else 0

    def can_plan(self) -> bool:
        """Leaders, coordinators and admins change workshops (the services check which)."""
        return self._rank() >= RANKS[StaffRole.WORKSHOP_LEADER]

    def _apply_permissions(self) -> None:
        plan = self.can_plan()
        for widget in (self.new_button, self.empty_new_button):
            widget.setEnabled(plan)
        self.read_only_note.setVisible(not plan)
        self.save_button.setVisible(plan)
        self.cancel_button.setVisible(plan)
        for widget in (self.title_edit, self.languages_edit):
            widget.setReadOnly(not plan)
        for text in (self.description_edit, self.materials_edit):
            text.setReadOnly(not plan)
        for widget in (self.leaders_list, self.space_combo, self.capacity_spin, self.min_age_spin,
                       self.max_age_spin, self.training_combo, self.rule_combo, self.rule_spin):
            widget.setEnabled(plan)
        self.complete_button.setEnabled(plan and not self.creating and self.current is not None)
        self._update_session_buttons()
        self._update_enrolment_buttons()

    # --- hooks ---------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.load_reference()
        self.refresh_list()
        if self._stale and self.current is not None and not self.creating:
            self.reload_current(refresh_list=False)
        self._stale = False
        self._apply_permissions()

    def _data_changed(self) -> None:
        if not self.isVisible():
            self._stale = True

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def save_changes(self) -> bool:
        if not self._dirty and not self.creating:
            return True
        return self.save()

    def discard_changes(self) -> None:
        self._dirty = False
        self.form_message.clear()
        if self.creating:
            self.creating = False
            if self.current is not None:
                self._fill_form(self.current)
                self._show_workshop_panel()
            else:
                self._show_nothing()
            self._apply_permissions()
            self.refresh_list()
        elif self.current is not None:
            self._fill_form(self.current)

    # --- reference lists (leaders, spaces, categories) ----------------------------------------

    def load_reference(self) -> None:
        from makerspace_app.services import equipment, spaces, staff, workshops

        try:
            with self.context.unit_of_work(read_only=True) as uow:
                self.tz = workshops.makerspace_zone(uow)
                self._staff = [s for s in staff.list_staff(uow)
                               if RANKS.get(StaffRole(s.role), 0) >= RANKS[StaffRole.WORKSHOP_LEADER]]
                self._spaces = spaces.list_spaces(uow)
                self._categories = equipment.list_categories(uow)
        except DomainError as err:
            log.warning("Could not read the reference lists: %s", err)
            return
        self._reference_loaded = True
        loading, self._loading = self._loading, True
        try:
            self.space_combo.clear()
            self.space_combo.addItem(self.tr("No space set"), None)
            for space in self._spaces:
                self.space_combo.addItem(space.label, space.id)
            self.training_combo.clear()
            self.training_combo.addItem(self.tr("Not a training (grants no certification)"), None)
            for category in self._categories:
                text = category.name
                if not category.requires_certification:
                    text = self.tr("%1 (needs no certification)").replace("%1", category.name)
                self.training_combo.addItem(text, category.id)
        finally:
            self._loading = loading
        if self.current is not None and not self._dirty:
            self._fill_form(self.current)

    # --- the list ------------------------------------------------------------------------------

    def period(self) -> str:
        return self.period_combo.currentData() or "upcoming"

    def refresh_list(self, select_id: int | None = None) -> None:
        from makerspace_app.services import workshops
        from makerspace_app.services.overview import count_records

        self._search_timer.stop()
        text = self.search_edit.text().strip()
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                if self.tz is None:
                    self.tz = workshops.makerspace_zone(uow)
                rows = workshops.list_workshops(uow, text, self.period(), limit=LIST_LIMIT)
                any_at_all = bool(rows) or count_records(uow, ("workshops",)) > 0
        except DomainError as err:
            self.list_status.setText(translate_error(err))
            self.list_status.show()
            return
        keep = select_id if select_id is not None else (
            self.current.id if self.current is not None else None)
        self._has_any = any_at_all
        if not any_at_all and not self.creating:
            self.stack.setCurrentIndex(0)
        else:
            self.stack.setCurrentWidget(self.splitter)
        model = self.list_model
        self._syncing_list = True
        try:
            model.set_workshops(rows, self.tz)
            row = model.row_of(keep) if keep is not None and not self.creating else -1
            if row >= 0:
                self.list_view.setCurrentIndex(model.index(row, 0))
        finally:
            self._syncing_list = False
        if len(rows) >= LIST_LIMIT:
            self.list_status.setText(
                self.tr("Showing the first %1. Type part of a title to find the others.")
                .replace("%1", str(LIST_LIMIT)))
            self.list_status.show()
        elif rows:
            self.list_status.hide()
        else:
            period = self.period()
            if text:
                status = self.tr("No workshop matches “%1”.").replace("%1", text)
            elif period == "upcoming":
                status = self.tr("No upcoming workshops. Choose “Past” or “All” to see earlier "
                                 "ones, or create one (Ctrl+N).")
            else:
                status = self.tr("No past workshops yet.")
            self.list_status.setText(status)
            self.list_status.show()

    def _search_entered(self) -> None:
        self.refresh_list()
        if self.list_model.rowCount():
            self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
            if not self.list_view.currentIndex().isValid():
                self.list_view.setCurrentIndex(self.list_model.index(0, 0))

    def _list_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._syncing_list:
            return
        workshop_id = current.data(ID_ROLE) if current.isValid() else None
        if workshop_id is None or (self.current is not None and workshop_id == self.current.id
                                   and not self.creating):
            return
        if not self._may_leave():
            self._syncing_list = True
            try:
                if previous.isValid():
                    self.list_view.setCurrentIndex(previous)
                else:
                    self.list_view.clearSelection()
            finally:
                self._syncing_list = False
            return
        self.open_workshop(workshop_id)

    def _may_leave(self) -> bool:
        """Before showing another workshop: save, discard or stay (typed changes are never
        thrown away silently)."""
        if not self._dirty:
            if self.creating:
                self.creating = False
            return True
        answer = UnsavedChangesDialog.ask(self, self.heading.text() or self.tr("the workshop"))
        if answer == SAVE:
            return self.save()
        if answer == DISCARD:
            self._dirty = False
            self.creating = False
            return True
        return False

    # --- one workshop --------------------------------------------------------------------------

    def show_record(self, record_id: int) -> bool:
        """Open one workshop (from the search, or another page); False if it is not there."""
        if not self._may_leave():
            return False
        if not self._reference_loaded:
            self.load_reference()
        if not self.open_workshop(record_id):
            return False
        if self.list_model.row_of(record_id) < 0:
            self.search_edit.clear()
            _set_combo_data(self.period_combo, "all")
            self.refresh_list(record_id)
        else:
            self.refresh_list(record_id)
        self.tabs.setCurrentIndex(DETAILS_TAB)
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def open_workshop(self, workshop_id: int) -> bool:
        """Read the workshop, its sessions, enrolments and grid in one unit of work."""
        from makerspace_app.services import attendance, workshops

        try:
            with self.context.unit_of_work(read_only=True) as uow:
                if self.tz is None:
                    self.tz = workshops.makerspace_zone(uow)
                row = workshops.get_workshop(uow, workshop_id)
                sessions = workshops.list_sessions(uow, workshop_id)
                enrolments = workshops.list_enrolments(uow, workshop_id)
                grid = attendance.attendance_grid(uow, workshop_id)
                now = uow.now()
        except DomainError as err:  # gone meanwhile, or not readable: say so under the list
            self.list_status.setText(translate_error(err))
            self.list_status.show()
            return False
        same = self.current is not None and self.current.id == row.id and not self.creating
        self.creating = False
        self._dirty = False
        self.current = row
        self.stack.setCurrentWidget(self.splitter)
        self._show_workshop_panel()
        self._fill_form(row)
        self._fill_header(row)
        self.sessions_model.set_sessions(sessions, self.tz, now)
        self._after_sessions_changed()
        self.enrolments_model.set_enrolments(enrolments, self.tz)
        self._update_places()
        self.grid.set_grid(grid, self.tz, now, keep_position=same)
        for message in (self.form_message, self.sessions_message, self.enrol_message,
                        self.grid_message):
            message.clear()
        self._apply_permissions()
        return True

    def reload_current(self, refresh_list: bool = True) -> None:
        """Read the shown workshop again (after sessions, enrolments or attendance changed)."""
        if self.current is None:
            return
        dirty, form = self._dirty, (self._form_input() if self._dirty else None)
        tab = self.tabs.currentIndex()
        session_row = self.sessions_view.currentIndex().row()
        enrol_row = self.enrolments_view.currentIndex().row()
        current = self.current
        if not self.open_workshop(current.id):
            return
        if dirty and form is not None:  # keep what was typed in the form
            self._fill_form_from_input(form)
            self._dirty = True
        self.tabs.setCurrentIndex(tab)
        if session_row >= 0 and self.sessions_model.rowCount():
            self.sessions_view.setCurrentIndex(
                self.sessions_model.index(min(session_row, self.sessions_model.rowCount() - 1), 0))
        if enrol_row >= 0 and self.enrolments_model.rowCount():
            self.enrolments_view.setCurrentIndex(self.enrolments_model.index(
                min(enrol_row, self.enrolments_model.rowCount() - 1), 0))
        if refresh_list:
            self.refresh_list(current.id)

    def _show_nothing(self) -> None:
        self.current = None
        self.right.setCurrentIndex(0)

    def _show_workshop_panel(self) -> None:
        self.right.setCurrentIndex(1)
        for tab in (SESSIONS_TAB, PARTICIPANTS_TAB, ATTENDANCE_TAB):
            self.tabs.setTabEnabled(tab, not self.creating)

    def _fill_header(self, row: Any) -> None:
        self.heading.setText(row.title)
        parts = []
        if row.next_starts_at is not None:
            parts.append(self.tr("Next session %1").replace(
                "%1", f"{day_text(row.next_starts_at, self.tz)} {time_text(row.next_starts_at, self.tz)}"))
        elif row.session_count:
            parts.append(self.tr("Ended %1").replace("%1", day_text(row.last_ends_at, self.tz)))
        else:
            parts.append(self.tr("No sessions yet"))
        parts.append(self.tr("%1 of %2 places taken").replace("%1", str(row.enrolled_count))
                     .replace("%2", str(row.capacity)))
        if row.waitlisted_count:
            parts.append(self.tr("%1 on the waitlist").replace("%1", str(row.waitlisted_count)))
        if row.grants_category_name:
            parts.append(self.tr("Training for %1").replace("%1", row.grants_category_name))
        if row.leader_names:
            parts.append(self.tr("Led by %1").replace("%1", ", ".join(row.leader_names)))
        self.summary.setText(" · ".join(parts))

    # --- the details form ----------------------------------------------------------------------

    def _changed(self, *_args: Any) -> None:
        if not self._loading:
            self._dirty = True

    def _rule_kind_changed(self, _index: int = 0) -> None:
        kind = self.rule_combo.currentData()
        loading, self._loading = self._loading, True
        try:
            if kind == "count":
                self.rule_spin.setRange(1, 1000)
                self._rule_suffix()
                self.rule_spin.setPrefix("")
                self.rule_spin.setEnabled(self.can_plan())
            elif kind == "percent":
                self.rule_spin.setRange(1, 100)
                self.rule_spin.setSuffix(" %")
                self.rule_spin.setEnabled(self.can_plan())
            else:
                self.rule_spin.setSuffix("")
                self.rule_spin.setEnabled(False)
            self.rule_spin.setVisible(kind != "all")
        finally:
            self._loading = loading

    def _rule_suffix(self) -> None:
        """" session" or " sessions" after the number, as the number needs."""
        if self.rule_combo.currentData() == "count":
            value = self.rule_spin.value()
            self.rule_spin.setSuffix(self.tr(" session") if value == 1 else self.tr(" sessions"))

    def _fill_leaders(self, chosen: tuple[int, ...]) -> None:
        self.leaders_list.clear()
        known = set()
        from makerspace_app.ui.roles import role_name

        for member in self._staff:
            if not member.active and member.id not in chosen:
                continue
            known.add(member.id)
            text = f"{member.display_name} ({role_name(member.role)})"
            item = QListWidgetItem(text, self.leaders_list)
            item.setData(Qt.ItemDataRole.UserRole, member.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.id in chosen
                               else Qt.CheckState.Unchecked)
        for staff_id in chosen:  # a leader not in the staff list (should not happen): keep
            if staff_id not in known:
                item = QListWidgetItem(self.tr("Staff member %1").replace("%1", str(staff_id)),
                                       self.leaders_list)
                item.setData(Qt.ItemDataRole.UserRole, staff_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
        if self.leaders_list.count():
            self.leaders_list.setCurrentRow(0)

    def _fill_form(self, row: Any) -> None:
        self._fill_form_from_input(row.as_input())

    def _fill_form_from_input(self, data: Any) -> None:
        self._loading = True
        try:
            self.title_edit.setText(data.title)
            self.description_edit.setPlainText(data.description)
            self._fill_leaders(tuple(data.leader_ids))
            _set_combo_data(self.space_combo, data.space_id)
            self.capacity_spin.setValue(data.capacity)
            self.min_age_spin.setValue(-1 if data.min_age is None else data.min_age)
            self.max_age_spin.setValue(-1 if data.max_age is None else data.max_age)
            self.languages_edit.setText(", ".join(data.languages))
            self.materials_edit.setPlainText(data.materials)
            _set_combo_data(self.training_combo, data.grants_category_id)
            if data.completion_min_sessions is not None:
                _set_combo_data(self.rule_combo, "count")
                self._rule_kind_changed()
                self.rule_spin.setValue(data.completion_min_sessions)
            elif data.completion_percent is not None:
                _set_combo_data(self.rule_combo, "percent")
                self._rule_kind_changed()
                self.rule_spin.setValue(data.completion_percent)
            else:
                _set_combo_data(self.rule_combo, "all")
                self._rule_kind_changed()
        finally:
            self._loading = False
        self._dirty = False

    def _form_input(self) -> Any:
        from makerspace_app.services.workshops import WorkshopInput

        leaders = tuple(
            self.leaders_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.leaders_list.count())
            if self.leaders_list.item(i).checkState() == Qt.CheckState.Checked)
        kind = self.rule_combo.currentData()
        languages = tuple(part.strip() for part in
                          self.languages_edit.text().replace(";", ",").split(",") if part.strip())
        return WorkshopInput(
            title=self.title_edit.text(),
            capacity=self.capacity_spin.value(),
            description=self.description_edit.toPlainText(),
            leader_ids=leaders,
            space_id=self.space_combo.currentData(),
            min_age=None if self.min_age_spin.value() < 0 else self.min_age_spin.value(),
            max_age=None if self.max_age_spin.value() < 0 else self.max_age_spin.value(),
            languages=languages,
            materials=self.materials_edit.toPlainText(),
            grants_category_id=self.training_combo.currentData(),
            completion_min_sessions=self.rule_spin.value() if kind == "count" else None,
            completion_percent=self.rule_spin.value() if kind == "percent" else None,
        )

    def new_workshop(self) -> None:
        """Ctrl+N: an empty form for a new workshop (title focused)."""
        if not self.can_plan() or not self._may_leave():
            return
        from makerspace_app.services.workshops import WorkshopInput

        if not self._reference_loaded:
            self.load_reference()
        self.creating = True
        self.stack.setCurrentWidget(self.splitter)
        self._show_workshop_panel()
        actor = self.context.actor
        mine = (actor.staff_id,) if actor is not None and actor.staff_id is not None else ()
        self._fill_form_from_input(WorkshopInput(title="", capacity=12, leader_ids=mine))
        self.heading.setText(self.tr("New workshop"))
        self.summary.setText(self.tr("Fill in the details and save; then add its sessions."))
        self.form_message.clear()
        self.tabs.setCurrentIndex(DETAILS_TAB)
        self._apply_permissions()
        self._syncing_list = True
        try:
            self.list_view.clearSelection()
            self.list_view.selectionModel().clearCurrentIndex()
        finally:
            self._syncing_list = False
        self._dirty = False
        self.title_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def save(self) -> bool:
        """Save the details form (create or edit); False when refused (the reason is shown)."""
        from makerspace_app.services import workshops

        if not self.creating and self.current is None:
            return True
        data = self._form_input()
        promoted: tuple = ()
        try:
            with self.context.unit_of_work() as uow:
                if self.creating:
                    row = workshops.create_workshop(uow, data)
                else:
                    saved = workshops.edit_workshop(uow, self.current.id, data)
                    row, promoted = saved.workshop, saved.promoted
        except DomainError as err:
            self.tabs.setCurrentIndex(DETAILS_TAB)
            self.form_message.show_error(err)
            widget = self._field_widgets.get(str(err.params.get("field", "")))
            if widget is not None:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        was_new = self.creating
        self.creating = False
        self._dirty = False
        self.context.data_changed.emit()
        self.open_workshop(row.id)
        self.refresh_list(row.id)
        if was_new:
            self.form_message.show_message(
                self.tr("“%1” is saved. Add its sessions next (Sessions tab).")
                .replace("%1", isolate(row.title)), "success")
        else:
            self.form_message.show_message(self.tr("Saved."), "success")
        if promoted:
            InformDialog.show_people(
                self, self.tr("Moved up from the waitlist"),
                self.tr("With the new number of places, these people moved up from the waitlist "
                        "and now have a place. Tell them:"),
                [p.person for p in promoted])
        return True

    # --- sessions ------------------------------------------------------------------------------

    def current_session(self) -> Any | None:
        index = self.sessions_view.currentIndex()
        return self.sessions_model.row_at(index.row()) if index.isValid() else None

    def _after_sessions_changed(self) -> None:
        has = self.sessions_model.rowCount() > 0
        self.sessions_empty.setVisible(not has)
        if has and not self.sessions_view.currentIndex().isValid():
            self.sessions_view.setCurrentIndex(self.sessions_model.index(self._default_session_row(), 0))
        self._update_session_buttons()

    def _default_session_row(self) -> int:
        """Today's session, else the next one: the one a leader most likely opens."""
        now = self.sessions_model.now
        tz = self.tz or UTC
        today = now.astimezone(tz).date()
        live = [(n, s) for n, s in enumerate(self.sessions_model.rows()) if s.cancelled_at is None]
        for number, s in live:
            if s.starts_at.astimezone(tz).date() == today:
                return number
        for number, s in live:
            if s.ends_at > now:
                return number
        return max(0, self.sessions_model.rowCount() - 1)

    def _update_session_buttons(self) -> None:
        session = self.current_session()
        plan = self.can_plan() and self.current is not None and not self.creating
        live = session is not None and session.cancelled_at is None
        self.attendance_button.setEnabled(plan and live)
        self.add_session_button.setEnabled(plan)
        self.add_series_button.setEnabled(plan)
        self.move_button.setEnabled(plan and live)
        self.cancel_session_button.setEnabled(plan and live)

    def _session_defaults(self, session: Any | None = None) -> SessionPlan:
        tz = self.tz or UTC
        source = session
        if source is None:
            rows = [s for s in self.sessions_model.rows() if s.cancelled_at is None]
            source = rows[-1] if rows else None
        if source is None:
            today = dt.datetime.now(tz).date() + dt.timedelta(days=7)
            return SessionPlan(today, dt.time(18), dt.time(20), None, 6)
        start, end = source.starts_at.astimezone(tz), source.ends_at.astimezone(tz)
        day = start.date() if session is not None else start.date() + dt.timedelta(days=7)
        own = session.space_id if session is not None and session.space_id != (
            self.current.space_id if self.current else None) else None
        return SessionPlan(day, start.time(), end.time(), own, 6)

    def _local(self, day: dt.date, wall: dt.time) -> dt.datetime:
        from makerspace_app.domain.clock import local_to_utc

        return local_to_utc(day, wall, self.tz or UTC)  # type: ignore[arg-type]

    def add_session(self) -> None:
        if self.current is None:
            return
        plan = SessionDialog.ask(self, SessionDialog.ONE, self._spaces, self._session_defaults())
        if plan is not None:
            self.add_session_plan(plan)

    def add_session_plan(self, plan: SessionPlan) -> Any | None:
        from makerspace_app.services import workshops

        try:
            with self.context.unit_of_work() as uow:
                made = workshops.add_session(uow, self.current.id, self._local(plan.day, plan.start),
                                             self._local(plan.day, plan.end), plan.space_id)
        except DomainError as err:
            self.sessions_message.show_error(err)
            return None
        self.context.data_changed.emit()
        self.reload_current()
        self._select_session(made.id)
        self.sessions_message.show_message(
            self.tr("Session added: %1.").replace("%1", when_text(made.starts_at, made.ends_at,
                                                                   self.tz)), "success")
        return made

    def add_series(self) -> None:
        if self.current is None:
            return
        plan = SessionDialog.ask(self, SessionDialog.SERIES, self._spaces,
                                 self._session_defaults())
        if plan is not None:
            self.add_series_plan(plan)

    def add_series_plan(self, plan: SessionPlan) -> Any | None:
        from makerspace_app.services import workshops

        try:
            with self.context.unit_of_work() as uow:
                result = workshops.add_session_series(
                    uow, self.current.id, plan.day, plan.start, plan.end, plan.count,
                    plan.recurrence, plan.space_id)
        except DomainError as err:
            self.sessions_message.show_error(err)
            return None
        self.context.data_changed.emit()
        self.reload_current()
        if result.created:
            self._select_session(result.created[0].id)
        text = self.tr("%1 sessions added.").replace("%1", str(len(result.created)))
        if result.skipped:
            skipped = "; ".join(f"{day_text(s.day)} ({s.reason})" for s in result.skipped)
            text += " " + self.tr("Skipped %1: %2.").replace("%1", str(len(result.skipped))).replace(
                "%2", skipped)
        self.sessions_message.show_message(text, "info" if result.skipped else "success")
        return result

    def _select_session(self, session_id: int) -> None:
        row = self.sessions_model.row_of(session_id)
        if row >= 0:
            self.sessions_view.setCurrentIndex(self.sessions_model.index(row, 0))

    def move_session(self) -> None:
        session = self.current_session()
        if session is None or session.cancelled_at is not None:
            return
        plan = SessionDialog.ask(self, SessionDialog.MOVE, self._spaces,
                                 self._session_defaults(session))
        if plan is not None:
            self.move_session_plan(session.id, plan)

    def move_session_plan(self, session_id: int, plan: SessionPlan) -> Any | None:
        from makerspace_app.services import workshops

        try:
            with self.context.unit_of_work() as uow:
                changed = workshops.move_session(
                    uow, session_id, self._local(plan.day, plan.start),
                    self._local(plan.day, plan.end), plan.space_id)
        except DomainError as err:
            self.sessions_message.show_error(err)
            return None
        self.context.data_changed.emit()
        self.reload_current()
        self._select_session(session_id)
        when = when_text(changed.session.starts_at, changed.session.ends_at, self.tz)
        self.sessions_message.show_message(
            self.tr("Session moved to %1.").replace("%1", when), "success")
        self._inform(changed.to_inform, self.tr("Session moved"),
                     self.tr("The session now meets %1. Tell the enrolled participants:")
                     .replace("%1", when))
        return changed

    def cancel_session(self) -> None:
        session = self.current_session()
        if session is None or session.cancelled_at is not None:
            return
        enrolled, _waiting = self.enrolments_model.counts()
        when = when_text(session.starts_at, session.ends_at, self.tz)
        if confirm_destructive(
            self, self.tr("Cancel the session?"),
            self.tr("Cancel the session of %1?").replace("%1", when),
            self.tr("It stays listed as cancelled and nobody can be marked present at it. "
                    "%1 enrolled participants need to be told; they are listed next.")
            .replace("%1", str(enrolled)),
            self.tr("Cancel the session"), self.tr("Keep it"),
            keep_name=self.tr("Keep the session"),
        ):
            self.cancel_session_now(session.id)

    def cancel_session_now(self, session_id: int) -> Any | None:
        from makerspace_app.services import workshops

        try:
            with self.context.unit_of_work() as uow:
                changed = workshops.cancel_session(uow, session_id)
        except DomainError as err:
            self.sessions_message.show_error(err)
            return None
        self.context.data_changed.emit()
        self.reload_current()
        self._select_session(session_id)
        when = when_text(changed.session.starts_at, changed.session.ends_at, self.tz)
        self.sessions_message.show_message(
            self.tr("The session of %1 is cancelled.").replace("%1", when), "success")
        self._inform(changed.to_inform, self.tr("Session cancelled"),
                     self.tr("The session of %1 is cancelled. Tell the enrolled participants:")
                     .replace("%1", when))
        return changed

    def _inform(self, people: tuple, title: str, intro: str) -> None:
        if people:
            InformDialog.show_people(self, title, intro, list(people))

    def take_attendance(self) -> None:
        session = self.current_session()
        if session is None or session.cancelled_at is not None or not self.can_plan():
            return
        changes = AttendanceDialog.open_session(self, self.context, session.id)
        if changes:
            self.context.data_changed.emit()
            self.reload_current(refresh_list=False)
        self.sessions_view.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- enrolments ----------------------------------------------------------------------------

    def current_enrolment(self) -> Any | None:
        index = self.enrolments_view.currentIndex()
        return self.enrolments_model.row_at(index.row()) if index.isValid() else None

    def _update_enrolment_buttons(self) -> None:
        active = self.current is not None and not self.creating
        self.enrol_button.setEnabled(active)
        enrolment = self.current_enrolment()
        self.withdraw_button.setEnabled(active and enrolment is not None
                                        and enrolment.completed_at is None)

    def _update_places(self) -> None:
        if self.current is None:
            return
        enrolled, waiting = self.enrolments_model.counts()
        text = self.tr("%1 of %2 places taken").replace("%1", str(enrolled)).replace(
            "%2", str(self.current.capacity))
        if waiting:
            text += " · " + self.tr("%1 on the waitlist").replace("%1", str(waiting))
        elif enrolled >= self.current.capacity:
            text += " · " + self.tr("full: the next person goes on the waitlist")
        self.places_label.setText(text)
        self._update_enrolment_buttons()

    def enrol_participant(self) -> None:
        if self.current is None:
            return
        person = ParticipantPicker.ask(
            self, self.context, self.tr("Enrol a participant"),
            self.tr("Who should be enrolled in “%1”? When it is full they go on the waitlist.")
            .replace("%1", isolate(self.current.title)))
        if person is not None:
            self.enrol_id(person.id)

    def enrol_id(self, participant_id: int) -> Any | None:
        from makerspace_app.domain.enums import EnrolmentStatus
        from makerspace_app.services import workshops

        try:
            with self.context.unit_of_work() as uow:
                enrolment = workshops.enrol(uow, self.current.id, participant_id)
        except DomainError as err:
            self.tabs.setCurrentIndex(PARTICIPANTS_TAB)
            self.enrol_message.show_error(err)
            return None
        self.context.data_changed.emit()
        self.reload_current()
        row = self.enrolments_model.row_of(participant_id)
        if row >= 0:
            self.enrolments_view.setCurrentIndex(self.enrolments_model.index(row, 0))
        if enrolment.status is EnrolmentStatus.WAITLISTED:
            self.enrol_message.show_message(
                self.tr("The workshop is full: %1 is on the waitlist, number %2. They move up "
                        "when a place frees.").replace("%1", isolate(enrolment.display_name))
                .replace("%2", str(enrolment.waitlist_position)), "info")
        else:
            self.enrol_message.show_message(
                self.tr("%1 is enrolled.").replace("%1", isolate(enrolment.display_name)),
                "success")
        return enrolment

    def withdraw_participant(self) -> None:
        enrolment = self.current_enrolment()
        if enrolment is None or self.current is None:
            return
        if confirm_destructive(
            self, self.tr("Withdraw?"),
            self.tr("Withdraw %1 from “%2”?")
            .replace("%1", isolate(enrolment.display_name))
            .replace("%2", isolate(self.current.title)),
            self.tr("A freed place goes at once to the first person on the waitlist; you will "
                    "see who."),
            self.tr("Withdraw"), self.tr("Keep enrolled"),
            confirm_name=self.tr("Withdraw the participant"),
            keep_name=self.tr("Keep the participant enrolled"),
        ):
            self.withdraw_id(enrolment.participant_id)

    def withdraw_id(self, participant_id: int) -> Any | None:
        from makerspace_app.services import workshops

        try:
            with self.context.unit_of_work() as uow:
                result = workshops.withdraw(uow, self.current.id, participant_id)
        except DomainError as err:
            self.enrol_message.show_error(err)
            return None
        self.context.data_changed.emit()
        self.reload_current()
        text = self.tr("%1 is withdrawn.").replace(
            "%1", isolate(result.enrolment.display_name))
        if result.promoted is not None:
            person = result.promoted.person
            text += " " + self.tr("%1 moved up from the waitlist and now has a place; tell "
                                  "them (%2).").replace("%1", isolate(person.display_name)).replace(
                "%2", person.contact or self.tr("no contact on record"))
        self.enrol_message.show_message(text, "success")
        return result

    # --- attendance grid -----------------------------------------------------------------------

    def set_attendance(self, session_id: int, participant_id: int, present: bool) -> Any | None:
        """One box of the grid: stored at once (one unit of work), then shown."""
        from makerspace_app.services import attendance

        if not self.can_plan():
            self.grid_message.show_message(
                self.tr("Only the workshop's leaders, coordinators and admins take attendance."),
                "info")
            return None
        model = self.grid.grid_model
        row = model.row_of_participant(participant_id)
        enrolled = row >= 0 and model.participants[row].enrolled
        try:
            with self.context.unit_of_work() as uow:
                if present and not enrolled:
                    entry = attendance.add_walk_in(uow, session_id, participant_id)
                else:
                    entry = attendance.mark_present(uow, session_id, participant_id, present)
        except DomainError as err:
            self.grid_message.show_error(err)
            return None
        self.grid.set_present(session_id, participant_id, entry.present)
        self.grid_message.clear()
        self.context.data_changed.emit()
        return entry

    # --- completion ----------------------------------------------------------------------------

    def complete_workshop(self) -> Any | None:
        if self.current is None or self.creating:
            return None
        result = CompletionDialog.run(self, self.context, self.current, self.tz)
        if result is not None:
            self.reload_current()
        return result
