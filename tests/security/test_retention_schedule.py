"""The running app applies the retention policy by itself: at start, then hourly."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.security.retention import LAST_RUN_SETTING
from desktop_app.storage.repositories import People, SharedSettings, Templates
from tests.security.conftest import out_of_reach, populate


def test_gui_start_applies_the_retention_policy(sec_settings, sdb, qtbot) -> None:
    from desktop_app.ui.maintenance import RetentionScheduler

    pop = populate(sdb)
    cleo = pop.people["Cleo"]
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    sdb.run(lambda s: People(s).update(cleo, active=False, deactivated_at=long_ago))
    s8 = sec_settings.model_copy(
        update={"privacy": sec_settings.privacy.model_copy(update={"retention_templates_days": 8})}
    )
    scheduler = RetentionScheduler(SimpleNamespace(settings=s8, db=sdb))
    scheduler.start()
    assert scheduler.last_thread is not None
    scheduler.last_thread.join(30)
    scheduler.stop()
    assert sdb.run(lambda s: Templates(s).list(person_id=cleo, kind=None)) == []
    assert sdb.run(lambda s: Templates(s).list(person_id=pop.people["Ana"], kind=None))
    assert sdb.run(lambda s: SharedSettings(s).get(LAST_RUN_SETTING))


def test_without_a_policy_the_running_app_still_deletes_copies_whose_date_came(
    sec_settings, sdb, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The erasure receipt promises the copies in backups/ gone on a date: a window or kiosk
    left running past it deletes them within the hour, with no retention policy set (the
    defaults); nothing else is deleted and the policy's daily run is not recorded."""
    from desktop_app.storage.db import copy_ages_out
    from desktop_app.ui.maintenance import RetentionScheduler

    pop = populate(sdb)
    now = time.time()
    older = [sdb.backup_sqlite(reason="pre-restore") for _ in range(2)]
    for path, age_days in zip(older, (31, 29), strict=True):
        assert path is not None
        os.utime(path, (now - age_days * 86400, now - age_days * 86400))
    due, later = (copy_ages_out(p, sec_settings.privacy.backup_copies_days) for p in older)
    assert due and later and due < dt.datetime.now(dt.UTC) < later
    scheduler = RetentionScheduler(SimpleNamespace(settings=sec_settings, db=sdb))
    scheduler.start()
    assert scheduler.last_thread is not None
    scheduler.last_thread.join(30)
    scheduler.stop()
    assert [p.exists() for p in older] == [False, True]
    assert sdb.run(lambda s: Templates(s).list(person_id=pop.people["Cleo"], kind=None))
    assert sdb.run(lambda s: SharedSettings(s).get(LAST_RUN_SETTING)) is None


def boxes_on_a_window(qtbot, scheduler) -> Callable[[], list[Any]]:  # type: ignore[no-untyped-def]
    """A shown window that ``scheduler``'s failures are said on (as ``run_gui`` wires it);
    ``boxes()``: the message boxes open on it."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from desktop_app.ui.maintenance import show_failures

    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    show_failures(scheduler, lambda: window)
    return lambda: [b for b in window.findChildren(QMessageBox) if b.isVisible()]


def test_a_failed_run_is_shown_to_the_operator_once(sec_settings, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The policy cannot run (here the database file is damaged): the window in use says
    so in a message box, with the reason, once; the hourly retries that fail the same way
    add no second box. Before, the failure only reached the log."""
    from desktop_app.storage.db import Database
    from desktop_app.ui import ops
    from desktop_app.ui.maintenance import RetentionScheduler

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database, " * 512)
    db = Database(f"sqlite:///{damaged}")
    policy = sec_settings.privacy.model_copy(update={"retention_templates_days": 8})
    settings = sec_settings.model_copy(update={"privacy": policy})
    scheduler = RetentionScheduler(SimpleNamespace(settings=settings, db=db))
    boxes = boxes_on_a_window(qtbot, scheduler)
    try:
        scheduler.check()  # at start
        assert scheduler.last_thread is not None
        scheduler.last_thread.join(30)
        qtbot.waitUntil(lambda: bool(boxes()), timeout=5_000)
        (box,) = boxes()
        assert "did not work" in box.text() and "tries again every hour" in box.text()
        assert "database" in box.text().lower()  # the reason, in words
        assert box.windowTitle() == "Retention" and "by the retention settings" in box.text()
        assert any("did not work" in e for e in ops.showing_errors())
        box.close()  # the operator read it
        qtbot.waitUntil(lambda: not boxes(), timeout=5_000)
        scheduler.check()  # an hour later, failing the same way: no second box
        assert scheduler.last_thread is not None
        scheduler.last_thread.join(30)
        qtbot.wait(300)  # time for a queued signal to reach the GUI thread
        assert not boxes()
    finally:
        for box in boxes():
            box.done(0)
        db.dispose()


def test_old_copies_that_cannot_be_deleted_are_said_as_such_without_a_policy(
    sec_settings, sdb, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """No retention policy is set (the defaults) and a copy in backups/ whose date has come
    cannot be deleted: the box names the copies and the file, not retention settings the
    operator never set."""
    from desktop_app.ui.maintenance import RetentionScheduler

    copy = sdb.backup_sqlite(reason="pre-restore")
    assert copy is not None
    long_ago = time.time() - 31 * 86400
    os.utime(copy, (long_ago, long_ago))
    scheduler = RetentionScheduler(SimpleNamespace(settings=sec_settings, db=sdb))
    boxes = boxes_on_a_window(qtbot, scheduler)
    with out_of_reach(copy, delete=True):
        scheduler.check()
        assert scheduler.last_thread is not None
        scheduler.last_thread.join(30)
        qtbot.waitUntil(lambda: bool(boxes()), timeout=5_000)
    (box,) = boxes()
    try:
        assert box.windowTitle() == "Older database copies"
        assert "older copies of the database in backups/" in box.text()
        assert copy.name in box.text() and "tries again every hour" in box.text()
        assert "retention settings" not in box.text()
    finally:
        box.done(0)
    assert copy.exists()
