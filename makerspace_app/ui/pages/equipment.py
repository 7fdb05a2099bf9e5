"""Equipment: the inventory, its equipment categories, and each item's maintenance log.

Left: search as you type (name, asset tag, category) and filters by category, space and
status over the list; every row says its status in words. Right: the item — its photo, the
rules of its category, the maintenance log, and when it is out of service (or about to be
retired) the bookings it affects, each with one action to move or cancel it.

Keys: Ctrl+N adds an item, Ctrl+E edits the one shown, Down in the search field moves to the
list, Enter on the list goes to the item's maintenance entry, Escape in the search field
clears it. CSV import and export are buttons on the page (the same as the command line's
``import equipment`` / ``export equipment``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.enums import EquipmentStatus, StaffRole
from makerspace_app.domain.errors import DomainError
from makerspace_app.ui import tasks
from makerspace_app.ui.areas import Area
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.dialogs.equipment_categories import EquipmentCategoriesDialog
from makerspace_app.ui.dialogs.equipment_item import EquipmentItemDialog
from makerspace_app.ui.dialogs.equipment_transfer import (
    CsvFileDialog,
    ImportRefusedDialog,
)
from makerspace_app.ui.errors import is_domain_error, translate_error
from makerspace_app.ui.models.equipment_model import (
    CATEGORY,
    ID_ROLE,
    NAME,
    SPACE,
    STATUS,
    TAG,
    EquipmentModel,
    status_text,
)
from makerspace_app.ui.pages.base import AreaPage
from makerspace_app.ui.widgets.empty_state import EmptyState
from makerspace_app.ui.widgets.equipment_detail import ItemDetail
from makerspace_app.ui.widgets.message import InlineMessage

log = logging.getLogger(__name__)
SEARCH_DEBOUNCE_MS = 150
IN_USE = "in_use"  # the status filter's default: available and out of service, not retired
EVERYTHING = "all"


class EquipmentPage(AreaPage):
    """The Equipment area. ``show_record(id)`` opens one item."""

    def __init__(self, area: Area, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(area, context, parent)
        self.set_subtitle(self.tr("Find an item by name, asset tag or category; log maintenance "
                                  "and take it out of service."))
        self._listed = False
        self._stale = False
        self._selecting = False
        self._total = 0  # items in the inventory, whatever the filters
        self.active_dialog: QDialog | None = None
        self.import_task: tasks.Task | None = None
        context.data_changed.connect(self._data_changed)
        context.actor_changed.connect(lambda _actor: self._update_role())

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DEBOUNCE_MS)
        self._search_timer.timeout.connect(self.refresh_list)

        # Row 1: search and the actions on the whole inventory.
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("equipmentSearch")
        self.search_edit.setPlaceholderText(self.tr("Name, asset tag or category"))
        self.search_edit.setAccessibleName(self.tr("Find items"))
        self.search_edit.setAccessibleDescription(
            self.tr("Type part of a name, an asset tag or a category; Down moves to the list"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        self.search_edit.installEventFilter(self)
        self.new_button = QPushButton(self.tr("New item"), self)
        self.new_button.setObjectName("newItem")
        self.new_button.setAccessibleName(self.tr("Add a new item (Ctrl+N)"))
        self.new_button.setToolTip(self.tr("Add a new item (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_item)
        self.categories_button = QPushButton(self.tr("Categories…"), self)
        self.categories_button.setObjectName("editCategories")
        self.categories_button.setAccessibleName(
            self.tr("Equipment categories: certification, minimum age, longest booking"))
        self.categories_button.setToolTip(
            self.tr("Equipment categories: certification, minimum age, longest booking"))
        self.categories_button.clicked.connect(lambda: self.edit_categories())
        self.import_button = QPushButton(self.tr("Import CSV…"), self)
        self.import_button.setObjectName("importEquipment")
        self.import_button.setAccessibleName(self.tr("Import equipment from a CSV file"))
        self.import_button.setToolTip(
            self.tr("Columns: asset_tag, name, category, and optionally space, serial_number, "
                    "status, notes. One bad row means nothing is imported."))
        self.import_button.clicked.connect(self.import_csv)
        self.export_button = QPushButton(self.tr("Export CSV…"), self)
        self.export_button.setObjectName("exportEquipment")
        self.export_button.setAccessibleName(self.tr("Export the equipment to a CSV file"))
        self.export_button.setToolTip(self.tr("Every item, retired ones too, in the columns the "
                                              "import reads (opens in Excel)"))
        self.export_button.clicked.connect(self.export_csv)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.categories_button)
        top.addSpacing(8)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)

        # Row 2: the filters.
        self.category_combo = self._combo("categoryFilter", self.tr("Equipment category"))
        self.space_combo = self._combo("spaceFilter", self.tr("Space"))
        self.status_combo = self._combo("statusFilter", self.tr("Status"))
        self.status_combo.addItem(self.tr("In use (not retired)"), IN_USE)
        for status in EquipmentStatus:
            self.status_combo.addItem(status_text(status), status.value)
        self.status_combo.addItem(self.tr("All, retired too"), EVERYTHING)
        self.status_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("muted")
        filters = QHBoxLayout()
        filters.setSpacing(8)
        for caption, combo in ((self.tr("C&ategory"), self.category_combo),
                               (self.tr("S&pace"), self.space_combo),
                               (self.tr("Stat&us"), self.status_combo)):
            label = QLabel(caption, self)
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
            filters.addSpacing(8)
        filters.addStretch(1)
        filters.addWidget(self.count_label)

        self.message = InlineMessage(self)

        # The list and the item.
        self.model = EquipmentModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("equipmentTable")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Items"))
        self.table.setAccessibleDescription(
            self.tr("Enter goes to the item's maintenance log; Ctrl+N adds an item"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().lineSpacing() + 12)
        self.table.verticalHeader().setAccessibleName(self.tr("Items list rows"))
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Items list columns"))
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        # Widths are measured from the rows in _size_columns (resizing to contents asks the
        # model for every row on each layout: a third of the time it takes to show the page).
        for column in (TAG, CATEGORY, SPACE, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.installEventFilter(self)
        self.list_empty = EmptyState("search", self.tr("No item matches"), "", self)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.list_empty)

        self.detail = ItemDetail(context, self)
        self.detail.changed.connect(self._item_changed)
        self.detail.edit_requested.connect(self.edit_item)
        self.placeholder = EmptyState(
            "equipment", self.tr("Choose an item"),
            self.tr("Pick an item from the list to see its maintenance log, or add one (Ctrl+N)."),
            self)
        self.details_stack = QStackedWidget(self)
        self.details_stack.addWidget(self.placeholder)
        self.details_stack.addWidget(self.detail)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("equipmentSplitter")
        self.splitter.setChildrenCollapsible(False)
        list_side = QWidget(self)
        list_layout = QVBoxLayout(list_side)
        list_layout.setContentsMargins(0, 0, 8, 12)
        list_layout.addWidget(self.list_stack)
        self.splitter.addWidget(list_side)
        self.splitter.addWidget(self.details_stack)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([590, 400])

        # Nothing in the inventory yet: teach what the area is for (words set when it shows).
        self.empty_state = EmptyState("equipment", "", "", self)
        self.main_stack = QStackedWidget(self)
        self.main_stack.addWidget(self.splitter)
        self.main_stack.addWidget(self.empty_state)

        self.body.setSpacing(8)
        self.body.addLayout(top)
        self.body.addLayout(filters)
        self.body.addWidget(self.message)
        self.body.addWidget(self.main_stack, 1)

        new = QShortcut(QKeySequence.StandardKey.New, self, self.new_item)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        edit = QShortcut(QKeySequence("Ctrl+E"), self, self.edit_item)
        edit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        for a, b in ((self.search_edit, self.new_button), (self.new_button, self.categories_button),
                     (self.categories_button, self.import_button),
                     (self.import_button, self.export_button),
                     (self.export_button, self.category_combo),
                     (self.category_combo, self.space_combo), (self.space_combo, self.status_combo),
                     (self.status_combo, self.table), (self.table, self.detail.edit_button)):
            QWidget.setTabOrder(a, b)
        self.main_stack.setCurrentWidget(self.empty_state)
        self.refresh_theme()

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._filter_changed)
        return combo

    def refresh_theme(self) -> None:
        super().refresh_theme()
        if hasattr(self, "detail"):
            self.detail.refresh_theme()
            self.model.refresh_icons()
            self.table.verticalHeader().setDefaultSectionSize(
                self.table.fontMetrics().lineSpacing() + 12)
            self._size_columns()

    def _size_columns(self) -> None:
        """Tag and status as wide as their longest text; category and space too, up to about
        fourteen characters (longer ones elide, whole in the tooltip); the name takes the rest."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        rows = self.model.rows()
        pad = metrics.averageCharWidth() * 2 + 8  # the cell's margins, and some air
        cap = metrics.averageCharWidth() * 14

        def widest(column: int, texts: list[str]) -> int:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            return max([metrics.horizontalAdvance(t) for t in texts]
                       + [header.fontMetrics().horizontalAdvance(title)]) + pad

        statuses = [status_text(status) for status in EquipmentStatus]
        icon = self.table.iconSize().width() if self.table.iconSize().isValid() else 16
        header.resizeSection(TAG, widest(TAG, [r.asset_tag for r in rows]))
        header.resizeSection(CATEGORY, min(cap, widest(CATEGORY, [r.category for r in rows])))
        header.resizeSection(SPACE, min(cap, widest(SPACE, [r.space for r in rows])))
        header.resizeSection(STATUS, widest(STATUS, statuses) + max(icon, 16) + 8)

    def _update_role(self) -> None:
        actor = self.context.actor
        from makerspace_app.services.permissions import RANK

        manage = actor is not None and RANK[actor.role] >= RANK[StaffRole.COORDINATOR]
        why = self.tr("Only a coordinator or above can change the inventory.")
        for button in (self.new_button, self.import_button, self.export_button):
            if button.property("usualToolTip") is None:
                button.setProperty("usualToolTip", button.toolTip())
            button.setEnabled(manage and (button is not self.import_button or self.import_task is None))
            button.setToolTip(button.property("usualToolTip") if manage else why)

    # --- the list -------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh_theme()
        self._update_role()
        if not self._listed or self._stale:
            self.refresh_list()
        if self.detail.item is not None:
            self.detail.show_item(self.detail.item.id)
        self.search_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _data_changed(self) -> None:
        if self.detail.emitting:
            return  # our own write: the list row and the item are already up to date
        if self.isVisible():
            self.refresh_list()
            if self.detail.item is not None and self.details_stack.currentWidget() is self.detail:
                self.detail.show_item(self.detail.item.id)
        else:
            self._stale = True

    def _filter_changed(self, _index: int) -> None:
        if self._listed and not self._selecting:
            self.refresh_list()

    def filters(self) -> dict[str, Any]:
        status = self.status_combo.currentData()
        return {
            "category_id": self.category_combo.currentData(),
            "space_id": self.space_combo.currentData(),
            "status": EquipmentStatus(status) if status not in (IN_USE, EVERYTHING, None) else None,
            "include_retired": status == EVERYTHING,
        }

    def refresh_list(self, select_id: int | None = None) -> None:
        """Read the categories, spaces and the items the search and filters match."""
        from makerspace_app.services import equipment, spaces
        from makerspace_app.services.overview import count_records

        self._search_timer.stop()
        if self.context.actor is None:
            return
        text = self.search_edit.text().strip()
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                categories = equipment.list_categories(uow)
                places = spaces.list_spaces(uow)
                rows = equipment.list_items(uow, text, **self.filters())
                total = count_records(uow, ("equipment",))
        except DomainError as err:
            self.message.show_error(translate_error(err))
            return
        self._listed, self._stale, self._total = True, False, total
        self._fill_combo(self.category_combo, self.tr("All categories"),
                         [(c.name, c.id) for c in categories])
        self._fill_combo(self.space_combo, self.tr("All spaces"), [(s.label, s.id) for s in places])
        current = self.detail.item.id if self.details_stack.currentWidget() is self.detail and \
            self.detail.item is not None else None
        self._selecting = True
        try:
            self.model.set_rows(rows)
        finally:
            self._selecting = False
        self._size_columns()
        self._show_list_state(text, len(rows))
        wanted = select_id if select_id is not None else current
        if wanted is not None:
            self._select_row_of(wanted)

    def _fill_combo(self, combo: QComboBox, everything: str, entries: list[tuple[str, int]]) -> None:
        chosen = combo.currentData()
        self._selecting = True
        try:
            combo.clear()
            combo.addItem(everything, None)
            for text, value in entries:
                combo.addItem(text, value)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
        finally:
            self._selecting = False

    def _show_list_state(self, text: str, shown: int) -> None:
        if self._total == 0:
            self.empty_state.set_text(
                self.tr("No equipment yet"),
                self.tr("Items you add appear here with their status, maintenance log and "
                        "bookings. Set up equipment categories (Categories…), then add an item "
                        "(Ctrl+N) or import a CSV file."))
            self.main_stack.setCurrentWidget(self.empty_state)
            self.count_label.clear()
            return
        self.main_stack.setCurrentWidget(self.splitter)
        if shown == 0:
            what = self.tr("No item matches “%1”").replace("%1", text) if text else \
                self.tr("No item matches these filters")
            self.list_empty.set_text(what, self.tr("Check the spelling, type less of the name, "
                                                   "or choose “All” in the filters."))
            self.list_stack.setCurrentWidget(self.list_empty)
            self.count_label.setText(self.tr("No matches"))
        else:
            self.list_stack.setCurrentWidget(self.table)
            self.count_label.setText(self.tr("1 item") if shown == 1
                                     else self.tr("%1 items").replace("%1", str(shown)))

    def _select_row_of(self, item_id: int) -> bool:
        row = self.model.row_for_id(item_id)
        self._selecting = True
        try:
            selection = self.table.selectionModel()
            if row is None:
                selection.clearSelection()
                return False
            index = self.model.index(row, NAME)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                      | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
            return True
        finally:
            self._selecting = False

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        item_id = current.data(ID_ROLE)
        if item_id is not None:
            self.open_item(int(item_id))

    # --- one item -------------------------------------------------------------------------

    def open_item(self, item_id: int) -> bool:
        if self.detail.item is None or self.detail.item.id != item_id:
            self.detail.clear()
        shown = self.detail.show_item(item_id)
        if shown is None:
            self.details_stack.setCurrentWidget(self.placeholder)
            return False
        self.details_stack.setCurrentWidget(self.detail)
        return True

    def show_record(self, item_id: int) -> None:
        """Open an item (the global search calls this): shown in the list even if filtered out."""
        if not self._listed:
            self.refresh_list()
        if self.model.row_for_id(item_id) is None:
            self._selecting = True
            try:
                self.search_edit.blockSignals(True)
                self.search_edit.clear()
                self.search_edit.blockSignals(False)
                self.category_combo.setCurrentIndex(0)
                self.space_combo.setCurrentIndex(0)
                self.status_combo.setCurrentIndex(self.status_combo.findData(EVERYTHING))
            finally:
                self._selecting = False
            self.refresh_list()
        if self.open_item(item_id):
            self._select_row_of(item_id)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _item_changed(self, row: Any) -> None:
        """After a write on the item: the list shows its new values (or rereads)."""
        if row is None:
            return
        still_matches = self.filters()["include_retired"] or row.status is not EquipmentStatus.RETIRED
        if not still_matches or not self.model.replace_row(row):
            self.refresh_list()

    # --- dialogs --------------------------------------------------------------------------

    def _reference_data(self) -> tuple[list, list] | None:
        from makerspace_app.services import equipment, spaces

        try:
            with self.context.unit_of_work(read_only=True) as uow:
                return equipment.list_categories(uow), spaces.list_spaces(uow)
        except DomainError as err:
            self.message.show_error(translate_error(err))
            return None

    def new_item(self) -> None:
        """Ctrl+N: add an item (first a category, when there is none yet)."""
        if self.active_dialog is not None or self.context.actor is None:
            return
        data = self._reference_data()
        if data is None:
            return
        categories, places = data
        if not categories:
            self.message.show_message(
                self.tr("Every item belongs to an equipment category. Add one first; then add "
                        "the item."), "info")
            self.edit_categories(then_new_item=True)
            return
        self._open_dialog(EquipmentItemDialog(
            self.context, categories, places, self,
            category_id=self.category_combo.currentData(), space_id=self.space_combo.currentData()))

    def edit_item(self) -> None:
        """Ctrl+E: edit the item shown."""
        item = self.detail.item
        if item is None or self.active_dialog is not None or \
                self.details_stack.currentWidget() is not self.detail:
            return
        data = self._reference_data()
        if data is None:
            return
        self._open_dialog(EquipmentItemDialog(self.context, data[0], data[1], self, item))

    def edit_categories(self, then_new_item: bool = False) -> None:
        if self.active_dialog is not None or self.context.actor is None:
            return
        try:
            dialog = EquipmentCategoriesDialog(self.context, self)
        except DomainError as err:
            self.message.show_error(translate_error(err))
            return
        dialog.finished.connect(lambda _r, d=dialog: self._categories_closed(d, then_new_item))
        self.active_dialog = dialog
        dialog.open()

    def _categories_closed(self, dialog: EquipmentCategoriesDialog, then_new_item: bool) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()
        if dialog.changed:
            self.refresh_list()
            if self.detail.item is not None:
                self.detail.show_item(self.detail.item.id)
        if then_new_item and dialog.categories:
            self.message.clear()
            QTimer.singleShot(0, self.new_item)

    def _open_dialog(self, dialog: EquipmentItemDialog) -> None:
        self.active_dialog = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._item_dialog_closed(d))
        dialog.open()

    def _item_dialog_closed(self, dialog: EquipmentItemDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()
        saved = dialog.item
        if saved is None:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        added = dialog.editing is None
        self.refresh_list(select_id=saved.id)
        if self.model.row_for_id(saved.id) is None:
            self.show_record(saved.id)  # filtered out: show it anyway
        else:
            self.open_item(saved.id)
            self._select_row_of(saved.id)
        self.detail.message.show_message(
            (self.tr("Added %1.") if added else self.tr("Saved %1.")).replace("%1", saved.name),
            "success")
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- CSV ------------------------------------------------------------------------------

    def import_csv(self) -> bool:
        """Ask for a file and import it off the UI thread; every bad row is listed."""
        if self.import_task is not None or self.context.actor is None:
            return False
        path = CsvFileDialog.ask_open(self, str(Path.home()))
        if not path:
            return False
        from makerspace_app.services import transfer

        context = self.context

        def work() -> Any:
            with context.unit_of_work() as uow:
                return transfer.import_equipment(uow, Path(path))

        self.message.show_message(self.tr("Importing %1…").replace("%1", Path(path).name), "info")
        self.import_task = tasks.run(work, lambda report: self._imported(path, report),
                                     lambda err: self._import_failed(path, err))
        self._set_importing(True)
        return True

    def _set_importing(self, busy: bool) -> None:
        self.import_button.setText(self.tr("Importing…") if busy else self.tr("Import CSV…"))
        if not busy:
            self.import_task = None
        self._update_role()

    def _imported(self, path: str, report: Any) -> None:
        self._set_importing(False)
        self.message.show_message(
            self.tr("Imported %1: %2 new item(s), %3 updated.").replace("%1", Path(path).name)
            .replace("%2", str(report.created)).replace("%3", str(report.updated)), "success")
        self.context.data_changed.emit()
        self.refresh_list()

    def _import_failed(self, path: str, err: BaseException) -> None:
        from makerspace_app.services.csv_io import ImportRefused

        self._set_importing(False)
        if isinstance(err, ImportRefused):
            first = err.problems[0][1] if err.problems else None
            if is_domain_error(first):  # the first row's reason in the user's language too
                summary = DomainError(err.template, **{**err.params, "reason": translate_error(first)})
                summary.context = err.context
                self.message.show_error(translate_error(summary))
            else:
                self.message.show_error(translate_error(err))
            dialog = ImportRefusedDialog(self, Path(path).name, err.problems)
            dialog.finished.connect(lambda _r, d=dialog: self._refused_closed(d))
            self.active_dialog = dialog
            dialog.open()
            return
        if not is_domain_error(err):
            log.error("Equipment import failed", exc_info=(type(err), err, err.__traceback__))
        self.message.show_error(translate_error(err))

    def _refused_closed(self, dialog: QDialog) -> None:
        if self.active_dialog is dialog:
            self.active_dialog = None
        dialog.deleteLater()

    def export_csv(self) -> bool:
        from makerspace_app.services import transfer

        if self.context.actor is None:
            return False
        path = CsvFileDialog.ask_save(self, str(Path.home() / "equipment.csv"))
        if not path:
            return False
        try:
            with self.context.unit_of_work() as uow:
                count = transfer.export_equipment(uow, Path(path))
        except DomainError as err:
            self.message.show_error(translate_error(err))
            return False
        self.message.show_message(
            (self.tr("Exported 1 item to %2.") if count == 1 else
             self.tr("Exported %1 items to %2.")).replace("%1", str(count)).replace("%2", path),
            "success")
        return True

    # --- keys -----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if watched is self.search_edit:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.refresh_list()
                if self.model.rowCount() == 1:  # a scanned asset tag opens the item
                    self.show_record(int(self.model.data(self.model.index(0, NAME), ID_ROLE)))
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
        elif watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self.table.currentIndex()
            if index.isValid():
                item_id = int(index.data(ID_ROLE))
                if self.detail.item is None or self.detail.item.id != item_id:
                    self.open_item(item_id)
                if self.detail.entry_edit.isEnabled():
                    self.detail.entry_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False
