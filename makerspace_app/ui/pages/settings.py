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
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QLocale, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
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
    QVBoxLayout,
    QWidget,
)

from makerspace_app.config import LocalPreferences
from makerspace_app.domain.errors import DomainError
from makerspace_app.services import settings as settings_service
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
        return box

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
        finally:
            self._loading = False

    @staticmethod
    def _select(combo: QComboBox, value: str) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(index if index >= 0 else 0)

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

    def _changed_prefs(self) -> bool:
        return (
            self.language_combo.currentData() != self._prefs.language
            or self.theme_combo.currentData() != self._prefs.theme
            or self.zoom_spin.value() != int(self._prefs.zoom_percent or 100)
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
