"""Short codes people read, type and scan: badge codes and certificate serials."""

from __future__ import annotations

import secrets

# Crockford's base 32: no I, L, O or U, so codes survive being read aloud and retyped.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})
BADGE_CODE_LENGTH = 8


def new_badge_code() -> str:
    """A random 8-character code (40 bits): unique enough; the database enforces uniqueness."""
    return "".join(secrets.choice(ALPHABET) for _ in range(BADGE_CODE_LENGTH))


def normalise_code(typed: str) -> str:
    """What a person typed or a scanner sent, in canonical form (case, spaces, look-alikes)."""
    cleaned = "".join(ch for ch in typed.strip().upper() if ch not in " -")
    return cleaned.translate(_READ_AS)


def looks_like_badge_code(typed: str) -> bool:
    code = normalise_code(typed)
    return len(code) == BADGE_CODE_LENGTH and all(ch in ALPHABET for ch in code)
