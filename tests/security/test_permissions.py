"""File permissions (issue 14, finding 8): on POSIX the data dir is 0700 and the database,
its -wal/-shm, its copies and the log are 0600, whether new or left looser by an older
version. (Windows: no chmod; the profile folder's ACLs apply, see docs/privacy.md.)"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from desktop_app.config import load_settings
from desktop_app.storage.db import open_database
from desktop_app.storage.repositories import People

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_new_data_dir_database_copies_and_log_are_private(tmp_path: Path, config_file) -> None:  # type: ignore[no-untyped-def]
    old = os.umask(0o022)  # a usual desktop umask: files would be 0644
    try:
        settings = load_settings(config_file=config_file, environ={}, data_dir=tmp_path / "d")
        db = open_database(settings)
        try:
            db.run(lambda s: People(s).add("Katy Perry"))
            copy = db.backup_sqlite(reason="pre-migration")
        finally:
            db.dispose()
        from desktop_app.cli import _log_to_file

        handler = _log_to_file(settings.paths.logs)
        assert handler is not None
        logging.getLogger().removeHandler(handler)
        handler.close()
    finally:
        os.umask(old)
    paths = settings.paths
    assert mode(paths.root) == 0o700
    for folder in (paths.backups, paths.logs, paths.index, paths.models):
        assert mode(folder) == 0o700, folder
    assert mode(paths.database) == 0o600
    for side in ("-wal", "-shm"):
        p = Path(f"{paths.database}{side}")
        if p.exists():
            assert mode(p) == 0o600, p
    assert copy is not None and mode(copy) == 0o600
    assert mode(paths.logs / "face-attendance.log") == 0o600


def test_existing_loose_files_are_tightened(tmp_path: Path, config_file) -> None:  # type: ignore[no-untyped-def]
    settings = load_settings(config_file=config_file, environ={}, data_dir=tmp_path / "d")
    open_database(settings).dispose()
    os.chmod(settings.paths.root, 0o755)
    os.chmod(settings.paths.database, 0o644)
    open_database(settings).dispose()
    assert mode(settings.paths.root) == 0o700
    assert mode(settings.paths.database) == 0o600
