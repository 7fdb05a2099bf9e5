"""Choose a backup to restore: the backups of this database, newest first, with when they were
taken, why, and their size; or another backup file. Restoring asks once, naming what happens.

The dialog only chooses; the Settings page does the restore (services.backup.restore_backup)
and the window reopens the restored file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.services.backup import BackupFile
from makerspace_app.ui.dialogs.confirm import confirm_destructive
from makerspace_app.ui.widgets.message import InlineMessage

CTX = "RestoreBackupDialog"
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
REASONS = {
    "auto": QT_TRANSLATE_NOOP("RestoreBackupDialog", "Automatic (daily)"),
    "manual": QT_TRANSLATE_NOOP("RestoreBackupDialog", "Made on request"),
    "backup": QT_TRANSLATE_NOOP("RestoreBackupDialog", "Made with the command line"),
    "before-upgrade": QT_TRANSLATE_NOOP("RestoreBackupDialog", "Before a schema upgrade"),
    "before-restore": QT_TRANSLATE_NOOP("RestoreBackupDialog", "Before a restore"),
}


def reason_text(reason: str) -> str:
    english = REASONS.get(reason)
    return QCoreApplication.translate(CTX, english) if english else reason


def when_text(backup: BackupFile, locale: QLocale) -> str:
    moment = QDateTime(backup.taken_at.date(), backup.taken_at.time())
    return locale.toString(moment, QLocale.FormatType.LongFormat)


class RestoreBackupDialog(QDialog):
    """``chosen()`` is the backup to restore once the dialog is accepted (after confirming)."""

    def __init__(self, backups: list[BackupFile], folder: Path, database: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setAccessibleName(self.tr("Restore a backup"))
        self.resize(720, 460)
        self._backups = backups
        self._chosen: Path | None = None
        self._database = database

        intro = QLabel(
            self.tr(
                "Choose the backup to put in place of the database %1. The current database "
                "is backed up first, so nothing is lost; then the app opens the restored "
                "file and everyone signs in again."
            ).replace("%1", database)
        )
        intro.setWordWrap(True)
        where = QLabel(self.tr("Backups in %1").replace("%1", str(folder)))
        where.setObjectName("muted")
        where.setWordWrap(True)

        self.list = QTreeWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Taken"), self.tr("Why"), self.tr("Size")])
        header = self.list.header()
        header.setAccessibleName(self.tr("Column headings"))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        locale = self.locale()
        for backup in backups:
            item = QTreeWidgetItem(
                [when_text(backup, locale), reason_text(backup.reason),
                 locale.formattedDataSize(backup.size)]
            )
            item.setData(0, PATH_ROLE, str(backup.path))
            item.setToolTip(0, str(backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.list.itemActivated.connect(lambda *_: self.restore_selected())

        self.empty_label = QLabel(
            self.tr("There are no backups of this database in that folder yet. "
                    "Choose a backup file from elsewhere, or make one with “Back up now”.")
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setVisible(not backups)
        self.list.setVisible(bool(backups))

        self.message = InlineMessage(self)

        self.other_button = QPushButton(self.tr("Choose another file…"))
        self.other_button.setAccessibleName(self.tr("Choose a backup file from another folder"))
        self.other_button.clicked.connect(self.choose_other_file)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close without restoring"))
        self.close_button.clicked.connect(self.reject)
        self.close_button.setDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.restore_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(where)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty_label)
        layout.addStretch(0)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        if backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))
            self.list.setFocus()

    def chosen(self) -> Path | None:
        return self._chosen

    def selected_backup(self) -> BackupFile | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        path = Path(item.data(0, PATH_ROLE))
        return next((b for b in self._backups if b.path == path), None)

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)
        if self.restore_button.isEnabled():
            self.restore_button.setDefault(True)

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None:
            return
        if self.confirm(when_text(backup, self.locale()), backup.path):
            self._chosen = backup.path
            self.accept()

    def choose_other_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a backup file"), "",
            self.tr("Makerspace backups (*.db *.sqlite *.sqlite3);;All files (*)"),
        )
        if path and self.confirm(Path(path).name, Path(path)):
            self._chosen = Path(path)
            self.accept()

    def confirm(self, what: str, path: Path) -> bool:
        return confirm_destructive(
            self,
            self.tr("Restore this backup?"),
            self.tr("Replace the database with the backup %1?").replace("%1", what),
            self.tr(
                "Everything changed since that backup will no longer be in the database. The "
                "current database is saved first as a “before restore” backup, so it can be "
                "brought back. Everyone using this database signs in again afterwards.\n\n"
                "Backup file: %1"
            ).replace("%1", str(path)),
            self.tr("Restore"),
            self.tr("Keep the current database"),
            confirm_name=self.tr("Restore the backup"),
        )
