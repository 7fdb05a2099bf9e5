"""Today: what is happening now and next, and what needs attention.

The screen the app opens on. Now and next: bookings in progress and starting within two
hours, by item, with Check in / Check out; today's workshop sessions with their leaders and
Take attendance; who is checked in. Needs attention: items out of service and the bookings
they affect, overdue check-outs (Check out), no-shows to release (Release no-shows), the
certifications expiring this month, waitlist promotions to tell the participant about
(Mark as told), and the last good backup. Every warning starts with "⚠" and says it in words,
never by colour alone.

It refreshes by itself every minute while it is shown, whenever something was written
elsewhere in the app (AppContext.data_changed), and on F5.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt, QTime, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from makerspace_app.domain.errors import DomainError
from makerspace_app.ui import theme
from makerspace_app.ui.areas import Area
from makerspace_app.ui.context import AppContext
from makerspace_app.ui.dialogs.confirm import confirm_destructive
from makerspace_app.ui.errors import show_error, translate_error
from makerspace_app.ui.pages.base import AreaPage

REFRESH_MS = 60_000
WARNING = "⚠"
ROLE = Qt.ItemDataRole.UserRole
# What an attention row holds: (kind, value); kinds name the action it offers.
OVERDUE, NO_SHOW, PROMOTION, OTHER = "overdue", "no_show", "promotion", "other"


class TodayPage(AreaPage):
    def __init__(self, area: Area, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(area, context, parent)
        self._overview: Any = None
        self._tz: Any = None

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inner = QWidget(scroll)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 16, 16)
        column.setSpacing(6)
        scroll.setWidget(inner)
        self.body.addWidget(scroll, 1)

        # Now and next, and who is checked in, side by side ------------------------------
        pair = QHBoxLayout()
        pair.setSpacing(20)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self._section(self.tr("Now and next")))
        self.bookings_tree = self._tree(
            [self.tr("Item"), self.tr("Time"), self.tr("Participant"), self.tr("Status")],
            self.tr("Bookings in progress and starting in the next two hours, by item"), stretch=0)
        self.bookings_tree.itemSelectionChanged.connect(self._update_buttons)
        self.bookings_tree.itemActivated.connect(lambda *_: self._check_in_or_out())
        left.addWidget(self.bookings_tree)
        row = QHBoxLayout()
        row.addStretch(1)
        self.check_in_button = self._button(self.tr("Check in"), self.tr("Check in the chosen booking"))
        self.check_in_button.clicked.connect(self._check_in_or_out)
        self.check_out_button = self._button(self.tr("Check out"), self.tr("Check out the chosen booking"))
        self.check_out_button.clicked.connect(self._check_in_or_out)
        row.addWidget(self.check_in_button)
        row.addWidget(self.check_out_button)
        left.addLayout(row)
        right = QVBoxLayout()
        right.setSpacing(6)
        self.checked_in_title = self._section(self.tr("Checked in"))
        right.addWidget(self.checked_in_title)
        self.checked_in_tree = self._tree(
            [self.tr("Participant"), self.tr("Item"), self.tr("Until")],
            self.tr("Participants checked in now"), stretch=1)
        right.addWidget(self.checked_in_tree)
        right.addStretch(1)
        pair.addLayout(left, 3)
        pair.addLayout(right, 2)
        column.addLayout(pair)

        # Sessions -----------------------------------------------------------------------------
        column.addWidget(self._section(self.tr("Today's workshop sessions")))
        self.sessions_tree = self._tree(
            [self.tr("Time"), self.tr("Workshop"), self.tr("Leaders"), self.tr("Where"),
             self.tr("Present")], self.tr("Today's workshop sessions"), stretch=(1, 3))
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
        self.attention_title = self._section(self.tr("Needs attention"))
        column.addWidget(self.attention_title)
        self.attention_tree = self._tree(
            [self.tr("What"), self.tr("Details")], self.tr("Things that need attention"), stretch=1)
        self.attention_tree.setRootIsDecorated(True)
        self.attention_tree.setUniformRowHeights(False)
        self.attention_tree.setWordWrap(True)
        self.attention_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.attention_tree.itemSelectionChanged.connect(self._update_buttons)
        self.attention_tree.itemActivated.connect(lambda *_: self._attention_action())
        column.addWidget(self.attention_tree)
        row = QHBoxLayout()
        row.addStretch(1)
        self.overdue_button = self._button(self.tr("Check out"),
                                           self.tr("Check out the chosen overdue booking"))
        self.overdue_button.clicked.connect(self._check_out_overdue)
        self.release_button = self._button(
            self.tr("Release no-shows"),
            self.tr("Mark bookings not checked in as no-shows and free their slots"))
        self.release_button.clicked.connect(self._release_no_shows)
        self.told_button = self._button(
            self.tr("Mark as told"),
            self.tr("Record that the chosen participant was told about their place"))
        self.told_button.clicked.connect(self._mark_told)
        row.addWidget(self.overdue_button)
        row.addWidget(self.release_button)
        row.addWidget(self.told_button)
        column.addLayout(row)

        self.updated_label = QLabel(inner)
        self.updated_label.setObjectName("muted")
        column.addWidget(self.updated_label)
        column.addStretch(1)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._tick)
        context.data_changed.connect(self._data_changed)
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self)
        refresh.activated.connect(self.refresh)
        self._update_buttons()

    # --- building blocks ------------------------------------------------------------------

    def _section(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setObjectName("sectionTitle")
        label.setFont(theme.heading_font(self, 1.1))
        label.setContentsMargins(0, 8, 0, 0)
        return label

    def _tree(self, headers: list[str], name: str, stretch: int | tuple[int, ...]) -> QTreeWidget:
        """A list whose ``stretch`` columns take the room left (long names elide there, their
        whole text in the tooltip) so that no list scrolls sideways at a large zoom."""
        tree = QTreeWidget(self)
        tree.setAccessibleName(name)
        tree.setHeaderLabels(headers)
        tree.header().setAccessibleName(name)
        tree.setRootIsDecorated(False)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setMinimumHeight(120)
        tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (stretch,) if isinstance(stretch, int) else stretch:
            tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        tree.header().setStretchLastSection(False)
        return tree

    @staticmethod
    def _add(tree: QTreeWidget, texts: list[str]) -> QTreeWidgetItem:
        item = QTreeWidgetItem(texts)
        for column, text in enumerate(texts):
            item.setToolTip(column, text)
        tree.addTopLevelItem(item)
        return item

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(accessible)
        return button

    # --- data -------------------------------------------------------------------------------

    def on_shown(self) -> None:
        self.refresh()
        self._timer.start()

    def _tick(self) -> None:
        if self.isVisible():
            self.refresh()

    def _data_changed(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        from makerspace_app.services import settings, today

        if self.context.actor is None:
            return
        try:
            with self.context.unit_of_work(read_only=True) as uow:
                self._overview = today.overview(uow)
                self._tz = settings.timezone(uow)
        except DomainError as err:
            self.attention_tree.clear()
            self.attention_tree.addTopLevelItem(QTreeWidgetItem([translate_error(err), ""]))
            return
        self._backup = today.backup_state(self.context.db.location)
        self._fill()

    # --- formatting -------------------------------------------------------------------------

    def _local(self, moment: dt.datetime) -> dt.datetime:
        return moment.astimezone(self._tz)

    def _time(self, moment: dt.datetime) -> str:
        a = self._local(moment)
        return QLocale().toString(QTime(a.hour, a.minute), QLocale.FormatType.ShortFormat)

    def _day_time(self, moment: dt.datetime) -> str:
        """The time alone today; the day and time on another day."""
        a = self._local(moment)
        if a.date() == self._local(self._overview.now).date():
            return self._time(moment)
        day = QLocale().toString(QDate(a.year, a.month, a.day), QLocale.FormatType.ShortFormat)
        return f"{day} {self._time(moment)}"

    def _day(self, moment: dt.datetime) -> str:
        a = self._local(moment)
        return QLocale().toString(QDate(a.year, a.month, a.day), QLocale.FormatType.ShortFormat)

    def _time_range(self, start: dt.datetime, end: dt.datetime) -> str:
        return f"{self._day_time(start)}–{self._time(end)}"

    def _status_text(self, status: Any) -> str:
        return {
            "booked": self.tr("Booked"), "checked_in": self.tr("Checked in"),
            "completed": self.tr("Completed"), "no_show": self.tr("No-show"),
            "cancelled": self.tr("Cancelled"),
        }.get(getattr(status, "value", str(status)), str(status))

    def _placeholder(self, tree: QTreeWidget, text: str) -> None:
        item = QTreeWidgetItem([text] + [""] * (tree.columnCount() - 1))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)  # only once in the tree: before, Qt ignores it

    # --- filling ----------------------------------------------------------------------------

    def _fill(self) -> None:
        view = self._overview
        chosen_booking = getattr(self._chosen_booking(), "id", None)
        self.bookings_tree.clear()
        for booking in view.now_and_next:
            status = self._status_text(booking.status)
            if booking.starts_at > view.now:
                minutes = int((booking.starts_at - view.now).total_seconds() // 60)
                status = self.tr("{status}, starts in {n} min").format(status=status, n=minutes)
            elif booking.status.value == "booked":
                status = self.tr("{status}, not checked in yet").format(status=status)
            item = self._add(self.bookings_tree, [
                f"{booking.equipment} ({booking.asset_tag})",
                self._time_range(booking.starts_at, booking.ends_at), booking.participant, status])
            item.setData(0, ROLE, booking)
            if booking.id == chosen_booking:
                self.bookings_tree.setCurrentItem(item)
        if not view.now_and_next:
            self._placeholder(self.bookings_tree,
                              self.tr("No bookings in progress or in the next two hours."))

        chosen_session = getattr(self._chosen_session(), "session_id", None)
        self.sessions_tree.clear()
        for session in view.sessions:
            where = ", ".join(p for p in (session.space_name, session.site_name) if p)
            present = (self.tr("cancelled") if session.cancelled_at else
                       self.tr("{p} of {n}").format(p=session.present_count, n=session.enrolled_count))
            leaders = ", ".join(session.leader_names) or self.tr("no leader yet")
            item = self._add(self.sessions_tree, [
                self._time_range(session.starts_at, session.ends_at), session.title, leaders, where,
                present])
            item.setData(0, ROLE, session)
            if session.session_id == chosen_session:
                self.sessions_tree.setCurrentItem(item)
        if not view.sessions:
            self._placeholder(self.sessions_tree, self.tr("No sessions today."))

        self.checked_in_tree.clear()
        for booking in view.checked_in:
            item = self._add(self.checked_in_tree,
                             [booking.participant, booking.equipment, self._time(booking.ends_at)])
            item.setData(0, ROLE, booking)
        self.checked_in_title.setText(self.tr("Checked in ({n})").format(n=len(view.checked_in)))
        if not view.checked_in:
            self._placeholder(self.checked_in_tree, self.tr("Nobody is checked in."))

        self._fill_attention(view)
        self.updated_label.setText(self.tr("Updated at {time}; refreshes every minute (F5 now).").format(
            time=self._time(view.now)))
        self._update_buttons()

    def _group(self, text: str, warning: bool = True) -> QTreeWidgetItem:
        item = QTreeWidgetItem([f"{WARNING} {text}" if warning else text, ""])
        font = QFont(self.attention_tree.font())
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(0, font)
        item.setData(0, ROLE, (OTHER, None))
        self.attention_tree.addTopLevelItem(item)
        item.setFirstColumnSpanned(True)  # only once in the tree: before, Qt ignores it
        return item

    def _child(self, parent: QTreeWidgetItem, what: str, details: str, kind: str = OTHER,
               value: Any = None) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [what, details])
        item.setData(0, ROLE, (kind, value))
        item.setToolTip(0, what)
        item.setToolTip(1, details)
        return item

    def _fill_attention(self, view: Any) -> None:
        chosen = self._chosen_attention()
        tree = self.attention_tree
        tree.clear()
        for broken in view.out_of_service:
            group = self._group(self.tr("{item} ({tag}) is out of service").format(
                item=broken.name, tag=broken.asset_tag))
            if broken.affected_bookings:
                group.setText(0, self.tr("{warning} {item} ({tag}) is out of service: {n} booking(s) "
                                         "to move or cancel").format(
                    warning=WARNING, item=broken.name, tag=broken.asset_tag, n=broken.affected_bookings))
                for booking in broken.bookings:
                    self._child(group, booking.participant,
                                self._time_range(booking.starts_at, booking.ends_at))
            else:
                group.setText(0, self.tr("{warning} {item} ({tag}) is out of service; no booking is "
                                         "affected").format(warning=WARNING, item=broken.name,
                                                            tag=broken.asset_tag))
        if view.overdue_check_outs:
            group = self._group(self.tr("Overdue check-outs ({n}): check them out when the item is "
                                        "back").format(n=len(view.overdue_check_outs)))
            for booking in view.overdue_check_outs:
                self._child(group, f"{booking.equipment} · {booking.participant}",
                            self.tr("ended {end}").format(end=self._day_time(booking.ends_at)),
                            OVERDUE, booking)
        if view.no_shows_due:
            group = self._group(self.tr("{n} booking(s) not checked in in time: release them as "
                                        "no-shows to free the slots").format(n=view.no_shows_due))
            for booking in view.no_shows:
                self._child(group, f"{booking.equipment} · {booking.participant}",
                            self.tr("started {start}").format(start=self._day_time(booking.starts_at)),
                            NO_SHOW, booking)
        if view.promotions:
            group = self._group(self.tr("Waitlist promotions to tell ({n}): these participants have "
                                        "a place now").format(n=len(view.promotions)))
            for promotion in view.promotions:
                person = promotion.person
                contact = person.contact or self.tr("no contact details")
                if person.guardian_name and person.contact == person.guardian_contact:
                    contact = self.tr("{contact} (guardian {name})").format(
                        contact=contact, name=person.guardian_name)
                details = self.tr("tell them: {contact}").format(contact=contact)
                if promotion.next_session is not None:
                    details += " · " + self.tr("next session {when}").format(
                        when=self._day_time(promotion.next_session))
                self._child(group, f"{person.display_name} · {promotion.workshop_title}", details,
                            PROMOTION, promotion)
        if view.expiring:
            group = self._group(self.tr("Certifications expiring this month ({n})").format(
                n=len(view.expiring)), warning=False)
            for cert in view.expiring:
                self._child(group, f"{cert.participant_name} · {cert.category_name}",
                            self.tr("expires on {day}").format(day=self._day(cert.expires_at)))
        self._backup_row()
        for row in range(tree.topLevelItemCount()):  # a group's text may have changed since
            group = tree.topLevelItem(row)
            group.setToolTip(0, group.text(0))
        tree.expandAll()
        tree.resizeColumnToContents(0)
        tree.setColumnWidth(0, min(tree.columnWidth(0) + 12, max(320, tree.width() * 2 // 3)))
        self._fit_attention_height()
        self._reselect(chosen)

    def _fit_attention_height(self) -> None:
        """As tall as its rows (the page scrolls), between 160 and 520 pixels."""
        tree = self.attention_tree
        rows = 0
        item = tree.topLevelItem(0)
        height = 0
        while item is not None:
            rows += 1
            height += max(tree.visualItemRect(item).height(), tree.fontMetrics().height() + 6)
            item = tree.itemBelow(item)
        height += tree.header().sizeHint().height() + 2 * tree.frameWidth() + 8
        tree.setFixedHeight(max(160, min(520, height)))

    def _backup_row(self) -> None:
        state = self._backup
        locale = QLocale()
        when = locale.toString(state.taken_at, QLocale.FormatType.ShortFormat) if state.taken_at else ""
        if state.kind == "server":
            text, warn = self.tr("Backups of this PostgreSQL database are the server's job "
                                 "(pg_dump)."), False
        elif state.kind == "none":
            text, warn = self.tr("No backup yet. One is made automatically once a day while the "
                                 "app runs."), True
        elif state.kind == "old":
            text, warn = self.tr("The last good backup is from {when}, more than a day ago. One "
                                 "is made while the app runs; `makerspace-app db backup` makes one "
                                 "now.").format(when=when), True
        else:
            text, warn = self.tr("Last good backup: {when}.").format(when=when), False
        self._group(text, warning=warn)

    def attention_texts(self) -> list[str]:
        """Every line of Needs attention, groups and their rows ("what — details")."""
        out = []

        def walk(item: QTreeWidgetItem) -> None:
            text = item.text(0) + (f" — {item.text(1)}" if item.text(1) else "")
            out.append(text)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.attention_tree.topLevelItemCount()):
            walk(self.attention_tree.topLevelItem(i))
        return out

    # --- actions ------------------------------------------------------------------------------

    def _chosen_booking(self) -> Any:
        item = self.bookings_tree.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def _chosen_session(self) -> Any:
        item = self.sessions_tree.currentItem()
        return item.data(0, ROLE) if item is not None else None

    def _chosen_attention(self) -> tuple[str, Any]:
        item = self.attention_tree.currentItem()
        data = item.data(0, ROLE) if item is not None else None
        return data if isinstance(data, tuple) else (OTHER, None)

    def _reselect(self, chosen: tuple[str, Any]) -> None:
        kind, value = chosen
        if value is None:
            return
        key = getattr(value, "id", None) or getattr(value, "enrolment_id", None)

        def walk(item: QTreeWidgetItem) -> bool:
            data = item.data(0, ROLE)
            if isinstance(data, tuple) and data[0] == kind and data[1] is not None:
                other = getattr(data[1], "id", None) or getattr(data[1], "enrolment_id", None)
                if other == key:
                    self.attention_tree.setCurrentItem(item)
                    return True
            return any(walk(item.child(i)) for i in range(item.childCount()))

        for i in range(self.attention_tree.topLevelItemCount()):
            if walk(self.attention_tree.topLevelItem(i)):
                return

    def _update_buttons(self) -> None:
        booking = self._chosen_booking()
        status = getattr(getattr(booking, "status", None), "value", None)
        self.check_in_button.setEnabled(status == "booked")
        self.check_out_button.setEnabled(status == "checked_in")
        session = self._chosen_session()
        self.attendance_button.setEnabled(session is not None and session.cancelled_at is None)
        kind, _value = self._chosen_attention()
        self.overdue_button.setEnabled(kind == OVERDUE)
        self.told_button.setEnabled(kind == PROMOTION)
        view = self._overview
        self.release_button.setEnabled(bool(view is not None and view.no_shows_due))

    def _run(self, action: Any) -> None:
        """One unit of work for one action; a refusal is shown in its own words."""
        try:
            with self.context.unit_of_work() as uow:
                action(uow)
        except DomainError as err:
            show_error(self, err)
        self.context.data_changed.emit()
        if not self.isVisible():
            self.refresh()

    def _check_in_or_out(self) -> None:
        from makerspace_app.services import bookings

        booking = self._chosen_booking()
        if booking is None:
            return
        if booking.status.value == "booked":
            self._run(lambda uow: bookings.check_in(uow, booking.id))
        elif booking.status.value == "checked_in":
            self._run(lambda uow: bookings.check_out(uow, booking.id))

    def _check_out_overdue(self) -> None:
        from makerspace_app.services import bookings

        kind, booking = self._chosen_attention()
        if kind == OVERDUE:
            self._run(lambda uow: bookings.check_out(uow, booking.id))

    def _attention_action(self) -> None:
        kind, _value = self._chosen_attention()
        if kind == OVERDUE:
            self._check_out_overdue()
        elif kind == PROMOTION:
            self._mark_told()
        elif kind == NO_SHOW:
            self._release_no_shows()

    def _take_attendance(self) -> None:
        from makerspace_app.ui.dialogs.attendance import AttendanceDialog

        session = self._chosen_session()
        if session is None or session.cancelled_at is not None:
            return
        AttendanceDialog.open_session(self, self.context, session.session_id)
        self.refresh()

    def _release_no_shows(self) -> None:
        from makerspace_app.services import bookings

        view = self._overview
        if view is None or not view.no_shows_due:
            return
        if not confirm_destructive(
            self, self.tr("Release no-shows"),
            self.tr("Mark {n} booking(s) as no-shows?").format(n=view.no_shows_due),
            self.tr("They were not checked in in time. Their slots become free for others; the "
                    "bookings stay on record as no-shows."),
            self.tr("Release {n}").format(n=view.no_shows_due), self.tr("Keep them"),
        ):
            return
        self._run(lambda uow: bookings.release_no_shows(uow))

    def _mark_told(self) -> None:
        from makerspace_app.services import today

        kind, promotion = self._chosen_attention()
        if kind == PROMOTION:
            self._run(lambda uow: today.mark_told(uow, promotion.enrolment_id))
