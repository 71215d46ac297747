"""Making an archive: the database copied with SQLite's backup API, the settings file, the
data key and a manifest, streamed through the cipher into one file written atomically."""

from __future__ import annotations

import base64
import datetime as dt
import errno
import io
import json
import logging
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from desktop_app import __version__
from desktop_app.config import Settings
from desktop_app.errors import AppError
from desktop_app.fileio import atomic_open, sha256_file
from desktop_app.i18n import translate
from desktop_app.paths import default_config_file
from desktop_app.security.backup.files import private_tempdir
from desktop_app.security.backup.format import (
    SCRYPT_N,
    BackupError,
    BackupUnsupported,
    SealingWriter,
    read_header,
)
from desktop_app.security.backup.manifest import (
    DB_MEMBER,
    KEY_MEMBER,
    MANIFEST_MEMBER,
    SETTINGS_MEMBER,
    BackupManifest,
    DatabaseSummary,
    summarize_sqlite,
)
from desktop_app.security.keys import KEY_ID_SETTING, KeyStore, key_id_of
from desktop_app.storage.db import _sqlite_path, describe, open_database
from desktop_app.storage.repositories import Audit, SharedSettings

log = logging.getLogger(__name__)


MIN_PASSPHRASE = 8


# How far a backup is (0..1); the GUI shows it in its progress dialog.
Progress = Callable[[float, str], None]


def _no_progress(_fraction: float, _message: str = "") -> None:
    return None


def check_new_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise BackupError(
            translate(
                "Backup",
                "The backup passphrase must have at least {count} characters; without it "
                "nobody (including you) can open the backup, so write it down somewhere safe.",
            ).format(count=MIN_PASSPHRASE)
        )
    return passphrase


def _write_error(output: Path, exc: OSError) -> BackupError:
    """A backup that cannot be written, in words: a full disk or a folder that refuses."""
    if exc.errno == errno.ENOSPC:
        return BackupError(
            translate(
                "Backup",
                "The disk is full: the backup {file} was not written. Free some space or "
                "choose another folder; nothing was changed.",
            ).format(file=output)
        )
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.EEXIST, errno.ENOTDIR):  # a file stands where a folder should
        reason = translate("Backup", "part of that path is a file, not a folder")
    return BackupError(
        translate(
            "Backup",
            "Cannot write the backup {file}: {error}. Choose another folder; nothing was changed.",
        ).format(file=output, error=reason)
    )


class _Reporting(io.RawIOBase):
    """Reads ``fh`` (``size`` bytes) and reports the share read so far to ``report``."""

    def __init__(self, fh: BinaryIO, size: int, report: Callable[[float], None]) -> None:
        self._fh, self._size, self._done, self._report = fh, max(1, size), 0, report

    def readable(self) -> bool:
        return True

    def read(self, n: int = -1) -> bytes:
        data = self._fh.read(n)
        self._done += len(data)
        self._report(min(1.0, self._done / self._size))
        return data


def require_sqlite(settings: Settings, what: str) -> Path:
    url = settings.resolved_database_url
    path = _sqlite_path(url)
    if path is None:
        raise BackupUnsupported(
            f"face-attendance {what} supports SQLite databases only; {describe(url)} is not one. "
            "For PostgreSQL use pg_dump/pg_restore (e.g. `pg_dump -Fc -f attendance.dump DB`), "
            "and `face-attendance backup --key-only --output FILE` to save the encryption key."
        )
    return path


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


# ---- backup ----------------------------------------------------------------------------------
def create_backup(
    settings: Settings,
    output: Path,
    passphrase: str,
    *,
    config_file: Path | None = None,
    key_only: bool = False,
    store: KeyStore | None = None,
    kdf_n: int = SCRYPT_N,
    progress: Progress | None = None,
    db: Any = None,
) -> BackupManifest:
    """Write one encrypted archive to ``output`` (atomically, mode 0600). A full disk or an
    unwritable folder is a ``BackupError`` and leaves no partial file. ``db``: the database
    the app already has open on ``settings`` (used, left open); else one is opened."""
    check_new_passphrase(passphrase)
    store = store or KeyStore.for_settings(settings)
    output = Path(output).expanduser()
    report: Progress = progress or _no_progress
    if output.is_dir():
        raise BackupError(
            translate("Backup", "{file} is a folder; give a file name for the backup.").format(
                file=output
            )
        )
    if not key_only:
        db_path = require_sqlite(settings, "backup")
        if not db_path.exists() or db_path.stat().st_size == 0:
            raise BackupError(
                translate("Backup", "There is no database at {file} to back up.").format(
                    file=db_path
                )
            )
    own_db = db is None
    db = db if db is not None else open_database(settings, migrate=False)
    try:
        key_id = db.run(lambda s: SharedSettings(s).get(KEY_ID_SETTING))
        key = store.load(str(key_id)) if key_id else None
        if key is not None and key_id_of(key) != key_id:
            key = None
        if key_id and key is None:
            log.warning("data key %s is not on this machine; the backup will not hold it", key_id)
        if key_only and key is None:
            raise BackupError(
                translate(
                    "Backup",
                    "There is no encryption key for face data to save: this database does not "
                    "use encryption yet.",
                )
                if not key_id
                else translate(
                    "Backup",
                    "There is no encryption key for face data to save: key {key} is not on "
                    "this computer.",
                ).format(key=key_id)
            )
        config_path = Path(config_file) if config_file else default_config_file()
        settings_bytes = config_path.read_bytes() if config_path.is_file() else None
        try:
            manifest = _write_archive(
                db,
                settings,
                output,
                passphrase,
                key_only,
                key_id,
                key,
                settings_bytes,
                kdf_n,
                report,
            )
        except OSError as exc:
            raise _write_error(output, exc) from exc
        try:
            db.run(
                lambda s: Audit(s).write(
                    "backup",
                    "backup.created",
                    details={"kind": manifest.kind, "file": output.name, "key_id": manifest.key_id},
                )
            )
        except AppError as exc:  # the archive is written; the log entry is a courtesy
            log.warning("backup written, but the audit entry failed: %s", exc)
    finally:
        if own_db:
            db.dispose()
    return manifest


def _write_archive(
    db: Any,
    settings: Settings,
    output: Path,
    passphrase: str,
    key_only: bool,
    key_id: Any,
    key: bytes | None,
    settings_bytes: bytes | None,
    kdf_n: int,
    report: Progress,
) -> BackupManifest:
    """The archive itself: a private copy of the database, then the sealed tar stream
    written to a temp file beside ``output`` and renamed into place."""
    with private_tempdir(settings.paths.backups) as tmp:
        copy: Path | None = None
        summary: DatabaseSummary | None = None
        digest: str | None = None
        if not key_only:
            copy = db.backup_sqlite(reason="archive", dest_dir=tmp)
            assert copy is not None
            summary = summarize_sqlite(copy)
            digest = sha256_file(copy)
        report(0.1, "")
        manifest = BackupManifest(
            kind="key-only" if key_only else "full",
            created_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            app_version=__version__,
            device=settings.attendance.device,
            database=summary,
            database_sha256=digest,
            has_settings=settings_bytes is not None and not key_only,
            key_id=str(key_id) if key_id else None,
            has_key=key is not None,
        )
        output.parent.mkdir(parents=True, exist_ok=True)
        with atomic_open(output, prefix=f".{output.name}.") as raw:
            writer = SealingWriter(raw, passphrase, {"kind": manifest.kind}, kdf_n)
            report(0.2, "")  # the passphrase's key is derived (scrypt, about half a second)
            with tarfile.open(fileobj=writer, mode="w|") as tar:
                _add_bytes(tar, MANIFEST_MEMBER, json.dumps(manifest.to_json()).encode())
                if key is not None:
                    _add_bytes(
                        tar,
                        KEY_MEMBER,
                        json.dumps(
                            {"key_id": key_id, "key": base64.b64encode(key).decode()}
                        ).encode(),
                    )
                if manifest.has_settings and settings_bytes is not None:
                    _add_bytes(tar, SETTINGS_MEMBER, settings_bytes)
                if copy is not None:
                    info = tar.gettarinfo(str(copy), arcname=DB_MEMBER)
                    with open(copy, "rb") as fh:
                        shown = _Reporting(fh, info.size, lambda f: report(0.2 + 0.75 * f, ""))
                        tar.addfile(info, shown)
            writer.close()
    report(1.0, "")
    return manifest


# ---- restore ---------------------------------------------------------------------------------
def read_backup_header(path: Path) -> dict[str, Any]:
    with open(path, "rb") as fh:
        return read_header(fh, path)[0]
