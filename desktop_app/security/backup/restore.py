"""Restoring an archive: unpack and verify it privately, check everything (database opens and
migrates, settings validate), show what changes, then replace with copies kept."""

from __future__ import annotations

import base64
import errno
import json
import logging
import os
import shutil
import sqlite3
import tarfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.config import Settings
from desktop_app.errors import AppError
from desktop_app.fileio import remove_retrying, sha256_file
from desktop_app.i18n import translate
from desktop_app.paths import default_config_file, ensure_writable_dir, make_private
from desktop_app.security.backup.create import require_sqlite
from desktop_app.security.backup.files import (
    clear_index,
    copy_damaged,
    new_private_folder,
    remove_private_folder,
    replace_file,
    swap_in,
    swap_settings,
)
from desktop_app.security.backup.format import (
    BackupError,
    OpeningReader,
    RestoreIncomplete,
    RestoreNotConfirmed,
)
from desktop_app.security.backup.manifest import (
    DB_MEMBER,
    KEY_MEMBER,
    MANIFEST_MEMBER,
    SETTINGS_MEMBER,
    BackupManifest,
    DatabaseSummary,
    UnpackedBackup,
    UnreadableDatabase,
    summarize_sqlite,
)
from desktop_app.security.backup.settings_merge import keep_machine_settings, merge_settings
from desktop_app.security.keys import KeyStore, audit_anchor_path, key_id_of, use_audit_key
from desktop_app.storage import in_use
from desktop_app.storage.db import Database
from desktop_app.storage.repositories import Audit

log = logging.getLogger(__name__)


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


def _private_folder(source: Path, workdir: Path) -> Path:
    """A new 0700 folder under ``workdir`` to unpack ``source`` into (which must exist)."""
    if not source.is_file():
        raise BackupError(
            translate("Backup", "The backup file {file} does not exist.").format(file=source)
        )
    return new_private_folder(workdir, ".tmp-restore-")


def unpack_backup(path: Path, passphrase: str, workdir: Path) -> UnpackedBackup:
    """Decrypt and verify the whole archive into a private folder under ``workdir``."""
    path = Path(path)
    folder = _private_folder(path, workdir)
    try:
        manifest_data: dict[str, Any] | None = None
        key: bytes | None = None
        settings_text: str | None = None
        db_file: Path | None = None
        with open(path, "rb") as fh:
            reader = OpeningReader(fh, passphrase, path)
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
                raise BackupError(
                    translate("Backup", "{file} is damaged: {problem}").format(
                        file=path, problem=exc
                    )
                ) from exc
            reader.drain()
        if manifest_data is None:
            raise BackupError(
                translate("Backup", "{file} has no manifest; it is not a complete backup.").format(
                    file=path
                )
            )
        manifest = BackupManifest.from_json(manifest_data)
        if manifest.kind == "full":
            if db_file is None:
                raise BackupError(
                    translate("Backup", "{file} lacks its database; it cannot be restored.").format(
                        file=path
                    )
                )
            if sha256_file(db_file) != manifest.database_sha256:
                raise BackupError(
                    translate(
                        "Backup", "The database inside {file} does not match its manifest."
                    ).format(file=path)
                )
        if key is not None and key_id_of(key) != manifest.key_id:
            raise BackupError(
                translate(
                    "Backup", "The data key inside {file} does not match its manifest."
                ).format(file=path)
            )
        return UnpackedBackup(folder, manifest, db_file, settings_text, key)
    except BaseException:
        remove_private_folder(folder)
        raise


def unpack_copy(
    copy: Path, workdir: Path, *, settings_copy: Path | None = None, device: str = ""
) -> UnpackedBackup:
    """A database copy the app took itself (``backups/*-pre-restore-*.sqlite3``, and the
    settings copy beside it) as an unpacked archive, so that undoing a restore goes through
    the same checks and the same copy of the data it replaces as a restore."""
    import datetime as dt

    from desktop_app import __version__
    from desktop_app.security.keys import KEY_ID_SETTING
    from desktop_app.storage.repositories import SharedSettings

    copy = Path(copy)
    folder = _private_folder(copy, workdir)
    try:
        db_file = folder / DB_MEMBER
        shutil.copyfile(copy, db_file)
        summary = summarize_sqlite(db_file)
        db = Database(f"sqlite:///{db_file}")
        try:
            key_id = db.run(lambda s: SharedSettings(s).get(KEY_ID_SETTING))
        except AppError:
            key_id = None
        finally:
            db.dispose()
        made = dt.datetime.fromtimestamp(copy.stat().st_mtime, dt.UTC)
        settings_text = (
            settings_copy.read_text("utf-8")
            if settings_copy is not None and settings_copy.is_file()
            else None
        )
        manifest = BackupManifest(
            kind="full",
            created_at=made.isoformat(timespec="seconds"),
            app_version=__version__,
            device=device,
            database=summary,
            database_sha256=sha256_file(db_file),
            has_settings=settings_text is not None,
            key_id=str(key_id) if key_id else None,
            has_key=False,
        )
        return UnpackedBackup(folder, manifest, db_file, settings_text, None)
    except BaseException:
        remove_private_folder(folder)
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
        target = require_sqlite(settings, "restore")
        _check_revision_known(unpacked.manifest.database)
        incoming = _check_archived_database(unpacked)
        if target.exists() and target.stat().st_size > 0:
            try:
                current = summarize_sqlite(target)
            except UnreadableDatabase as exc:  # a damaged one is exactly what a restore is for
                current = DatabaseSummary(None, {}, damaged=exc.damaged, unreadable=exc.why)
    settings_file = None
    merged_toml = None
    changes: tuple[str, ...] = ()
    skipped = ""
    if unpacked.settings_text is not None:
        if restore_settings:
            settings_file = Path(config_file) if config_file else default_config_file()
            merged_toml, changes = merge_settings(settings_file, unpacked.settings_text)
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
            raise BackupError(
                translate(
                    "Backup", "The database inside the backup is damaged ({problem})."
                ).format(problem=check)
            )
        if db.needs_upgrade():
            db.upgrade(backup=False)
    except BackupError:
        raise
    except AppError as exc:
        raise BackupError(
            translate(
                "Backup",
                "The database inside the backup cannot be used: {problem} Nothing was changed.",
            ).format(problem=exc)
        ) from exc
    finally:
        db.dispose()
    return summarize_sqlite(unpacked.database)


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
            translate(
                "Backup",
                "The backup's database is at schema revision {revision}, which this version of "
                "face-attendance does not know (it was made by a newer version). Install that "
                "version to restore it; nothing was changed.",
            ).format(revision=revision)
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
    """Replace the current data with the archive's. Refuses unless ``confirmed``, and while
    another process uses the data folder (``DataInUse``); always copies the current database
    (and settings file) into ``backups/`` first."""
    if not confirmed:
        raise RestoreNotConfirmed(
            translate(
                "Backup",
                "Restore not confirmed: nothing was changed. Re-run with --yes (or answer "
                "'yes') to replace the data listed above.",
            )
        )
    with in_use.restoring(settings.paths.root):  # no kiosk or window goes on with old data
        return _apply_alone(settings, unpacked, plan, store, actor)


def _apply_alone(
    settings: Settings,
    unpacked: UnpackedBackup,
    plan: RestorePlan,
    store: KeyStore | None,
    actor: str,
) -> RestoreResult:
    store = store or KeyStore.for_settings(settings)
    # Everything was checked by plan_restore; the settings file is written to a temp file
    # next to it first, so the last step is a rename.
    staged = None
    if plan.settings_file is not None and plan.settings_toml is not None:
        plan.settings_file.parent.mkdir(parents=True, exist_ok=True)
        staged = plan.settings_file.with_name(f".settings-restore-{os.getpid()}.toml")
        staged.write_text(plan.settings_toml, "utf-8")
        make_private(staged)
    try:
        return _apply(settings, unpacked, plan, store, actor, staged)
    finally:
        if staged is not None:  # moved into place, or left over after an error
            try:
                remove_retrying(staged)
            except OSError as exc:  # never hides how the restore went
                log.warning("could not remove %s: %s", staged, exc)


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
        copy = _swap_database(settings, unpacked.database, plan)
    # From here on the backup's data is in use: a failure must say so and where the data
    # from before is (RestoreIncomplete), never leave the operator guessing.
    step = "index"
    settings_copy: Path | None = None
    try:
        if plan.target is not None:
            clear_index(settings)
        if staged is not None and plan.settings_file is not None:
            step = "settings"
            settings_copy = swap_settings(staged, plan.settings_file, settings)
        step = "log"
        if plan.target is not None:
            _record_restore(plan.target, unpacked, store, actor, copy)
    except (OSError, AppError, sqlite3.Error) as exc:
        if plan.target is None:
            raise
        raise _incomplete(exc, step, copy, settings_copy) from exc
    return RestoreResult(plan.target, copy, settings_copy, key_installed)


def _swap_database(settings: Settings, archived: Path, plan: RestorePlan) -> Path | None:
    """Copy the current database into ``backups/`` and put the archive's in its place;
    the copy (None: there was no database). Fails with nothing changed."""
    assert plan.target is not None
    backups = settings.paths.backups
    target = plan.target
    copy: Path | None = None
    try:
        ensure_writable_dir(backups, what="backup folder")
        if plan.current is not None and plan.current.damaged:
            copy = copy_damaged(target, backups)
            replace_file(archived, target)
            return copy
        if plan.current is None:
            replace_file(archived, target)
            return None
        current_db = Database(f"sqlite:///{target}")
        try:
            copy = current_db.backup_sqlite(reason="pre-restore", dest_dir=backups)
        finally:
            current_db.dispose()
    except BackupError:
        raise
    except (OSError, AppError) as exc:
        raise BackupError(
            translate(
                "Backup",
                "Could not copy the current database {file} before restoring ({problem}); "
                "nothing was changed.",
            ).format(file=target, problem=problem_text(exc))
        ) from exc
    if copy is None or not copy.exists():
        raise BackupError(
            translate(
                "Backup",
                "Could not copy the current database {file} before restoring; nothing was changed.",
            ).format(file=target)
        )
    make_private(copy)
    swap_in(archived, target, copy)
    return copy


def _record_restore(
    target: Path, unpacked: UnpackedBackup, store: KeyStore, actor: str, copy: Path | None
) -> None:
    """``backup.restored`` in the restored database's audit log, its chain keyed."""
    db = Database(f"sqlite:///{target}")
    key = unpacked.key
    if key is None and unpacked.manifest.key_id:
        key = store.load(unpacked.manifest.key_id)
    if key is not None:
        use_audit_key(db, key, store)  # the restored chain goes on signed
        # the restored log is the truth now: the anchor restarts from its newest entry
        audit_anchor_path(store, key_id_of(key)).unlink(missing_ok=True)
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


def problem_text(exc: BaseException) -> str:
    """What went wrong, in words: a full disk said plainly, an OSError without its errno."""
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return translate("Backup", "the disk is full")
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


def _incomplete(
    exc: BaseException, step: str, copy: Path | None, settings_copy: Path | None
) -> RestoreIncomplete:
    if step == "settings":
        text = translate(
            "Backup",
            "The backup's data is in use, but its settings could not be written ({problem}): "
            "the settings from before stay.",
        )
    else:
        text = translate(
            "Backup", "The backup's data is in use, but the restore could not finish ({problem})."
        )
    text = text.format(problem=problem_text(exc))
    if copy is not None:
        text += " " + translate(
            "Backup",
            "The data from before the restore is kept at {file}: Undo the restore puts it back.",
        ).format(file=copy)
    return RestoreIncomplete(text, copy, settings_copy)


def settings_after_restore(current: Settings, plan: RestorePlan) -> Settings:
    """The settings a running app continues with after ``plan`` was applied: the restored
    settings file read back (with the environment, as at start-up), this machine's data dir,
    database, key store and device name kept from ``current``; ``current`` itself when the
    restore wrote no settings file."""
    if plan.settings_file is None or plan.settings_toml is None or not plan.settings_file.is_file():
        return current
    from desktop_app.config import load_settings

    return keep_machine_settings(load_settings(config_file=plan.settings_file), current)
