"""Back up and restore from the desktop app, as an operator does it: the real main window
offscreen, a real temp database, the passphrases typed into the dialogs' fields. What is
asserted is what the operator sees (the dialogs' texts, the pages after the restore) and
what is on disk (the data, the copies kept)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
import sqlite3
import struct
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from shiboken6 import isValid

from desktop_app.security import pin
from desktop_app.security.backup import MAGIC, create_backup
from desktop_app.storage.repositories import Events, People
from tests.gui.conftest import wait_ops

PASSPHRASE = "school office 2026"
TABLES = ("people", "face_templates", "attendance_events", "sessions")
T0 = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


def fill(ctx: Any) -> None:
    """Ana and Ben, the session "Maths 7B" and three marks."""
    ana = ctx.db.run(lambda s: People(s).add("Ana Lima", group_name="7B"))
    ben = ctx.db.run(lambda s: People(s).add("Ben Ode", group_name="7B"))
    session = ctx.attendance.start_session("Maths 7B", starts_at=T0)
    for i, person in enumerate((ana, ben, ana)):
        ctx.db.run(
            lambda s, p=person, i=i: Events(s).add(
                p.id,
                "check_in",
                T0 + dt.timedelta(minutes=5 + 40 * i),
                source="manual",
                session_id=session.id,
            )
        )


def dump(ctx: Any) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(ctx.settings.paths.database)
    try:
        return {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall()) for t in TABLES}
    finally:
        conn.close()


def names_in(copy: Path) -> list[tuple[str]]:
    """The people's names in a database copy, its connection closed at once: an unclosed one
    keeps the copy's -wal/-shm files in backups/ until the garbage collector runs."""
    with contextlib.closing(sqlite3.connect(copy)) as conn:
        return conn.execute("SELECT name FROM people").fetchall()


def copies_kept(ctx: Any) -> list[Path]:
    return sorted(ctx.settings.paths.backups.glob("*pre-restore*"))


def back_up(qtbot: Any, w: Any, path: Path, passphrase: str = PASSPHRASE) -> Any:
    w.actions_["backup"].trigger()
    dlg = w.backup_dialog
    assert dlg.isVisible()
    dlg.path.setText(str(path))
    QTest.keyClicks(dlg.passphrase, passphrase)
    QTest.keyClicks(dlg.repeat, passphrase)
    assert dlg.backup_button.isEnabled(), dlg.problem.text()
    dlg.backup_button.click()
    wait_ops(qtbot, 60_000)
    return dlg


def open_backup(qtbot: Any, w: Any, path: Path, passphrase: str) -> Any:
    if getattr(w, "restore_dialog", None) is None or not w.restore_dialog.isVisible():
        w.actions_["restore"].trigger()
    dlg = w.restore_dialog
    assert dlg.isVisible()
    dlg.path.setText(str(path))
    dlg.passphrase.clear()
    QTest.keyClicks(dlg.passphrase, passphrase)
    dlg.open_button.click()
    wait_ops(qtbot, 60_000)
    return dlg


def backed_up_then_changed(ctx: Any, tmp_path: Path, settings_file: Path) -> Path:
    """A backup of Ana, Ben and their marks with settings (cooldown 45) in ``settings_file``;
    then Dan Tuck is enrolled and the settings file says cooldown 99."""
    fill(ctx)
    settings_file.write_text("[attendance]\ncooldown_seconds = 45\n")
    archive = tmp_path / "a.fab"
    create_backup(ctx.settings, archive, PASSPHRASE, config_file=settings_file)
    ctx.db.run(lambda s: People(s).add("Dan Tuck"))
    settings_file.write_text("[attendance]\ncooldown_seconds = 99\n")
    return archive


def replace(rd: Any) -> None:
    """Replace, then the explicit "Replace the current data" in the question that follows."""
    rd.replace_button.click()
    box = rd.confirm_box
    assert box is not None and box.isVisible()
    box.findChild(QPushButton, "confirmReplace").click()


def test_back_up_change_then_restore_brings_the_data_back_in_a_new_window(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    fill(ctx)
    w = make_window(image_folder)
    wait_ops(qtbot)
    assert "Back up..." in [a.text() for a in w.menuBar().actions()[0].menu().actions()]
    archive = tmp_path / "usb" / "attendance.fab"

    dlg = back_up(qtbot, w, archive)
    text = dlg.outcome.text()
    assert archive.is_file() and str(archive) in text
    assert "People: 2 · Sessions: 1 · Attendance records: 3" in text
    assert not dlg.form.isVisible() and dlg.open_folder_button.isVisible()
    dlg.close()
    backed_up = dump(ctx)

    # the data changes after the backup: a new person, a mark withdrawn
    ctx.db.run(lambda s: People(s).add("Dan Tuck"))
    w.refresh_all()
    wait_ops(qtbot)
    assert "Dan Tuck" in w.people_page.names()
    changed = dump(ctx)

    # a wrong passphrase: said in the dialog, nothing replaced, no copy made
    rd = open_backup(qtbot, w, archive, "not the passphrase")
    assert "Wrong passphrase" in rd.message.text()
    assert not rd.summary.isVisible() and not rd.replace_button.isEnabled()
    assert dump(ctx) == changed and copies_kept(ctx) == []

    # the right one: what the backup holds and what is here now, before anything changes
    rd = open_backup(qtbot, w, archive, PASSPHRASE)
    assert rd.summary.isVisible() and rd.replace_button.isEnabled()
    assert rd.shown_counts()["people"] == ("2", "3")
    assert rd.shown_counts()["sessions"] == ("1", "1")
    assert rd.shown_counts()["events"] == ("3", "3")
    assert "Backup of " in rd.summary_head.text()
    assert str(ctx.settings.paths.backups) in rd.notes.text()
    assert dump(ctx) == changed  # still nothing replaced

    replace(rd)
    qtbot.waitUntil(lambda: w.successor is not None, timeout=60_000)
    new = w.successor
    wait_ops(qtbot, 60_000)
    assert w.retired and new.isVisible()
    # the window it replaced is gone, not hidden with its pages still reloading on changes
    qtbot.waitUntil(lambda: not isValid(w))
    assert dump(ctx) == backed_up
    new.show_page("people")
    qtbot.waitUntil(lambda: sorted(new.people_page.names()) == ["Ana Lima", "Ben Ode"])
    assert new.people_count == 2 and "People: 2" in new.status_labels["people"].text()
    # the data from before the restore is kept, and the operator is told where
    kept = copies_kept(ctx)
    assert len(kept) == 1
    box = new.restored_box
    assert box.isVisible() and str(kept[0]) in box.text()
    assert "People: 2 · Sessions: 1 · Attendance records: 3" in box.text()
    names = names_in(kept[0])
    assert ("Dan Tuck",) in names

    # a mistake: "Undo the restore" puts the data from before back, the same careful way
    new.undo_button.click()
    wait_ops(qtbot, 60_000)
    new.restore_confirm_box.findChild(QPushButton, "confirmReplace").click()
    qtbot.waitUntil(lambda: new.successor is not None, timeout=60_000)
    third = new.successor
    wait_ops(qtbot, 60_000)
    assert dump(ctx) == changed
    assert "The data from before the restore is back." in third.restored_box.text()
    assert "People: 3" in third.restored_box.text()
    third.show_page("people")
    qtbot.waitUntil(lambda: "Dan Tuck" in third.people_page.names())
    kept = copies_kept(ctx)
    assert len(kept) == 2, [p.name for p in kept]  # the restored data was kept in its turn


def test_people_counts_of_a_backup_agree_with_the_status_bar(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    """A backup holds deactivated people too (their records, and their faces until
    retention deletes them), so its summaries count them; the status bar counts the active
    people only. Every summary says both, the active figure being the status bar's: after
    Back up, in Restore's table, and in the message once the backup is in use."""
    fill(ctx)
    cy = ctx.db.run(lambda s: People(s).add("Cy Left", group_name="7B"))
    ctx.db.run(lambda s: People(s).update(cy.id, active=False, deactivated_at=T0))
    w = make_window(image_folder)
    wait_ops(qtbot)
    assert "People: 2" in w.status_labels["people"].text()
    archive = tmp_path / "usb" / "attendance.fab"
    dlg = back_up(qtbot, w, archive)
    assert "People: 3 (2 active) · Sessions: 1" in dlg.outcome.text()
    dlg.close()

    ctx.db.run(lambda s: People(s).add("Dan Tuck"))
    rd = open_backup(qtbot, w, archive, PASSPHRASE)
    assert rd.shown_counts()["people"] == ("3 (2 active)", "4 (3 active)")
    replace(rd)
    assert "People: 4 (3 active) · Sessions: 1" in rd.confirm_box.text()  # what is replaced
    qtbot.waitUntil(lambda: w.successor is not None, timeout=60_000)
    new = w.successor
    wait_ops(qtbot, 60_000)
    assert "People: 3 (2 active) · Sessions: 1" in new.restored_box.text()
    assert new.people_count == 2 and "People: 2" in new.status_labels["people"].text()


def test_data_another_program_keeps_locked_is_said_so_when_the_backup_is_opened(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path, sqlite_locker: Any
) -> None:
    """Another program holds the database locked while the operator opens a backup: within
    seconds the dialog shows what the backup holds and that the data here cannot be read
    now, and why (before: "This backup cannot be restored" after a minute and a half, as if
    the backup were at fault). Once the program lets go, the question says the same, never
    "People: 0"."""
    fill(ctx)
    w = make_window(image_folder)
    wait_ops(qtbot)
    archive = tmp_path / "a.fab"
    create_backup(ctx.settings, archive, PASSPHRASE)
    w.actions_["restore"].trigger()  # the window reads its own database to open the dialog
    rd = w.restore_dialog
    rd.path.setText(str(archive))
    QTest.keyClicks(rd.passphrase, PASSPHRASE)
    holder = sqlite_locker(ctx.settings.paths.database)
    rd.open_button.click()
    qtbot.waitUntil(lambda: rd.summary.isVisible() or bool(rd.message.text()), timeout=60_000)
    assert rd.summary.isVisible(), rd.message.text()
    assert rd.shown_counts()["people"] == ("2", "cannot be read")
    why = "another program is using the database file right now"
    assert f"cannot be read ({why})" in rd.notes.text()
    holder.communicate("\n")  # the admin PIN before Replace is read from the database
    rd.replace_button.click()
    question = rd.confirm_box.text()
    assert f"Replaced: data that cannot be read now ({why})" in question
    assert "People: 0" not in question
    rd.confirm_box.reject()
    assert len(dump(ctx)["people"]) == 2


def test_data_that_cannot_be_read_is_never_shown_as_nothing_to_lose(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    """The current database's people table is damaged on disk (its pages overwritten) while
    the window runs: Restore's table and the Replace question say the data cannot be read,
    and why, never "People: 0" (which would tell the operator there is nothing to lose).
    (A database another program keeps locked: tests/security/test_backup.py; the window
    itself then stops at its own first read, saying the database is locked.)"""
    fill(ctx)
    w = make_window(image_folder)
    wait_ops(qtbot)
    archive = tmp_path / "a.fab"
    create_backup(ctx.settings, archive, PASSPHRASE)
    database = ctx.settings.paths.database
    with contextlib.closing(sqlite3.connect(database)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the pages are in the file itself
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        roots = [
            r[0]
            for r in conn.execute("SELECT rootpage FROM sqlite_master WHERE tbl_name = 'people'")
        ]
    with database.open("r+b") as f:
        for root in roots:
            f.seek((root - 1) * page_size)
            f.write(b"\xff" * page_size)
    rd = open_backup(qtbot, w, archive, PASSPHRASE)
    assert rd.shown_counts()["people"] == ("2", "cannot be read")
    assert "cannot be read (the file is damaged)" in rd.notes.text()
    rd.replace_button.click()
    question = rd.confirm_box.text()
    assert "Replaced: data that cannot be read now (the file is damaged)" in question
    assert "People: 0" not in question
    rd.confirm_box.reject()


def test_no_age_limit_for_old_copies_survives_a_settings_save_and_is_said_as_off(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    """``backup_copies_days = 0`` (no age limit) in the settings file stays there when the
    operator saves the Settings page, and a backup that brings it is said as "off"."""
    from desktop_app.config import load_settings
    from desktop_app.ui.dialogs.backup_dialog import setting_change_text

    settings_file = tmp_path / "gui.toml"  # the window's settings file, as loaded
    settings_file.write_text("[privacy]\nbackup_copies_days = 0\n")
    privacy = ctx.settings.privacy.model_copy(update={"backup_copies_days": 0})
    ctx.settings = ctx.settings.model_copy(update={"privacy": privacy})
    w = make_window(image_folder)
    w.settings_page.grace.setValue(5)
    w.settings_page.save()
    saved = load_settings(config_file=settings_file, environ={})
    assert saved.attendance.grace_minutes == 5 and saved.privacy.backup_copies_days == 0
    change = "privacy.backup_copies_days: 30 -> 0"  # as a restore lists it
    assert setting_change_text(change) == "Days those copies are kept: 30 → off"


def test_a_backup_from_another_computer_brings_its_faces_key_and_settings(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    """A new computer after the old one died: the backup's face data is encrypted with the
    old computer's key. After the restore the People page shows every face (decrypted with
    the key the backup brought, not this computer's own) and Settings shows the backup's
    settings, while this computer keeps its own data folder and key store."""
    from desktop_app.config import load_settings
    from desktop_app.context import AppContext
    from tests.security.conftest import populate

    old_cfg = tmp_path / "old-pc.toml"
    old_keys = tmp_path / "old-pc-keys"
    old_cfg.write_text(
        f'[privacy]\nkey_store = "file"\nkey_dir = "{old_keys.as_posix()}"\n'
        "require_consent = false\n[attendance]\ncooldown_seconds = 45\n"
    )
    (tmp_path / "old-pc").mkdir()
    old = AppContext(load_settings(config_file=old_cfg, environ={}, data_dir=tmp_path / "old-pc"))
    populate(old.db, protector=old.protector)  # Ana, Ben, Cleo with encrypted face chips
    archive = tmp_path / "old-pc.fab"
    create_backup(old.settings, archive, PASSPHRASE, config_file=old_cfg)
    old.close()

    fill(ctx)
    assert ctx.protector is not None  # this computer has a key of its own
    w = make_window(image_folder)
    wait_ops(qtbot)
    assert w.settings_page.cooldown.value() != 45
    data_dir = ctx.settings.data_dir
    rd = open_backup(qtbot, w, archive, PASSPHRASE)
    assert "encryption key for face data will be installed" in rd.notes.text()
    assert "Consent needed to enroll: on → off" in rd.notes.text()  # in words, before it changes
    replace(rd)
    qtbot.waitUntil(lambda: w.successor is not None, timeout=60_000)
    new = w.successor
    wait_ops(qtbot, 60_000)
    rows = new.people_page.model.rows
    assert sorted(r.person.name for r in rows) == ["Ana", "Ben", "Cleo"]
    assert all(r.chip_rgb is not None for r in rows)  # every face decrypted
    assert new.settings_page.cooldown.value() == 45
    assert ctx.settings.data_dir == data_dir  # this computer's, not the old one's
    assert ctx.settings.privacy.key_dir == tmp_path / "keys"


def test_a_key_only_backup_installs_its_key_and_keeps_the_data(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    """A key-only archive (``backup --key-only``, for a second PC on a shared database)
    shows no counts it does not have: it says the data stays, offers "Install the key", and
    says so afterwards; one whose key this computer already has has nothing to restore."""
    from desktop_app.config import load_settings
    from desktop_app.context import AppContext
    from desktop_app.security.keys import KeyStore

    other_cfg = tmp_path / "other.toml"
    other_cfg.write_text(
        f'[privacy]\nkey_store = "file"\nkey_dir = "{(tmp_path / "other-keys").as_posix()}"\n'
    )
    (tmp_path / "other").mkdir()
    other = AppContext(
        load_settings(config_file=other_cfg, environ={}, data_dir=tmp_path / "other")
    )
    assert other.protector is not None
    theirs = tmp_path / "their-key.fab"
    key_id = create_backup(other.settings, theirs, PASSPHRASE, key_only=True).key_id
    other.close()
    fill(ctx)
    assert ctx.protector is not None
    ours = create_backup(ctx.settings, tmp_path / "our-key.fab", PASSPHRASE, key_only=True)
    w = make_window(image_folder)
    wait_ops(qtbot)
    before = dump(ctx)

    rd = open_backup(qtbot, w, tmp_path / "our-key.fab", PASSPHRASE)
    assert "only the encryption key" in rd.notes.text()
    assert "nothing to restore" in rd.notes.text() and not rd.replace_button.isEnabled()
    assert rd.shown_counts() == {}
    assert ours.key_id != key_id

    rd = open_backup(qtbot, w, theirs, PASSPHRASE)
    assert rd.replace_button.text() == "Install the key" and rd.replace_button.isEnabled()
    rd.replace_button.click()  # a key loses no data: no second question
    qtbot.waitUntil(lambda: w.successor is not None, timeout=60_000)
    new = w.successor
    wait_ops(qtbot, 60_000)
    assert "encryption key from the backup" in new.restored_box.text()
    assert KeyStore.for_settings(ctx.settings).load(key_id) is not None
    assert dump(ctx) == before and copies_kept(ctx) == []


def test_a_restored_language_setting_applies_to_the_new_window(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path, language: Any
) -> None:
    """The backup's settings say German: the window opened on the restored data speaks it
    (the translator is installed before the new window is built)."""
    fill(ctx)
    german = tmp_path / "german.toml"
    german.write_text('[ui]\nlanguage = "de"\n')
    archive = tmp_path / "german.fab"
    create_backup(ctx.settings, archive, PASSPHRASE, config_file=german)
    language("en")
    w = make_window(image_folder)
    wait_ops(qtbot)
    assert w.menuBar().actions()[0].text() == "&File"
    rd = open_backup(qtbot, w, archive, PASSPHRASE)
    replace(rd)
    qtbot.waitUntil(lambda: w.successor is not None, timeout=60_000)
    new = w.successor
    wait_ops(qtbot, 60_000)
    assert new.menuBar().actions()[0].text() == "&Datei"
    assert "Die Sicherung vom" in new.restored_box.text()
    assert ctx.settings.ui.language == "de"


def _archive(ctx: Any, tmp_path: Path) -> Path:
    path = tmp_path / "good.fab"
    create_backup(ctx.settings, path, PASSPHRASE)
    return path


def _with_header(path: Path, out: Path, **changes: Any) -> Path:
    data = path.read_bytes()
    (n,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    header = json.loads(data[len(MAGIC) + 4 : len(MAGIC) + 4 + n])
    header.update(changes)
    raw = json.dumps(header, sort_keys=True).encode()
    out.write_bytes(MAGIC + struct.pack(">I", len(raw)) + raw + data[len(MAGIC) + 4 + n :])
    return out


def test_bad_backup_files_are_named_in_the_dialog_and_change_nothing(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    fill(ctx)
    good = _archive(ctx, tmp_path)
    data = good.read_bytes()
    not_a_backup = tmp_path / "class-list.fab"
    not_a_backup.write_text("name,group\nAna,7B\n")
    truncated = tmp_path / "truncated.fab"
    truncated.write_bytes(data[: len(data) * 2 // 3])
    damaged = tmp_path / "damaged.fab"
    middle = len(data) // 2
    damaged.write_bytes(data[:middle] + bytes([data[middle] ^ 0xFF]) + data[middle + 1 :])
    newer = _with_header(good, tmp_path / "newer.fab", version=2)
    w = make_window(image_folder)
    wait_ops(qtbot)
    before = dump(ctx)
    expected = {
        not_a_backup: "is not a face-attendance backup archive",
        truncated: "is cut short",
        damaged: "is damaged or was modified",
        newer: "written by a newer version",
        tmp_path / "missing.fab": "does not exist",
    }
    for path, words in expected.items():
        rd = open_backup(qtbot, w, path, PASSPHRASE)
        assert "This backup cannot be restored." in rd.message.text()
        assert words in rd.message.text(), rd.message.text()
        assert not rd.replace_button.isEnabled()
    assert dump(ctx) == before and copies_kept(ctx) == []
    assert w.successor is None and not w.retired
    # no decrypted copy is left behind in the data folder
    assert not list(ctx.settings.paths.backups.glob(".tmp-restore-*"))


def test_a_backup_from_a_newer_app_version_is_refused_before_anything_changes(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    """The archive opens, but its database is at a schema revision this version does not
    know: the dialog says to install the newer version; nothing is replaced."""
    from desktop_app.config import load_settings

    fill(ctx)
    other_dir = tmp_path / "newer-install"
    other_dir.mkdir()
    sqlite3.connect(ctx.settings.paths.database).backup(
        target := sqlite3.connect(other_dir / "attendance.sqlite3")
    )
    target.execute("UPDATE alembic_version SET version_num = 'ffff0000future'")
    target.commit()
    target.close()
    empty = tmp_path / "newer.toml"
    empty.touch()
    newer_settings = load_settings(
        config_file=empty,
        environ={},
        data_dir=other_dir,
        privacy={"key_store": "file", "key_dir": tmp_path / "newer-keys"},
    )
    archive = tmp_path / "from-newer.fab"
    create_backup(newer_settings, archive, PASSPHRASE)
    w = make_window(image_folder)
    wait_ops(qtbot)
    before = dump(ctx)
    rd = open_backup(qtbot, w, archive, PASSPHRASE)
    assert "made by a newer version" in rd.message.text()
    assert not rd.replace_button.isEnabled()
    assert dump(ctx) == before and copies_kept(ctx) == []


def test_the_passphrase_rules_are_said_before_backing_up_and_a_bad_folder_loses_nothing(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    fill(ctx)
    w = make_window(image_folder)
    w.actions_["backup"].trigger()
    dlg = w.backup_dialog
    assert dlg.path.text().endswith(f"face-attendance-backup-{dt.date.today().isoformat()}.fab")
    QTest.keyClicks(dlg.passphrase, "short")
    assert not dlg.backup_button.isEnabled()
    assert "at least 8 characters" in dlg.problem.text()
    QTest.keyClicks(dlg.passphrase, " but long")
    QTest.keyClicks(dlg.repeat, "short but lon")
    assert not dlg.backup_button.isEnabled()
    assert "not the same yet" in dlg.problem.text()
    QTest.keyClicks(dlg.repeat, "g")
    assert dlg.backup_button.isEnabled() and dlg.problem.text() == ""

    # a folder that cannot hold the file (its "folder" is a file): said, nothing left behind
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    dlg.path.setText(str(blocker / "backup.fab"))
    dlg.backup_button.click()
    wait_ops(qtbot, 60_000)
    assert "The backup was not made." in dlg.outcome.text()
    assert "Cannot write the backup" in dlg.outcome.text()
    assert "is a file, not a folder" in dlg.outcome.text()
    assert dlg.form.isVisible() and dlg.backup_button.isEnabled()  # fix the folder, try again
    assert blocker.read_text() == "x"
    good = tmp_path / "ok" / "backup.fab"
    dlg.path.setText(str(good))
    dlg.backup_button.click()
    wait_ops(qtbot, 60_000)
    assert good.is_file() and "Backup saved." in dlg.outcome.text()


def test_a_full_disk_is_said_and_leaves_no_partial_backup(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmpfs: Any
) -> None:
    fill(ctx)
    # a little data, so the archive does not fit on a 64 KiB file system
    ctx.db.run(lambda s: [People(s).add(f"Person {i:04d} " + "x" * 200) for i in range(400)])
    disk = tmpfs("64k")
    w = make_window(image_folder)
    dlg = back_up(qtbot, w, disk / "backup.fab")
    assert "The disk is full" in dlg.outcome.text()
    assert list(disk.iterdir()) == []


def test_backup_and_restore_need_the_admin_pin(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, monkeypatch: Any
) -> None:
    from desktop_app.ui import admin_gate

    pin.set_pin(ctx.db, "4827")
    typed: list[str] = []

    def ask(_parent: Any, _title: str, _prompt: str) -> tuple[str, bool]:
        return (typed.pop(0), True) if typed else ("", False)

    monkeypatch.setattr(admin_gate, "ask_pin", ask)
    w = make_window(image_folder)
    w.actions_["backup"].trigger()  # cancelled at the PIN: no dialog
    w.actions_["restore"].trigger()
    assert getattr(w, "backup_dialog", None) is None
    assert getattr(w, "restore_dialog", None) is None
    typed.append("4827")
    w.actions_["restore"].trigger()
    assert w.restore_dialog.isVisible()
    w.restore_dialog.close()
    # Settings offers the same two actions beside the data folder and the PIN
    assert [b.text() for b in w.settings_page.backup_buttons] == ["Back up...", "Restore..."]
    w.settings_page.backup_buttons[0].click()  # unlocked now: no second PIN
    assert w.backup_dialog.isVisible()


@pytest.mark.slow
def test_recognition_works_on_the_restored_people(
    qtbot: Any, make_window: Any, model_ctx: Any, tmp_path: Path
) -> None:
    """The public-domain astronaut enrolled, backed up, then erased: after the restore the
    new window's recognition (models, gallery and FAISS index built again from the restored
    database) names her on the camera again."""
    import numpy as np

    from desktop_app.vision.image_io import save_image
    from tests.gui.conftest import astronaut_bgr

    ctx = model_ctx
    img = astronaut_bgr()
    camera = tmp_path / "cam"
    camera.mkdir()
    save_image(camera / "a.png", img)
    save_image(camera / "b.png", np.roll(img, 6, axis=1))
    person = ctx.enrollment.enroll("Eileen Collins", [img], consent=True).person
    archive = tmp_path / "astronaut.fab"
    create_backup(ctx.settings, archive, PASSPHRASE)
    ctx.enrollment.erase_person(person.id)

    w = make_window(camera, context=ctx, recognition=True)
    qtbot.waitUntil(lambda: w.recognition_ready, timeout=300_000)
    wait_ops(qtbot)
    assert w.people_page.names() == []
    rd = open_backup(qtbot, w, archive, PASSPHRASE)
    assert rd.shown_counts()["people"] == ("1", "0")
    replace(rd)
    qtbot.waitUntil(lambda: w.successor is not None, timeout=60_000)
    new = w.successor
    qtbot.waitUntil(lambda: new.recognition_ready, timeout=300_000)
    view = new.live_page.view
    qtbot.waitUntil(
        lambda: any(lab.title == "Eileen Collins" for lab in view.labels()), timeout=120_000
    )
    wait_ops(qtbot)
    assert new.people_page.names() == ["Eileen Collins"]


def test_four_restores_in_a_row_keep_the_copy_of_the_data_from_before_the_first(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    """Not sure which USB file is last week's, the operator restores one after another: the
    copy of her real data (with "Dan Tuck", enrolled after every backup) taken by the first
    restore is still there after the fourth, with every copy in between, and it restores."""
    fill(ctx)
    archive = tmp_path / "usb" / "a.fab"
    create_backup(ctx.settings, archive, PASSPHRASE)
    ctx.db.run(lambda s: People(s).add("Dan Tuck"))
    real = dump(ctx)
    w = make_window(image_folder)
    wait_ops(qtbot)
    for _ in range(4):
        rd = open_backup(qtbot, w, archive, PASSPHRASE)
        replace(rd)
        qtbot.waitUntil(lambda w=w: w.successor is not None, timeout=60_000)
        w = w.successor
        wait_ops(qtbot, 60_000)
        w.restored_box.close()
    kept = [p for p in copies_kept(ctx) if p.suffix == ".sqlite3"]
    assert len(kept) == 4
    with_dan = [p for p in kept if ("Dan Tuck",) in names_in(p)]
    assert len(with_dan) == 1  # the real data, from before the first restore
    # ... and it still restores (Undo's own path: the copy checked and swapped in)
    w.undo_restore(with_dan[0], None)
    wait_ops(qtbot, 60_000)
    w.restore_confirm_box.findChild(QPushButton, "confirmReplace").click()
    qtbot.waitUntil(lambda: w.successor is not None, timeout=60_000)
    wait_ops(qtbot, 60_000)
    assert dump(ctx) == real


def test_enter_checks_the_backup_and_never_replaces_the_data(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    """Enter after the passphrase opens and checks the backup, with no file chooser popping
    up; Enter again (the check seemed slow) replaces nothing. Replace asks once more, says
    what is replaced by what, and Enter there is Cancel."""
    from PySide6.QtCore import Qt

    from desktop_app.ui.dialogs import backup_dialog

    fill(ctx)
    archive = tmp_path / "a.fab"
    create_backup(ctx.settings, archive, PASSPHRASE)
    ctx.db.run(lambda s: People(s).add("Dan Tuck"))
    before = dump(ctx)
    choosers: list[str] = []
    monkeypatch.setattr(
        backup_dialog.QFileDialog,
        "getOpenFileName",
        lambda *a, **k: choosers.append("open") or ("", ""),
    )
    w = make_window(image_folder)
    wait_ops(qtbot)
    w.actions_["restore"].trigger()
    rd = w.restore_dialog
    rd.path.setText(str(archive))
    rd.passphrase.setFocus()
    QTest.keyClicks(rd.passphrase, PASSPHRASE)
    QTest.keyClick(rd.passphrase, Qt.Key.Key_Return)
    wait_ops(qtbot, 60_000)
    assert choosers == []
    assert rd.summary.isVisible() and rd.shown_counts()["people"] == ("2", "3")
    for target in (rd.passphrase, rd.focusWidget() or rd, rd):
        QTest.keyClick(target, Qt.Key.Key_Return)
    QTest.keyClick(rd, Qt.Key.Key_Enter)
    wait_ops(qtbot)
    assert choosers == [] and rd.isVisible() and w.successor is None
    assert dump(ctx) == before and copies_kept(ctx) == []

    rd.replace_button.click()
    box = rd.confirm_box
    assert box.isVisible()
    assert "People: 3 · Sessions: 1 · Attendance records: 3" in box.text()  # replaced
    assert "People: 2 · Sessions: 1 · Attendance records: 3" in box.text()  # in use after
    assert str(ctx.settings.paths.backups) in box.text()
    QTest.keyClick(box, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert not box.isVisible() and w.successor is None and dump(ctx) == before
    assert rd.isVisible() and rd.replace_button.isEnabled()  # still checked: press again
    replace(rd)
    qtbot.waitUntil(lambda: w.successor is not None, timeout=60_000)
    wait_ops(qtbot, 60_000)
    assert dump(ctx) != before


def test_back_up_never_overwrites_a_file_silently(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    """Last week's backup typed as the name: asked first, Enter is Cancel and keeps it. A
    file that is not a backup (a timetable) is never touched: the backup goes beside it
    with the .fab ending, and an existing non-backup .fab file is refused."""
    from PySide6.QtCore import Qt

    fill(ctx)
    usb = tmp_path / "usb"
    last_week = usb / "last-week.fab"
    create_backup(ctx.settings, last_week, PASSPHRASE)
    old_bytes = last_week.read_bytes()
    ctx.db.run(lambda s: People(s).add("Dan Tuck"))
    w = make_window(image_folder)
    wait_ops(qtbot)

    dlg = back_up(qtbot, w, last_week)
    box = dlg.overwrite_box
    assert box.isVisible() and "last-week.fab" in box.text() and "Replace" in box.text()
    QTest.keyClick(box, Qt.Key.Key_Return)
    wait_ops(qtbot)
    assert last_week.read_bytes() == old_bytes and "Backup saved." not in dlg.outcome.text()
    dlg.backup_button.click()
    assert dlg.overwrite_box.isVisible()  # asked again
    next(b for b in dlg.overwrite_box.findChildren(QPushButton) if "Replace" in b.text()).click()
    wait_ops(qtbot, 60_000)
    assert "Backup saved." in dlg.outcome.text() and last_week.read_bytes() != old_bytes
    dlg.close()

    timetable = usb / "timetable.ods"
    timetable.write_bytes(b"PK not a backup")
    dlg = back_up(qtbot, w, timetable)
    assert timetable.read_bytes() == b"PK not a backup"
    assert (usb / "timetable.ods.fab").is_file() and "timetable.ods.fab" in dlg.outcome.text()
    dlg.close()

    notes = usb / "notes.fab"
    notes.write_text("my notes")
    dlg = back_up(qtbot, w, notes)
    assert "already exists and is not a Face Attendance backup" in dlg.outcome.text()
    assert notes.read_text() == "my notes" and dlg.form.isVisible()


def test_the_restore_says_when_the_admin_pin_changes_with_the_backup(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    """The PIN lives in the database: a restore brings the backup's. The check says so
    before anything changes, so nobody is locked out by surprise."""
    from desktop_app.ui import admin_gate

    fill(ctx)
    pin.set_pin(ctx.db, "4827")
    archive = _archive(ctx, tmp_path)  # made while the PIN was 4827
    pin.set_pin(ctx.db, "5931", current="4827")
    monkeypatch.setattr(admin_gate, "ask_pin", lambda *_a: ("5931", True))
    w = make_window(image_folder)
    wait_ops(qtbot)
    rd = open_backup(qtbot, w, archive, PASSPHRASE)
    assert "The admin PIN becomes the one that was set when this backup was made" in (
        rd.notes.text()
    )
    same = open_backup(qtbot, w, _archive(ctx, tmp_path / "now"), PASSPHRASE)
    assert "admin PIN" not in same.notes.text()


def test_a_restore_that_fails_half_way_says_what_is_in_use_and_undoes(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    """The disk fills up while the settings are written, after the backup's database is in
    place: the message says the backup's data is in use, the settings from before stay,
    where the data from before is, and "Undo the restore" brings it back."""
    import errno

    from desktop_app.security.backup import restore as restore_module

    archive = backed_up_then_changed(ctx, tmp_path, tmp_path / "gui.toml")
    cfg = tmp_path / "gui.toml"
    before = dump(ctx)

    def full(*_a: Any, **_k: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(restore_module, "swap_settings", full)
    w = make_window(image_folder)
    wait_ops(qtbot)
    replace(open_backup(qtbot, w, archive, PASSPHRASE))
    qtbot.waitUntil(lambda: w.successor is not None, timeout=60_000)
    new = w.successor
    wait_ops(qtbot, 60_000)
    box = new.restored_box
    text = box.text()
    assert box.isVisible() and box.windowTitle() == "The restore did not finish"
    assert "The backup's data is in use" in text and "the disk is full" in text
    assert "the settings from before stay" in text and "Unexpected error" not in text
    (copy,) = [p for p in copies_kept(ctx) if p.suffix == ".sqlite3"]
    assert str(copy) in text and "Undo the restore puts it back" in text
    assert dump(ctx) != before and "cooldown_seconds = 99" in cfg.read_text()
    assert new.settings_page.cooldown.value() == 99  # the window runs on the settings in place

    monkeypatch.undo()
    new.undo_button.click()
    wait_ops(qtbot, 60_000)
    new.restore_confirm_box.findChild(QPushButton, "confirmReplace").click()
    qtbot.waitUntil(lambda: new.successor is not None, timeout=60_000)
    wait_ops(qtbot, 60_000)
    assert dump(ctx) == before
    assert "The data from before the restore is back." in new.successor.restored_box.text()


def test_a_frame_still_being_recognised_never_marks_into_the_restored_data(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    """Replace is pressed while the recognition thread is inside a slow frame (longer than
    the window waits when it closes). The restore waits for that frame: its mark goes into
    the data from before (kept in the copy), never into the restored data, where its person
    id would mark someone else."""
    import threading

    from desktop_app.security.backup import restore as restore_module

    fill(ctx)
    archive = tmp_path / "a.fab"
    create_backup(ctx.settings, archive, PASSPHRASE)
    backed_up = dump(ctx)
    swapped = threading.Event()
    real_swap_in = restore_module.swap_in

    def swap_in(*args: Any) -> None:
        real_swap_in(*args)
        swapped.set()

    monkeypatch.setattr(restore_module, "swap_in", swap_in)
    old_db = ctx.db
    in_frame = threading.Event()

    def slow_frame(_image: Any) -> None:  # a frame's late mark, after a long inference
        if in_frame.is_set():
            return
        in_frame.set()
        swapped.wait(5.0)
        old_db.run(lambda s: People(s).add("Late Frame"))

    w = make_window(image_folder)
    wait_ops(qtbot)
    rd = open_backup(qtbot, w, archive, PASSPHRASE)
    w.runner.set_process(slow_frame)
    qtbot.waitUntil(in_frame.is_set, timeout=10_000)
    replace(rd)
    qtbot.waitUntil(lambda: w.successor is not None, timeout=60_000)
    wait_ops(qtbot, 60_000)
    assert dump(ctx) == backed_up  # the restored data exactly as backed up
    (copy,) = [p for p in copies_kept(ctx) if p.suffix == ".sqlite3"]
    names = names_in(copy)
    assert ("Late Frame",) in names  # the late mark went into the data from before


def test_a_window_on_another_data_folder_leaves_the_users_settings_file_alone(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    """``face-attendance --data-dir X gui`` (no --config), as the CLI's restore: the backup's
    data comes back, the user's own settings file (another data folder's) is not rewritten,
    and the dialog says so before anything changes."""
    import argparse

    from desktop_app.cli.restore_cmd import owns_settings

    assert not owns_settings(argparse.Namespace(data_dir=tmp_path, config=None))
    assert owns_settings(argparse.Namespace(data_dir=tmp_path, config=tmp_path / "c.toml"))
    archive = backed_up_then_changed(ctx, tmp_path, tmp_path / "theirs.toml")
    mine = tmp_path / "gui.toml"  # the window's settings file (make_window)
    mine.write_text("[attendance]\ncooldown_seconds = 99\n")
    w = make_window(image_folder)
    w.restore_settings = False  # what gui_cmd sets for --data-dir without --config
    wait_ops(qtbot)
    rd = open_backup(qtbot, w, archive, PASSPHRASE)
    assert "settings are not restored: this window was started with --data-dir" in (rd.notes.text())
    replace(rd)
    qtbot.waitUntil(lambda: w.successor is not None, timeout=60_000)
    wait_ops(qtbot, 60_000)
    assert mine.read_text() == "[attendance]\ncooldown_seconds = 99\n"
    assert "Dan Tuck" not in [r[1] for r in dump(ctx)["people"]]
    assert w.successor.restore_settings is False  # the next restore keeps the rule


def test_on_a_database_server_back_up_saves_the_key_and_restore_says_so_in_plain_words(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    """This computer keeps its data on a PostgreSQL server: Back up says in words that the
    server's keeper backs the data up, and saves what only this computer has, the face
    data's encryption key, from the same form (no command to type); a whole-database
    backup is refused in words, naming the server (no pg_dump command line in the dialog),
    and the key backup is recognised. Nothing changes."""
    from desktop_app.security.backup import unpack_backup

    fill(ctx)
    assert ctx.protector is not None  # the face data's key exists
    archive = _archive(ctx, tmp_path)
    w = make_window(image_folder)
    wait_ops(qtbot)
    before = dump(ctx)
    ctx.settings = ctx.settings.model_copy(
        update={"database_url": "postgresql://office:secret@db.school.example/attendance"}
    )
    key_file = tmp_path / "usb" / "key.fab"
    dlg = back_up(qtbot, w, key_file)
    intro = dlg.intro.text()
    assert "db.school.example" in intro and "secret" not in intro
    assert "ask whoever looks after that server to back it up" in intro
    assert "encryption key for the face data" in intro and "face-attendance" not in intro
    text = dlg.outcome.text()
    assert "Backup saved." in text and str(key_file) in text
    assert "the encryption key for the face data, nothing else" in text and "People:" not in text
    unpacked = unpack_backup(key_file, PASSPHRASE, tmp_path / "check")
    try:
        assert unpacked.manifest.kind == "key-only" and unpacked.key is not None
    finally:
        unpacked.cleanup()
    dlg.close()

    rd = open_backup(qtbot, w, archive, PASSPHRASE)
    message = rd.message.text()
    assert "keeps its data on a database server" in message and "db.school.example" in message
    assert "pg_dump" not in message and not rd.replace_button.isEnabled()
    rd = open_backup(qtbot, w, key_file, PASSPHRASE)
    assert "only the encryption key" in rd.notes.text() and "nothing to restore" in rd.notes.text()
    assert dump(ctx) == before


def test_a_kiosk_on_the_same_data_stops_the_restore_in_the_dialog(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path, data_holder: Any
) -> None:
    """A kiosk (a real second process) runs on this data: Replace says so in the dialog and
    changes nothing, also when the kiosk starts while the last question is open; this
    window's own announcement never counts; once the kiosk is closed or killed, Replace
    works. Undo refuses the same way while a kiosk runs."""
    from desktop_app.storage import in_use

    archive = backed_up_then_changed(ctx, tmp_path, tmp_path / "gui.toml")
    before = dump(ctx)
    root = ctx.settings.paths.root
    mine = in_use.announce(root, "gui")  # as `face-attendance gui` announces this window
    assert mine is not None
    try:
        w = make_window(image_folder)
        wait_ops(qtbot)
        kiosk = data_holder(root, "kiosk")
        rd = open_backup(qtbot, w, archive, PASSPHRASE)
        assert rd.replace_button.isEnabled()
        assert "The kiosk is running on this data" in rd.notes.text()  # said before Replace
        rd.replace_button.click()
        text = rd.message.text()
        assert rd.message.isVisible() and "The data was not replaced." in text
        assert re.search(r"The kiosk is running on this data \(since \d\d:\d\d\)\.", text)
        assert "Close it, then restore. Nothing was changed." in text
        assert "The kiosk is running" not in rd.notes.text()  # said once, at the top
        assert "window" not in text  # this window is not named against itself
        assert getattr(rd, "confirm_box", None) is None  # not even asked
        assert rd.isVisible() and w.successor is None and not w.retired
        assert dump(ctx) == before and copies_kept(ctx) == []

        kiosk.communicate("\n", timeout=10)  # the kiosk is closed
        rd.replace_button.click()  # the last question is open ...
        late = data_holder(root, "kiosk")  # ... when someone starts the kiosk again
        rd.confirm_box.findChild(QPushButton, "confirmReplace").click()
        assert "The kiosk is running on this data" in rd.message.text()
        assert rd.isVisible() and w.successor is None
        assert dump(ctx) == before and copies_kept(ctx) == []

        late.kill()  # a kiosk that crashed or was killed never blocks a restore
        late.wait(10)
        replace(rd)
        qtbot.waitUntil(lambda: w.successor is not None, timeout=60_000)
        new = w.successor
        wait_ops(qtbot, 60_000)
        restored = dump(ctx)
        assert restored != before and len(copies_kept(ctx)) == 2  # the database and settings

        data_holder(root, "kiosk")  # started again: Undo refuses the same way
        new.undo_button.click()
        boxes = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox)]
        said = [b.text() for b in boxes if b.isVisible() and "The kiosk is running" in b.text()]
        assert said and "Nothing was changed." in said[0]
        assert getattr(new, "restore_confirm_box", None) is None and new.successor is None
        assert dump(ctx) == restored and len(copies_kept(ctx)) == 2
    finally:
        mine.withdraw()
