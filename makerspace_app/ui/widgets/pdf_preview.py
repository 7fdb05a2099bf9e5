"""A PDF shown in the app (QtPdf) and printed through the system print dialog.

QtPdf comes in its own wheel since PySide6 6.12 (``PySide6-Pdf``, by the Qt for Python team;
before 6.12 it was part of ``PySide6-Addons``). ``print_pdf`` renders every page at the
printer's resolution into an image and paints it on the ``QPrinter`` (what PRINTING.md
measured: about 0.7 s an A4 page at 300 dpi), with a progress dialog that can be cancelled
between pages.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PdfPreview(QWidget):
    """The pages of one PDF, scrolled one under the other, with zoom buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setAccessibleName(self.tr("Preview of the pages to print"))
        self.view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages_label = QLabel(self)
        self.pages_label.setObjectName("muted")
        self.fit_button = QPushButton(self.tr("Fit width"), self)
        self.fit_button.setAccessibleName(self.tr("Zoom: fit the page width"))
        self.fit_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        self.whole_button = QPushButton(self.tr("Whole page"), self)
        self.whole_button.setAccessibleName(self.tr("Zoom: show whole pages"))
        self.whole_button.clicked.connect(
            lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        bar = QHBoxLayout()
        bar.addWidget(self.pages_label, 1)
        bar.addWidget(self.fit_button)
        bar.addWidget(self.whole_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.document.statusChanged.connect(self._status_changed)
        self._status_changed()

    def load(self, path: str) -> bool:
        """Show the PDF at ``path``; False when it cannot be read."""
        self.document.close()
        error = self.document.load(path)
        return error == QPdfDocument.Error.None_

    def clear(self) -> None:
        self.document.close()
        self._status_changed()

    def page_count(self) -> int:
        return self.document.pageCount()

    def _status_changed(self, *_args: object) -> None:
        count = self.document.pageCount()
        if count:
            self.pages_label.setText(self.tr("%n page(s)", "", count))
        else:
            self.pages_label.setText(self.tr("Nothing to preview yet"))
        for button in (self.fit_button, self.whole_button):
            button.setEnabled(count > 0)


def print_pdf(document: QPdfDocument, printer: QPrinter, parent: QWidget | None = None) -> bool:
    """Paint every page of ``document`` on ``printer`` (as chosen in the print dialog).

    Each page is rendered at the printer's resolution and scaled into the printable area
    keeping its proportions. Returns False when the person cancelled (pages already sent
    stay sent; the rest are not)."""
    count = document.pageCount()
    if count == 0:
        return False
    first, last = printer.fromPage(), printer.toPage()
    pages = range(max(first, 1) - 1, min(last, count)) if first or last else range(count)
    progress = QProgressDialog(
        QApplication.translate("PdfPreview", "Sending pages to the printer…"),
        QApplication.translate("PdfPreview", "Cancel"), 0, len(pages), parent)
    progress.setWindowTitle(QApplication.translate("PdfPreview", "Printing"))
    progress.setAccessibleName(QApplication.translate("PdfPreview", "Printing progress"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        dpi = printer.resolution()
        area = printer.pageLayout().paintRectPixels(dpi)
        for done, index in enumerate(pages):
            if progress.wasCanceled():
                return False
            if done:
                printer.newPage()
            points = document.pagePointSize(index)
            scale = min(area.width() / points.width(), area.height() / points.height())
            size = QSize(round(points.width() * scale), round(points.height() * scale))
            image = document.render(index, size)
            x = (area.width() - size.width()) / 2
            y = (area.height() - size.height()) / 2
            painter.drawImage(QPointF(x, y), image)
            progress.setValue(done + 1)
            QApplication.processEvents()
    finally:
        painter.end()
        progress.close()
    return True
