"""Files that are open in another program, as Windows treats them (``open_elsewhere``,
tests/winfs.py): the app starts, deletes, replaces and reports without losing anything."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from typing import Any

import pytest

from desktop_app.config import Settings, load_settings
from desktop_app.storage.db import open_database
from tests.winfs import OpenElsewhere


def _settings(tmp_path: Path, **privacy: object) -> Settings:
    cfg = tmp_path / "settings.toml"
    cfg.touch()
    return load_settings(
        config_file=cfg,
        environ={},
        data_dir=tmp_path / "data",
        privacy={"key_store": "file", "key_dir": tmp_path / "keys", **privacy},
    )


def _old_copies(backups: Path, n: int) -> list[Path]:
    """``n`` database copies in ``backups/``, oldest first, a day apart."""
    backups.mkdir(parents=True, exist_ok=True)
    copies = []
    for i in range(n):
        copy = backups / f"attendance-pre-migration-2026010{i + 1}T000000Z.sqlite3"
        copy.write_bytes(b"SQLite format 3\x00")
        when = (dt.datetime.now(dt.UTC) - dt.timedelta(days=n - i)).timestamp()
        os.utime(copy, (when, when))
        copies.append(copy)
    return copies


# --- database copies in backups/ ------------------------------------------------------------
def test_the_app_starts_while_an_old_database_copy_is_open_in_another_program(
    tmp_path: Path, open_elsewhere: OpenElsewhere, caplog: pytest.LogCaptureFixture
) -> None:
    """Start-up prunes old copies; on Windows one opened in a database viewer cannot be
    deleted. The app must start anyway, delete the others, and delete that one next time."""
    settings = _settings(tmp_path, backup_copies_keep=1)
    settings.paths.ensure()
    oldest, middle, newest = _old_copies(settings.paths.backups, 3)
    open_elsewhere.hold(oldest, shares_writing=True)  # a database viewer
    with caplog.at_level(logging.WARNING):
        db = open_database(settings)
    db.dispose()
    assert oldest.exists() and not middle.exists() and newest.exists()
    assert "could not be deleted yet" in caplog.text
    open_elsewhere.release(oldest)
    open_database(settings).dispose()
    assert not oldest.exists() and newest.exists()


def test_hourly_pruning_deletes_the_other_copies_and_names_the_open_one(
    tmp_path: Path, open_elsewhere: OpenElsewhere
) -> None:
    from desktop_app.security.retention import CopiesNotPruned, prune_copies

    settings = _settings(tmp_path, backup_copies_keep=1)
    oldest, middle, newest = _old_copies(settings.paths.backups, 3)
    open_elsewhere.hold(oldest, shares_writing=True)  # a database viewer
    with pytest.raises(CopiesNotPruned) as info:
        prune_copies(settings, dt.datetime.now(dt.UTC))
    assert oldest.name in str(info.value)
    assert oldest.exists() and not middle.exists() and newest.exists()


# --- the log a window and a kiosk share -----------------------------------------------------
def _records(handler: logging.Handler, first: int, n: int) -> list[str]:
    lines = []
    for i in range(first, first + n):
        line = f"check-in {i:04d} " + "x" * 80
        handler.handle(logging.LogRecord("t", logging.INFO, __file__, 1, line, None, None))
        lines.append(line)
    return lines


def test_a_log_the_kiosk_holds_open_keeps_every_record_and_every_old_log(
    tmp_path: Path, open_elsewhere: OpenElsewhere, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window and the kiosk write one log file. When it is full the window's rollover
    cannot rename it while the kiosk has it open (Windows): the standard handler then lost
    the record and, record by record, shifted the older logs down until all were deleted."""
    from desktop_app import cli

    base = tmp_path / cli.LOG_FILE
    for i in range(1, 5):
        Path(f"{base}.{i}").write_text(f"old log {i}\n", encoding="utf-8")
    handler = cli._rotating_log(base)
    handler.maxBytes = 1000
    try:
        open_elsewhere.hold(base, shares_writing=True)  # the kiosk's handle
        written = _records(handler, 0, 40)
        for i in range(1, 5):
            assert Path(f"{base}.{i}").read_text(encoding="utf-8") == f"old log {i}\n"
        text = base.read_text(encoding="utf-8")
        assert all(line in text for line in written), "records were lost"
        assert open_elsewhere.attempts == 1, "the rename is retried after a pause, not per record"

        open_elsewhere.release(base)  # the kiosk closed: the next rollover goes through
        monkeypatch.setattr(handler, "retry_at", 0.0)
        more = _records(handler, 40, 1)
        rotated = Path(f"{base}.1").read_text(encoding="utf-8")
        assert all(line in rotated for line in written)
        assert Path(f"{base}.2").read_text(encoding="utf-8") == "old log 1\n"
        assert Path(f"{base}.4").read_text(encoding="utf-8") == "old log 3\n"
        assert more[0] in base.read_text(encoding="utf-8")
        assert not Path(f"{base}.rotating").exists()
    finally:
        handler.close()


# --- exports over a file open in Excel or a PDF viewer --------------------------------------
def _report(db: object) -> object:
    from desktop_app.attendance import reports, rules

    zone = rules.resolve_zone("UTC")
    return reports.build_report(db, zone, dt.date(2026, 3, 2), dt.date(2026, 3, 6))


def test_an_export_over_a_workbook_open_in_excel_says_to_close_it(
    db: object, tmp_path: Path, open_elsewhere: OpenElsewhere
) -> None:
    from desktop_app.attendance import reports

    out = tmp_path / "out"
    out.mkdir()
    target = out / "week.xlsx"
    reports.export(_report(db), "xlsx", target)  # type: ignore[arg-type]
    before = target.read_bytes()
    open_elsewhere.hold(target)
    with pytest.raises(reports.ReportError) as info:
        reports.export(_report(db), "xlsx", target)  # type: ignore[arg-type]
    message = str(info.value)
    assert "open in another program" in message and "Close the file" in message
    assert "--output" not in message, "the window has no --output"
    assert target.read_bytes() == before
    assert [p.name for p in out.iterdir()] == ["week.xlsx"], "no temp file stays"
    open_elsewhere.release(target)
    reports.export(_report(db), "xlsx", target)  # type: ignore[arg-type]


def test_a_csv_export_with_one_file_open_in_excel_changes_none_of_them(
    db: object, tmp_path: Path, open_elsewhere: OpenElsewhere
) -> None:
    """One CSV per view: the register open in Excel used to stop the export after the
    other two files were already replaced, a set from two different exports."""
    from desktop_app.attendance import reports

    paths = reports.export(_report(db), "csv", tmp_path / "week.csv")  # type: ignore[arg-type]
    assert len(paths) == 3
    inodes = [p.stat().st_ino for p in paths]
    open_elsewhere.hold(paths[-1])
    with pytest.raises(reports.ReportError, match="open in another program"):
        reports.export(_report(db), "csv", tmp_path / "week.csv")  # type: ignore[arg-type]
    assert [p.stat().st_ino for p in paths] == inodes, "a file was replaced"


# --- the 260-character path limit -----------------------------------------------------------
def test_a_data_folder_too_deep_for_windows_paths_is_refused_before_anything_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows opens no file whose path passes 259 characters (without a registry switch
    that SQLite and Qt do not all follow): a deep OneDrive folder would fail later, file by
    file (a backup here, the index there). It is refused at start with what to do."""
    from desktop_app import portable
    from desktop_app.errors import DataDirError

    monkeypatch.setattr(portable, "WINDOWS", True)
    deep = tmp_path / ("OneDrive - School District " * 3) / ("Attendance records " * 3)
    settings = _settings(tmp_path, backup_copies_keep=1)
    settings = settings.model_copy(update={"data_dir": deep})
    assert len(str(deep)) + 1 + portable.DEEPEST_IN_DATA_DIR > portable.MAX_PATH_CHARS
    with pytest.raises(DataDirError) as info:
        settings.paths.ensure()
    assert "characters long" in str(info.value) and "shorter folder" in str(info.value)
    assert not deep.exists(), "nothing is made there"

    short = tmp_path / "d"
    settings.model_copy(update={"data_dir": short}).paths.ensure()
    assert (short / "backups").is_dir()


def test_a_pdf_export_to_a_full_disk_says_so_and_leaves_no_temp_file_under_windows_rules(
    db: object, tmpfs: Any, open_elsewhere: OpenElsewhere
) -> None:
    """reportlab, given a file name, left its file open after the disk filled up; Windows
    then refused to delete the temporary file: the error said the file was open in another
    program instead of the full disk, and the temporary file stayed on the full disk."""
    from desktop_app.attendance import reports
    from desktop_app.errors import DiskFullError

    open_elsewhere.own_handles()
    fs = tmpfs("1m")
    st = os.statvfs(fs)
    fd = os.open(fs / "filler.bin", os.O_CREAT | os.O_WRONLY)
    os.posix_fallocate(fd, 0, st.f_bavail * st.f_frsize)  # not a byte left
    os.close(fd)
    with pytest.raises(DiskFullError):
        reports.export(_report(db), "pdf", fs / "week.pdf")  # type: ignore[arg-type]
    assert [p.name for p in fs.iterdir()] == ["filler.bin"]
    assert open_elsewhere.own_refusals == []


def test_a_scanner_holding_each_file_a_moment_leaves_nothing_behind(
    tmp_path: Path, open_elsewhere: OpenElsewhere
) -> None:
    """Windows Defender opens a file the app just wrote or closed for a moment: the first
    delete then fails. Old database copies were kept past their date (an erased person's
    with them), a failed write left its temporary file, a closed program its in-use file."""
    from desktop_app.fileio import atomic_path
    from desktop_app.storage import in_use
    from desktop_app.storage.db import prune_backup_copies

    open_elsewhere.scanner()
    backups = tmp_path / "backups"
    oldest, middle, newest = _old_copies(backups, 3)
    assert prune_backup_copies(backups, keep=1, max_days=None) == [oldest, middle]
    assert [p.name for p in backups.iterdir()] == [newest.name]

    target = tmp_path / "settings.toml"
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("the disk went away")
    assert list(tmp_path.glob(".settings*")) == []

    presence = in_use.announce(tmp_path, "kiosk")
    assert presence is not None
    presence.withdraw()
    assert list((tmp_path / in_use.FOLDER).iterdir()) == []
    assert len(open_elsewhere.scan_refusals) >= 4, "the scanner was not in the way"
