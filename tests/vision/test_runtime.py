"""vision.runtime.Workers: a frame's faces side by side, answers in the faces' order."""

from __future__ import annotations

import os
import sys
import threading
import time

import pytest

from desktop_app.vision.runtime import Workers


def test_items_run_on_several_threads_and_come_back_in_order() -> None:
    workers = Workers(2)
    threads: set[str] = set()

    def slow_square(x: int) -> int:
        threads.add(threading.current_thread().name)
        time.sleep(0.02 if x == 0 else 0.0)  # the first item finishes last
        return x * x

    assert workers.map(slow_square, list(range(6))) == [0, 1, 4, 9, 16, 25]
    assert any(name.startswith("face-model") for name in threads)
    assert Workers(1).map(slow_square, [3, 4]) == [9, 16]
    assert workers.map(slow_square, []) == []


def test_an_error_in_one_item_reaches_the_caller() -> None:
    def fail_on_two(x: int) -> int:
        if x == 2:
            raise ValueError("bad face")
        return x

    with pytest.raises(ValueError, match="bad face"):
        Workers(2).map(fail_on_two, [1, 2, 3])


@pytest.mark.skipif(sys.platform == "win32", reason="no fork on Windows")
def test_a_forked_child_gets_threads_of_its_own() -> None:
    """A process forked after the threads started has none of them: it must not wait on
    them forever (the crash-test harness forks workers)."""
    workers = Workers(2)

    def slow_abs(x: int) -> int:
        time.sleep(0.05)  # both threads start and both end idle
        return abs(x)

    assert workers.map(slow_abs, [-1, -2, -3, -4]) == [1, 2, 3, 4]
    pid = os.fork()
    if pid == 0:  # child: exit 0 only if the map finishes
        ok = workers.map(abs, [-3, -4]) == [3, 4]
        os._exit(0 if ok else 1)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert os.waitstatus_to_exitcode(status) == 0
            return
        time.sleep(0.05)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    pytest.fail("the forked child hung on its parent's threads")
