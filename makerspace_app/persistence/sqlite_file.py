"""Looking after a SQLite database file: inspect it without changing it, back it up, restore.

Every check here opens the file read-only (``mode=ro``), so a damaged or foreign file is never
changed. Backups use SQLite's online backup API and count only after the copy passes
``integrity_check``.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileHealth:
    """What a read-only look at a database file found."""

    exists: bool
    is_sqlite: bool = True
    readable: bool = True
    writable: bool = True
    locked: bool = False
    problems: tuple[str, ...] = ()  # quick_check / integrity_check lines other than "ok"
    foreign_key_problems: int = 0
    revision: str | None = None  # alembic_version, if the file has one
    is_empty: bool = True  # no tables at all
    wal: bool = False  # the header says WAL mode (every file the app has written is)

    @property
    def sound(self) -> bool:
        return (
            self.exists
            and self.is_sqlite
            and self.readable
            and not self.problems
            and self.foreign_key_problems == 0
        )


def header_says_wal(path: Path) -> bool:
    """Bytes 18-19 of the header are 2 in WAL mode (1 in the older rollback-journal mode)."""
    with open(path, "rb") as fh:
        head = fh.read(20)
    return len(head) == 20 and head[18] == 2 and head[19] == 2


def has_sqlite_header(path: Path) -> bool:
    with open(path, "rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    # A zero-length file is a valid, empty SQLite database.
    return head == SQLITE_HEADER or head == b""


def _open_read_only(path: Path, timeout: float = 1.0) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=timeout)


def inspect(path: Path, *, full: bool = False, verify: bool = True) -> FileHealth:
    """Look at a file without changing it. ``full`` runs integrity_check, else quick_check;
    ``verify=False`` skips both and the foreign-key check (they read the whole file, about a
    second on a large database: the window runs them in the background instead)."""
    if not path.exists():
        return FileHealth(exists=False)
    if not os.access(path, os.R_OK):
        return FileHealth(exists=True, readable=False, writable=False)
    try:
        if not has_sqlite_header(path):
            return FileHealth(exists=True, is_sqlite=False)
    except OSError:
        return FileHealth(exists=True, readable=False, writable=False)
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    try:
        conn = _open_read_only(path)
    except sqlite3.Error:
        return FileHealth(exists=True, readable=False, writable=writable)
    try:
        try:
            if verify:
                rows = conn.execute("PRAGMA integrity_check" if full else "PRAGMA quick_check").fetchall()
            else:
                # Reading the schema still proves the header and first page are sound.
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
                rows = []
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc).lower() or "busy" in str(exc).lower():
                return FileHealth(exists=True, writable=writable, locked=True)
            return FileHealth(exists=True, writable=writable, problems=(str(exc),))
        except sqlite3.DatabaseError as exc:
            message = str(exc)
            if "not a database" in message:
                return FileHealth(exists=True, is_sqlite=False)
            return FileHealth(exists=True, writable=writable, problems=(message,))
        problems = tuple(str(r[0]) for r in rows if str(r[0]).lower() != "ok")
        if problems:
            return FileHealth(exists=True, writable=writable, problems=problems)
        fk = len(conn.execute("PRAGMA foreign_key_check").fetchall()) if verify else 0
        tables = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        locked = _is_write_locked(path) if writable else False
        return FileHealth(
            exists=True,
            writable=writable,
            locked=locked,
            foreign_key_problems=fk,
            revision=revision,
            is_empty=not tables,
            wal=header_says_wal(path),
        )
    finally:
        conn.close()


def _is_write_locked(path: Path) -> bool:
    """True when another program holds a lock that keeps us from writing for a while."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=2.0, isolation_level=None)
    except sqlite3.Error:
        return False
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc).lower() or "busy" in str(exc).lower()
    finally:
        conn.close()


class BackupFailed(RuntimeError):
    """A backup copy could not be written or did not pass its integrity check."""


def backup(source: Path, dest: Path) -> Path:
    """Copy a live database to ``dest`` with the online backup API and verify the copy.

    The copy is written beside ``dest`` first and moved into place only once it passes
    integrity_check, so a failed backup never leaves a half-written file under that name.
    """
    private_folder(dest.parent)
    tmp = dest.with_name(dest.name + ".partial")
    if tmp.exists():
        tmp.unlink()
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)
    try:
        src = _open_read_only(source, timeout=10.0)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
                # A backup should be one self-contained file, not a WAL pair.
                out.execute("PRAGMA journal_mode = DELETE")
            finally:
                out.close()
        finally:
            src.close()
        verdict = verify_copy(tmp)
        if verdict != "ok":
            raise BackupFailed(f"the copy failed its integrity check: {verdict}")
        os.replace(tmp, dest)
        os.chmod(dest, 0o600)
    except sqlite3.Error as exc:
        raise BackupFailed(str(exc)) from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return dest


def verify_copy(path: Path) -> str:
    conn = _open_read_only(path)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        problems = [str(r[0]) for r in rows if str(r[0]).lower() != "ok"]
        if problems:
            return "; ".join(problems[:3])
        if conn.execute("PRAGMA foreign_key_check").fetchall():
            return "foreign key references are broken"
        return "ok"
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        conn.close()


def private_folder(folder: Path) -> None:
    """Create a folder for database files readable by the user only (an existing folder is
    left as it is: the user chose it)."""
    if not folder.exists():
        folder.mkdir(parents=True, mode=0o700, exist_ok=True)


def restore(backup_file: Path, target: Path) -> None:
    """Put a verified backup in place of ``target`` (the caller has backed target up first)."""
    verdict = verify_copy(backup_file)
    if verdict != "ok":
        raise BackupFailed(f"{backup_file.name} is not a sound backup: {verdict}")
    tmp = target.with_name(target.name + ".restoring")
    tmp.unlink(missing_ok=True)
    # Created private from the first byte, not copied then chmod-ed.
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "wb") as out, open(backup_file, "rb") as src:
        shutil.copyfileobj(src, out)
        out.flush()
        os.fsync(out.fileno())
    # Remove the live WAL and shared-memory files so they are not replayed over the backup.
    for suffix in ("-wal", "-shm"):
        side = target.with_name(target.name + suffix)
        if side.exists():
            side.unlink()
    os.replace(tmp, target)


def timestamped_name(stem: str, reason: str, now: dt.datetime | None = None) -> str:
    now = now or dt.datetime.now()
    return f"{stem}-{now:%Y%m%d-%H%M%S}-{reason}.db"


# --- network shares ---------------------------------------------------------------------------

# File systems reached over a network: SQLite's locking is unreliable on them and WAL mode
# does not work, so shared use from several desks belongs on PostgreSQL.
NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p",
        "afs", "ncpfs", "coda", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph",
        "fuse.cephfs", "lustre", "gpfs", "davfs", "fuse.davfs2", "webdav", "fuse.rclone",
        "fuse.s3fs", "ocfs2", "gfs2", "afpfs", "fuse.afpfs",
    }
)
MOUNTINFO = Path("/proc/self/mountinfo")


def _unescape_mount(text: str) -> str:
    """Mount points in mountinfo escape space, tab, newline and backslash as octal."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        text = text.replace(code, char)
    return text


def linux_filesystem(path: Path, mountinfo: Path | None = None) -> str | None:
    """The file-system type of the mount holding ``path``, from /proc/self/mountinfo."""
    mountinfo = mountinfo or MOUNTINFO
    try:
        lines = mountinfo.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path)
    best, best_type = -1, None
    for line in lines:
        left, sep, right = line.partition(" - ")
        fields = left.split()
        if not sep or len(fields) < 5 or not right.split():
            continue
        mount_point = _unescape_mount(fields[4])
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= best:  # the last, deepest mount wins
            best, best_type = len(mount_point), right.split()[0]
    return best_type


def _windows_remote(path: Path) -> str | None:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return "UNC"
    text = str(path.expanduser().absolute())
    try:
        import ctypes

        root = os.path.splitdrive(text)[0] + "\\"
        drive_remote = 4
        if ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote:  # type: ignore[attr-defined]
            return "remote drive"
    except (AttributeError, OSError):
        return None
    return None


def _macos_filesystem(path: Path) -> str | None:
    """From ``mount``'s lines: "//user@server/share on /Volumes/share (smbfs, nodev, …)"."""
    try:
        out = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5,
                             check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    target, best, best_type = str(path), -1, None
    for line in out.splitlines():
        try:
            _source, rest = line.split(" on ", 1)
            mount_point, options = rest.rsplit(" (", 1)
        except ValueError:
            continue
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= best:
            best, best_type = len(mount_point), options.split(",")[0].strip(" )")
    return best_type


def _real_path(path: Path) -> Path:
    """The path with the symbolic links of its existing part resolved (a database about to
    be created does not exist yet; the folders it goes in decide where it will live)."""
    path = path.expanduser().absolute()
    head, tail = path, []
    while not head.exists() and head.parent != head:
        tail.append(head.name)
        head = head.parent
    try:
        head = head.resolve()
    except OSError:
        pass
    return head.joinpath(*reversed(tail))


def network_filesystem(
    path: Path, *, platform: str | None = None, mountinfo: Path | None = None
) -> str | None:
    """The kind of network share ``path`` is on (nfs4, cifs, UNC…), or None when it is on a
    local disk or this platform cannot tell."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return _windows_remote(path)
    where = _real_path(path)
    if platform.startswith("linux"):
        kind = linux_filesystem(where, mountinfo)
    elif platform == "darwin":
        kind = _macos_filesystem(where)
    else:
        return None
    if kind is None:
        return None
    kind = kind.lower()
    return kind if kind in NETWORK_FILESYSTEMS or kind.startswith(("nfs", "smb")) else None
