"""A full disk or a read-only data dir: the app says so, and keeps what it has.

Real small filesystems (the ``tmpfs`` fixture mounts one; skipped where mounting is not
allowed). The data dir lives on it; the disk is filled with a filler file, then the app
marks attendance, enrolls and exports a report. Each must fail with a typed error naming the
path, leave the stored rows intact (``PRAGMA integrity_check`` ok) and work again once
space is freed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from desktop_app.config import Settings, load_settings
from desktop_app.errors import AppError, DatabaseError, DataDirError, DiskFullError
from desktop_app.storage.db import Database, open_database
from desktop_app.storage.repositories import People

T0 = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


def _settings(tmp_path: Path, data_dir: Path) -> Settings:
    cfg = tmp_path / "empty.toml"
    cfg.touch()
    return load_settings(
        config_file=cfg,
        environ={},
        data_dir=data_dir,
        attendance={"mode": "entry", "cooldown_seconds": 0},
    )


def _fill(folder: Path) -> Path:
    """Write until the filesystem says ENOSPC; the filler file stays until removed."""
    filler = folder / "filler.bin"
    block = b"\0" * 65536
    with open(filler, "wb", buffering=0) as fh:
        for size in (len(block), 4096, 512, 1):  # down to the last byte
            with contextlib.suppress(OSError):
                while fh.write(block[:size]) == size:
                    pass
    return filler


def _rows(db_file: Path) -> tuple[str, int, int]:
    con = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True)
    try:
        ok = con.execute("PRAGMA integrity_check").fetchone()[0]
        people = con.execute("SELECT count(*) FROM people").fetchone()[0]
        events = con.execute("SELECT count(*) FROM attendance_events").fetchone()[0]
    finally:
        con.close()
    return ok, people, events


def _mark_until_error(service: Any, pid: int, start: int, n: int = 400) -> tuple[int, AppError]:
    """Mark until the app refuses; returns how many were stored and the error."""
    for i in range(n):
        try:
            service.mark(pid, at=T0 + dt.timedelta(seconds=start + i), source="manual")
        except AppError as exc:
            return i, exc
    raise AssertionError(f"{n} marks on a full disk all succeeded")


def test_full_disk_refuses_new_marks_and_keeps_the_old_ones(tmpfs: Any, tmp_path: Path) -> None:
    from desktop_app.attendance.service import AttendanceService

    fs = tmpfs("3m")
    settings = _settings(tmp_path, fs / "data")
    db = open_database(settings)
    service = AttendanceService(settings, db)
    pid = db.run(lambda s: People(s).add("Ana").id)
    for i in range(20):
        service.mark(pid, at=T0 + dt.timedelta(seconds=i), source="manual")
    before = _rows(settings.paths.database)
    assert before == ("ok", 1, 20)

    filler = _fill(fs)
    stored, err = _mark_until_error(service, pid, 100)
    assert isinstance(err, DiskFullError | DatabaseError), err
    assert isinstance(err, DiskFullError), f"not reported as a full disk: {err!r}"
    assert str(settings.paths.database) in str(err)
    ok, people, events = _rows(settings.paths.database)
    assert (ok, people) == ("ok", 1)
    assert events == 20 + stored  # every mark that returned is there, nothing else

    filler.unlink()  # space again: the app works without a restart
    service.mark(pid, at=T0 + dt.timedelta(hours=1), source="manual")
    assert _rows(settings.paths.database) == ("ok", 1, 21 + stored)
    db.dispose()


def test_full_disk_refuses_an_enrollment_without_leaving_half_of_it(
    tmpfs: Any, tmp_path: Path, models_dir: Path
) -> None:
    import cv2
    from skimage import data as skdata

    from desktop_app.context import AppContext

    fs = tmpfs("4m")
    settings = _settings(tmp_path, fs / "data")
    settings.paths.ensure()
    settings.paths.models.rmdir()
    settings.paths.models.symlink_to(models_dir)
    ctx = AppContext(settings)
    face = cv2.cvtColor(skdata.astronaut(), cv2.COLOR_RGB2BGR)
    first = ctx.enrollment.enroll("Eileen", [face], consent=True)
    n_index = ctx.gallery.size

    filler = _fill(fs)
    with pytest.raises(AppError) as info:
        for i in range(60):  # each enrollment stores ~60 kB of chip and embedding
            ctx.enrollment.enroll(f"Copy {i}", [face], consent=True, allow_lookalike=True)
    assert isinstance(info.value, DiskFullError), repr(info.value)
    assert str(settings.paths.database) in str(info.value)
    # While the disk is full, reading either works or says the disk is full (SQLite may
    # need to write its WAL index even to read); the running index keeps working.
    try:
        people_while_full: int | None = ctx.db.run(lambda s: len(People(s).list()))
    except DiskFullError:
        people_while_full = None
    assert ctx.gallery.size >= n_index

    filler.unlink()
    con = sqlite3.connect(f"file:{settings.paths.database}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        orphans = con.execute(
            "SELECT count(*) FROM people p WHERE NOT EXISTS "
            "(SELECT 1 FROM face_templates t WHERE t.person_id = p.id)"
        ).fetchone()[0]
        n_people, n_templates = con.execute(
            "SELECT (SELECT count(*) FROM people), (SELECT count(*) FROM face_templates)"
        ).fetchone()
    finally:
        con.close()
    assert orphans == 0  # no person without the templates of their enrollment
    assert people_while_full in (None, n_people)
    assert first.person.id <= n_people
    ctx.gallery.refresh()
    assert ctx.gallery.size == n_templates  # index and database agree
    ctx.close()


def test_report_export_to_a_full_disk_is_a_clear_error_and_leaves_no_file(
    tmpfs: Any, tmp_path: Path, settings: Settings
) -> None:
    from desktop_app.attendance.service import AttendanceService
    from desktop_app.cli import main

    db = open_database(settings)
    service = AttendanceService(settings, db)
    pids = db.run(lambda s: [People(s).add(f"P{i}").id for i in range(200)])
    for i, pid in enumerate(pids):
        service.mark(pid, at=T0 + dt.timedelta(seconds=i), source="manual")
    db.dispose()
    fs = tmpfs("1m")
    _fill(fs)
    out = fs / "report.pdf"
    code = main(
        [
            "report",
            "--from",
            "2026-03-01",
            "--to",
            "2026-03-03",
            "--format",
            "pdf",
            "--output",
            str(out),
            "--data-dir",
            str(settings.data_dir),
            "--config",
            str(tmp_path / "settings.toml"),
        ]
    )
    assert code != 0
    assert not out.exists()
    assert not [p for p in fs.iterdir() if p.name.startswith(".report")]  # no temp left


def test_report_export_error_names_the_path(tmpfs: Any, settings: Settings) -> None:
    """The export API itself: a typed error naming the file, not a bare OSError."""
    from desktop_app.attendance import reports
    from desktop_app.attendance.service import AttendanceService

    db = open_database(settings)
    service = AttendanceService(settings, db)
    pids = db.run(lambda s: [People(s).add(f"P{i}").id for i in range(300)])
    for i, pid in enumerate(pids):
        service.mark(pid, at=T0 + dt.timedelta(seconds=i), source="manual")
    data = reports.build_report(db, dt.UTC, T0.date(), T0.date())
    db.dispose()
    fs = tmpfs("1m")
    _fill(fs)
    with pytest.raises(AppError, match=str(fs)):
        reports.export(data, "csv", fs / "r.csv", views=["events"])
    assert [p.name for p in fs.iterdir()] == ["filler.bin"]


def test_read_only_data_dir_is_named_and_nothing_changes(tmpfs: Any, tmp_path: Path) -> None:
    from desktop_app.attendance.service import AttendanceService

    fs = tmpfs("4m")
    settings = _settings(tmp_path, fs / "data")
    db = open_database(settings)
    service = AttendanceService(settings, db)
    pid = db.run(lambda s: People(s).add("Ana").id)
    service.mark(pid, at=T0, source="manual")
    before = _rows(settings.paths.database)
    db.dispose()  # NullPool: no file stays open between transactions
    tmpfs.make_read_only(fs)

    # Starting on a read-only data dir: refused with the folder named.
    with pytest.raises(DataDirError, match="not writable") as info:
        open_database(settings)
    assert str(fs / "data") in str(info.value)

    # A database already open when its folder turns read-only: marks are refused clearly.
    db2 = Database(settings.resolved_database_url)
    service2 = AttendanceService(settings, db2)
    with pytest.raises(AppError) as info2:
        service2.mark(pid, at=T0 + dt.timedelta(hours=2), source="manual")
    assert isinstance(info2.value, DatabaseError | DataDirError), repr(info2.value)
    assert str(settings.paths.database) in str(info2.value)
    db2.dispose()
    assert _rows(settings.paths.database) == before


def test_cli_on_a_read_only_data_dir_prints_one_clear_line(
    tmpfs: Any, tmp_path: Path, capsys: Any
) -> None:
    from desktop_app.cli import main

    fs = tmpfs("4m")
    settings = _settings(tmp_path, fs / "data")
    open_database(settings).dispose()
    tmpfs.make_read_only(fs)
    code = main(["people", "list", "--data-dir", str(fs / "data")])
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error:") and str(fs / "data") in lines[0]


def test_enospc_is_what_the_filler_sees(tmpfs: Any) -> None:
    """The fixture really gives a filesystem that fills up (else the tests above prove
    nothing)."""
    fs = tmpfs("1m")
    _fill(fs)
    with pytest.raises(OSError) as info, open(fs / "more", "wb") as fh:
        fh.write(b"x" * 8192)
        fh.flush()
        os.fsync(fh.fileno())
    assert info.value.errno == errno.ENOSPC
