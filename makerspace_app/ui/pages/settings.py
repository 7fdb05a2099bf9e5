"""Settings: the shared settings (stored in the database, the same on every desk), the
preferences of this computer (a JSON file) and where the data is.

The shared form is generated from ``services.settings.SPECS``: one group per ``spec.group``,
a widget chosen by the setting's kind. Save validates and stores everything in one unit of
work; a refusal is shown under the form and nothing at all is saved.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDateTime,
    QIODevice,
    QLocale,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.config import LocalPreferences, default_backup_dir
from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import DomainError
from makerspace_app.services import backup as backup_service
from makerspace_app.services import database as database_service
from makerspace_app.services import settings as settings_service
from makerspace_app.services.permissions import RANK
from makerspace_app.services.settings import SettingSpec
from makerspace_app.ui import theme
from makerspace_app.ui.areas import Area
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.pages.base import AreaPage
from makerspace_app.ui.widgets.message import InlineMessage

SETTINGS_CONTEXT = settings_service.CTX  # "Settings": where SPECS labels were marked
MAX_IMAGE_SIDE = 1200  # larger pictures are scaled down before they are stored
FORM_WIDTH = 760


def tr_setting(text: str) -> str:
    return QCoreApplication.translate(SETTINGS_CONTEXT, text)


def language_name(code: str) -> str:
    """A language's own name for itself (Español, Français, العربية…)."""
    if code == "en":
        return "English"
    name = QLocale(code).nativeLanguageName()
    return (name[:1].upper() + name[1:]) if name else code


# --- one editor per kind of setting -------------------------------------------------------


@dataclass
class _Field:
    spec: SettingSpec
    widget: QWidget  # what gets the focus when the value is refused
    get: Callable[[], Any]
    put: Callable[[Any], None]
    row: QWidget | None = None  # what the form shows, when it is not ``widget`` itself

    @property
    def shown(self) -> QWidget:
        return self.row if self.row is not None else self.widget


class ImageField(QWidget):
    """A PNG picture stored as base64 text: a preview, "Choose image…" and "Remove"."""

    changed = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        self._value = ""
        self.preview = QLabel(self)
        self.preview.setObjectName("muted")
        self.preview.setMinimumWidth(120)
        self.preview.setMaximumHeight(64)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.choose_button = QPushButton(self.tr("Choose image…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose image for: %1").replace("%1", label))
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove image for: %1").replace("%1", label))
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        row.addWidget(self.preview, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.remove_button)
        self._show()

    def value(self) -> str:
        return self._value

    def set_value(self, value: str) -> None:
        self._value = value or ""
        self._show()

    def remove(self) -> None:
        if self._value:
            self._value = ""
            self._show()
            self.changed.emit()

    def choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose an image for: %1").replace("%1", self._label),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        """Read a picture, make it a PNG (scaled down if huge) and keep it as base64."""
        image = QImage(path)
        if image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("That file is not a picture this computer can read."))
            return False
        if max(image.width(), image.height()) > MAX_IMAGE_SIDE:
            image = image.scaled(
                MAX_IMAGE_SIDE,
                MAX_IMAGE_SIDE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        self._value = base64.b64encode(bytes(data.data())).decode("ascii")
        self._show()
        self.changed.emit()
        return True

    def _show(self) -> None:
        self.remove_button.setEnabled(bool(self._value))
        if not self._value:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No image"))
            self.preview.setAccessibleName(self.tr("No image"))
            return
        image = QImage()
        try:
            image.loadFromData(base64.b64decode(self._value), "PNG")
        except ValueError:
            image = QImage()
        if image.isNull():
            self.preview.setText(self.tr("The stored image cannot be shown."))
            return
        ratio = self.devicePixelRatioF()
        pm = QPixmap.fromImage(image).scaled(
            int(160 * ratio),
            int(56 * ratio),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        pm.setDevicePixelRatio(ratio)
        self.preview.setPixmap(pm)
        self.preview.setAccessibleName(
            self.tr("Image, %1 × %2 pixels")
            .replace("%1", str(image.width()))
            .replace("%2", str(image.height()))
        )


class SettingsPage(AreaPage):
    """The Settings area. ``has_unsaved_changes`` guards against losing typed changes."""

    saved = Signal()

    def __init__(self, area: Area, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(area, context, parent)
        self.set_subtitle(
            self.tr(
                "Shared settings are the same on every desk that uses this database. "
                "“This computer” applies only here."
            )
        )
        self._fields: dict[str, _Field] = {}
        self._stored: dict[str, Any] = {}
        self._prefs = LocalPreferences.load()
        self._loading = False

        column = QWidget()
        column.setObjectName("settingsColumn")
        column.setMaximumWidth(FORM_WIDTH)
        self._column_layout = QVBoxLayout(column)
        self._column_layout.setContentsMargins(0, 0, 0, 16)
        self._column_layout.setSpacing(8)

        for group, specs in self._groups():
            self._column_layout.addWidget(self._shared_group(group, specs))
        self._column_layout.addWidget(self._computer_group())
        self._column_layout.addWidget(self._database_group())
        self._column_layout.addWidget(self._staff_group())
        self._column_layout.addWidget(self._security_group())
        self._column_layout.addStretch(1)

        holder = QWidget()
        holder.setObjectName("shellBackground")
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 16, 0)
        holder_layout.addWidget(column, 1)
        holder_layout.addStretch(0)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("settingsScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(holder)
        self.scroll.setAccessibleName(self.tr("Settings form"))
        # The scroll bar sits just right of the form, not at the far edge of the window.
        self.scroll.setMaximumWidth(
            FORM_WIDTH + 16 + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        )
        self.body.addWidget(self.scroll, 1)

        # Save / Cancel at the bottom, with the message about the last attempt.
        self.message = InlineMessage(self)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setAccessibleName(self.tr("Cancel: show the stored settings again"))
        self.cancel_button.clicked.connect(self.discard_changes)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.save_button.setAccessibleName(self.tr("Save settings"))
        self.save_button.setDefault(True)
        self.save_button.setProperty("primary", True)
        self.save_button.clicked.connect(self.save_changes)
        bar = QFrame(self)
        bar.setObjectName("buttonBar")
        bar_layout = QVBoxLayout(bar)
        bar_layout.setContentsMargins(0, 10, 0, 14)
        bar_layout.setSpacing(8)
        bar_layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        bar_layout.addLayout(buttons)
        bar.setMaximumWidth(FORM_WIDTH)
        self.body.addWidget(bar)

        QShortcut(QKeySequence.StandardKey.Save, self, self.save_changes)
        self.load()

    # --- building the form ---------------------------------------------------------------

    @staticmethod
    def _groups() -> list[tuple[str, list[SettingSpec]]]:
        groups: dict[str, list[SettingSpec]] = {}
        for spec in settings_service.SPECS:
            groups.setdefault(spec.group, []).append(spec)
        return list(groups.items())

    def _new_group(self, title: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        box.setObjectName("settingsGroup")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(10)
        return box, form

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setMinimumWidth(220)
        label.setMaximumWidth(300)
        label.setBuddy(buddy)
        return label

    def _shared_group(self, group: str, specs: list[SettingSpec]) -> QGroupBox:
        box, form = self._new_group(tr_setting(group))
        for spec in specs:
            field = self._editor(spec)
            self._fields[spec.key] = field
            form.addRow(self._label(tr_setting(spec.label), field.widget), field.shown)
        return box

    def _editor(self, spec: SettingSpec) -> _Field:
        label = tr_setting(spec.label)
        if spec.key.endswith("_png"):
            image = ImageField(label)
            image.setAccessibleName(label)
            image.changed.connect(self._changed)
            return _Field(spec, image.choose_button, image.value, image.set_value, image)
        if spec.kind is int:
            spin = QSpinBox()
            spin.setRange(
                spec.minimum if spec.minimum is not None else -(2**31),
                spec.maximum if spec.maximum is not None else 2**31 - 1,
            )
            spin.setAccessibleName(label)
            spin.setAccessibleDescription(
                self.tr("A whole number from %1 to %2")
                .replace("%1", str(spin.minimum()))
                .replace("%2", str(spin.maximum()))
            )
            spin.setMaximumWidth(140)
            spin.valueChanged.connect(self._changed)
            return _Field(spec, spin, spin.value, lambda v, s=spin: s.setValue(int(v)))
        if spec.choices:
            combo = QComboBox()
            combo.setAccessibleName(label)
            for choice in spec.choices:
                combo.addItem(self._choice_text(spec, choice), choice)
            combo.currentIndexChanged.connect(self._changed)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

            def put(value: Any, c: QComboBox = combo) -> None:
                index = c.findData(value)
                if index < 0:  # a stored value the app no longer offers: show it as it is
                    c.addItem(str(value), value)
                    index = c.count() - 1
                c.setCurrentIndex(index)

            return _Field(spec, combo, combo.currentData, put)
        edit = QLineEdit()
        edit.setAccessibleName(label)
        edit.textEdited.connect(self._changed)
        if spec.key == "organisation.timezone":
            edit.setCompleter(self._timezone_completer(edit))
            edit.setPlaceholderText(self.tr("For example Europe/Paris"))
        return _Field(spec, edit, edit.text, lambda v, e=edit: e.setText(str(v)))

    def _choice_text(self, spec: SettingSpec, choice: str) -> str:
        if spec.key.endswith("language"):
            return language_name(choice)
        return tr_setting(choice)

    @staticmethod
    def _timezone_completer(parent: QWidget) -> QCompleter:
        import zoneinfo

        names = sorted(n for n in zoneinfo.available_timezones() if "/" in n or n == "UTC")
        completer = QCompleter(names, parent)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        return completer

    def _computer_group(self) -> QGroupBox:
        box, form = self._new_group(self.tr("This computer"))
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language of the interface"))
        self.language_combo.addItem(self.tr("Follow the system"), "")
        spec = settings_service.BY_KEY.get("organisation.language")
        for code in spec.choices if spec else ("en",):
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.currentIndexChanged.connect(self._changed)
        form.addRow(self._label(self.tr("Language of the interface"), self.language_combo),
                    self.language_combo)

        self.theme_combo = QComboBox()
        self.theme_combo.setAccessibleName(self.tr("Colours"))
        for key, text in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("high_contrast", self.tr("High contrast")),
        ):
            self.theme_combo.addItem(text, key)
        self.theme_combo.currentIndexChanged.connect(self._changed)
        form.addRow(self._label(self.tr("Colours"), self.theme_combo), self.theme_combo)

        self.zoom_spin = QSpinBox()
        self.zoom_spin.setRange(*theme.ZOOM_RANGE)
        self.zoom_spin.setSingleStep(10)
        self.zoom_spin.setSuffix(" %")
        self.zoom_spin.setMaximumWidth(140)
        self.zoom_spin.setAccessibleName(self.tr("Text size (zoom)"))
        self.zoom_spin.valueChanged.connect(self._changed)
        form.addRow(self._label(self.tr("Text size (zoom)"), self.zoom_spin), self.zoom_spin)

        note = QLabel(
            self.tr(
                "Colours and text size change as soon as you save. A new language is used "
                "the next time the app starts."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        form.addRow(note)
        return box

    def _database_group(self) -> QGroupBox:
        box, form = self._new_group(self.tr("Database"))
        location = self.context.db.location
        self.database_field = QLineEdit(location.describe())
        self.database_field.setReadOnly(True)
        self.database_field.setAccessibleName(self.tr("Where the data is"))
        self.database_field.setCursorPosition(0)
        form.addRow(self._label(self.tr("Where the data is"), self.database_field),
                    self.database_field)
        kind = (
            self.tr("A database file on this computer (SQLite).")
            if location.is_sqlite
            else self.tr("A database server (PostgreSQL), shared by several desks.")
        )
        note = QLabel(kind + " " + self.tr("To use another database, start the app with --db."))
        note.setObjectName("muted")
        note.setWordWrap(True)
        form.addRow(note)
        self.network_warning = InlineMessage(box)
        form.addRow(self.network_warning)
        self.network_warning.hide()
        if location.is_sqlite:
            warning = database_service.network_share_warning(location)
            if warning is not None:
                self.network_warning.show_error(warning)
            self._sqlite_backup_rows(form)
        else:
            self._server_backup_rows(form)
        return box

    def _sqlite_backup_rows(self, form: QFormLayout) -> None:
        self.backup_folder_field = QLineEdit()
        self.backup_folder_field.setReadOnly(True)
        self.backup_folder_field.setAccessibleName(self.tr("Backup folder on this computer"))
        self.backup_folder_button = QPushButton(self.tr("Choose folder…"))
        self.backup_folder_button.setAccessibleName(self.tr("Choose the backup folder"))
        self.backup_folder_button.clicked.connect(self.choose_backup_folder)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.backup_folder_field, 1)
        row_layout.addWidget(self.backup_folder_button)
        form.addRow(self._label(self.tr("Backup folder (this computer)"), self.backup_folder_field),
                    row)

        self.last_backup_label = QLabel()
        self.last_backup_label.setWordWrap(True)
        form.addRow(self._label(self.tr("Last backup"), self.last_backup_label),
                    self.last_backup_label)
        explain = QLabel(self.tr(
            "A verified copy is made when the app starts and once a day while it runs; the "
            "newest copy of each of the last 7 days, 4 weeks and 12 months is kept."))
        explain.setObjectName("muted")
        explain.setWordWrap(True)
        form.addRow(explain)

        self.backup_now_button = QPushButton(self.tr("Back up now"))
        self.backup_now_button.setAccessibleName(self.tr("Make a verified backup now"))
        self.backup_now_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.setAccessibleName(self.tr("Restore a backup (admins)"))
        self.restore_button.clicked.connect(self.restore_backup)
        buttons = QWidget()
        buttons_layout = QHBoxLayout(buttons)
        buttons_layout.setContentsMargins(0, 0, 0, 0)
        buttons_layout.addWidget(self.backup_now_button)
        buttons_layout.addWidget(self.restore_button)
        buttons_layout.addStretch(1)
        form.addRow(buttons)
        self.backup_message = InlineMessage()
        form.addRow(self.backup_message)
        self._apply_roles()

    def _server_backup_rows(self, form: QFormLayout) -> None:
        location = self.context.db.location
        explain = QLabel(self.tr(
            "Backups of a PostgreSQL database are the server's job, not this app's. On the "
            "server, or on any computer with the PostgreSQL tools, back it up with:"))
        explain.setWordWrap(True)
        form.addRow(explain)
        self.pg_dump_field = self._command_row(
            form, database_service.pg_dump_command(location), self.tr("Back-up command"))
        restore_note = QLabel(self.tr("and bring a backup back with:"))
        restore_note.setWordWrap(True)
        form.addRow(restore_note)
        self.pg_restore_field = self._command_row(
            form, database_service.pg_restore_command(location), self.tr("Restore command"))
        more = QLabel(self.tr(
            "Give the password through PGPASSWORD or ~/.pgpass. Schedule the back-up command "
            "daily (cron, or Task Scheduler on Windows) and keep copies on another machine."))
        more.setObjectName("muted")
        more.setWordWrap(True)
        form.addRow(more)

    def _command_row(self, form: QFormLayout, command: str, name: str) -> QLineEdit:
        field = QLineEdit(command)
        field.setReadOnly(True)
        field.setAccessibleName(name)
        field.setCursorPosition(0)
        copy = QPushButton(self.tr("Copy"))
        copy.setAccessibleName(self.tr("Copy: %1").replace("%1", name))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(field.text()))
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(field, 1)
        row_layout.addWidget(copy)
        form.addRow(row)
        return field

    def _security_group(self) -> QGroupBox:
        box, form = self._new_group(self.tr("Audit log"))
        explain = QLabel(self.tr(
            "Every change is recorded: who made it, when, and to which record. Coordinators "
            "and admins can read it, filter it and export it."))
        explain.setWordWrap(True)
        form.addRow(explain)
        self.audit_button = QPushButton(self.tr("Open the audit log…"))
        self.audit_button.setAccessibleName(self.tr("Open the audit log"))
        self.audit_button.clicked.connect(self.open_audit_log)
        self.audit_note = QLabel()
        self.audit_note.setObjectName("muted")
        self.audit_note.setWordWrap(True)
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.audit_button)
        row_layout.addWidget(self.audit_note, 1)
        form.addRow(row)
        return box

    def _staff_group(self) -> QGroupBox:
        """Staff accounts: who may sign in, with which role (admins change them)."""
        from makerspace_app.ui.roles import role_name

        box, form = self._new_group(self.tr("Staff accounts"))
        self.staff_note = QLabel()
        self.staff_note.setObjectName("muted")
        self.staff_note.setWordWrap(True)
        form.addRow(self.staff_note)
        self.staff_list = QTreeWidget()
        self.staff_list.setAccessibleName(self.tr("Staff accounts"))
        self.staff_list.setRootIsDecorated(False)
        self.staff_list.setUniformRowHeights(True)
        self.staff_list.setHeaderLabels(
            [self.tr("Name"), self.tr("User name"), self.tr("Role"), self.tr("Can sign in")])
        self.staff_list.header().setAccessibleName(self.tr("Column headings"))
        self.staff_list.setMinimumHeight(150)
        self.staff_list.itemSelectionChanged.connect(self._staff_selected)
        form.addRow(self.staff_list)

        def role_combo(name: str) -> QComboBox:
            combo = QComboBox()
            combo.setAccessibleName(name)
            for role in StaffRole:
                combo.addItem(role_name(role), role.value)
            return combo

        def secret_edit(name: str) -> QLineEdit:
            edit = QLineEdit()
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setAccessibleName(name)
            edit.setPlaceholderText(name)
            return edit

        # The chosen staff member: role, can sign in, a new password or PIN.
        self.staff_role_combo = role_combo(self.tr("Role of the chosen staff member"))
        self.staff_role_button = QPushButton(self.tr("Change role"))
        self.staff_role_button.setAccessibleName(self.tr("Change the chosen staff member's role"))
        self.staff_role_button.clicked.connect(self.change_staff_role)
        self.staff_active_button = QPushButton(self.tr("Deactivate"))
        self.staff_active_button.setAccessibleName(
            self.tr("Deactivate or reactivate the chosen staff member"))
        self.staff_active_button.clicked.connect(self.toggle_staff_active)
        chosen = QWidget()
        chosen_layout = QHBoxLayout(chosen)
        chosen_layout.setContentsMargins(0, 0, 0, 0)
        chosen_layout.addWidget(self.staff_role_combo)
        chosen_layout.addWidget(self.staff_role_button)
        chosen_layout.addWidget(self.staff_active_button)
        chosen_layout.addStretch(1)
        form.addRow(self._label(self.tr("Chosen staff member"), self.staff_role_combo), chosen)
        self.reset_password_edit = secret_edit(self.tr("New password"))
        self.reset_pin_edit = secret_edit(self.tr("New PIN"))
        self.reset_button = QPushButton(self.tr("Set"))
        self.reset_button.setAccessibleName(self.tr("Set the new password or PIN"))
        self.reset_button.clicked.connect(self.reset_staff_secret)
        reset = QWidget()
        reset_layout = QHBoxLayout(reset)
        reset_layout.setContentsMargins(0, 0, 0, 0)
        reset_layout.addWidget(self.reset_password_edit, 1)
        reset_layout.addWidget(self.reset_pin_edit, 1)
        reset_layout.addWidget(self.reset_button)
        form.addRow(self._label(self.tr("New password or PIN"), self.reset_password_edit), reset)

        # A new staff member.
        self.new_username_edit = QLineEdit()
        self.new_username_edit.setAccessibleName(self.tr("New staff member's user name"))
        self.new_username_edit.setPlaceholderText(self.tr("User name, e.g. amira"))
        self.new_name_edit = QLineEdit()
        self.new_name_edit.setAccessibleName(self.tr("New staff member's name"))
        self.new_name_edit.setPlaceholderText(self.tr("Name, e.g. Amira"))
        self.new_role_combo = role_combo(self.tr("New staff member's role"))
        who = QWidget()
        who_layout = QHBoxLayout(who)
        who_layout.setContentsMargins(0, 0, 0, 0)
        who_layout.addWidget(self.new_username_edit, 1)
        who_layout.addWidget(self.new_name_edit, 1)
        who_layout.addWidget(self.new_role_combo)
        form.addRow(self._label(self.tr("Add a staff member"), self.new_username_edit), who)
        self.new_password_edit = secret_edit(self.tr("Password"))
        self.new_pin_edit = secret_edit(self.tr("PIN"))
        self.add_staff_button = QPushButton(self.tr("Add staff member"))
        self.add_staff_button.setAccessibleName(self.tr("Add the new staff member"))
        self.add_staff_button.clicked.connect(self.add_staff_member)
        secrets = QWidget()
        secrets_layout = QHBoxLayout(secrets)
        secrets_layout.setContentsMargins(0, 0, 0, 0)
        secrets_layout.addWidget(self.new_password_edit, 1)
        secrets_layout.addWidget(self.new_pin_edit, 1)
        secrets_layout.addWidget(self.add_staff_button)
        form.addRow(self._label(self.tr("Their password (8 characters or more) or PIN (4 digits "
                                        "or more)"), self.new_password_edit),
                    secrets)
        self.staff_message = InlineMessage()
        form.addRow(self.staff_message)
        return box

    # --- staff accounts ---------------------------------------------------------------------

    def load_staff(self) -> None:
        from makerspace_app.services import staff as staff_service
        from makerspace_app.ui.roles import role_name

        selected = self.selected_staff_id()
        with self.context.unit_of_work(read_only=True) as uow:
            rows = staff_service.list_staff(uow)
        self.staff_list.clear()
        for row in rows:
            item = QTreeWidgetItem([row.display_name, row.username, role_name(row.role),
                                    self.tr("Yes") if row.active else self.tr("No, deactivated")])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setData(0, Qt.ItemDataRole.UserRole + 1, (row.role.value, row.active))
            self.staff_list.addTopLevelItem(item)
            if row.id == selected:
                self.staff_list.setCurrentItem(item)
        for column in range(4):
            self.staff_list.resizeColumnToContents(column)
        self._staff_selected()

    def selected_staff_id(self) -> int | None:
        item = self.staff_list.currentItem() if hasattr(self, "staff_list") else None
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def select_staff(self, username: str) -> None:
        for index in range(self.staff_list.topLevelItemCount()):
            item = self.staff_list.topLevelItem(index)
            if item.text(1) == username:
                self.staff_list.setCurrentItem(item)

    def _staff_selected(self) -> None:
        admin = self._role_rank() >= RANK[StaffRole.ADMIN]
        item = self.staff_list.currentItem()
        chosen = item is not None and admin
        for widget in (self.staff_role_combo, self.staff_role_button, self.staff_active_button,
                       self.reset_password_edit, self.reset_pin_edit, self.reset_button):
            widget.setEnabled(chosen)
        if item is not None:
            role, active = item.data(0, Qt.ItemDataRole.UserRole + 1)
            self.staff_role_combo.setCurrentIndex(self.staff_role_combo.findData(role))
            self.staff_active_button.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))

    def _staff_action(self, action: Callable[[Any], Any], done: str) -> bool:
        try:
            with self.context.unit_of_work() as uow:
                action(uow)
        except DomainError as err:
            self.staff_message.show_error(err)
            return False
        self.staff_message.show_message(done, "success")
        self.load_staff()
        return True

    def change_staff_role(self) -> None:
        from makerspace_app.services import staff as staff_service

        staff_id, role = self.selected_staff_id(), self.staff_role_combo.currentData()
        if staff_id is not None:
            self._staff_action(lambda uow: staff_service.update_staff(uow, staff_id, role=role),
                               self.tr("Role changed. It applies from their next sign-in."))

    def toggle_staff_active(self) -> None:
        from makerspace_app.services import staff as staff_service

        item = self.staff_list.currentItem()
        if item is None:
            return
        staff_id = item.data(0, Qt.ItemDataRole.UserRole)
        _role, active = item.data(0, Qt.ItemDataRole.UserRole + 1)
        self._staff_action(
            lambda uow: staff_service.update_staff(uow, staff_id, active=not active),
            self.tr("%1 can no longer sign in.").replace("%1", item.text(0)) if active
            else self.tr("%1 can sign in again.").replace("%1", item.text(0)))

    def reset_staff_secret(self) -> None:
        from makerspace_app.services import staff as staff_service

        staff_id = self.selected_staff_id()
        password, pin = self.reset_password_edit.text(), self.reset_pin_edit.text()
        if staff_id is not None and self._staff_action(
                lambda uow: staff_service.set_secret(uow, staff_id, password, pin),
                self.tr("The new password or PIN is set.")):
            self.reset_password_edit.clear()
            self.reset_pin_edit.clear()

    def add_staff_member(self) -> None:
        from makerspace_app.services import staff as staff_service

        values = (self.new_username_edit.text(), self.new_name_edit.text(),
                  self.new_role_combo.currentData(), self.new_password_edit.text(),
                  self.new_pin_edit.text())
        if self._staff_action(lambda uow: staff_service.create_staff(uow, *values),
                              self.tr("%1 can now sign in.").replace(
                                  "%1", values[1].strip() or values[0].strip())):
            for edit in (self.new_username_edit, self.new_name_edit, self.new_password_edit,
                         self.new_pin_edit):
                edit.clear()
        else:
            self.new_username_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _role_rank(self) -> int:
        actor = self.context.actor
        return RANK.get(actor.role, 0) if actor is not None else 0

    def _apply_roles(self) -> None:
        """Buttons a role may not use are shown disabled, saying who can (the services
        refuse anyway)."""
        rank = self._role_rank()
        if hasattr(self, "restore_button"):
            admin = rank >= RANK[StaffRole.ADMIN]
            self.restore_button.setEnabled(admin)
            self.restore_button.setToolTip(
                "" if admin else self.tr("Only an admin can restore a backup."))
            coordinator = rank >= RANK[StaffRole.COORDINATOR]
            self.backup_now_button.setEnabled(coordinator)
            self.backup_now_button.setToolTip(
                "" if coordinator else self.tr("Only a coordinator or an admin can make a backup."))
        if hasattr(self, "staff_list"):
            admin = rank >= RANK[StaffRole.ADMIN]
            for widget in (self.new_username_edit, self.new_name_edit, self.new_role_combo,
                           self.new_password_edit, self.new_pin_edit, self.add_staff_button):
                widget.setEnabled(admin)
            self.staff_note.setText(
                self.tr("Who can sign in, and with which role. Front desk: participants, "
                        "bookings, check-in. Workshop leader: also their own workshops and "
                        "projects. Coordinator: also certificates, reports, exports, erasure. "
                        "Admin: also staff accounts, settings and restoring backups.")
                + ("" if admin else " " + self.tr("Only an admin can change them.")))
            self._staff_selected()
        if hasattr(self, "audit_button"):
            allowed = rank >= RANK[StaffRole.COORDINATOR]
            self.audit_button.setEnabled(allowed)
            self.audit_note.setText(
                "" if allowed else self.tr("Only a coordinator or an admin can read it."))

    # --- backups, restore, audit log ------------------------------------------------------

    def _backup_folder(self) -> Path:
        chosen = self.backup_folder_field.text().strip() if hasattr(
            self, "backup_folder_field") else ""
        return Path(chosen).expanduser() if chosen else default_backup_dir()

    def choose_backup_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the backup folder"), str(self._backup_folder()))
        if folder:
            self.set_backup_folder(folder)

    def set_backup_folder(self, folder: str) -> None:
        self.backup_folder_field.setText(folder)
        self.backup_folder_field.setCursorPosition(0)
        self._changed()

    def _show_last_backup(self) -> None:
        if not hasattr(self, "last_backup_label"):
            return
        location = self.context.db.location
        latest = backup_service.latest_backup(location, self._backup_folder())
        if latest is None:
            self.last_backup_label.setText(self.tr("No backup in this folder yet."))
            return
        moment = QDateTime(latest.taken_at.date(), latest.taken_at.time())
        self.last_backup_label.setText(
            self.tr("%1 (%2)")
            .replace("%1", self.locale().toString(moment, QLocale.FormatType.LongFormat))
            .replace("%2", self.locale().formattedDataSize(latest.size))
        )

    def backup_now(self) -> None:
        if self.context.actor is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            made = backup_service.backup_now(self.context.db, self.context.actor,
                                             folder=self._backup_folder())
        except DomainError as err:
            self.backup_message.show_error(err)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.backup_message.show_message(
            self.tr("Backup written and verified: %1").replace("%1", str(made.path)), "success")
        self._show_last_backup()

    def restore_backup(self) -> None:
        """Choose a backup, confirm, back up the current file, restore, reopen."""
        from makerspace_app.ui.dialogs.restore_backup import RestoreBackupDialog

        location = self.context.db.location
        folder = self._backup_folder()
        backups = backup_service.list_backups(folder, location.sqlite_path.stem)
        dialog = RestoreBackupDialog(backups, folder, location.display_name, self)
        if not self.exec_dialog(dialog) or dialog.chosen() is None:
            return
        self.restore_from(dialog.chosen())

    def exec_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def restore_from(self, source: Path) -> bool:
        if self.context.actor is None:
            return False
        window = self.window()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            restored = backup_service.restore_backup(
                self.context.db, self.context.actor, source, folder=self._backup_folder())
        except DomainError as err:
            self.backup_message.show_error(err)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        saved = restored.saved_as
        message = self.tr("The backup %1 was restored. Sign in again to go on.").replace(
            "%1", source.name)
        if saved is not None:
            message += " " + self.tr("The database as it was is saved as %1.").replace(
                "%1", str(saved))
        replace = getattr(window, "replace_database", None)
        if callable(replace):
            replace(restored.db, message)  # this page goes away with the old session
        return True

    def open_audit_log(self) -> None:
        from makerspace_app.ui.dialogs.audit_log import AuditLogDialog

        dialog = AuditLogDialog(self.context, self)
        self.exec_dialog(dialog)

    # --- values --------------------------------------------------------------------------

    def load(self) -> None:
        """Show the stored values (and this computer's preferences)."""
        with self.context.unit_of_work(read_only=True) as uow:
            self._stored = settings_service.get_all(uow)
        self._prefs = LocalPreferences.load()
        self._loading = True
        try:
            for key, field in self._fields.items():
                field.put(self._stored.get(key, field.spec.default))
            self._select(self.language_combo, self._prefs.language)
            self._select(self.theme_combo, self._prefs.theme)
            self.zoom_spin.setValue(int(self._prefs.zoom_percent or 100))
            if hasattr(self, "backup_folder_field"):
                self.backup_folder_field.setText(
                    self._prefs.backup_dir or str(default_backup_dir()))
                self.backup_folder_field.setCursorPosition(0)
        finally:
            self._loading = False
        self._show_last_backup()
        self.load_staff()
        self._apply_roles()

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def shared_values(self) -> dict[str, Any]:
        return {key: field.get() for key, field in self._fields.items()}

    def _changed_shared(self) -> dict[str, Any]:
        out = {}
        for key, value in self.shared_values().items():
            stored = self._stored.get(key)
            comparable = value.strip() if isinstance(value, str) else value
            if comparable != stored:
                out[key] = value
        return out

    def _typed_backup_dir(self) -> str:
        """The backup folder as the preference stores it ("" is the default folder)."""
        if not hasattr(self, "backup_folder_field"):
            return self._prefs.backup_dir
        typed = self.backup_folder_field.text().strip()
        return "" if not typed or Path(typed) == default_backup_dir() else typed

    def _changed_prefs(self) -> bool:
        return (
            self.language_combo.currentData() != self._prefs.language
            or self.theme_combo.currentData() != self._prefs.theme
            or self.zoom_spin.value() != int(self._prefs.zoom_percent or 100)
            or self._typed_backup_dir() != (self._prefs.backup_dir or "")
        )

    def has_unsaved_changes(self) -> bool:
        return bool(self._changed_shared()) or self._changed_prefs()

    def _changed(self, *_args: Any) -> None:
        if not self._loading and self.message.kind == "success":
            self.message.clear()

    def field_widget(self, key: str) -> QWidget:
        return self._fields[key].widget

    # --- save / cancel -------------------------------------------------------------------

    def save_changes(self) -> bool:
        """Validate and store everything in one unit of work; on a refusal store nothing."""
        changed = self._changed_shared()
        try:
            if changed:
                with self.context.unit_of_work() as uow:
                    settings_service.set_many(uow, changed)
        except DomainError as err:
            self.message.show_error(err)
            self._focus_refused(err)
            return False
        prefs_changed = self._changed_prefs()
        if prefs_changed:
            self._prefs.language = self.language_combo.currentData() or ""
            self._prefs.theme = self.theme_combo.currentData() or "system"
            self._prefs.zoom_percent = self.zoom_spin.value()
            self._prefs.backup_dir = self._typed_backup_dir()
            try:
                self._prefs.save()
            except OSError as exc:
                self.message.show_error(
                    self.tr(
                        "The shared settings were saved, but this computer’s preferences "
                        "could not be written (%1)."
                    ).replace("%1", exc.strerror or str(exc))
                )
                return False
            app = QApplication.instance()
            if isinstance(app, QApplication):
                theme.apply_theme(app, self._prefs.theme, self._prefs.zoom_percent)
        if "organisation.name" in changed:
            self.context.set_organisation_name(str(changed["organisation.name"]).strip())
        self.load()
        if changed or prefs_changed:
            self.message.show_message(self.tr("Settings saved."), "success")
            self.context.data_changed.emit()
        else:
            self.message.show_message(self.tr("Nothing was changed."), "info")
        self.saved.emit()
        return True

    def _focus_refused(self, err: DomainError) -> None:
        label = err.params.get("label")
        for field in self._fields.values():
            if field.spec.label == label:
                field.widget.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroll.ensureWidgetVisible(field.widget)
                return
        # Refusals that do not name the setting (a time zone check) are matched by value.
        for key, field in self._fields.items():
            value = field.get()
            if isinstance(value, str) and value and value in err.params.values():
                field.widget.setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroll.ensureWidgetVisible(field.widget)
                return

    def discard_changes(self) -> None:
        self.load()
        self.message.clear()

    def on_shown(self) -> None:
        if not self.has_unsaved_changes():
            self.load()
