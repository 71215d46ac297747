"""Edge cases of the copies in backups/ that the review of session 8 found: a copy's age
starts when it is made, and a copy another process pruned a moment ago is no error."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from desktop_app.security.backup.files import copy_damaged
from desktop_app.storage.db import copy_ages_out, prune_backup_copies


def test_a_copy_of_an_old_damaged_database_is_kept_its_days_from_the_restore(
    tmp_path: Path,
) -> None:
    """The byte copy a restore keeps of a database SQLite cannot read took the file's last
    write time: a database untouched for two months was pruned at the next hourly run, with
    the only copy of the data from before the restore."""
    target = tmp_path / "attendance.sqlite3"
    target.write_bytes(b"not a database")
    two_months = (dt.datetime.now(dt.UTC) - dt.timedelta(days=60)).timestamp()
    os.utime(target, (two_months, two_months))
    backups = tmp_path / "backups"
    backups.mkdir()
    copy = copy_damaged(target, backups)
    now = dt.datetime.now(dt.UTC)
    due = copy_ages_out(copy, 30)
    assert due is not None and due > now + dt.timedelta(days=29)
    assert prune_backup_copies(backups, keep=3, max_days=30, now=now) == []
    assert copy.exists()


def test_a_copy_pruned_by_another_process_meanwhile_is_no_error(tmp_path: Path) -> None:
    """A main window and a kiosk on one data folder both prune every hour."""
    gone = tmp_path / "backups" / "attendance-pre-migration-1.sqlite3"
    assert copy_ages_out(gone, 30) is None
