"""Names as people write them are kept, and found again from plain typing."""

from __future__ import annotations

import csv
import unicodedata
from pathlib import Path

import pytest

from makerspace_app.domain.text import fold, normalise_text, search_key

NAMES = list(csv.DictReader((Path(__file__).parents[1] / "data" / "names.csv").open(encoding="utf-8")))


@pytest.mark.parametrize(
    ("typed", "stored_name"),
    [
        ("jose garcia", "José García López"),
        ("muller", "Jürgen Müller"),
        ("mueller", "Jürgen Müller"),
        ("lukasz dvorak", "Łukasz Dvořák"),
        ("soren", "Søren Kierkegård"),
        ("nguyen", "Nguyễn Thị Minh Khai"),
        ("ipek celik", "İpek Çelik"),
        ("strasse", "Straße Weiß"),
        ("weiss", "Straße Weiß"),
        ("amelie", unicodedata.normalize("NFD", "Amélie Dupont")),
        ("adebayo", "Ngozi Okonkwo-Adébáyọ̀"),
        ("ΣΟΦΙΑ", "Σοφία Παπαδοπούλου"),
        ("олександр", "Олександр Шевченко"),
        ("عبد الله", "محمد عبد الله"),
        ("رضایی", "نرگس رضایی‌پور"),
        ("小明", "王 小明"),
        ("さくら", "佐藤 さくら"),
        ("민준", "김 민준"),
        ("ቢቂላ", "አበበ ቢቂላ"),
        ("manuka", "Mānuka Tūhoe"),
    ],
)
def test_plain_typing_finds_the_name(typed: str, stored_name: str) -> None:
    key = search_key(stored_name)
    for word in fold(typed).split():
        assert word in key, (typed, key)


def test_names_are_stored_as_typed_only_normalised_and_trimmed() -> None:
    assert normalise_text("  Leading ") == "Leading"
    assert normalise_text(unicodedata.normalize("NFD", "Amélie")) == "Amélie"
    assert normalise_text("Ana   Maria") == "Ana Maria"
    assert normalise_text("رضایی‌پور") == "رضایی‌پور"  # the ZWNJ is part of the spelling


def test_vowel_signs_of_indic_and_thai_names_are_kept() -> None:
    assert fold("अंजलि") == "अंजलि"
    assert fold("கார்த்திக்") == "கார்த்திக்"
    assert fold("สมชาย") == "สมชาย"


@pytest.mark.parametrize("row", NAMES, ids=[r["what_it_tests"][:40] for r in NAMES])
def test_every_shared_name_is_found_by_its_parts(row: dict) -> None:
    given, family = normalise_text(row["given_name"]), normalise_text(row["family_name"])
    key = search_key(given, family)
    for part in (given, family):
        for word in fold(part).split():
            assert word in key
