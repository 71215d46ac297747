"""Make the kiosk screenshots in docs/screenshots/kiosk_*.png (offscreen, real models).

The camera is an image folder of scikit-image's public-domain astronaut (NASA), enrolled as
"Eileen Collins"; never the press photos of ../shared. Run from the repo root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_kiosk_screenshots.py \
        [--models DIR] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from desktop_app.vision.image_io import save_image

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2
import numpy as np
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication
from skimage import data

from desktop_app.attendance.kiosk_state import KioskPhase
from desktop_app.config import load_settings
from desktop_app.context import AppContext
from desktop_app.security import pin
from desktop_app.ui.app import create_application
from desktop_app.ui.kiosk.window import KioskWindow

NAME = "Eileen Collins"


def frames(folder: Path, image: np.ndarray, n: int = 6, step: int = 6) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        save_image(folder / f"{i:03d}.png", np.roll(image, step * i, axis=1))
    return folder


def wait(app: QApplication, until: Any, timeout: float = 120.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if until():
            return
        time.sleep(0.02)
    raise TimeoutError("the kiosk did not reach the expected state")


def shoot(
    app: QApplication,
    ctx: AppContext,
    source: Path,
    out: Path,
    phase: KioskPhase | None,
    *,
    pin_pad: bool = False,
    settle: float = 1.5,
) -> None:
    w = KioskWindow(ctx, source=str(source))
    w.resize(1280, 720)
    w.show()
    w.start()
    try:
        if phase is None:
            wait(app, lambda: w.live.current_image() is not None and w.controller is not None)
            t = time.monotonic()
            wait(app, lambda: time.monotonic() - t > settle)
        else:
            wait(app, lambda: w.current.phase is phase)
            t = time.monotonic()
            wait(app, lambda: time.monotonic() - t > 0.3)
        image = w.grab()
        if pin_pad:
            w.request_exit()
            dlg = w.pin_dialog
            assert dlg is not None
            for d in "12":
                dlg.buttons[d].click()
            wait(app, lambda: dlg.isVisible())
            dlg.adjustSize()
            pad = dlg.grab()
            p = QPainter(image)
            p.fillRect(image.rect(), QColor(0, 0, 0, 150))
            p.drawPixmap(
                QPoint((image.width() - pad.width()) // 2, (image.height() - pad.height()) // 2),
                pad,
            )
            p.end()
            dlg.reject()
        out.parent.mkdir(parents=True, exist_ok=True)
        assert image.save(str(out)), out
        print(out)
    finally:
        w.unlocked = True
        w.close()
        w.shutdown()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", type=Path, help="a built models folder to reuse")
    ap.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    args = ap.parse_args()
    app = create_application()
    tmp = Path(tempfile.mkdtemp(prefix="kiosk-shots-"))
    astro = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    astro_frames = frames(tmp / "astronaut", astro)
    empty = frames(tmp / "empty", cv2.cvtColor(data.coffee(), cv2.COLOR_RGB2BGR), n=2)

    def context(name: str, enrolled: bool, **kiosk: Any) -> AppContext:
        cfg = tmp / f"{name}.toml"
        lines = ["[kiosk]", "sound = false"] + [f"{k} = {str(v).lower()}" for k, v in kiosk.items()]
        cfg.write_text("\n".join(lines) + "\n", "utf-8")
        settings = load_settings(config_file=cfg, environ={}, data_dir=tmp / name)
        (tmp / name).mkdir(exist_ok=True)
        if args.models and not (tmp / name / "models").exists():
            (tmp / name / "models").symlink_to(args.models.resolve())
        ctx = AppContext(settings)
        pin.set_pin(ctx.db, "4711")
        if enrolled:
            photo = tmp / "astronaut.png"
            save_image(photo, astro)
            ctx.enrollment.enroll(NAME, [photo], consent=True, consent_by="docs")
        return ctx

    out = args.out
    known = context("known", True)
    shoot(app, known, empty, out / "kiosk_waiting.png", None)
    shoot(app, known, astro_frames, out / "kiosk_greeting.png", KioskPhase.GREETING)
    known.close()
    again = AppContext(known.settings)  # a restarted kiosk: the service answers from the DB
    shoot(app, again, astro_frames, out / "kiosk_already.png", KioskPhase.ALREADY)
    shoot(app, again, empty, out / "kiosk_pin.png", None, pin_pad=True)
    again.close()
    stranger = context("stranger", False)
    shoot(app, stranger, astro_frames, out / "kiosk_unknown.png", KioskPhase.UNKNOWN)
    stranger.close()
    hc = context("hc", True, high_contrast=True, liveness=True)
    shoot(app, hc, astro_frames, out / "kiosk_challenge_high_contrast.png", KioskPhase.CHALLENGE)
    hc.close()
    live = context("live", True, liveness=True)
    shoot(app, live, astro_frames, out / "kiosk_challenge_mouth.png", KioskPhase.CHALLENGE)
    live.close()
    hc2 = context("hc2", True, high_contrast=True)
    shoot(app, hc2, astro_frames, out / "kiosk_greeting_high_contrast.png", KioskPhase.GREETING)
    hc2.close()


if __name__ == "__main__":
    main()
