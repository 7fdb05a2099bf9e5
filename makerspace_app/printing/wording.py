"""The words printed on certificates and badges, in each language the app has.

A certificate is printed in the participant's language, not the interface language of the desk
that prints it, so its words cannot come from the Qt translation of the running app: they are
kept here per language, with dates (month names, order) and plural forms of "hours".
``LANGUAGES`` lists the languages a certificate can be printed in; ``certificate_language``
picks one for a participant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

LANGUAGES = ("en", "es", "fr", "ar", "uk")

_CERTIFICATE: dict[str, dict[str, str]] = {
    "en": {
        "title": "Certificate of Completion",
        "certifies": "This certifies that",
        "completed": "has successfully completed",
        "verification_code": "Verification code",
        "serial": "Certificate no.",
        "issued": "Issued",
        "signature": "Signature",
        "cheer": "Well done!",
        "verify_hint": "{org} can confirm this code",
        "led_by": "Led by {names}",
        "and": "and",
        "member_since": "Member since {year}",
    },
    "es": {
        "title": "Certificado de finalización",
        "certifies": "Se certifica que",
        "completed": "ha completado con éxito",
        "verification_code": "Código de verificación",
        "serial": "Certificado n.º",
        "issued": "Expedido",
        "signature": "Firma",
        "cheer": "¡Muy bien!",
        "verify_hint": "{org} puede confirmar este código",
        "led_by": "Impartido por {names}",
        "and": "y",
        "member_since": "Miembro desde {year}",
    },
    "fr": {
        "title": "Certificat de réussite",
        "certifies": "Nous certifions que",
        "completed": "a suivi avec succès",
        "verification_code": "Code de vérification",
        "serial": "Certificat n°",
        "issued": "Délivré le",
        "signature": "Signature",
        "cheer": "Bravo !",
        "verify_hint": "{org} peut confirmer ce code",
        "led_by": "Animé par {names}",
        "and": "et",
        "member_since": "Membre depuis {year}",
    },
    "ar": {
        "title": "شهادة إتمام",
        "certifies": "نشهد بأن",
        "completed": "قد أتمّ بنجاح",
        "verification_code": "رمز التحقق",
        "serial": "رقم الشهادة",
        "issued": "تاريخ الإصدار",
        "signature": "التوقيع",
        "cheer": "أحسنت!",
        "verify_hint": "يمكن لـ {org} تأكيد هذا الرمز",
        "led_by": "بإشراف {names}",
        "and": "و",
        "member_since": "عضو منذ {year}",
    },
    "uk": {
        "title": "Сертифікат про завершення",
        "certifies": "Цим засвідчується, що",
        "completed": "успішно завершив(-ла) курс",
        "verification_code": "Код перевірки",
        "serial": "Сертифікат №",
        "issued": "Видано",
        "signature": "Підпис",
        "cheer": "Чудово!",
        "verify_hint": "{org} може підтвердити цей код",
        "led_by": "Ведучі: {names}",
        "and": "і",
        "member_since": "Учасник з {year} року",
    },
}

_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"),
    "ar": ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر"),
    # Ukrainian dates use the genitive: "14 березня 2026 р."
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
           "вересня", "жовтня", "листопада", "грудня"),
}


def language_of(code: str) -> str | None:
    """The app's language for a language code (``es-MX`` → ``es``), or None."""
    primary = (code or "").replace("_", "-").split("-", 1)[0].lower()
    return primary if primary in _CERTIFICATE else None


def certificate_language(preferred: str, organisation: str) -> str:
    """The participant's preferred language where the app has it, else the organisation's."""
    return language_of(preferred) or language_of(organisation) or "en"


def word(language: str, key: str) -> str:
    return _CERTIFICATE.get(language, _CERTIFICATE["en"]).get(key) or _CERTIFICATE["en"][key]


def certificate_labels(language: str, org: str = "") -> dict[str, str]:
    keys = ("title", "certifies", "completed", "verification_code", "serial", "issued",
            "signature", "cheer")
    return {key: word(language, key) for key in keys}


def verify_hint(language: str, org: str) -> str:
    return word(language, "verify_hint").format(org=org.strip()) if org.strip() else ""


def format_date(day: dt.date, language: str) -> str:
    month = _MONTHS.get(language, _MONTHS["en"])[day.month - 1]
    if language == "es":
        return f"{day.day} de {month} de {day.year}"
    if language == "uk":
        return f"{day.day} {month} {day.year} р."
    if language == "fr":
        return f"{'1er' if day.day == 1 else day.day} {month} {day.year}"
    return f"{day.day} {month} {day.year}"


def format_date_range(first: dt.date, last: dt.date, language: str) -> str:
    if first == last:
        return format_date(first, language)
    if language in ("en", "fr", "ar", "uk") and (first.year, first.month) == (last.year,
                                                                              last.month):
        start = "1er" if language == "fr" and first.day == 1 else str(first.day)
        return f"{start}–{format_date(last, language)}"
    if language == "es" and (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{format_date(last, language)}"
    if language == "es" and first.year == last.year:
        month = _MONTHS["es"][first.month - 1]
        return f"{first.day} de {month} – {format_date(last, language)}"
    return f"{format_date(first, language)} – {format_date(last, language)}"


def format_hours(hours: float, language: str) -> str:
    """Hours with the language's plural form; halves kept ("1.5 hours")."""
    whole = float(hours).is_integer()
    n = int(hours) if whole else hours
    sep = "," if language in ("es", "fr", "uk", "ar") else "."
    number = str(n) if whole else f"{hours:.1f}".replace(".", sep)
    if language == "en":
        return f"{number} hour" + ("" if n == 1 else "s")
    if language == "es":
        return f"{number} hora" + ("" if n == 1 else "s")
    if language == "fr":
        return f"{number} heure" + ("" if (not whole or n < 2) else "s")
    if language == "uk":
        if not whole:
            return f"{number} години"
        if n % 10 == 1 and n % 100 != 11:
            return f"{number} година"
        if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14):
            return f"{number} години"
        return f"{number} годин"
    if language == "ar":
        if not whole:
            return f"{number} ساعة"
        if n == 1:
            return "ساعة واحدة"
        if n == 2:
            return "ساعتان"
        if 3 <= n % 100 <= 10:
            return f"{number} ساعات"
        return f"{number} ساعة"
    return f"{number} h"


def join_names(names: Sequence[str], language: str) -> str:
    names = [n for n in names if n.strip()]
    if len(names) <= 1:
        return "".join(names)
    conj = word(language, "and")
    if language == "ar":
        return "، ".join(names[:-1]) + f" {conj}" + names[-1]
    return ", ".join(names[:-1]) + f" {conj} " + names[-1]


def led_by(names: Sequence[str], language: str) -> str:
    joined = join_names(names, language)
    return word(language, "led_by").format(names=joined) if joined else ""


def member_since(year: int, language: str) -> str:
    return word(language, "member_since").format(year=year)


def bilingual(first: str, second: str) -> str:
    """Two wordings of one thing on one line (the first language first)."""
    if not second or first == second:
        return first
    if not first:
        return second
    return f"{first} / {second}"
