"""The None/True/False guard against PySide6 6.12.0's reference leak (on Python 3.11)."""

from __future__ import annotations

import sys
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.ui import qtcompat
from desktop_app.ui.app import create_application


class Emitter(QObject):
    value = Signal(object)


def test_a_long_running_gui_cannot_drain_the_singletons(qtbot: Any) -> None:
    create_application()  # installs the guard where the binding needs it
    w = QWidget()
    qtbot.addWidget(w)
    e = Emitter()
    got: list[object] = []
    e.value.connect(got.append)
    before = {v: sys.getrefcount(v) for v in (None, True, False)}

    def work() -> None:
        for i in range(20_000):
            e.value.emit(i)

    t = threading.Thread(target=work)
    t.start()
    for _ in range(20_000):
        w.update()  # a void method: leaks a reference of None on the buggy binding
    t.join()
    qtbot.waitUntil(lambda: len(got) == 20_000, timeout=10_000)
    after = {v: sys.getrefcount(v) for v in (None, True, False)}
    if any(n > 0 for n in qtcompat.leaked_references().values()):
        assert qtcompat.guard_singletons()  # the bug is there: the guard must be on
        assert all(after[v] > 1 << 39 for v in (None, True, False))
    else:  # a fixed binding: nothing leaks, no guard needed
        assert all(abs(after[v] - before[v]) < 1000 for v in (None, True, False))


def test_cyclic_garbage_is_collected_on_the_gui_thread_only(qtbot: Any) -> None:
    """Cycles made and dropped on a worker thread are freed by the GUI thread's collector
    (a Qt wrapper freed on a worker thread crashed the process)."""
    import gc

    create_application()
    assert not gc.isenabled()
    freed_on: list[str] = []

    class Node:
        def __init__(self) -> None:
            self.me = self  # a cycle: only the cyclic GC frees it

        def __del__(self) -> None:
            freed_on.append(threading.current_thread().name)

    kept: list[list[int]] = []

    def work() -> None:
        for _ in range(50):
            Node()
        kept.extend([] for _ in range(5_000))  # far past gen-0's threshold: no GC here

    t = threading.Thread(target=work, name="worker")
    t.start()
    t.join()
    assert freed_on == []
    qtbot.waitUntil(lambda: len(freed_on) == 50, timeout=5_000)
    assert set(freed_on) == {threading.main_thread().name}
