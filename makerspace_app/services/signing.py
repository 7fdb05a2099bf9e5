"""Verification codes for badges and certificates, signed with the organisation's Ed25519 key.

The key pair is created on first use and kept with the database (a row of the ``settings``
table, outside the registry of settings a user edits), so every desk sharing a PostgreSQL
database signs and verifies with the same key, and a backup of the database carries it.

A code is what a person types or scans: 25 characters of Crockford base32 in five groups,
``7KQ2M-0VXD4-J8RCA-5TNWH-3EZPB``. It holds

- the serial (kind, year, number: ``C-2026-000123``) in 5 bytes,
- 10 bytes of the Ed25519 signature of the serial, so the code cannot be derived from the
  serial without the organisation's private key,
- one check character (mod 32), so most typing mistakes are told apart from forgeries.

Ed25519 signatures are deterministic (RFC 8032), so checking a code signs its serial again
with the database's key and compares the 10 bytes in constant time. The full 64-byte signature
would need 103 characters, too many to type from a printed page; 80 bits still leave a forger
one chance in 2^80 per try.
"""

from __future__ import annotations

import base64
import hmac
import re
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from makerspace_app.persistence.models import Setting
from makerspace_app.services.uow import UnitOfWork

KEY_SETTING = "credentials.signing_key"
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
_DECODE = {ch: i for i, ch in enumerate(ALPHABET)}
_DECODE.update({"O": 0, "I": 1, "L": 1})  # what people type for 0 and 1
SIGNATURE_BYTES = 10
CODE_CHARS = 25  # 24 data characters (15 bytes) + 1 check character
GROUP = 5
KINDS = {"badge": "B", "certificate": "C"}
_KIND_BITS = {"B": 0, "C": 1}
_SERIAL = re.compile(r"^([BC])-(\d{4})-(\d{6,10})$")


class CodeMistyped(ValueError):
    """The text is not a well-formed code (wrong length, a character no code has, a check
    character that does not match)."""


@dataclass(frozen=True)
class DecodedCode:
    serial: str
    signature: bytes


def make_serial(kind: str, year: int, number: int) -> str:
    return f"{KINDS[kind]}-{year:04d}-{number:06d}"


def _pack_serial(serial: str) -> bytes:
    m = _SERIAL.match(serial)
    if not m:
        raise ValueError(f"not a serial: {serial!r}")
    kind, year, number = m.group(1), int(m.group(2)), int(m.group(3))
    if not 2000 <= year <= 2127 or number >= 2**32:
        raise ValueError(f"serial out of range: {serial!r}")
    head = (_KIND_BITS[kind] << 7) | (year - 2000)
    return bytes([head]) + number.to_bytes(4, "big")


def _unpack_serial(data: bytes) -> str:
    head, number = data[0], int.from_bytes(data[1:5], "big")
    kind = "C" if head >> 7 else "B"
    return f"{kind}-{2000 + (head & 0x7F):04d}-{number:06d}"


def _check_char(values: list[int]) -> int:
    """A mod-32 Luhn check value: catches every single wrong character and most swaps."""
    total = 0
    for i, v in enumerate(reversed(values)):
        if i % 2 == 0:
            v *= 2
            v = v // 32 + v % 32
        total += v
    return (32 - total % 32) % 32


def _to_base32(data: bytes) -> list[int]:
    number = int.from_bytes(data, "big")
    count = len(data) * 8 // 5
    return [(number >> (5 * (count - 1 - i))) & 31 for i in range(count)]


def format_code(serial: str, signature: bytes) -> str:
    values = _to_base32(_pack_serial(serial) + signature[:SIGNATURE_BYTES])
    values.append(_check_char(values))
    text = "".join(ALPHABET[v] for v in values)
    return "-".join(text[i:i + GROUP] for i in range(0, len(text), GROUP))


def normalise_code(typed: str) -> str:
    """The code as printed (upper case, grouped) from what someone typed or scanned."""
    chars = [ch for ch in typed.upper() if ch not in " -\t\r\n"]
    text = "".join(ALPHABET[_DECODE[ch]] if ch in _DECODE else ch for ch in chars)
    return "-".join(text[i:i + GROUP] for i in range(0, len(text), GROUP))


def parse_code(typed: str) -> DecodedCode:
    """The serial and signature bytes in a typed code, or CodeMistyped saying what is wrong."""
    chars = [ch for ch in typed.upper() if ch not in " -\t\r\n"]
    bad = [ch for ch in chars if ch not in _DECODE]
    if bad:
        raise CodeMistyped(f"“{bad[0]}” is not used in verification codes")
    if len(chars) != CODE_CHARS:
        raise CodeMistyped(f"a verification code has {CODE_CHARS} letters and digits, "
                           f"this one has {len(chars)}")
    values = [_DECODE[ch] for ch in chars]
    if _check_char(values[:-1]) != values[-1]:
        raise CodeMistyped("its last character does not match the others")
    number = 0
    for v in values[:-1]:
        number = (number << 5) | v
    data = number.to_bytes(15, "big")
    try:
        serial = _unpack_serial(data[:5])
    except ValueError as exc:  # pragma: no cover - every 5 bytes unpack to some serial
        raise CodeMistyped(str(exc)) from None
    return DecodedCode(serial, data[5:])


# --- the key -------------------------------------------------------------------------------


def _message(serial: str) -> bytes:
    return f"makerspace-credential:v1:{serial}".encode("ascii")


def _from_value(value: object) -> Ed25519PrivateKey | None:
    if not isinstance(value, dict) or value.get("algorithm") != "Ed25519":
        return None
    raw = base64.b64decode(value["private"])
    return Ed25519PrivateKey.from_private_bytes(raw)


def _load(uow: UnitOfWork) -> Ed25519PrivateKey | None:
    value = uow.session.scalar(select(Setting.value).where(Setting.key == KEY_SETTING))
    return _from_value(value)


def signing_key(uow: UnitOfWork, *, create: bool = True) -> Ed25519PrivateKey | None:
    """The organisation's private key; created (and audited) on first use when ``create``.

    Two desks creating it at once on PostgreSQL: the second insert waits for the first and
    fails on the primary key; it then reads the key the first one stored."""
    cached = uow.memo.get(KEY_SETTING)
    if cached is not None:
        return cached
    key = _load(uow)
    if key is None and create:
        new = Ed25519PrivateKey.generate()
        private = new.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
        public = new.public_key().public_bytes(serialization.Encoding.Raw,
                                               serialization.PublicFormat.Raw)
        value = {"algorithm": "Ed25519", "private": base64.b64encode(private).decode("ascii"),
                 "public": base64.b64encode(public).decode("ascii"),
                 "created_at": uow.now().isoformat()}
        uow.connection()
        try:
            with uow.session.begin_nested():
                uow.session.execute(insert(Setting).values(key=KEY_SETTING, value=value,
                                                           updated_at=uow.now()))
        except IntegrityError:
            key = _load(uow)
        else:
            key = new
            uow.audit("create", "signing_key", None, algorithm="Ed25519",
                      public_key=value["public"])
    if key is not None:
        uow.memo[KEY_SETTING] = key
    return key


def public_key_b64(uow: UnitOfWork) -> str | None:
    value = uow.session.scalar(select(Setting.value).where(Setting.key == KEY_SETTING))
    return value.get("public") if isinstance(value, dict) else None


def sign(uow: UnitOfWork, serial: str) -> str:
    """The verification code of ``serial``."""
    key = signing_key(uow)
    assert key is not None
    return format_code(serial, key.sign(_message(serial)))


def signature_matches(uow: UnitOfWork, decoded: DecodedCode) -> bool:
    key = signing_key(uow, create=False)
    if key is None:
        return False
    expected = key.sign(_message(decoded.serial))[:SIGNATURE_BYTES]
    return hmac.compare_digest(expected, decoded.signature)
