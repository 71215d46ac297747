"""One encrypted backup archive: the SQLite database, the settings file and the data key.

File layout::

    b"FACE-ATTENDANCE-BACKUP\\n"  u32 header length  header JSON
    then chunks: u32 length, u8 final flag, AES-256-GCM(ciphertext + tag)

The header (format version, scrypt parameters and salt, a passphrase check value, the nonce
prefix) is in clear but authenticated: every chunk's associated data is sha256(header) + the
chunk number + the final flag, so reordering, truncating or editing anything fails. The key
comes from the passphrase via scrypt. Inside is a tar stream: ``manifest.json``,
``database.sqlite3`` (a consistent copy taken with SQLite's backup API), ``settings.toml``
when there is one, and ``data-key.json`` (the data key, so a new machine can read templates).

Restoring verifies and unpacks the whole archive into a private temp folder first, shows what
will be replaced, and only after confirmation copies the current database (and settings) into
the data dir's ``backups/`` and swaps the archive's database in with SQLite's backup API (one
transaction: readers see the old or the new database, never a mix).
PostgreSQL databases are not archived (use ``pg_dump``); ``--key-only`` archives work for them.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import io
import json
import logging
import os
import secrets
import shutil
import sqlite3
import struct
import tarfile
import tempfile
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import tomli_w
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from desktop_app import __version__
from desktop_app.config import Settings
from desktop_app.errors import AppError
from desktop_app.fileio import atomic_open, atomic_path, sha256_file
from desktop_app.paths import default_config_file, ensure_writable_dir
from desktop_app.security.keys import KEY_ID_SETTING, KeyStore, key_id_of
from desktop_app.storage.db import Database, _sqlite_path, describe, open_database
from desktop_app.storage.repositories import Audit, SharedSettings

log = logging.getLogger(__name__)

MAGIC = b"FACE-ATTENDANCE-BACKUP\n"
FORMAT_VERSION = 1
CHUNK = 1 << 20
SCRYPT_N = 2**17  # 128 MiB, ~0.5 s: a passphrase guess is expensive
SCRYPT_R = 8
SCRYPT_P = 1
MIN_PASSPHRASE = 8
# Settings that belong to a machine, not to the data: restoring keeps this machine's values.
MACHINE_KEYS: tuple[tuple[str, ...], ...] = (
    ("data_dir",),
    ("database_url",),
    ("privacy", "key_dir"),
    ("privacy", "key_store"),
    ("attendance", "device"),
)

DB_MEMBER = "database.sqlite3"
SETTINGS_MEMBER = "settings.toml"
KEY_MEMBER = "data-key.json"
MANIFEST_MEMBER = "manifest.json"


class BackupError(AppError):
    """A backup cannot be written or restored."""


class BackupPassphraseError(BackupError):
    """The passphrase does not open this archive."""


class BackupUnsupported(BackupError):
    """The database kind cannot be archived by this command (PostgreSQL)."""


class RestoreNotConfirmed(BackupError):
    """The restore was not confirmed; nothing was changed."""


# ---- streaming AEAD --------------------------------------------------------------------------
def _derive(passphrase: str, salt: bytes, n: int, r: int, p: int) -> tuple[bytes, bytes]:
    out = hashlib.scrypt(
        passphrase.encode("utf-8"),
        salt=salt,
        n=n,
        r=r,
        p=p,
        maxmem=256 * n * r * p + (1 << 20),
        dklen=48,
    )
    return out[:32], out[32:]  # encryption key, check value


class _SealingWriter(io.RawIOBase):
    """A write-only stream that encrypts in authenticated chunks into ``out``."""

    def __init__(self, out: BinaryIO, passphrase: str, meta: dict[str, Any], n: int) -> None:
        salt = secrets.token_bytes(16)
        key, check = _derive(passphrase, salt, n, SCRYPT_R, SCRYPT_P)
        self._prefix = secrets.token_bytes(8)
        header = {
            "format": "face-attendance-backup",
            "version": FORMAT_VERSION,
            "kdf": {
                "name": "scrypt",
                "n": n,
                "r": SCRYPT_R,
                "p": SCRYPT_P,
                "salt": base64.b64encode(salt).decode(),
            },
            "check": check.hex(),
            "nonce_prefix": self._prefix.hex(),
            "chunk": CHUNK,
            **meta,
        }
        raw = json.dumps(header, sort_keys=True).encode()
        out.write(MAGIC + struct.pack(">I", len(raw)) + raw)
        self._hdr = hashlib.sha256(MAGIC + raw).digest()
        self._aead = AESGCM(key)
        self._out = out
        self._buf = bytearray()
        self._i = 0

    def writable(self) -> bool:
        return True

    def write(self, b: Any) -> int:
        self._buf += bytes(b)
        while len(self._buf) > CHUNK:
            self._emit(bytes(self._buf[:CHUNK]), final=False)
            del self._buf[:CHUNK]
        return len(b)

    def _emit(self, data: bytes, *, final: bool) -> None:
        nonce = self._prefix + struct.pack(">I", self._i)
        aad = self._hdr + struct.pack(">IB", self._i, int(final))
        ct = self._aead.encrypt(nonce, data, aad)
        self._out.write(struct.pack(">IB", len(ct), int(final)) + ct)
        self._i += 1

    def close(self) -> None:
        if not self.closed and not self._out.closed:
            self._emit(bytes(self._buf), final=True)
            self._buf.clear()
        super().close()


def _read_header(fh: BinaryIO, where: Path) -> tuple[dict[str, Any], bytes]:
    magic = fh.read(len(MAGIC))
    if magic != MAGIC:
        raise BackupError(f"{where} is not a face-attendance backup archive.")
    (n,) = struct.unpack(">I", _read_exact(fh, 4, where))
    if n > 1 << 16:
        raise BackupError(f"{where} has a damaged header.")
    raw = _read_exact(fh, n, where)
    try:
        header = json.loads(raw)
    except ValueError as exc:
        raise BackupError(f"{where} has a damaged header.") from exc
    if not isinstance(header, dict):
        raise BackupError(f"{where} has a damaged header.")
    if header.get("version") != FORMAT_VERSION:
        raise BackupError(
            f"{where} is a backup of format version {header.get('version')}, which this "
            "version of face-attendance cannot read (written by a newer version?)."
        )
    return header, hashlib.sha256(MAGIC + raw).digest()


def _header_fields(header: dict[str, Any], where: Path) -> tuple[bytes, int, int, int, str, bytes]:
    """(salt, n, r, p, check, nonce prefix) of a header, every field checked: a crafted header
    (a null salt, a list, a cost that would take all memory or hours) is one clear error."""
    damaged = BackupError(f"{where} has a damaged or crafted header; it cannot be restored.")
    kdf = header.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name", "scrypt") != "scrypt":
        raise damaged
    n, r, p = kdf.get("n"), kdf.get("r"), kdf.get("p")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)):
        raise damaged
    assert isinstance(n, int) and isinstance(r, int) and isinstance(p, int)
    # powers of two up to 2**20, and at most 1 GiB of scrypt memory
    if not (2 <= n <= 1 << 20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        raise damaged
    if 128 * n * r * p > 1 << 30:
        raise damaged
    try:
        salt = (
            base64.b64decode(str(kdf["salt"]), validate=True)
            if isinstance(kdf.get("salt"), str)
            else b""
        )
        prefix = (
            bytes.fromhex(header["nonce_prefix"])
            if isinstance(header.get("nonce_prefix"), str)
            else b""
        )
    except ValueError as exc:
        raise damaged from exc
    check = header.get("check")
    if not (8 <= len(salt) <= 64) or len(prefix) != 8 or not isinstance(check, str):
        raise damaged
    return salt, n, r, p, check, prefix


def _read_exact(fh: BinaryIO, n: int, where: Path) -> bytes:
    data = fh.read(n)
    if len(data) != n:
        raise BackupError(f"{where} is truncated (incomplete copy?); it cannot be restored.")
    return data


class _OpeningReader(io.RawIOBase):
    """Read-only stream of the decrypted chunks; any change or truncation raises BackupError."""

    def __init__(self, fh: BinaryIO, passphrase: str, where: Path) -> None:
        header, self._hdr = _read_header(fh, where)
        salt, n, r, p, check_hex, prefix = _header_fields(header, where)
        key, check = _derive(passphrase, salt, n, r, p)
        if not secrets.compare_digest(check.hex(), check_hex):
            raise BackupPassphraseError(
                f"Wrong passphrase for the backup {where}. Nothing was changed."
            )
        self.header = header
        self._prefix = prefix
        self._aead = AESGCM(key)
        self._fh = fh
        self._where = where
        self._buf = b""
        self._i = 0
        self._done = False

    def readable(self) -> bool:
        return True

    def _next(self) -> None:
        length, final = struct.unpack(">IB", _read_exact(self._fh, 5, self._where))
        if length > CHUNK + 16:
            raise BackupError(f"{self._where} is damaged (bad chunk length).")
        ct = _read_exact(self._fh, length, self._where)
        nonce = self._prefix + struct.pack(">I", self._i)
        try:
            self._buf += self._aead.decrypt(
                nonce, ct, self._hdr + struct.pack(">IB", self._i, final)
            )
        except InvalidTag as exc:
            raise BackupError(
                f"{self._where} is damaged or was modified (chunk {self._i} fails its "
                "integrity check). It cannot be restored; nothing was changed."
            ) from exc
        self._i += 1
        if final:
            self._done = True
            if self._fh.read(1):
                raise BackupError(f"{self._where} has data after its end; it was modified.")

    def readinto(self, b: Any) -> int:
        while not self._buf and not self._done:
            self._next()
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n

    def drain(self) -> None:
        """Read to the authenticated end (tar may stop before the final chunk)."""
        while not self._done:
            self._next()
        self._buf = b""


# ---- values ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class DatabaseSummary:
    revision: str | None
    counts: dict[str, int] = field(default_factory=dict)  # people, templates, events, audit
    damaged: bool = False  # the file is there but SQLite cannot read it

    def describe(self) -> str:
        if self.damaged:
            return "a damaged file SQLite cannot read"
        c = self.counts
        return (
            f"{c.get('people', 0)} people, {c.get('templates', 0)} face templates, "
            f"{c.get('events', 0)} attendance events, {c.get('audit', 0)} audit entries"
        )


@dataclass(frozen=True)
class BackupManifest:
    kind: str  # "full" or "key-only"
    created_at: str
    app_version: str
    device: str
    database: DatabaseSummary | None
    database_sha256: str | None
    has_settings: bool
    key_id: str | None
    has_key: bool

    def to_json(self) -> dict[str, Any]:
        d = self.__dict__.copy()
        d["database"] = None if self.database is None else self.database.__dict__
        return d

    @staticmethod
    def from_json(d: dict[str, Any]) -> BackupManifest:
        db = d.get("database")
        return BackupManifest(
            kind=d["kind"],
            created_at=d["created_at"],
            app_version=d["app_version"],
            device=d.get("device", ""),
            database=None if db is None else DatabaseSummary(db["revision"], dict(db["counts"])),
            database_sha256=d.get("database_sha256"),
            has_settings=bool(d.get("has_settings")),
            key_id=d.get("key_id"),
            has_key=bool(d.get("has_key")),
        )


@dataclass(frozen=True)
class UnpackedBackup:
    """A verified archive unpacked into ``folder`` (private; remove with ``cleanup``)."""

    folder: Path
    manifest: BackupManifest
    database: Path | None
    settings_text: str | None
    key: bytes | None

    def cleanup(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


# Settings whose change weakens protection or recognition: a restore shows each and asks.
SECURITY_SETTINGS: tuple[tuple[str, ...], ...] = (
    ("privacy", "require_consent"),
    ("privacy", "encrypt_at_rest"),
    ("privacy", "retention_templates_days"),
    ("privacy", "retention_events_months"),
    ("privacy", "admin_unlock_minutes"),
    ("privacy", "backup_copies_keep"),
    ("privacy", "backup_copies_days"),
    ("kiosk", "liveness"),
    ("kiosk", "second_factor"),
    ("recognition", "threshold"),
    ("recognition", "margin"),
    ("recognition", "target_false_match_rate"),
    ("recognition", "embedder"),
    ("recognition", "detector"),
)


@dataclass(frozen=True)
class RestorePlan:
    target: Path | None  # the SQLite file to replace (None: key-only archive)
    current: DatabaseSummary | None  # what is there now (None: no database yet)
    incoming: DatabaseSummary | None  # read from the archived database itself
    settings_file: Path | None  # the settings file that will be replaced
    install_key: str | None  # key id to install into the key store
    settings_toml: str | None = None  # the merged settings, already validated
    security_changes: tuple[str, ...] = ()  # "privacy.encrypt_at_rest: True -> False"
    settings_skipped: str = ""  # why the archive's settings are not restored

    def lines(self) -> list[str]:
        out: list[str] = []
        if self.target is not None and self.incoming is not None:
            now = self.current.describe() if self.current else "no database yet"
            out.append(f"database {self.target}")
            out.append(f"  now:    {now}")
            out.append(f"  backup: {self.incoming.describe()}")
        if self.settings_file is not None:
            out.append(
                f"settings file {self.settings_file} (this machine's data dir, database URL, "
                "key store and device name are kept)"
            )
        for change in self.security_changes:
            out.append(f"  security setting {change}")
        if self.settings_skipped:
            out.append(f"settings not restored: {self.settings_skipped}")
        if self.install_key is not None:
            out.append(f"data key {self.install_key} will be installed on this machine")
        return out


@dataclass(frozen=True)
class RestoreResult:
    database: Path | None
    pre_restore_copy: Path | None
    settings_copy: Path | None
    key_installed: bool


# ---- helpers ---------------------------------------------------------------------------------
def summarize_sqlite(path: Path) -> DatabaseSummary:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        counts: dict[str, int] = {}
        for name, table in (
            ("people", "people"),
            ("templates", "face_templates"),
            ("events", "attendance_events"),
            ("audit", "audit_log"),
        ):
            try:
                counts[name] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            except sqlite3.OperationalError:
                counts[name] = 0
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        except sqlite3.OperationalError:
            revision = None
        return DatabaseSummary(revision, counts)
    except sqlite3.DatabaseError as exc:
        raise BackupError(f"{path} is not a usable SQLite database: {exc}") from exc
    finally:
        conn.close()


def _add_bytes(tar: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mode = 0o600
    tar.addfile(info, io.BytesIO(data))


@contextlib.contextmanager
def _private_tempdir(parent: Path) -> Iterator[Path]:
    ensure_writable_dir(parent, what="backup folder")
    folder = Path(tempfile.mkdtemp(prefix=".tmp-backup-", dir=parent))
    os.chmod(folder, 0o700)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")


def check_new_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise BackupError(
            f"The backup passphrase must have at least {MIN_PASSPHRASE} characters; without "
            "it nobody (including you) can open the backup, so write it down somewhere safe."
        )
    return passphrase


def _require_sqlite(settings: Settings, what: str) -> Path:
    url = settings.resolved_database_url
    path = _sqlite_path(url)
    if path is None:
        raise BackupUnsupported(
            f"face-attendance {what} supports SQLite databases only; {describe(url)} is not one. "
            "For PostgreSQL use pg_dump/pg_restore (e.g. `pg_dump -Fc -f attendance.dump DB`), "
            "and `face-attendance backup --key-only --output FILE` to save the encryption key."
        )
    return path


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
        db_path = _require_sqlite(settings, "backup")
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
        with _private_tempdir(settings.paths.backups) as tmp:
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
                writer = _SealingWriter(raw, passphrase, {"kind": manifest.kind}, kdf_n)
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
        return _read_header(fh, path)[0]


def unpack_backup(path: Path, passphrase: str, workdir: Path) -> UnpackedBackup:
    """Decrypt and verify the whole archive into a private folder under ``workdir``."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"The backup file {path} does not exist.")
    ensure_writable_dir(workdir, what="backup folder")
    folder = Path(tempfile.mkdtemp(prefix=".tmp-restore-", dir=workdir))
    os.chmod(folder, 0o700)
    try:
        manifest_data: dict[str, Any] | None = None
        key: bytes | None = None
        settings_text: str | None = None
        db_file: Path | None = None
        with open(path, "rb") as fh:
            reader = _OpeningReader(fh, passphrase, path)
            try:
                with tarfile.open(fileobj=reader, mode="r|") as tar:
                    for member in tar:
                        if not member.isfile():
                            continue
                        src = tar.extractfile(member)
                        assert src is not None
                        if member.name == MANIFEST_MEMBER:
                            manifest_data = json.loads(src.read())
                        elif member.name == KEY_MEMBER:
                            kd = json.loads(src.read())
                            key = base64.b64decode(kd["key"])
                        elif member.name == SETTINGS_MEMBER:
                            settings_text = src.read().decode("utf-8")
                        elif member.name == DB_MEMBER:
                            db_file = folder / DB_MEMBER
                            with open(db_file, "wb") as out:
                                shutil.copyfileobj(src, out, 1 << 20)
                        # anything else is ignored: nothing is extracted by its own name
            except tarfile.TarError as exc:
                raise BackupError(f"{path} is damaged: {exc}") from exc
            reader.drain()
        if manifest_data is None:
            raise BackupError(f"{path} has no manifest; it is not a complete backup.")
        manifest = BackupManifest.from_json(manifest_data)
        if manifest.kind == "full":
            if db_file is None:
                raise BackupError(f"{path} lacks its database; it cannot be restored.")
            if sha256_file(db_file) != manifest.database_sha256:
                raise BackupError(f"The database inside {path} does not match its manifest.")
        if key is not None and key_id_of(key) != manifest.key_id:
            raise BackupError(f"The data key inside {path} does not match its manifest.")
        return UnpackedBackup(folder, manifest, db_file, settings_text, key)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def plan_restore(
    settings: Settings,
    unpacked: UnpackedBackup,
    *,
    config_file: Path | None = None,
    restore_settings: bool = True,
    store: KeyStore | None = None,
) -> RestorePlan:
    """Check everything a restore needs before anything is replaced: the archived database
    opens, passes SQLite's integrity check and migrates (in the private unpack folder), its
    counts are read from it (not from the manifest), the archived settings parse and
    validate once merged with this machine's, and the security settings they would change
    are listed. ``config_file`` is the settings file to replace (default: the user's);
    ``restore_settings=False`` leaves settings files alone (a ``--data-dir`` run without
    ``--config`` must not rewrite the user's own settings)."""
    store = store or KeyStore.for_settings(settings)
    target = current = incoming = None
    if unpacked.manifest.kind == "full":
        target = _require_sqlite(settings, "restore")
        _check_revision_known(unpacked.manifest.database)
        incoming = _check_archived_database(unpacked)
        if target.exists() and target.stat().st_size > 0:
            try:
                current = summarize_sqlite(target)
            except BackupError:  # a damaged database is exactly what a restore is for
                current = DatabaseSummary(None, {}, damaged=True)
    settings_file = None
    merged_toml = None
    changes: tuple[str, ...] = ()
    skipped = ""
    if unpacked.settings_text is not None:
        if restore_settings:
            settings_file = Path(config_file) if config_file else default_config_file()
            merged_toml, changes = _merge_settings(settings_file, unpacked.settings_text)
        else:
            skipped = "this run names a data dir but no settings file (--config FILE)"
    install = None
    if unpacked.key is not None and unpacked.manifest.key_id:
        have = store.load(unpacked.manifest.key_id)
        if have is None:
            install = unpacked.manifest.key_id
    return RestorePlan(
        target, current, incoming, settings_file, install, merged_toml, changes, skipped
    )


def _check_archived_database(unpacked: UnpackedBackup) -> DatabaseSummary:
    """The archived database opened, checked and migrated to this version's schema where it
    lies (the private unpack folder); its summary read from it."""
    assert unpacked.database is not None
    from desktop_app.storage.db import Database as _Db

    url = f"sqlite:///{unpacked.database}"
    db = _Db(url)
    try:
        check = db.integrity_check()
        if check != "ok":
            raise BackupError(f"The database inside the backup is damaged ({check}).")
        if db.needs_upgrade():
            db.upgrade(backup=False)
    except BackupError:
        raise
    except AppError as exc:
        raise BackupError(
            f"The database inside the backup cannot be used: {exc} Nothing was changed."
        ) from exc
    finally:
        db.dispose()
    return summarize_sqlite(unpacked.database)


def _get(d: Any, path: tuple[str, ...]) -> Any:
    for p in path:
        d = d.get(p) if isinstance(d, dict) else None
    return d


def _merge_settings(path: Path, text: str) -> tuple[str, tuple[str, ...]]:
    """The archived settings with this machine's data dir, database URL, key store and device
    name, as TOML, validated; and the security settings that would change."""
    from pydantic import ValidationError

    try:
        incoming = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise BackupError(
            f"The settings inside the backup are not valid TOML ({exc}); nothing was changed."
        ) from exc
    current: dict[str, Any] = {}
    if path.is_file():
        try:
            current = tomllib.loads(path.read_text("utf-8"))
        except (tomllib.TOMLDecodeError, OSError, UnicodeDecodeError):
            current = {}
    for key in MACHINE_KEYS:
        _move_key(incoming, current, key)
    try:
        new = Settings.model_validate(incoming)
        old = Settings.model_validate(current)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()
        )
        raise BackupError(
            f"The settings inside the backup are not valid ({problems}); nothing was changed."
        ) from exc
    old_d, new_d = old.model_dump(mode="json"), new.model_dump(mode="json")
    changes = tuple(
        f"{'.'.join(k)}: {_get(old_d, k)!r} -> {_get(new_d, k)!r}"
        for k in SECURITY_SETTINGS
        if _get(old_d, k) != _get(new_d, k)
    )
    return tomli_w.dumps(incoming), changes


def _check_revision_known(summary: DatabaseSummary | None) -> None:
    from alembic.script import ScriptDirectory

    from desktop_app.storage.db import alembic_config

    revision = summary.revision if summary else None
    if revision is None:
        return
    try:
        ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except Exception as exc:
        raise BackupError(
            f"The backup's database is at schema revision {revision}, which this version of "
            "face-attendance does not know (it was made by a newer version). Install that "
            "version to restore it; nothing was changed."
        ) from exc


def apply_restore(
    settings: Settings,
    unpacked: UnpackedBackup,
    plan: RestorePlan,
    *,
    confirmed: bool,
    store: KeyStore | None = None,
    actor: str = "restore",
) -> RestoreResult:
    """Replace the current data with the archive's. Refuses unless ``confirmed``; always copies
    the current database (and settings file) into ``backups/`` first."""
    if not confirmed:
        raise RestoreNotConfirmed(
            "Restore not confirmed: nothing was changed. Re-run with --yes (or answer 'yes') "
            "to replace the data listed above."
        )
    store = store or KeyStore.for_settings(settings)
    # Everything was checked by plan_restore; the settings file is written to a temp file
    # next to it first, so the last step is a rename.
    staged = None
    if plan.settings_file is not None and plan.settings_toml is not None:
        plan.settings_file.parent.mkdir(parents=True, exist_ok=True)
        staged = plan.settings_file.with_name(f".settings-restore-{os.getpid()}.toml")
        staged.write_text(plan.settings_toml, "utf-8")
        _private(staged)
    try:
        return _apply(settings, unpacked, plan, store, actor, staged)
    finally:
        if staged is not None:
            staged.unlink(missing_ok=True)  # moved into place, or left over after an error


def _apply(
    settings: Settings,
    unpacked: UnpackedBackup,
    plan: RestorePlan,
    store: KeyStore,
    actor: str,
    staged: Path | None,
) -> RestoreResult:
    key_installed = False
    if plan.install_key is not None and unpacked.key is not None:
        store.save(unpacked.key)  # before the database that needs it
        key_installed = True

    copy: Path | None = None
    if plan.target is not None and unpacked.database is not None:
        backups = settings.paths.backups
        ensure_writable_dir(backups, what="backup folder")
        target = plan.target
        if plan.current is not None and plan.current.damaged:
            copy = _copy_damaged(target, backups)
            _replace_file(unpacked.database, target)
        elif plan.current is not None:
            current_db = Database(f"sqlite:///{target}")
            try:
                copy = current_db.backup_sqlite(reason="pre-restore", dest_dir=backups)
            finally:
                current_db.dispose()
            if copy is None or not copy.exists():
                raise BackupError(
                    f"Could not copy the current database {target} before restoring; "
                    "nothing was changed."
                )
            _private(copy)
            _swap_in(unpacked.database, target)
        else:
            _replace_file(unpacked.database, target)
        clear_index(settings)

    settings_copy: Path | None = None
    if staged is not None and plan.settings_file is not None:
        settings_copy = _swap_settings(staged, plan.settings_file, settings)

    if plan.target is not None:
        db = Database(f"sqlite:///{plan.target}")
        try:
            db.run(
                lambda s: Audit(s).write(
                    actor,
                    "backup.restored",
                    details={
                        "archive_created_at": unpacked.manifest.created_at,
                        "archive_device": unpacked.manifest.device,
                        "pre_restore_copy": copy.name if copy else None,
                    },
                )
            )
        finally:
            db.dispose()
    return RestoreResult(plan.target, copy, settings_copy, key_installed)


def _copy_damaged(target: Path, backups: Path) -> Path:
    """Byte copy of a database SQLite cannot read (and its -wal/-shm) into ``backups``."""
    copy = backups / f"{target.stem}-pre-restore-damaged-{_stamp()}{target.suffix}"
    n = 1
    while copy.exists():
        copy = backups / f"{target.stem}-pre-restore-damaged-{_stamp()}-{n}{target.suffix}"
        n += 1
    shutil.copy2(target, copy)
    _private(copy)
    for extra in ("-wal", "-shm"):
        side = target.with_name(target.name + extra)
        if side.exists():
            shutil.copy2(side, copy.with_name(copy.name + extra))
            _private(copy.with_name(copy.name + extra))
    return copy


def _private(path: Path) -> None:
    """Copies of personal data are readable by this user only."""
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)


def _replace_file(source: Path, target: Path) -> None:
    """Put ``source`` at ``target`` atomically (rename); stale -wal/-shm files are dropped
    so SQLite cannot replay an old journal over the restored file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with atomic_path(target, prefix=f".{target.name}.restoring-") as tmp:
        shutil.copyfile(source, tmp)
        for extra in ("-wal", "-shm"):
            target.with_name(target.name + extra).unlink(missing_ok=True)


def _swap_in(source: Path, target: Path) -> None:
    """Overwrite ``target`` with ``source`` in one SQLite transaction (WAL-safe)."""
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
            f"Restoring into {target} failed ({exc}); the database is unchanged or can be "
            "recovered from the pre-restore copy in the backups folder."
        ) from exc
    finally:
        src.close()
    if result != "ok":  # pragma: no cover - the archive's copy was verified
        raise BackupError(f"The restored database {target} fails its integrity check: {result}")


def clear_index(settings: Settings) -> None:
    """The FAISS index is derived from the database: drop it so it is rebuilt from the
    restored data (its version stamp could coincide with the restored counter)."""
    index_dir = settings.paths.index
    if not index_dir.is_dir():
        return
    for child in index_dir.iterdir():
        if child.is_dir():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def _move_key(incoming: dict[str, Any], current: dict[str, Any], path: tuple[str, ...]) -> None:
    """Make ``incoming[path]`` this machine's value (``current[path]``) or absent."""
    *parents, leaf = path
    inc: Any = incoming
    for p in parents:
        inc = inc.get(p) if isinstance(inc, dict) else None
    if isinstance(inc, dict):
        inc.pop(leaf, None)
    cur: Any = current
    for p in parents:
        cur = cur.get(p) if isinstance(cur, dict) else None
    if isinstance(cur, dict) and leaf in cur:
        target = incoming
        for p in parents:
            target = target.setdefault(p, {})
        target[leaf] = cur[leaf]


def _swap_settings(staged: Path, path: Path, settings: Settings) -> Path | None:
    """Copy the current settings file into ``backups/``, then rename the staged one over it."""
    copy: Path | None = None
    if path.is_file():
        backups = settings.paths.backups
        ensure_writable_dir(backups, what="backup folder")
        copy = backups / f"settings-pre-restore-{_stamp()}.toml"
        n = 1
        while copy.exists():
            copy = backups / f"settings-pre-restore-{_stamp()}-{n}.toml"
            n += 1
        shutil.copy2(path, copy)
        _private(copy)
    os.replace(staged, path)
    return copy
