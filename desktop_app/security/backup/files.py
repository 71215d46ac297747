"""Moving files safely: private temp folders and copies, the swap of a database with
SQLite's backup API, byte copies of a damaged database, the settings file renamed into place."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from pathlib import Path

from desktop_app.config import Settings
from desktop_app.fileio import atomic_path, remove_retrying, replace_retrying
from desktop_app.i18n import translate
from desktop_app.paths import ensure_writable_dir, make_private
from desktop_app.security.backup.format import BackupError

log = logging.getLogger(__name__)


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")


TEMP_PREFIXES = (".tmp-backup-", ".tmp-restore-")  # private folders of decrypted data
STALE_TEMP_S = 24 * 3600.0  # older than this, such a folder belongs to no running backup


def new_private_folder(parent: Path, prefix: str) -> Path:
    """A new 0700 folder in ``parent`` for data in clear (``prefix``: one of
    ``TEMP_PREFIXES``), after removing the stale ones left there."""
    ensure_writable_dir(parent, what="backup folder")
    remove_stale_folders(parent)
    folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
    os.chmod(folder, 0o700)
    return folder


@contextlib.contextmanager
def private_tempdir(parent: Path) -> Iterator[Path]:
    folder = new_private_folder(parent, ".tmp-backup-")
    try:
        yield folder
    finally:
        remove_private_folder(folder)


def remove_private_folder(folder: Path) -> None:
    """Remove a private temp folder. Its files are retried while briefly open elsewhere (a
    scanner reading a just-decrypted database on Windows); one that stays is logged, and the
    next backup or restore removes the folder (``remove_stale_folders``) instead of leaving
    names and faces in clear in ``backups/`` for good."""
    try:
        clear_folder(folder)
    except FileNotFoundError:
        return
    except OSError as exc:
        log.warning("could not remove the temporary folder %s yet (%s)", folder, exc)


def remove_stale_folders(parent: Path, *, older_than: float = STALE_TEMP_S) -> int:
    """Remove the private temp folders in ``parent`` older than ``older_than`` seconds: left
    by a backup or restore that was killed, or whose files could not be deleted then."""
    import time

    removed = 0
    cutoff = time.time() - older_than
    for child in parent.glob(".tmp-*"):
        try:
            stale = child.name.startswith(TEMP_PREFIXES) and child.stat().st_mtime < cutoff
        except OSError:
            continue
        if stale and child.is_dir():
            remove_private_folder(child)
            removed += not child.exists()
    if removed:
        log.info("removed %d temporary backup folder(s) left in %s", removed, parent)
    return removed


def _free_name(folder: Path, stem: str, suffix: str) -> Path:
    """``folder/<stem>-<UTC stamp><suffix>``, with ``-1``, ``-2`` ... when taken."""
    path = folder / f"{stem}-{_stamp()}{suffix}"
    n = 1
    while path.exists():
        path = folder / f"{stem}-{_stamp()}-{n}{suffix}"
        n += 1
    return path


def copy_damaged(target: Path, backups: Path) -> Path:
    """Byte copy of a database SQLite cannot read (and its -wal/-shm) into ``backups``."""
    copy = _free_name(backups, f"{target.stem}-pre-restore-damaged", target.suffix)
    shutil.copy2(target, copy)
    make_private(copy)
    os.utime(copy)  # its age (pruning, the erasure receipt) starts now, not at the last write
    for extra in ("-wal", "-shm"):
        side = target.with_name(target.name + extra)
        if side.exists():
            shutil.copy2(side, copy.with_name(copy.name + extra))
            make_private(copy.with_name(copy.name + extra))
    return copy


def replace_file(source: Path, target: Path) -> None:
    """Put ``source`` at ``target`` atomically (rename); stale -wal/-shm files are dropped
    so SQLite cannot replay an old journal over the restored file. A target another program
    holds open (Windows refuses to replace or delete it) is a ``BackupError`` that says to
    close that program, with nothing changed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with atomic_path(target, prefix=f".{target.name}.restoring-") as tmp:
            shutil.copyfile(source, tmp)
            for extra in ("-wal", "-shm"):
                remove_retrying(target.with_name(target.name + extra))
    except PermissionError as exc:
        raise BackupError(
            translate(
                "Backup",
                "{file} is open in another program (a database viewer, a sync or copy "
                "tool?): close that program, then restore again. Nothing was changed.",
            ).format(file=exc.filename or target)
        ) from exc


def swap_in(source: Path, target: Path, copy: Path) -> None:
    """Overwrite ``target`` with ``source`` in one SQLite transaction (WAL-safe); ``copy`` is
    where the data from before was kept (named if this fails)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target, timeout=10)
        try:
            src.backup(dst)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            result = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            translate(
                "Backup",
                "Restoring into {file} failed ({problem}); the data there is unchanged, and a "
                "copy of it is kept at {copy}.",
            ).format(file=target, problem=exc, copy=copy)
        ) from exc
    finally:
        src.close()
    if result != "ok":  # pragma: no cover - the archive's copy was verified
        raise BackupError(
            translate(
                "Backup", "The restored database {file} fails its integrity check: {problem}"
            ).format(file=target, problem=result)
        )


def clear_index(settings: Settings) -> None:
    """The FAISS index is derived from the database: drop it so it is rebuilt from the
    restored data (its version stamp could coincide with the restored counter)."""
    index_dir = settings.paths.index
    if not index_dir.is_dir():
        return
    for child in index_dir.iterdir():
        if child.is_dir():
            clear_folder(child)
        else:
            remove_retrying(child)  # a scanner may hold it for a moment (Windows)


def clear_folder(folder: Path) -> None:
    """Delete the files in ``folder`` (and its folders), each retried while briefly open
    elsewhere; raises OSError when one stays (it would keep what it must not). An empty
    folder that cannot be removed is harmless and stays."""
    for child in folder.iterdir():
        if child.is_dir() and not child.is_symlink():
            clear_folder(child)
        else:
            remove_retrying(child)
    with contextlib.suppress(OSError):
        folder.rmdir()


def swap_settings(staged: Path, path: Path, settings: Settings) -> Path | None:
    """Copy the current settings file into ``backups/``, then rename the staged one over it."""
    copy: Path | None = None
    if path.is_file():
        backups = settings.paths.backups
        ensure_writable_dir(backups, what="backup folder")
        copy = _free_name(backups, "settings-pre-restore", ".toml")
        shutil.copy2(path, copy)
        make_private(copy)
    replace_retrying(staged, path)  # a scanner may hold the settings file for a moment
    return copy
