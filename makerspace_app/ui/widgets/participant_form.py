"""The form that registers a participant or edits one: every field of ``ParticipantInput``.

The form only gathers values; the page saves them through the services, which decide what is
refused and why. ``value()`` is what the form holds now, ``is_changed()`` compares it with
what was loaded, ``focus_field(name)`` puts the cursor where a refusal points
(``DomainError.params["field"]``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.enums import ACCESSIBILITY_TAGS, AgeBand
from makerspace_app.domain.people import MINOR_BANDS, age_on, band_for_age
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.services.participants import (
    ParticipantDetails,
    ParticipantInput,
    ParticipantRow,
)
from makerspace_app.ui.models.participants_model import band_text

TAGS_CONTEXT = "AccessibilityTags"
TAG_LABELS = {
    "wheelchair_access": QT_TRANSLATE_NOOP("AccessibilityTags", "Wheelchair access"),
    "hearing_loop": QT_TRANSLATE_NOOP("AccessibilityTags", "Hearing loop"),
    "large_print": QT_TRANSLATE_NOOP("AccessibilityTags", "Large print"),
    "quiet_space": QT_TRANSLATE_NOOP("AccessibilityTags", "Quiet space"),
    "interpreter": QT_TRANSLATE_NOOP("AccessibilityTags", "Interpreter"),
}

GUARDIAN_NONE, GUARDIAN_PARTICIPANT, GUARDIAN_CONTACT = "none", "participant", "contact"
GUARDIAN_PICKS = 8
DEFAULT_BIRTH_DATE = QDate(2000, 1, 1)

GuardianSearch = Callable[[str, int], Sequence[ParticipantRow]]


def tag_label(tag: str) -> str:
    """An accessibility need as people read it, in the interface language."""
    english = TAG_LABELS.get(tag)
    if english is None:
        return tag.replace("_", " ").capitalize()
    return QCoreApplication.translate(TAGS_CONTEXT, english)


def language_name(code: str) -> str:
    """A language's own name for itself (English, العربية, Português…), or the code."""
    locale = QLocale(code.replace("-", "_"))
    if locale.language() == QLocale.Language.C:
        return code
    name = locale.nativeLanguageName()
    return (name[:1].upper() + name[1:]) if name else code


def split_languages(text: str) -> tuple[str, ...]:
    return tuple(part for part in re.split(r"[,;\s]+", text) if part)


def date_format() -> str:
    """The user's short date format, always with a four-digit year (ISO in the C locale)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def date_text(day: dt.date | None) -> str:
    """A day in the user's locale, always with a four-digit year."""
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def _line(parent: QWidget, accessible: str, placeholder: str = "") -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setAccessibleName(accessible)
    if placeholder:
        edit.setPlaceholderText(placeholder)
    return edit


def _text_box(parent: QWidget, accessible: str, lines: int = 2) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setAccessibleName(accessible)
    box.setTabChangesFocus(True)  # Tab moves on, as in every other field
    height = box.fontMetrics().lineSpacing() * lines + 16
    box.setFixedHeight(height)
    return box


class GuardianPicker(QWidget):
    """Choose an adult participant by typing part of their name or their badge code.

    ``chosen`` is the participant picked (id, label) or None; ``changed`` fires when it
    changes.
    """

    changed = Signal()
    hits_shown = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search: GuardianSearch | None = None
        self._chosen: tuple[int, str] | None = None
        self._exclude: int | None = None
        self._adult_age = 18

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(
            self.tr("Type part of the guardian’s name or their badge code")
        )
        self.search_edit.setAccessibleName(self.tr("Find the guardian among the participants"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textEdited.connect(self._search_now)
        self.search_edit.installEventFilter(self)

        self.hits = QListWidget(self)
        self.hits.setAccessibleName(self.tr("Participants who could be the guardian"))
        self.hits.setMaximumHeight(self.hits.fontMetrics().lineSpacing() * 5 + 16)
        self.hits.itemActivated.connect(self._choose_item)
        self.hits.itemClicked.connect(self._choose_item)
        self.hits.hide()
        self.status = QLabel(self)
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        self.status.hide()

        self.chosen_label = QLabel(self)
        self.chosen_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chosen_label.setWordWrap(True)
        self.change_button = QPushButton(self.tr("Change…"), self)
        self.change_button.setAccessibleName(self.tr("Choose another guardian"))
        self.change_button.clicked.connect(self.clear_choice)
        chosen_row = QHBoxLayout()
        chosen_row.setContentsMargins(0, 0, 0, 0)
        chosen_row.addWidget(self.chosen_label, 1)
        chosen_row.addWidget(self.change_button)
        self.chosen_box = QWidget(self)
        self.chosen_box.setLayout(chosen_row)
        self.chosen_box.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.chosen_box)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.hits)
        layout.addWidget(self.status)

    def set_search_function(self, fn: GuardianSearch | None) -> None:
        self._search = fn

    def set_excluded(self, participant_id: int | None) -> None:
        """The participant being edited (never offered as their own guardian)."""
        self._exclude = participant_id

    @property
    def chosen(self) -> tuple[int, str] | None:
        return self._chosen

    def chosen_id(self) -> int | None:
        return self._chosen[0] if self._chosen else None

    def set_chosen(self, participant_id: int | None, label: str = "", emit: bool = False) -> None:
        self._chosen = (participant_id, label) if participant_id is not None else None
        self.search_edit.clear()
        self.hits.clear()
        self.hits.hide()
        self.status.hide()
        if self._chosen is None:
            self.chosen_box.hide()
            self.search_edit.show()
        else:
            shown = label or self.tr("Participant number %1").replace("%1", str(participant_id))
            self.chosen_label.setText(self.tr("Guardian: %1").replace("%1", shown))
            self.chosen_label.setAccessibleName(self.tr("Guardian: %1").replace("%1", shown))
            self.chosen_box.show()
            self.search_edit.hide()
        if emit:
            self.changed.emit()

    def clear_choice(self) -> None:
        self.set_chosen(None, emit=True)
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_input(self) -> None:
        target = self.change_button if self._chosen else self.search_edit
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _search_now(self, text: str) -> None:
        text = text.strip()
        self.hits.clear()
        if not text or self._search is None:
            self.hits.hide()
            self.status.hide()
            return
        rows = [
            r for r in self._search(text, GUARDIAN_PICKS * 3)
            if r.id != self._exclude and not self._known_minor(r)
        ]
        for row in rows[:GUARDIAN_PICKS]:
            age = str(row.age) if row.age is not None else band_text(row.age_band)
            detail = " · ".join(part for part in (row.badge_code, age) if part)
            item = QListWidgetItem(f"{row.display_name} — {detail}")
            item.setData(Qt.ItemDataRole.UserRole, (row.id, f"{row.display_name} ({row.badge_code})"))
            self.hits.addItem(item)
        if rows:
            self.hits.setCurrentRow(0)
            self.hits.show()
            self.status.hide()
        else:
            self.hits.hide()
            self.status.setText(
                self.tr("No participant matches “%1”. Enter the guardian’s name and contact "
                        "instead, or register the guardian first.").replace("%1", text)
            )
            self.status.show()
        self.hits_shown.emit()

    def set_adult_age(self, adult_age: int) -> None:
        self._adult_age = adult_age

    def _known_minor(self, row: ParticipantRow) -> bool:
        """Known to be under the adult age (they cannot be a guardian; the services say so
        too, this only keeps them out of the list)."""
        if row.age is not None:
            return row.age < self._adult_age
        return row.age_band in MINOR_BANDS

    def _choose_item(self, item: QListWidgetItem) -> None:
        picked = item.data(Qt.ItemDataRole.UserRole)
        if picked:
            self.set_chosen(int(picked[0]), str(picked[1]), emit=True)
            self.change_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search_edit
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not self.hits.isHidden()
        ):
            event.accept()  # Escape closes the list of hits, it does not cancel the form
            return True
        if watched is self.search_edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.hits.count():
                self._choose_item(self.hits.currentItem() or self.hits.item(0))
                return True
            if key == Qt.Key.Key_Escape and not self.hits.isHidden():
                self.hits.hide()
                self.status.hide()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.hits.count():
                step = 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.hits.count() - 1, self.hits.currentRow() + step))
                self.hits.setCurrentRow(row)
                return True
        return False


class ParticipantForm(QWidget):
    """Every editable field of a participant. ``changed`` fires on each edit."""

    changed = Signal()
    wants_visible = Signal(object)  # a QWidget the surrounding scroll area should show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._loaded = ParticipantInput()
        self._site_id: int | None = None
        self._participant_id: int | None = None
        self._adult_age = 18
        self._today = dt.date.today()

        self.given_edit = _line(self, self.tr("Given name"))
        self.family_edit = _line(self, self.tr("Family name"))
        self.preferred_edit = _line(
            self, self.tr("Preferred name"), self.tr("What they like to be called")
        )
        self.pronouns_edit = _line(self, self.tr("Pronouns"), self.tr("For example she/her"))

        self.dob_known = QCheckBox(self.tr("Known"), self)
        self.dob_known.setAccessibleName(self.tr("Date of birth known"))
        self.dob_edit = QDateEdit(self)
        self.dob_edit.setAccessibleName(self.tr("Date of birth"))
        self.dob_edit.setCalendarPopup(True)
        self.dob_edit.setDisplayFormat(date_format())
        self.dob_edit.setMinimumDate(QDate(1900, 1, 1))
        self.dob_edit.setMaximumDate(QDate.currentDate())
        self.dob_edit.setDate(DEFAULT_BIRTH_DATE)
        self.dob_edit.setEnabled(False)
        self.band_combo = QComboBox(self)
        self.band_combo.setAccessibleName(self.tr("Age band"))
        self.band_combo.addItem(self.tr("Not given"), None)
        for band in AgeBand:
            self.band_combo.addItem(band_text(band), band.value)
        self.age_note = QLabel(self)
        self.age_note.setObjectName("muted")
        self.age_note.setWordWrap(True)

        self.email_edit = _line(self, self.tr("E-mail"), self.tr("name@example.org"))
        self.phone_edit = _line(self, self.tr("Phone"))
        self.address_edit = _text_box(self, self.tr("Address"), 2)

        self.languages_edit = _line(
            self, self.tr("Languages"), self.tr("Language codes, for example en, ar, pt-BR")
        )
        self.preferred_language_edit = _line(
            self, self.tr("Preferred language"), self.tr("For example ar")
        )
        self.languages_note = QLabel(self)
        self.languages_note.setObjectName("muted")
        self.languages_note.setWordWrap(True)

        self.tag_boxes: dict[str, QCheckBox] = {}
        tags = QWidget(self)
        tags_grid = QGridLayout(tags)
        tags_grid.setContentsMargins(0, 0, 0, 0)
        tags_grid.setHorizontalSpacing(16)
        for n, tag in enumerate(ACCESSIBILITY_TAGS):
            box = QCheckBox(tag_label(tag), tags)
            box.setAccessibleName(
                self.tr("Accessibility need: %1").replace("%1", tag_label(tag))
            )
            self.tag_boxes[tag] = box
            tags_grid.addWidget(box, n // 2, n % 2)
        self.accessibility_notes_edit = _text_box(self, self.tr("Accessibility notes"), 2)
        self.accessibility_notes_edit.setPlaceholderText(
            self.tr("Anything else that helps them take part")
        )

        self.guardian_mode = QComboBox(self)
        self.guardian_mode.setAccessibleName(self.tr("Guardian"))
        self.guardian_mode.addItem(self.tr("No guardian"), GUARDIAN_NONE)
        self.guardian_mode.addItem(self.tr("A registered adult participant"), GUARDIAN_PARTICIPANT)
        self.guardian_mode.addItem(self.tr("Name and contact"), GUARDIAN_CONTACT)
        self.guardian_picker = GuardianPicker(self)
        self.guardian_name_edit = _line(self, self.tr("Guardian’s name"))
        self.guardian_contact_edit = _line(
            self, self.tr("Guardian’s contact"), self.tr("Phone or e-mail")
        )
        contact = QWidget(self)
        contact_form = QFormLayout(contact)
        contact_form.setContentsMargins(0, 0, 0, 0)
        contact_form.addRow(self._label(self.tr("Name"), self.guardian_name_edit),
                            self.guardian_name_edit)
        contact_form.addRow(self._label(self.tr("Contact"), self.guardian_contact_edit),
                            self.guardian_contact_edit)
        self.guardian_stack = QStackedWidget(self)
        self.guardian_stack.addWidget(QWidget(self))
        self.guardian_stack.addWidget(self.guardian_picker)
        self.guardian_stack.addWidget(contact)
        self.guardian_stack.hide()
        self.guardian_note = QLabel(self)
        self.guardian_note.setObjectName("muted")
        self.guardian_note.setWordWrap(True)

        self.notes_edit = _text_box(self, self.tr("Notes"), 3)

        # --- layout --------------------------------------------------------------------
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        self._form = form

        form.addRow(self._label(self.tr("Given name"), self.given_edit), self.given_edit)
        form.addRow(self._label(self.tr("Family name"), self.family_edit), self.family_edit)
        form.addRow(self._label(self.tr("Preferred name"), self.preferred_edit),
                    self.preferred_edit)
        form.addRow(self._label(self.tr("Pronouns"), self.pronouns_edit), self.pronouns_edit)
        dob_row = QHBoxLayout()
        dob_row.setContentsMargins(0, 0, 0, 0)
        dob_row.addWidget(self.dob_known)
        dob_row.addWidget(self.dob_edit, 1)
        form.addRow(self._label(self.tr("Date of birth"), self.dob_known), dob_row)
        form.addRow(self._label(self.tr("Age band"), self.band_combo), self.band_combo)
        form.addRow("", self.age_note)
        form.addRow(self._section(self.tr("Contact")))
        form.addRow(self._label(self.tr("E-mail"), self.email_edit), self.email_edit)
        form.addRow(self._label(self.tr("Phone"), self.phone_edit), self.phone_edit)
        form.addRow(self._label(self.tr("Address"), self.address_edit), self.address_edit)
        form.addRow(self._label(self.tr("Languages"), self.languages_edit), self.languages_edit)
        form.addRow(self._label(self.tr("Preferred language"), self.preferred_language_edit),
                    self.preferred_language_edit)
        form.addRow("", self.languages_note)
        form.addRow(self._section(self.tr("Accessibility")))
        form.addRow(tags)
        form.addRow(self._label(self.tr("Notes"), self.accessibility_notes_edit),
                    self.accessibility_notes_edit)
        form.addRow(self._section(self.tr("Guardian")))
        form.addRow(self._label(self.tr("Guardian"), self.guardian_mode), self.guardian_mode)
        form.addRow("", self.guardian_stack)
        form.addRow("", self.guardian_note)
        form.addRow(self._section(self.tr("Notes")))
        form.addRow(self._label(self.tr("Notes"), self.notes_edit), self.notes_edit)

        # --- signals -------------------------------------------------------------------
        for edit in (
            self.given_edit, self.family_edit, self.preferred_edit, self.pronouns_edit,
            self.email_edit, self.phone_edit, self.languages_edit,
            self.preferred_language_edit, self.guardian_name_edit, self.guardian_contact_edit,
        ):
            edit.textChanged.connect(self._edited)
        for box in (self.address_edit, self.accessibility_notes_edit, self.notes_edit):
            box.textChanged.connect(self._edited)
        for check in self.tag_boxes.values():
            check.toggled.connect(self._edited)
        self.dob_known.toggled.connect(self._dob_known_toggled)
        self.dob_edit.dateChanged.connect(self._age_edited)
        self.band_combo.currentIndexChanged.connect(self._age_edited)
        self.guardian_mode.currentIndexChanged.connect(self._guardian_mode_changed)
        self.guardian_picker.changed.connect(self._edited)
        self.guardian_picker.hits_shown.connect(
            lambda: self.wants_visible.emit(self.guardian_picker)
        )
        self.languages_edit.textChanged.connect(self._show_language_names)
        self.preferred_language_edit.textChanged.connect(self._show_language_names)
        self._update_age_note()
        self._loaded = self.value()

    # --- building blocks -----------------------------------------------------------------

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        label.setMinimumWidth(120)
        return label

    def _section(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("sectionTitle")
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 10, 0, 0)
        return label

    def first_field(self) -> QWidget:
        return self.given_edit

    def last_field(self) -> QWidget:
        return self.notes_edit

    # --- context -------------------------------------------------------------------------

    def set_age_rules(self, today: dt.date, adult_age: int) -> None:
        """Today in the makerspace's time zone and the adult age (setting)."""
        self._today = today
        self._adult_age = adult_age
        self.dob_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.guardian_picker.set_adult_age(adult_age)
        self._update_age_note()

    def set_guardian_search(self, fn: GuardianSearch | None) -> None:
        self.guardian_picker.set_search_function(fn)

    # --- values --------------------------------------------------------------------------

    def load(self, details: ParticipantDetails | None) -> None:
        """Show a participant (None: an empty form for a new registration)."""
        self._loading = True
        try:
            data = details.as_input() if details is not None else ParticipantInput()
            self._participant_id = details.id if details is not None else None
            self._site_id = data.site_id
            self.guardian_picker.set_excluded(self._participant_id)
            self.given_edit.setText(data.given_name)
            self.family_edit.setText(data.family_name)
            self.preferred_edit.setText(data.preferred_name)
            self.pronouns_edit.setText(data.pronouns)
            dob = data.date_of_birth
            self.dob_known.setChecked(dob is not None)
            self.dob_edit.setEnabled(dob is not None)
            self.dob_edit.setDate(
                QDate(dob.year, dob.month, dob.day) if dob is not None else DEFAULT_BIRTH_DATE
            )
            band = details.age_band if details is not None else None
            index = self.band_combo.findData(band.value if band is not None else None)
            self.band_combo.setCurrentIndex(max(0, index))
            self.band_combo.setEnabled(dob is None)
            self.email_edit.setText(data.email)
            self.phone_edit.setText(data.phone)
            self.address_edit.setPlainText(data.address)
            self.languages_edit.setText(", ".join(data.languages))
            self.preferred_language_edit.setText(data.preferred_language)
            for tag, box in self.tag_boxes.items():
                box.setChecked(tag in data.accessibility_tags)
            self.accessibility_notes_edit.setPlainText(data.accessibility_notes)
            if data.guardian_participant_id is not None:
                label = ""
                if details is not None and details.guardian_display_name:
                    label = f"{details.guardian_display_name} ({details.guardian_badge_code})"
                self.guardian_picker.set_chosen(data.guardian_participant_id, label)
                mode = GUARDIAN_PARTICIPANT
            else:
                self.guardian_picker.set_chosen(None)
                mode = GUARDIAN_CONTACT if (data.guardian_name or data.guardian_contact) else GUARDIAN_NONE
            self.guardian_name_edit.setText(data.guardian_name)
            self.guardian_contact_edit.setText(data.guardian_contact)
            self.guardian_mode.setCurrentIndex(self.guardian_mode.findData(mode))
            self.guardian_stack.setCurrentIndex(self.guardian_mode.currentIndex())
            self.guardian_stack.setVisible(mode != GUARDIAN_NONE)
            self.notes_edit.setPlainText(data.notes)
            self._show_language_names()
            self._update_age_note()
        finally:
            self._loading = False
        self._loaded = self.value()

    def value(self) -> ParticipantInput:
        """What the form holds now, as the services take it."""
        dob: dt.date | None = None
        band: str | None = None
        if self.dob_known.isChecked():
            d = self.dob_edit.date()
            dob = dt.date(d.year(), d.month(), d.day())
        else:
            band = self.band_combo.currentData()
        mode = self.guardian_mode.currentData()
        return ParticipantInput(
            given_name=self.given_edit.text(),
            family_name=self.family_edit.text(),
            preferred_name=self.preferred_edit.text(),
            pronouns=self.pronouns_edit.text(),
            date_of_birth=dob,
            age_band=AgeBand(band) if band else None,
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            address=self.address_edit.toPlainText(),
            languages=split_languages(self.languages_edit.text()),
            preferred_language=self.preferred_language_edit.text(),
            accessibility_tags=tuple(t for t, box in self.tag_boxes.items() if box.isChecked()),
            accessibility_notes=self.accessibility_notes_edit.toPlainText(),
            guardian_participant_id=(
                self.guardian_picker.chosen_id() if mode == GUARDIAN_PARTICIPANT else None
            ),
            guardian_name=self.guardian_name_edit.text() if mode == GUARDIAN_CONTACT else "",
            guardian_contact=(
                self.guardian_contact_edit.text() if mode == GUARDIAN_CONTACT else ""
            ),
            notes=self.notes_edit.toPlainText(),
            site_id=self._site_id,
        )

    def is_changed(self) -> bool:
        return self.value() != self._loaded

    def set_editable(self, editable: bool) -> None:
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit | QPlainTextEdit | QCheckBox | QComboBox | QDateEdit
                          | QPushButton | QListWidget):
                child.setEnabled(editable)
        if editable:
            self.dob_edit.setEnabled(self.dob_known.isChecked())
            self.band_combo.setEnabled(not self.dob_known.isChecked())

    # --- reacting to edits ---------------------------------------------------------------

    def _edited(self, *_args: Any) -> None:
        if not self._loading:
            self.changed.emit()

    def _dob_known_toggled(self, known: bool) -> None:
        self.dob_edit.setEnabled(known)
        self.band_combo.setEnabled(not known)
        if known and not self._loading:
            self.dob_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._age_edited()

    def _age_edited(self, *_args: Any) -> None:
        if self.dob_known.isChecked():
            d = self.dob_edit.date()
            age = age_on(dt.date(d.year(), d.month(), d.day()), self._today)
            band = band_for_age(max(0, age))
            index = self.band_combo.findData(band.value)
            self.band_combo.blockSignals(True)
            self.band_combo.setCurrentIndex(max(0, index))
            self.band_combo.blockSignals(False)
        self._update_age_note()
        self._edited()

    def _minor(self) -> bool | None:
        if self.dob_known.isChecked():
            d = self.dob_edit.date()
            return age_on(dt.date(d.year(), d.month(), d.day()), self._today) < self._adult_age
        band = self.band_combo.currentData()
        if band is None:
            return None
        return band in (AgeBand.UNDER_12.value, AgeBand.AGE_12_17.value)

    def _update_age_note(self) -> None:
        if self.dob_known.isChecked():
            d = self.dob_edit.date()
            age = age_on(dt.date(d.year(), d.month(), d.day()), self._today)
            text = self.tr("%1 years old.").replace("%1", str(max(0, age)))
        elif self.band_combo.currentData() is None:
            text = self.tr("Give a date of birth or an age band: it decides whether a guardian "
                           "is needed.")
        else:
            text = self.tr("Age band only; the exact age is not recorded.")
        minor = self._minor()
        if minor:
            text += " " + self.tr("Under %1: a guardian is needed.").replace(
                "%1", str(self._adult_age)
            )
        self.age_note.setText(text)
        self._update_guardian_note()

    def _guardian_mode_changed(self, index: int) -> None:
        self.guardian_stack.setCurrentIndex(index)
        self.guardian_stack.setVisible(self.guardian_mode.currentData() != GUARDIAN_NONE)
        if not self._loading:
            mode = self.guardian_mode.currentData()
            if mode == GUARDIAN_PARTICIPANT:
                self.guardian_picker.focus_input()
        self._update_guardian_note()
        self._edited()

    def _update_guardian_note(self) -> None:
        minor = self._minor()
        mode = self.guardian_mode.currentData()
        if minor and mode == GUARDIAN_NONE:
            text = self.tr("Needed: they are under %1. Choose an adult participant, or enter "
                           "the guardian’s name and contact.").replace("%1", str(self._adult_age))
        elif mode == GUARDIAN_PARTICIPANT:
            text = self.tr("The guardian must be a registered participant aged %1 or over.").replace(
                "%1", str(self._adult_age)
            )
        else:
            text = ""
        self.guardian_note.setText(text)
        self.guardian_note.setVisible(bool(text))

    def _show_language_names(self, *_args: Any) -> None:
        codes = list(split_languages(self.languages_edit.text()))
        preferred = self.preferred_language_edit.text().strip()
        names = [language_name(c) for c in codes]
        text = ", ".join(names)
        if preferred:
            text = (text + " — " if text else "") + self.tr("prefers %1").replace(
                "%1", language_name(preferred)
            )
        self.languages_note.setText(text)
        self.languages_note.setVisible(bool(text))

    # --- refusals ------------------------------------------------------------------------

    def widget_for_field(self, name: str) -> QWidget | None:
        mode = self.guardian_mode.currentData()
        mapping: dict[str, QWidget] = {
            "given_name": self.given_edit,
            "family_name": self.family_edit,
            "preferred_name": self.preferred_edit,
            "pronouns": self.pronouns_edit,
            "date_of_birth": self.dob_edit if self.dob_known.isChecked() else self.dob_known,
            "age_band": self.band_combo if self.band_combo.isEnabled() else self.dob_edit,
            "email": self.email_edit,
            "phone": self.phone_edit,
            "address": self.address_edit,
            "languages": self.languages_edit,
            "preferred_language": self.preferred_language_edit,
            "accessibility_tags": next(iter(self.tag_boxes.values()), self.accessibility_notes_edit),
            "accessibility_notes": self.accessibility_notes_edit,
            "guardian_participant_id": (
                self.guardian_picker.change_button
                if mode == GUARDIAN_PARTICIPANT and self.guardian_picker.chosen
                else self.guardian_picker.search_edit
                if mode == GUARDIAN_PARTICIPANT
                else self.guardian_mode
            ),
            "guardian_name": self.guardian_name_edit,
            "guardian_contact": self.guardian_contact_edit,
            "notes": self.notes_edit,
        }
        return mapping.get(name)

    def focus_field(self, name: str) -> QWidget | None:
        widget = self.widget_for_field(name)
        if widget is not None and widget.isEnabled():
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return widget


class SectionFrame(QFrame):
    """A titled block on the participant's view (today's bookings, consent...)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(title, self)
        self.title_label.setObjectName("sectionTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.content = QVBoxLayout(self)
        self.content.setContentsMargins(0, 0, 0, 0)
        self.content.setSpacing(6)
        self.content.addWidget(self.title_label)
