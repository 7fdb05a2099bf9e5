"""Reports: what the makerspace achieved, for the team and its funders (coordinators).

Choose a report (equipment use, workshop attendance and completion, reach) and a period (two
dates with calendar pop-ups, or one of the quick choices: this month, last month, this year,
last year), then Make report (Enter). The report is computed off the UI thread
(``ui.tasks``) with a progress bar naming each step and a Cancel button (Escape); the rest of
the app stays usable. The figures are shown as key-figure cards, bar charts, a weekday-by-hour
heat map and tables; every chart also says what it shows in words. Reach figures from 1 to 4
show as "<5" (the service already replaced them). Save as PDF or CSV writes the shown report
with ``reports.export`` (also off the UI thread).

Only coordinators and admins make reports: the service refuses anyone else, and the page
shows that refusal in its own words instead of the controls.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QObject, QStandardPaths, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.enums import StaffRole
from makerspace_app.domain.errors import DomainError, PermissionDenied
from makerspace_app.i18n import QT_TRANSLATE_NOOP
from makerspace_app.reports import queries as q
from makerspace_app.ui import tasks, theme
from makerspace_app.ui.areas import Area
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.errors import translate_error
from makerspace_app.ui.pages.base import AreaPage
from makerspace_app.ui.widgets.charts import BarChart, BarSet, HeatMap
from makerspace_app.ui.widgets.empty_state import EmptyState
from makerspace_app.ui.widgets.message import InlineMessage
from makerspace_app.ui.widgets.report_table import (
    KeyFigures,
    ReportTableView,
    format_value,
)
from makerspace_app.ui.widgets.report_table import tr as report_tr

log = logging.getLogger(__name__)

#: The reports, in the order offered, with the words naming them.
REPORT_NAMES = {
    "usage": QT_TRANSLATE_NOOP("ReportsPage", "Equipment use"),
    "workshops": QT_TRANSLATE_NOOP("ReportsPage", "Workshop attendance and completion"),
    "reach": QT_TRANSLATE_NOOP("ReportsPage", "Reach: who the makerspace served"),
}
QUICK_CHOICES = (
    ("this_month", QT_TRANSLATE_NOOP("ReportsPage", "This month")),
    ("last_month", QT_TRANSLATE_NOOP("ReportsPage", "Last month")),
    ("this_year", QT_TRANSLATE_NOOP("ReportsPage", "This year")),
    ("last_year", QT_TRANSLATE_NOOP("ReportsPage", "Last year")),
)
CHART_LIMIT = 15  # bars in a chart of workshops or languages; the table lists them all

# Full weekday names for the words of the heat map (its labels are the short ones).
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("ReportsPage", "Monday"), QT_TRANSLATE_NOOP("ReportsPage", "Tuesday"),
    QT_TRANSLATE_NOOP("ReportsPage", "Wednesday"), QT_TRANSLATE_NOOP("ReportsPage", "Thursday"),
    QT_TRANSLATE_NOOP("ReportsPage", "Friday"), QT_TRANSLATE_NOOP("ReportsPage", "Saturday"),
    QT_TRANSLATE_NOOP("ReportsPage", "Sunday"),
)


def _page_tr(text: str) -> str:
    return QCoreApplication.translate("ReportsPage", text)


def quick_period(choice: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of a quick choice, seen from ``today``."""
    if choice == "this_month":
        first = today.replace(day=1)
        return first, _month_end(first)
    if choice == "last_month":
        last = today.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    if choice == "this_year":
        return dt.date(today.year, 1, 1), dt.date(today.year, 12, 31)
    if choice == "last_year":
        return dt.date(today.year - 1, 1, 1), dt.date(today.year - 1, 12, 31)
    raise ValueError(f"unknown quick choice {choice!r}")


def _month_end(first: dt.date) -> dt.date:
    following = (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class SaveReportDialog:
    """Where to save the report (tests replace ``ask``)."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested_path: str, fmt: str) -> str | None:
        if fmt == "pdf":
            caption = QCoreApplication.translate("ReportsPage", "Save the report as PDF")
            filters = QCoreApplication.translate("ReportsPage", "PDF files (*.pdf)")
        else:
            caption = QCoreApplication.translate("ReportsPage", "Save the report as CSV")
            filters = QCoreApplication.translate("ReportsPage", "CSV files for spreadsheets (*.csv)")
        path, _ = QFileDialog.getSaveFileName(parent, caption, suggested_path, filters)
        return path or None


class ReportsPage(AreaPage):
    def __init__(self, area: Area, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(area, context, parent)
        self.set_subtitle(self.tr(
            "Equipment use, workshop attendance and completion, and the people reached, for "
            "any period: for your team, your funders and your annual report."))
        self.report: Any = None  # the report shown
        self._task: tasks.Task | None = None
        self._save_task: tasks.Task | None = None
        self._tz: Any = None
        self._allowed: bool | None = None
        self._period_chosen = False
        context.actor_changed.connect(self._actor_changed)

        self.stack = QStackedWidget(self)
        self.body.addWidget(self.stack, 1)

        # The refusal for staff members who may not make reports.
        self.denied_state = EmptyState("reports", self.tr("Reports are for coordinators"), "", self)
        # The reports themselves.
        self.main = QWidget(self)
        column = QVBoxLayout(self.main)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self._build_controls())
        column.addWidget(self._build_progress())
        self.message = InlineMessage(self.main)
        column.addWidget(self.message)

        self.results = QStackedWidget(self.main)
        self.empty_state = EmptyState(
            "reports", self.tr("No report made yet"),
            self.tr("Choose a report and a period, then Make report (Enter). Or pick one of the "
                    "quick choices: this month, last month, this year, last year."), self.main)
        self.scroll = QScrollArea(self.main)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.addWidget(self.empty_state)
        self.results.addWidget(self.scroll)
        column.addWidget(self.results, 1)
        self.content: QWidget | None = None

        self.stack.addWidget(self.main)
        self.stack.addWidget(self.denied_state)

        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut = QShortcut(QKeySequence(key), self.main)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self._enter_pressed)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.main)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.cancel)
        self._set_busy(False)
        self._update_buttons()
        self.refresh_theme()

    # --- building -------------------------------------------------------------------------

    def _build_controls(self) -> QWidget:
        box = QFrame(self)
        box.setObjectName("card")
        grid = QGridLayout(box)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)

        report_label = QLabel(self.tr("&Report"), box)
        self.kind_combo = QComboBox(box)
        self.kind_combo.setAccessibleName(self.tr("Report"))
        for kind in q.KINDS:
            self.kind_combo.addItem(_page_tr(REPORT_NAMES[kind]), kind)
        # As wide as the longest name when there is room, narrower (eliding) when there is
        # not: the minimum is set in refresh_theme, from the font.
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        report_label.setBuddy(self.kind_combo)

        from_label = QLabel(self.tr("&From"), box)
        self.from_edit = self._date_edit(self.tr("First day of the period"))
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("&To"), box)
        self.to_edit = self._date_edit(self.tr("Last day of the period"))
        to_label.setBuddy(self.to_edit)

        self.make_button = QPushButton(self.tr("Make report"), box)
        self.make_button.setProperty("primary", True)
        self.make_button.setAccessibleName(self.tr("Make the report for the chosen period"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make_report)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(report_label)
        top.addWidget(self.kind_combo)
        top.addSpacing(16)
        top.addWidget(from_label)
        top.addWidget(self.from_edit)
        top.addWidget(to_label)
        top.addWidget(self.to_edit)
        top.addStretch(1)
        top.addWidget(self.make_button)
        grid.addLayout(top, 0, 0, 1, 2)

        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        quick = QLabel(self.tr("Quick choice:"), box)
        quick.setObjectName("muted")
        bottom.addWidget(quick)
        self.quick_buttons: dict[str, QPushButton] = {}
        for key, text in QUICK_CHOICES:
            button = QPushButton(_page_tr(text), box)
            button.setAccessibleName(self.tr("Make the report for {period}").format(
                period=_page_tr(text).lower()))
            button.clicked.connect(lambda _checked=False, k=key: self.choose_quick(k))
            self.quick_buttons[key] = button
            bottom.addWidget(button)
        bottom.addStretch(1)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"), box)
        self.pdf_button.setAccessibleName(self.tr("Save the shown report as a PDF file"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.csv_button = QPushButton(self.tr("Save as CSV…"), box)
        self.csv_button.setAccessibleName(
            self.tr("Save the shown report as a CSV file for spreadsheets"))
        self.csv_button.clicked.connect(lambda: self.save("csv"))
        self._save_row = QHBoxLayout()
        self._save_row.setSpacing(6)
        self._save_row.addStretch(1)
        self._save_row.addWidget(self.pdf_button)
        self._save_row.addWidget(self.csv_button)
        self._controls_grid, self._quick_row = grid, bottom
        grid.addLayout(bottom, 1, 0)
        grid.addLayout(self._save_row, 1, 1)
        box.installEventFilter(self)

        self.setTabOrder(self.kind_combo, self.from_edit)
        self.setTabOrder(self.from_edit, self.to_edit)
        self.setTabOrder(self.to_edit, self.make_button)
        previous: QWidget = self.make_button
        for button in (*self.quick_buttons.values(), self.pdf_button, self.csv_button):
            self.setTabOrder(previous, button)
            previous = button
        return box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and isinstance(watched, QFrame):
            self._place_save_buttons(watched.width())
        return super().eventFilter(watched, event)

    def _place_save_buttons(self, width: int) -> None:
        """The save buttons beside the quick choices, or under them when both do not fit (a
        large zoom, long translations)."""
        grid = self._controls_grid
        margins = grid.contentsMargins()
        needed = (self._quick_row.sizeHint().width() + self._save_row.sizeHint().width()
                  + grid.horizontalSpacing() + margins.left() + margins.right())
        below = width < needed
        if below == (grid.getItemPosition(grid.indexOf(self._save_row))[0] == 2):
            return
        grid.removeItem(self._save_row)
        self._save_row.setParent(None)  # free to be added again (Qt refuses a parented one)
        if below:
            grid.addLayout(self._save_row, 2, 0, 1, 2)
        else:
            grid.addLayout(self._save_row, 1, 1)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setAccessibleName(name)
        edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        edit.setMinimumDate(QDate(2000, 1, 1))
        edit.setMaximumDate(QDate(2100, 12, 31))
        edit.setMinimumHeight(QComboBox().sizeHint().height())
        edit.setMinimumWidth(edit.sizeHint().width() + 24)
        return edit

    def _build_progress(self) -> QWidget:
        self.progress_box = QWidget(self)
        row = QHBoxLayout(self.progress_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.progress_label = QLabel(self.progress_box)
        self.progress_label.setMinimumWidth(260)
        self.progress_bar = QProgressBar(self.progress_box)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setAccessibleName(self.tr("Progress of the report"))
        self.progress_bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.cancel_button = QPushButton(self.tr("Cancel"), self.progress_box)
        self.cancel_button.setAccessibleName(self.tr("Stop making the report"))
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.progress_label)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        return self.progress_box

    # --- showing the page -----------------------------------------------------------------

    def on_shown(self) -> None:
        self._check_allowed()
        if self._allowed and not self._period_chosen:
            first, last = quick_period("this_month", self.today())
            self.set_period(first, last)
            self._period_chosen = True

    def _check_allowed(self) -> None:
        """Ask the service whether the signed-in staff member may make reports."""
        from makerspace_app.services import settings
        from makerspace_app.services.permissions import require

        if self.context.actor is None:
            return
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                self._tz = settings.timezone(uow)
                require(uow, StaffRole.COORDINATOR, q.ACTION_REPORTS)
        except PermissionDenied as err:
            self._allowed = False
            self.denied_state.set_text(
                self.tr("Reports are for coordinators"),
                translate_error(err) + " " + self.tr(
                    "Reports show figures about every participant, so only coordinators and "
                    "admins make them."))
            self.stack.setCurrentWidget(self.denied_state)
            return
        except DomainError as err:
            self._allowed = None
            self.stack.setCurrentWidget(self.main)
            self.message.show_error(err)
            return
        self._allowed = True
        self.stack.setCurrentWidget(self.main)

    def _actor_changed(self, _actor: object) -> None:
        # A report stays with the person who made it: the next person starts afresh.
        self.cancel()
        self.report = None
        self._allowed = None
        self._clear_content()
        self.results.setCurrentWidget(self.empty_state)
        self.message.clear()
        self._update_buttons()

    def today(self) -> dt.date:
        tz = self._tz
        return dt.datetime.now(tz).date() if tz is not None else dt.date.today()

    def set_period(self, first: dt.date, last: dt.date) -> None:
        self.from_edit.setDate(_qdate(first))
        self.to_edit.setDate(_qdate(last))

    def period(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.from_edit.date()), _pydate(self.to_edit.date())

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    # --- making a report --------------------------------------------------------------------

    def choose_quick(self, choice: str) -> None:
        first, last = quick_period(choice, self.today())
        self.set_period(first, last)
        self.make_report()

    def _kind_changed(self, _index: int) -> None:
        if self.report is not None:
            self.make_report()

    def _enter_pressed(self) -> None:
        focus = self.focusWidget()
        if isinstance(focus, QPushButton) and focus is not self.make_button:
            focus.click()
        elif self.make_button.isEnabled():
            self.make_report()

    def make_report(self) -> None:
        """Compute the chosen report off the UI thread."""
        if self.context.actor is None:
            return
        if self._allowed is None:
            self._check_allowed()
        if not self._allowed:
            return
        self.cancel()
        kind = self.kind()
        first, last = self.period()
        db, actor = self.context.db, self.context.actor

        def work(report: tasks.Progress) -> Any:
            from makerspace_app.services.uow import unit_of_work

            def progress(step: str, fraction: float) -> None:
                if report.cancelled:
                    raise tasks.Cancelled()
                report(step, fraction)

            with unit_of_work(db, actor, read_only=True) as uow:
                return q.build_report(uow, kind, first, last, progress)

        self.message.clear()
        self.progress_bar.setValue(0)
        self.progress_label.setText(self.tr("Making the report…"))
        self._set_busy(True)
        self._task = tasks.run(work, self._report_done, self._report_failed, self._progress)
        task = self._task
        task.finished.connect(lambda: self._task_over(task))

    def _task_over(self, task: tasks.Task) -> None:
        if self._task is task:
            self._task = None
            self._set_busy(False)

    def _progress(self, step: str, fraction: float) -> None:
        self.progress_bar.setValue(int(max(0.0, min(1.0, fraction)) * 100))
        self.progress_label.setText(report_tr(step))

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
            self.progress_label.setText(self.tr("Stopped."))
        self._set_busy(False)

    def is_busy(self) -> bool:
        return self._task is not None

    def _report_done(self, report: Any) -> None:
        self.report = report
        self.show_report(report)

    def _report_failed(self, err: BaseException) -> None:
        self.message.show_error(translate_error(err))
        if isinstance(err, PermissionDenied):
            self._check_allowed()

    def _set_busy(self, busy: bool) -> None:
        self.progress_box.setVisible(busy)
        self.cancel_button.setEnabled(busy)
        self._update_buttons()

    def _update_buttons(self) -> None:
        saving = self._save_task is not None
        shown = self.report is not None
        self.pdf_button.setEnabled(shown and not saving)
        self.csv_button.setEnabled(shown and not saving)

    # --- showing a report -----------------------------------------------------------------

    def _clear_content(self) -> None:
        if self.content is not None:
            old = self.scroll.takeWidget()
            if old is not None:
                old.deleteLater()
            self.content = None

    def show_report(self, report: Any) -> None:
        self._clear_content()
        locale = QLocale()
        content = QWidget()
        content.setObjectName("reportContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 4, 16, 24)
        layout.setSpacing(10)
        self.charts: dict[str, Any] = {}
        self.tables: dict[str, ReportTableView] = {}

        heading = QLabel(report_tr(report.title), content)
        heading.setObjectName("sectionTitle")
        heading.setFont(theme.heading_font(self, 1.3))
        layout.addWidget(heading)
        made = report.period.generated_at.astimezone(self._tz) if self._tz else report.period.generated_at
        self.period_label = QLabel(self.tr("{first} to {last} ({days} days, time zone {zone}). "
                                           "Made at {time}.").format(
            first=locale.toString(_qdate(report.period.first_day), QLocale.FormatType.LongFormat),
            last=locale.toString(_qdate(report.period.last_day), QLocale.FormatType.LongFormat),
            days=locale.toString(report.period.days), zone=report.period.timezone,
            time=locale.toString(made.time().replace(microsecond=0), QLocale.FormatType.ShortFormat)),
            content)
        self.period_label.setObjectName("muted")
        self.period_label.setWordWrap(True)
        layout.addWidget(self.period_label)
        if isinstance(report, q.ReachReport):
            privacy = QLabel(self.tr("To protect privacy, any figure from 1 to 4 is shown as "
                                     "“<5”, so that no one can be singled out."), content)
            privacy.setWordWrap(True)
            layout.addWidget(privacy)
        self.key_figures = KeyFigures(report.summary, content, locale=locale)
        layout.addWidget(self.key_figures)

        if isinstance(report, q.UsageReport):
            self._show_usage(report, layout, content, locale)
        elif isinstance(report, q.WorkshopsReport):
            self._show_workshops(report, layout, content, locale)
        else:
            self._show_reach(report, layout, content, locale)

        layout.addWidget(self._section(self.tr("How these figures are counted"), content))
        for note in report.notes:
            label = QLabel("• " + report_tr(note), content)
            label.setWordWrap(True)
            label.setObjectName("muted")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)
        self.content = content
        self.scroll.setWidget(content)
        self.scroll.verticalScrollBar().setValue(0)
        self.results.setCurrentWidget(self.scroll)
        self._update_buttons()

    def _section(self, title: str, parent: QWidget) -> QLabel:
        label = QLabel(title, parent)
        label.setObjectName("sectionTitle")
        label.setFont(theme.heading_font(self, 1.1))
        label.setContentsMargins(0, 12, 0, 0)
        label.setWordWrap(True)  # two charts side by side: a long title must not widen the page
        return label

    def _say(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setWordWrap(True)
        label.setObjectName("muted")
        return label

    def _table(self, table: q.Table, parent: QWidget, locale: QLocale) -> ReportTableView:
        view = ReportTableView(table, parent, locale)
        self.tables[table.key] = view
        return view

    def _chart(self, key: str, title: str, labels: list[str], sets: list[BarSet], parent: QWidget,
               axis: str = "", maximum: float | None = None) -> QWidget:
        """A titled chart: its title above, the chart below."""
        box = QWidget(parent)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(4)
        inner.addWidget(self._section(title, box))
        chart = BarChart(title, box)
        chart.set_data(labels, sets, axis, maximum)
        inner.addWidget(chart)
        self.charts[key] = chart
        return box

    def _side_by_side(self, left: QWidget, right: QWidget, parent: QWidget) -> QWidget:
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(24)
        layout.addWidget(left, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(right, 1, Qt.AlignmentFlag.AlignTop)
        return row

    def _hours_set(self, name: str, values: list[float], locale: QLocale) -> BarSet:
        whole = max(values, default=0) >= 100
        texts = tuple(self.tr("{value} h").format(value=locale.toString(float(v), "f", 0 if whole else 1))
                      for v in values)
        return BarSet(name, tuple(values), texts)

    def _show_usage(self, report: q.UsageReport, layout: QVBoxLayout, content: QWidget,
                    locale: QLocale) -> None:
        if not report.items.rows:
            layout.addWidget(self._say(self.tr("No equipment was registered by the end of the "
                                               "period."), content))
            return
        series = report.hours_by_category
        by_category = self._chart(
            "categories", report_tr(series.title), [report_tr(label) for label in series.labels],
            [self._hours_set(self.tr("Booked hours"), list(series.values), locale)], content)
        busiest_rows = report.busiest.rows
        if busiest_rows:
            busiest = self._chart(
                "busiest", report_tr(report.busiest.title), [r[1] for r in busiest_rows],
                [self._hours_set(self.tr("Booked hours"), [r[5] for r in busiest_rows], locale)],
                content)
        else:
            busiest = QWidget(content)
            inner = QVBoxLayout(busiest)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(self._section(report_tr(report.busiest.title), busiest))
            inner.addWidget(self._say(self.tr("No item was booked in the period."), busiest))
        layout.addWidget(self._side_by_side(by_category, busiest, content))

        heat = report.heatmap
        layout.addWidget(self._section(report_tr(heat.title), content))
        layout.addWidget(self._say(self.tr(
            "Booked hours in each local hour of the day over the whole period. The stronger the "
            "colour, the busier the hour; every cell shows its hours. Focus the map and use the "
            "arrow keys to hear each hour."), content))
        self.heatmap = HeatMap(report_tr(heat.title), content)
        self._fill_heatmap(heat, locale)
        layout.addWidget(self.heatmap)
        self.heatmap_summary = self._say(self._heat_summary(heat, locale), content)
        layout.addWidget(self.heatmap_summary)

        layout.addWidget(self._section(self.tr("Categories"), content))
        layout.addWidget(self._table(report.categories, content, locale))
        if busiest_rows:
            layout.addWidget(self._section(report_tr(report.busiest.title), content))
            layout.addWidget(self._table(report.busiest, content, locale))
        layout.addWidget(self._section(report_tr(report.idle.title), content))
        if report.idle.rows:
            layout.addWidget(self._table(report.idle, content, locale))
        else:
            layout.addWidget(self._say(self.tr("Every item was booked at least once in the "
                                               "period."), content))
        layout.addWidget(self._section(report_tr(report.items.title), content))
        layout.addWidget(self._table(report.items, content, locale))

    def _heat_number(self, value: float, top: float, locale: QLocale) -> str:
        if round(value, 2) == 0:
            return "0" if value == 0 else locale.toString(0.0, "f", 0)
        if top < 10:
            text = locale.toString(float(value), "f", 2)
            decimal = locale.decimalPoint()
            if decimal in text:
                text = text.rstrip("0").rstrip(decimal)
            return text
        return locale.toString(float(value), "f", 0)

    def _fill_heatmap(self, heat: q.HeatMap, locale: QLocale) -> None:
        used = [h for h in heat.hours if any(row[h] > 0 for row in heat.values)]
        hours = list(range(min(used), max(used) + 1)) if used else list(range(9, 18))
        top = heat.maximum
        self.heatmap.set_data(
            row_labels=[report_tr(label) for label in heat.row_labels],
            row_names=[_page_tr(name) for name in WEEKDAY_NAMES],
            hours=hours,
            hour_labels=[f"{h:02d}" for h in hours],
            values=[[row[h] for h in hours] for row in heat.values],
            texts=[[self._heat_number(row[h], top, locale) for h in hours] for row in heat.values],
            totals=[self._heat_number(sum(row), top, locale) for row in heat.values],
            total_title=report_tr("Total"),
            legend_title=self.tr("Booked hours:"),
            scale_texts=("0", self._heat_number(top, top, locale)),
            cell_words=self.tr("{day}, {hour}:00: {value} booked hours"),
        )

    def _heat_summary(self, heat: q.HeatMap, locale: QLocale) -> str:
        cells = sorted(((v, d, h) for d, row in enumerate(heat.values) for h, v in enumerate(row)
                        if v > 0), key=lambda c: (-c[0], c[1], c[2]))[:3]
        if not cells:
            return self.tr("No booked hours in the period.")
        busiest = "; ".join(self.tr("{day} {hour}:00 ({value} h)").format(
            day=_page_tr(WEEKDAY_NAMES[d]), hour=f"{h:02d}",
            value=locale.toString(float(v), "f", 1)) for v, d, h in cells)
        days = [sum(row) for row in heat.values]
        best = max(range(7), key=lambda d: days[d])
        return self.tr("Busiest hours: {hours}. Busiest day: {day} ({value} h).").format(
            hours=busiest, day=_page_tr(WEEKDAY_NAMES[best]),
            value=locale.toString(float(days[best]), "f", 1))

    def _show_workshops(self, report: q.WorkshopsReport, layout: QVBoxLayout, content: QWidget,
                        locale: QLocale) -> None:
        table = report.workshops
        if not table.rows:
            layout.addWidget(self._say(self.tr("No workshop had a session in the period."), content))
            return
        names = table.column_names
        i_enrolled, i_held = names.index("Enrolled"), names.index("Sessions held")
        i_att, i_comp = names.index("Attendance rate (%)"), names.index("Completion rate (%)")
        rows = sorted(table.rows, key=lambda r: (-r[i_enrolled], -r[i_held], r[0].casefold()))
        rows = [r for r in rows if r[i_held]][:CHART_LIMIT]  # rates need a session held
        title = self.tr("Attendance and completion rates (%)")
        if len(rows) == CHART_LIMIT and len(table.rows) > len(rows):
            title = self.tr("Attendance and completion rates (%), the {n} workshops with the most "
                            "enrolled").format(n=len(rows))

        def percent_set(name: str, column: int) -> BarSet:
            values = tuple(r[column] for r in rows)
            texts = tuple(self.tr("{value} %").format(value=locale.toString(float(v), "f", 0))
                          if v is not None else self.tr("– (not over)") if column == i_comp
                          else self.tr("– (none held)") for v in values)
            return BarSet(name, values, texts)

        if rows:
            layout.addWidget(self._chart(
                "workshops", title, [r[0] for r in rows],
                [percent_set(self.tr("Attendance rate"), i_att),
                 percent_set(self.tr("Completion rate"), i_comp)], content, maximum=125.0))
        layout.addWidget(self._section(report_tr(table.title), content))
        layout.addWidget(self._table(table, content, locale))

    def _figure_set(self, name: str, rows: tuple[tuple[Any, ...], ...], locale: QLocale) -> BarSet:
        values = tuple(None if isinstance(r[1], str) else float(r[1]) for r in rows)
        texts = tuple(format_value(r[1], q.FIGURE, locale) for r in rows)
        return BarSet(name, values, texts)

    def _show_reach(self, report: q.ReachReport, layout: QVBoxLayout, content: QWidget,
                    locale: QLocale) -> None:
        people = self.tr("Participants")
        ages = self._chart("age_bands", report_tr(report.age_bands.title),
                           [report_tr(r[0]) for r in report.age_bands.rows],
                           [self._figure_set(people, report.age_bands.rows, locale)], content)
        needs = self._chart("needs", report_tr(report.needs.title),
                            [report_tr(r[0]) for r in report.needs.rows],
                            [self._figure_set(people, report.needs.rows, locale)], content)
        layout.addWidget(self._side_by_side(ages, needs, content))
        languages = [r for r in report.languages.rows if r[1] != 0][:CHART_LIMIT]
        title = report_tr(report.languages.title)
        if len(languages) < len([r for r in report.languages.rows if r[1] != 0]):
            title = self.tr("{title}: the first {n}").format(title=title, n=len(languages))
        layout.addWidget(self._chart("languages", title,
                                     [self._language_name(r[0]) for r in languages],
                                     [self._figure_set(people, tuple(languages), locale)], content))
        tables = QWidget(content)
        row = QHBoxLayout(tables)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        for table in (report.age_bands, report.languages, report.needs):
            box = QWidget(tables)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(self._section(report_tr(table.title), box))
            inner.addWidget(self._table(table, box, locale))
            row.addWidget(box, 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(tables)

    def _language_name(self, code: str) -> str:
        """"fr" as "French (fr)" in the interface language; other labels translated."""
        if len(code) in (2, 3) and code.isalpha():
            language = QLocale.codeToLanguage(code)
            if language != QLocale.Language.AnyLanguage:
                name = QLocale.languageToString(language)
                return f"{name} ({code})"
        return report_tr(code)

    # --- saving -----------------------------------------------------------------------------

    def _suggested_path(self, fmt: str) -> str:
        report = self.report
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{report.KIND}-{report.period.first_day.isoformat()}-{report.period.last_day.isoformat()}.{fmt}"
        return str(Path(folder or Path.home()) / name)

    def save(self, fmt: str) -> None:
        """Ask where, then write the shown report as a PDF or a CSV file (off the UI thread)."""
        from makerspace_app.reports import export

        report = self.report
        if report is None or self._save_task is not None:
            return
        chosen = SaveReportDialog.ask(self, self._suggested_path(fmt), fmt)
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        org = self.context.organisation_name

        def work() -> Path:
            if fmt == "pdf":
                return export.write_pdf(report, path, org, report_tr)
            export.write_csv(report, path, report_tr)
            return path

        self.message.show_message(self.tr("Saving {name}…").format(name=path.name), "info")
        self._save_task = tasks.run(work, self._saved, self._save_failed)
        self._update_buttons()

    def _saved(self, path: Path) -> None:
        self._save_task = None
        self.message.show_message(self.tr("Saved: {path}").format(path=str(path)), "success")
        self._update_buttons()

    def _save_failed(self, err: BaseException) -> None:
        self._save_task = None
        self.message.show_error(translate_error(err))
        self._update_buttons()

    def refresh_theme(self) -> None:
        super().refresh_theme()
        if hasattr(self, "kind_combo"):
            self.kind_combo.setMinimumWidth(
                self.kind_combo.fontMetrics().averageCharWidth() * 18 + 40)
        if getattr(self, "report", None) is not None and hasattr(self, "scroll"):
            self.show_report(self.report)
