"""Periodic housekeeping while the GUI or the kiosk runs: the retention policy, and the
copies in ``backups/`` whose age is up (with or without a policy).

``apply_retention_if_due`` does the policy's work at most once a day per database (shared by
all devices) and prunes the copies on every call; this module only asks it at start and then
every hour, on a plain Python thread so a slow database never stalls the window.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

from PySide6.QtCore import QObject, QTimer

from desktop_app.errors import AppError

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000


class RetentionScheduler(QObject):
    """Runs the retention policy and prunes old copies now and hourly; ``last_thread`` is the
    latest run."""

    def __init__(self, ctx: Any, parent: QObject | None = None, every_ms: int = CHECK_EVERY_MS):
        super().__init__(parent)
        self._ctx = ctx
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
        from desktop_app.security.retention import apply_retention_if_due

        try:
            report = apply_retention_if_due(self._ctx.db, self._ctx.settings)
            if report is not None:
                log.info("retention policy applied: %s", report)
        except AppError as exc:  # a locked or unreachable database: try again next hour
            log.warning("retention policy not applied now: %s", exc)
        except Exception:
            log.exception("retention policy failed")
        finally:
            self._busy.release()
