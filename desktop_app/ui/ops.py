"""One small helper for work that must not run on the GUI thread (Anki's CollectionOp/QueryOp).

::

    BackgroundOp(lambda: ctx.db.run(lambda s: People(s).list()),
                 success=self.show_people, parent=self).run()

``fn`` runs on a pool thread; ``success(result)`` or ``failure(exc)`` runs on the GUI thread.
Without ``failure`` the error goes to :func:`report_error` (the one place errors are shown).
With ``progress="Building models..."`` a modal progress dialog appears after a short delay and
``fn`` receives a ``progress(fraction, message)`` callback it may call from its thread;
``on_progress`` instead hands each report to the caller on the GUI thread (no dialog).
``changes=True`` marks a mutating op: on success :data:`hub` emits ``changed`` so every page
refreshes what it shows (Anki's "changes" hooks), without knowing who changed what.
``operator_waits=True``: someone waits for this answer, so a locked database is given up on
after :data:`GUI_DATABASE_WAIT_S` as on the GUI thread (a pool thread otherwise retries for
most of a minute). :func:`wait_for` is the blocking form for a caller that needs the answer
before it can go on (the admin PIN check): the window keeps drawing meanwhile.
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from desktop_app.errors import AppError
from desktop_app.i18n import translate
from desktop_app.storage.db import wait_on_this_thread

log = logging.getLogger(__name__)

GUI_DATABASE_WAIT_S = 5.0  # one SQLite busy timeout


class _Hub(QObject):
    """Process-wide notifications: ``changed(str what)`` after a mutating op succeeded."""

    changed = Signal(str)
    error = Signal(str)  # every error message shown in a box (show_error); tests listen


hub: _Hub | None = None


def get_hub() -> _Hub:
    global hub
    if hub is None:
        hub = _Hub()
    return hub


def error_text(exc: BaseException) -> str:
    if isinstance(exc, AppError):
        return str(exc)
    return translate("Ops", "Unexpected error: {kind}: {error}. Details are in the log.").format(
        kind=type(exc).__name__, error=exc
    )


def report_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Show an error to the user. The only place the GUI turns exceptions into dialogs."""
    title = title or translate("Ops", "Error")
    text = error_text(exc)
    if isinstance(exc, AppError):
        log.warning("%s: %s", title, text)
    else:
        log.error(
            "%s: %s", title, "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        )
    show_error(parent, text, title)


def show_error(parent: QWidget | None, text: str, title: str) -> None:
    """The message box of an error already logged (one box per text while it is open)."""
    get_hub().error.emit(text)
    if text in _showing:  # the same problem seen by several views at once: one dialog
        return
    if parent is not None and not isValid(parent):
        parent = None
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    _showing.add(text)
    if parent is not None:
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: _showing.discard(text))
        box.destroyed.connect(lambda *_: _showing.discard(text))  # closed with its window
    else:  # no window to own it: keep it alive until it is closed, then let it go here
        _orphans.add(box)

        def closed(_r: int) -> None:
            _showing.discard(text)
            _orphans.discard(box)

        box.finished.connect(closed)
    box.open()  # never blocks: tests and offscreen runs keep going


_showing: set[str] = set()
_orphans: set[QMessageBox] = set()


def showing_errors() -> list[str]:
    """Error messages whose dialog is open now."""
    return sorted(_showing)


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(float, str)


def _work(
    fn: Callable[..., Any], wants_progress: bool, signals: _Signals, operator_waits: bool = False
) -> None:
    """Runs on a pool thread; the result goes back to the GUI thread by queued signals."""
    if operator_waits:
        wait_on_this_thread(GUI_DATABASE_WAIT_S)
    try:
        if wants_progress:
            result = fn(lambda f, msg="": signals.progress.emit(float(f), str(msg)))
        else:
            result = fn()
    except BaseException as exc:
        signals.failed.emit(exc)
    else:
        signals.done.emit(result)
    finally:
        if operator_waits:  # the pool thread's next op may be background work
            wait_on_this_thread(None)


_running: set[BackgroundOp] = set()
_owner: QObject | None = None


def _signals_owner() -> QObject:
    global _owner
    if _owner is None:
        _owner = QObject()
    return _owner


_pool: ThreadPoolExecutor | None = None


def pool() -> ThreadPoolExecutor:
    """A pool of its own: 2 threads, so a slow model build never starves quick DB reads.

    Plain Python threads (no QRunnable): no Qt object is created or destroyed off the GUI
    thread; only signals cross over."""
    global _pool
    if _pool is None:
        _pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ui-op")
    return _pool


_operator_pool: ThreadPoolExecutor | None = None


def operator_pool() -> ThreadPoolExecutor:
    """The pool of ``operator_waits`` ops: someone waits for the answer, so it never queues
    behind a model build or a write retrying on a locked database in :func:`pool`."""
    global _operator_pool
    if _operator_pool is None:
        _operator_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ui-wait")
    return _operator_pool


def pending() -> int:
    """How many ops are still running (tests wait for 0)."""
    return len(_running)


class BackgroundOp:
    def __init__(
        self,
        fn: Callable[..., Any],
        *,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
        progress: str | None = None,
        on_progress: Callable[[float, str], None] | None = None,
        changes: str | None = None,
        title: str = "",
        operator_waits: bool = False,
    ) -> None:
        self.fn, self.success_cb, self.failure_cb = fn, success, failure
        self.operator_waits = operator_waits
        self.parent, self.progress_label, self.changes, self.title = (
            parent,
            progress,
            changes,
            title,
        )
        self.dialog: QProgressDialog | None = None
        # Progress shown by the caller (a status line) instead of a modal dialog: for long
        # work the user may keep using the window during.
        self.on_progress = on_progress
        # Parented to a long-lived object on the GUI thread: if the cyclic garbage collector
        # frees this op on a pool thread, the QObject is not destroyed there (Qt aborts when
        # an object with pending queued events dies on another thread); _finish deletes it on
        # the GUI thread instead.
        self.signals = _Signals(_signals_owner())

    def run(self) -> BackgroundOp:
        if self._parent_gone():  # a retired window's pages still hear "changed": no work
            return self
        wants_progress = False
        with contextlib.suppress(TypeError, ValueError):
            wants_progress = len(inspect.signature(self.fn).parameters) >= 1
        if self.progress_label:
            self.dialog = QProgressDialog(self.progress_label, "", 0, 1000, self.parent)
            self.dialog.setWindowTitle(translate("Ops", "Please wait"))
            self.dialog.setCancelButton(None)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(400)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.setMinimumWidth(420)
            self.dialog.setValue(0)
        self.signals.done.connect(self._on_done, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self.signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        _running.add(self)
        where = operator_pool() if self.operator_waits else pool()
        where.submit(_work, self.fn, wants_progress, self.signals, self.operator_waits)
        return self

    @property
    def running(self) -> bool:
        return self in _running

    def _on_progress(self, fraction: float, message: str) -> None:
        if self.on_progress is not None and not self._parent_gone():
            self.on_progress(fraction, message)
        dialog = self.dialog  # setValue() may run the event loop and finish the op meanwhile
        if dialog is not None and isValid(dialog):
            if message:
                dialog.setLabelText(f"{self.progress_label}\n{message}")
            dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))

    def _finish(self) -> None:
        _running.discard(self)
        for sig in (self.signals.done, self.signals.failed, self.signals.progress):
            with contextlib.suppress(RuntimeError, TypeError):
                sig.disconnect()
        self.signals.deleteLater()
        if self.dialog is not None and isValid(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _parent_gone(self) -> bool:
        """The widget that asked was closed meanwhile, or its window was retired (a restore
        replaced it with a new one on the restored data): its callbacks must not run."""
        if self.parent is None:
            return False
        return not isValid(self.parent) or bool(getattr(self.parent.window(), "retired", False))

    def _on_done(self, result: Any) -> None:
        self._finish()
        if self.changes:
            get_hub().changed.emit(self.changes)
        if self._parent_gone():
            return
        if self.success_cb is not None:
            try:
                self.success_cb(result)
            except Exception as exc:  # a bug in the callback: show it, do not crash Qt
                report_error(self.parent, exc, self.title)

    def _on_failed(self, exc: BaseException) -> None:
        self._finish()
        if self._parent_gone():
            if self.changes:  # the change was not made: say so, though the dialog is gone
                report_error(None, exc, self.title)
            else:  # nothing shown needed it any more
                log.warning("%s (after its window closed): %s", self.title, error_text(exc))
            return
        if self.failure_cb is not None:
            self.failure_cb(exc)
        else:
            report_error(self.parent, exc, self.title)


def run_op(fn: Callable[..., Any], **kwargs: Any) -> BackgroundOp:
    return BackgroundOp(fn, **kwargs).run()


def wait_for(fn: Callable[[], Any], *, parent: QWidget | None, progress: str) -> Any:
    """``fn()``'s result (or its exception), computed on a pool thread while this one waits in
    a local event loop: the window keeps drawing and the camera keeps running, ``progress``
    shows if it takes a moment, and a locked database is said after ``GUI_DATABASE_WAIT_S``.
    Clicks and keys wait until the answer is in, so nothing is started on top of it."""
    out: dict[str, Any] = {}
    loop = QEventLoop()

    def settle(key: str, value: Any) -> None:
        out[key] = value
        loop.quit()

    op = BackgroundOp(
        fn,
        success=lambda result: settle("result", result),
        failure=lambda exc: settle("error", exc),
        parent=parent,
        progress=progress,
        operator_waits=True,
    )
    op.run()
    watch = QTimer()  # the parent closed meanwhile: no callback comes, the op still ends
    watch.setInterval(50)
    watch.timeout.connect(lambda: None if op.running else loop.quit())
    watch.start()
    while not out and op.running:
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    watch.stop()
    if "error" in out:
        raise out["error"]
    if "result" not in out:
        raise AppError(translate("Ops", "The window closed before the answer came."))
    return out["result"]


def later(ms: int, fn: Callable[[], None]) -> None:
    QTimer.singleShot(ms, fn)
