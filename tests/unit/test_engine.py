"""The engine keeps data safe: SQLite settings, write transactions that lock at once,
private files, and database locations people type."""

from __future__ import annotations

import os
import sqlite3
import stat
import typing
from pathlib import Path

import pytest
from sqlalchemy import text

from makerspace_app.domain.errors import ValidationError
from makerspace_app.persistence.engine import Database, parse_location


def test_sqlite_connections_use_the_settings_that_keep_data(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_a_write_unit_of_work_takes_the_write_lock_before_its_first_read(
    sqlite_db: Database,
) -> None:
    """With stock pysqlite a read-then-write transaction takes the lock too late, which
    lets two desks double-book. Ours must hold it from BEGIN."""
    path = sqlite_db.location.sqlite_path
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with sqlite_db.session() as session:
            session.execute(text("SELECT count(*) FROM bookings"))
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # released once the unit of work ended
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_read_only_units_of_work_do_not_block_writers(sqlite_db: Database) -> None:
    path = sqlite_db.location.sqlite_path
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        with sqlite_db.session(read_only=True) as session:
            session.execute(text("SELECT count(*) FROM bookings"))
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_new_database_file_is_readable_by_its_owner_only(sqlite_db: Database) -> None:
    mode = stat.S_IMODE(sqlite_db.location.sqlite_path.stat().st_mode)
    assert mode == 0o600


@pytest.mark.parametrize(
    ("typed", "backend"),
    [
        ("makerspace.db", "sqlite"),
        ("sqlite:///tmp/x.db", "sqlite"),
        ("postgresql://desk@db.example.org/makerspace", "postgresql"),
        ("postgresql+psycopg://desk@db.example.org:5433/makerspace", "postgresql"),
    ],
)
def test_locations_people_type(typed: str, backend: str) -> None:
    location = parse_location(typed)
    assert location.url.get_backend_name() == backend
    if backend == "postgresql":
        assert location.url.get_driver_name() == "psycopg"
    else:
        assert Path(location.describe()).is_absolute()


def test_password_never_shown_in_the_database_description() -> None:
    location = parse_location("postgresql+psycopg://desk:s3cret@server/makerspace")
    assert "s3cret" not in location.describe()
    assert "s3cret" not in location.display_name


@pytest.mark.parametrize("typed", ["", "mysql://x@y/z", "sqlite://", "sqlite:///:memory:"])
def test_unusable_locations_are_refused_with_a_reason(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_location(typed)
    assert refused.value.message


def test_a_file_the_app_creates_and_its_wal_are_private(tmp_path: Path) -> None:
    from makerspace_app.services.database import open_database

    old = os.umask(0o022)  # a usual umask: new files would be world-readable
    try:
        db = open_database(parse_location(str(tmp_path / "fresh.db")))
        try:
            with db.session() as s:
                s.execute(text("SELECT 1"))
                path = db.location.sqlite_path
                for side in (path, path.with_name(path.name + "-wal")):
                    assert side.exists()
                    assert stat.S_IMODE(side.stat().st_mode) == 0o600, side
        finally:
            db.dispose()
    finally:
        os.umask(old)


def test_a_restored_file_is_private_from_the_first_byte(tmp_path: Path, sqlite_template: Path) -> None:
    from makerspace_app.persistence import sqlite_file

    old = os.umask(0o022)
    try:
        source = tmp_path / "backup.db"
        sqlite_file.backup(sqlite_template, source)
        target = tmp_path / "live.db"
        sqlite_file.restore(source, target)
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        assert stat.S_IMODE(source.stat().st_mode) == 0o600
    finally:
        os.umask(old)


# --- network shares -------------------------------------------------------------------------

MOUNTS = (
    "22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw\n"
    "30 22 0:40 / /home rw,relatime shared:2 - xfs /dev/sda2 rw\n"
    "98 30 0:51 / /home/desk/nas rw,relatime shared:40 - nfs4 nas:/export rw\n"
    "99 22 0:52 / /mnt/branch\\040office rw,relatime shared:41 - cifs //srv/share rw\n"
    "100 22 0:53 / /mnt/laptop rw,relatime shared:42 - fuse.sshfs me@laptop:/ rw\n"
    "101 98 0:54 / /home/desk/nas/local rw,relatime shared:43 - ext4 /dev/sdb1 rw\n"
)


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/desk/nas/makerspace.db", "nfs4"),
        ("/home/desk/nas/sub/dir/makerspace.db", "nfs4"),
        ("/mnt/branch office/makerspace.db", "cifs"),
        ("/mnt/laptop/m.db", "fuse.sshfs"),
        ("/home/desk/nas/local/m.db", None),  # a local disk mounted inside the share
        ("/home/desk/nasty/m.db", None),  # a prefix of the name is not the mount
        ("/home/desk/m.db", None),
        ("/m.db", None),
    ],
)
def test_network_shares_are_told_from_mountinfo(tmp_path: Path, path: str, kind: str | None) -> None:
    from makerspace_app.persistence import sqlite_file

    fake = tmp_path / "mountinfo"
    fake.write_text(MOUNTS, encoding="utf-8")
    assert sqlite_file.linux_filesystem(Path(path), fake) in (kind, "ext4", "xfs")
    found = sqlite_file.network_filesystem(Path(path), platform="linux", mountinfo=fake)
    assert found == kind


def test_windows_unc_paths_are_network_shares() -> None:
    from makerspace_app.persistence import sqlite_file

    assert sqlite_file.network_filesystem(Path(r"\\server\share\m.db"), platform="win32") == "UNC"


def test_db_check_warns_about_a_network_share_but_still_says_sound(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from makerspace_app.persistence import sqlite_file
    from makerspace_app.services.database import check_database, network_share_warning

    folder = sqlite_db.location.sqlite_path.parent
    fake = tmp_path / "mountinfo"
    fake.write_text(f"22 1 8:1 / / rw - ext4 /dev/sda1 rw\n98 22 0:51 / {folder} rw - smb3 //nas/x rw\n",
                    encoding="utf-8")
    monkeypatch.setattr(sqlite_file, "MOUNTINFO", fake)
    monkeypatch.setattr(sqlite_file.sys, "platform", "linux")
    warning = network_share_warning(sqlite_db.location)
    assert warning is not None and warning.kind == "network_share"
    assert "network share (smb3)" in warning.message and "PostgreSQL" in warning.message
    report = check_database(sqlite_db.location)
    assert report.sound
    assert report.lines[0].startswith("warning: ") and "smb3" in report.lines[0]
    monkeypatch.setattr(sqlite_file, "MOUNTINFO", tmp_path / "missing")
    assert network_share_warning(sqlite_db.location) is None


# --- the PostgreSQL password --------------------------------------------------------------------


class _MemoryKeyring:
    """A keyring backend kept in memory, as the system keyring would keep it."""

    def __init__(self) -> None:
        import keyring.backend

        class Backend(keyring.backend.KeyringBackend):
            priority = 1
            store: typing.ClassVar[dict] = {}

            def set_password(self, service, username, password):
                self.store[(service, username)] = password

            def get_password(self, service, username):
                return self.store.get((service, username))

            def delete_password(self, service, username):
                self.store.pop((service, username), None)

        self.backend = Backend()
        self.backend.store = {}


@pytest.fixture
def memory_keyring():
    import keyring

    previous = keyring.get_keyring()
    fake = _MemoryKeyring().backend
    keyring.set_keyring(fake)
    yield fake
    keyring.set_keyring(previous)


def test_a_password_in_a_saved_address_goes_to_the_keyring_not_the_file(
    memory_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from makerspace_app.config import KEYRING_SERVICE, LocalPreferences
    from makerspace_app.persistence.engine import create_db_engine

    monkeypatch.delenv("MAKERSPACE_DB_PASSWORD", raising=False)
    prefs = LocalPreferences.load()
    prefs.database = "postgresql+psycopg://desk:s3cret-Pw@dbserver:5433/makerspace"
    prefs.save()
    on_disk = LocalPreferences.path().read_text(encoding="utf-8")
    assert "s3cret-Pw" not in on_disk
    assert "desk@dbserver:5433/makerspace" in on_disk
    assert memory_keyring.store == {(KEYRING_SERVICE, "desk@dbserver:5433/makerspace"): "s3cret-Pw"}
    # The next start connects with the password from the keyring.
    location = parse_location(LocalPreferences.load().database)
    assert location.url.password is None
    engine = create_db_engine(location, pool=False)
    assert engine.url.password == "s3cret-Pw"
    assert "s3cret-Pw" not in location.describe()
    engine.dispose()


def test_the_environment_gives_the_password_before_the_keyring(
    memory_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from makerspace_app.config import KEYRING_SERVICE
    from makerspace_app.persistence.engine import create_db_engine

    memory_keyring.set_password(KEYRING_SERVICE, "desk@dbserver:5432/makerspace", "from-keyring")
    monkeypatch.setenv("MAKERSPACE_DB_PASSWORD", "from-env")
    location = parse_location("postgresql+psycopg://desk@dbserver/makerspace")
    engine = create_db_engine(location, pool=False)
    assert engine.url.password == "from-env"
    engine.dispose()
    monkeypatch.delenv("MAKERSPACE_DB_PASSWORD")
    typed = parse_location("postgresql+psycopg://desk:typed@dbserver/makerspace")
    engine = create_db_engine(typed, pool=False)
    assert engine.url.password == "typed"  # what was typed for this run wins
    engine.dispose()


def test_without_any_password_libpq_is_left_to_read_pgpassword(
    memory_keyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    from makerspace_app.persistence.engine import create_db_engine

    monkeypatch.delenv("MAKERSPACE_DB_PASSWORD", raising=False)
    engine = create_db_engine(parse_location("postgresql+psycopg://desk@dbserver/makerspace"),
                              pool=False)
    assert engine.url.password is None
    engine.dispose()


@pytest.mark.pg
def test_a_real_server_login_with_the_password_from_the_environment(
    pg_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The test server trusts local logins, so a wrong password from the environment must
    still reach the server as given: what we check is that the app passes it on."""
    from makerspace_app.persistence.engine import create_db_engine

    monkeypatch.setenv("MAKERSPACE_DB_PASSWORD", "from-env")
    engine = create_db_engine(pg_db.location, pool=False)
    try:
        assert engine.url.password == "from-env"
        with engine.connect() as conn:
            assert conn.execute(text("SELECT 1")).scalar() == 1
    finally:
        engine.dispose()
