"""Today: what is happening now and next, and what needs attention.

The screen the app opens on. It refreshes by itself every minute and whenever something was
written elsewhere in the app (AppContext.data_changed).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.errors import DomainError
from makerspace_app.ui.areas import Area
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.errors import show_error
from makerspace_app.ui.pages.base import AreaPage

REFRESH_MS = 60_000
BACKUP_WARNING_AGE = dt.timedelta(days=1)


class TodayPage(AreaPage):
    def __init__(self, area: Area, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(area, context, parent)
        self._overview: Any = None
        self._tz: Any = None

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget(scroll)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 16, 16)
        column.setSpacing(8)
        scroll.setWidget(inner)
        self.body.addWidget(scroll, 1)

        # Now and next ---------------------------------------------------------------------
        column.addWidget(self._section(self.tr("Now and next")))
        self.bookings_tree = self._tree(
            [self.tr("Time"), self.tr("Item"), self.tr("Participant"), self.tr("Status")],
            self.tr("Bookings in progress and starting in the next two hours"))
        self.bookings_tree.itemSelectionChanged.connect(self._update_buttons)
        self.bookings_tree.itemActivated.connect(lambda *_: self._check_in_or_out())
        column.addWidget(self.bookings_tree)
        row = QHBoxLayout()
        row.addStretch(1)
        self.check_in_button = self._button(self.tr("Check in"), self.tr("Check in the chosen booking"))
        self.check_in_button.clicked.connect(self._check_in_or_out)
        self.check_out_button = self._button(self.tr("Check out"), self.tr("Check out the chosen booking"))
        self.check_out_button.clicked.connect(self._check_in_or_out)
        row.addWidget(self.check_in_button)
        row.addWidget(self.check_out_button)
        column.addLayout(row)

        # Sessions ---------------------------------------------------------------------------
        column.addWidget(self._section(self.tr("Today's workshop sessions")))
        self.sessions_tree = self._tree(
            [self.tr("Time"), self.tr("Workshop"), self.tr("Leaders"), self.tr("Where"),
             self.tr("Present")], self.tr("Today's workshop sessions"))
        self.sessions_tree.itemActivated.connect(lambda *_: self._take_attendance())
        self.sessions_tree.itemSelectionChanged.connect(self._update_buttons)
        column.addWidget(self.sessions_tree)
        row = QHBoxLayout()
        row.addStretch(1)
        self.attendance_button = self._button(self.tr("Take attendance"),
                                              self.tr("Take attendance for the chosen session"))
        self.attendance_button.clicked.connect(self._take_attendance)
        row.addWidget(self.attendance_button)
        column.addLayout(row)

        # Needs attention -----------------------------------------------------------------
        column.addWidget(self._section(self.tr("Needs attention")))
        self.attention_list = QListWidget(inner)
        self.attention_list.setAccessibleName(self.tr("Things that need attention"))
        self.attention_list.setWordWrap(True)
        self.attention_list.setMinimumHeight(140)
        column.addWidget(self.attention_list)
        row = QHBoxLayout()
        row.addStretch(1)
        self.release_button = self._button(self.tr("Release no-shows"),
                                           self.tr("Mark bookings not checked in as no-shows and free their slots"))
        self.release_button.clicked.connect(self._release_no_shows)
        row.addWidget(self.release_button)
        column.addLayout(row)

        self.updated_label = QLabel(inner)
        self.updated_label.setObjectName("muted")
        column.addWidget(self.updated_label)
        column.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        context.data_changed.connect(self._data_changed)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(self.refresh)
        self._update_buttons()

    # --- building blocks ------------------------------------------------------------------

    def _section(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("sectionTitle")
        return label

    def _tree(self, headers: list[str], name: str) -> QTreeWidget:
        tree = QTreeWidget(self)
        tree.setAccessibleName(name)
        tree.setHeaderLabels(headers)
        tree.header().setAccessibleName(name)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setMinimumHeight(120)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        tree.header().setStretchLastSection(True)
        return tree

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        return button

    # --- data -------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh()
        self._timer.start()

    def _data_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        from makerspace_app.services import settings, today

        try:
            with self.context.unit_of_work(read_only=True) as uow:
                self._overview = today.overview(uow)
                self._tz = settings.timezone(uow)
        except DomainError as err:
            self.attention_list.clear()
            self.attention_list.addItem(QListWidgetItem(str(err.message)))
            return
        self._fill()

    def _time_range(self, start: dt.datetime, end: dt.datetime) -> str:
        locale = QLocale()
        fmt = locale.timeFormat(QLocale.FormatType.ShortFormat)
        a, b = start.astimezone(self._tz), end.astimezone(self._tz)
        from PySide6.QtCore import QTime

        return f"{locale.toString(QTime(a.hour, a.minute), fmt)}–{locale.toString(QTime(b.hour, b.minute), fmt)}"

    def _status_text(self, status: Any) -> str:
        return {
            "booked": self.tr("Booked"), "checked_in": self.tr("Checked in"),
            "completed": self.tr("Completed"), "no_show": self.tr("No-show"),
            "cancelled": self.tr("Cancelled"),
        }.get(getattr(status, "value", str(status)), str(status))

    def _fill(self) -> None:
        view = self._overview
        self.bookings_tree.clear()
        for booking in (*view.in_progress, *view.starting_soon):
            when = self._time_range(booking.starts_at, booking.ends_at)
            soon = booking.starts_at > view.now
            status = self._status_text(booking.status)
            if soon:
                minutes = int((booking.starts_at - view.now).total_seconds() // 60)
                status = self.tr("{status}, starts in {n} min").format(status=status, n=minutes)
            item = QTreeWidgetItem([when, booking.equipment, booking.participant, status])
            item.setData(0, Qt.ItemDataRole.UserRole, booking)
            self.bookings_tree.addTopLevelItem(item)
        if not (view.in_progress or view.starting_soon):
            self.bookings_tree.addTopLevelItem(
                QTreeWidgetItem(["", self.tr("No bookings in progress or in the next two hours."), "", ""]))

        self.sessions_tree.clear()
        for session in view.sessions:
            when = self._time_range(session.starts_at, session.ends_at)
            where = ", ".join(p for p in (session.space_name, session.site_name) if p)
            present = (self.tr("cancelled") if session.cancelled_at else
                       self.tr("{p} of {n}").format(p=session.present_count, n=session.enrolled_count))
            item = QTreeWidgetItem([when, session.title, ", ".join(session.leader_names), where, present])
            item.setData(0, Qt.ItemDataRole.UserRole, session)
            self.sessions_tree.addTopLevelItem(item)
        if not view.sessions:
            self.sessions_tree.addTopLevelItem(QTreeWidgetItem(["", self.tr("No sessions today."), "", "", ""]))

        self.attention_list.clear()
        for line in self._attention_lines(view):
            self.attention_list.addItem(QListWidgetItem(line))
        if self.attention_list.count() == 0:
            self.attention_list.addItem(QListWidgetItem(self.tr("Nothing needs attention.")))
        self.release_button.setEnabled(view.no_shows_due > 0)
        locale = QLocale()
        self.updated_label.setText(self.tr("Updated at {time}; refreshes every minute (F5 now).").format(
            time=locale.toString(dt.datetime.now().time().replace(microsecond=0), QLocale.FormatType.ShortFormat)))
        self._update_buttons()

    def _attention_lines(self, view: Any) -> list[str]:
        lines = []
        for item in view.out_of_service:
            lines.append(self.tr("⚠ {item} ({tag}) is out of service; {n} booking(s) to move or cancel.")
                         .format(item=item.name, tag=item.asset_tag, n=item.affected_bookings))
        for booking in view.overdue_check_outs:
            lines.append(self.tr("⚠ Overdue check-out: {item}, {person} (ended {end}).").format(
                item=booking.equipment, person=booking.participant,
                end=self._time_range(booking.ends_at, booking.ends_at).split("–")[0]))
        if view.no_shows_due:
            lines.append(self.tr("⚠ {n} booking(s) were not checked in in time: release them as no-shows.")
                         .format(n=view.no_shows_due))
        locale = QLocale()
        for cert in view.expiring:
            when = cert.expires_at.astimezone(self._tz).date() if cert.expires_at else None
            lines.append(self.tr("Certification for {category} of {person} expires on {day}.").format(
                category=cert.category_name, person=cert.participant_name,
                day=locale.toString(when, QLocale.FormatType.ShortFormat) if when else ""))
        lines.append(self._backup_line())
        return lines

    def _backup_line(self) -> str:
        from makerspace_app.services import backup

        location = self.context.db.location
        if not location.is_sqlite:
            return self.tr("Backups of this PostgreSQL database are the server's job (pg_dump).")
        latest = backup.latest_backup(location)
        if latest is None:
            return self.tr("⚠ No backup yet. One is made automatically once a day.")
        age = dt.datetime.now() - latest.taken_at
        when = QLocale().toString(latest.taken_at, QLocale.FormatType.ShortFormat)
        if age > BACKUP_WARNING_AGE:
            return self.tr("⚠ The last good backup is from {when}, more than a day ago.").format(when=when)
        return self.tr("Last good backup: {when}.").format(when=when)

    # --- actions ------------------------------------------------------------------------------

    def _chosen_booking(self) -> Any:
        item = self.bookings_tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_buttons(self) -> None:
        booking = self._chosen_booking()
        status = getattr(getattr(booking, "status", None), "value", None)
        self.check_in_button.setEnabled(status == "booked")
        self.check_out_button.setEnabled(status == "checked_in")
        item = self.sessions_tree.currentItem()
        session = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        self.attendance_button.setEnabled(session is not None and session.cancelled_at is None)

    def _check_in_or_out(self) -> None:
        from makerspace_app.services import bookings

        booking = self._chosen_booking()
        if booking is None:
            return
        try:
            with self.context.unit_of_work() as uow:
                if booking.status.value == "booked":
                    bookings.check_in(uow, booking.id)
                elif booking.status.value == "checked_in":
                    bookings.check_out(uow, booking.id)
        except DomainError as err:
            show_error(self, err)
        self.context.data_changed.emit()
        self.refresh()

    def _take_attendance(self) -> None:
        from makerspace_app.ui.dialogs.attendance import AttendanceDialog

        item = self.sessions_tree.currentItem()
        session = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if session is None or session.cancelled_at is not None:
            return
        AttendanceDialog.open_session(self, self.context, session.session_id)
        self.refresh()

    def _release_no_shows(self) -> None:
        from makerspace_app.services import bookings

        try:
            with self.context.unit_of_work() as uow:
                bookings.release_no_shows(uow)
        except DomainError as err:
            show_error(self, err)
        self.context.data_changed.emit()
        self.refresh()
