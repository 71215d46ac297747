"""Making an archive: the database copied with SQLite's backup API, the settings file, the
data key and a manifest, streamed through the cipher into one file written atomically."""

from __future__ import annotations

import base64
import datetime as dt
import io
import json
import logging
import tarfile
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.config import Settings
from desktop_app.errors import AppError
from desktop_app.fileio import atomic_open, sha256_file
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


def check_new_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise BackupError(
            f"The backup passphrase must have at least {MIN_PASSPHRASE} characters; without "
            "it nobody (including you) can open the backup, so write it down somewhere safe."
        )
    return passphrase


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
) -> BackupManifest:
    """Write one encrypted archive to ``output`` (atomically, mode 0600)."""
    check_new_passphrase(passphrase)
    store = store or KeyStore.for_settings(settings)
    output = Path(output).expanduser()
    if output.is_dir():
        raise BackupError(f"{output} is a folder; give a file name for the backup.")
    if not key_only:
        db_path = require_sqlite(settings, "backup")
        if not db_path.exists() or db_path.stat().st_size == 0:
            raise BackupError(f"There is no database at {db_path} to back up.")
    db = open_database(settings, migrate=False)
    try:
        key_id = db.run(lambda s: SharedSettings(s).get(KEY_ID_SETTING))
        key = store.load(str(key_id)) if key_id else None
        if key is not None and key_id_of(key) != key_id:
            key = None
        if key_id and key is None:
            log.warning("data key %s is not on this machine; the backup will not hold it", key_id)
        if key_only and key is None:
            raise BackupError(
                "There is no data key to export: "
                + (
                    "this database does not use encryption yet."
                    if not key_id
                    else f"key {key_id} is not on this machine."
                )
            )
        config_path = Path(config_file) if config_file else default_config_file()
        settings_bytes = config_path.read_bytes() if config_path.is_file() else None
        with private_tempdir(settings.paths.backups) as tmp:
            copy: Path | None = None
            summary: DatabaseSummary | None = None
            digest: str | None = None
            if not key_only:
                copy = db.backup_sqlite(reason="archive", dest_dir=tmp)
                assert copy is not None
                summary = summarize_sqlite(copy)
                digest = sha256_file(copy)
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
                        tar.add(str(copy), arcname=DB_MEMBER)
                writer.close()
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
        db.dispose()
    return manifest


# ---- restore ---------------------------------------------------------------------------------
def read_backup_header(path: Path) -> dict[str, Any]:
    with open(path, "rb") as fh:
        return read_header(fh, path)[0]
