"""No double booking, ever: several OS processes race to book overlapping slots of one item,
through the services and straight into the table; afterwards no two active bookings of the
item overlap. On SQLite and on PostgreSQL."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest
from sqlalchemy import text

from makerspace_app.persistence.models import Equipment, EquipmentCategory, Participant

from .race_worker import BASE, attempt

PROCESSES = 4
TRIES = 40


def _overlapping_pairs(db) -> int:
    with db.session(read_only=True) as s:
        return s.execute(text(
            "SELECT count(*) FROM bookings a JOIN bookings b ON a.id < b.id "
            "AND a.equipment_id = b.equipment_id "
            "AND a.status IN ('booked', 'checked_in') AND b.status IN ('booked', 'checked_in') "
            "AND a.starts_at < b.ends_at AND b.starts_at < a.ends_at")).scalar()


def _setup(db) -> tuple[int, int]:
    with db.session() as s:
        cat = EquipmentCategory(name="Laser cutters", description="", requires_certification=False)
        s.add(cat)
        s.flush()
        item = Equipment(asset_tag="LAS-1", name="Laser 1", category_id=cat.id, created_at=BASE,
                         serial_number="", notes="")
        person = Participant(badge_code="RACE0001", given_name="Rae", created_at=BASE, languages=[],
                             accessibility_tags=[], date_of_birth=dt.date(1990, 1, 1))
        s.add_all([item, person])
        s.flush()
        return item.id, person.id


def _url(db) -> str:
    return db.location.url.render_as_string(hide_password=False)


@pytest.mark.slow
@pytest.mark.parametrize("raw", [False, True], ids=["through-services", "straight-into-table"])
def test_racing_processes_never_double_book(db, raw: bool) -> None:
    item, person = _setup(db)
    ctx = multiprocessing.get_context("spawn")
    barrier = ctx.Manager().Barrier(PROCESSES)
    with ctx.Pool(PROCESSES) as pool:
        results = pool.starmap(attempt, [(_url(db), item, person, seed, TRIES, barrier, raw)
                                         for seed in range(PROCESSES)])
    booked = sum(r[0] for r in results)
    refused = sum(r[1] for r in results)
    assert booked + refused == PROCESSES * TRIES
    assert booked >= 1 and refused >= 1  # there really was contention
    assert _overlapping_pairs(db) == 0
    with db.session(read_only=True) as s:
        assert s.execute(text("SELECT count(*) FROM bookings")).scalar() == booked
