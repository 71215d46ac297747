"""onnxruntime sessions as measured best, set up in one place.

The thread count is the caller's (settings ``detector.threads`` and
``recognition.embedder_threads``, 2 each by measurement); full graph optimisation. CUDA and
other execution providers are used when this onnxruntime build offers them. Intra-op threads
sleep between operators unless a session is made to spin: ``FasterOf`` runs a network alone on
a spinning and on a sleeping session and keeps to the one that is faster on this machine at
the moment (docs/speed.md).
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
    and less than a batch, whose activations outgrow the cache (docs/speed.md).
    The threads start at the first call with more than one item; one item runs in the
    caller's thread (on a session of its own threads: ``ModelSessions``)."""

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
    operators; they compute the same outputs. Runs go to the one that was faster per item
    (its runs' running mean); now and then a try runs the other twice in a row and takes over
    when faster. A session's first run after the other's is slow (its threads and caches
    went cold) and counts for neither.
    A try that loses waits twice as long for the next (``TRY_EVERY`` up to ``TRY_AT_MOST``
    runs), so a steady machine pays almost nothing for it. So it follows the machine: on two
    idle cores spinning hands each of ~100 small operators to the second thread at once, but
    when another program keeps a core busy the spinning thread takes the time the first one
    needs, and the sleeping one takes over as soon as the spinning one's mean passes it
    (docs/speed.md)."""

    TRY_EVERY = 16
    TRY_AT_MOST = 512
    WEIGHT = 0.5  # of a new run in a session's running mean

    def __init__(
        self, spinning: Runner, sleeping: Runner, clock: Callable[[], float] = time.perf_counter
    ) -> None:
        self.sessions = (spinning, sleeping)
        self.mean_ms: list[float | None] = [None, None]  # per item (a batch's first axis)
        self.best = 0  # spinning until measured otherwise
        self.runs = 0
        self.interval = self.TRY_EVERY
        self.next_try = self.TRY_EVERY
        self._trying = 0  # runs left in the try under way
        self._last = 0  # the session that ran last
        self._clock = clock
        self._lock = threading.Lock()  # the bookkeeping only; runs may overlap

    def run(self, output_names: list[str] | None, input_feed: dict[str, np.ndarray]) -> list:
        with self._lock:
            self.runs += 1
            if not self._trying and self.runs >= self.next_try:
                self._trying = 2
            pick = 1 - self.best if self._trying else self.best
        t0 = self._clock()
        out = self.sessions[pick].run(output_names, input_feed)
        items = max(1, len(next(iter(input_feed.values()), ())))
        ms = (self._clock() - t0) * 1000 / items
        with self._lock:
            self._note(pick, ms)
        return out

    def _note(self, pick: int, ms: float) -> None:
        cold, self._last = pick != self._last, pick  # a session's first run after the other's
        if pick != self.best:  # a run of a try
            self._trying = max(0, self._trying - 1)
            if self._trying:  # its first run warms the session up: not counted
                return
            self.mean_ms[pick] = ms
            best = self.mean_ms[self.best]
            if best is None or ms < best:
                self.best, self.interval = pick, self.TRY_EVERY
            else:
                self.interval = min(2 * self.interval, self.TRY_AT_MOST)
            self.next_try = self.runs + self.interval
            return
        if cold:  # back after a try: slow once, whichever session it is
            return
        last = self.mean_ms[pick]
        mine = ms if last is None else last + self.WEIGHT * (ms - last)
        self.mean_ms[pick] = mine
        other = self.mean_ms[1 - pick]
        if other is not None and mine > other:  # the machine changed: the other takes over
            self.best, self.interval = 1 - pick, self.TRY_EVERY
            self.next_try = self.runs + self.interval


class ModelSessions:
    """A network's sessions: one item (a frame, a face) runs alone on ``threads`` intra-op
    threads (``FasterOf`` spinning or not); several run side by side on one-thread sessions,
    ``threads`` at a time (``Workers``), each core keeping its own item (README, "Speed
    work"). The spinning and the one-thread sessions are loaded when first needed (a user's
    embedder that only ever runs batches never loads a one-thread copy)."""

    def __init__(
        self,
        model: Path | bytes,
        threads: int = 1,
        *,
        alone: ort.InferenceSession | None = None,
    ) -> None:
        """``alone``: an already loaded ``threads``-thread session of ``model`` to use."""
        self._model, self.threads = model, threads
        self._sleeping = create_session(model, threads) if alone is None else alone
        self._alone: Runner | None = self._sleeping if threads == 1 else None
        self._one: Runner | None = self._sleeping if threads == 1 else None
        self._lock = threading.Lock()
        self.workers = Workers(threads)

    @property
    def alone(self) -> Runner:
        """One item on ``threads`` threads."""
        if self._alone is None:
            with self._lock:
                if self._alone is None:
                    spinning = create_session(self._model, self.threads, spin=True)
                    self._alone = FasterOf(spinning, self._sleeping)
        return self._alone

    @property
    def one_thread(self) -> Runner:
        """One of several items running side by side."""
        if self._one is None:
            with self._lock:
                if self._one is None:
                    self._one = create_session(self._model, 1)
        return self._one

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
