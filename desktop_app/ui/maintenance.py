"""Periodic housekeeping while the GUI or the kiosk runs: the retention policy, and the
copies in ``backups/`` whose age is up (with or without a policy).

``apply_retention_if_due`` does the policy's work at most once a day per database (shared by
all devices) and prunes the copies on every call; this module only asks it at start and then
every hour, on a plain Python thread so a slow database never stalls the window.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.errors import AppError
from desktop_app.i18n import translate

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000


class RetentionScheduler(QObject):
    """Runs the retention policy and prunes old copies now and hourly; ``last_thread`` is the
    latest run. ``failed(what, text)``: a run failed, from its thread, once per problem until
    a run succeeds (the log has every failure); ``what`` is "copies" when deleting the old
    database copies failed, else "policy"."""

    failed = Signal(str, str)

    def __init__(self, ctx: Any, parent: QObject | None = None, every_ms: int = CHECK_EVERY_MS):
        super().__init__(parent)
        self._ctx = ctx
        self._problem: str | None = None
        self._busy = threading.Lock()
        self.last_thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self.check()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def hold(self, timeout: float) -> bool:
        """No run starts until ``release`` (a restore swaps the database); waits up to
        ``timeout`` seconds for a run in progress. False: it is still running."""
        return self._busy.acquire(timeout=timeout)

    def release(self) -> None:
        self._busy.release()

    def check(self) -> None:
        if not self._busy.acquire(blocking=False):
            return  # the previous run is still going
        self.last_thread = threading.Thread(target=self._run, name="retention", daemon=True)
        self.last_thread.start()

    def _run(self) -> None:
        from desktop_app.security.retention import CopiesNotPruned, apply_retention_if_due
        from desktop_app.ui.ops import error_text

        problem = None
        what = "policy"
        try:
            report = apply_retention_if_due(self._ctx.db, self._ctx.settings)
            if report is not None:
                log.info("retention policy applied: %s", report)
        except CopiesNotPruned as exc:
            log.warning("old database copies not deleted now: %s", exc)
            what, problem = "copies", str(exc)
        except AppError as exc:  # a locked or unreachable database: try again next hour
            log.warning("retention policy not applied now: %s", exc)
            problem = str(exc)
        except Exception as exc:
            log.exception("retention policy failed")
            problem = error_text(exc)
        finally:
            self._busy.release()
        if problem is not None and problem != self._problem:
            self.failed.emit(what, problem)
        self._problem = problem


def show_failures(scheduler: RetentionScheduler, window: Callable[[], QWidget | None]) -> None:
    """The operator sees a failed run in a message box on ``window()`` (the window in use
    then): the data the retention settings and the older copies' dates promise gone stays
    until a run succeeds. The kiosk does not call this (its failures go to the log)."""
    from desktop_app.ui import ops

    def show(what: str, problem: str) -> None:
        if what == "copies":  # with or without a retention policy: say what failed
            text = translate(
                "Maintenance",
                "Deleting the older copies of the database in backups/ whose date has come "
                "did not work: {problem}. The app tries again every hour.",
            )
            title = translate("Maintenance", "Older database copies")
        else:
            text = translate(
                "Maintenance",
                "Deleting the data that is due by the retention settings did not work: "
                "{problem} The app tries again every hour.",
            )
            title = translate("Maintenance", "Retention")
        ops.show_error(window(), text.format(problem=problem), title)

    scheduler.failed.connect(show, Qt.ConnectionType.QueuedConnection)
