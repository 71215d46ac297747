"""Work-around for a reference-count bug of the installed Qt binding, in one place.

PySide6 6.12.0 on Python 3.11 returns ``None`` from every void method (``update()``,
``setPen()``, ``setText()`` ...) and ``True``/``False`` from ``Signal.emit()`` without taking
a reference. Python 3.12+ makes these singletons immortal, so the bug is invisible there; on
3.11 each call removes one reference, and a GUI that paints 30 frames a second drives
``None``'s count to zero within minutes: CPython then aborts ("none_dealloc: deallocating
None"), at exit or, in a kiosk running for days, at any moment.

:func:`guard_singletons` measures whether the running binding has the bug and, only if it
does, gives ``None``, ``True`` and ``False`` a reference count so large (2**40) that the
leak cannot reach zero in centuries: what Python 3.12 does for every interpreter. It is
called once by ``ui.app.create_application``. Remove it once PySide6 is fixed.
"""

from __future__ import annotations

import ctypes
import gc
import logging
import sys

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

_BOOST = 1 << 40
_guarded = False


class _Probe(QObject):
    ping = Signal()


def leaked_references(n: int = 64) -> dict[str, int]:
    """References of None/True/False lost by ``n`` void calls and ``n`` emits (0 = no bug)."""
    probe = _Probe()
    singletons = {"None": None, "True": True, "False": False}
    before = {k: sys.getrefcount(v) for k, v in singletons.items()}
    for _ in range(n):
        probe.setObjectName("probe")  # a void method
        probe.ping.emit()
    return {k: before[k] - sys.getrefcount(v) for k, v in singletons.items()}


def guard_singletons() -> bool:
    """Protect None/True/False from the binding's leak; True if the guard was needed."""
    global _guarded
    if _guarded:
        return True
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False  # immortal singletons: nothing to protect
    lost = leaked_references()
    if not any(v > 0 for v in lost.values()):
        return False
    for obj in (None, True, False):
        # ob_refcnt is the first field of every CPython object (Py_ssize_t).
        ctypes.c_ssize_t.from_address(id(obj)).value += _BOOST
    _guarded = True
    log.info("PySide6 reference leak detected (%s): None/True/False guarded", lost)
    return True


# ---- garbage collection on the GUI thread only ---------------------------------------------
# Python's cyclic GC runs on whichever thread happens to allocate when a threshold is crossed:
# a pool or capture thread. If that collection frees a Qt wrapper caught in a reference cycle,
# Qt destroys the C++ object on the wrong thread and the process dies (SIGSEGV, seen in the
# GUI tests about one run in four). As Anki does, the automatic GC is switched off while a
# QApplication runs and a timer on the GUI thread collects by the same thresholds instead.
GC_INTERVAL_MS = 500


class _GuiThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        from PySide6.QtCore import QTimer

        super().__init__(parent)
        self.threshold = gc.get_threshold()
        self.timer = QTimer(self)
        self.timer.setInterval(GC_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> int:
        """Collect the generations whose counts passed their thresholds; objects freed."""
        c0, c1, c2 = gc.get_count()
        t0, t1, t2 = self.threshold
        if c0 <= t0:
            return 0
        if c1 > t1:
            return gc.collect(2 if c2 > t2 else 1)
        return gc.collect(0)


_collector: _GuiThreadCollector | None = None


def collect_garbage_on_gui_thread(app: QObject) -> None:
    """Turn off the automatic GC and collect from a GUI-thread timer instead (idempotent)."""
    global _collector
    if _collector is not None:
        return
    gc.disable()
    _collector = _GuiThreadCollector(app)
    log.debug("cyclic GC runs on the GUI thread every %d ms", GC_INTERVAL_MS)
