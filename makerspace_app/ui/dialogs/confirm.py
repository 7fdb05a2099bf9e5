"""Ask once before an action that cannot be undone (UX.md: destructive actions ask once,
naming what will happen). The safe answer is the default and what Escape chooses."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_destructive(
    parent: QWidget | None,
    title: str,
    text: str,
    details: str,
    confirm_label: str,
    keep_label: str,
    *,
    confirm_name: str | None = None,
    keep_name: str | None = None,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
) -> bool:
    """True when the person chose ``confirm_label``. Labels and names arrive translated."""
    box = QMessageBox(parent)
    box.setIcon(icon)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setText(text)
    box.setInformativeText(details)
    confirm = box.addButton(confirm_label, QMessageBox.ButtonRole.DestructiveRole)
    confirm.setAccessibleName(confirm_name or confirm_label)
    keep = box.addButton(keep_label, QMessageBox.ButtonRole.RejectRole)
    keep.setAccessibleName(keep_name or keep_label)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is confirm
