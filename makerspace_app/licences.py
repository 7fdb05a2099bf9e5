"""What the app is built on and under which licences: shown in Help → About, and copied into
the packaged app (packaging/makerspace-app.spec) so the About box works there too."""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

from makerspace_app.config import PACKAGE_DIR

# The libraries the app runs on, as their distributions are named on the package index.
LIBRARIES = (
    "PySide6-Essentials", "PySide6-Addons", "SQLAlchemy", "alembic", "platformdirs", "psycopg",
    "reportlab", "argon2-cffi", "icalendar", "uharfbuzz", "python-bidi", "segno",
    "cryptography", "keyring",
)


def shipped_file(name: str) -> Path:
    """A top-level file of the project (LICENSE, CHANGELOG.md) inside the wheel or the checkout."""
    inside = PACKAGE_DIR / "_shipped" / name
    return inside if inside.is_file() else PACKAGE_DIR.parent / name


def library_licences() -> list[tuple[str, str, str]]:
    """(name, version, licence) of each library the app runs on that is installed."""
    rows = []
    for name in LIBRARIES:
        try:
            meta = metadata.metadata(name)
        except metadata.PackageNotFoundError:
            continue
        licence = meta.get("License-Expression") or meta.get("License") or ""
        if not licence or len(licence) > 60:  # some put the whole licence text here
            classifiers = [c.rsplit(" :: ", 1)[-1] for c in meta.get_all("Classifier") or []
                           if c.startswith("License ::")]
            first_line = licence.splitlines()[0] if licence else ""
            licence = ", ".join(classifiers) or first_line
        rows.append((name, meta.get("Version", ""), licence))
    return rows
