"""Where things live on this computer, and the per-computer preferences.

Shared settings (organisation name, time zone, booking rules...) live in the database so every
desk sees the same; see services/settings.py. What belongs to one computer (the language of
the interface, zoom, theme, which database to open) lives in a small JSON file in the user's
configuration folder, found with platformdirs.

``MAKERSPACE_HOME`` moves both folders under one directory (tests and portable installs use it).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import platformdirs

from makerspace_app import APP_NAME

PACKAGE_DIR = Path(__file__).resolve().parent
DB_ENV = "MAKERSPACE_DB"
HOME_ENV = "MAKERSPACE_HOME"


def _shipped(name: str) -> Path:
    """A folder shipped with the app: inside the wheel, or beside the package in a checkout."""
    inside = PACKAGE_DIR / "_shipped" / name
    if inside.is_dir():
        return inside
    return PACKAGE_DIR.parent / name


def migrations_dir() -> Path:
    return _shipped("db")


def resources_dir() -> Path:
    return _shipped("resources")


def data_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    home = os.environ.get(HOME_ENV)
    if home:
        return Path(home) / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "makerspace.db"


def default_backup_dir() -> Path:
    return data_dir() / "backups"


@dataclass
class LocalPreferences:
    """Preferences of this computer (not shared between desks)."""

    language: str = ""  # "" follows the system
    zoom_percent: int = 100
    theme: str = "system"  # system, light, dark, high_contrast
    database: str = ""  # "" is the embedded default file
    backup_dir: str = ""  # "" is the default folder beside the database
    extra: dict = field(default_factory=dict)

    @classmethod
    def path(cls) -> Path:
        return config_dir() / "preferences.json"

    @classmethod
    def load(cls) -> LocalPreferences:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def save(self) -> None:
        path = self.path()
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)


def chosen_database(cli_value: str | None = None) -> str:
    """What to open: --db, else MAKERSPACE_DB, else this computer's choice, else the default."""
    for candidate in (cli_value, os.environ.get(DB_ENV), LocalPreferences.load().database):
        if candidate:
            return candidate
    return str(default_database_path())
