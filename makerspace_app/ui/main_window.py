"""The main window: navigation on the left, one search field on top, the area in the centre,
the database and the signed-in staff member in the status bar.

The window shows at once; the database is attached when it is open (app.py opens it off the
UI thread). Then the window shows the first-run welcome (no staff yet), or sign-in, and after
sign-in the areas. Ctrl+1…9 jump to the areas, Ctrl+K / Ctrl+F to the search field.

Locking: after the idle minutes of the shared setting ``security.lock_minutes`` without a key
press or mouse use, or at once with Ctrl+L ("Lock / change staff member"), the window shows
sign-in over the areas, which are kept as they were. The same staff member signing in again
finds everything as they left it, typed text included; another staff member gets a fresh
set of areas on the same screen, after deciding what happens to unsaved changes left behind
(never thrown away silently). "Sign out" asks about unsaved changes and ends the session.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from makerspace_app import APP_DISPLAY_NAME
from makerspace_app.ui import icons, theme
from makerspace_app.ui.areas import AREA_FOR_KIND, AREAS, Area
from makerspace_app.ui.dialogs.unsaved import DISCARD, SAVE, UnsavedChangesDialog
from makerspace_app.ui.widgets.search import GlobalSearch, SearchUnavailable

if TYPE_CHECKING:
    from makerspace_app.persistence.engine import Database
    from makerspace_app.services.uow import Actor
    from makerspace_app.ui.context import AppContext
    from makerspace_app.ui.pages.base import AreaPage
    from makerspace_app.ui.sign_in import SignInPage
    from makerspace_app.ui.welcome import WelcomePage

log = logging.getLogger(__name__)
DEFAULT_SIZE = QSize(1280, 800)
AREA_ROLE = Qt.ItemDataRole.UserRole + 1
LOCK_SETTING = "security.lock_minutes"
DEFAULT_LOCK_MINUTES = 10
# Input that counts as someone using the app (mouse moves too: reading is using).
ACTIVITY_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class LeftChangesDialog:
    """Another staff member signs in over a locked window whose page has unsaved changes."""

    @classmethod
    def ask(cls, parent: QWidget | None, who: str, where: str) -> bool:
        """True: discard the changes and go on; False: leave them for ``who`` to save."""
        def tr(text: str) -> str:
            return QCoreApplication.translate("LeftChangesDialog", text)

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Unsaved changes"))
        box.setAccessibleName(tr("Unsaved changes"))
        box.setText(tr("%1 left unsaved changes in %2.").replace("%1", who).replace("%2", where))
        box.setInformativeText(
            tr("If you go on, those changes are discarded. Cancel, and %1 can sign in again "
               "to save them.").replace("%1", who)
        )
        discard = box.addButton(tr("Discard them and go on"), QMessageBox.ButtonRole.DestructiveRole)
        discard.setAccessibleName(tr("Discard the unsaved changes and go on"))
        cancel = box.addButton(tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        cancel.setAccessibleName(tr("Cancel, keep the changes"))
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is discard


class LoadingPage(QWidget):
    """Shown while the database opens (checks and, if needed, a backup and migration)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startBackground")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.logo = QLabel()
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setPixmap(icons.pixmap("app", 64, None, self.devicePixelRatioF()))
        self.title = QLabel(self.tr("Opening the database…"))
        self.title.setObjectName("cardTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setFont(theme.heading_font(self, 1.3))
        self.where = QLabel()
        self.where.setObjectName("muted")
        self.where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.where.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setFixedWidth(240)
        self.busy.setMaximumHeight(6)
        self.busy.setAccessibleName(self.tr("Opening the database"))
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.logo)
        layout.addSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.where)
        layout.addSpacing(12)
        layout.addWidget(self.busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def set_where(self, text: str) -> None:
        self.where.setText(text)

    def refresh_theme(self) -> None:
        self.title.setFont(theme.heading_font(self, 1.3))


class NavigationPane(QFrame):
    """The list of areas, with the organisation's name above and Sign out below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("navigationPane")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFixedWidth(232)
        self.header = QLabel(APP_DISPLAY_NAME)
        self.header.setObjectName("navigationHeader")
        self.header.setWordWrap(True)
        self.subheader = QLabel(APP_DISPLAY_NAME)
        self.subheader.setObjectName("navigationSubheader")
        self.logo = QLabel()
        self.logo.setFixedSize(32, 32)

        self.list = QListWidget()
        self.list.setObjectName("navigation")
        self.list.setAccessibleName(self.tr("Areas"))
        self.list.setAccessibleDescription(self.tr("Ctrl+1 to Ctrl+9 jump to an area"))
        self.list.setIconSize(QSize(20, 20))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.list.setSpacing(1)
        self.list.setFrameShape(QFrame.Shape.NoFrame)

        self.sign_out_button = QToolButton()
        self.sign_out_button.setObjectName("signOutButton")
        self.sign_out_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.sign_out_button.setAutoRaise(True)

        head = QHBoxLayout()
        head.setSpacing(10)
        head.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.header)
        names.addWidget(self.subheader)
        head.addLayout(names, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 18, 12, 12)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addSpacing(14)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.sign_out_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.refresh_theme()

    def set_organisation(self, name: str) -> None:
        self.header.setText(name or APP_DISPLAY_NAME)
        self.subheader.setVisible(bool(name))

    def refresh_theme(self) -> None:
        self.logo.setPixmap(icons.pixmap("app", 32, None, self.devicePixelRatioF()))
        font = theme.heading_font(self, 1.1)
        self.header.setFont(font)
        palette = self.palette()
        normal = palette.color(palette.ColorRole.WindowText)
        selected = palette.color(palette.ColorRole.HighlightedText)
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setIcon(icons.icon(item.data(AREA_ROLE + 1), normal, selected))
        self.sign_out_button.setIcon(icons.icon("lock", theme.muted_text(palette)))


class Shell(QWidget):
    """What a signed-in staff member works in: navigation, search, the areas."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shellBackground")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.navigation = NavigationPane()
        self.search = GlobalSearch(popup_host=self)
        self.search.setMinimumWidth(360)
        self.search.setMaximumWidth(640)
        top = QFrame()
        top.setObjectName("topBar")
        top.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(32, 10, 32, 10)
        top_layout.addWidget(self.search, 1)
        top_layout.addStretch(0)
        self.pages = QStackedWidget()
        self.pages.setObjectName("areas")
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(top)
        right.addWidget(self.pages, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addLayout(right, 1)


class MainWindow(QMainWindow):
    """``ready`` fires when the window first waits for the person (welcome, sign-in)."""

    ready = Signal()
    signed_in = Signal(object)  # Actor
    signed_out = Signal()
    locked = Signal()

    def __init__(self, db: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setWindowIcon(icons.app_icon())
        self.resize(DEFAULT_SIZE)
        self.setMinimumSize(880, 560)
        self.context: AppContext | None = None
        self.pages: dict[str, AreaPage] = {}
        self._welcome: WelcomePage | None = None
        self._sign_in: SignInPage | None = None
        self._shell: Shell | None = None
        self._ready_sent = False
        self._locked = False
        self._locked_name = ""  # who was signed in when the window locked
        self._locked_focus: QWidget | None = None
        self._return_area: str | None = None  # where the next sign-in lands
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.timeout.connect(self._idle_timeout)
        self.lock_after_ms = DEFAULT_LOCK_MINUTES * 60_000
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

        self.modes = QStackedWidget()
        self.modes.setObjectName("modes")
        self.loading = LoadingPage()
        self.modes.addWidget(self.loading)
        self.setCentralWidget(self.modes)

        self._build_actions()
        self._build_menus()
        self._build_status_bar()
        self._set_signed_in_ui(False)
        if db is not None:
            self.attach_database(db)

    # --- actions and menus ---------------------------------------------------------------

    def _build_actions(self) -> None:
        self.lock_action = QAction(self.tr("&Lock / Change Staff Member"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setStatusTip(
            self.tr("Lock now: you, or another staff member, sign in to go on where you are")
        )
        self.lock_action.triggered.connect(lambda: self.lock())

        self.sign_out_action = QAction(self.tr("Sign &Out"), self)
        self.sign_out_action.setStatusTip(
            self.tr("Sign out, so another staff member can sign in")
        )
        self.sign_out_action.triggered.connect(self.sign_out)

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        if self.quit_action.shortcut().isEmpty():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.search_action = QAction(self.tr("&Search…"), self)
        self.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")])
        self.search_action.setStatusTip(
            self.tr("Find participants, equipment and workshops")
        )
        self.search_action.triggered.connect(self.focus_search)

        self.area_actions: dict[str, QAction] = {}
        for number, area in enumerate(AREAS, start=1):
            action = QAction(area.translated_title(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _checked=False, key=area.key: self.go_to(key))
            self.area_actions[area.key] = action

        self.about_action = QAction(self.tr("&About Makerspace"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        bar.setAccessibleName(self.tr("Menu bar"))
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.sign_out_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        self.go_menu = bar.addMenu(self.tr("&Go"))
        self.go_menu.addAction(self.search_action)
        self.go_menu.addSeparator()
        for action in self.area_actions.values():
            self.go_menu.addAction(action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setSizeGripEnabled(True)
        self.database_status = QLabel()
        self.database_status.setObjectName("databaseStatus")
        self.database_status.setContentsMargins(6, 0, 6, 0)
        self.staff_status = QLabel()
        self.staff_status.setObjectName("staffStatus")
        self.staff_status.setContentsMargins(6, 0, 10, 0)
        status.addWidget(self.database_status)
        status.addPermanentWidget(self.staff_status)
        self._update_status()

    def _set_signed_in_ui(self, signed_in: bool) -> None:
        for action in (
            *self.area_actions.values(), self.search_action, self.sign_out_action,
            self.lock_action,
        ):
            action.setEnabled(signed_in)
        self.go_menu.setEnabled(signed_in)

    def _update_status(self) -> None:
        if self.context is None:
            self.database_status.setText(self.tr("No database open"))
            self.database_status.setToolTip("")
            self.staff_status.clear()
            return
        location = self.context.db.location
        self.database_status.setText(self.tr("Database: %1").replace("%1", location.display_name))
        self.database_status.setToolTip(location.describe())
        self.database_status.setAccessibleName(
            self.tr("Database: %1").replace("%1", location.describe())
        )
        actor = self.context.actor
        if actor is None:
            self.staff_status.setText(self.tr("Nobody signed in"))
            self.staff_status.setToolTip("")
        elif self._locked:
            text = self.tr("Locked (%1 was signed in)").replace("%1", self._locked_name)
            self.staff_status.setText(text)
            self.staff_status.setToolTip("")
            self.staff_status.setAccessibleName(text)
        else:
            from makerspace_app.ui.roles import role_name

            who = self.context.staff_display_name or actor.name
            text = self.tr("Signed in: %1 (%2)").replace("%1", who).replace(
                "%2", role_name(actor.role)
            )
            self.staff_status.setText(text)
            self.staff_status.setToolTip(self.tr("User name: %1").replace("%1", actor.name))
            self.staff_status.setAccessibleName(text)

    # --- the database --------------------------------------------------------------------

    def show_opening(self, where: str) -> None:
        self.loading.set_where(where)
        self.modes.setCurrentWidget(self.loading)

    def attach_database(
        self, db: Database, staff_count: int | None = None, organisation: str | None = None
    ) -> None:
        """Use ``db`` from now on; show the welcome (no staff yet) or sign-in."""
        from makerspace_app.ui.context import AppContext

        if staff_count is None or organisation is None:
            staff_count, organisation = read_start_facts(db)
        self._drop_shell()
        self._forget_entry_pages()  # they belong to the database opened before, if any
        self._locked = False
        self._idle_timer.stop()
        self.context = AppContext(db, self)
        self.context.organisation_name = organisation
        self.context.organisation_changed.connect(self._organisation_changed)
        self.context.data_changed.connect(self._read_lock_minutes)
        self._organisation_changed(organisation)
        if staff_count == 0:
            self.show_welcome()
        else:
            self.show_sign_in()
        self._update_status()
        if not self._ready_sent:
            self._ready_sent = True
            self.ready.emit()

    def replace_database(self, db: Database, message: str = "") -> None:
        """Use another (or a restored) database: the session ends, everyone signs in again."""
        old = self.context
        self._drop_shell()
        self.context = None
        if old is not None:
            old.db.dispose()
            old.deleteLater()
        self.attach_database(db)
        if message and self._sign_in is not None and self.mode() == "sign_in":
            self._sign_in.message.show_message(message, "success")
        self.signed_out.emit()

    def _forget_entry_pages(self) -> None:
        for attribute in ("_sign_in", "_welcome"):
            page = getattr(self, attribute)
            if page is not None:
                self.modes.removeWidget(page)
                page.deleteLater()
                setattr(self, attribute, None)

    def detach_database(self) -> None:
        """Stop using the database (the background check found it damaged): nothing more is
        read from or written to it; the window waits on the opening page."""
        self._drop_shell()
        self._locked = False
        self._idle_timer.stop()
        if self.context is not None:
            self.context.db.dispose()
            self.context = None
        self.modes.setCurrentWidget(self.loading)
        self._update_status()

    @property
    def db(self) -> Database | None:
        return self.context.db if self.context is not None else None

    @property
    def actor(self) -> Actor | None:
        """Who is signed in and using the window (nobody while it is locked)."""
        if self.context is None or self._locked:
            return None
        return self.context.actor

    def _organisation_changed(self, name: str) -> None:
        self.setWindowTitle(f"{name} — {APP_DISPLAY_NAME}" if name else APP_DISPLAY_NAME)
        if self._shell is not None:
            self._shell.navigation.set_organisation(name)

    # --- modes: welcome, sign-in, the shell ----------------------------------------------

    def mode(self) -> str:
        current = self.modes.currentWidget()
        if current is self.loading:
            return "loading"
        if current is self._welcome:
            return "welcome"
        if current is self._sign_in:
            return "sign_in"
        return "shell"

    @property
    def welcome_page(self) -> WelcomePage | None:
        return self._welcome

    @property
    def sign_in_page(self) -> SignInPage | None:
        return self._sign_in

    @property
    def shell(self) -> Shell | None:
        return self._shell

    def show_welcome(self) -> None:
        from makerspace_app.ui.welcome import WelcomePage

        assert self.context is not None
        if self._welcome is None:
            self._welcome = WelcomePage(self.context)
            self._welcome.completed.connect(self._signed_in)
            self._welcome.staff_exist.connect(self.show_sign_in)
            self.modes.addWidget(self._welcome)
        self.modes.setCurrentWidget(self._welcome)
        self._welcome.focus_first_field()

    def show_sign_in(self, message: str = "", username: str = "", *, locked: bool = False) -> None:
        from makerspace_app.ui.sign_in import SignInPage

        assert self.context is not None
        if self._sign_in is None:
            self._sign_in = SignInPage(self.context)
            self._sign_in.signed_in.connect(self._signed_in)
            self.modes.addWidget(self._sign_in)
        self._sign_in.reset(message, username, locked=locked)
        self.modes.setCurrentWidget(self._sign_in)
        self._sign_in.focus_first_field()

    def is_locked(self) -> bool:
        return self._locked

    def _signed_in(self, actor: Actor, display_name: str) -> None:
        assert self.context is not None
        if self._locked and self._shell is not None:
            previous = self.context.actor
            if previous is not None and (actor.name, actor.staff_id) == (
                previous.name, previous.staff_id
            ):
                self._unlock(actor, display_name)
                return
            if not self._hand_over_unsaved_changes():
                assert self._sign_in is not None
                self._sign_in.message.show_message(
                    self.tr("The changes were kept. %1 can sign in to save them.").replace(
                        "%1", self._locked_name
                    ),
                    "info",
                )
                self._sign_in.username_edit.clear()
                self._sign_in.focus_first_field()
                return
            self._return_area = self.current_area()
        self._locked = False
        self._locked_focus = None
        self.context.set_actor(actor, display_name)
        if self._welcome is not None:  # the first-run form is done for good
            self.modes.removeWidget(self._welcome)
            self._welcome.deleteLater()
            self._welcome = None
        self._build_shell()
        self._set_signed_in_ui(True)
        self._update_status()
        area, self._return_area = self._return_area or "today", None
        if not self.go_to(area):
            self.go_to("today")
        self._read_lock_minutes()
        self._restart_idle_timer()
        self.signed_in.emit(actor)

    def _unlock(self, actor: Actor, display_name: str) -> None:
        """The same staff member again: everything as they left it."""
        assert self.context is not None and self._shell is not None
        self._locked = False
        self.context.set_actor(actor, display_name)
        self.modes.setCurrentWidget(self._shell)
        self._set_signed_in_ui(True)
        self._update_status()
        focus, self._locked_focus = self._locked_focus, None
        page = self._shell.pages.currentWidget()
        if focus is not None and _is_alive(focus) and focus.isVisibleTo(self):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        elif page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)
        if page is not None:
            page.on_shown()
        self._read_lock_minutes()
        self._restart_idle_timer()
        self.signed_in.emit(actor)

    def _hand_over_unsaved_changes(self) -> bool:
        """Another staff member takes over a locked window: the current page's unsaved
        changes (the previous person's) are discarded only if the newcomer says so."""
        if self._shell is None:
            return True
        page = self._shell.pages.currentWidget()
        if page is None or not page.has_unsaved_changes():
            return True
        if not LeftChangesDialog.ask(self, self._locked_name, page.area.translated_title()):
            return False
        page.discard_changes()
        return True

    def lock(self, *, idle: bool = False) -> bool:
        """Show sign-in over the areas, keeping them as they are. False if nobody is in."""
        if self.context is None or self.context.actor is None or self._shell is None:
            return False
        if self._locked:
            return True
        self._locked = True
        self._idle_timer.stop()
        self._locked_name = self.context.staff_display_name or self.context.actor.name
        focus = QApplication.focusWidget()
        self._locked_focus = focus if focus is not None and self._shell.isAncestorOf(focus) else None
        self._shell.search.close_popup()
        self._set_signed_in_ui(False)
        if idle:
            minutes = max(1, round(self.lock_after_ms / 60_000))
            message = (
                self.tr("Locked after a minute without use. Sign in to go on where you were.")
                if minutes == 1
                else self.tr(
                    "Locked after %1 minutes without use. Sign in to go on where you were."
                ).replace("%1", self.locale().toString(minutes))
            )
        else:
            message = self.tr("Locked. Sign in to go on where you were.")
        self.show_sign_in(message, self.context.actor.name, locked=True)
        self._update_status()
        self.locked.emit()
        return True

    def sign_out(self) -> bool:
        """Back to sign-in (after asking about unsaved changes). False if the person stayed."""
        if self.context is None or self.context.actor is None:
            return True
        if self._locked:
            if not self._hand_over_unsaved_changes():
                return False
        elif not self._leave_current_page():
            return False
        self._locked = False
        self._locked_focus = None
        self._idle_timer.stop()
        self.context.set_actor(None)
        self._set_signed_in_ui(False)
        self._drop_shell()
        self._update_status()
        self.show_sign_in(self.tr("Signed out. The next staff member can sign in."))
        self.signed_out.emit()
        return True

    # --- locking after inactivity ----------------------------------------------------------

    def _read_lock_minutes(self) -> None:
        """The shared setting, read at each sign-in and whenever data changes (a save)."""
        if self.context is None or self.context.actor is None:
            return
        try:
            from makerspace_app.services import settings

            with self.context.unit_of_work(read_only=True) as uow:
                minutes = int(settings.get(uow, LOCK_SETTING))
        except Exception:
            log.warning("Could not read the lock setting", exc_info=True)
            return
        self.set_lock_after_ms(minutes * 60_000)

    def set_lock_after_ms(self, ms: int) -> None:
        self.lock_after_ms = max(1, int(ms))
        self._restart_idle_timer()

    def _restart_idle_timer(self) -> None:
        if self._shell is None or self._locked or self.context is None or self.context.actor is None:
            return
        self._idle_timer.start(self.lock_after_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS and self._idle_timer.isActive():
            self._idle_timer.start(self.lock_after_ms)
        return False

    def _idle_timeout(self) -> None:
        if self._locked or self._shell is None:
            return
        if QApplication.activeModalWidget() is not None:
            # A dialog is open (perhaps half filled in): closing it would lose what was typed,
            # so the lock waits until it is closed.
            self._idle_timer.start(min(self.lock_after_ms, 5_000))
            return
        self.lock(idle=True)

    def _build_shell(self) -> None:
        """A fresh shell for each sign-in: nothing typed by the last person stays behind."""
        assert self.context is not None
        self._drop_shell()
        shell = Shell()
        self._shell = shell
        nav = shell.navigation
        nav.set_organisation(self.context.organisation_name)
        nav.sign_out_button.setText(self.tr("Lock / change staff member"))
        nav.sign_out_button.setAccessibleName(self.tr("Lock or change staff member (Ctrl+L)"))
        nav.sign_out_button.setToolTip(
            self.tr("Lock now: you, or another staff member, sign in to go on where you are "
                    "(Ctrl+L)")
        )
        nav.sign_out_button.clicked.connect(lambda: self.lock())
        # The pane widens for a longer translation of the button rather than clipping it.
        margins = nav.layout().contentsMargins()
        nav.setFixedWidth(max(232, nav.sign_out_button.sizeHint().width() + margins.left()
                              + margins.right()))
        for number, area in enumerate(AREAS, start=1):
            page = self._make_page(area)
            self.pages[area.key] = page
            shell.pages.addWidget(page)
            item = QListWidgetItem(area.translated_title())
            item.setData(AREA_ROLE, area.key)
            item.setData(AREA_ROLE + 1, area.icon)
            item.setToolTip(
                self.tr("%1 (Ctrl+%2)").replace("%1", area.translated_title()).replace(
                    "%2", str(number)
                )
            )
            item.setSizeHint(QSize(0, 40))
            nav.list.addItem(item)
        nav.refresh_theme()
        nav.list.currentRowChanged.connect(self._navigation_row_changed)
        shell.search.set_search_function(self._search)
        shell.search.hit_chosen.connect(self.open_hit)
        self.modes.addWidget(shell)
        self.modes.setCurrentWidget(shell)

    def _drop_shell(self) -> None:
        if self._shell is None:
            return
        self._shell.search.close_popup()
        self.modes.removeWidget(self._shell)
        self._shell.deleteLater()
        self._shell = None
        self.pages = {}

    def _make_page(self, area: Area) -> AreaPage:
        assert self.context is not None
        module = importlib.import_module(f"makerspace_app.ui.pages.{area.module}")
        page_class = getattr(module, area.page_class)
        return page_class(area, self.context)

    # --- navigation ----------------------------------------------------------------------

    def current_area(self) -> str | None:
        if self._shell is None:
            return None
        area = getattr(self._shell.pages.currentWidget(), "area", None)
        return area.key if area is not None else None

    def page(self, key: str) -> AreaPage:
        return self.pages[key]

    def go_to(self, key: str) -> bool:
        """Bring an area to the front (asking first about unsaved changes on the current one)."""
        if self._shell is None or key not in self.pages:
            return False
        target = self.pages[key]
        shell = self._shell
        if shell.pages.currentWidget() is not target and not self._leave_current_page():
            self._sync_navigation()
            return False
        shell.pages.setCurrentWidget(target)
        self._sync_navigation()
        target.on_shown()
        return True

    def _sync_navigation(self) -> None:
        if self._shell is None:
            return
        key = self.current_area()
        nav = self._shell.navigation.list
        nav.blockSignals(True)
        try:
            for row in range(nav.count()):
                if nav.item(row).data(AREA_ROLE) == key:
                    nav.setCurrentRow(row)
                    break
        finally:
            nav.blockSignals(False)

    def _navigation_row_changed(self, row: int) -> None:
        if self._shell is None or row < 0:
            return
        item = self._shell.navigation.list.item(row)
        self.go_to(item.data(AREA_ROLE))

    def _leave_current_page(self) -> bool:
        """True when the current page may be left (saved, discarded or nothing to lose)."""
        if self._shell is None:
            return True
        page = self._shell.pages.currentWidget()
        if page is None or not page.has_unsaved_changes():
            return True
        answer = UnsavedChangesDialog.ask(self, page.area.translated_title())
        if answer == SAVE:
            return page.save_changes()
        if answer == DISCARD:
            page.discard_changes()
            return True
        return False

    # --- search --------------------------------------------------------------------------

    def focus_search(self) -> None:
        if self._shell is None:
            return
        self._shell.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._shell.search.selectAll()

    def _search(self, text: str, limit: int) -> list[Any]:
        try:
            from makerspace_app.services.search import global_search
        except ModuleNotFoundError as exc:
            if exc.name and exc.name.startswith("makerspace_app.services.search"):
                raise SearchUnavailable from exc
            raise
        assert self.context is not None
        with self.context.unit_of_work(read_only=True) as uow:
            return global_search(uow, text, limit)

    def open_hit(self, hit: Any) -> None:
        """Go to the area of a search hit; open the record if that page can."""
        key = AREA_FOR_KIND.get(getattr(hit, "kind", ""))
        if key is None or not self.go_to(key):
            return
        page = self.pages[key]
        show_record = getattr(page, "show_record", None)
        if callable(show_record):
            show_record(hit.id)
        else:
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- about, closing ------------------------------------------------------------------

    def show_about(self) -> None:
        from makerspace_app.ui.dialogs.about import show_about

        show_about(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._shell is not None:
            # Locked: whoever is at the desk may not save as the signed-in staff member.
            leave = self._hand_over_unsaved_changes if self._locked else self._leave_current_page
            if not leave():
                event.ignore()
                return
        self._idle_timer.stop()
        event.accept()

    def refresh_theme(self) -> None:
        if self._shell is not None:
            self._shell.navigation.refresh_theme()


def _is_alive(widget: QWidget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def read_start_facts(db: Database) -> tuple[int, str]:
    """How many staff accounts the database has, and the organisation's name."""
    from makerspace_app.services.overview import start_facts
    from makerspace_app.services.uow import Actor, unit_of_work

    with unit_of_work(db, Actor.system(), read_only=True) as uow:
        facts = start_facts(uow)
    return facts.staff_count, facts.organisation_name
