"""Files that are open in another program, as Windows treats them (``open_elsewhere``,
tests/winfs.py): the app starts, deletes, replaces and reports without losing anything."""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

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
    open_elsewhere.hold(oldest)
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
    open_elsewhere.hold(oldest)
    with pytest.raises(CopiesNotPruned) as info:
        prune_copies(settings, dt.datetime.now(dt.UTC))
    assert oldest.name in str(info.value)
    assert oldest.exists() and not middle.exists() and newest.exists()
