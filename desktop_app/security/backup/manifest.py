"""What an archive holds: its member names, the manifest and the database summary shown
before a restore, and the unpacked archive."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.i18n import translate
from desktop_app.security.backup.format import BackupError

DB_MEMBER = "database.sqlite3"


SETTINGS_MEMBER = "settings.toml"


KEY_MEMBER = "data-key.json"


MANIFEST_MEMBER = "manifest.json"


# ---- values ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class DatabaseSummary:
    revision: str | None
    # people (deactivated ones too), people_active (absent in older archives), templates,
    # events, sessions, audit
    counts: dict[str, int] = field(default_factory=dict)
    damaged: bool = False  # the file itself is damaged (a restore keeps a byte copy of it)
    unreadable: str = ""  # why SQLite could not read it, in plain words ("" when it could)

    def describe(self) -> str:
        if self.unreadable:
            return f"could not be read: {self.unreadable}"
        c = self.counts
        people = f"{c.get('people', 0)} people"
        if c.get("people_active", c.get("people", 0)) != c.get("people", 0):
            people += f" ({c['people_active']} active)"
        return (
            f"{people}, {c.get('templates', 0)} face templates, "
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
        db = self.database  # the format as before ``unreadable`` (an archived one never is)
        d["database"] = (
            None if db is None else {k: v for k, v in vars(db).items() if k != "unreadable"}
        )
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
        from desktop_app.security.backup.files import remove_private_folder

        remove_private_folder(self.folder)


# ---- helpers ---------------------------------------------------------------------------------
class UnreadableDatabase(BackupError):
    """SQLite could not read a database: ``why`` says so in plain words (locked by another
    program, damaged, not allowed to open ...); ``damaged`` when the file itself is damaged,
    so that only a byte copy of it can be kept."""

    def __init__(self, message: str, why: str, *, damaged: bool) -> None:
        super().__init__(message)
        self.why = why
        self.damaged = damaged


# SQLite's primary result codes (the low byte of sqlite_errorcode)
_BUSY, _LOCKED, _CORRUPT, _NOTADB = 5, 6, 11, 26
_NO_ACCESS = (3, 8, 14, 23)  # PERM, READONLY, CANTOPEN, AUTH
_IOERR = 10


def unreadable_why(exc: sqlite3.Error) -> tuple[str, bool]:
    """Why SQLite could not read a database, in words an operator can act on, and whether
    the file itself is damaged."""
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (_BUSY, _LOCKED):
        return translate("Backup", "another program is using the database file right now"), False
    if code in (_CORRUPT, _NOTADB):
        return translate("Backup", "the file is damaged"), True
    if code in _NO_ACCESS:
        return translate("Backup", "this user may not open the file"), False
    if code == _IOERR:
        return translate("Backup", "the disk could not be read"), False
    return translate("Backup", "SQLite says: {problem}").format(problem=exc), False


def summarize_sqlite(path: Path) -> DatabaseSummary:
    """What the database at ``path`` holds: its schema revision and counts. A table an older
    schema lacks counts 0; anything else SQLite cannot read (the file is locked, damaged or
    not allowed to open) raises ``UnreadableDatabase``: a count of 0 would tell the operator
    there is nothing to lose."""
    conn: sqlite3.Connection | None = None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}

        def count(table: str, where: str = "") -> int:
            assert conn is not None
            return int(conn.execute(f"SELECT count(*) FROM {table} {where}").fetchone()[0])

        counts: dict[str, int] = {}
        for name, table in (
            ("people", "people"),
            ("templates", "face_templates"),
            ("events", "attendance_events"),
            ("sessions", "sessions"),
            ("audit", "audit_log"),
        ):
            counts[name] = count(table) if table in tables else 0
        if "people" in tables:  # the people the status bar counts (deactivated ones stay)
            columns = {r[1] for r in conn.execute("PRAGMA table_info(people)")}
            if "active" in columns:
                counts["people_active"] = count("people", "WHERE active")
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        return DatabaseSummary(revision, counts)
    except sqlite3.Error as exc:
        why, damaged = unreadable_why(exc)
        raise UnreadableDatabase(
            translate("Backup", "{file} could not be read: {why}.").format(file=path, why=why),
            why,
            damaged=damaged,
        ) from exc
    finally:
        if conn is not None:
            conn.close()
