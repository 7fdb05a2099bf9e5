"""Where things live on this computer, and the per-computer preferences.

Shared settings (organisation name, time zone, booking rules...) live in the database so every
desk sees the same; see services/settings.py. What belongs to one computer (the language of
the interface, zoom, theme, which database to open) lives in a small JSON file in the user's
configuration folder, found with platformdirs.

``MAKERSPACE_HOME`` moves both folders under one directory (tests and portable installs use it).

A PostgreSQL password is never written to the preferences file: it comes from the address
typed for this run, ``MAKERSPACE_DB_PASSWORD``, the system keyring (service
``makerspace-app``, user ``USER@HOST:PORT/DB``), or libpq's own ``PGPASSWORD`` / ``~/.pgpass``.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

import platformdirs

from makerspace_app import APP_NAME

PACKAGE_DIR = Path(__file__).resolve().parent
DB_ENV = "MAKERSPACE_DB"
HOME_ENV = "MAKERSPACE_HOME"
PASSWORD_ENV = "MAKERSPACE_DB_PASSWORD"
KEYRING_SERVICE = "makerspace-app"
log = logging.getLogger(__name__)


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


def backup_folder() -> Path:
    """Where backups go on this computer: the chosen folder, else the default one."""
    chosen = LocalPreferences.load().backup_dir
    return Path(chosen).expanduser() if chosen else default_backup_dir()


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
        """Write the file. A password in the database address is moved to the system
        keyring (if there is one) and never written here."""
        self.database = without_password(self.database)
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


# --- the PostgreSQL password ------------------------------------------------------------------


def _url(text: str):
    if "://" not in text:
        return None
    from sqlalchemy.engine import make_url

    try:
        return make_url(text)
    except Exception:  # noqa: BLE001 - not an address: nothing to hide
        return None


def keyring_user(url) -> str:
    """How the keyring names one database login: USER@HOST:PORT/DB."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"


def without_password(text: str) -> str:
    """The database address to keep in the preferences: any password taken out (and put in
    the system keyring when there is one)."""
    url = _url(text)
    if url is None or url.password is None:
        return text
    from sqlalchemy.engine import URL

    remember_password(url, str(url.password))
    bare = URL.create(url.drivername, username=url.username, host=url.host, port=url.port,
                      database=url.database, query=url.query)
    return bare.render_as_string(hide_password=False)


def remember_password(url, password: str) -> bool:
    """Keep the password in the system keyring; False when this computer has none."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, keyring_user(url), password)
        return True
    except Exception:
        log.warning("No system keyring: the database password was not kept", exc_info=True)
        return False


def recall_password(url) -> str | None:
    """The password for a PostgreSQL login: MAKERSPACE_DB_PASSWORD, else the system keyring,
    else None (libpq then tries PGPASSWORD and ~/.pgpass by itself)."""
    from_env = os.environ.get(PASSWORD_ENV)
    if from_env:
        return from_env
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_user(url))
    except Exception:
        log.debug("No system keyring to read the database password from", exc_info=True)
        return None
