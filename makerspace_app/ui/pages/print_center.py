"""Print: badges and certificates, issued, previewed, printed or saved, reprinted and revoked.

On the left, what to print: badges (one participant, a selection, everyone in a workshop or
everyone; the card or label sheet) or certificates (a workshop, who qualifies and who does not
and why, the design, bilingual). "Issue and preview" records the batch (serials, verification
codes, who and when) and draws it off the UI thread, with a progress bar and Cancel (a
cancelled batch records nothing). The preview on the right shows the pages (QtPdf); Print…
opens the system print dialog, Save PDF… writes the file.

Below, the badges and certificates issued, latest first: Print again (same serial and code)
and Revoke… (a coordinator; the reason is kept and a revoked certificate verifies as revoked).
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QItemSelectionModel,
    QLocale,
    Qt,
    QTimeZone,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.enums import CredentialKind, StaffRole
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.ui import icons, tasks
from makerspace_app.ui.areas import Area
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.dialogs.attendance import ParticipantPicker
from makerspace_app.ui.dialogs.confirm import confirm_destructive
from makerspace_app.ui.errors import translate_error
from makerspace_app.ui.models.workshops_model import name_view_parts
from makerspace_app.ui.pages.base import AreaPage
from makerspace_app.ui.widgets.message import InlineMessage
from makerspace_app.ui.widgets.pdf_preview import PdfPreview, print_pdf

log = logging.getLogger(__name__)

RANKS = {StaffRole.FRONT_DESK: 1, StaffRole.WORKSHOP_LEADER: 2, StaffRole.COORDINATOR: 3,
         StaffRole.ADMIN: 4}
LAYOUTS = (("cr80", QT_TRANSLATE_NOOP("PrintPage", "CR80 card, one a page (card printers)")),
           ("avery-5395", QT_TRANSLATE_NOOP("PrintPage", "Avery 5395 sheet, 8 a page (US Letter)")),
           ("avery-l7418", QT_TRANSLATE_NOOP("PrintPage", "Avery L7418 sheet, 8 a page (A4)")))
ISSUED_LIMIT = 300


class PrintPage(AreaPage):
    """The Print area (see the module docstring)."""

    def __init__(self, area: Area, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(area, context, parent)
        self.set_subtitle(self.tr("Badges and certificates: every one printed is recorded with "
                                  "its serial and verification code."))
        self.task: tasks.Task | None = None
        self.batch: Any | None = None
        self._pdf_dir = tempfile.TemporaryDirectory(prefix="makerspace-print-")
        self._pdf_path: Path | None = None
        self._selection: list[tuple[int, str]] = []
        self._batches = 0
        self._issued_rows: list[Any] = []

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_choices())
        splitter.addWidget(self._build_preview())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 700])
        # Above, what to print and its preview; below, what was issued (the divider moves).
        rows = QSplitter(Qt.Orientation.Vertical, self)
        rows.setChildrenCollapsible(False)
        rows.addWidget(splitter)
        rows.addWidget(self._build_issued())
        rows.setStretchFactor(0, 3)
        rows.setStretchFactor(1, 1)
        self.body.addWidget(rows, 1)

        context.data_changed.connect(self._data_changed)
        context.actor_changed.connect(lambda _actor: self._update_role())
        self._update_role()

    # --- building -------------------------------------------------------------------------

    def _build_choices(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 8, 0)
        self.kind_tabs = QTabWidget(box)
        self.kind_tabs.setAccessibleName(self.tr("What to print"))
        self.kind_tabs.addTab(self._build_badges_tab(), self.tr("Badges"))
        self.kind_tabs.addTab(self._build_certificates_tab(), self.tr("Certificates"))
        self.kind_tabs.currentChanged.connect(lambda _i: self._update_role())
        column.addWidget(self.kind_tabs, 1)

        self.issue_button = QPushButton(self.tr("Issue and preview"), box)
        self.issue_button.setProperty("primary", True)
        self.issue_button.setAccessibleName(self.tr("Issue and preview: record the batch and "
                                                    "show its pages"))
        self.issue_button.clicked.connect(self.issue)
        self.progress = QProgressBar(box)
        self.progress.setAccessibleName(self.tr("Progress of the batch"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), box)
        self.cancel_button.setAccessibleName(self.tr("Cancel the batch: nothing is recorded"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        row = QHBoxLayout()
        row.addWidget(self.issue_button, 1)
        row.addWidget(self.cancel_button)
        column.addLayout(row)
        column.addWidget(self.progress)
        self.message = InlineMessage(box)
        column.addWidget(self.message)
        return box

    def _build_badges_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QVBoxLayout(tab)
        whose = QGroupBox(self.tr("Whose badges"), tab)
        whose_layout = QVBoxLayout(whose)
        self.whose_group = QButtonGroup(self)
        self.one_radio = QRadioButton(self.tr("One participant"), whose)
        self.selection_radio = QRadioButton(self.tr("A selection of participants"), whose)
        self.workshop_radio = QRadioButton(self.tr("Everyone in a workshop"), whose)
        self.everyone_radio = QRadioButton(self.tr("Everyone"), whose)
        for i, radio in enumerate((self.one_radio, self.selection_radio, self.workshop_radio,
                                   self.everyone_radio)):
            radio.setAccessibleName(radio.text())
            self.whose_group.addButton(radio, i)
            whose_layout.addWidget(radio)
        self.one_radio.setChecked(True)
        self.whose_group.idToggled.connect(lambda _i, _on: self._update_role())

        self.people_list = QListWidget(whose)
        self.people_list.setAccessibleName(self.tr("Participants chosen for badges"))
        self.people_list.setMaximumHeight(110)
        self.add_person_button = QPushButton(self.tr("Add participant…"), whose)
        self.add_person_button.setAccessibleName(self.tr("Add a participant by name or badge "
                                                         "code"))
        self.add_person_button.clicked.connect(self.add_participant)
        self.remove_person_button = QPushButton(self.tr("Remove"), whose)
        self.remove_person_button.setAccessibleName(self.tr("Remove the highlighted "
                                                            "participant"))
        self.remove_person_button.clicked.connect(self.remove_participant)
        people_buttons = QHBoxLayout()
        people_buttons.addWidget(self.add_person_button)
        people_buttons.addWidget(self.remove_person_button)
        people_buttons.addStretch(1)
        whose_layout.addWidget(self.people_list)
        whose_layout.addLayout(people_buttons)
        self.badge_workshop = self._workshop_combo(whose, self.tr("Workshop whose participants "
                                                                  "get badges"))
        whose_layout.addWidget(self.badge_workshop)
        form.addWidget(whose)

        fields = QFormLayout()
        self.layout_combo = QComboBox(tab)
        self.layout_combo.setAccessibleName(self.tr("Badge layout"))
        for key, text in LAYOUTS:
            self.layout_combo.addItem(QCoreApplication.translate("PrintPage", text), key)
        layout_label = QLabel(self.tr("&Layout"), tab)
        layout_label.setBuddy(self.layout_combo)
        fields.addRow(layout_label, self.layout_combo)
        form.addLayout(fields)
        form.addStretch(1)
        return tab

    def _build_certificates_tab(self) -> QWidget:
        tab = QWidget(self)
        column = QVBoxLayout(tab)
        fields = QFormLayout()
        self.cert_workshop = self._workshop_combo(tab, self.tr("Workshop"))
        self.cert_workshop.currentIndexChanged.connect(lambda _i: self.refresh_plan())
        label = QLabel(self.tr("&Workshop"), tab)
        label.setBuddy(self.cert_workshop)
        fields.addRow(label, self.cert_workshop)
        self.design_combo = QComboBox(tab)
        self.design_combo.setAccessibleName(self.tr("Certificate design"))
        self.design_combo.addItem(self.tr("Formal"), "formal")
        self.design_combo.addItem(self.tr("Playful (for children)"), "playful")
        label = QLabel(self.tr("&Design"), tab)
        label.setBuddy(self.design_combo)
        fields.addRow(label, self.design_combo)
        self.bilingual_check = QCheckBox(self.tr("Also in the organisation's language "
                                                 "(bilingual)"), tab)
        self.bilingual_check.setAccessibleName(self.bilingual_check.text())
        fields.addRow(self.bilingual_check)
        column.addLayout(fields)
        self.plan_label = QLabel(tab)
        self.plan_label.setWordWrap(True)
        column.addWidget(self.plan_label)
        self.plan_list = QListWidget(tab)
        self.plan_list.setAccessibleName(self.tr("Who gets a certificate and who does not"))
        self.plan_list.setWordWrap(True)
        column.addWidget(self.plan_list, 1)
        return tab

    def _workshop_combo(self, parent: QWidget, name: str) -> QComboBox:
        combo = QComboBox(parent)
        combo.setAccessibleName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(20)
        return combo

    def _build_preview(self) -> QWidget:
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(8, 0, 0, 0)
        self.preview = PdfPreview(box)
        column.addWidget(self.preview, 1)
        row = QHBoxLayout()
        self.batch_label = QLabel(box)
        self.batch_label.setWordWrap(True)
        row.addWidget(self.batch_label, 1)
        self.print_button = QPushButton(self.tr("Print…"), box)
        self.print_button.setAccessibleName(self.tr("Print the previewed pages"))
        self.print_button.clicked.connect(self.print_batch)
        self.save_button = QPushButton(self.tr("Save PDF…"), box)
        self.save_button.setAccessibleName(self.tr("Save the previewed pages as a PDF file"))
        self.save_button.clicked.connect(self.save_batch)
        row.addWidget(self.print_button)
        row.addWidget(self.save_button)
        column.addLayout(row)
        return box

    def _build_issued(self) -> QWidget:
        box = QGroupBox(self.tr("Issued badges and certificates"), self)
        column = QVBoxLayout(box)
        self.issued_table = QTableWidget(0, 7, box)
        self.issued_table.setAccessibleName(self.tr("Issued badges and certificates, latest "
                                                    "first"))
        self.issued_table.setHorizontalHeaderLabels([
            self.tr("Serial"), self.tr("Kind"), self.tr("Participant"), self.tr("Workshop"),
            self.tr("Issued"), self.tr("By"), self.tr("Status")])
        self.issued_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.issued_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issued_table.setTabKeyNavigation(False)
        self.issued_table.setAlternatingRowColors(True)
        self.issued_table.verticalHeader().hide()
        header = self.issued_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.issued_table.setMinimumHeight(90)
        name_view_parts(self.issued_table, self.tr("Issued badges and certificates"))
        self.issued_table.itemSelectionChanged.connect(self._update_role)
        self.issued_table.doubleClicked.connect(lambda _i: self.reprint_selected())
        column.addWidget(self.issued_table, 1)
        row = QHBoxLayout()
        self.issued_empty = QLabel(self.tr("Nothing issued yet. Badges and certificates you "
                                           "issue are listed here, to print again or revoke."),
                                   box)
        self.issued_empty.setObjectName("muted")
        self.issued_empty.setWordWrap(True)
        row.addWidget(self.issued_empty, 1)
        self.reprint_button = QPushButton(self.tr("Print again"), box)
        self.reprint_button.setAccessibleName(self.tr("Print the selected badges or "
                                                      "certificates again, same serials"))
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.revoke_button = QPushButton(self.tr("Revoke…"), box)
        self.revoke_button.setAccessibleName(self.tr("Revoke the selected badge or "
                                                     "certificate"))
        self.revoke_button.clicked.connect(self.revoke_selected)
        row.addWidget(self.reprint_button)
        row.addWidget(self.revoke_button)
        column.addLayout(row)
        check = QHBoxLayout()
        check_label = QLabel(self.tr("Chec&k a code"), box)
        self.verify_edit = QLineEdit(box)
        self.verify_edit.setPlaceholderText(self.tr("Type or scan a verification code"))
        self.verify_edit.setAccessibleName(self.tr("Verification code to check"))
        self.verify_edit.setClearButtonEnabled(True)
        self.verify_edit.returnPressed.connect(self.verify_code)
        check_label.setBuddy(self.verify_edit)
        self.verify_button = QPushButton(self.tr("Check"), box)
        self.verify_button.setAccessibleName(self.tr("Check the verification code"))
        self.verify_button.clicked.connect(self.verify_code)
        self.verify_result = QLabel(box)
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        check.addWidget(check_label)
        check.addWidget(self.verify_edit, 1)
        check.addWidget(self.verify_button)
        column.addLayout(check)
        column.addWidget(self.verify_result)
        return box

    def verify_code(self) -> str:
        """Check the typed code; the answer is shown in words with an icon (never colour
        alone) and returned."""
        typed = self.verify_edit.text().strip()
        if not typed or self.context.actor is None:
            return ""
        from makerspace_app.services import credentials

        try:
            with self.context.unit_of_work(read_only=True) as uow:
                result = credentials.verify(uow, typed)
        except Exception as err:  # noqa: BLE001 - a mistyped or forged code: say so in place
            text = self.tr("✗ Not genuine: %1").replace("%1", translate_error(err))
        else:
            row = result.row
            what = (self.tr("certificate %1 for “%2”").replace("%1", row.serial)
                    .replace("%2", row.workshop_title) if row.kind == CredentialKind.CERTIFICATE
                    else self.tr("badge %1").replace("%1", row.serial))
            if result.genuine:
                text = self.tr("✓ Genuine: %1, issued to %2.").replace("%1", what) \
                    .replace("%2", row.participant_name)
            else:
                text = self.tr("✗ Revoked: %1, issued to %2 (%3).").replace("%1", what) \
                    .replace("%2", row.participant_name).replace("%3", row.revocation_reason)
        self.verify_result.setText(text)
        self.verify_result.setAccessibleName(text)
        return text

    # --- hooks ----------------------------------------------------------------------------

    def on_shown(self) -> None:
        if self.context.actor is None:
            return
        self.refresh_workshops()
        self.refresh_issued()

    def _data_changed(self) -> None:
        if self.isVisible() and self.context.actor is not None and self.task is None:
            self.refresh_issued()
            self.refresh_plan()

    def _rank(self) -> int:
        actor = self.context.actor
        return RANKS.get(actor.role, 0) if actor is not None else 0

    def _update_role(self) -> None:
        busy = self.task is not None
        badges = self.kind_tabs.currentIndex() == 0
        which = self.whose_group.checkedId()
        self.people_list.setVisible(which in (0, 1))
        self.add_person_button.setVisible(which in (0, 1))
        self.remove_person_button.setVisible(which == 1)
        self.badge_workshop.setVisible(which == 2)
        if which == 0 and len(self._selection) > 1:
            self._selection = self._selection[:1]
            self._show_selection()
        can_issue = self._rank() >= (1 if badges else 2)
        self.issue_button.setEnabled(can_issue and not busy)
        self.issue_button.setToolTip("" if can_issue else self.tr(
            "Certificates are issued by the workshop's leaders or a coordinator."))
        has_pdf = self._pdf_path is not None and self.preview.page_count() > 0
        self.print_button.setEnabled(has_pdf and not busy)
        self.save_button.setEnabled(has_pdf and not busy)
        rows = self._selected_issued()
        self.reprint_button.setEnabled(bool(rows) and not busy)
        self.revoke_button.setEnabled(len(rows) == 1 and self._rank() >= 3 and not busy
                                      and rows[0].revoked_at is None)
        self.revoke_button.setToolTip("" if self._rank() >= 3 else self.tr(
            "Only a coordinator can revoke badges and certificates."))

    # --- lists ----------------------------------------------------------------------------

    def refresh_workshops(self) -> None:
        from makerspace_app.services import workshops

        try:
            with self.context.unit_of_work(read_only=True) as uow:
                rows = workshops.list_workshops(uow, period=workshops.Period.ALL, limit=500)
        except Exception as err:  # noqa: BLE001 - shown in place, the page stays usable
            self.message.show_message(translate_error(err), "error")
            return
        for combo in (self.badge_workshop, self.cert_workshop):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for row in rows:
                combo.addItem(row.title, row.id)
            index = combo.findData(current)
            combo.setCurrentIndex(index if index >= 0 else (0 if rows else -1))
            combo.blockSignals(False)
        if not rows:
            self.cert_workshop.setPlaceholderText(self.tr("No workshops yet"))
            self.badge_workshop.setPlaceholderText(self.tr("No workshops yet"))
        self.refresh_plan()

    def refresh_plan(self) -> None:
        from makerspace_app.services import credentials

        self.plan_list.clear()
        workshop_id = self.cert_workshop.currentData()
        if workshop_id is None or self.context.actor is None:
            self.plan_label.setText(self.tr("Choose a workshop to see who has completed it."))
            return
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                plan = credentials.certificate_plan(uow, workshop_id)
        except Exception as err:  # noqa: BLE001
            self.plan_label.setText(translate_error(err))
            return
        held = set(plan.already_issued)
        self.plan_label.setText(self.tr("%1 completed it and get a certificate; %2 do not yet.")
                                .replace("%1", str(len(plan.qualified)))
                                .replace("%2", str(len(plan.not_qualified))))
        for pid, name in plan.qualified:
            text = (self.tr("%1 — completed; already has a certificate: printed again with the "
                            "same serial")
                    if pid in held else self.tr("%1 — completed: gets a certificate")
                    ).replace("%1", name)
            item = QListWidgetItem(icons.icon("done"), text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.plan_list.addItem(item)
        for person in plan.not_qualified:
            reason = self._reason_text(person.reason)
            text = self.tr("%1 — no certificate: %2").replace("%1", person.display_name) \
                .replace("%2", reason)
            item = QListWidgetItem(icons.icon("alert"), text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.plan_list.addItem(item)

    @staticmethod
    def _reason_text(reason: Any) -> str:
        template = QCoreApplication.translate("DomainError", reason.template)
        try:
            return template.format(**dict(reason.params))
        except (KeyError, IndexError, ValueError):
            return reason.message

    def refresh_issued(self) -> None:
        from makerspace_app.services import credentials, settings

        try:
            with self.context.unit_of_work(read_only=True) as uow:
                rows = credentials.list_issued(uow, limit=ISSUED_LIMIT)
                zone_name = settings.get(uow, "organisation.timezone")
        except Exception as err:  # noqa: BLE001
            self.message.show_message(translate_error(err), "error")
            return
        zone = QTimeZone(zone_name.encode())
        locale = self.locale()
        # Keep what the person selected across a refresh (a batch ending reloads the list).
        selected = {r.id for r in self._selected_issued()} if self._issued_rows else set()
        self._issued_rows = rows
        table = self.issued_table
        table.clearSelection()
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            when = QDateTime.fromSecsSinceEpoch(int(row.issued_at.timestamp()), zone)
            kind = self.tr("Certificate") if row.kind == CredentialKind.CERTIFICATE \
                else self.tr("Badge")
            if row.revoked_at is not None:
                status = self.tr("Revoked: %1").replace("%1", row.revocation_reason)
                status_icon = icons.icon("alert")
            else:
                status = self.tr("Valid")
                status_icon = icons.icon("done")
            cells = [row.serial, kind, row.participant_name, row.workshop_title,
                     locale.toString(when, QLocale.FormatType.ShortFormat),
                     row.issued_by or self.tr("command line"), status]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if c == 6:
                    item.setIcon(status_icon)
                table.setItem(r, c, item)
        for r, row in enumerate(rows):
            if row.id in selected:
                table.selectionModel().select(
                    table.model().index(r, 0),
                    QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
        self.issued_empty.setText("" if rows else self.tr(
            "Nothing issued yet. Badges and certificates you issue are listed here, to print "
            "again or revoke."))
        self._update_role()

    def _selected_issued(self) -> list[Any]:
        rows = self._issued_rows
        chosen = sorted({i.row() for i in self.issued_table.selectionModel().selectedRows()})
        return [rows[i] for i in chosen if i < len(rows)]

    # --- choosing participants ------------------------------------------------------------

    def add_participant(self) -> None:
        chosen = ParticipantPicker.ask(self, self.context, self.tr("Badge for…"),
                                       self.tr("Type part of a name or scan a badge."))
        if chosen is None:
            return
        if self.whose_group.checkedId() == 0:
            self._selection = []
        if chosen.id not in {pid for pid, _ in self._selection}:
            self._selection.append((chosen.id, chosen.display_name))
        self._show_selection()

    def remove_participant(self) -> None:
        row = self.people_list.currentRow()
        if 0 <= row < len(self._selection):
            del self._selection[row]
            self._show_selection()

    def _show_selection(self) -> None:
        self.people_list.clear()
        for _pid, name in self._selection:
            self.people_list.addItem(name)
        self._update_role()

    # --- issuing (off the UI thread) ------------------------------------------------------

    def issue(self) -> bool:
        """Record the chosen batch and draw it into a PDF, off the UI thread."""
        if self.task is not None or self.context.actor is None:
            return False
        from makerspace_app.services import credentials

        self._batches += 1
        path = Path(self._pdf_dir.name) / f"batch-{self._batches}.pdf"
        if self.kind_tabs.currentIndex() == 0:
            which = self.whose_group.checkedId()
            ids = [pid for pid, _ in self._selection] if which in (0, 1) else []
            if which in (0, 1) and not ids:
                self.message.show_message(self.tr("Add the participant whose badge to print "
                                                  "(Add participant…)."), "error")
                return False
            workshop_id = self.badge_workshop.currentData() if which == 2 else None
            if which == 2 and workshop_id is None:
                self.message.show_message(self.tr("Choose a workshop first."), "error")
                return False
            layout = self.layout_combo.currentData()

            def issue(uow):
                people = credentials.badge_participants(
                    uow, participant_ids=ids, workshop_id=workshop_id, everyone=which == 3)
                return credentials.issue_badges(uow, [pid for pid, _ in people], layout)
        else:
            workshop_id = self.cert_workshop.currentData()
            if workshop_id is None:
                self.message.show_message(self.tr("Choose a workshop first."), "error")
                return False
            design = self.design_combo.currentData()
            bilingual = self.bilingual_check.isChecked()

            def issue(uow):
                return credentials.issue_certificates(uow, workshop_id, design=design,
                                                      bilingual=bilingual)
        return self._run_batch(issue, path)

    def _run_batch(self, make_batch, path: Path) -> bool:
        from makerspace_app.services import credentials

        context = self.context

        def work(report: tasks.Progress) -> Any:
            # One unit of work: cancelled or failed, nothing is recorded.
            with context.unit_of_work() as uow:
                batch = make_batch(uow)

                def step(done: int, total: int) -> None:
                    if report.cancelled:
                        raise tasks.Cancelled
                    report(done, total)

                with path.open("wb") as out:
                    credentials.write_pdf(batch, out, progress=step)
                if report.cancelled:
                    raise tasks.Cancelled
            return batch

        self.message.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        self.task = tasks.run(work, lambda batch: self._batch_done(batch, path),
                              self._batch_failed, self._batch_progress)
        self.task.finished.connect(self._task_over)
        self._update_role()
        return True

    def cancel(self) -> None:
        """Stop the batch at its next page; its unit of work is rolled back."""
        if self.task is not None and not self.task.cancelled:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.message.show_message(self.tr("Cancelled: nothing was recorded."), "info")

    def _batch_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("%1 of %2").replace("%1", str(done))
                                .replace("%2", str(total)))

    def _task_over(self) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.cancel_button.setEnabled(True)
        self._update_role()

    def _batch_failed(self, err: BaseException) -> None:
        self.message.show_message(translate_error(err), "error")

    def _batch_done(self, batch: Any, path: Path) -> None:
        from makerspace_app.services.credentials import CertificateBatch

        self.batch = batch
        self._pdf_path = path
        if not self.preview.load(str(path)):
            self.message.show_message(self.tr("The pages were recorded but cannot be shown. "
                                              "Save them as a PDF instead."), "error")
        if isinstance(batch, CertificateBatch):
            text = self.tr("%1 certificate(s): %2 new, %3 printed again.") \
                .replace("%1", str(len(batch.pages))).replace("%2", str(len(batch.issued))) \
                .replace("%3", str(len(batch.reprinted)))
            if batch.not_issued:
                text += " " + self.tr("%n participant(s) did not complete it (listed on the "
                                      "left).", "", len(batch.not_issued))
        else:
            text = self.tr("%n badge(s) recorded.", "", len(batch.issued))
        self.batch_label.setText(text)
        self.message.show_message(self.tr("Recorded. Check the preview, then print or save "
                                          "the pages."), "success")
        self.context.data_changed.emit()
        self.refresh_issued()
        self.refresh_plan()
        self._update_role()

    # --- print, save, reprint, revoke -----------------------------------------------------

    def print_batch(self) -> bool:
        if self._pdf_path is None:
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return False
        done = print_pdf(self.preview.document, printer, self)
        self.message.show_message(self.tr("Sent to the printer.") if done else
                                  self.tr("Printing was cancelled."), "info")
        return done

    def save_batch(self, target: str | None = None) -> bool:
        if self._pdf_path is None:
            return False
        if target is None:
            target, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save PDF"), str(Path.home() / "badges-certificates.pdf"),
                self.tr("PDF files (*.pdf)"))
            if not target:
                return False
        if not target.lower().endswith(".pdf"):
            target += ".pdf"
        try:
            shutil.copyfile(self._pdf_path, target)
        except OSError as err:
            self.message.show_message(self.tr("Cannot write %1 (%2). Choose another folder.")
                                      .replace("%1", target)
                                      .replace("%2", err.strerror or str(err)), "error")
            return False
        self.message.show_message(self.tr("Saved %1.").replace("%1", target), "success")
        return True

    def reprint_selected(self) -> bool:
        rows = self._selected_issued()
        if not rows or self.task is not None:
            return False
        from makerspace_app.services import credentials

        ids = [r.id for r in rows]
        layout = self.layout_combo.currentData()
        bilingual = self.bilingual_check.isChecked()
        self._batches += 1
        path = Path(self._pdf_dir.name) / f"batch-{self._batches}.pdf"

        def again(uow):
            return credentials.reprint(uow, ids, layout=layout, bilingual=bilingual)

        return self._run_batch(again, path)

    def revoke_selected(self, reason: str | None = None) -> bool:
        rows = self._selected_issued()
        if len(rows) != 1:
            return False
        row = rows[0]
        if reason is None:
            reason, ok = QInputDialog.getText(
                self, self.tr("Revoke %1").replace("%1", row.serial),
                self.tr("Why is it revoked? The reason is kept with the record."),
                QLineEdit.EchoMode.Normal, "")
            if not ok:
                return False
            if not confirm_destructive(
                    self, self.tr("Revoke %1?").replace("%1", row.serial),
                    self.tr("Revoke %1, issued to %2?").replace("%1", row.serial)
                    .replace("%2", row.participant_name),
                    self.tr("It will be reported as revoked to anyone who checks its code. "
                            "This cannot be undone."),
                    self.tr("Revoke"), self.tr("Keep it")):
                return False
        from makerspace_app.services import credentials

        try:
            with self.context.unit_of_work() as uow:
                credentials.revoke(uow, row.id, reason)
        except Exception as err:  # noqa: BLE001
            self.message.show_message(translate_error(err), "error")
            return False
        self.message.show_message(self.tr("%1 was revoked.").replace("%1", row.serial),
                                  "success")
        self.context.data_changed.emit()
        self.refresh_issued()
        return True
