"""A camera that misbehaves: stalls, empty frames, a resolution change, unplugged, back.

``FaultyDevice`` stands in for the camera *driver* (``cv2.VideoCapture``) under the real
``FrameSource`` (its reconnect/backoff logic runs unchanged), the real ``FrameRunner`` and
``LiveView``, and optionally the real ``Recognizer``. Shared by
``tests/reliability/test_camera_faults.py`` and the benchmark below, which measures the
longest GUI event-loop stall with a 10 ms ``QTimer`` probe:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/reliability/camera_faults.py \\
        [--models DIR] [--json out.json]
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from typing import Any

import cv2
import numpy as np

ALL_PHASES = (
    # (name, frames, (height, width) or None for empty frames, stall seconds before it)
    ("normal 640x480", 25, (480, 640), 0.0),
    ("stall 1.5 s", 5, (480, 640), 1.5),
    ("empty frames", 10, None, 0.0),
    ("resolution 1280x720", 25, (720, 1280), 0.0),
    ("unplugged", 0, None, 0.0),  # reads fail, then opening fails for ``unplugged_s``
    ("back at 320x240", 10**9, (240, 320), 0.0),
)
# Without the empty frames: a 0x0 frame used to crash LiveView (SIGSEGV), so the tests run
# that phase in a subprocess where a regression cannot take the test run down.
PHASES = tuple(p for p in ALL_PHASES if p[0] != "empty frames")
EMPTY_ONLY = (ALL_PHASES[0], ALL_PHASES[2], ("back at 320x240", 10**9, (240, 320), 0.0))


def astronaut_frame(height: int, width: int) -> np.ndarray:
    from skimage import data

    img = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    side = min(height, width)
    face = cv2.resize(img, (side, side))
    out = np.full((height, width, 3), 90, np.uint8)
    x = (width - side) // 2
    out[:, x : x + side] = face[:height]
    return out


@dataclass
class FaultyDevice:
    """The scripted camera: ``capture()`` returns a ``cv2.VideoCapture`` look-alike."""

    phases: tuple[Any, ...] = PHASES
    fps: float = 30.0
    unplugged_s: float = 2.5
    phase: str = ""
    log: list[tuple[float, str]] = field(default_factory=list)
    opens: int = 0
    failed_opens: int = 0
    _i: int = 0
    _phase_i: int = 0
    _unplugged_at: float | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    # driver calls (open, read) made on the GUI (main) thread: a blocking driver there
    # freezes the window; the (start, end) perf_counter times of each scripted stall
    on_gui_thread: int = 0
    stalls: list[tuple[float, float]] = field(default_factory=list)

    def _called(self) -> None:
        if threading.current_thread() is threading.main_thread():
            self.on_gui_thread += 1

    def _enter(self, name: str) -> None:
        if name != self.phase:
            self.phase = name
            self.log.append((time.monotonic(), name))

    def capture(self, *_args: Any) -> Any:
        device = self

        class Capture:
            def __init__(self) -> None:
                device._called()
                with device._lock:
                    device.opens += 1
                    self.ok = device._plugged()
                    if not self.ok:
                        device.failed_opens += 1

            def isOpened(self) -> bool:
                return self.ok

            def set(self, *_a: Any) -> bool:
                return True

            def get(self, *_a: Any) -> float:
                return device.fps

            def release(self) -> None:
                self.ok = False

            def read(self) -> tuple[bool, np.ndarray | None]:
                return device._read() if self.ok else (False, None)

        return Capture()

    def _plugged(self) -> bool:
        if self._unplugged_at is None:
            return True
        return time.monotonic() - self._unplugged_at > self.unplugged_s

    def _read(self) -> tuple[bool, np.ndarray | None]:
        self._called()
        time.sleep(1.0 / self.fps)
        with self._lock:
            name, count, size, stall = self.phases[self._phase_i]
            if name == "unplugged":
                if self._unplugged_at is None:
                    self._unplugged_at = time.monotonic()
                    self._enter(name)
                if not self._plugged():
                    return False, None
                self._phase_i += 1
                self._i = 0
                name, count, size, stall = self.phases[self._phase_i]
            self._enter(name)
            first = self._i == 0
            self._i += 1
            if self._i >= count:
                self._phase_i += 1
                self._i = 0
        if first and stall:
            start = time.perf_counter()
            time.sleep(stall)
            self.stalls.append((start, time.perf_counter()))
        if size is None:
            return True, np.empty((0, 0, 3), np.uint8)
        return True, astronaut_frame(*size)


def run_gui_session(
    qtbot: Any,
    process: Any = None,
    *,
    until_s: float = 30.0,
    probe_ms: int = 10,
    phases: tuple[Any, ...] = PHASES,
) -> dict[str, Any]:
    """Drive FrameSource -> FrameRunner -> LiveView through every phase; returns what the
    user saw and the event-loop stalls measured by a ``probe_ms`` QTimer."""
    from unittest import mock

    from PySide6.QtCore import QTimer

    from desktop_app.ui.live_view import LiveView
    from desktop_app.ui.workers import FrameRunner
    from desktop_app.vision.frames import FrameSource

    device = FaultyDevice(phases)
    seen: dict[str, Any] = {
        "messages": [],
        "sizes": set(),
        "results": [],
        "failures": [],
        "states": [],
    }
    with mock.patch("desktop_app.vision.frames.cv2.VideoCapture", device.capture):
        runner = FrameRunner(lambda: FrameSource("0", max_backoff=1.0), process)
        view = LiveView()
        if qtbot is not None:
            qtbot.addWidget(view)
        view.resize(640, 480)
        view.attach(runner)
        runner.source_state.connect(lambda s, m: seen["states"].append((s, m)))
        runner.processed.connect(lambda p: seen["results"].append((p.frame.image_bgr.shape, p)))
        runner.process_failed.connect(lambda e: seen["failures"].append(repr(e)))
        view.show()
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(probe_ms)

        def tick() -> None:
            ticks.append(time.perf_counter())
            if view.message():
                seen["messages"].append(view.message())
            img = view.current_image()
            if img is not None:
                seen["sizes"].add(img.shape[:2])

        timer.timeout.connect(tick)
        timer.start()
        runner.start()
        from PySide6.QtWidgets import QApplication

        app = QApplication.instance()
        end = time.monotonic() + until_s
        back = False
        painted_before_loss = 0
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.002)
            if device.phase == "unplugged" and not painted_before_loss:
                painted_before_loss = view.frames_painted
            if device.phase.startswith("back") and (view.message() == "" or back):
                if not back:
                    back = True
                    painted_at_back = view.frames_painted
                if view.frames_painted > painted_at_back + 5 and (
                    process is None or any(s[0][:2] == (240, 320) for s in seen["results"])
                ):
                    break
        timer.stop()
        runner.stop(timeout=3.0)
    gaps = np.diff(ticks) if len(ticks) > 1 else np.zeros(1)
    during = [sum(1 for t in ticks if a < t < b) for a, b in device.stalls]
    return {
        "phases": [name for _, name in device.log],
        "recovered": back,
        "frames_painted": view.frames_painted,
        "painted_before_loss": painted_before_loss,
        "opens": device.opens,
        "failed_opens": device.failed_opens,
        "messages": sorted(set(seen["messages"])),
        "sizes_shown": sorted(seen["sizes"]),
        "results": seen["results"],
        "process_failures": seen["failures"],
        "states": seen["states"],
        "driver_calls_on_gui_thread": device.on_gui_thread,
        "ticks_during_driver_stalls": during,
        "max_stall_ms": float(gaps.max() * 1000),
        "p99_gap_ms": float(np.percentile(gaps, 99) * 1000),
        "probe_ticks": len(ticks),
    }


def main() -> int:
    import argparse
    import json
    import os
    import sys
    import tempfile
    from pathlib import Path

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    repo = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(repo))
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", type=Path)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--phases", choices=["all", "no-empty", "empty-only"], default="no-empty")
    args = ap.parse_args()
    phases = {"all": ALL_PHASES, "no-empty": PHASES, "empty-only": EMPTY_ONLY}[args.phases]
    from desktop_app.ui.app import create_application

    create_application()
    out: dict[str, Any] = {}
    rep = run_gui_session(None, phases=phases)
    out["display_only"] = {k: v for k, v in rep.items() if k not in ("results", "states")}
    if args.models:
        from desktop_app.config import load_settings
        from desktop_app.context import AppContext

        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp)
            (root / "data").mkdir()
            (root / "data" / "models").symlink_to(args.models.resolve())
            (root / "e.toml").touch()
            ctx = AppContext(load_settings(root / "e.toml", environ={}, data_dir=root / "data"))
            ctx.enrollment.enroll("Eileen Collins", [astronaut_frame(480, 640)], consent=True)
            rep = run_gui_session(None, ctx.recognizer.process_frame, until_s=60, phases=phases)
            named = {
                shape[:2]: sorted({f.match.name for f in p.result.faces if f.match.known})
                for shape, p in rep["results"]
            }
            out["with_recognizer"] = {
                **{k: v for k, v in rep.items() if k not in ("results", "states")},
                "recognised_per_resolution": {f"{h}x{w}": n for (h, w), n in named.items()},
            }
            ctx.close()
    print(json.dumps(out, indent=2, default=str))
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
