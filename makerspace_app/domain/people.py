"""Ages and age bands: who is a minor (and so needs a guardian), with no I/O."""

from __future__ import annotations

import datetime as dt

from makerspace_app.domain.enums import AgeBand

MINOR_BANDS = (AgeBand.UNDER_12, AgeBand.AGE_12_17)


def age_on(date_of_birth: dt.date, day: dt.date) -> int:
    """Whole years completed on ``day`` (someone born on 29 February turns a year older on
    1 March in other years)."""
    before_birthday = (day.month, day.day) < (date_of_birth.month, date_of_birth.day)
    return day.year - date_of_birth.year - int(before_birthday)


def band_for_age(age: int) -> AgeBand:
    if age < 12:
        return AgeBand.UNDER_12
    if age < 18:
        return AgeBand.AGE_12_17
    if age < 26:
        return AgeBand.AGE_18_25
    if age < 65:
        return AgeBand.AGE_26_64
    return AgeBand.AGE_65_PLUS


def is_minor(date_of_birth: dt.date | None, band: AgeBand | None, today: dt.date,
             adult_age: int) -> bool | None:
    """True under the adult age; from the band, under_12 and 12_17 are minors. None: unknown."""
    if date_of_birth is not None:
        return age_on(date_of_birth, today) < adult_age
    if band is not None:
        return band in MINOR_BANDS
    return None
