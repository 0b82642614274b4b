"""Private files: the data directory, the media directory, the SQLite database and its WAL
and SHM files belong to the server's own user alone (directories 0700, files 0600).

Uploaded files get these modes from FILE_UPLOAD_PERMISSIONS and
FILE_UPLOAD_DIRECTORY_PERMISSIONS (settings); the directories are made private when the
project starts (CoreConfig.ready), which also creates a missing SQLite database file 0600; the
database files are checked again each time a connection opens.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def _owned(path: Path) -> bool:
    try:
        return path.stat().st_uid == os.geteuid()
    except OSError:
        return False


def make_private_dir(path: Path | str) -> None:
    """Create `path` (and its parents) if missing; make it 0700 if this user owns it."""
    path = Path(path)
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    if _owned(path) and path.stat().st_mode & 0o777 != PRIVATE_DIR:
        path.chmod(PRIVATE_DIR)


def make_private_file(path: Path | str) -> None:
    """Make an existing file 0600 if this user owns it."""
    path = Path(path)
    if path.is_file() and _owned(path) and path.stat().st_mode & 0o777 != PRIVATE_FILE:
        path.chmod(PRIVATE_FILE)


def create_private_file(path: Path | str) -> None:
    """Create `path` empty with mode 0600 if it does not exist (an empty file is a valid,
    empty SQLite database, so SQLite's own files are born private: its WAL and SHM files
    take the database file's mode)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))


def sqlite_files(name: str | os.PathLike) -> list[Path]:
    """The database file of a file-backed SQLite database and its companions; [] for an
    in-memory one."""
    text = str(name)
    if not text or text == ":memory:" or text.startswith("file:") or "mode=memory" in text:
        return []
    db = Path(text)
    return [db, *(db.with_name(db.name + suffix) for suffix in ("-wal", "-shm", "-journal"))]


def secure_sqlite_connection(sender, connection, **kwargs) -> None:
    """connection_created receiver: the SQLite files this connection uses become 0600."""
    if connection.vendor != "sqlite":
        return
    for path in sqlite_files(connection.settings_dict.get("NAME") or ""):
        make_private_file(path)
