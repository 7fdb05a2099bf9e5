"""Dates and times written the way the user's locale writes them (QLocale).

Services hand the window datetimes already in the makerspace's time zone, or values that carry
their kind (``services.bookings.Shown``: a time, a day or a day's opening hours); this module
turns them into text for the current locale.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def short_time(value: dt.datetime | dt.time, tz: ZoneInfo | None = None) -> str:
    """A time in the user's locale (a datetime is first put in ``tz``)."""
    if isinstance(value, dt.datetime):
        value = value.astimezone(tz).time() if tz is not None else value.time()
    return QLocale().toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)


def long_day(value: dt.date) -> str:
    """A day written out in full, as the user's locale writes it ("Friday, 27 November 2026",
    "viernes, 27 de noviembre de 2026")."""
    return QLocale().toString(QDate(value.year, value.month, value.day),
                              QLocale.FormatType.LongFormat)


def localised(value: Any) -> Any:
    """A refusal's parameter in the user's locale when it carries its kind; else unchanged."""
    kind = getattr(value, "kind", None)
    values = getattr(value, "values", None)
    if kind == "time" and values:
        return short_time(values[0])
    if kind == "day" and values:
        return long_day(values[0])
    if kind == "hours" and values is not None:
        if not values:
            return QCoreApplication.translate("Errors", "closed all day")
        return ", ".join(f"{short_time(a)}–{short_time(b)}" for a, b in values)
    return value


# The year in a locale's long date format, with the words and separators that belong to it
# ("'de' yyyy" in Spanish, "yyyy 'р'." in Ukrainian), so a day can be named without its year.
_YEAR = re.compile(r"[\s,]*(?:'[^']*'\s*)?y+(?:\s*'[^']*'\.?)?")


def day_format(locale: QLocale, short: bool = False) -> str:
    """The locale's way of naming a day without the year ("Friday 27 November",
    "viernes, 27 de noviembre"); ``short`` abbreviates the weekday and month ("Fri 27 Nov")."""
    pattern = _YEAR.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,")
    if short:
        pattern = pattern.replace("dddd", "ddd").replace("MMMM", "MMM")
    return pattern or ("ddd d MMM" if short else "dddd d MMMM")
