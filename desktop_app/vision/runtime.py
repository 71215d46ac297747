"""onnxruntime sessions as measured best, set up in one place.

The thread count is the caller's (settings ``detector.threads`` and
``recognition.embedder_threads``, 2 each by measurement); full graph optimisation. CUDA and
other execution providers are used when this onnxruntime build offers them. Intra-op threads
sleep between operators unless a session is made to spin: ``FasterOf`` runs a network alone on
a spinning and on a sleeping session and keeps to the one that is faster on this machine at
the moment (README, "Speed work").
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Protocol, TypeVar

import numpy as np
import onnxruntime as ort

from desktop_app.errors import ModelError

PREFERRED_PROVIDERS = (
    "CUDAExecutionProvider",
    "CoreMLExecutionProvider",
    "DmlExecutionProvider",
    "CPUExecutionProvider",
)


def session_options(threads: int = 1, *, spin: bool = False) -> ort.SessionOptions:
    """``spin``: intra-op threads wait for the next operator spinning, not sleeping, and stop
    spinning when a run ends (``session.force_spinning_stop``), so an idle session never
    takes a core from another one or from the camera and the GUI."""
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    so.add_session_config_entry("session.intra_op.allow_spinning", "1" if spin else "0")
    if spin:
        so.add_session_config_entry("session.force_spinning_stop", "1")
    so.add_session_config_entry("session.inter_op.allow_spinning", "0")
    so.log_severity_level = 3
    return so


T = TypeVar("T")
R = TypeVar("R")


class Workers:
    """One function over several items (a frame's faces, a room's tiles) on up to ``count``
    threads, results in the items' order. Each item runs a one-thread onnxruntime session
    (its runs release the GIL): on the 2-core machine two faces side by side cost less CPU
    than one face on two intra-op threads, whose ~100 operators each wake the second thread,
    and less than a batch, whose activations outgrow the cache (README, "Speed work").
    The threads start at the first call with more than one item; one item runs in the
    caller's thread."""

    def __init__(self, count: int) -> None:
        self.count = max(1, int(count))
        self._pool: ThreadPoolExecutor | None = None
        self._pid = 0  # the process the threads belong to (a forked child has none)
        self._lock = threading.Lock()

    def map(self, fn: Callable[[T], R], items: Sequence[T]) -> list[R]:
        if self.count == 1 or len(items) <= 1:
            return [fn(item) for item in items]
        with self._lock:
            if self._pool is None or self._pid != os.getpid():
                self._pool = ThreadPoolExecutor(self.count, thread_name_prefix="face-model")
                self._pid = os.getpid()
        return list(self._pool.map(fn, items))


class Runner(Protocol):
    """What runs a network: an onnxruntime session or a ``FasterOf``."""

    def run(self, output_names: list[str] | None, input_feed: dict[str, np.ndarray]) -> list: ...


class FasterOf:
    """Two sessions of one network with the same threads, one spinning, one sleeping between
    operators; they compute the same outputs. Each run goes to the one whose recent runs were
    faster; every ``TRY_EVERY``-th run goes to the other, so it follows the machine: on two
    idle cores spinning hands each of ~100 small operators to the second thread at once, but
    when another program keeps a core busy the spinning thread takes the time the first one
    needs (README, "Speed work")."""

    TRY_EVERY = 16
    WEIGHT = 0.5  # of a new run in a session's running mean

    def __init__(
        self, spinning: Runner, sleeping: Runner, clock: Callable[[], float] = time.perf_counter
    ) -> None:
        self.sessions = (spinning, sleeping)
        self.mean_ms: list[float | None] = [None, None]
        self.best = 0  # spinning until measured otherwise
        self.runs = 0
        self._clock = clock

    def run(self, output_names: list[str] | None, input_feed: dict[str, np.ndarray]) -> list:
        self.runs += 1
        pick = self.best if self.runs % self.TRY_EVERY else 1 - self.best
        t0 = self._clock()
        out = self.sessions[pick].run(output_names, input_feed)
        ms = (self._clock() - t0) * 1000
        last = self.mean_ms[pick]
        self.mean_ms[pick] = ms if last is None else last + self.WEIGHT * (ms - last)
        other = self.mean_ms[1 - pick]
        mine = self.mean_ms[pick]
        assert mine is not None
        self.best = pick if other is None or mine <= other else 1 - pick
        return out


class ModelSessions:
    """A network's sessions: one item (a frame, a face) runs alone on ``threads`` intra-op
    threads (``FasterOf`` spinning or not); several run side by side on one-thread sessions,
    ``threads`` at a time (``Workers``), each core keeping its own item (README, "Speed
    work")."""

    def __init__(
        self,
        model: Path | bytes,
        threads: int = 1,
        *,
        alone: ort.InferenceSession | None = None,
    ) -> None:
        """``alone``: an already loaded ``threads``-thread session of ``model`` to use."""
        sleeping = create_session(model, threads) if alone is None else alone
        self.alone: Runner = sleeping
        self.one_thread: Runner = sleeping
        if threads > 1:
            self.alone = FasterOf(create_session(model, threads, spin=True), sleeping)
            self.one_thread = create_session(model, 1)
        self.workers = Workers(threads)

    def map(self, fn: Callable[[Runner, T], R], items: Sequence[T]) -> list[R]:
        """``fn(session, item)`` for each item, results in the items' order."""
        if len(items) <= 1:
            return [fn(self.alone, item) for item in items]
        one = self.one_thread
        return self.workers.map(lambda item: fn(one, item), items)


def providers() -> list[str]:
    available = set(ort.get_available_providers())
    return [p for p in PREFERRED_PROVIDERS if p in available]


def create_session(
    model: Path | bytes, threads: int = 1, *, spin: bool = False
) -> ort.InferenceSession:
    src = str(model) if isinstance(model, Path) else model
    return ort.InferenceSession(
        src, sess_options=session_options(threads, spin=spin), providers=providers()
    )


def load_session(
    path: Path, threads: int, *, what: str, missing_fix: str, broken_fix: str | None = None
) -> ort.InferenceSession:
    """The session of a built model file; a missing or unloadable file is a ModelError that
    says what to do (``missing_fix``/``broken_fix``: "Rebuild it with: ...")."""
    if not path.is_file():
        raise ModelError(f"{what} {path} is missing. {missing_fix}")
    try:
        return create_session(path, threads=threads)
    except Exception as exc:  # onnxruntime raises its own (unexported) error types
        fix = f" {broken_fix}" if broken_fix else ""
        raise ModelError(f"{what} {path} cannot be loaded ({exc}).{fix}") from exc
