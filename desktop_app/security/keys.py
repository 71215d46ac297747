"""The data key: 32 random bytes that encrypt templates, chips and probe embeddings.

It is kept in the OS keyring when a usable backend exists (never keyring's ``fail``/``null``
backends, nor a plaintext one), else in a file readable only by this user (0600) in the
config dir's ``keys/`` folder. A database records the *key id* of its key
(``SharedSettings["encryption.key_id"]``), never the key, so a machine that lacks the key, or
holds another one, is told so instead of silently starting over with a fresh key.
"""

from __future__ import annotations

import base64
import json
import logging
import os
import secrets
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from desktop_app.config import Settings
from desktop_app.errors import AppError
from desktop_app.fileio import atomic_write, sha256_bytes
from desktop_app.paths import default_config_dir

log = logging.getLogger(__name__)

KEY_BYTES = 32
KEY_ID_SETTING = "encryption.key_id"
KEYRING_SERVICE = "face-attendance"

StoreMode = Literal["auto", "keyring", "file"]


class EncryptionKeyError(AppError):
    """The data key of this database cannot be used on this machine."""


class EncryptionKeyMissing(EncryptionKeyError):
    """The database names a key this machine does not have."""


class EncryptionKeyMismatch(EncryptionKeyError):
    """The key stored under the database's key id is not that key (damaged or replaced)."""


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def key_id_of(key: bytes) -> str:
    """16 hex digits naming a key; reveals nothing useful about it."""
    assert len(key) == KEY_BYTES, "a data key is 32 bytes"
    return sha256_bytes(b"face-attendance data key id\x00" + key)[:16]


def default_key_dir(settings: Settings) -> Path:
    """``privacy.key_dir``, else ``keys/`` beside the settings file in the user config dir."""
    if settings.privacy.key_dir is not None:
        return Path(settings.privacy.key_dir).expanduser()
    return default_config_dir() / "keys"


def usable_keyring() -> Any | None:
    """The active keyring backend if it can really hold secrets, else None.

    On a headless Linux box keyring's chainer often ends on ``keyring.backends.fail.Keyring``
    (priority 0) or a chainer with nothing behind it; a plaintext backend (keyrings.alt) is
    no better than our own 0600 file, so it is not used either.
    """
    try:
        import keyring
        from keyring.backends import chainer, fail, null
    except Exception:  # pragma: no cover - keyring is a dependency, but be tolerant
        return None
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # pragma: no cover - broken keyring config
        log.info("no usable OS keyring: %s", exc)
        return None
    if isinstance(backend, fail.Keyring | null.Keyring):
        return None
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return None
    module = type(backend).__module__
    if module.startswith("keyrings.alt") and "file" in module.lower():
        return None
    try:
        if float(backend.priority) <= 0:
            return None
    except Exception:
        return None
    return backend


@dataclass(frozen=True)
class KeyLocation:
    kind: Literal["keyring", "file"]
    detail: str  # backend name or file path

    def __str__(self) -> str:
        return f"the OS keyring ({self.detail})" if self.kind == "keyring" else self.detail


class KeyStore:
    """Loads and saves data keys by key id: OS keyring first (if usable), then key files."""

    def __init__(self, key_dir: Path, mode: StoreMode = "auto", backend: Any | None = None) -> None:
        self.key_dir = Path(key_dir)
        self.mode = mode
        self._backend = backend

    @classmethod
    def for_settings(cls, settings: Settings) -> KeyStore:
        return cls(default_key_dir(settings), settings.privacy.key_store)

    # ---- keyring -------------------------------------------------------------------------
    def keyring_backend(self) -> Any | None:
        if self.mode == "file":
            return None
        if self._backend is not None:
            return self._backend
        return usable_keyring()

    @staticmethod
    def _username(key_id: str) -> str:
        return f"data-key-{key_id}"

    # ---- files ---------------------------------------------------------------------------
    def key_file(self, key_id: str) -> Path:
        return self.key_dir / f"{key_id}.key"

    def _ensure_dir(self) -> None:
        self.key_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        # Windows: new files in the folder inherit its owner-only access list
        _restrict(self.key_dir, directory=True)

    # ---- API -----------------------------------------------------------------------------
    def load(self, key_id: str) -> bytes | None:
        """The key with this id from the keyring or its file; None when neither has it."""
        backend = self.keyring_backend()
        if backend is not None:
            try:
                value = backend.get_password(KEYRING_SERVICE, self._username(key_id))
            except Exception as exc:
                log.warning("could not read the OS keyring (%s); trying the key file", exc)
                value = None
            if value:
                return _decode_key(value, f"the OS keyring entry for key {key_id}")
        path = self.key_file(key_id)
        if not path.exists():
            return None
        _tighten(path)
        try:
            data = json.loads(path.read_text("utf-8"))
            return _decode_key(str(data["key"]), str(path))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise EncryptionKeyMismatch(
                f"The key file {path} is damaged ({exc}). Restore it from your backup "
                "(face-attendance restore BACKUP installs the key). Nothing was deleted."
            ) from exc

    def save(self, key: bytes) -> KeyLocation:
        """Keep ``key``: in the keyring when usable (mode auto/keyring), else in a 0600 file."""
        key_id = key_id_of(key)
        backend = self.keyring_backend()
        if backend is None and self.mode == "keyring":
            raise EncryptionKeyError(
                "privacy.key_store is 'keyring' but this machine has no usable OS keyring "
                "(no Secret Service / Keychain / Credential Locker). Set privacy.key_store to "
                "'auto' or 'file' to keep the key in a file readable only by this user."
            )
        if backend is not None:
            try:
                backend.set_password(
                    KEYRING_SERVICE, self._username(key_id), base64.b64encode(key).decode()
                )
                if self.load(key_id) == key:
                    return KeyLocation("keyring", type(backend).__name__)
                log.warning("the OS keyring did not keep the key; using a key file instead")
            except Exception as exc:
                if self.mode == "keyring":
                    raise EncryptionKeyError(
                        f"Cannot store the key in the OS keyring: {exc}"
                    ) from exc
                log.warning("could not write the OS keyring (%s); using a key file instead", exc)
        return KeyLocation("file", str(self._write_file(key_id, key)))

    def _write_file(self, key_id: str, key: bytes) -> Path:
        self._ensure_dir()
        path = self.key_file(key_id)
        payload = json.dumps(
            {
                "format": "face-attendance-data-key-1",
                "key_id": key_id,
                "key": base64.b64encode(key).decode(),
            }
        )
        if path.exists():
            existing = self.load_file_only(key_id)
            if existing == key:
                return path
            raise EncryptionKeyMismatch(
                f"A different key file already exists at {path}; it was not overwritten."
            )
        # The temp file is created 0600: the key is never readable by others.
        atomic_write(path, payload + "\n", prefix=".key-")
        _restrict(path)
        return path

    def load_file_only(self, key_id: str) -> bytes | None:
        path = self.key_file(key_id)
        if not path.exists():
            return None
        data = json.loads(path.read_text("utf-8"))
        return _decode_key(str(data["key"]), str(path))

    def describe(self) -> str:
        backend = self.keyring_backend()
        where = f"the key files in {self.key_dir}"
        if backend is not None:
            return f"the OS keyring ({type(backend).__name__}) or {where}"
        return where


def _decode_key(value: str, where: str) -> bytes:
    try:
        key = base64.b64decode(value, validate=True)
    except ValueError as exc:
        raise EncryptionKeyMismatch(f"The data key in {where} is not valid base64.") from exc
    if len(key) != KEY_BYTES:
        raise EncryptionKeyMismatch(f"The data key in {where} has the wrong length.")
    return key


def _restrict(path: Path, *, directory: bool = False) -> None:
    """Owner-only (0600/0700; an owner-only ACL on Windows); a failure is logged, not fatal:
    the key is already written and losing it would be worse."""
    from desktop_app.portable import restrict_to_owner

    try:
        restrict_to_owner(path, directory=directory)
    except OSError as exc:
        log.warning("could not make %s private to this user: %s", path, exc)


def _tighten(path: Path) -> None:
    """A key file readable by others is made private again (and the fact logged)."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return
    if os.name == "posix" and mode & 0o077:
        log.warning("key file %s was readable by others (mode %o); setting it to 0600", path, mode)
        _restrict(path)


def missing_key_message(key_id: str, store: KeyStore) -> str:
    return (
        f"The encryption key for this database (key id {key_id}) is not on this machine: it "
        f"is not in {store.describe()}. Restore it from your backup: `face-attendance restore "
        "BACKUP` installs the key from a backup archive, and `face-attendance backup --key-only "
        "--output FILE` on a machine that has the key makes one for this machine. Until then "
        "face templates and chips cannot be read; nothing was deleted."
    )


# ---- the audit chain's key and anchor ----------------------------------------------------------
AUDIT_ANCHOR_SUFFIX = ".audit.json"


def audit_key_of(key: bytes) -> bytes:
    """The HMAC key of the audit chain, derived from the data key (HKDF-SHA256)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"face-attendance audit chain v1"
    ).derive(key)


def audit_anchor_path(store: KeyStore, key_id: str) -> Path:
    """Kept beside the key (not in the database): the number of audit entries this machine
    has seen and the newest one's hash, so cutting entries off the end is detected."""
    return store.key_dir / f"{key_id}{AUDIT_ANCHOR_SUFFIX}"


def read_audit_anchor(store: KeyStore, key_id: str) -> tuple[int, str] | None:
    path = audit_anchor_path(store, key_id)
    try:
        data = json.loads(path.read_text("utf-8"))
        return int(data["count"]), str(data["hash"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _write_audit_anchor(store: KeyStore, key_id: str, count: int, head: str) -> None:
    from desktop_app.fileio import atomic_write

    old = read_audit_anchor(store, key_id)
    if old is not None and old[0] >= count:
        return  # only forward (another process may have written a newer one)
    try:
        store._ensure_dir()
        atomic_write(
            audit_anchor_path(store, key_id),
            json.dumps({"count": count, "hash": head}),
            prefix=".audit-",
        )
    except OSError as exc:
        log.warning("could not keep the audit anchor beside the key: %s", exc)


def use_audit_key(db: Any, key: bytes, store: KeyStore) -> None:
    """Sign ``db``'s audit entries with ``key``'s audit key and keep the anchor."""
    key_id = key_id_of(key)
    db.audit_key = audit_key_of(key)
    db.on_audit_commit = lambda count, head: _write_audit_anchor(store, key_id, count, head)
    db.audit_anchor = lambda: read_audit_anchor(store, key_id)


def attach_audit_key(db: Any, settings: Settings) -> None:
    """Load the data key recorded in ``db`` (never create one) and sign its audit chain."""
    import sqlalchemy as sa

    with db.engine.connect() as conn:
        try:
            row = conn.execute(
                sa.text("SELECT value FROM settings WHERE key = :k"), {"k": KEY_ID_SETTING}
            ).first()
        except sa.exc.DBAPIError:
            return
    if row is None:
        return
    key_id = str(json.loads(row[0]))
    store = KeyStore.for_settings(settings)
    key = store.load(key_id)
    if key is not None and key_id_of(key) == key_id:
        use_audit_key(db, key, store)
