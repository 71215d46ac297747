"""Errors of background work reach the operator even when the dialog that started the work
is gone: a change that was not made is always said; a read nobody waits for only logs."""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from shiboken6 import isValid

from desktop_app.storage.db import Database
from desktop_app.storage.repositories import People
from tests.gui.conftest import wait_ops


def _boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_a_save_that_fails_after_its_dialog_closed_is_still_said(
    qtbot: Any, tmp_path: Path, caplog: Any
) -> None:
    from desktop_app.ui import ops
    from desktop_app.ui.app import create_application

    create_application()
    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database, " * 512)
    db = Database(f"sqlite:///{damaged}")
    go = threading.Event()

    def attempt(write: bool) -> None:
        dialog = QDialog()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        ops.run_op(
            lambda: go.wait(10) and db.run(lambda s: People(s).add("Eve Stone")),
            parent=dialog,
            changes="people" if write else None,
            title="Add a person",
        )
        dialog.close()  # the operator closes the dialog while the save still runs
        qtbot.waitUntil(lambda: not isValid(dialog))
        go.set()
        wait_ops(qtbot)
        go.clear()

    try:
        with caplog.at_level(logging.WARNING):
            attempt(write=False)  # a read: nobody waits for it any more, the log has it
            qtbot.wait(50)
            assert _boxes() == []
            assert "damaged" in caplog.text
            attempt(write=True)  # the person was not added: the operator is told
            qtbot.waitUntil(lambda: bool(_boxes()), timeout=5_000)
        (box,) = _boxes()
        assert box.windowTitle() == "Add a person" and "damaged" in box.text()
    finally:
        for box in _boxes():
            box.done(0)
        db.dispose()
