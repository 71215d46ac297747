"""``face-attendance backup`` / ``restore`` on a real temp SQLite database; a restore
while another process uses the data folder."""

from __future__ import annotations

import io
import re
import sqlite3
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from desktop_app.config import load_settings
from desktop_app.errors import DataInUse
from desktop_app.security.backup import read_backup_header
from desktop_app.security.crypto import protector_for
from desktop_app.storage import in_use
from desktop_app.storage.db import open_database
from desktop_app.storage.repositories import People, Templates
from tests.envs import cli_env
from tests.security.conftest import (
    backup_cli,
    chip_png,
    embedding,
    out_of_reach,
    populate,
    restore_cli,
    run_cli,
    write_config,
)

PASSPHRASE = "correct horse battery staple"
DATA_TABLES = ("people", "face_templates", "attendance_events", "sessions", "counters")


def dump(db_path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db_path)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in DATA_TABLES}
    finally:
        conn.close()


@pytest.fixture
def passfile(tmp_path: Path) -> Path:
    p = tmp_path / "pass.txt"
    p.write_text(PASSPHRASE + "\n")
    return p


@pytest.fixture
def machine_a(sec_settings, config_file, data_dir):  # type: ignore[no-untyped-def]
    """A kiosk with encrypted templates, events and a settings file."""
    write_config(
        config_file, sec_settings.privacy.key_dir, "[attendance]\ncooldown_seconds = 120\n"
    )
    settings = load_settings(config_file=config_file, environ={}, data_dir=data_dir)
    db = open_database(settings)
    protector = protector_for(settings, db)
    populate(db, protector=protector)
    db.dispose()
    return settings, config_file, data_dir


@pytest.fixture
def archive(capsys, machine_a, passfile, tmp_path):  # type: ignore[no-untyped-def]
    _settings, config_file, data_dir = machine_a
    out = tmp_path / "backup.fab"
    code, stdout, err = backup_cli(capsys, out, passfile, config_file, data_dir)
    assert code == 0, err
    assert "full backup" in stdout and "data key" in stdout
    return out


def test_archive_is_encrypted_and_private(archive: Path, machine_a) -> None:
    data = archive.read_bytes()
    # plaintext markers of the database (random ciphertext will not hold 15+ byte strings)
    assert b"SQLite format 3" not in data and b"encryption.key_created" not in data
    assert read_backup_header(archive)["kdf"]["name"] == "scrypt"
    assert oct(archive.stat().st_mode & 0o777) == "0o600"


def test_round_trip_restores_identical_data_after_a_copy(capsys, archive, machine_a, passfile):
    settings, config_file, data_dir = machine_a
    db_path = settings.paths.database
    original = dump(db_path)
    # the data changes after the backup
    db = open_database(settings)
    db.run(lambda s: People(s).add("Dan"))
    ana_t = db.run(lambda s: Templates(s).list(person_id=1))[0].id
    db.run(lambda s: Templates(s).delete(ana_t))
    db.dispose()
    changed = dump(db_path)
    assert changed != original

    code, out, err = restore_cli(capsys, archive, passfile, config_file, data_dir, "--yes")
    assert code == 0, err
    assert "3 people, 6 face templates, 9 attendance events" in out  # what will be replaced
    assert dump(db_path) == original

    copies = sorted((data_dir / "backups").glob("*pre-restore*.sqlite3"))
    assert len(copies) == 1 and str(copies[0]) in out
    assert dump(copies[0]) == changed  # what was there before is kept
    assert oct(copies[0].stat().st_mode & 0o777) == "0o600"
    db = open_database(settings)
    assert db.integrity_check() == "ok"
    db.dispose()


def test_restore_on_a_new_machine_brings_the_key(capsys, tmp_path, archive, machine_a, passfile):
    settings_a = machine_a[0]
    original = dump(settings_a.paths.database)
    db_a = open_database(settings_a)
    plain_a = [
        t.embedding
        for t in map(
            protector_for(settings_a, db_a).open_template,
            db_a.run(lambda s: Templates(s).list(kind=None)),
        )
    ]
    db_a.dispose()

    new = tmp_path / "machine-b"
    (new / "config").mkdir(parents=True)
    config_b = write_config(new / "config" / "settings.toml", new / "config" / "keys")
    code, out, err = restore_cli(capsys, archive, passfile, config_b, new / "data", "--yes")
    assert code == 0, err
    assert "no database yet" in out and "installed" in out
    settings_b = load_settings(config_file=config_b, environ={}, data_dir=new / "data")
    assert dump(settings_b.paths.database) == original
    # settings came along, but this machine keeps its own key folder
    restored = tomllib.loads(config_b.read_text())
    assert restored["attendance"]["cooldown_seconds"] == 120
    assert settings_b.privacy.key_dir == new / "config" / "keys"
    db_b = open_database(settings_b)
    p = protector_for(settings_b, db_b)
    assert p is not None
    plain_b = [
        p.open_template(t).embedding for t in db_b.run(lambda s: Templates(s).list(kind=None))
    ]
    db_b.dispose()
    assert plain_b == plain_a and plain_b[0] == embedding(0)


def test_restore_without_confirmation_changes_nothing(
    capsys, monkeypatch, archive, machine_a, passfile
) -> None:
    settings, config_file, data_dir = machine_a
    db = open_database(settings)
    db.run(lambda s: People(s).add("Dan"))
    db.dispose()
    before = dump(settings.paths.database)
    config_before = config_file.read_text()
    for stdin in (io.StringIO(""), _Tty("no\n")):  # piped, or a person answering "no"
        monkeypatch.setattr(sys, "stdin", stdin)
        code, out, err = restore_cli(capsys, archive, passfile, config_file, data_dir)
        assert code == 1
        assert "nothing was changed" in err
        assert "this will replace" in out
    assert dump(settings.paths.database) == before
    assert config_file.read_text() == config_before
    assert not list((data_dir / "backups").glob("*pre-restore*"))
    assert not list((data_dir / "backups").glob(".tmp-*"))  # no unpacked plaintext left


def test_interactive_yes_restores(capsys, monkeypatch, archive, machine_a, passfile) -> None:
    settings, config_file, data_dir = machine_a
    original = dump(settings.paths.database)
    db = open_database(settings)
    db.run(lambda s: People(s).add("Dan"))
    db.dispose()
    monkeypatch.setattr(sys, "stdin", _Tty("yes\n"))
    code, _, err = restore_cli(capsys, archive, passfile, config_file, data_dir)
    assert code == 0, err
    assert dump(settings.paths.database) == original


def test_wrong_passphrase_is_a_clear_error(capsys, tmp_path, archive, machine_a) -> None:
    settings, config_file, data_dir = machine_a
    before = dump(settings.paths.database)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    code, _, err = restore_cli(capsys, archive, wrong, config_file, data_dir, "--yes")
    assert code == 1
    assert "Wrong passphrase" in err and "Nothing was changed" in err
    assert dump(settings.paths.database) == before


def test_damaged_or_truncated_archive_is_refused(capsys, tmp_path, archive, machine_a, passfile):
    settings, config_file, data_dir = machine_a
    before = dump(settings.paths.database)
    data = bytearray(archive.read_bytes())
    bad = tmp_path / "bad.fab"
    data[len(data) // 2] ^= 0x40
    bad.write_bytes(bytes(data))
    short = tmp_path / "short.fab"
    short.write_bytes(archive.read_bytes()[:-100])
    for path, words in ((bad, "damaged or was modified"), (short, "is cut short")):
        code, _, err = restore_cli(capsys, path, passfile, config_file, data_dir, "--yes")
        assert code == 1 and words in err
    assert dump(settings.paths.database) == before


def test_postgres_is_refused_honestly(capsys, tmp_path, config_file, passfile) -> None:
    code, _, err = run_cli(
        capsys,
        "backup",
        "--output",
        tmp_path / "x.fab",
        "--passphrase-file",
        passfile,
        "--config",
        config_file,
        "--database-url",
        "postgresql://kiosk@db.example/attendance",
    )
    assert code == 1
    assert "SQLite databases only" in err and "pg_dump" in err
    assert not (tmp_path / "x.fab").exists()


def test_short_passphrase_is_refused(capsys, tmp_path, machine_a) -> None:
    _, config_file, data_dir = machine_a
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    code, _, err = backup_cli(capsys, tmp_path / "x.fab", short, config_file, data_dir)
    assert code == 1 and "at least 8 characters" in err


def test_key_only_archive_installs_just_the_key(capsys, tmp_path, machine_a, passfile) -> None:
    _settings, config_file, data_dir = machine_a
    out = tmp_path / "key.fab"
    code, stdout, err = backup_cli(capsys, out, passfile, config_file, data_dir, "--key-only")
    assert code == 0, err
    assert "key-only" in stdout
    other = tmp_path / "kiosk-2"
    (other / "config").mkdir(parents=True)
    config2 = write_config(other / "config" / "settings.toml", other / "config" / "keys")
    code, stdout, err = restore_cli(capsys, out, passfile, config2, other / "data", "--yes")
    assert code == 0, err
    assert not (other / "data" / "attendance.sqlite3").exists()  # no database was written
    # kiosk 2, pointed at kiosk 1's database, can read its templates
    settings2 = load_settings(config_file=config2, environ={}, data_dir=data_dir)
    db = open_database(settings2)
    p = protector_for(settings2, db)
    assert p is not None
    first = db.run(lambda s: Templates(s).list(kind=None))[0]
    assert p.open_template(first).chip == chip_png(0)
    db.dispose()


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_restore_over_a_damaged_database_keeps_a_copy(capsys, archive, machine_a, passfile):
    settings, config_file, data_dir = machine_a
    original = dump(settings.paths.database)
    db_path = settings.paths.database
    garbage = b"this is not a database" * 100
    db_path.write_bytes(garbage)
    code, out, err = restore_cli(capsys, archive, passfile, config_file, data_dir, "--yes")
    assert code == 0, err
    assert "damaged" in out
    assert dump(db_path) == original
    copies = list((data_dir / "backups").glob("*pre-restore-damaged*.sqlite3"))
    assert len(copies) == 1 and copies[0].read_bytes() == garbage


def test_a_database_that_cannot_be_read_is_said_never_counted_as_empty(
    capsys, archive, machine_a, passfile, sqlite_locker
):
    """What a restore would replace is never "0 people" when SQLite could not read it: a
    database another program keeps locked, then one cut short (damaged), are said in plain
    words; pressing on over the locked one changes nothing."""
    settings, config_file, data_dir = machine_a
    db_path = settings.paths.database
    changed = changed_since_backup(machine_a)
    holder = sqlite_locker(db_path)
    code, out, err = restore_cli(capsys, archive, passfile, *machine_a[1:], "--yes")  # --yes
    assert "now:    could not be read: another program is using the database file" in out
    assert "0 people" not in out
    assert code == 1 and "locked by another program" in err and "nothing" in err.lower(), err
    holder.communicate("\n")
    assert dump(db_path) == changed

    size = db_path.stat().st_size
    with db_path.open("r+b") as f:  # a copy or a disk that stopped half way
        f.truncate(size // 2)
    code, out, err = restore_cli(capsys, archive, passfile, config_file, data_dir)
    assert code == 1 and "now:    could not be read: the file is damaged" in out


# ---- two processes on one data folder (storage.in_use) ---------------------------------
# A restore refuses, changing nothing, while another process (a real subprocess) uses the
# data, and works once it has ended, closed or killed.


def changed_since_backup(machine_a) -> dict:  # type: ignore[no-untyped-def]
    settings = machine_a[0]
    db = open_database(settings)
    db.run(lambda s: People(s).add("Dan"))
    db.dispose()
    return dump(settings.paths.database)


@pytest.mark.parametrize("ending", ["closes", "is killed"])
def test_restore_refuses_while_a_kiosk_runs_and_works_after_it_ended(
    capsys, data_holder, archive, machine_a, passfile, ending
) -> None:
    settings, config_file, data_dir = machine_a
    before = changed_since_backup(machine_a)
    config_before = config_file.read_text()
    kiosk = data_holder(data_dir, "kiosk")

    code, out, err = restore_cli(capsys, archive, passfile, *machine_a[1:], "--yes")
    assert code == 1
    assert re.search(r"The kiosk is running on this data \(since \d\d:\d\d\)\. ", err), err
    assert "Close it, then restore. Nothing was changed." in err
    assert dump(settings.paths.database) == before
    assert config_file.read_text() == config_before
    assert not list((data_dir / "backups").glob("*pre-restore*"))

    if ending == "closes":
        kiosk.communicate("\n", timeout=10)
    else:
        kiosk.kill()  # no clean-up of its own: the OS drops its lock
        kiosk.wait(10)
    code, out, err = restore_cli(capsys, archive, passfile, *machine_a[1:], "--yes")
    assert code == 0, err
    assert "restore complete" in out
    assert dump(settings.paths.database) != before
    assert len(list((data_dir / "backups").glob("*pre-restore*.sqlite3"))) == 1
    assert not list((data_dir / in_use.FOLDER).glob("*.json"))  # nothing left behind


def test_every_process_on_the_data_is_named(
    capsys, data_holder, archive, machine_a, passfile
) -> None:
    data_dir = machine_a[2]
    data_holder(data_dir, "gui")
    data_holder(data_dir, "enroll")
    code, _out, err = restore_cli(capsys, archive, passfile, *machine_a[1:], "--yes")
    assert code == 1
    assert "A Face Attendance window is open on this data (since" in err
    assert 'The command "face-attendance enroll" is running on this data (since' in err
    assert "Close them, then restore. Nothing was changed." in err


def test_nothing_starts_on_the_data_while_another_process_restores(
    capsys, data_holder, machine_a
) -> None:
    _settings, config_file, data_dir = machine_a
    data_holder(data_dir, "restore")
    code, out, err = run_cli(
        capsys, "people", "list", "--config", config_file, "--data-dir", data_dir
    )
    assert code == 1 and out == ""
    assert re.search(r"A restore is replacing the data in this folder \(since \d\d:\d\d\)", err)


def test_a_kiosk_and_a_window_run_side_by_side(data_holder, tmp_path: Path) -> None:
    data_holder(tmp_path, "gui")
    presence = in_use.enter(tmp_path, "kiosk")  # no refusal
    assert presence is not None
    try:
        assert [u.role for u in in_use.others(tmp_path)] == ["gui"]  # never itself
    finally:
        presence.withdraw()


def test_a_file_being_made_is_not_taken_for_a_leftover(tmp_path: Path) -> None:
    """A process that has created its file but not yet locked it is not deleted under it;
    an empty file that stays unlocked for long is a leftover after all."""
    folder = tmp_path / in_use.FOLDER
    folder.mkdir()
    new = folder / "kiosk-1-new.json"
    new.touch()
    assert in_use.others(tmp_path) == [] and new.exists()
    old = time.time() - 3600
    import os

    os.utime(new, (old, old))
    assert in_use.others(tmp_path) == [] and not new.exists()


def test_a_file_this_user_may_not_open_blocks_a_restore_until_it_is_deleted(
    capsys, archive, machine_a, passfile
) -> None:
    """A file in in-use/ this user may not open (another OS user's kiosk on a shared data
    folder: its lock cannot be tested) is not taken for a leftover: the restore refuses,
    names the file and says how to go on; other programs still start beside it; once the
    file is deleted the restore works. (As root: an immutable file, see out_of_reach.)"""
    settings, _config_file, data_dir = machine_a
    before = changed_since_backup(machine_a)
    folder = data_dir / in_use.FOLDER
    folder.mkdir(exist_ok=True)
    theirs = folder / "kiosk-4242-0badf00d.json"
    theirs.write_text(
        '{"role": "kiosk", "pid": 4242, "host": "", "started": "2026-12-06T08:00:00+00:00"}'
    )
    with out_of_reach(theirs):
        code, _out, err = restore_cli(capsys, archive, passfile, *machine_a[1:], "--yes")
        assert code == 1 and f"This user may not open {theirs}" in err
        assert "delete that file" in err and "Nothing was changed." in err
        assert dump(settings.paths.database) == before
        presence = in_use.enter(data_dir, "kiosk")  # only a restore is held up by it
        assert presence is not None
        presence.withdraw()
    theirs.unlink()  # as the message says, once no such program runs any more
    code, _out, err = restore_cli(capsys, archive, passfile, *machine_a[1:], "--yes")
    assert code == 0, err


@pytest.mark.slow
def test_a_real_kiosk_blocks_the_restore_until_it_is_killed(
    capsys, archive, machine_a, passfile, tmp_path: Path
) -> None:
    """`face-attendance kiosk` itself (offscreen), not a stand-in."""
    import cv2
    import numpy as np

    settings, config_file, data_dir = machine_a
    before = changed_since_backup(machine_a)
    frames = tmp_path / "frames"
    frames.mkdir()
    cv2.imencode(".png", np.full((240, 320, 3), 128, np.uint8))[1].tofile(frames / "0.png")
    argv = [
        sys.executable,
        "-m",
        "desktop_app",
        "--config",
        str(config_file),
        "--data-dir",
        str(data_dir),
        "kiosk",
    ]
    kiosk = subprocess.Popen(
        [*argv, "--no-pin", "--windowed", "--quit-after", "120", "--source", str(frames)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=cli_env(QT_QPA_PLATFORM="offscreen"),
    )
    try:
        deadline = time.monotonic() + 60
        while not in_use.others(data_dir):
            assert kiosk.poll() is None, "the kiosk ended early"
            assert time.monotonic() < deadline, "the kiosk never announced itself"
            time.sleep(0.2)
        code, _out, err = restore_cli(capsys, archive, passfile, *machine_a[1:], "--yes")
        assert code == 1
        assert re.search(r"The kiosk is running on this data \(since \d\d:\d\d\)\. ", err), err
        assert dump(settings.paths.database) == before
    finally:
        kiosk.kill()
        kiosk.wait(10)
    code, _out, err = restore_cli(capsys, archive, passfile, *machine_a[1:], "--yes")
    assert code == 0, err
    assert dump(settings.paths.database) != before


def test_a_kiosk_started_during_a_restore_starts_once_it_has_finished(
    data_holder, tmp_path: Path
) -> None:
    import threading

    restore_process = data_holder(tmp_path, "restore")
    threading.Timer(1.0, lambda: restore_process.communicate("\n", timeout=10)).start()
    started = time.monotonic()
    presence = in_use.enter(tmp_path, "kiosk", wait=60)
    try:
        assert presence is not None
        assert 0.9 < time.monotonic() - started < 30  # it waited, then started
        assert restore_process.poll() is not None
    finally:
        presence.withdraw()
    data_holder(tmp_path, "restore")
    with pytest.raises(DataInUse, match="A restore is replacing the data"):
        in_use.enter(tmp_path, "kiosk", wait=0.5)  # one that does not end: said after the wait
