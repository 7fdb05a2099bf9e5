"""Participants: find, register and edit the people the makerspace serves.

Left: a search field over the list (search as you type, in SQL; the list loads a page at a
time, so 20,000 people cost no more than 200). Right: the participant — today's bookings with
check-in on Enter, the details form (Save / Cancel at the bottom, unsaved changes never
thrown away silently), consent, certifications and, for coordinators, privacy (export, erase).

Keys: Ctrl+N registers a new participant, Ctrl+S saves, Escape cancels the edit, Enter on the
list opens the participant, Enter on today's bookings checks in the booking. A scanned badge
(typed into the search field by the scanner) opens that person.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain import codes
from makerspace_app.domain.codes import looks_like_badge_code
from makerspace_app.domain.enums import AgeBand, BookingStatus, ConsentKind, StaffRole
from makerspace_app.domain.errors import DomainError
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.services import bookings as bookings_service
from makerspace_app.services import certifications as certifications_service
from makerspace_app.services import consent as consent_service
from makerspace_app.services import participant_csv
from makerspace_app.services import participants as participants_service
from makerspace_app.services import privacy as privacy_service
from makerspace_app.services.participants import ParticipantDetails, ParticipantRow
from makerspace_app.services.permissions import RANK
from makerspace_app.ui import tasks, theme
from makerspace_app.ui.areas import Area
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.dialogs.participant_dialogs import (
    ConfirmDialog,
    ConsentGivenByDialog,
    ExportFileDialog,
)
from makerspace_app.ui.dialogs.participant_import import (
    ParticipantCsvFile,
    ParticipantImportDialog,
)
from makerspace_app.ui.dialogs.unsaved import DISCARD, SAVE, UnsavedChangesDialog
from makerspace_app.ui.errors import is_domain_error, translate_error
from makerspace_app.ui.formatting import long_day, short_time
from makerspace_app.ui.models.participants_model import (
    AGE,
    BADGE,
    CONTACT,
    ID_ROLE,
    NAME,
    PAGE_SIZE,
    ParticipantsModel,
    band_text,
)
from makerspace_app.ui.pages.base import AreaPage
from makerspace_app.ui.widgets.empty_state import EmptyState
from makerspace_app.ui.widgets.message import InlineMessage
from makerspace_app.ui.widgets.participant_form import (
    ParticipantForm,
    SectionFrame,
    date_text,
    language_name,
    tag_label,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

SEARCH_DEBOUNCE_MS = 150
# Rows read after a keystroke: a screenful and more; scrolling reads PAGE_SIZE at a time.
FIRST_PAGE = 80
BOOKING_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CHECK_IN_EARLY = dt.timedelta(minutes=15)

STATUS_TEXT = {
    BookingStatus.BOOKED: QT_TRANSLATE_NOOP("ParticipantsPage", "Booked"),
    BookingStatus.CHECKED_IN: QT_TRANSLATE_NOOP("ParticipantsPage", "Checked in"),
    BookingStatus.COMPLETED: QT_TRANSLATE_NOOP("ParticipantsPage", "Checked out"),
    BookingStatus.NO_SHOW: QT_TRANSLATE_NOOP("ParticipantsPage", "Did not come"),
    BookingStatus.CANCELLED: QT_TRANSLATE_NOOP("ParticipantsPage", "Cancelled"),
}
CONSENT_TEXT = {
    ConsentKind.PARTICIPATION: (
        QT_TRANSLATE_NOOP("ParticipantsPage", "Taking part"),
        QT_TRANSLATE_NOOP("ParticipantsPage", "May take part in activities and use equipment."),
    ),
    ConsentKind.PHOTO: (
        QT_TRANSLATE_NOOP("ParticipantsPage", "Photos"),
        QT_TRANSLATE_NOOP(
            "ParticipantsPage", "May be photographed; photos may be kept with their projects."
        ),
    ),
    ConsentKind.DATA_PROCESSING: (
        QT_TRANSLATE_NOOP("ParticipantsPage", "Data processing"),
        QT_TRANSLATE_NOOP(
            "ParticipantsPage", "Their details may be stored and used to run the makerspace."
        ),
    ),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ParticipantsPage", text)


def _new_booking_dialog() -> Any | None:
    """The New booking dialog, when this build has it."""
    try:
        from makerspace_app.ui.dialogs import new_booking  # type: ignore[attr-defined]
    except ImportError:
        return None
    return getattr(new_booking, "NewBookingDialog", None)


class ParticipantsPage(AreaPage):
    """The Participants area. ``show_record(id)`` opens one participant."""

    def __init__(self, area: Area, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(area, context, parent)
        self.set_subtitle(
            self.tr("Find someone by any part of their name, badge code, phone or e-mail, "
                    "or scan their badge.")
        )
        self._current: ParticipantDetails | None = None
        self._new = False
        self._return_to: int | None = None  # who to show again when a new registration is cancelled
        self._bookings: list[bookings_service.BookingRow] = []
        self._duplicates: list[int] = []
        self._listed = False  # the list has been read at least once
        self._stale = False
        self._selecting = False
        self._booking_dialog = _new_booking_dialog()
        self.import_dialog: ParticipantImportDialog | None = None
        self.export_task: tasks.Task | None = None
        context.data_changed.connect(self._data_changed)
        context.actor_changed.connect(self._update_transfer_buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.refresh_list)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("participantsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list_side())
        splitter.addWidget(self._build_details_side())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 5)
        splitter.setSizes([500, 500])
        self.splitter = splitter
        self.body.addWidget(splitter, 1)

        QShortcut(QKeySequence.StandardKey.New, self, self.new_participant)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save_changes)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.details,
                           self._escape_pressed)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        if self._booking_dialog is not None:
            QShortcut(QKeySequence("Ctrl+B"), self, self.new_booking)
        self._set_tab_order()
        self.refresh_theme()
        self._show_placeholder()

    # --- building ------------------------------------------------------------------------

    def _build_list_side(self) -> QWidget:
        side = QWidget(self)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 12, 12)
        layout.setSpacing(8)

        self.search_edit = QLineEdit(side)
        self.search_edit.setObjectName("participantSearch")
        self.search_edit.setPlaceholderText(self.tr("Name, badge code, phone or e-mail"))
        self.search_edit.setAccessibleName(self.tr("Find participants"))
        self.search_edit.setAccessibleDescription(
            self.tr("Type any part of a name, a badge code, a phone number or an e-mail; "
                    "Down moves to the list")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search_text_changed)
        self.search_edit.installEventFilter(self)

        self.new_button = QPushButton(self.tr("New participant"), side)
        self.new_button.setAccessibleName(self.tr("Register a new participant (Ctrl+N)"))
        self.new_button.setToolTip(self.tr("Register a new participant (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_participant)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        layout.addLayout(top)

        self.count_label = QLabel(side)
        self.count_label.setObjectName("muted")
        layout.addWidget(self.count_label)

        self.model = ParticipantsModel(self, PAGE_SIZE)
        self.table = QTableView(side)
        self.table.setObjectName("participantsTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setAccessibleDescription(
            self.tr("Enter opens the participant; Ctrl+N registers a new one")
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list; arrows move in it
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() + 12
        )
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Badge and age have short texts of known forms: sized from the font once, not by
        # measuring every loaded row after each keystroke (ResizeToContents did, and cost more
        # than the search itself).
        header.setSectionResizeMode(BADGE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(AGE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(CONTACT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CONTACT, 150)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setAccessibleName(self.tr("Participants list columns"))
        self.table.verticalHeader().setAccessibleName(self.tr("Participants list rows"))
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.installEventFilter(self)

        self.list_empty = EmptyState(
            "participants",
            self.tr("No participants yet — register one (Ctrl+N)"),
            self.tr("People you register appear here with their bookings, consent and "
                    "certifications."),
            side,
        )
        self.list_stack = QStackedWidget(side)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.list_empty)
        layout.addWidget(self.list_stack, 1)

        # Moving the register in and out of CSV files: coordinators only (as the services
        # require), so the buttons show only for them.
        self.import_csv_button = QPushButton(self.tr("Import CSV…"), side)
        self.import_csv_button.setAccessibleName(self.tr("Import participants from a CSV file"))
        self.import_csv_button.setToolTip(self.tr(
            "Check a CSV file row by row, then import it (nothing is imported while a row "
            "needs fixing)"))
        self.import_csv_button.clicked.connect(self.import_csv)
        self.export_csv_button = QPushButton(self.tr("Export CSV…"), side)
        self.export_csv_button.setAccessibleName(self.tr("Export participants to a CSV file"))
        self.export_csv_button.setToolTip(self.tr(
            "Every participant in a CSV file that opens in a spreadsheet and imports again"))
        self.export_csv_button.clicked.connect(self.export_csv)
        self.list_message = InlineMessage(side)
        layout.addWidget(self.list_message)
        transfer = QHBoxLayout()
        transfer.setSpacing(8)
        transfer.addWidget(self.import_csv_button)
        transfer.addWidget(self.export_csv_button)
        transfer.addStretch(1)
        layout.addLayout(transfer)
        return side

    def _build_details_side(self) -> QWidget:
        self.details_stack = QStackedWidget(self)
        self.placeholder = EmptyState(
            "person",
            self.tr("Choose a participant"),
            self.tr("Pick someone from the list or scan their badge, or register a new "
                    "participant (Ctrl+N)."),
            self.details_stack,
        )
        self.details_stack.addWidget(self.placeholder)

        self.details = QWidget(self.details_stack)
        self.details.setObjectName("participantDetails")
        layout = QVBoxLayout(self.details)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.setSpacing(8)

        # Who it is.
        self.name_label = QLabel(self.details)
        self.name_label.setObjectName("cardTitle")
        self.name_label.setWordWrap(True)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts_label = QLabel(self.details)
        self.facts_label.setObjectName("muted")
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.needs_label = QLabel(self.details)
        self.needs_label.setWordWrap(True)
        self.needs_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        who = QVBoxLayout()
        who.setSpacing(2)
        who.addWidget(self.name_label)
        who.addWidget(self.facts_label)
        who.addWidget(self.needs_label)
        head = QHBoxLayout()
        head.addLayout(who, 1)
        layout.addLayout(head)

        self.action_message = InlineMessage(self.details)
        layout.addWidget(self.action_message)

        # Today's bookings: the front desk's first question.
        self.today_section = SectionFrame(self.tr("Today"), self.details)
        self.bookings_tree = QTreeWidget(self.today_section)
        self.bookings_tree.setObjectName("participantBookings")
        self.bookings_tree.setAccessibleName(self.tr("Today’s bookings"))
        self.bookings_tree.setAccessibleDescription(
            self.tr("Enter checks in the selected booking")
        )
        self.bookings_tree.setRootIsDecorated(False)
        self.bookings_tree.setUniformRowHeights(True)
        self.bookings_tree.setAllColumnsShowFocus(True)
        self.bookings_tree.setHeaderLabels([self.tr("Time"), self.tr("Item"), self.tr("Status")])
        self.bookings_tree.header().setStretchLastSection(False)
        self.bookings_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.bookings_tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.bookings_tree.header().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.bookings_tree.header().setAccessibleName(self.tr("Today’s bookings columns"))
        self.bookings_tree.installEventFilter(self)
        self.bookings_tree.itemDoubleClicked.connect(lambda *_: self.check_in_current())
        self.bookings_tree.currentItemChanged.connect(lambda *_: self._update_booking_buttons())
        self.no_bookings_label = QLabel(self.today_section)
        self.no_bookings_label.setObjectName("muted")
        self.no_bookings_label.setWordWrap(True)
        self.check_in_button = QPushButton(self.tr("Check in"), self.today_section)
        self.check_in_button.setAccessibleName(self.tr("Check in the selected booking (Enter)"))
        self.check_in_button.setToolTip(self.tr("Check in the selected booking (Enter)"))
        self.check_in_button.clicked.connect(self.check_in_current)
        self.check_out_button = QPushButton(self.tr("Check out"), self.today_section)
        self.check_out_button.setAccessibleName(self.tr("Check out the selected booking"))
        self.check_out_button.clicked.connect(self.check_out_current)
        # Booking for them is the desk's other one-key action, next to checking in (and the
        # only button here while they have no booking today).
        self.new_booking_button: QPushButton | None = None
        booking_buttons = QHBoxLayout()
        booking_buttons.addStretch(1)
        if self._booking_dialog is not None:
            self.new_booking_button = QPushButton(self.tr("New booking (Ctrl+B)"),
                                                  self.today_section)
            self.new_booking_button.setObjectName("participantNewBooking")
            self.new_booking_button.setAccessibleName(
                self.tr("New booking for this participant (Ctrl+B)")
            )
            self.new_booking_button.setToolTip(self.tr("New booking for this participant (Ctrl+B)"))
            self.new_booking_button.clicked.connect(self.new_booking)
            booking_buttons.addWidget(self.new_booking_button)
        booking_buttons.addWidget(self.check_in_button)
        booking_buttons.addWidget(self.check_out_button)
        self.today_section.content.addWidget(self.bookings_tree)
        self.today_section.content.addWidget(self.no_bookings_label)
        self.today_section.content.addLayout(booking_buttons)
        self._booking_buttons = booking_buttons
        layout.addWidget(self.today_section)

        # The tabs: details form, consent, certifications, privacy.
        self.tabs = QTabWidget(self.details)
        self.tabs.setObjectName("participantTabs")
        self.tabs.setAccessibleName(self.tr("About the participant"))
        self.tabs.setDocumentMode(True)

        self.form = ParticipantForm()
        self.form.changed.connect(self._form_changed)
        self.form.set_guardian_search(self._guardian_search)
        self.form.wants_visible.connect(self._ensure_form_widget_visible)
        form_holder = QWidget()
        holder_layout = QVBoxLayout(form_holder)
        holder_layout.setContentsMargins(4, 8, 12, 8)
        holder_layout.addWidget(self.form)
        holder_layout.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(form_holder)
        self.form_scroll.setAccessibleName(self.tr("Participant details form"))
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.addTab(self.form_scroll, self.tr("Details"))

        self.consent_tab = self._build_consent_tab()
        self.tabs.addTab(self.consent_tab, self.tr("Consent"))
        self.certifications_tab = self._build_certifications_tab()
        self.tabs.addTab(self.certifications_tab, self.tr("Certifications"))
        self.privacy_tab = self._build_privacy_tab()
        self.tabs.addTab(self.privacy_tab, self.tr("Privacy"))
        layout.addWidget(self.tabs, 1)

        # Save / Cancel at the bottom, with the message about the last attempt.
        bar = QFrame(self.details)
        bar.setObjectName("buttonBar")
        bar_layout = QVBoxLayout(bar)
        bar_layout.setContentsMargins(0, 8, 0, 12)
        bar_layout.setSpacing(8)
        self.message = InlineMessage(bar)
        bar_layout.addWidget(self.message)
        self.open_duplicate_button = QPushButton(bar)
        self.open_duplicate_button.clicked.connect(self._open_duplicate)
        self.open_duplicate_button.hide()
        self.unsaved_label = QLabel(self.tr("Unsaved changes"), bar)
        self.unsaved_label.setObjectName("muted")
        self.unsaved_label.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), bar)
        self.cancel_button.setAccessibleName(self.tr("Cancel: forget the changes (Escape)"))
        self.cancel_button.setToolTip(self.tr("Forget the changes (Escape)"))
        self.cancel_button.clicked.connect(self.discard_changes)
        self.save_button = QPushButton(self.tr("Save"), bar)
        self.save_button.setAccessibleName(self.tr("Save the participant (Ctrl+S)"))
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_changes)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_duplicate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unsaved_label)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        bar_layout.addLayout(buttons)
        layout.addWidget(bar)

        self.details_stack.addWidget(self.details)
        return self.details_stack

    def _build_consent_tab(self) -> QWidget:
        tab = QWidget()
        grid = QGridLayout(tab)
        grid.setContentsMargins(4, 12, 12, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.consent_rows: dict[ConsentKind, tuple[QLabel, QPushButton]] = {}
        row = 0
        for kind in ConsentKind:
            title, meaning = CONSENT_TEXT[kind]
            name = QLabel(_tr(title), tab)
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            explain = QLabel(_tr(meaning), tab)
            explain.setObjectName("muted")
            explain.setWordWrap(True)
            status = QLabel(tab)
            status.setWordWrap(True)
            status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(self.tr("Give…"), tab)
            button.setAccessibleName(self.tr("Record consent: %1").replace("%1", _tr(title)))
            button.clicked.connect(lambda _checked=False, k=kind: self._toggle_consent(k))
            grid.addWidget(name, row, 0)
            grid.addWidget(status, row, 1)
            grid.addWidget(button, row, 2, 2, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(explain, row + 1, 0, 1, 2)
            spacer = QWidget(tab)
            spacer.setFixedHeight(10)
            grid.addWidget(spacer, row + 2, 0)
            self.consent_rows[kind] = (status, button)
            row += 3
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(row, 1)
        return tab

    def _build_certifications_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 12, 12, 8)
        self.certifications_tree = QTreeWidget(tab)
        self.certifications_tree.setObjectName("participantCertifications")
        self.certifications_tree.setAccessibleName(self.tr("Certifications"))
        self.certifications_tree.setRootIsDecorated(False)
        self.certifications_tree.setUniformRowHeights(True)
        self.certifications_tree.setAllColumnsShowFocus(True)
        self.certifications_tree.setHeaderLabels(
            [self.tr("Equipment category"), self.tr("Granted"), self.tr("Expires"),
             self.tr("Status")]
        )
        header = self.certifications_tree.header()
        header.setAccessibleName(self.tr("Certifications columns"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.no_certifications_label = QLabel(
            self.tr("No certifications yet. Completing a training workshop grants one; a "
                    "workshop leader can also grant one."),
            tab,
        )
        self.no_certifications_label.setObjectName("muted")
        self.no_certifications_label.setWordWrap(True)
        layout.addWidget(self.no_certifications_label)
        layout.addWidget(self.certifications_tree, 1)
        return tab

    def _build_privacy_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(4, 12, 12, 8)
        layout.setSpacing(8)
        export_text = QLabel(
            self.tr("A copy of everything the makerspace holds about this person, as a JSON "
                    "file, for a request to see their data."),
            tab,
        )
        export_text.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export data…"), tab)
        self.export_button.setAccessibleName(self.tr("Export the participant’s data to a file"))
        self.export_button.clicked.connect(self.export_data)
        erase_text = QLabel(
            self.tr("Erasing deletes their name, contact details, consents and photos for "
                    "good. Bookings, attendance and certifications stay, anonymous, for the "
                    "statistics. Their badge stops working."),
            tab,
        )
        erase_text.setWordWrap(True)
        self.erase_button = QPushButton(self.tr("Erase…"), tab)
        self.erase_button.setAccessibleName(self.tr("Erase the participant"))
        self.erase_button.clicked.connect(self.erase)
        for text, button in ((export_text, self.export_button), (erase_text, self.erase_button)):
            row = QHBoxLayout()
            row.addWidget(text, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
            layout.addSpacing(8)
        layout.addStretch(1)
        return tab

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [self.search_edit, self.new_button, self.table,
                                self.import_csv_button, self.export_csv_button,
                                self.bookings_tree]
        if self.new_booking_button is not None:
            chain.append(self.new_booking_button)
        chain += [self.check_in_button, self.check_out_button, self.tabs]
        chain.append(self.form.first_field())
        for a, b in pairwise(chain):
            QWidget.setTabOrder(a, b)
        QWidget.setTabOrder(self.form.last_field(), self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.save_button)

    def _ensure_form_widget_visible(self, widget: QWidget) -> None:
        # After the layout has made room for what just appeared.
        QTimer.singleShot(0, lambda: self.form_scroll.ensureWidgetVisible(widget, 10, 10))

    def refresh_theme(self) -> None:
        super().refresh_theme()
        if hasattr(self, "name_label"):
            self.name_label.setFont(theme.heading_font(self, 1.35))
        if hasattr(self, "table"):
            self._size_list_columns()

    def _size_list_columns(self) -> None:
        """Widths of the badge and age columns that fit any badge code and any age band."""
        header = self.table.horizontalHeader()
        cell = self.table.fontMetrics()
        heading = header.fontMetrics()
        padding = 2 * self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table) + 16
        widest_char = max(cell.horizontalAdvance(ch) for ch in codes.ALPHABET)
        badge = max(widest_char * codes.BADGE_CODE_LENGTH,
                    heading.horizontalAdvance(self.model.headerData(
                        BADGE, Qt.Orientation.Horizontal)))
        ages = [band_text(band) for band in AgeBand] + ["120"]
        age = max(max(cell.horizontalAdvance(text) for text in ages),
                  heading.horizontalAdvance(self.model.headerData(
                      AGE, Qt.Orientation.Horizontal)))
        header.resizeSection(BADGE, badge + padding)
        header.resizeSection(AGE, age + padding)

    # --- reading -------------------------------------------------------------------------

    def _read(self, fn: Callable[[Any], T]) -> T:
        with self.context.unit_of_work(read_only=True) as uow:
            return fn(uow)

    def _fetch_page(
        self, text: str, walk_in_order: bool, offset: int, limit: int
    ) -> list[ParticipantRow]:
        return self._read(
            lambda uow: participants_service.search_participants(
                uow, text, limit, offset, walk_in_order=walk_in_order)
        )

    def _guardian_search(self, text: str, limit: int) -> list[ParticipantRow]:
        try:
            return self._read(
                lambda uow: participants_service.search_participants(uow, text, limit)
            )
        except DomainError as err:
            self.message.show_error(err)
            return []

    # --- the list ------------------------------------------------------------------------

    def on_shown(self) -> None:
        # The heading font does not survive the page being put in the window's stack.
        self.refresh_theme()
        self._update_transfer_buttons()
        if not self._listed or self._stale:
            self.refresh_list()  # what other desks and areas changed
        if self._current is not None:
            # Today's bookings and consent may have changed elsewhere; typed changes stay.
            self._reload_current(keep_form=True)

    def _data_changed(self) -> None:
        self._stale = True

    def _search_text_changed(self, _text: str) -> None:
        self._search_timer.start()

    def search_text(self) -> str:
        return self.search_edit.text().strip()

    def refresh_list(self, select_id: int | None = None) -> None:
        """Read the first page of what the search matches (and how many in all)."""
        self._search_timer.stop()
        text = self.search_text()
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                found = participants_service.find_participants(uow, text, FIRST_PAGE)
                if not self._listed:
                    ctx = participants_service.age_context(uow)
                    self.form.set_age_rules(ctx.today, ctx.adult_age)
        except DomainError as err:
            self.model.clear()
            self.list_empty.set_text(self.tr("The list cannot be shown"), translate_error(err))
            self.list_stack.setCurrentWidget(self.list_empty)
            self.count_label.clear()
            return
        self._listed = True
        self._stale = False
        self._selecting = True
        try:
            self.model.set_source(
                found.total,
                lambda offset, limit, t=text, w=found.walk_in_order: self._fetch_page(
                    t, w, offset, limit),
                found.rows,
            )
        finally:
            self._selecting = False
        self._show_list_state(text, found.total)
        wanted = select_id if select_id is not None else (
            self._current.id if self._current is not None else None
        )
        if wanted is not None:
            self._select_row_of(wanted)

    def _show_list_state(self, text: str, total: int) -> None:
        if total == 0 and not text:
            self.list_empty.set_text(
                self.tr("No participants yet — register one (Ctrl+N)"),
                self.tr("People you register appear here with their bookings, consent and "
                        "certifications."),
            )
            self.list_stack.setCurrentWidget(self.list_empty)
            self.count_label.setText("")
        elif total == 0:
            self.list_empty.set_text(
                self.tr("No one matches “%1”").replace("%1", text),
                self.tr("Check the spelling or type less of the name; a phone number, e-mail "
                        "or badge code works too. Not registered yet? Register them (Ctrl+N)."),
            )
            self.list_stack.setCurrentWidget(self.list_empty)
            self.count_label.setText(self.tr("No matches"))
        else:
            self.list_stack.setCurrentWidget(self.table)
            if text:
                self.count_label.setText(
                    self.tr("1 participant matches") if total == 1
                    else self.tr("%n participants match", "", total)
                )
            else:
                self.count_label.setText(
                    self.tr("1 participant") if total == 1
                    else self.tr("%n participants", "", total)
                )

    def _select_row_of(self, participant_id: int) -> bool:
        row = self.model.row_for_id(participant_id)
        self._selecting = True
        try:
            selection = self.table.selectionModel()
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.Clear)
                return False
            index = self.model.index(row, NAME)
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
            return True
        finally:
            self._selecting = False

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        participant_id = current.data(ID_ROLE)
        if participant_id is None:
            return
        if self._current is not None and self._current.id == participant_id and not self._new:
            return
        if not self._may_leave_form():
            # Stay on the participant being edited; put the selection back.
            QTimer.singleShot(0, self._reselect_current)
            return
        self.open_participant(int(participant_id))

    def _reselect_current(self) -> None:
        if self._current is not None and not self._new:
            self._select_row_of(self._current.id)
        else:
            self._select_row_of(-1)

    # --- opening a participant -----------------------------------------------------------

    def show_record(self, participant_id: int) -> None:
        """Open a participant (the global search and a scanned badge call this)."""
        if self._current is not None and self._current.id == participant_id and not self._new:
            self._reload_current(keep_form=True)
            self._focus_after_open()
            return
        if not self._may_leave_form():
            return
        if not self._listed:
            self.refresh_list()
        details = self.open_participant(participant_id)
        if details is None:
            return
        if not details.is_erased and self.model.row_for_id(participant_id) is None:
            # Not among the rows shown: list just this person (by their badge code), so the
            # list and the details agree; Escape in the search field lists everyone again.
            self.search_edit.blockSignals(True)
            self.search_edit.setText(details.badge_code)
            self.search_edit.blockSignals(False)
            self.refresh_list(select_id=participant_id)
        else:
            self._select_row_of(participant_id)
        self._focus_after_open()

    def open_participant(self, participant_id: int) -> ParticipantDetails | None:
        """Show one participant on the right (no question asked about unsaved changes)."""
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                details = participants_service.get_participant(uow, participant_id)
                extra = self._read_extra(uow, details)
        except DomainError as err:
            self.action_message.show_error(err)
            return None
        if self._current is None or self._current.id != details.id:
            self.form_scroll.verticalScrollBar().setValue(0)
        self._new = False
        self._current = details
        self._duplicates = []
        self.message.clear()
        self.action_message.clear()
        self.open_duplicate_button.hide()
        self.form.load(details)
        self._show_details(details, *extra)
        return details

    def _read_extra(self, uow: Any, details: ParticipantDetails) -> tuple[Any, ...]:
        if details.is_erased:
            return [], {}, {}, [], None
        tz = bookings_service.timezone(uow)
        day = bookings_service.participant_day(uow, details.id)
        history = consent_service.consent_history(uow, details.id)
        latest: dict[ConsentKind, consent_service.ConsentRow] = {}
        for record in history:  # newest first
            latest.setdefault(record.kind, record)
        current = consent_service.current_consents(uow, details.id)
        certs = certifications_service.list_for_participant(uow, details.id)
        return day, latest, current, certs, tz

    def _reload_current(self, keep_form: bool) -> None:
        """Read the current participant again (bookings, consent...); the form too unless
        it holds typed changes."""
        if self._current is None or self._new:
            return
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                details = participants_service.get_participant(uow, self._current.id)
                extra = self._read_extra(uow, details)
        except DomainError as err:
            self.action_message.show_error(err)
            return
        self._current = details
        if not (keep_form and self.form.is_changed()):
            self.form.load(details)
        self._show_details(details, *extra)

    def _focus_after_open(self) -> None:
        if self._current is None:
            return
        if self._bookings and self.bookings_tree.isVisible():
            self.bookings_tree.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self._current.is_erased:
            self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_placeholder(self) -> None:
        self._current = None
        self._new = False
        self.details_stack.setCurrentWidget(self.placeholder)

    def _show_details(
        self,
        details: ParticipantDetails,
        day: list[bookings_service.BookingRow],
        latest_consents: dict[ConsentKind, consent_service.ConsentRow],
        current_consents: dict[ConsentKind, consent_service.ConsentRow],
        certs: list[certifications_service.CertificationRow],
        tz: Any,
    ) -> None:
        self.details_stack.setCurrentWidget(self.details)
        erased = details.is_erased
        if erased:
            self.name_label.setText(
                self.tr("Participant number %1 (erased)").replace("%1", str(details.id))
            )
            self.facts_label.setText("")
            self.needs_label.hide()
            self.message.show_message(
                self.tr("Erased on %1: nothing personal about them is kept. If the person "
                        "comes back, register them again as a new participant (Ctrl+N).")
                .replace("%1", date_text(details.erased_at.date() if details.erased_at else None)),
                "info",
            )
        else:
            self.name_label.setText(details.display_name)
            self.name_label.setAccessibleName(details.display_name)
            self.facts_label.setText(self._facts(details))
            needs = [tag_label(t) for t in details.accessibility_tags]
            if needs:
                self.needs_label.setText(self.tr("Accessibility: %1").replace("%1", ", ".join(needs)))
            self.needs_label.setVisible(bool(needs))
        self.form.set_editable(not erased)
        self.today_section.setVisible(not erased)
        self.tabs.setVisible(not erased)  # nothing is left to show or edit
        self.save_button.setVisible(not erased)
        self.cancel_button.setVisible(not erased)
        for tab in (self.consent_tab, self.certifications_tab):
            self.tabs.setTabVisible(self.tabs.indexOf(tab), not erased)
        self.tabs.setTabVisible(self.tabs.indexOf(self.privacy_tab),
                                not erased and self._may_use_privacy())
        if self.new_booking_button is not None:
            self.new_booking_button.setVisible(not erased)
        if not erased:
            self._show_bookings(day, tz)
            self._show_consents(latest_consents, current_consents)
            self._show_certifications(certs)
        self._update_save_buttons()

    def _facts(self, details: ParticipantDetails) -> str:
        parts = [self.tr("Badge %1").replace("%1", details.badge_code)]
        if details.age is not None:
            parts.append(self.tr("%1 years old").replace("%1", str(details.age)))
        elif details.age_band is not None:
            parts.append(self.tr("age %1").replace("%1", band_text(details.age_band)))
        else:
            parts.append(self.tr("age not recorded"))
        if details.pronouns:
            parts.append(details.pronouns)
        if details.preferred_language:
            parts.append(self.tr("speaks %1").replace("%1", language_name(details.preferred_language)))
        if details.is_minor:
            if details.guardian_display_name:
                parts.append(self.tr("guardian: %1").replace("%1", details.guardian_display_name))
            elif details.guardian_name:
                parts.append(self.tr("guardian: %1").replace("%1", details.guardian_name))
            else:
                parts.append(self.tr("no guardian on record"))
        return " · ".join(parts)

    def _may_use_privacy(self) -> bool:
        actor = self.context.actor
        return actor is not None and RANK[actor.role] >= RANK[StaffRole.COORDINATOR]

    def _update_transfer_buttons(self, *_args: Any) -> None:
        allowed = self._may_use_privacy()
        self.import_csv_button.setVisible(allowed)
        self.export_csv_button.setVisible(allowed)
        self.import_csv_button.setEnabled(allowed and self.import_dialog is None)
        self.export_csv_button.setEnabled(allowed and self.export_task is None)

    # --- CSV files -----------------------------------------------------------------------

    def import_csv(self) -> ParticipantImportDialog | None:
        """Open the import dialog: choose a file, see every bad row, then import."""
        if self.import_dialog is not None or not self._may_use_privacy():
            return None
        if not self._may_leave_form():
            return None
        dialog = ParticipantImportDialog(self.context, self)
        dialog.imported.connect(self._imported)
        dialog.finished.connect(lambda _result, d=dialog: self._import_closed(d))
        self.import_dialog = dialog
        self._update_transfer_buttons()
        dialog.open()
        return dialog

    def _imported(self, report: Any) -> None:
        self.context.data_changed.emit()
        self.refresh_list()
        self.list_message.show_message(
            self.tr("Imported from the CSV file: %1 new participant(s), %2 updated.")
            .replace("%1", self.locale().toString(report.created))
            .replace("%2", self.locale().toString(report.updated)),
            "success")

    def _import_closed(self, dialog: ParticipantImportDialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None
        dialog.deleteLater()
        self._update_transfer_buttons()
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def export_csv(self) -> bool:
        """Write every participant to a CSV file (off the UI thread)."""
        if self.export_task is not None or not self._may_use_privacy():
            return False
        path = ParticipantCsvFile.ask_save(self, str(Path.home() / "participants.csv"))
        if not path:
            return False
        context = self.context

        def work() -> int:
            with context.unit_of_work() as uow:
                return participant_csv.export_participants_csv(uow, Path(path))

        self.list_message.show_message(self.tr("Exporting participants to %1…").replace("%1", path),
                                  "info")
        self.export_task = tasks.run(work, lambda count: self._exported(path, count),
                                     self._export_failed)
        self._update_transfer_buttons()
        return True

    def _exported(self, path: str, count: int) -> None:
        self.export_task = None
        self._update_transfer_buttons()
        self.list_message.show_message(
            (self.tr("Exported 1 participant to %2.") if count == 1 else
             self.tr("Exported %1 participants to %2.")).replace(
                "%1", self.locale().toString(count)).replace("%2", path),
            "success")

    def _export_failed(self, err: BaseException) -> None:
        self.export_task = None
        self._update_transfer_buttons()
        if not is_domain_error(err):
            log.error("Participants export failed", exc_info=(type(err), err, err.__traceback__))
        self.list_message.show_message(translate_error(err), "error")

    # --- today's bookings ----------------------------------------------------------------

    def _show_bookings(self, day: list[bookings_service.BookingRow], tz: Any) -> None:
        self._bookings = list(day)
        tree = self.bookings_tree
        tree.clear()
        for booking in day:
            when = f"{short_time(booking.starts_at, tz)}–{short_time(booking.ends_at, tz)}"
            status = _tr(STATUS_TEXT.get(booking.status, str(booking.status)))
            item = QTreeWidgetItem([when, f"{booking.equipment} ({booking.asset_tag})", status])
            item.setData(0, BOOKING_ID_ROLE, booking.id)
            item.setToolTip(1, booking.notes or booking.equipment)
            tree.addTopLevelItem(item)
        has = bool(day)
        tree.setVisible(has)
        self.check_in_button.setVisible(has)
        self.check_out_button.setVisible(has)
        if has:
            rows = max(1, min(len(day), 4))
            tree.setFixedHeight(tree.header().sizeHint().height()
                                + rows * (tree.fontMetrics().lineSpacing() + 8) + 6)
            current = self._current_booking_index(day)
            tree.setCurrentItem(tree.topLevelItem(current))
            self.no_bookings_label.hide()
        else:
            hint = (self.tr("No bookings today. New booking: Ctrl+B.")
                    if self._booking_dialog is not None else self.tr("No bookings today."))
            self.no_bookings_label.setText(hint)
            self.no_bookings_label.show()
        self._update_booking_buttons()

    @staticmethod
    def _current_booking_index(day: list[bookings_service.BookingRow]) -> int:
        """The booking the desk most likely means: the one open for check-in now, else the
        next one still booked, else one checked in, else the first."""
        now = dt.datetime.now(dt.UTC)
        for n, b in enumerate(day):
            if b.status is BookingStatus.BOOKED and b.starts_at - CHECK_IN_EARLY <= now < b.ends_at:
                return n
        for n, b in enumerate(day):
            if b.status is BookingStatus.BOOKED and b.ends_at > now:
                return n
        for n, b in enumerate(day):
            if b.status is BookingStatus.CHECKED_IN:
                return n
        return 0

    def _selected_booking(self) -> bookings_service.BookingRow | None:
        item = self.bookings_tree.currentItem()
        if item is None:
            return None
        booking_id = item.data(0, BOOKING_ID_ROLE)
        return next((b for b in self._bookings if b.id == booking_id), None)

    def _update_booking_buttons(self) -> None:
        booking = self._selected_booking()
        self.check_in_button.setEnabled(
            booking is not None and booking.status is BookingStatus.BOOKED
        )
        self.check_out_button.setEnabled(
            booking is not None and booking.status is BookingStatus.CHECKED_IN
        )

    def check_in_current(self) -> bool:
        booking = self._selected_booking()
        if booking is None:
            return False
        return self._booking_action(booking, bookings_service.check_in,
                                    self.tr("Checked in: %1, %2."))

    def check_out_current(self) -> bool:
        booking = self._selected_booking()
        if booking is None:
            return False
        return self._booking_action(booking, bookings_service.check_out,
                                    self.tr("Checked out: %1, %2."))

    def _booking_action(self, booking: bookings_service.BookingRow, action: Callable[..., Any],
                        done: str) -> bool:
        try:
            with self.context.unit_of_work() as uow:
                action(uow, booking.id)
        except DomainError as err:
            self.action_message.show_error(err)
            return False
        when = self.bookings_tree.currentItem().text(0) if self.bookings_tree.currentItem() else ""
        self._reload_current(keep_form=True)
        self.action_message.show_message(
            done.replace("%1", booking.equipment).replace("%2", when), "success"
        )
        self.context.data_changed.emit()
        self._stale = False
        return True

    def new_booking(self) -> None:
        if self._booking_dialog is None or self._current is None or self._new:
            return
        if self._current.is_erased:
            return
        booked = self._booking_dialog.ask(self, self.context, participant_id=self._current.id)
        self._reload_current(keep_form=True)
        if booked is None:
            self._stale = False
            return
        when = ""
        try:
            tz = self._read(bookings_service.timezone)
            when = f"{short_time(booked.starts_at, tz)}–{short_time(booked.ends_at, tz)}"
            day = booked.starts_at.astimezone(tz).date()
            if day != dt.datetime.now(tz).date():
                when = f"{long_day(day)}, {when}"
        except DomainError:
            pass
        self.action_message.show_message(
            self.tr("Booked: %1, %2.").replace("%1", booked.equipment).replace("%2", when),
            "success",
        )
        # The new booking is today's current one, so Enter checks them in at once.
        tree = self.bookings_tree
        for n in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(n)
            if item.data(0, BOOKING_ID_ROLE) == booked.id:
                tree.setCurrentItem(item)
                self._focus_after_open()
                break
        self._stale = False

    # --- consent -------------------------------------------------------------------------

    def _show_consents(
        self,
        latest: dict[ConsentKind, consent_service.ConsentRow],
        current: dict[ConsentKind, consent_service.ConsentRow],
    ) -> None:
        for kind, (status, button) in self.consent_rows.items():
            title = _tr(CONSENT_TEXT[kind][0])
            given = current.get(kind)
            last = latest.get(kind)
            if given is not None:
                status.setText(
                    self.tr("Given by %1 on %2").replace("%1", given.given_by).replace(
                        "%2", date_text(given.given_at.date())
                    )
                )
                button.setText(self.tr("Withdraw…"))
                button.setAccessibleName(self.tr("Withdraw consent: %1").replace("%1", title))
            else:
                if last is not None and last.withdrawn_at is not None:
                    status.setText(self.tr("Withdrawn on %1").replace(
                        "%1", date_text(last.withdrawn_at.date())))
                else:
                    status.setText(self.tr("Not given"))
                button.setText(self.tr("Give…"))
                button.setAccessibleName(self.tr("Record consent: %1").replace("%1", title))
            button.setProperty("consent_given", given is not None)
            status.setAccessibleName(f"{title}: {status.text()}")

    def _toggle_consent(self, kind: ConsentKind) -> None:
        details = self._current
        if details is None or details.is_erased:
            return
        _status, button = self.consent_rows[kind]
        title = _tr(CONSENT_TEXT[kind][0])
        if button.property("consent_given"):
            self._withdraw_consent(details, kind, title)
        else:
            self._give_consent(details, kind, title)

    def _give_consent(self, details: ParticipantDetails, kind: ConsentKind, title: str) -> None:
        guardian = details.guardian_display_name or details.guardian_name
        names = [guardian, details.display_name] if details.is_minor else [
            details.display_name, guardian]
        who = ConsentGivenByDialog.ask(self, title, [n for n in names if n])
        if who is None:
            return
        try:
            with self.context.unit_of_work() as uow:
                consent_service.give_consent(uow, details.id, kind, who)
        except DomainError as err:
            self.action_message.show_error(err)
            return
        self._reload_current(keep_form=True)
        self.action_message.show_message(
            self.tr("Consent recorded: %1, given by %2.").replace("%1", title).replace("%2", who),
            "success",
        )
        self.context.data_changed.emit()
        self._stale = False

    def _withdraw_consent(self, details: ParticipantDetails, kind: ConsentKind, title: str) -> None:
        if kind is ConsentKind.PHOTO:
            try:
                photos = self._read(lambda uow: consent_service.photos_showing(uow, details.id))
            except DomainError as err:
                self.action_message.show_error(err)
                return
            text = self.tr("Withdraw photo consent for %1?").replace("%1", details.display_name)
            info = self.tr(
                "Their own photo and %1 project photo(s) showing them will be deleted for good."
            ).replace("%1", str(photos))
            if not ConfirmDialog.ask(self, self.tr("Withdraw photo consent"), text, info,
                                     self.tr("Withdraw and delete photos")):
                return
        try:
            with self.context.unit_of_work() as uow:
                result = consent_service.withdraw_consent(uow, details.id, kind)
        except DomainError as err:
            self.action_message.show_error(err)
            return
        self._reload_current(keep_form=True)
        text = self.tr("Consent withdrawn: %1.").replace("%1", title)
        if kind is ConsentKind.PHOTO:
            text += " " + self.tr("%1 project photo(s) deleted.").replace(
                "%1", str(result.project_photos_deleted))
        self.action_message.show_message(text, "success")
        self.context.data_changed.emit()
        self._stale = False

    # --- certifications ------------------------------------------------------------------

    def _show_certifications(self, certs: list[certifications_service.CertificationRow]) -> None:
        tree = self.certifications_tree
        tree.clear()
        now = dt.datetime.now(dt.UTC)
        for cert in certs:
            if cert.revoked_at is not None and cert.revoked_at <= now:
                status = self.tr("Revoked on %1").replace("%1", date_text(cert.revoked_at.date()))
            elif cert.expires_at is not None and cert.expires_at <= now:
                status = self.tr("Expired")
            elif cert.valid_at(now):
                status = self.tr("Valid")
            else:
                status = self.tr("Not valid yet")
            expires = date_text(cert.expires_at.date()) if cert.expires_at else self.tr("Never")
            item = QTreeWidgetItem(
                [cert.category_name, date_text(cert.granted_at.date()), expires, status]
            )
            tree.addTopLevelItem(item)
        tree.setVisible(bool(certs))
        self.no_certifications_label.setVisible(not certs)
        count = len(certs)
        self.tabs.setTabText(
            self.tabs.indexOf(self.certifications_tab),
            self.tr("Certifications (%1)").replace("%1", str(count)) if count
            else self.tr("Certifications"),
        )

    # --- new, save, cancel ---------------------------------------------------------------

    def new_participant(self) -> None:
        """An empty form to register someone (Ctrl+N)."""
        if self._new:
            self.form.focus_field("given_name")
            return
        if not self._may_leave_form():
            return
        self._return_to = self._current.id if self._current is not None else None
        self._new = True
        self._current = None
        self._duplicates = []
        self.form.load(None)
        self.form.set_editable(True)
        self.message.clear()
        self.action_message.clear()
        self.open_duplicate_button.hide()
        self.details_stack.setCurrentWidget(self.details)
        self.name_label.setText(self.tr("New participant"))
        self.name_label.setAccessibleName(self.tr("New participant"))
        self.facts_label.setText(
            self.tr("A badge code is given when you save. A date of birth or an age band is "
                    "needed; under %1, a guardian too.").replace("%1", str(self.form._adult_age))
        )
        self.needs_label.hide()
        self.today_section.hide()
        self.tabs.show()
        self.save_button.show()
        self.cancel_button.show()
        if self.new_booking_button is not None:
            self.new_booking_button.hide()
        for tab in (self.consent_tab, self.certifications_tab, self.privacy_tab):
            self.tabs.setTabVisible(self.tabs.indexOf(tab), False)
        self.tabs.setCurrentWidget(self.form_scroll)
        self._select_row_of(-1)
        self._update_save_buttons()
        self.form.focus_field("given_name")

    def has_unsaved_changes(self) -> bool:
        if self._new:
            return self.form.is_changed()
        return self._current is not None and not self._current.is_erased and self.form.is_changed()

    def save_changes(self) -> bool:
        """Register or update; on a refusal show why, next to the form, and save nothing."""
        if not self._new and (self._current is None or self._current.is_erased):
            return True
        if not self._new and not self.form.is_changed():
            self.message.show_message(self.tr("Nothing was changed."), "info")
            return True
        data = self.form.value()
        duplicates: list[tuple[int, str]] = []
        try:
            with self.context.unit_of_work() as uow:
                if self._new:
                    details = participants_service.register_participant(uow, data)
                    for other in details.possible_duplicates:
                        dup = participants_service.get_participant(uow, other)
                        duplicates.append((dup.id, f"{dup.display_name} ({dup.badge_code})"))
                else:
                    assert self._current is not None
                    details = participants_service.update_participant(uow, self._current.id, data)
        except DomainError as err:
            self.message.show_error(err)
            field = err.params.get("field")
            if isinstance(field, str):
                self.tabs.setCurrentWidget(self.form_scroll)
                widget = self.form.focus_field(field)
                if widget is not None:
                    self.form_scroll.ensureWidgetVisible(widget)
            return False
        registered = self._new
        self.context.data_changed.emit()
        if registered:
            self._new = False
            self.open_participant(details.id)
            self.refresh_list(select_id=details.id)
            if self.model.row_for_id(details.id) is None:
                self.search_edit.blockSignals(True)
                self.search_edit.setText(details.badge_code)
                self.search_edit.blockSignals(False)
                self.refresh_list(select_id=details.id)
            text = self.tr("Registered %1. Badge code: %2.").replace(
                "%1", details.display_name).replace("%2", details.badge_code)
            if duplicates:
                self._duplicates = [d[0] for d in duplicates]
                text += " " + self.tr(
                    "Possible duplicate: %1 has the same name and date of birth. Check it is "
                    "not the same person."
                ).replace("%1", ", ".join(d[1] for d in duplicates))
                self.open_duplicate_button.setText(
                    self.tr("Open %1").replace("%1", duplicates[0][1]))
                self.open_duplicate_button.setAccessibleName(
                    self.tr("Open the possible duplicate: %1").replace("%1", duplicates[0][1]))
                self.open_duplicate_button.show()
                self.message.show_message(text, "info")
            else:
                self.message.show_message(text, "success")
        else:
            self._current = details
            self.form.load(details)
            self._show_details_header_only(details)
            self.model.replace_row(_row_of(details))
            self.message.show_message(self.tr("Saved."), "success")
        self._stale = False
        self._update_save_buttons()
        return True

    def _show_details_header_only(self, details: ParticipantDetails) -> None:
        self.name_label.setText(details.display_name)
        self.name_label.setAccessibleName(details.display_name)
        self.facts_label.setText(self._facts(details))
        needs = [tag_label(t) for t in details.accessibility_tags]
        self.needs_label.setText(self.tr("Accessibility: %1").replace("%1", ", ".join(needs)))
        self.needs_label.setVisible(bool(needs))

    def discard_changes(self) -> None:
        """Forget typed changes; a cancelled registration goes back to who was shown."""
        self.message.clear()
        if self._new:
            self._new = False
            back = self._return_to
            self._return_to = None
            self.form.load(None)
            if (
                back is not None
                and self.context.actor is not None
                and self.open_participant(back) is not None
            ):
                self._select_row_of(back)
                return
            self._show_placeholder()
            return
        if self._current is not None:
            self.form.load(self._current)
        self._update_save_buttons()

    def _escape_pressed(self) -> None:
        if self.has_unsaved_changes() or self._new:
            self.discard_changes()
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _may_leave_form(self) -> bool:
        """Before showing someone else: save, discard or stay (asked only if changed)."""
        if not self.has_unsaved_changes():
            if self._new:
                self._new = False
            return True
        if self._new:
            where = self.tr("the new participant")
        else:
            assert self._current is not None
            where = self.tr("the details of %1").replace("%1", self._current.display_name)
        answer = UnsavedChangesDialog.ask(self, where)
        if answer == SAVE:
            return self.save_changes()
        if answer == DISCARD:
            if self._new:
                self._new = False
                self.form.load(None)
            elif self._current is not None:
                self.form.load(self._current)
            return True
        return False

    def _form_changed(self) -> None:
        if self.message.kind == "success":
            self.message.clear()
        self._update_save_buttons()

    def _update_save_buttons(self) -> None:
        editable = self._new or (self._current is not None and not self._current.is_erased)
        changed = self.has_unsaved_changes()
        self.save_button.setEnabled(editable)
        self.save_button.setText(self.tr("Register") if self._new else self.tr("Save"))
        self.save_button.setAccessibleName(
            self.tr("Register the new participant (Ctrl+S)") if self._new
            else self.tr("Save the participant (Ctrl+S)")
        )
        self.cancel_button.setEnabled(editable and (changed or self._new))
        self.unsaved_label.setVisible(changed)

    def _open_duplicate(self) -> None:
        if self._duplicates:
            self.show_record(self._duplicates[0])

    # --- privacy -------------------------------------------------------------------------

    def export_data(self) -> bool:
        details = self._current
        if details is None or details.is_erased:
            return False
        try:
            data = self._read(
                lambda uow: privacy_service.export_participant_data(uow, details.id))
        except DomainError as err:
            self.action_message.show_error(err)
            return False
        suggested = str(Path.home() / f"participant-{details.badge_code}.json")
        path = ExportFileDialog.ask(self, suggested)
        if not path:
            return False
        try:
            with open(path, "w", encoding="utf-8") as handle:
                json.dump(data, handle, ensure_ascii=False, indent=2)
                handle.write("\n")
        except OSError as exc:
            self.action_message.show_error(
                self.tr("The file could not be written (%1). Choose another folder.").replace(
                    "%1", exc.strerror or str(exc))
            )
            return False
        self.action_message.show_message(
            self.tr("Everything held about %1 was saved to %2.").replace(
                "%1", details.display_name).replace("%2", path),
            "success",
        )
        return True

    def erase(self) -> bool:
        details = self._current
        if details is None or details.is_erased:
            return False
        if not self._may_leave_form():
            return False
        try:
            preview = self._read(lambda uow: privacy_service.erasure_preview(uow, details.id))
        except DomainError as err:
            self.action_message.show_error(err)
            return False
        text = self.tr("Erase %1 for good?").replace("%1", details.display_name)
        deleted = [
            self.tr("their name, contact details, date of birth and notes"),
            self.tr("%1 consent record(s)").replace("%1", str(preview.consents_deleted)),
            self.tr("%1 project photo(s) showing them").replace(
                "%1", str(preview.project_photos_deleted)),
            self.tr("%1 project membership(s)").replace(
                "%1", str(preview.project_memberships_deleted)),
        ]
        if preview.participant_photo_deleted:
            deleted.append(self.tr("their photo"))
        kept = self.tr(
            "Kept without their name, for the statistics: %1 booking(s), %2 attendance mark(s), "
            "%3 enrolment(s), %4 certification(s)."
        ).replace("%1", str(preview.bookings_kept)).replace(
            "%2", str(preview.attendance_kept)).replace(
            "%3", str(preview.enrolments_kept)).replace("%4", str(preview.certifications_kept))
        info = self.tr("Deleted: %1.").replace("%1", "; ".join(deleted)) + "\n\n" + kept
        if preview.guardian_links_removed:
            info += "\n\n" + self.tr(
                "%1 minor participant(s) have them as guardian and will need another guardian."
            ).replace("%1", str(preview.guardian_links_removed))
        info += "\n\n" + self.tr("Their badge stops working. This cannot be undone.")
        if not ConfirmDialog.ask(self, self.tr("Erase participant"), text, info,
                                 self.tr("Erase for good")):
            return False
        try:
            with self.context.unit_of_work() as uow:
                privacy_service.erase_participant(uow, details.id)
        except DomainError as err:
            self.action_message.show_error(err)
            return False
        self.context.data_changed.emit()
        self.refresh_list()
        self.open_participant(details.id)
        self.action_message.show_message(
            self.tr("%1 was erased.").replace("%1", details.display_name), "success")
        return True

    # --- keys ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if watched is self.search_edit:
            if enter:
                self._search_entered()
                return True
            if key == Qt.Key.Key_Down and self.model.rowCount() > 0:
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self.model.index(0, NAME))
                self.table.setFocus(Qt.FocusReason.TabFocusReason)
                return True
            if key == Qt.Key.Key_Escape and self.search_edit.text():
                self.search_edit.clear()
                self.refresh_list()
                return True
        elif watched is self.table and enter:
            index = self.table.currentIndex()
            if index.isValid():
                participant_id = int(index.data(ID_ROLE))
                if self._current is None or self._current.id != participant_id:
                    self._current_row_changed(index, QModelIndex())
                self._focus_into_details()
            return True
        elif watched is self.bookings_tree and enter:
            self.check_in_current()
            return True
        return False

    def _search_entered(self) -> None:
        """Enter in the search field: search now; one match (a scanned badge) opens it."""
        text = self.search_text()
        self.refresh_list()
        if self.model.total == 1:
            participant_id = self.model.data(self.model.index(0, NAME), ID_ROLE)
            self.show_record(int(participant_id))
        elif self.model.rowCount() > 0 and looks_like_badge_code(text):
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _focus_into_details(self) -> None:
        if self._bookings and self.today_section.isVisible():
            self.bookings_tree.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.tabs.setCurrentWidget(self.form_scroll)
            self.form.focus_field("given_name")


def _row_of(details: ParticipantDetails) -> ParticipantRow:
    return ParticipantRow(
        id=details.id,
        badge_code=details.badge_code,
        display_name=details.display_name,
        given_name=details.given_name,
        family_name=details.family_name,
        preferred_name=details.preferred_name,
        age=details.age,
        age_band=details.age_band,
        email=details.email,
        phone=details.phone,
    )

