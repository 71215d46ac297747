"""Restore is all-or-nothing (issue 14, finding 6) and crafted archive headers are one clear
error (finding 11)."""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.config import load_settings
from desktop_app.security.backup import MAGIC, create_backup
from desktop_app.security.crypto import protector_for
from desktop_app.storage.db import open_database
from desktop_app.storage.repositories import Audit, People
from tests.security.conftest import populate, restore_cli, run_cli, write_config

PASSPHRASE = "correct horse battery staple"
FAST_KDF = 2**10  # the archive format is the subject here, not the passphrase cost


@pytest.fixture
def machine(sec_settings, config_file, data_dir, tmp_path):  # type: ignore[no-untyped-def]
    """A machine with 3 people and a settings file; the pass file next to it."""
    db = open_database(sec_settings)
    populate(db, protector=protector_for(sec_settings, db))
    db.dispose()
    passfile = tmp_path / "pass.txt"
    passfile.write_text(PASSPHRASE + "\n")
    return sec_settings, config_file, data_dir, passfile


def _archive(settings, out: Path, settings_text: str, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    cfg = tmp_path / "archived-settings.toml"
    cfg.write_text(settings_text, "utf-8")
    create_backup(settings, out, PASSPHRASE, config_file=cfg, kdf_n=FAST_KDF)
    return out


def test_invalid_settings_in_the_archive_change_nothing(capsys, machine, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings, config_file, data_dir, passfile = machine
    archive = _archive(settings, tmp_path / "a.fab", "[recognition]\nthreshold = 7.5\n", tmp_path)
    db = open_database(settings)
    db.run(lambda s: People(s).add("Added after the backup"))
    db.dispose()
    before_db = settings.paths.database.read_bytes()
    before_cfg = config_file.read_text()
    code, _out, err = restore_cli(capsys, archive, passfile, config_file, data_dir, "--yes")
    assert code == 1 and "settings inside the backup are not valid" in err
    assert "recognition.threshold" in err and "Traceback" not in err
    assert settings.paths.database.read_bytes() == before_db  # the database was not replaced
    assert config_file.read_text() == before_cfg


def test_counts_come_from_the_archived_database_and_security_changes_are_shown(
    capsys, machine, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    settings, config_file, data_dir, passfile = machine
    weak = (
        f'[privacy]\nkey_store = "file"\nkey_dir = "{settings.privacy.key_dir.as_posix()}"\n'
        "require_consent = false\n[kiosk]\nliveness = false\n[recognition]\nthreshold = 1.9\n"
    )
    archive = _archive(settings, tmp_path / "a.fab", weak, tmp_path)
    write_config(config_file, settings.privacy.key_dir, "[kiosk]\nliveness = true\n")
    code, out, err = restore_cli(capsys, archive, passfile, config_file, data_dir)  # not confirmed
    assert code == 1 and "not confirmed" in err
    assert "backup: 3 people" in out  # read from the archived database itself
    assert "privacy.require_consent: True -> False" in out
    assert "kiosk.liveness: True -> False" in out
    assert "recognition.threshold: None -> 1.9" in out
    code, out, err = restore_cli(capsys, archive, passfile, config_file, data_dir, "--yes")
    assert code == 0, err
    restored = load_settings(config_file=config_file, environ={}, data_dir=data_dir)
    assert restored.recognition.threshold == 1.9
    db = open_database(restored)
    try:
        assert db.run(lambda s: Audit(s).list(action="backup.restored"))
    finally:
        db.dispose()


def test_a_data_dir_restore_leaves_the_users_own_settings_alone(
    capsys, machine, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    settings, _config_file, data_dir, passfile = machine
    archive = _archive(settings, tmp_path / "a.fab", "[kiosk]\nliveness = false\n", tmp_path)
    user_cfg = tmp_path / "home-config" / "settings.toml"
    user_cfg.parent.mkdir()
    write_config(user_cfg, settings.privacy.key_dir, "[kiosk]\nliveness = true\n")
    monkeypatch.setattr("desktop_app.paths.default_config_file", lambda: user_cfg)
    monkeypatch.setattr("desktop_app.config.default_config_file", lambda: user_cfg)
    monkeypatch.setattr("desktop_app.security.backup.restore.default_config_file", lambda: user_cfg)
    before = user_cfg.read_text()
    code, out, err = run_cli(
        capsys, "--data-dir", data_dir, "restore", archive, "--passphrase-file", passfile, "--yes"
    )
    assert code == 0, err
    assert "settings not restored" in out
    assert user_cfg.read_text() == before


@pytest.mark.parametrize(
    "mutate",
    [
        lambda h: h["kdf"].update(salt=None),
        lambda h: h["kdf"].update(n=2**30),
        lambda h: h["kdf"].update(p=1000),
        lambda h: h["kdf"].update(n="big"),
        lambda h: h.update(nonce_prefix=[1, 2]),
        lambda h: h.update(kdf=[1, 2, 3]),
        lambda h: [h],
    ],
    ids=["salt-null", "huge-n", "huge-p", "n-text", "prefix-list", "kdf-list", "header-list"],
)
def test_crafted_headers_are_one_clear_line(capsys, machine, tmp_path, mutate) -> None:  # type: ignore[no-untyped-def]
    settings, config_file, data_dir, passfile = machine
    good = _archive(settings, tmp_path / "a.fab", "", tmp_path).read_bytes()
    (n,) = struct.unpack(">I", good[len(MAGIC) : len(MAGIC) + 4])
    header = json.loads(good[len(MAGIC) + 4 : len(MAGIC) + 4 + n])
    body = good[len(MAGIC) + 4 + n :]
    new = mutate(header)
    raw = json.dumps(new if new is not None else header).encode()
    bad = tmp_path / "bad.fab"
    bad.write_bytes(MAGIC + struct.pack(">I", len(raw)) + raw + body)
    code, _out, err = restore_cli(capsys, bad, passfile, config_file, data_dir, "--yes")
    assert code == 1 and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1 and err.startswith("error:"), err


def test_the_running_app_continues_with_the_restored_settings_on_this_machines_data(
    machine, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """After a restore, the settings read back keep what belongs to this machine (data dir,
    key store, device name), also when they came from flags rather than the file; the rest
    is the archive's. The plan counts sessions as well (the GUI shows them)."""
    from desktop_app.security.backup import (
        apply_restore,
        plan_restore,
        settings_after_restore,
        unpack_backup,
    )

    settings, config_file, data_dir, _passfile = machine
    archived = (
        '[attendance]\ncooldown_seconds = 45\ndevice = "office-pc"\n'
        '[privacy]\nkey_store = "keyring"\n'
    )
    archive = _archive(settings, tmp_path / "a.fab", archived, tmp_path)
    here = settings.model_copy(
        update={"attendance": settings.attendance.model_copy(update={"device": "desk-2"})}
    )
    unpacked = unpack_backup(archive, PASSPHRASE, here.paths.backups)
    try:
        plan = plan_restore(here, unpacked, config_file=config_file)
        assert plan.incoming is not None and "sessions" in plan.incoming.counts
        apply_restore(here, unpacked, plan, confirmed=True)
    finally:
        unpacked.cleanup()
    after = settings_after_restore(here, plan)
    assert after.attendance.cooldown_seconds == 45  # the archive's
    assert after.attendance.device == "desk-2"  # this machine's, though only in memory
    assert after.data_dir == data_dir and after.privacy.key_store == "file"
    assert after.privacy.key_dir == settings.privacy.key_dir


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe (POSIX)")
def test_a_restore_waiting_at_its_passphrase_keeps_no_kiosk_from_starting(
    machine, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A terminal left at `restore`'s passphrase prompt replaces nothing: a kiosk started
    meanwhile (the next morning's) starts, and the restore refuses once it gets its answer."""
    from desktop_app.storage import in_use
    from tests.envs import cli_env

    settings, config_file, data_dir, _ = machine
    archive = _archive(settings, tmp_path / "b.fab", config_file.read_text("utf-8"), tmp_path)
    fifo = tmp_path / "passphrase"
    os.mkfifo(fifo)
    argv = ["--config", config_file, "--data-dir", data_dir, "restore", archive]
    argv += ["--passphrase-file", fifo, "--yes"]
    restore = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", *map(str, argv)],
        env=cli_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:  # until the restore opens the pipe: it waits for the passphrase there
            try:
                writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
                break
            except OSError:
                assert restore.poll() is None, restore.communicate()
                assert time.monotonic() < deadline, "the restore never asked for its passphrase"
                time.sleep(0.05)
        assert in_use.others(data_dir) == []
        kiosk = in_use.enter(data_dir, "kiosk")
        assert kiosk is not None
        try:
            os.write(writer, (PASSPHRASE + "\n").encode())
            os.close(writer)
            _, err = restore.communicate(timeout=60)
        finally:
            kiosk.withdraw()
        assert restore.returncode != 0 and "kiosk" in err  # it refuses with the kiosk named
    finally:
        if restore.poll() is None:
            restore.kill()
            restore.communicate()
