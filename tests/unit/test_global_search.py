"""The one search field at the top of the window: projects are found by their title like
everything else (case- and accent-insensitive, any word of it), and a kind with many matches
does not crowd the others out of the list — on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from makerspace_app.domain.enums import AgeBand
from makerspace_app.services import participants, projects, search, workshops
from makerspace_app.services.participants import ParticipantInput
from makerspace_app.services.projects import ProjectInput
from makerspace_app.services.uow import Actor, unit_of_work
from makerspace_app.services.workshops import WorkshopInput

NOW = dt.datetime(2026, 3, 10, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def work(db):
    def make(read_only: bool = False):
        return unit_of_work(db, Actor.system(), read_only=read_only, clock=lambda: NOW)

    return make


def _kinds(hits: list[search.SearchHit]) -> list[tuple[str, str]]:
    return [(h.kind, h.title) for h in hits]


def test_a_project_is_found_by_any_word_of_its_title(work) -> None:
    with work() as uow:
        lamp = projects.create_project(uow, ProjectInput("Lámpara solar für Müllers Garten"))
        projects.create_project(uow, ProjectInput("Sewing a tote bag"))
    with work(read_only=True) as uow:
        for typed in ("lampara", "SOLAR", "mullers", "muellers garten", "lámpara solar"):
            hits = search.global_search(uow, typed)
            assert [(h.kind, h.id) for h in hits] == [("project", lamp.id)], typed
        assert search.global_search(uow, "kite") == []


def test_a_project_hit_names_its_workshop(work) -> None:
    with work() as uow:
        course = workshops.create_workshop(uow, WorkshopInput("Laser cutting basics", 8))
        box = projects.create_project(uow, ProjectInput("Finger-joint box",
                                                        workshop_id=course.id))
        alone = projects.create_project(uow, ProjectInput("Box kite"))
    with work(read_only=True) as uow:
        hits = [h for h in search.global_search(uow, "box") if h.kind == "project"]
    # In title order, with the workshop the project came from as the second line.
    assert [(h.id, h.title, h.subtitle) for h in hits] == [
        (alone.id, "Box kite", ""),
        (box.id, "Finger-joint box", "Laser cutting basics"),
    ]


def test_typed_wildcards_match_themselves_in_project_titles(work) -> None:
    with work() as uow:
        full = projects.create_project(uow, ProjectInput("100% recycled planter"))
        projects.create_project(uow, ProjectInput("100 recycled bottles"))
    with work(read_only=True) as uow:
        assert [h.id for h in search.global_search(uow, "100%")] == [full.id]


def test_many_participants_do_not_hide_a_project(work) -> None:
    with work() as uow:
        for n in range(25):
            participants.register_participant(uow, ParticipantInput(
                given_name="Anna", family_name=f"Lind {n:02d}", age_band=AgeBand.AGE_26_64))
        item = projects.create_project(uow, ProjectInput("Anna's lamp"))
        course = workshops.create_workshop(uow, WorkshopInput("Anna's sewing circle", 6))
    with work(read_only=True) as uow:
        hits = search.global_search(uow, "anna", limit=20)
    assert len(hits) == 20
    kinds = [h.kind for h in hits]
    # People first, then workshops, then projects; every kind that matched is listed.
    assert kinds == ["participant"] * 18 + ["workshop", "project"]
    assert (hits[-2].id, hits[-1].id) == (course.id, item.id)
    with work(read_only=True) as uow:
        every = search.global_search(uow, "anna", limit=100)
    assert [h.kind for h in every].count("participant") == 25


def test_a_limit_smaller_than_the_kinds_keeps_the_first_kinds(work) -> None:
    with work() as uow:
        participants.register_participant(uow, ParticipantInput(
            given_name="Robin", family_name="Lamp", age_band=AgeBand.AGE_26_64))
        projects.create_project(uow, ProjectInput("Lamp shade"))
    with work(read_only=True) as uow:
        assert _kinds(search.global_search(uow, "lamp", limit=1)) == [("participant", "Robin Lamp")]
        assert _kinds(search.global_search(uow, "lamp", limit=2)) == [
            ("participant", "Robin Lamp"), ("project", "Lamp shade")]
