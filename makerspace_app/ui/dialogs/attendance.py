"""Taking attendance at one session (the leader's flow), and finding a participant.

``AttendanceDialog.open_session(parent, context, session_id)`` opens the enrolled list of the
session with the filter field focused:

* typing letters narrows the list (any part of the name, any case or accent, or the badge);
  Up and Down move the highlight without leaving the field;
* Space marks the highlighted person present (Space again takes the mark back);
* a badge scanner types the code and presses Enter: that person is marked present at once.
  Enter on typed letters marks the one person they match;
* Ctrl+N adds a walk-in (someone not enrolled), found by name or badge;
* every mark is stored at once, in its own unit of work, so closing never loses anything.

``ParticipantPicker.ask(...)`` is the small search used for walk-ins and enrolment.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.errors import DomainError
from makerspace_app.ui import theme
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.errors import translate_error
from makerspace_app.ui.models.workshops_model import (
    TICK,
    RosterModel,
    isolate,
    name_view_parts,
    when_text,
)
from makerspace_app.ui.widgets.message import InlineMessage

log = logging.getLogger(__name__)

NAVIGATION_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
PLAIN = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)


def _plain(event: QKeyEvent) -> bool:
    return event.modifiers() in PLAIN


# --- Finding a participant ----------------------------------------------------------------------


class ParticipantPicker(QDialog):
    """Type part of a name, a phone number or scan a badge; Enter picks the highlighted one."""

    SEARCH_DELAY_MS = 150
    LIMIT = 30

    def __init__(self, context: AppContext, title: str, prompt: str,
                 parent: QWidget | None = None, initial_text: str = "") -> None:
        super().__init__(parent)
        self.context = context
        self.chosen: Any | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(520)

        prompt_label = QLabel(prompt, self)
        prompt_label.setWordWrap(True)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Name, badge code, phone or e-mail"))
        self.search_edit.setAccessibleName(self.tr("Search participants"))
        self.search_edit.setClearButtonEnabled(True)
        prompt_label.setBuddy(self.search_edit)
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Matching participants"))
        self.results.setMinimumHeight(220)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.results.itemActivated.connect(lambda _item: self.accept_current())
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose"), self)
        self.choose_button.setAccessibleName(self.tr("Choose the highlighted participant"))
        self.choose_button.setProperty("primary", True)
        self.choose_button.setDefault(True)
        self.choose_button.clicked.connect(self.accept_current)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAccessibleName(self.tr("Cancel: choose nobody"))
        cancel.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(prompt_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.search_edit.textEdited.connect(lambda _text: self._timer.start())
        self.search_edit.installEventFilter(self)
        self._searched: str | None = None
        if initial_text:
            self.search_edit.setText(initial_text)
            self.search_now()
        else:
            self._show_status(self.tr("Type at least one letter, or scan their badge."))

    @classmethod
    def ask(cls, parent: QWidget | None, context: AppContext, title: str, prompt: str,
            initial_text: str = "") -> Any | None:
        """The chosen services.participants.ParticipantRow, or None."""
        dialog = cls(context, title, prompt, parent, initial_text)
        dialog.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        chosen = dialog.chosen if dialog.exec() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        return chosen

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def search_now(self) -> None:
        from makerspace_app.services import participants

        self._timer.stop()
        text = self.search_edit.text().strip()
        self._searched = text
        self.results.clear()
        if not text:
            self._show_status(self.tr("Type at least one letter, or scan their badge."))
            return
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                found = participants.search_participants(uow, text, limit=self.LIMIT)
        except DomainError as err:
            self._show_status(translate_error(err))
            return
        for row in found:
            details = [row.badge_code]
            if row.age is not None:
                details.append(self.tr("age %1").replace("%1", str(row.age)))
            item = QListWidgetItem(f"{row.display_name}   ·   {'  ·  '.join(details)}")
            item.setData(Qt.ItemDataRole.UserRole, row)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         f"{row.display_name}, {', '.join(details)}")
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
            more = len(found) >= self.LIMIT
            self._show_status(self.tr("Type more of the name to narrow the list.") if more else "")
        else:
            self._show_status(
                self.tr("Nobody matches “%1”. Register them in Participants first.")
                .replace("%1", text))

    def accept_current(self) -> None:
        if self._timer.isActive() or self.search_edit.text().strip() != self._searched:
            self.search_now()
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in ENTER_KEYS:
                self.accept_current()
                return True
            if key in NAVIGATION_KEYS and self.results.count():
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                        Qt.Key.Key_PageDown: 5, Qt.Key.Key_PageUp: -5}[Qt.Key(key)]
                row = max(0, min(self.results.count() - 1, self.results.currentRow() + step))
                self.results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)


# --- Attendance at one session ------------------------------------------------------------------


class AttendanceDialog(QDialog):
    """The enrolled list of one session; see the module's docstring for the keys."""

    marked = Signal(object)  # a services.attendance.RosterEntry that was just stored

    def __init__(self, context: AppContext, session_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self.session: Any | None = None
        self.changes = 0
        self._walk_in_offer = ""  # the badge of the last person refused as not enrolled
        self.setObjectName("attendanceDialog")
        self.setWindowTitle(self.tr("Attendance"))
        self.setAccessibleName(self.tr("Attendance"))
        self.resize(720, 640)

        self.title_label = QLabel(self)
        self.title_label.setObjectName("cardTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setFont(theme.heading_font(self, 1.35))
        self.when_label = QLabel(self)
        self.when_label.setObjectName("muted")
        self.when_label.setWordWrap(True)

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("attendanceFilter")
        self.filter_edit.setPlaceholderText(
            self.tr("Type a name or scan a badge — Space marks the highlighted person"))
        self.filter_edit.setAccessibleName(self.tr("Find a participant or scan a badge"))
        self.filter_edit.setAccessibleDescription(
            self.tr("Typing narrows the list. Up and Down move the highlight. Space marks the "
                    "highlighted person present, or takes the mark back. A scanned badge is "
                    "marked present at once. Ctrl+N adds a walk-in."))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter_changed)
        self.filter_edit.installEventFilter(self)

        self.model = RosterModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("attendanceRoster")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Enrolled participants"))
        self.view.setAccessibleDescription(
            self.tr("Space marks the highlighted person present, or takes the mark back."))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(RosterModel.PRESENT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RosterModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RosterModel.BADGE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RosterModel.NOTE, QHeaderView.ResizeMode.ResizeToContents)
        header.setHighlightSections(False)
        name_view_parts(self.view, self.tr("Enrolled participants"))
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(lambda index: self.toggle_row(index.row()))

        self.count_label = QLabel(self)
        self.count_label.setObjectName("attendanceCount")
        self.count_label.setFont(theme.heading_font(self, 1.1))
        self.message = InlineMessage(self)

        self.walk_in_button = QPushButton(self.tr("Add walk-in… (Ctrl+N)"), self)
        self.walk_in_button.setAccessibleName(
            self.tr("Add a walk-in: someone who came without being enrolled (Ctrl+N)"))
        self.walk_in_button.clicked.connect(self.add_walk_in)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(
            self.tr("Close: every mark is already saved"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        saved_note = QLabel(self.tr("Every mark is saved as you make it."), self)
        saved_note.setObjectName("muted")

        top = QVBoxLayout()
        top.setSpacing(2)
        top.addWidget(self.title_label)
        top.addWidget(self.when_label)
        count_row = QHBoxLayout()
        count_row.addWidget(self.count_label)
        count_row.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.walk_in_button)
        buttons.addStretch(1)
        buttons.addWidget(saved_note)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addLayout(count_row)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

        for button in (self.walk_in_button, self.close_button):
            button.setAutoDefault(False)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_walk_in)
        self.setTabOrder(self.filter_edit, self.view)
        self.setTabOrder(self.view, self.walk_in_button)
        self.setTabOrder(self.walk_in_button, self.close_button)
        self.load()

    # --- opening -------------------------------------------------------------------------------

    @classmethod
    def open_session(cls, parent: QWidget | None, context: AppContext, session_id: int) -> int:
        """Show the dialog for one session until it is closed; returns how many marks were
        stored (each one already saved)."""
        dialog = cls(context, session_id, parent)
        dialog.exec()
        changes = dialog.changes
        dialog.deleteLater()
        return changes

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def load(self) -> bool:
        """Read the session and its roster again; False (with the reason shown) if refused."""
        from makerspace_app.services import attendance, workshops

        try:
            with self.context.unit_of_work(read_only=True) as uow:
                self.session = workshops.get_session(uow, self.session_id)
                tz = workshops.makerspace_zone(uow)
                roster = attendance.session_roster(uow, self.session_id)
        except DomainError as err:
            self.title_label.setText(self.tr("Attendance"))
            self.when_label.setText("")
            self.model.set_entries([])
            self.message.show_error(err)
            self._set_marking_enabled(False)
            self._update_count()
            return False
        s = self.session
        self.setWindowTitle(self.tr("Attendance: %1").replace("%1", s.workshop_title))
        self.title_label.setText(s.workshop_title)
        where = f" · {s.space_name}" if s.space_name else ""
        self.when_label.setText(when_text(s.starts_at, s.ends_at, tz) + where)
        self.model.set_entries(roster)
        cancelled = s.cancelled_at is not None
        self._set_marking_enabled(not cancelled)
        if cancelled:
            self.message.show_message(
                self.tr("This session was cancelled, so nobody can be marked present at it."),
                "info")
        elif not roster:
            self.message.show_message(
                self.tr("Nobody is enrolled yet. Add people who came as walk-ins (Ctrl+N)."),
                "info")
        else:
            self.message.clear()
        self._select_row(0)
        self._update_count()
        return True

    def _set_marking_enabled(self, enabled: bool) -> None:
        self._marking = enabled
        self.walk_in_button.setEnabled(enabled)

    # --- the list and the filter --------------------------------------------------------------

    def _filter_changed(self, text: str) -> None:
        typed = text.strip()
        self.model.set_filter(typed)
        self._select_row(0)
        if typed and not self.model.rowCount():
            self.message.show_message(
                self.tr("Nobody on the list matches “%1”. A badge code is marked with Enter; "
                        "someone not enrolled can be added as a walk-in (Ctrl+N).")
                .replace("%1", typed), "info")
        elif self.message.kind == "info" and self.message.text.startswith(
                self.tr("Nobody on the list matches")):
            self.message.clear()

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, RosterModel.NAME)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)
        else:
            self.view.clearSelection()
            self.view.setCurrentIndex(self.model.index(-1, -1))

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def current_entry(self) -> Any | None:
        return self.model.row_at(self.current_row())

    def _move(self, key: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1,
                Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}[Qt.Key(key)]
        self._select_row(max(0, min(count - 1, self.current_row() + step)))

    def _update_count(self) -> None:
        present, enrolled, walk_ins = self.model.counts()
        text = self.tr("%1 of %2 present").replace("%1", str(present)).replace("%2", str(enrolled))
        if walk_ins == 1:
            text += " " + self.tr("and 1 walk-in")
        elif walk_ins:
            text += " " + self.tr("and %1 walk-ins").replace("%1", str(walk_ins))
        self.count_label.setText(text)
        self.count_label.setAccessibleName(text)

    # --- marking (each mark is one unit of work) ----------------------------------------------

    def set_present(self, participant_id: int, present: bool) -> Any | None:
        """Store one mark; returns the stored entry, or None (the reason is shown)."""
        from makerspace_app.services import attendance

        if not self._marking:
            return None
        known = self.model.entry_of(participant_id)
        try:
            with self.context.unit_of_work() as uow:
                if present and known is not None and not known.enrolled:
                    entry = attendance.add_walk_in(uow, self.session_id, participant_id)
                else:
                    entry = attendance.mark_present(uow, self.session_id, participant_id, present)
        except DomainError as err:
            self.message.show_error(err)
            return None
        self._stored(entry)
        if present:
            self.message.show_message(
                self.tr("%1 %2 is marked present.").replace("%1", TICK)
                .replace("%2", isolate(entry.display_name)), "success")
        else:
            self.message.show_message(
                self.tr("%1 is no longer marked present.")
                .replace("%1", isolate(entry.display_name)), "info")
        return entry

    def _stored(self, entry: Any) -> None:
        self.changes += 1
        self.model.update_entry(entry)
        self._update_count()
        self.marked.emit(entry)

    def toggle_row(self, row: int) -> Any | None:
        entry = self.model.row_at(row)
        if entry is None:
            return None
        return self.set_present(entry.participant_id, not entry.present)

    def toggle_current(self) -> Any | None:
        """Space: flip the highlighted person; a narrowed list opens up again, the person
        stays highlighted (Space again takes the mark back)."""
        entry = self.current_entry()
        if entry is None:
            return None
        stored = self.set_present(entry.participant_id, not entry.present)
        if stored is not None:
            self._clear_filter_keeping(stored.participant_id)
        return stored

    def _clear_filter_keeping(self, participant_id: int) -> None:
        if self.filter_edit.text():
            self.filter_edit.blockSignals(True)
            self.filter_edit.clear()
            self.filter_edit.blockSignals(False)
            self.model.set_filter("")
        self._select_row(self.model.row_of(participant_id))

    def submit_filter(self) -> Any | None:
        """Enter in the field: a badge code marks that person; letters matching exactly one
        person mark them; otherwise say what to do."""
        from makerspace_app.services import attendance

        typed = self.filter_edit.text().strip()
        if not typed or not self._marking:
            return None
        self._walk_in_offer = ""
        try:
            with self.context.unit_of_work() as uow:
                result = attendance.mark_by_code_or_name(uow, self.session_id, typed)
        except DomainError as err:
            self.message.show_error(err)
            person = err.params.get("participant_id") if hasattr(err, "params") else None
            if person is not None:
                self._walk_in_offer = typed
            self.filter_edit.selectAll()
            return None
        if result.marked is not None:
            entry = result.marked
            before = self.model.entry_of(entry.participant_id)
            self._stored(entry)
            self._clear_filter_keeping(entry.participant_id)
            if before is not None and before.present:
                self.message.show_message(
                    self.tr("%1 was already marked present.")
                    .replace("%1", isolate(entry.display_name)), "info")
            else:
                self.message.show_message(
                    self.tr("%1 %2 is marked present.").replace("%1", TICK)
                    .replace("%2", isolate(entry.display_name)), "success")
            return entry
        shown = self.model.rows()
        if len(shown) == 1:
            entry = shown[0]
            if entry.present:
                self._clear_filter_keeping(entry.participant_id)
                self.message.show_message(
                    self.tr("%1 was already marked present.")
                    .replace("%1", isolate(entry.display_name)), "info")
                return entry
            stored = self.set_present(entry.participant_id, True)
            if stored is not None:
                self._clear_filter_keeping(stored.participant_id)
            return stored
        if not shown:
            self.message.show_message(
                self.tr("Nobody on the list matches “%1”. Someone who is not enrolled can be "
                        "added as a walk-in (Ctrl+N).").replace("%1", typed), "info")
        else:
            self.message.show_message(
                self.tr("%1 people match. Use Up and Down to highlight one, then Space.")
                .replace("%1", str(len(shown))), "info")
        return None

    def add_walk_in(self) -> Any | None:
        """Ctrl+N: find someone (by name or badge) and mark them present as a walk-in."""
        from makerspace_app.services import attendance

        if not self._marking:
            return None
        typed = self._walk_in_offer or self.filter_edit.text().strip()
        person = ParticipantPicker.ask(
            self, self.context, self.tr("Add a walk-in"),
            self.tr("Who came without being enrolled? They are marked present at this session."),
            initial_text=typed)
        if person is None:
            self._back_to_filter()
            return None
        try:
            with self.context.unit_of_work() as uow:
                entry = attendance.add_walk_in(uow, self.session_id, person.id)
        except DomainError as err:
            self.message.show_error(err)
            self._back_to_filter()
            return None
        self._walk_in_offer = ""
        self._stored(entry)
        self._clear_filter_keeping(entry.participant_id)
        note = self.tr("as a walk-in") if entry.walk_in else self.tr("(they are enrolled)")
        self.message.show_message(
            self.tr("%1 %2 is marked present %3.").replace("%1", TICK)
            .replace("%2", isolate(entry.display_name)).replace("%3", note), "success")
        self._back_to_filter()
        return entry

    def _back_to_filter(self) -> None:
        """After the walk-in search: this window and its field have the keyboard again."""
        self.activateWindow()
        self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- keys ----------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.filter_edit:
            if key == Qt.Key.Key_Space and _plain(event):
                if self.current_entry() is not None:
                    self.toggle_current()
                return True
            if key in ENTER_KEYS:
                self.submit_filter()
                return True
            if key in NAVIGATION_KEYS and _plain(event):
                self._move(key)
                return True
            if key == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
        elif watched is self.view:
            if key == Qt.Key.Key_Space and _plain(event):
                self.toggle_current()
                return True
            if key in ENTER_KEYS:
                entry = self.current_entry()
                if entry is not None and not entry.present:
                    self.toggle_current()
                return True
            text = event.text()
            if text and text.isprintable() and not text.isspace() and _plain_or_shift(event):
                # Typing on the list goes to the filter: the field is where names are typed.
                self.filter_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                self.filter_edit.insert(text)
                return True
        return super().eventFilter(watched, event)


def _plain_or_shift(event: QKeyEvent) -> bool:
    return event.modifiers() in (*PLAIN, Qt.KeyboardModifier.ShiftModifier)
