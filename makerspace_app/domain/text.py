"""Names as people write them, and the folded forms used to find them.

Names are stored as typed, only Unicode-normalised (NFC) and trimmed. Search compares a folded
form: case-folded, accents removed, and the few Latin letters that do not decompose (Ł, Ø, ß,
Æ, Đ, ı...) mapped to their plain look-alikes, so "lukasz" finds "Łukasz" and "muller" finds
"Müller". Scripts without case or accents (Arabic, CJK, Devanagari...) pass through unchanged
apart from normalisation, so any part of such a name finds it.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")

# Letters that NFKD does not split into base letter + mark.
_FOLD_EXTRA = str.maketrans(
    {
        "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe",
        "ß": "ss", "ı": "i", "ħ": "h", "ŧ": "t", "ŀ": "l", "ĸ": "k",
        # Arabic letters with several common spellings: hamza forms fold to bare alef, etc.
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه",
        # Zero-width joiners and non-joiners do not change what a name says.
        "\u200c": "", "\u200d": "", "\u200e": "", "\u200f": "",
    }
)

# German spelling of umlauts, so "mueller" finds "Müller" too.
_GERMAN = {"ä": "ae", "ö": "oe", "ü": "ue"}
_GERMAN_RE = re.compile("[äöü]")


def normalise_text(value: str | None) -> str:
    """NFC, trimmed, inner runs of white space made one space. None becomes ''."""
    if value is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def fold(value: str | None) -> str:
    """The form used for case- and accent-insensitive comparison."""
    # Case-folded after the compatibility decomposition too: NFKD turns fullwidth "Ａ" and
    # mathematical "𝑨" into a capital "A", which must fold like any other.
    text = unicodedata.normalize("NFKD", normalise_text(value)).casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    # Drop combining marks only from Latin, Greek and Cyrillic letters: in Indic scripts,
    # Thai, Hebrew or Arabic the "marks" are vowels and part of the name.
    out: list[str] = []
    base_is_alphabetic_cased = False
    for ch in decomposed:
        if unicodedata.combining(ch):
            if base_is_alphabetic_cased:
                continue
        else:
            base_is_alphabetic_cased = ch.isalpha() and _is_cased_alphabet(ch)
        out.append(ch)
    folded = unicodedata.normalize("NFC", "".join(out)).translate(_FOLD_EXTRA)
    # Decomposing can bring out spaces ("¯" is a space and a macron): one space, trimmed.
    return _SPACES.sub(" ", folded).strip()


def _is_cased_alphabet(ch: str) -> bool:
    code = ord(ch)
    return (
        code < 0x0250  # Basic Latin through Latin Extended-B
        or 0x1E00 <= code <= 0x1EFF  # Latin Extended Additional (Vietnamese)
        or 0x0370 <= code <= 0x03FF  # Greek
        or 0x1F00 <= code <= 0x1FFF  # Greek Extended
    )


def search_key(*parts: str | None) -> str:
    """Everything a record can be found by, folded, one space between parts.

    German umlauts are also added in their "ae/oe/ue" spelling.
    """
    pieces = [normalise_text(p).casefold() for p in parts if p]
    raw = " ".join(pieces)
    keys = [fold(raw)]
    if _GERMAN_RE.search(raw):
        keys.append(fold(_GERMAN_RE.sub(lambda m: _GERMAN[m.group(0)], raw)))
    return " | ".join(keys)


def escape_like(term: str) -> str:
    """Escape LIKE wildcards so typed % and _ match themselves (use ESCAPE '\\')."""
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
