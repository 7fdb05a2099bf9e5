"""First run: the database has no staff yet.

One form asks for the organisation's name and the first admin account, and whether to start
empty or with demo data. Starting empty saves the name and creates the admin in one unit of
work. Demo data is loaded first, off the UI thread with progress, because it refuses a
database that already holds anything; the admin typed here is then added beside the demo's
own staff accounts (if the user name is already taken by one of them, the refusal says so
and the person picks another; the demo is not loaded twice).
"""

from __future__ import annotations

import importlib.util
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.errors import DomainError, PermissionDenied
from makerspace_app.ui import tasks
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.errors import translate_error
from makerspace_app.ui.widgets.card import CardPage
from makerspace_app.ui.widgets.message import InlineMessage

DEMO_SIZE = "small"


def demo_available() -> bool:
    try:
        return importlib.util.find_spec("makerspace_app.demo") is not None
    except (ImportError, ValueError):
        return False


class WelcomePage(CardPage):
    """``completed(actor, display_name)`` fires once the admin exists and is signed in."""

    completed = Signal(object, str)
    staff_exist = Signal(str)  # someone else created the first admin: go to sign-in

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(560, parent)
        self.context = context
        self._demo_loaded = False
        self._task: tasks.Task | None = None
        self.setAccessibleName(self.tr("Welcome"))

        self.add_logo_and_title(
            self.tr("Welcome to Makerspace"),
            self.tr(
                "This database is new. Give your makerspace’s name and create the first "
                "admin account. You can add the other staff members later, in Settings."
            ),
        )

        # Your makerspace
        self.card_layout.addSpacing(6)
        self.card_layout.addWidget(self.section_title(self.tr("Your makerspace")))
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setAccessibleName(self.tr("Organisation name"))
        self.organisation_edit.setPlaceholderText(
            self.tr("For example Riverside Library Makerspace")
        )
        org_form = self._form()
        org_form.addRow(self._label(self.tr("&Organisation name"), self.organisation_edit),
                        self.organisation_edit)
        self.card_layout.addLayout(org_form)

        # First admin account
        self.card_layout.addSpacing(6)
        self.card_layout.addWidget(self.section_title(self.tr("First admin account")))
        self.username_edit = QLineEdit()
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.username_edit.setPlaceholderText(self.tr("One word, for example amira"))
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setAccessibleName(self.tr("Display name"))
        self.display_name_edit.setPlaceholderText(self.tr("As colleagues know you"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.password_edit.setPlaceholderText(self.tr("At least 8 characters"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Password again"))
        self.confirm_edit.setPlaceholderText(self.tr("The same password once more"))
        admin_form = self._form()
        admin_form.addRow(
            self._label(self.tr("&User name"), self.username_edit), self.username_edit
        )
        admin_form.addRow(self._label(self.tr("&Display name"), self.display_name_edit),
                          self.display_name_edit)
        admin_form.addRow(self._label(self.tr("&Password"), self.password_edit), self.password_edit)
        admin_form.addRow(self._label(self.tr("Password a&gain"), self.confirm_edit),
                          self.confirm_edit)
        self.card_layout.addLayout(admin_form)

        # Start with
        self.card_layout.addSpacing(6)
        self.card_layout.addWidget(self.section_title(self.tr("Start with")))
        self.empty_radio = QRadioButton(self.tr("&Start empty"))
        self.empty_radio.setAccessibleName(self.tr("Start empty"))
        self.empty_radio.setChecked(True)
        empty_help = self._help(self.tr("Add your own equipment, participants and workshops."))
        self.demo_radio = QRadioButton(self.tr("&Load demo data"))
        self.demo_radio.setAccessibleName(self.tr("Load demo data"))
        self._demo_ok = demo_available()
        demo_help = self._help(
            self.tr(
                "Invented participants, equipment, bookings and workshops to try the app. "
                "Its staff accounts (admin, desk, leader, coord) use the password "
                "makerspace-demo."
            )
            if self._demo_ok
            else self.tr("Demo data is not part of this version of the app.")
        )
        self.demo_radio.setEnabled(self._demo_ok)
        self.empty_radio.setAccessibleDescription(empty_help.text())
        self.demo_radio.setAccessibleDescription(demo_help.text())
        self._choice = QButtonGroup(self)
        self._choice.addButton(self.empty_radio)
        self._choice.addButton(self.demo_radio)
        choices = QVBoxLayout()
        choices.setSpacing(2)
        choices.addWidget(self.empty_radio)
        choices.addWidget(empty_help)
        choices.addSpacing(6)
        choices.addWidget(self.demo_radio)
        choices.addWidget(demo_help)
        self.card_layout.addLayout(choices)

        # Progress (demo loading), message, button
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(self.tr("Loading demo data"))
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("muted")
        self.progress_label.hide()
        self.message = InlineMessage()
        self.card_layout.addSpacing(4)
        self.card_layout.addWidget(self.progress_label)
        self.card_layout.addWidget(self.progress)
        self.card_layout.addWidget(self.message)

        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setAccessibleName(self.tr("Start: create the admin account"))
        self.start_button.setDefault(True)
        self.start_button.setProperty("primary", True)
        self.start_button.setMinimumWidth(120)
        self.start_button.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        self.card_layout.addSpacing(6)
        self.card_layout.addLayout(row)

        self._fields = [
            self.organisation_edit,
            self.username_edit,
            self.display_name_edit,
            self.password_edit,
            self.confirm_edit,
        ]
        for edit in self._fields:
            edit.returnPressed.connect(self._enter_pressed)
        order = [*self._fields, self.empty_radio, self.demo_radio, self.start_button]
        for first, second in zip(order, order[1:], strict=False):
            self.setTabOrder(first, second)

    # --- layout helpers ------------------------------------------------------------------

    @staticmethod
    def _form() -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        return form

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        label.setMinimumWidth(130)
        return label

    @staticmethod
    def _help(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("muted")
        label.setWordWrap(True)
        label.setContentsMargins(26, 0, 0, 0)
        return label

    def focus_first_field(self) -> None:
        self.organisation_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- submitting ----------------------------------------------------------------------

    def _enter_pressed(self) -> None:
        """Enter moves on to the next empty field; on a full form it starts."""
        for edit in self._fields:
            if not edit.text().strip():
                edit.setFocus(Qt.FocusReason.TabFocusReason)
                return
        self.submit()

    def _check_form(self) -> str | None:
        if not self.organisation_edit.text().strip():
            self.organisation_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.tr(
                "Give your makerspace’s name: it appears on badges, certificates and reports."
            )
        if not self.username_edit.text().strip():
            self.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.tr("Choose a user name for the admin account, for example amira.")
        if self.password_edit.text() != self.confirm_edit.text():
            self.confirm_edit.clear()
            self.confirm_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return self.tr("The two passwords are not the same. Type the password again.")
        return None

    def submit(self) -> None:
        if self._task is not None:
            return
        problem = self._check_form()
        if problem:
            self.message.show_error(problem)
            return
        self.message.clear()
        if self.demo_radio.isChecked() and not self._demo_loaded:
            self._load_demo()
        else:
            self._create_admin()

    def _set_busy(self, busy: bool) -> None:
        for widget in (*self._fields, self.empty_radio, self.start_button):
            widget.setEnabled(not busy)
        self.demo_radio.setEnabled(not busy and self._demo_ok and not self._demo_loaded)
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)

    def _load_demo(self) -> None:
        db = self.context.db

        def work(report: tasks.Progress) -> Any:
            from makerspace_app.demo import fill_demo

            return fill_demo(db, DEMO_SIZE, progress=report)

        self.progress.setValue(0)
        self.progress_label.setText(self.tr("Loading demo data…"))
        self._set_busy(True)
        self._task = tasks.run(work, self._demo_done, self._demo_failed, self._demo_progress)

    def _demo_progress(self, *args: Any) -> None:
        # fill_demo reports (step, fraction); anything else is shown as well as it can be.
        step = next((a for a in args if isinstance(a, str)), "")
        numbers = [a for a in args if isinstance(a, float | int) and not isinstance(a, bool)]
        fraction = numbers[0] if numbers else None
        if fraction is not None:
            value = fraction * 100 if fraction <= 1 else fraction
            self.progress.setValue(int(max(0, min(100, value))))
        if step:
            # The demo marks its step names for translation in the "Demo" context.
            shown = QCoreApplication.translate("Demo", step)
            self.progress_label.setText(self.tr("Loading demo data: %1").replace("%1", shown))

    def _demo_done(self, _summary: Any) -> None:
        self._task = None
        self._demo_loaded = True
        self.progress.setValue(100)
        self._set_busy(False)
        self.demo_radio.setChecked(True)
        self.empty_radio.setEnabled(False)
        self._create_admin()

    def _demo_failed(self, err: BaseException) -> None:
        self._task = None
        self._set_busy(False)
        self.message.show_error(translate_error(err))

    def _create_admin(self) -> None:
        from makerspace_app.domain.enums import StaffRole
        from makerspace_app.services import settings, staff
        from makerspace_app.services.uow import Actor, unit_of_work

        organisation = self.organisation_edit.text().strip()
        username = self.username_edit.text()
        display_name = self.display_name_edit.text()
        password = self.password_edit.text()
        try:
            with unit_of_work(self.context.db, Actor.system()) as uow:
                settings.set_many(uow, {"organisation.name": organisation})
                if self._demo_loaded:
                    row = staff.create_staff(
                        uow, username, display_name, StaffRole.ADMIN, password=password
                    )
                else:
                    row = staff.create_first_admin(uow, username, display_name, password)
        except PermissionDenied as err:
            # Another desk created the first admin meanwhile: sign in instead.
            self.staff_exist.emit(translate_error(err))
            return
        except DomainError as err:
            self.message.show_error(err)
            self._focus_for(err)
            return
        actor = Actor(name=row.username, role=row.role, staff_id=row.id)
        self.context.set_organisation_name(organisation)
        self.password_edit.clear()
        self.confirm_edit.clear()
        self.completed.emit(actor, row.display_name)

    def _focus_for(self, err: DomainError) -> None:
        text = err.template.lower()
        if "password" in text or "pin" in text:
            self.password_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.password_edit.selectAll()
        else:
            self.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.username_edit.selectAll()
