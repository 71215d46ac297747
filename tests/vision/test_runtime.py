"""vision.runtime: a frame's faces side by side (Workers), answers in the faces' order; a
network alone on the faster of a spinning and a sleeping session (FasterOf)."""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from desktop_app.vision.runtime import FasterOf, ModelSessions, Workers, create_session


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


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0
        self.last: object = None  # the network that ran last

    def __call__(self) -> float:
        return self.now


class _Network:
    """Stands in for a session whose runs take ``ms`` a frame on the test's clock (the
    machine's speed is the input of ``FasterOf``'s choice, so the test sets it); its first
    run after the other session ran costs three times as much, as a real session's does."""

    def __init__(self, clock: _Clock, ms: float) -> None:
        self.clock, self.ms, self.runs = clock, ms, 0

    def run(self, output_names: list[str] | None, input_feed: dict[str, np.ndarray]) -> list:
        frames = len(next(iter(input_feed.values())))
        cold = 3.0 if self.clock.last is not self else 1.0
        self.clock.now += cold * self.ms * frames / 1000
        self.clock.last = self
        self.runs += 1
        return [np.zeros(1, np.float32)]


def test_the_faster_session_runs_and_the_choice_follows_the_machine() -> None:
    """Spinning is faster on idle cores and slower when another program keeps a core busy:
    most runs go to whichever is faster now (batches of any size compared per frame, a
    session's slow first run not held against it), and a change moves them over."""
    clock = _Clock()
    spinning, sleeping = _Network(clock, 4.0), _Network(clock, 6.0)
    faster = FasterOf(spinning, sleeping, clock=clock)
    tries = FasterOf.TRY_EVERY
    sizes = iter(range(10**6))

    def share_of_spinning(runs: int) -> float:
        before = spinning.runs
        for _ in range(runs):
            batch = 1 + next(sizes) % 16
            faster.run(None, {"input": np.zeros((batch, 3), np.float32)})
        return (spinning.runs - before) / runs

    share_of_spinning(4 * tries)
    assert share_of_spinning(8 * tries) >= 0.95  # idle: spinning; tries get rarer
    spinning.ms = 12.0  # another program took a core
    share_of_spinning(tries)
    assert share_of_spinning(8 * tries) <= 0.1
    spinning.ms = 4.0  # idle again: back within a few tries
    share_of_spinning(16 * tries)
    assert share_of_spinning(4 * tries) >= 0.95


def test_a_big_batch_does_not_make_its_session_look_slower() -> None:
    """A user's embedder runs batches of chips and single chips through one ``FasterOf``:
    the choice compares time per chip, not per run."""
    clock = _Clock()
    spinning, sleeping = _Network(clock, 4.0), _Network(clock, 6.0)
    faster = FasterOf(spinning, sleeping, clock=clock)
    for _ in range(FasterOf.TRY_EVERY - 1):
        faster.run(None, {"chips": np.zeros((16, 3), np.float32)})
    for _ in range(4 * FasterOf.TRY_EVERY):
        faster.run(None, {"chips": np.zeros((1, 3), np.float32)})
    assert faster.best == 0 and sleeping.runs <= 4  # two tries, and spinning stays


@pytest.mark.parametrize(
    "folder, file",
    [
        ("blazeface", "blazeface_short_range.onnx"),
        ("blazeface", "blazeface_full_range.onnx"),
        ("face_mesh", "face_mesh.onnx"),
        ("sface", "sface.onnx"),
    ],
)
def test_spinning_and_sleeping_sessions_compute_the_same(
    models_dir: Path, folder: str, file: str
) -> None:
    """Whichever session runs a frame alone, it gets the same boxes, points and descriptors
    (the same threads, only the waiting differs); several items side by side run on
    one-thread sessions, one item alone on the two-thread ones."""
    path = models_dir / folder / file
    sleeping = create_session(path, 2)
    inp = sleeping.get_inputs()[0]
    shape = [d if isinstance(d, int) else 1 for d in inp.shape]
    x = np.random.default_rng(0).random(shape, dtype=np.float32)
    if folder == "sface":
        x *= 255  # pixels 0..255
    expected = sleeping.run(None, {inp.name: x})
    sessions = ModelSessions(path, 2)
    for _ in range(3 * FasterOf.TRY_EVERY):  # both sessions get runs
        for a, b in zip(sessions.alone.run(None, {inp.name: x}), expected, strict=True):
            np.testing.assert_array_equal(a, b)
    alone = sessions.alone
    assert isinstance(alone, FasterOf) and min(s.runs for s in [alone]) > 0
    assert all(s.get_session_options().intra_op_num_threads == 2 for s in alone.sessions)
    used: list[object] = []
    sessions.map(lambda s, _: used.append(s), [0])
    sessions.map(lambda s, _: used.append(s), [1, 2, 3])
    assert used[0] is alone
    assert all(s.get_session_options().intra_op_num_threads == 1 for s in used[1:])  # type: ignore[attr-defined]


def test_a_room_scan_runs_its_passes_on_one_thread_each_and_a_kiosk_frame_on_two(
    models_dir: Path,
) -> None:
    """The room scan's passes (short range on the frame, full range on each tile) run side
    by side: each on a one-thread session, or the two threads of each would fight for the
    two cores. A kiosk frame (one pass) runs alone on the two-thread sessions."""
    from desktop_app.config import Settings
    from desktop_app.modelzoo.registry import ModelZoo, build_pipeline

    class Counted:
        def __init__(self, session: Any, threads: int, seen: list[int]) -> None:
            self.session, self.threads, self.seen = session, threads, seen

        def run(self, output_names: Any, input_feed: Any) -> Any:
            self.seen.append(self.threads)
            return self.session.run(output_names, input_feed)

    frame = np.zeros((480, 640, 3), np.uint8)
    for scene, expected in (("room", {1}), ("kiosk", {2})):
        pipe = build_pipeline(Settings(), ModelZoo(models_dir), scene=scene)  # type: ignore[arg-type]
        seen: list[int] = []
        for model in {*pipe.detector.models, pipe.detector.tiled} - {None}:
            s = model.sessions  # type: ignore[union-attr]
            s._one = Counted(s.one_thread, 1, seen)
            s._alone = Counted(s.alone, 2, seen)
        pipe.detect_frame(frame)
        assert set(seen) == expected, scene
        assert len(seen) == (3 if scene == "room" else 1)  # the frame and its 2 tiles
