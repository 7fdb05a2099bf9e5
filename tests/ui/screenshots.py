"""Screenshots of what a person sees, for review (not a test).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screenshots [folder]

Writes PNGs of the start-up page, the welcome, sign-in, every area, Settings and the search
list (default folder: screenshots/). Uses a throw-away home and database.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(folder: str = "screenshots") -> int:
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="makerspace-shots-"))
    os.environ["MAKERSPACE_HOME"] = str(home)

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from makerspace_app.persistence.engine import parse_location
    from makerspace_app.services.database import open_database
    from makerspace_app.ui import app as app_module
    from makerspace_app.ui import theme
    from makerspace_app.ui.main_window import MainWindow

    app = app_module.create_application(["screenshots"])
    theme.apply_theme(app, "system", 100)

    def shot(widget, name: str) -> None:  # noqa: ANN001
        QTest.qWait(80)  # let layouts settle
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    db = open_database(parse_location(str(home / "Riverside makerspace.db")))
    window = MainWindow()
    window.show()
    window.show_opening(db.location.describe())
    shot(window, "00_opening")

    window.attach_database(db)
    shot(window, "01_welcome")
    page = window.welcome_page
    page.organisation_edit.setText("Riverside Library Makerspace")
    page.username_edit.setText("amira")
    page.display_name_edit.setText("Amira Haddad")
    page.password_edit.setText("correct horse battery")
    page.confirm_edit.setText("correct horse")
    page.submit()
    shot(window, "02_welcome_refused")
    page.confirm_edit.setText("correct horse battery")
    # How demo loading looks while it runs (drawn, not run: the real run takes a second).
    page.message.clear()
    page.demo_radio.setChecked(True)
    page._set_busy(True)
    page._demo_progress("Participants and consent", 0.42)
    shot(window, "05_welcome_loading_demo")
    page._set_busy(False)
    page.empty_radio.setChecked(True)
    page.submit()

    for number, key in enumerate(window.pages, start=1):
        window.go_to(key)
        shot(window, f"{10 + number:02d}_area_{key}")

    settings_page = window.page("settings")
    window.go_to("settings")
    settings_page.field_widget("organisation.timezone").setText("Mars/Olympus_Mons")
    settings_page.save_changes()
    settings_page.scroll.verticalScrollBar().setValue(settings_page.scroll.verticalScrollBar().maximum())
    shot(window, "21_settings_refused_scrolled")
    settings_page.discard_changes()

    window.go_to("today")
    search = window.shell.search
    search.setFocus()
    search.setText("laser")
    search.search_now()
    shot(window, "22_search_no_match")
    search.clear()

    window.sign_out()
    shot(window, "03_sign_in_after_sign_out")
    window.sign_in_page.username_edit.setText("amira")
    window.sign_in_page.secret_edit.setText("wrong password")
    window.sign_in_page.submit()
    shot(window, "04_sign_in_refused")

    for name in ("dark", "high_contrast"):
        theme.apply_theme(app, name, 100)
        window.sign_in_page.secret_edit.setText("correct horse battery")
        window.sign_in_page.username_edit.setText("amira")
        window.sign_in_page.submit()
        window.go_to("equipment")
        shot(window, f"30_theme_{name}_equipment")
        window.go_to("settings")
        shot(window, f"31_theme_{name}_settings")
        window.sign_out()
    theme.apply_theme(app, "system", 100)

    demo_db_path = home / "demo.db"
    from makerspace_app.ui.welcome import demo_available

    if demo_available():
        from makerspace_app.demo import fill_demo

        demo_db = open_database(parse_location(str(demo_db_path)))
        fill_demo(demo_db, "small")
        demo_window = MainWindow(demo_db)
        demo_window.show()
        demo_window.sign_in_page.username_edit.setText("admin")
        demo_window.sign_in_page.secret_edit.setText("makerspace-demo")
        demo_window.sign_in_page.submit()
        demo_window.go_to("participants")
        shot(demo_window, "40_demo_participants")
        search = demo_window.shell.search
        search.setFocus()
        search.setText("la")
        search.search_now()
        shot(demo_window, "41_demo_search")
        demo_window.close()
        demo_db.dispose()

    window.close()
    db.dispose()
    QApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:2]))
