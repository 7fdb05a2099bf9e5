"""The Projects area: the empty state, the gallery with its search and filters, the project
page, creating and editing, photos (warned first, refused without photo consent), files (size
limit, save and open), equipment chosen from the team's bookings, and removing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage
from sqlalchemy import func, select

from makerspace_app.domain.enums import (
    BookingStatus,
    ConsentKind,
    ProjectStatus,
    StaffRole,
)
from makerspace_app.persistence.models import (
    Booking,
    Equipment,
    EquipmentCategory,
    Project,
    ProjectFile,
    ProjectPhoto,
    Site,
    Space,
)
from makerspace_app.services import consent, participants, projects, workshops
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.projects import ProjectInput
from makerspace_app.services.uow import Actor, unit_of_work
from makerspace_app.services.workshops import WorkshopInput
from makerspace_app.ui.dialogs.project_edit import ProjectDialog
from makerspace_app.ui.dialogs.project_equipment import EquipmentDialog
from makerspace_app.ui.dialogs.project_photo import PhotoDialog
from makerspace_app.ui.pages import projects as page_module
from makerspace_app.ui.pages.projects import EMPTY, GALLERY, PROJECT


def unnamed(root) -> list[str]:
    """Interactive widgets without an accessible name (as tests/ui/test_shell.py checks)."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QWidget,
    )

    interactive = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)

    def inside_composite(widget) -> bool:
        parent = widget.parentWidget()
        while parent is not None and parent is not root:
            if isinstance(parent, QComboBox | QAbstractSpinBox | QLineEdit):
                return True
            parent = parent.parentWidget()
        return False

    return [f"{type(w).__name__} {w.parentWidget()}" for w in root.findChildren(QWidget)
            if isinstance(w, interactive) and not inside_composite(w)
            and (w.isVisibleTo(root) or isinstance(w, QAbstractItemView))
            and not w.objectName().startswith("qt_") and not w.accessibleName().strip()]


def projects_page(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "projects"
    return window.page("projects")


def person(db, given: str, photo_consent: bool = False) -> int:
    with unit_of_work(db, Actor.system()) as uow:
        pid = participants.register_participant(uow, ParticipantInput(
            given_name=given, family_name="Maker", date_of_birth=dt.date(1990, 2, 3))).id
        if photo_consent:
            consent.give_consent(uow, pid, ConsentKind.PHOTO, given)
    return pid


def project(db, title: str, team: tuple[int, ...] = (), **kw) -> int:
    with unit_of_work(db, Actor.system()) as uow:
        return projects.create_project(uow, ProjectInput(title=title, team=team, **kw)).id


def count(db, model) -> int:
    with db.session(read_only=True) as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def photo_file(folder: Path, name: str = "lamp.png", colour: str = "#e0a030") -> Path:
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    path = folder / name
    assert image.save(str(path))
    return path


def test_an_empty_database_teaches_and_a_new_project_opens_its_page(signed_in_window, qtbot):
    window = signed_in_window
    page = projects_page(window, qtbot)
    assert page.stack.currentIndex() == EMPTY
    assert "Ctrl+N" in page.empty_state.title_label.text()
    assert unnamed(page) == []
    ada = person(window.db, "Ada")
    dialog = ProjectDialog(window.context, None, window)
    qtbot.addWidget(dialog)
    assert dialog.save() is None  # no title: refused, the dialog says why
    assert "title" in dialog.message.text and count(window.db, Project) == 0
    dialog.title_edit.setText("Solar lamp")
    dialog.description_edit.setPlainText("A lamp that charges in the sun.")
    dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(ProjectStatus.IN_PROGRESS))
    dialog.add_participant(ada, "Ada Maker")
    saved = dialog.save()
    assert saved is not None and [m.display_name for m in saved.team] == ["Ada Maker"]
    window.context.data_changed.emit()
    assert page.open_project(saved.id)
    assert page.stack.currentIndex() == PROJECT
    assert page.view.title.text() == "Solar lamp"
    assert page.view.status.text() == "in progress"
    assert "Ada Maker" in page.view.team.text()
    assert page.view.no_photos.isVisibleTo(page.view)
    assert unnamed(page) == []
    qtbot.keyClick(page.back_button, Qt.Key.Key_Escape)
    assert page.stack.currentIndex() == GALLERY
    assert [r.title for r in page.model.rows()] == ["Solar lamp"]


def test_the_gallery_searches_and_filters_by_status_workshop_and_participant(
        signed_in_window, qtbot, monkeypatch):
    window = signed_in_window
    db = window.db
    ada, bo = person(db, "Ada"), person(db, "Bo")
    with unit_of_work(db, Actor.system()) as uow:
        lamps = workshops.create_workshop(uow, WorkshopInput("Lamps", 8)).id
    project(db, "Solar lamp", (ada,), workshop_id=lamps, status=ProjectStatus.FINISHED)
    project(db, "Kite", (bo,))
    project(db, "Bird box", (ada, bo), description="Made of offcuts")
    page = projects_page(window, qtbot)
    assert page.stack.currentIndex() == GALLERY
    assert {r.title for r in page.model.rows()} == {"Solar lamp", "Kite", "Bird box"}
    qtbot.keyClicks(page.search_edit, "offcut")
    qtbot.waitUntil(lambda: [r.title for r in page.model.rows()] == ["Bird box"])
    page.search_edit.clear()
    page.status_combo.setCurrentIndex(page.status_combo.findData(ProjectStatus.FINISHED))
    assert [r.title for r in page.model.rows()] == ["Solar lamp"]
    page.status_combo.setCurrentIndex(0)
    assert page.workshop_combo.findData(lamps) > 0
    page.workshop_combo.setCurrentIndex(page.workshop_combo.findData(lamps))
    assert [r.title for r in page.model.rows()] == ["Solar lamp"]
    page.workshop_combo.setCurrentIndex(0)
    page.set_participant_filter((bo, "Bo Maker"))
    assert {r.title for r in page.model.rows()} == {"Kite", "Bird box"}
    assert page.clear_participant_button.isVisible()
    page.search_edit.setText("lamp")
    page.refresh()
    assert page.model.rowCount() == 0
    assert "No project matches" in page.gallery_status.text()
    page.search_edit.clear()
    page.clear_participant_button.click()
    assert page.model.rowCount() == 3
    # Enter on a card opens its page
    page.gallery.setFocus()
    page.gallery.setCurrentIndex(page.model.index(page.model.row_of(
        next(r.id for r in page.model.rows() if r.title == "Kite")), 0))
    qtbot.keyClick(page.gallery, Qt.Key.Key_Return)
    assert page.stack.currentIndex() == PROJECT and page.view.title.text() == "Kite"


def test_a_photo_is_warned_about_and_refused_for_someone_without_photo_consent(
        signed_in_window, qtbot, tmp_path):
    window = signed_in_window
    db = window.db
    ada = person(db, "Ada", photo_consent=True)
    bo = person(db, "Bo")
    pid = project(db, "Solar lamp", (ada, bo))
    page = projects_page(window, qtbot)
    assert page.open_project(pid)
    path = photo_file(tmp_path)
    dialog, why = PhotoDialog.open_file(window, window.context, page.page_data.project, str(path))
    assert dialog is not None and why == ""
    qtbot.addWidget(dialog)
    assert "photo consent" in dialog.warning_label.text()
    assert not dialog.attach_button.isEnabled()  # the warning is confirmed first
    texts = [dialog.people_list.item(i).text() for i in range(dialog.people_list.count())]
    assert any("Bo Maker" in t and "no photo consent" in t for t in texts)
    assert any("Ada Maker" in t and "consent given" in t for t in texts)
    assert unnamed(dialog) == []
    dialog.set_shown(ada, True)
    dialog.set_shown(bo, True)
    dialog.confirm_box.setChecked(True)
    assert dialog.attach_button.isEnabled()
    assert dialog.attach() is None
    assert "Bo Maker" in dialog.message.text and count(db, ProjectPhoto) == 0
    dialog.set_shown(bo, False)
    dialog.caption_edit.setText("The finished lamp")
    photo = dialog.attach()
    assert photo is not None and [m.display_name for m in photo.people_shown] == ["Ada Maker"]
    assert photo.thumbnail is not None and QImage.fromData(photo.thumbnail).width() <= 480
    window.context.data_changed.emit()
    assert page.view.photo_id_shown == photo.id and page.view.photo.has_image()
    assert "Ada Maker" in page.view.photo_people.text()
    page.back_to_gallery()
    assert page.model.rows()[0].photo_count == 1
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.DecorationRole) is not None


def test_a_photo_too_large_or_not_an_image_is_refused_before_the_dialog(
        signed_in_window, qtbot, tmp_path, monkeypatch):
    window = signed_in_window
    pid = project(window.db, "Kite")
    page = projects_page(window, qtbot)
    assert page.open_project(pid)
    text = tmp_path / "notes.png"
    text.write_text("not a picture")
    assert page.add_photo_from(str(text)) is None
    assert "not a photo" in page.project_message.text
    from makerspace_app.ui.dialogs import project_photo

    monkeypatch.setattr(project_photo, "MAX_PHOTO_BYTES", 100)
    assert page.add_photo_from(str(photo_file(tmp_path))) is None
    assert "at most" in page.project_message.text and count(window.db, ProjectPhoto) == 0


def test_files_are_attached_within_the_limit_saved_opened_and_removed(
        signed_in_window, qtbot, tmp_path, monkeypatch):
    window = signed_in_window
    pid = project(window.db, "Kite")
    page = projects_page(window, qtbot)
    assert page.open_project(pid)
    design = tmp_path / "kite.svg"
    design.write_bytes(b"<svg xmlns='http://www.w3.org/2000/svg'/>")
    monkeypatch.setattr(page_module, "MAX_FILE_BYTES", 10)
    assert page.attach_file_from(str(design)) is None
    assert "at most" in page.project_message.text and count(window.db, ProjectFile) == 0
    monkeypatch.undo()
    attached = page.attach_file_from(str(design))
    assert attached is not None and attached.media_type == "image/svg+xml"
    assert page.view.files_list.count() == 1 and "kite.svg" in page.view.files_list.item(0).text()
    copy = tmp_path / "copy.svg"
    monkeypatch.setattr(page_module.QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(copy), ""))
    assert page.save_file() == str(copy) and copy.read_bytes() == design.read_bytes()
    opened = []
    monkeypatch.setattr(page_module.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    path = page.open_file()
    assert opened == [path] and Path(path).read_bytes() == design.read_bytes()
    assert page.remove_file_now(attached.id)
    assert count(window.db, ProjectFile) == 0 and page.view.no_files.isVisibleTo(page.view)


def test_equipment_used_is_chosen_from_the_teams_bookings(signed_in_window, qtbot):
    window = signed_in_window
    db = window.db
    ada = person(db, "Ada")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    with db.session() as s:  # a finished booking, as if made weeks ago
        site = Site(name="Central", address="", timezone="UTC")
        s.add(site)
        s.flush()
        space = Space(site_id=site.id, name="Makerspace")
        category = EquipmentCategory(name="3D printers", description="",
                                     requires_certification=False)
        s.add_all([space, category])
        s.flush()
        item = Equipment(asset_tag="3DP-1", name="Prusa 1", category_id=category.id,
                         space_id=space.id, created_at=now, serial_number="", notes="")
        s.add(item)
        s.flush()
        booking = Booking(equipment_id=item.id, participant_id=ada,
                          starts_at=now - dt.timedelta(days=14, hours=2),
                          ends_at=now - dt.timedelta(days=14), status=BookingStatus.COMPLETED,
                          created_at=now - dt.timedelta(days=20))
        s.add(booking)
        s.flush()
        booking_id = booking.id
    pid = project(db, "Kite")
    page = projects_page(window, qtbot)
    assert page.open_project(pid)
    dialog = EquipmentDialog(window.context, page.page_data.project, page.tz, window)
    qtbot.addWidget(dialog)
    assert "no team" in dialog.empty.text() and not dialog.add_button.isEnabled()
    with unit_of_work(db, Actor.system()) as uow:
        projects.edit_project(uow, pid, ProjectInput(title="Kite", team=(ada,)))
    page.reload_project()
    dialog = EquipmentDialog(window.context, page.page_data.project, page.tz, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1 and "Prusa 1 (3DP-1)" in dialog.list.item(0).text()
    assert unnamed(dialog) == []
    use = dialog.add()
    assert use is not None and use.booking_id == booking_id
    window.context.data_changed.emit()
    assert page.view.equipment_list.count() == 1
    assert "Prusa 1" in page.view.equipment_list.item(0).text()
    assert "Ada Maker" in page.view.equipment_list.item(0).text()
    assert page.view.show_booking_button.isEnabled()
    tz = page.tz
    assert page.show_booking()  # Bookings, on the booking's day
    assert window.current_area() == "bookings"
    booked = (now - dt.timedelta(days=14, hours=2)).astimezone(tz).date()
    assert booked in window.page("bookings").days()
    page = projects_page(window, qtbot)
    assert page.stack.currentIndex() == PROJECT
    again = EquipmentDialog(window.context, page.page_data.project, page.tz, window)
    qtbot.addWidget(again)
    assert "already listed" in again.list.item(0).text() and not again.add_button.isEnabled()
    assert page.remove_equipment()
    assert page.view.equipment_list.count() == 0


def test_the_workshop_link_opens_the_workshop_and_a_coordinator_removes_a_project(
        signed_in_window, qtbot, monkeypatch):
    window = signed_in_window
    with unit_of_work(window.db, Actor.system()) as uow:
        lamps = workshops.create_workshop(uow, WorkshopInput("Lamps", 8)).id
    pid = project(window.db, "Solar lamp", workshop_id=lamps)
    page = projects_page(window, qtbot)
    assert page.show_record(pid)
    assert page.view.workshop_button.isVisibleTo(page.view)
    assert "Lamps" in page.view.workshop_button.text()
    page.view.workshop_button.click()
    assert window.current_area() == "workshops"
    assert window.page("workshops").current.id == lamps
    page = projects_page(window, qtbot)
    assert page.stack.currentIndex() == PROJECT
    monkeypatch.setattr(page_module, "confirm_destructive", lambda *a, **k: True)
    assert page.delete_project()
    assert count(window.db, Project) == 0 and page.stack.currentIndex() == EMPTY


def test_a_front_desk_looks_but_does_not_change(ui_db, make_window, qtbot):
    from makerspace_app.services import staff

    with unit_of_work(ui_db, Actor.system()) as uow:
        staff.create_first_admin(uow, "amira", "Amira Haddad", "correct horse battery")
        staff.create_staff(uow, "dee", "Dee Desk", StaffRole.FRONT_DESK,
                           password="front desk secret")
    pid = project(ui_db, "Kite")
    window = make_window(ui_db)
    sign_in = window.sign_in_page
    sign_in.username_edit.setText("dee")
    sign_in.secret_edit.setText("front desk secret")
    sign_in.submit()
    page = projects_page(window, qtbot)
    assert not page.new_button.isEnabled()
    assert page.open_project(pid)
    for button in (page.view.edit_button, page.view.add_photo_button, page.view.attach_button,
                   page.view.add_equipment_button, page.view.delete_button):
        assert not button.isVisibleTo(page.view)


def make_png() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#3070c0"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_the_gallery_model_passes_the_model_tester(signed_in_window, qtbot, qtmodeltester):
    window = signed_in_window
    ada = person(window.db, "Ada", photo_consent=True)
    pid = project(window.db, "Solar lamp", (ada,))
    with unit_of_work(window.db, Actor.system()) as uow:
        projects.add_photo(uow, pid, make_png(), "", [ada], True, make_png())
    page = projects_page(window, qtbot)
    qtmodeltester.check(page.model)
    index = page.model.index(0, 0)
    assert "Solar lamp" in page.model.data(index, Qt.ItemDataRole.AccessibleTextRole)
    assert "Ada Maker" in page.model.data(index, Qt.ItemDataRole.AccessibleTextRole)
