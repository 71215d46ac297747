"""What an archive holds: its member names, the manifest and the database summary shown
before a restore, and the unpacked archive."""

from __future__ import annotations

import shutil
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
    damaged: bool = False  # the file is there but SQLite cannot read it

    def describe(self) -> str:
        if self.damaged:
            return "a damaged file SQLite cannot read"
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


# ---- helpers ---------------------------------------------------------------------------------
def summarize_sqlite(path: Path) -> DatabaseSummary:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        counts: dict[str, int] = {}
        for name, table in (
            ("people", "people"),
            ("templates", "face_templates"),
            ("events", "attendance_events"),
            ("sessions", "sessions"),
            ("audit", "audit_log"),
        ):
            try:
                counts[name] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            except sqlite3.OperationalError:
                counts[name] = 0
        try:  # the people the status bar counts (deactivated people stay in the database)
            row = conn.execute("SELECT count(*) FROM people WHERE active").fetchone()
            counts["people_active"] = int(row[0])
        except sqlite3.OperationalError:
            pass
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        except sqlite3.OperationalError:
            revision = None
        return DatabaseSummary(revision, counts)
    except sqlite3.DatabaseError as exc:
        raise BackupError(
            translate("Backup", "{file} is not a usable SQLite database: {problem}").format(
                file=path, problem=exc
            )
        ) from exc
    finally:
        conn.close()
