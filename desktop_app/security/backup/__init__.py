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

The package, by concern: ``format`` (cipher format), ``manifest`` (what an archive holds),
``create``, ``restore``, ``files`` (file swapping) and ``settings_merge``.
"""

from __future__ import annotations

from desktop_app.security.backup.create import (
    MIN_PASSPHRASE,
    check_new_passphrase,
    create_backup,
    read_backup_header,
)
from desktop_app.security.backup.files import clear_index
from desktop_app.security.backup.format import (
    FORMAT_VERSION,
    MAGIC,
    SCRYPT_N,
    BackupError,
    BackupPassphraseError,
    BackupUnsupported,
    RestoreIncomplete,
    RestoreNotConfirmed,
)
from desktop_app.security.backup.manifest import (
    BackupManifest,
    DatabaseSummary,
    UnpackedBackup,
    summarize_sqlite,
)
from desktop_app.security.backup.restore import (
    RestorePlan,
    RestoreResult,
    apply_restore,
    plan_restore,
    settings_after_restore,
    unpack_backup,
    unpack_copy,
)
from desktop_app.security.backup.settings_merge import (
    MACHINE_KEYS,
    SECURITY_SETTINGS,
    keep_machine_settings,
)

__all__ = [
    "FORMAT_VERSION",
    "MACHINE_KEYS",
    "MAGIC",
    "MIN_PASSPHRASE",
    "SCRYPT_N",
    "SECURITY_SETTINGS",
    "BackupError",
    "BackupManifest",
    "BackupPassphraseError",
    "BackupUnsupported",
    "DatabaseSummary",
    "RestoreIncomplete",
    "RestoreNotConfirmed",
    "RestorePlan",
    "RestoreResult",
    "UnpackedBackup",
    "apply_restore",
    "check_new_passphrase",
    "clear_index",
    "create_backup",
    "keep_machine_settings",
    "plan_restore",
    "read_backup_header",
    "settings_after_restore",
    "summarize_sqlite",
    "unpack_backup",
    "unpack_copy",
]
