"""onnxruntime session options that measured best, set in one place.

Intra-op spinning is off (with spinning on, two sessions on two cores fight and latency
doubles); the thread count is the caller's (settings ``detector.threads`` and
``recognition.embedder_threads``, 2 each by measurement); full graph optimisation. CUDA and other
execution providers are used when this onnxruntime build offers them.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TypeVar

import onnxruntime as ort

from desktop_app.errors import ModelError

PREFERRED_PROVIDERS = (
    "CUDAExecutionProvider",
    "CoreMLExecutionProvider",
    "DmlExecutionProvider",
    "CPUExecutionProvider",
)


def session_options(threads: int = 1) -> ort.SessionOptions:
    so = ort.SessionOptions()
    so.intra_op_num_threads = threads
    so.inter_op_num_threads = 1
    so.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    so.add_session_config_entry("session.intra_op.allow_spinning", "0")
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


def providers() -> list[str]:
    available = set(ort.get_available_providers())
    return [p for p in PREFERRED_PROVIDERS if p in available]


def create_session(model: Path | bytes, threads: int = 1) -> ort.InferenceSession:
    src = str(model) if isinstance(model, Path) else model
    return ort.InferenceSession(src, sess_options=session_options(threads), providers=providers())


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
