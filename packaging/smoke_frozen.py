"""Smoke check of a frozen one-folder app: ``python packaging/smoke_frozen.py [APP_DIR]``.

In a fresh, throwaway user home with a non-ASCII name (FACE_ATTENDANCE_HOME), offscreen:

1. ``db upgrade``: the Alembic scripts were collected and run;
2. ``recognize FRAME``: the first use of the models takes the shipped ones (no build step);
3. ``models verify``: every model file matches its manifest;
4. ``gui --screenshot``: the window renders a camera made of image files;
5. ``report --format pdf``: a title in Chinese, Devanagari, Arabic and Thai prints with the
   shipped fonts and HarfBuzz shaping, and no character is left without a font.

Prints each step's time. Used by ``packaging/build_app.py --smoke``, by
tests/portability/test_frozen_app.py and by the Windows/macOS CI workflow.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np


def executable(app_dir: Path) -> Path:
    for name in ("face-attendance.exe", "face-attendance"):
        if (app_dir / name).is_file():
            return app_dir / name
    raise FileNotFoundError(f"no face-attendance executable in {app_dir}")


def _frames(folder: Path) -> Path:
    """A camera made of files: a bright square moving over grey (no face needed)."""
    import cv2

    folder.mkdir(parents=True)
    for i in range(4):
        img = np.full((480, 640, 3), 90, np.uint8)
        img[100:300, 100 + 40 * i : 300 + 40 * i] = (40, 160, 220)
        ok, buf = cv2.imencode(".png", img)
        assert ok
        (folder / f"{i:03d}.png").write_bytes(buf.tobytes())
    return folder


def run_smoke(app_dir: Path, work: Path) -> dict[str, float]:
    exe = executable(app_dir)
    home = work / "Zoë Марія"  # the user dirs under a non-ASCII name, as on Windows
    env = {k: v for k, v in os.environ.items() if not k.startswith("FACE_ATTENDANCE_")}
    env["FACE_ATTENDANCE_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["FACE_ATTENDANCE_PRIVACY__KEY_STORE"] = "file"  # no OS keyring on a CI runner
    times: dict[str, float] = {}

    def step(name: str, *args: str, timeout: float = 600) -> str:
        t0 = time.monotonic()
        proc = subprocess.run(
            [str(exe), *args], env=env, capture_output=True, text=True, timeout=timeout
        )
        times[name] = time.monotonic() - t0
        out = proc.stdout + proc.stderr
        if proc.returncode != 0:
            raise AssertionError(f"{name} failed ({proc.returncode}):\n{out[-3000:]}")
        print(f"{name}: ok in {times[name]:.1f} s", flush=True)
        return out

    step("db upgrade", "db", "upgrade")
    assert (home / "data" / "attendance.sqlite3").is_file(), "no database after db upgrade"
    frames = _frames(work / "frames")
    out = step("recognize (first use of the models)", "recognize", str(frames / "000.png"))
    assert "reading weights" not in out, f"the models were built, not taken as shipped:\n{out}"
    step("models verify", "models", "verify")
    shot = work / "shot.png"
    args = ["gui", "--source", str(frames), "--screenshot", str(shot), "--quit-after", "3"]
    step("gui --screenshot", *args)
    assert shot.is_file() and shot.stat().st_size > 10_000, "no screenshot"
    pdf = work / "report.pdf"
    group = "三年级 प्रिया فاطمة สมชาย"  # the report's title: "... group <this>"
    args = ["report", "--group", group, "--locale", "ar_EG", "--output", str(pdf), "--json"]
    out = step("report --format pdf (every script)", *args)
    assert '"warnings": []' in out, f"characters without a font:\n{out}"
    embedded = pdf.read_bytes()
    for font in (b"DejaVuSans", b"DroidSansFallback", b"NotoSansDevanagari", b"NotoSansThai"):
        assert font in embedded, f"{font.decode()} not embedded in the frozen app's PDF"
    return times


def main(argv: list[str]) -> int:
    app_dir = (
        Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "dist" / "face-attendance"
    )
    with tempfile.TemporaryDirectory(prefix="fa-smoke-") as tmp:
        times = run_smoke(app_dir, Path(tmp))
    print("smoke check passed:", ", ".join(f"{k} {v:.1f} s" for k, v in times.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
