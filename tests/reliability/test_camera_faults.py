"""Camera faults: the live view keeps painting, says the camera is lost, and recovers.

The camera *driver* (``cv2.VideoCapture``) is replaced by a scripted device that stalls,
changes resolution mid-stream and is unplugged for 2.5 s; everything above it is real:
``FrameSource`` (reconnect with backoff), ``FrameRunner`` (capture and inference threads),
``LiveView`` and, in the second test, the ``Recognizer`` with the real models.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from benchmarks.reliability import camera_faults as cf

REPO = Path(__file__).resolve().parents[2]


def test_live_view_survives_stall_resolution_change_and_unplug(qtbot: Any) -> None:
    from desktop_app.ui.app import create_application

    create_application()
    rep = cf.run_gui_session(qtbot, until_s=40)
    assert rep["phases"] == [p[0] for p in cf.PHASES]
    assert rep["recovered"]
    assert rep["painted_before_loss"] > 20
    assert rep["frames_painted"] > rep["painted_before_loss"]  # painting again after the loss
    assert any("stopped delivering frames" in m for m in rep["messages"])  # the user was told
    assert any("Reconnecting" in m for m in rep["messages"])
    assert {(480, 640), (720, 1280), (240, 320)} <= set(map(tuple, rep["sizes_shown"]))
    assert rep["failed_opens"] >= 1  # it kept trying while unplugged, with backoff
    assert rep["opens"] <= 8  # ... not in a tight loop (2.5 s away, backoff 0.5 s, 1 s)
    # The GUI thread never waited on the driver: no open or read ran on it, and its event
    # loop kept ticking during the 1.5 s driver stall. (The longest gap between ticks is
    # the benchmark's figure: on a loaded machine it measures the scheduler too.)
    assert rep["driver_calls_on_gui_thread"] == 0
    assert len(rep["ticks_during_driver_stalls"]) == 1
    assert min(rep["ticks_during_driver_stalls"]) > 0, rep["ticks_during_driver_stalls"]


@pytest.mark.slow
def test_recognizer_follows_a_resolution_change_and_a_reconnect(
    qtbot: Any, models_dir: Path, tmp_path: Path
) -> None:
    from desktop_app.config import load_settings
    from desktop_app.context import AppContext
    from desktop_app.ui.app import create_application

    create_application()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "models").symlink_to(models_dir)
    (tmp_path / "e.toml").touch()
    ctx = AppContext(load_settings(tmp_path / "e.toml", environ={}, data_dir=tmp_path / "data"))
    try:
        ctx.enrollment.enroll("Eileen Collins", [cf.astronaut_frame(480, 640)], consent=True)
        rep = cf.run_gui_session(qtbot, ctx.recognizer.process_frame, until_s=90)
    finally:
        ctx.close()
    assert rep["recovered"]
    assert rep["process_failures"] == []
    names: dict[tuple[int, int], set[str]] = {}
    for shape, processed in rep["results"]:
        for face in processed.result.faces:
            if face.match.known:
                names.setdefault(shape[:2], set()).add(face.match.name)
            x1, y1, x2, y2 = face.face.box
            assert -5 <= x1 < x2 <= shape[1] + 5 and -5 <= y1 < y2 <= shape[0] + 5
    # Recognised at the first resolution, after the change to 1280x720 and after the
    # reconnect at 320x240 (tracks from the old frame size do not leak into the new one).
    assert names.get((480, 640)) == {"Eileen Collins"}
    assert names.get((720, 1280)) == {"Eileen Collins"}
    assert names.get((240, 320)) == {"Eileen Collins"}
    assert rep["driver_calls_on_gui_thread"] == 0
    assert min(rep["ticks_during_driver_stalls"]) > 0, rep["ticks_during_driver_stalls"]


def test_empty_frames_do_not_crash_the_live_view(tmp_path: Path) -> None:
    """0x0 frames (some drivers while resetting) once crashed the window (SIGSEGV in the
    paint); in a subprocess so a regression fails this test instead of the whole run."""
    out = tmp_path / "empty.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO))
    res = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "reliability" / "camera_faults.py"),
            "--phases",
            "empty-only",
            "--json",
            str(out),
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert res.returncode == 0, f"exit {res.returncode}: {res.stderr[-500:]}"
    rep = json.loads(out.read_text())["display_only"]
    assert rep["recovered"] and rep["frames_painted"] > 25
    assert any("stopped delivering" in m for m in rep["messages"])  # counted as a lost camera
