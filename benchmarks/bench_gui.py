"""GUI speed with 3 faces in view at 640x480: display FPS, recognition rate, UI stalls.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_gui.py [--seconds 20]
        [--models-dir DIR] [--json OUT.json] [--no-recognition]

Runs the real main window on a 30 fps 640x480 video (written to a temp dir) that shows the
public-domain astronaut photo (scikit-image) three times, enrolled once, so all three faces
are recognised. Reports:

- ``display_fps``: frames the live view painted per second (target >= 25);
- ``recognition_fps``: frames the inference worker processed per second (it always takes
  the newest frame; the rest are dropped, reported as ``dropped_per_processed``);
- ``inference_ms`` median / p95 per processed frame (detect + align + embed + match + marks);
- ``stall_ms``: event-loop stalls measured by a 5 ms QTimer probe: the max and p99 lateness
  of its ticks, and how many were late by more than 50 ms (target: none).

Not a test: numbers depend on the machine and what else runs on it.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.config import load_settings  # noqa: E402
from desktop_app.context import AppContext  # noqa: E402


def astronaut_bgr() -> np.ndarray:
    from skimage import data

    return cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)


def three_face_video(path: Path, seconds: float = 6.0, fps: float = 30.0) -> Path:
    """640x480, three copies of the astronaut's head and shoulders, drifting slowly."""
    head = cv2.resize(astronaut_bgr()[0:300, 110:350], (180, 225))  # ~90 px faces
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (640, 480))
    n = int(seconds * fps)
    for i in range(n):
        frame = np.full((480, 640, 3), 50, np.uint8)
        dx = int(6 * np.sin(2 * np.pi * i / n))
        for k, x in enumerate((20, 230, 440)):
            y = 120 + 10 * k
            frame[y : y + 225, x + dx : x + dx + 180] = head
        writer.write(frame)
    writer.release()
    return path


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(values, q)) if values else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=20.0, help="measured time")
    ap.add_argument("--warmup", type=float, default=3.0)
    ap.add_argument("--models-dir", type=Path, help="prebuilt models folder to reuse")
    ap.add_argument("--no-recognition", action="store_true")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--switch-interval", type=float, help="override sys.setswitchinterval (s)")
    args = ap.parse_args(argv)

    from PySide6.QtCore import QElapsedTimer, QTimer

    from desktop_app.ui import ops
    from desktop_app.ui.app import create_application
    from desktop_app.ui.main_window import MainWindow

    app = create_application()
    if args.switch_interval:
        sys.setswitchinterval(args.switch_interval)
    tmp = Path(tempfile.mkdtemp(prefix="fa-bench-gui-"))
    (tmp / "settings.toml").touch()
    data_dir = tmp / "data"
    data_dir.mkdir()
    if args.models_dir:
        (data_dir / "models").symlink_to(args.models_dir.resolve())
    settings = load_settings(
        config_file=tmp / "settings.toml",
        environ={},
        data_dir=data_dir,
        privacy={"key_store": "file", "key_dir": tmp / "keys"},  # never the user's keyring
    )
    ctx = AppContext(settings)
    video = three_face_video(tmp / "three_faces.avi")
    recognition = not args.no_recognition
    if recognition:
        for name in ctx.models.names():
            ctx.models.ensure(name)
        ctx.enrollment.enroll("Eileen Collins", [astronaut_bgr()], consent=True, consent_by="bench")

    win = MainWindow(
        ctx,
        source=str(video),
        config_file=tmp / "settings.toml",
        interactive=False,
        recognition=recognition,
    )
    win.resize(1366, 768)
    win.show()
    win.start()

    def pump_until(pred: object, timeout: float) -> bool:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            app.processEvents()
            if pred():  # type: ignore[operator]
                return True
            time.sleep(0.005)
        return False

    if recognition and not pump_until(lambda: win.recognition_ready, 300):
        print("recognition did not come up", file=sys.stderr)
        return 1
    pump_until(lambda: False, args.warmup)

    processed: list[object] = []
    win.runner.processed.connect(processed.append)
    view = win.live_page.view
    ticks: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    probe = QTimer()
    probe.setInterval(5)
    probe.timeout.connect(lambda: ticks.append(clock.nsecsElapsed() / 1e6))
    painted0, shown0, captured0 = view.frames_painted, view.frames_shown, 0
    t0 = time.monotonic()
    probe.start()
    app_deadline = t0 + args.seconds
    while time.monotonic() < app_deadline:
        app.processEvents()
        time.sleep(0.001)
    probe.stop()
    elapsed = time.monotonic() - t0
    painted = view.frames_painted - painted0
    shown = view.frames_shown - shown0
    del captured0

    late = [max(0.0, b - a - 5.0) for a, b in itertools.pairwise(ticks)]
    inference = [p.elapsed_ms for p in processed]  # type: ignore[attr-defined]
    faces = [len(getattr(p.result.frame_result, "faces", [])) for p in processed]  # type: ignore[attr-defined]
    names = sorted(
        {
            f.match.name
            for p in processed
            for f in p.result.frame_result.faces  # type: ignore[attr-defined]
            if f.match.name
        }
    )
    result = {
        "seconds": round(elapsed, 2),
        "video": "640x480 @ 30 fps, 3 faces (astronaut x3)",
        "recognition": recognition,
        "display_fps": round(painted / elapsed, 1),
        "frames_to_view_per_s": round(shown / elapsed, 1),
        "recognition_fps": round(len(processed) / elapsed, 2),
        "dropped_per_processed": round(statistics.mean([p.skipped for p in processed]), 2)
        if processed
        else None,  # type: ignore[attr-defined]
        "inference_ms_median": round(percentile(inference, 50), 1),
        "inference_ms_p95": round(percentile(inference, 95), 1),
        "faces_per_processed_frame_median": float(np.median(faces)) if faces else 0.0,
        "recognised_names": names,
        "stall_ms_max": round(max(late) if late else 0.0, 1),
        "stall_ms_p99": round(percentile(late, 99), 1),
        "stalls_over_50ms": int(sum(1 for v in late if v > 50.0)),
        "probe_ticks": len(ticks),
        "cpu_count": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "switch_interval_s": sys.getswitchinterval(),
    }
    probe.timeout.disconnect()
    win.runner.processed.disconnect(processed.append)
    win.close()
    win.shutdown()
    while ops.pending():
        app.processEvents()
        time.sleep(0.01)
    win.deleteLater()
    probe.deleteLater()
    app.processEvents()
    ctx.close()
    text = json.dumps(result, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
