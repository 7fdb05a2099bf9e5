"""Sign-in: a staff member's user name and password or PIN. Enter signs in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from makerspace_app.domain.errors import DomainError
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.widgets.card import CardPage
from makerspace_app.ui.widgets.message import InlineMessage


class SignInPage(CardPage):
    """``signed_in(actor, display_name)`` fires when the password or PIN matches."""

    signed_in = Signal(object, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(440, parent)
        self.context = context
        self.setAccessibleName(self.tr("Sign in"))
        self.title_label, self.subtitle_label = self.add_logo_and_title(
            self.tr("Sign in"), ""
        )
        self.card_layout.addSpacing(8)

        self.username_edit = QLineEdit()
        self.username_edit.setAccessibleName(self.tr("User name"))
        self.username_edit.setAutoFillBackground(False)
        self.username_edit.setInputMethodHints(
            Qt.InputMethodHint.ImhNoAutoUppercase | Qt.InputMethodHint.ImhNoPredictiveText
        )
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setAccessibleName(self.tr("Password or PIN"))
        self.secret_edit.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(6)
        form.addRow(self._label(self.tr("&User name"), self.username_edit), self.username_edit)
        form.addRow(self._label(self.tr("&Password or PIN"), self.secret_edit), self.secret_edit)
        self.card_layout.addLayout(form)

        self.message = InlineMessage()
        self.card_layout.addWidget(self.message)

        self.sign_in_button = QPushButton(self.tr("Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.sign_in_button.setDefault(True)
        self.sign_in_button.setProperty("primary", True)
        self.sign_in_button.setMinimumWidth(120)
        self.sign_in_button.clicked.connect(self.submit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.sign_in_button)
        self.card_layout.addSpacing(6)
        self.card_layout.addLayout(row)

        self.database_label = QLabel()
        self.database_label.setObjectName("muted")
        self.database_label.setWordWrap(True)
        self.card_layout.addSpacing(8)
        self.card_layout.addWidget(self.database_label)
        # A SQLite file on a network share: said at every sign-in until it is moved.
        self.location_warning = InlineMessage()
        self.card_layout.addWidget(self.location_warning)
        self._show_location_warning()

        self.username_edit.returnPressed.connect(self._username_entered)
        self.secret_edit.returnPressed.connect(self.submit)
        self.setTabOrder(self.username_edit, self.secret_edit)
        self.setTabOrder(self.secret_edit, self.sign_in_button)
        self.reset()

    def _show_location_warning(self) -> None:
        from makerspace_app.services.database import network_share_warning

        try:
            warning = network_share_warning(self.context.db.location)
        except OSError:
            warning = None
        if warning is not None:
            self.location_warning.show_error(warning)
        else:
            self.location_warning.clear()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def reset(self, message: str = "", username: str = "", *, locked: bool = False) -> None:
        """Empty the form (after sign-out); optionally say why the page is shown. A locked
        window fills in the user name of whoever was signed in, so they type only the
        password or PIN (another staff member types over it)."""
        self.title_label.setText(self.tr("Locked") if locked else self.tr("Sign in"))
        organisation = self.context.organisation_name
        self.subtitle_label.setText(
            self.tr("Welcome to %1. Sign in with your staff account.").replace("%1", organisation)
            if organisation
            else self.tr("Sign in with your staff account.")
        )
        self.subtitle_label.show()
        location = self.context.db.location
        self.database_label.setText(self.tr("Database: %1").replace("%1", location.display_name))
        self.database_label.setToolTip(location.describe())
        self.username_edit.setText(username)
        self.username_edit.selectAll()
        self.secret_edit.clear()
        if message:
            self.message.show_message(message, "info")
        else:
            self.message.clear()
        self.focus_first_field()

    def focus_first_field(self) -> None:
        target = self.secret_edit if self.username_edit.text() else self.username_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _username_entered(self) -> None:
        if self.secret_edit.text():
            self.submit()
        else:
            self.secret_edit.setFocus(Qt.FocusReason.TabFocusReason)

    def submit(self) -> None:
        from makerspace_app.services import staff
        from makerspace_app.services.uow import Actor, unit_of_work

        username = self.username_edit.text()
        secret = self.secret_edit.text()
        if not username.strip():
            self.message.show_error(self.tr("Type your user name."))
            self.username_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not secret:
            self.message.show_error(self.tr("Type your password or PIN."))
            self.secret_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            with unit_of_work(self.context.db, Actor.system(), read_only=True) as uow:
                actor = staff.sign_in(uow, username, secret)
                display = next(
                    (r.display_name for r in staff.list_staff(uow) if r.id == actor.staff_id),
                    actor.name,
                )
        except DomainError as err:
            self.message.show_error(err)
            self.secret_edit.clear()
            self.secret_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        finally:
            self.unsetCursor()
        self.message.clear()
        self.secret_edit.clear()
        self.signed_in.emit(actor, display)
