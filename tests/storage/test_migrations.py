"""Migrations and the ORM never drift, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from desktop_app.config import Settings
from desktop_app.errors import DatabaseCorrupt, DatabaseTooNew, DataDirError
from desktop_app.storage.db import Database, alembic_config, open_database
from desktop_app.storage.repositories import People


def test_revision_chain_is_linear() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    heads = script.get_heads()
    assert len(heads) == 1, f"several heads: {heads}"
    revs = list(script.walk_revisions())
    assert revs[-1].down_revision is None
    for rev in revs:
        assert not isinstance(rev.down_revision, tuple), f"merge point at {rev.revision}"


def _roundtrip(db: Database) -> None:
    db.upgrade()
    assert db.current_revision() == db.head_revision()
    assert db.drift() == [], "ORM and migrations differ: write a migration"
    db.downgrade("base")
    assert db.current_revision() is None
    db.upgrade()
    assert db.drift() == []


def test_sqlite_upgrade_downgrade_no_drift(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'a.sqlite3'}")
    try:
        _roundtrip(db)
    finally:
        db.dispose()


@pytest.mark.postgres
def test_postgres_upgrade_downgrade_no_drift(pg_url: str) -> None:
    db = Database(pg_url)
    try:
        _roundtrip(db)
        with db.session() as s:
            People(s).add("Zoë Ødegård", external_id="S-1", group_name="7B")
        with db.session() as s:
            assert People(s).find("S-1").name == "Zoë Ødegård"
    finally:
        db.dispose()


def test_open_database_migrates_and_uses_wal(settings: Settings) -> None:
    db = open_database(settings)
    try:
        assert db.current_revision() == db.head_revision()
        con = sqlite3.connect(settings.paths.database)
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        con.close()
        with db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000
    finally:
        db.dispose()


def test_migrating_an_existing_file_takes_a_copy_first(settings: Settings) -> None:
    db = Database(settings.resolved_database_url)
    settings.paths.ensure()
    db.upgrade()
    with db.session() as s:
        People(s).add("Ana")
    db.downgrade("base")  # pretend an old version made the file
    copies_before = set((settings.paths.backups).glob("*.sqlite3"))
    db.dispose()
    db = open_database(settings)
    try:
        copies = set(settings.paths.backups.glob("*pre-migration*.sqlite3")) - copies_before
        assert len(copies) == 1
        con = sqlite3.connect(next(iter(copies)))
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
    finally:
        db.dispose()


def test_database_newer_than_code_is_refused_untouched(settings: Settings) -> None:
    db = open_database(settings)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num='9999_future'")
    db.dispose()
    before = settings.paths.database.read_bytes()
    with pytest.raises(DatabaseTooNew) as err:
        open_database(settings)
    assert "newer version" in str(err.value)
    assert str(settings.paths.database) in str(err.value)
    assert settings.paths.database.read_bytes() == before


def test_corrupt_sqlite_file_is_refused_and_left_untouched(settings: Settings) -> None:
    settings.paths.ensure()
    junk = b"this is not a database\n" * 100
    settings.paths.database.write_bytes(junk)
    with pytest.raises(DatabaseCorrupt) as err:
        open_database(settings)
    assert str(settings.paths.database) in str(err.value)
    assert settings.paths.database.read_bytes() == junk


def test_damaged_sqlite_pages_are_reported_as_corrupt(settings: Settings) -> None:
    db = open_database(settings)
    with db.session() as s:
        for i in range(200):
            People(s).add(f"Person {i}", notes="x" * 500)
    db.dispose()
    path = settings.paths.database
    data = bytearray(path.read_bytes())
    for i in range(4096, min(len(data), 4096 * 6)):  # smash pages 2-6, keep the header
        data[i] = 0xA5
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorrupt):
        db2 = open_database(settings)
        try:
            with db2.session() as s:
                People(s).list()
        finally:
            db2.dispose()


def test_read_only_data_dir_gives_clear_message(tmp_path: Path, tmpfs) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.config import load_settings

    fs = tmpfs("1m")
    (fs / "data").mkdir()
    (fs / "data" / "keep.txt").write_text("user data")
    tmpfs.make_read_only(fs)
    s = load_settings(config_file=_cfg(tmp_path), environ={}, data_dir=fs / "data")
    with pytest.raises(DataDirError) as err:
        open_database(s)
    assert str(fs / "data") in str(err.value)
    assert "not writable" in str(err.value)
    assert (fs / "data" / "keep.txt").read_text() == "user data"


def test_full_disk_gives_clear_message(tmp_path: Path, tmpfs) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.config import load_settings
    from desktop_app.errors import DiskFullError

    fs = tmpfs("64k")
    (fs / "data").mkdir()
    try:
        with open(fs / "filler", "wb") as fh:
            while True:
                fh.write(b"x" * 4096)
                fh.flush()
    except OSError:
        pass  # the disk is full now
    s = load_settings(config_file=_cfg(tmp_path), environ={}, data_dir=fs / "data")
    with pytest.raises((DiskFullError, DataDirError)) as err:
        open_database(s)
    assert "full" in str(err.value) or "space" in str(err.value)


def _cfg(tmp_path: Path) -> Path:
    p = tmp_path / "settings.toml"
    p.touch()
    return p


def test_data_dir_that_is_a_file_is_refused(tmp_path: Path) -> None:
    from desktop_app.config import load_settings

    f = tmp_path / "not-a-dir"
    f.write_text("hello")
    s = load_settings(config_file=_cfg(tmp_path), environ={}, data_dir=f)
    with pytest.raises(DataDirError) as err:
        open_database(s)
    assert "not a directory" in str(err.value)
    assert f.read_text() == "hello"


def test_times_come_back_as_aware_utc(settings: Settings) -> None:
    db = open_database(settings)
    try:
        when = dt.datetime(2026, 3, 29, 1, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
        with db.session() as s:
            p = People(s).add("Ana", consent_at=when)
        with db.session() as s:
            got = People(s).get(p.id).consent_at
        assert got == when
        assert got is not None and got.utcoffset() == dt.timedelta(0)
    finally:
        db.dispose()


def _migrate_a_school_made_by_0002(db: Database, settings: Settings) -> None:
    """A database made by the previous head (0002) with a 7B class and a lesson on
    2026-03-02 08:00-08:45 (Berlin): the upgrade keeps that lesson's roll call as it read,
    adds Dan (deactivated after it) back to it, and records changes from then on."""
    from sqlalchemy import text

    from desktop_app.attendance.service import AttendanceService
    from desktop_app.storage.repositories import Memberships

    db.upgrade("0002_lookalikes")
    enrolled = dt.datetime(2026, 11, 30, 9)  # after the lesson, as a late install would be
    lesson = dt.datetime(2026, 3, 2, 7)  # UTC
    people = [
        (1, "Ana", "7B", True, enrolled, None),
        (2, "Ben", "7B", True, enrolled, None),
        (3, "Cem", "7C", True, enrolled, None),
        (4, "Dan", "7B", False, enrolled, dt.datetime(2026, 12, 1, 9)),  # left after
        (5, "Eva", "7B", False, dt.datetime(2026, 1, 5), dt.datetime(2026, 2, 1)),  # before
    ]
    with db.engine.begin() as conn:
        for pid, name, group, active, created, gone in people:
            conn.execute(
                text(
                    "INSERT INTO people (id, name, group_name, active, created_at, "
                    "deactivated_at) VALUES (:id, :name, :g, :a, :c, :d)"
                ),
                {"id": pid, "name": name, "g": group, "a": active, "c": created, "d": gone},
            )
        conn.execute(
            text(
                "INSERT INTO sessions (id, name, group_name, starts_at, ends_at, created_at) "
                "VALUES (1, 'Maths 7B', '7B', :s, :e, :s)"
            ),
            {"s": lesson, "e": lesson + dt.timedelta(minutes=45)},
        )
        conn.execute(
            text(
                "INSERT INTO attendance_events (person_id, session_id, kind, at_utc, source, "
                "status, probe_encrypted, created_at) "
                "VALUES (1, 1, 'present', :t, 'camera', 'valid', :f, :t)"
            ),
            {"t": lesson + dt.timedelta(minutes=3), "f": False},
        )
        if not db.is_sqlite:  # explicit ids do not move PostgreSQL's sequences
            conn.execute(text("SELECT setval(pg_get_serial_sequence('people', 'id'), 5)"))
    db.upgrade()
    assert db.current_revision() == "0003_memberships" == db.head_revision()
    assert db.drift() == []
    svc = AttendanceService(settings.model_copy(), db)
    roll = {e.name: e.status for e in svc.roll_call(1)}
    assert roll == {"Ana": "P", "Ben": "A", "Dan": "A"}
    with db.session() as s:
        assert [(h.group_name, h.since, h.until) for h in Memberships(s).history(4)] == [
            ("7B", None, dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC))
        ]
        People(s).update(2, group_name="7C")
        People(s).add("Fay", group_name="7B")
    assert {e.name: e.status for e in svc.roll_call(1)} == roll
    db.downgrade("0002_lookalikes")
    assert db.current_revision() == "0002_lookalikes"


def test_sqlite_migration_keeps_past_roll_calls_and_fills_membership_history(
    settings: Settings, tmp_path: Path
) -> None:
    db = Database(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    try:
        _migrate_a_school_made_by_0002(db, settings)
    finally:
        db.dispose()


@pytest.mark.postgres
def test_postgres_migration_keeps_past_roll_calls_and_fills_membership_history(
    settings: Settings, pg_url: str
) -> None:
    db = Database(pg_url)
    try:
        _migrate_a_school_made_by_0002(db, settings)
    finally:
        db.dispose()
