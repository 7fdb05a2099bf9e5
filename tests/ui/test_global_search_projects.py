"""The search field at the top finds projects by their title: Ctrl+K, type part of the
title, Enter opens the project's page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from makerspace_app.services import projects, workshops
from makerspace_app.services.projects import ProjectInput
from makerspace_app.services.uow import unit_of_work
from makerspace_app.services.workshops import WorkshopInput
from makerspace_app.ui.widgets.search import HIT_ROLE


def test_ctrl_k_a_project_title_and_enter_opens_the_project(
    signed_in_window, ui_db_with_admin, qtbot
):
    window = signed_in_window
    with unit_of_work(ui_db_with_admin, window.actor) as uow:
        course = workshops.create_workshop(uow, WorkshopInput("Electronics for beginners", 8))
        feeder = projects.create_project(uow, ProjectInput(
            "Solar-powered bird feeder", description="Counts the visits of blue tits.",
            workshop_id=course.id))
        projects.create_project(uow, ProjectInput("Knitted bird nest"))

    search = window.shell.search
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()
    qtbot.keyClicks(search, "solar bird")
    qtbot.waitUntil(search.popup_visible)
    assert [(h.kind, h.id) for h in search.hits] == [("project", feeder.id)]
    # The hit says what it is in words (not by its icon alone) and where it came from.
    item = search.popup.list.item(0)
    assert item.data(HIT_ROLE).id == feeder.id
    assert item.text() == "Solar-powered bird feeder\nProject · Electronics for beginners"

    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert not search.popup_visible()
    assert window.current_area() == "projects"
    page = window.page("projects")
    assert page.page_data is not None and page.page_data.project.id == feeder.id
    assert page.stack.currentWidget() is page.stack.widget(2)  # the project's page, not the gallery
