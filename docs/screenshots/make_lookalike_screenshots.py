"""Make the look-alike / second-factor / small-photo screenshots (offscreen, real models):

- kiosk_code.png: the kiosk holds a look-alike and asks for the ID number on its pad;
- kiosk_confirmed_by_code.png: the greeting after the right number;
- roster_lookalikes.png: the class-list import dialog listing the look-alike pairs and a small
  photo, with the button that accepts them;
- enroll_weak.png: the enroll dialog offering a small photo as a weak sample.

Only scikit-image's public-domain astronaut (NASA) is used: "Eileen Collins" and "Eileen
Twin" (her mirror image) are the look-alike pair, a 40 px thumbnail of her is the small photo.
Run from the repo root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_lookalike_screenshots.py \
        [--models DIR] [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget
from skimage import data

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_kiosk_screenshots import frames, wait

from desktop_app.attendance.kiosk_state import KioskPhase
from desktop_app.config import load_settings
from desktop_app.context import AppContext
from desktop_app.ui.app import create_application
from desktop_app.ui.kiosk.window import KioskWindow
from desktop_app.vision.image_io import save_image


def overlay(image: QPixmap, widget: QWidget) -> QPixmap:
    """``widget`` (a dialog) drawn centred over a dimmed ``image``."""
    widget.adjustSize()
    top = widget.grab()
    p = QPainter(image)
    p.fillRect(image.rect(), QColor(0, 0, 0, 150))
    p.drawPixmap(
        QPoint((image.width() - top.width()) // 2, (image.height() - top.height()) // 2), top
    )
    p.end()
    return image


def save(pixmap: QPixmap, out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    assert pixmap.save(str(out)), out
    print(out)


def kiosk(app: QApplication, ctx: AppContext, source: Path, out: Path) -> None:
    w = KioskWindow(ctx, source=str(source))
    w.resize(1280, 720)
    w.show()
    w.start()
    try:
        wait(app, lambda: w.code_dialog is not None and w.code_dialog.isVisible(), 300)
        dlg = w.code_dialog
        assert dlg is not None
        for d in "10":
            dlg.buttons[d].click()
        time.sleep(0.3)
        app.processEvents()
        save(overlay(w.grab(), dlg), out / "kiosk_code.png")
        dlg.entry.clear()
        for d in "1024":
            dlg.buttons[d].click()
        dlg.buttons["OK"].click()
        wait(app, lambda: w.current.phase is KioskPhase.GREETING)
        time.sleep(0.3)
        app.processEvents()
        save(w.grab(), out / "kiosk_confirmed_by_code.png")
    finally:
        w.unlocked = True
        w.close()
        w.shutdown()


def dialogs(app: QApplication, ctx: AppContext, tmp: Path, out: Path) -> None:
    from desktop_app.ui.dialogs.enroll_dialog import EnrollDialog
    from desktop_app.ui.main_window import MainWindow

    astro = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    head = cv2.resize(astro[0:260, 110:330], (40, 47), interpolation=cv2.INTER_AREA)
    small = tmp / "pam.png"
    save_image(small, cv2.resize(head, (300, 354), interpolation=cv2.INTER_CUBIC))
    save_image(tmp / "new1.png", astro)
    save_image(tmp / "new2.png", cv2.flip(astro, 1))
    roster = tmp / "crew.csv"
    roster.write_text(
        "name,external_id,group,photo\n"
        "Sally Ride,N7,crew,new1.png\n"
        "Sally Twin,N8,crew,new2.png\n"
        "Pam Melroy,N9,crew,pam.png\n",
        encoding="utf-8",
    )
    win = MainWindow(
        ctx,
        source=str(tmp / "astronaut"),
        config_file=tmp / "gui.toml",
        interactive=False,
        recognition=False,
    )
    win.resize(1280, 800)
    win.show()
    page = win.people_page
    page.import_roster(roster)
    rd = page.roster_dialog
    wait(app, lambda: rd.report is not None, 300)
    time.sleep(0.3)
    app.processEvents()
    save(rd.grab(), out / "roster_lookalikes.png")
    rd.reject()

    dlg = EnrollDialog(ctx, None, mode="photos")
    dlg.add_files([small])
    dlg.name.setText("Pam Melroy")
    dlg.consent.setChecked(True)
    dlg.show()
    dlg.enroll_button.click()
    wait(app, lambda: getattr(dlg, "_weak_box", None) is not None, 300)
    time.sleep(0.3)
    app.processEvents()
    save(overlay(dlg.grab(), dlg._weak_box), out / "enroll_weak.png")
    dlg._weak_box.reject()
    dlg.reject()
    win.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", type=Path, help="a built models folder to reuse")
    ap.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    ap.add_argument("--skip-kiosk", action="store_true", help="only the dialogs")
    args = ap.parse_args()
    app = create_application()
    tmp = Path(tempfile.mkdtemp(prefix="lookalike-shots-"))
    astro = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    cfg = tmp / "settings.toml"
    cfg.write_text(
        '[kiosk]\nsound = false\n[privacy]\nkey_store = "file"\n'
        f'key_dir = "{(tmp / "keys").as_posix()}"\n',
        "utf-8",
    )
    settings = load_settings(config_file=cfg, environ={}, data_dir=tmp / "data")
    (tmp / "data").mkdir()
    if args.models:
        (tmp / "data" / "models").symlink_to(args.models.resolve())
    ctx = AppContext(settings)

    save_image(tmp / "eileen.png", astro)
    save_image(tmp / "twin.png", cv2.flip(astro, 1))
    enroll: Any = ctx.enrollment
    enroll.enroll("Eileen Collins", [tmp / "eileen.png"], external_id="S-1024", consent=True)
    enroll.enroll(
        "Eileen Twin",
        [tmp / "twin.png"],
        external_id="S-1025",
        consent=True,
        allow_lookalike=True,
    )
    astro_frames = frames(tmp / "astronaut", astro)
    if not args.skip_kiosk:
        kiosk(app, ctx, astro_frames, args.out)
    dialogs(app, ctx, tmp, args.out)
    ctx.close()


if __name__ == "__main__":
    main()
