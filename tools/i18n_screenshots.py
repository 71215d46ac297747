"""Screenshots of the main window, the kiosk, the enroll dialog and the About box in Arabic
(right-to-left) and Simplified Chinese, for docs/languages.md:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/i18n_screenshots.py --out docs/screenshots
    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/i18n_screenshots.py --pages --languages ar de

``--pages`` shoots the People, Attendance, Reports and Settings pages instead
(lang_<lang>_<page>.png), with tools/screenshots.py's generated demo rows in the tables.

Real windows on a temporary data dir, the camera a folder of frames made from scikit-image's
public-domain astronaut photo (as tools/screenshots.py). Recognition stays off (no models are
built): the kiosk's greeting card is shown with the text the kiosk's state machine produces
(desktop_app.i18n.greeting) for a generated name, to show the card's layout and script.
Needs fonts with Arabic and CJK glyphs (Debian: fonts-noto-core, fonts-noto-cjk).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tools"))

import cv2  # noqa: E402
import numpy as np  # noqa: E402

# name shown on the greeting card per language (generated, not a real person's record)
NAMES = {"ar": "ليلى حسن", "zh_CN": "王芳"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    ap.add_argument("--languages", nargs="+", default=["ar", "zh_CN"])
    ap.add_argument("--pages", action="store_true", help="the four admin pages instead")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="fa-i18n-shots-"))
    os.environ["FACE_ATTENDANCE_HOME"] = str(tmp / "home")

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QApplication
    from screenshots import astronaut_frames, demo_rows

    from desktop_app import i18n
    from desktop_app.attendance.kiosk_state import KioskPhase, KioskView
    from desktop_app.config import load_settings
    from desktop_app.context import AppContext
    from desktop_app.ui.app import create_application
    from desktop_app.ui.dialogs.enroll_dialog import EnrollDialog
    from desktop_app.ui.i18n import install_translator
    from desktop_app.ui.kiosk.window import KioskWindow
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.vision.image_io import save_image

    app = create_application()
    camera = str(astronaut_frames(tmp / "camera"))
    ctx = AppContext(load_settings())

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.02)

    from skimage import data

    face = cv2.resize(data.astronaut()[20:220, 140:340], (240, 240))
    photo = tmp / "photos" / "astronaut.png"
    photo.parent.mkdir()
    save_image(photo, cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR))
    if args.pages:
        demo_rows(ctx)
    for lang in args.languages:
        install_translator(app, lang)
        if args.pages:
            w = MainWindow(ctx, source=camera, interactive=False, recognition=False)
            w.resize(1366, 768)
            w.show()
            w.start()
            # the demo rows are on weekdays: show the last week, whatever today is
            w.attendance_page.date_from.setDate(QDate.currentDate().addDays(-6))
            for key in ("people", "attendance", "reports", "settings"):
                w.show_page(key)
                pump(2.0)
                w.grab().save(str(args.out / f"lang_{lang}_{key}.png"))
            w.shutdown()
            w.close()
            pump(0.3)
            continue
        w = MainWindow(ctx, source=camera, interactive=False, recognition=False)
        w.resize(1366, 768)
        w.show()
        w.start()
        pump(3.0)
        w.grab().save(str(args.out / f"lang_{lang}_main.png"))
        w.show_about()
        pump(0.5)
        w.about_box.grab().save(str(args.out / f"lang_{lang}_about.png"))
        w.about_box.close()
        enroll = EnrollDialog(ctx, w, mode="photos")
        enroll.name.setText(NAMES.get(lang, "Ana"))
        enroll.add_files([photo])
        enroll.show()
        pump(1.0)
        enroll.grab().save(str(args.out / f"lang_{lang}_enroll.png"))
        enroll.close()
        w.shutdown()
        w.close()
        k = KioskWindow(ctx, source=camera, require_pin=False)
        k.resize(1280, 720)
        k.show()
        k.start(recognition=False)
        pump(2.5)
        k.grab().save(str(args.out / f"lang_{lang}_kiosk.png"))
        at = dt.datetime.now().replace(hour=8, minute=5)
        card = KioskView(
            KioskPhase.GREETING,
            i18n.greeting(at, NAMES.get(lang, "Ana")),
            i18n.translate("Kiosk", "Checked in {time}").format(time=i18n.formats().time(at)),
            chip_rgb=np.ascontiguousarray(face),
            card_id=1,
        )
        k._show(card)
        pump(0.5)
        k.grab().save(str(args.out / f"lang_{lang}_greeting.png"))
        k.unlocked = True
        k.shutdown()
        k.close()
        pump(0.3)
    ctx.close()
    print("saved to", args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
