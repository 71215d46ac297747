"""The frame runner: a capture thread and an inference worker, newest frame wins.

- The capture thread reads the source as fast as it delivers and keeps ONLY the newest frame in
  a one-slot mailbox; it never waits for inference. The GUI is told "a new frame is there" at
  most once until it has taken it, so a slow GUI never builds a queue of stale frames.
- The inference worker takes the newest frame, runs ``process(frame) -> result`` (recognition,
  attendance) and posts the result; frames that arrived meanwhile are skipped, never queued.
- Everything reaches the GUI by Qt signals (queued across threads); the GUI thread only paints.
  A source that blocks (a camera timing out, a slow network stream) or a model that builds on
  first use blocks its own thread, never the window.

Nothing here knows about the main window: the kiosk reuses ``FrameRunner`` and ``LiveView``.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from PySide6.QtCore import QObject, Signal

from desktop_app.errors import CameraUnavailable
from desktop_app.i18n import translate
from desktop_app.vision.frames import CameraLost, FrameReader

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Frame:
    image_bgr: np.ndarray  # (H, W, 3) uint8
    index: int
    at: float  # time.monotonic() when captured


@dataclass(frozen=True)
class Processed:
    """What the inference worker posts: the frame it used and what ``process`` returned."""

    frame: Frame
    result: Any
    elapsed_ms: float
    skipped: int  # frames captured since the previous processed one that were dropped


class RateMeter:
    """Events per second over a sliding window (thread-safe enough for a status bar)."""

    def __init__(self, window_s: float = 2.0) -> None:
        self.window_s = window_s
        self._times: deque[float] = deque()

    def tick(self, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        self._times.append(now)
        while self._times and now - self._times[0] > self.window_s:
            self._times.popleft()

    def rate(self, now: float | None = None) -> float:
        now = time.monotonic() if now is None else now
        while self._times and now - self._times[0] > self.window_s:
            self._times.popleft()
        if len(self._times) < 2:
            return 0.0
        span = now - self._times[0]
        return (len(self._times) - 1) / span if span > 0 else 0.0


class FrameRunner(QObject):
    """Runs a source and an optional processor on two threads; talks to the GUI by signals.

    Signals:
    - ``frame_ready()``: a new frame is in the mailbox; take it with :meth:`take_frame`.
    - ``processed(Processed)``: a result of ``process`` for some recent frame.
    - ``source_state(str state, str message)``: ``"running"``, ``"connecting"``,
      ``"lost"`` (message says what to do, and when the next retry is), ``"ended"``.
    - ``process_failed(object exc)``: ``process`` raised (the worker keeps going).
    """

    frame_ready = Signal()
    processed = Signal(object)
    source_state = Signal(str, str)
    process_failed = Signal(object)

    def __init__(
        self,
        source_factory: Callable[[], FrameReader],
        process: Callable[[np.ndarray], Any] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source_factory = source_factory
        self._process = process
        self._stop = threading.Event()
        self._cond = threading.Condition()
        self._latest: Frame | None = None
        self._gui_pending = False
        self._capture_thread: threading.Thread | None = None
        self._infer_thread: threading.Thread | None = None
        self._stopping: list[threading.Thread] = []  # asked to stop, maybe still in a frame
        self.capture_rate = RateMeter()
        self.process_rate = RateMeter()
        self.last_process_ms = 0.0
        self.state = "stopped"
        self.description = ""

    # ---- control -------------------------------------------------------------------------
    def start(self) -> None:
        if self.running:
            return
        # A fresh stop event per run: a thread of an earlier run that is still stuck in a
        # driver call keeps its own (set) event and exits as soon as it returns.
        self._stop = threading.Event()
        self._latest, self._gui_pending = None, False
        self._capture_thread = threading.Thread(
            target=self._capture_loop, args=(self._stop,), name="frame-capture", daemon=True
        )
        self._capture_thread.start()
        self._infer_thread = threading.Thread(
            target=self._infer_loop, args=(self._stop,), name="frame-inference", daemon=True
        )
        self._infer_thread.start()

    @property
    def running(self) -> bool:
        return self._capture_thread is not None and self._capture_thread.is_alive()

    def stop(self, timeout: float = 2.0) -> None:
        """Ask both threads to stop and wait up to ``timeout``; a thread stuck inside a driver
        call is left to finish on its own (daemon) so the window can always close."""
        self._stop.set()
        with self._cond:
            self._cond.notify_all()
        for t in (self._capture_thread, self._infer_thread):
            if t is not None and t is not threading.current_thread():
                self._stopping.append(t)
                t.join(timeout)
                if t.is_alive():
                    log.warning("%s did not stop within %.1f s; leaving it", t.name, timeout)
        self._capture_thread = self._infer_thread = None
        self._set_state("stopped", "")

    def wait_stopped(self, timeout: float) -> bool:
        """After ``stop``: wait (off the GUI thread) until no thread of this runner is still
        inside a frame; False if one is after ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        for t in self._stopping:
            t.join(max(0.0, deadline - time.monotonic()))
        self._stopping = [t for t in self._stopping if t.is_alive()]
        return not self._stopping

    def set_process(self, process: Callable[[np.ndarray], Any] | None) -> None:
        """Swap the processor (e.g. once the recognizer is ready); takes effect next frame."""
        self._process = process
        with self._cond:
            self._cond.notify_all()

    def take_frame(self) -> Frame | None:
        """The newest frame (GUI thread); re-arms ``frame_ready``."""
        with self._cond:
            self._gui_pending = False
            return self._latest

    def latest_frame(self) -> Frame | None:
        with self._cond:
            return self._latest

    # ---- threads -------------------------------------------------------------------------
    def _set_state(self, state: str, message: str, stop: threading.Event | None = None) -> None:
        if stop is not None and stop.is_set():
            return
        if state != self.state or state == "lost":
            self.state = state
            self.source_state.emit(state, message)

    def _capture_loop(self, stop: threading.Event) -> None:
        self._set_state("connecting", translate("Camera", "Connecting to the camera..."), stop)
        try:
            source = self._source_factory()
        except CameraUnavailable as exc:
            self._set_state("lost", str(exc), stop)
            return
        except Exception as exc:  # pragma: no cover - a programming error in the factory
            log.exception("cannot create the frame source")
            message = translate("Camera", "Cannot open the source: {error}").format(error=exc)
            self._set_state("lost", message, stop)
            return
        self.description = getattr(source, "description", "")
        index = 0
        try:
            while not stop.is_set():
                try:
                    image = source.read()
                except CameraLost as exc:
                    wait_s = math.ceil(max(exc.retry_in, 1.0))
                    message = translate("Camera", "{problem} Reconnecting in {seconds} s...")
                    self._set_state("lost", message.format(problem=exc, seconds=wait_s), stop)
                    stop.wait(min(max(exc.retry_in, 0.05), 1.0))
                    continue
                except CameraUnavailable as exc:
                    self._set_state("lost", str(exc), stop)
                    stop.wait(1.0)
                    continue
                if image is None:
                    if getattr(source, "ended", False):
                        self._set_state("ended", translate("Camera", "The video has ended."), stop)
                        break
                    stop.wait(0.01)
                    continue
                if stop.is_set():
                    break
                index += 1
                frame = Frame(image, index, time.monotonic())
                self.capture_rate.tick(frame.at)
                with self._cond:
                    self._latest = frame
                    notify_gui = not self._gui_pending
                    self._gui_pending = True
                    self._cond.notify_all()
                self._set_state("running", "", stop)
                if notify_gui:
                    self.frame_ready.emit()
        finally:
            try:
                source.close()
            except Exception:  # pragma: no cover
                log.exception("closing the frame source failed")

    def _infer_loop(self, stop: threading.Event) -> None:
        last_index = 0
        while not stop.is_set():
            with self._cond:
                while not stop.is_set() and (
                    self._latest is None
                    or self._latest.index == last_index
                    or self._process is None
                ):
                    self._cond.wait(0.2)
                if stop.is_set():
                    return
                frame = self._latest
            process = self._process
            if frame is None or process is None:
                continue
            skipped = max(0, frame.index - last_index - 1) if last_index else 0
            last_index = frame.index
            t0 = time.perf_counter()
            try:
                result = process(frame.image_bgr)
            except Exception as exc:
                log.warning("frame processing failed: %s", exc, exc_info=True)
                self.process_failed.emit(exc)
                stop.wait(0.5)
                continue
            elapsed = (time.perf_counter() - t0) * 1000.0
            self.last_process_ms = elapsed
            self.process_rate.tick()
            if not stop.is_set():
                self.processed.emit(Processed(frame, result, elapsed, skipped))
