"""A restore meeting files that another program holds open, as on Windows (``open_elsewhere``,
tests/winfs.py): a scanner holding one for a moment is waited for; a database viewer
holding the database is named, with nothing changed."""

from __future__ import annotations

import pytest

from desktop_app.config import load_settings
from desktop_app.security.crypto import protector_for
from desktop_app.storage.db import open_database
from tests.security.conftest import backup_cli, populate, restore_cli, write_config
from tests.winfs import OpenElsewhere


@pytest.fixture
def machine(sec_settings, config_file, data_dir, tmp_path, capsys):  # type: ignore[no-untyped-def]
    """A populated data folder, its settings file and a backup of both."""
    write_config(
        config_file, sec_settings.privacy.key_dir, "[attendance]\ncooldown_seconds = 120\n"
    )
    settings = load_settings(config_file=config_file, environ={}, data_dir=data_dir)
    db = open_database(settings)
    populate(db, protector=protector_for(settings, db))
    db.dispose()
    passfile = tmp_path / "pass.txt"
    passfile.write_text("correct horse battery staple\n")
    archive = tmp_path / "backup.fab"
    code, _out, err = backup_cli(capsys, archive, passfile, config_file, data_dir)
    assert code == 0, err
    return settings, archive, passfile, config_file, data_dir


def test_a_damaged_database_open_in_a_viewer_is_named_and_nothing_changes(
    capsys, machine, open_elsewhere: OpenElsewhere
):  # type: ignore[no-untyped-def]
    settings, archive, passfile, config_file, data_dir = machine
    db_path = settings.paths.database
    garbage = b"this is not a database" * 100
    db_path.write_bytes(garbage)
    open_elsewhere.hold(db_path, shares_writing=True)  # e.g. "DB Browser for SQLite"
    code, _out, err = restore_cli(capsys, archive, passfile, config_file, data_dir, "--yes")
    assert code == 1
    assert "open in another program" in err and "close that program" in err, err
    assert "Nothing was changed" in err
    assert db_path.read_bytes() == garbage
    assert not [p for p in data_dir.iterdir() if ".restoring-" in p.name], "a temp copy stayed"

    open_elsewhere.release(db_path)  # closed: the same restore goes through
    code, _out, err = restore_cli(capsys, archive, passfile, config_file, data_dir, "--yes")
    assert code == 0, err
    assert db_path.read_bytes()[:16] == b"SQLite format 3\x00"


def test_a_scanner_holding_the_settings_and_index_files_for_a_moment_is_waited_for(
    capsys, machine, open_elsewhere: OpenElsewhere
):  # type: ignore[no-untyped-def]
    """Windows Defender opens a file that just changed for a moment: a restore used to stop
    half-way there ("the restore could not finish"), the old index left beside the new data."""
    settings, archive, passfile, config_file, data_dir = machine
    config_file.write_text(config_file.read_text() + "\n# changed after the backup\n")
    index = settings.paths.index / "sface"
    index.mkdir(parents=True)
    (index / "faiss.index").write_bytes(b"vectors of the data before")
    open_elsewhere.hold(config_file, refusals=1)
    open_elsewhere.hold(index / "faiss.index", refusals=1)
    code, _out, err = restore_cli(capsys, archive, passfile, config_file, data_dir, "--yes")
    assert code == 0, err
    assert "changed after the backup" not in config_file.read_text()
    assert not (index / "faiss.index").exists()
    assert open_elsewhere.attempts == 2
    assert not list(config_file.parent.glob(".settings-restore-*"))


def test_an_erased_person_leaves_the_running_gallery_while_the_index_file_is_held(
    sdb, sec_settings, open_elsewhere: OpenElsewhere, caplog
):  # type: ignore[no-untyped-def]
    """Erasure deletes the saved index files (they hold the erased vectors). On Windows one
    held open elsewhere raised after the database had erased the person: the operator saw a
    failure and the running app went on recognising the erased person until a restart."""
    import logging

    from desktop_app.security.retention import erase_person
    from tests.security.conftest import open_gallery

    pop = populate(sdb)
    gallery = open_gallery(sdb, sec_settings)
    gallery.save()
    saved = next(sec_settings.paths.index.rglob("index.faiss"))
    before = gallery.size
    open_elsewhere.hold(saved, shares_writing=True)  # the kiosk saving it
    with caplog.at_level(logging.ERROR):
        receipt = erase_person(
            sdb, pop.people["Ana"], actor="op", settings=sec_settings, gallery=gallery
        )
    assert receipt.template_ids
    assert gallery.size == before - len(pop.templates["Ana"])
    assert "could not be deleted yet" in caplog.text

    open_elsewhere.release(saved)  # the next start: the file on disk is stale, rebuilt
    again = open_gallery(sdb, sec_settings)
    assert again.size == before - len(pop.templates["Ana"])


def test_a_decrypted_database_a_scanner_kept_is_removed_by_the_next_backup(
    capsys, machine, open_elsewhere: OpenElsewhere, monkeypatch
):  # type: ignore[no-untyped-def]
    """A restore unpacks the archive, in clear, into backups/.tmp-restore-*; on Windows a
    scanner reading the just-written database kept it from being deleted, and the folder was
    left for good (ignore_errors), names and faces in clear that no pruning or erasure saw."""
    import os
    import time

    from desktop_app.security.backup import restore as restore_mod

    settings, archive, passfile, config_file, data_dir = machine
    real_unpack = restore_mod.unpack_backup

    def unpack_and_scan(*args, **kw):  # type: ignore[no-untyped-def]
        unpacked = real_unpack(*args, **kw)
        open_elsewhere.hold(unpacked.database)  # the scanner never lets go in this run
        return unpacked

    monkeypatch.setattr("desktop_app.cli.restore_cmd.unpack_backup", unpack_and_scan)
    code, _out, err = restore_cli(capsys, archive, passfile, config_file, data_dir, "--yes")
    assert code == 0, err
    [left] = list(settings.paths.backups.glob(".tmp-restore-*"))
    assert (left / "database.sqlite3").exists()

    open_elsewhere.release_all()  # the scanner let go; a day later the next backup runs
    day_ago = time.time() - 25 * 3600
    os.utime(left, (day_ago, day_ago))
    code, _out, err = backup_cli(
        capsys, data_dir.parent / "next.fab", passfile, config_file, data_dir
    )
    assert code == 0, err
    assert not left.exists()


def test_every_file_a_restore_and_the_index_make_fits_the_windows_path_budget(capsys, machine):  # type: ignore[no-untyped-def]
    """The data folder limit (portable.DEEPEST_IN_DATA_DIR) holds for the deepest files the
    app makes: a damaged database's copies with their -wal/-shm, the settings copy, the
    saved index of a model with a 64-character name."""
    from desktop_app.portable import DEEPEST_IN_DATA_DIR
    from tests.security.conftest import open_gallery

    settings, archive, passfile, config_file, data_dir = machine
    db_path = settings.paths.database
    for _ in range(12):  # the 12th copy in one second gets a "-11" suffix
        db_path.write_bytes(b"damaged" * 100)
        for extra in ("-wal", "-shm"):
            db_path.with_name(db_path.name + extra).write_bytes(b"x")
        code, _out, err = restore_cli(capsys, archive, passfile, config_file, data_dir, "--yes")
        assert code == 0, err
    db = open_database(settings)
    gallery = open_gallery(db, settings, embedder_id="m" * 64)
    gallery.save()
    db.dispose()
    made = [str(p.relative_to(data_dir)) for p in data_dir.rglob("*")]
    longest = max(made, key=len)
    assert len(longest) <= DEEPEST_IN_DATA_DIR, longest


def test_a_copy_that_fails_on_a_locked_database_leaves_no_half_copy(
    sec_settings, sdb, sqlite_locker, open_elsewhere: OpenElsewhere
):  # type: ignore[no-untyped-def]
    """Before a restore (or a migration) the database is copied into backups/; when another
    program keeps it locked the copy gives up. The half-made copy was deleted while its own
    SQLite connection was still open: on Windows that fails, so the error named a file "used
    by another process" instead of the lock, and a half copy stayed among the real ones."""
    from desktop_app.errors import AppError

    open_elsewhere.own_handles()  # this process's open files count, as on Windows
    populate(sdb)
    holder = sqlite_locker(sec_settings.paths.database)
    try:
        with pytest.raises(AppError) as info:
            sdb.backup_sqlite(reason="pre-restore", dest_dir=sec_settings.paths.backups)
    finally:
        holder.communicate("\n")
    assert "locked" in str(info.value) and "another process" not in str(info.value)
    assert not list(sec_settings.paths.backups.glob("*pre-restore*")), "a half copy stayed"
