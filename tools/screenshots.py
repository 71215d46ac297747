"""Save a screenshot of each main screen of the desktop app (for the README).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py --out docs/screenshots

Runs the real window on a temporary data dir. By default the camera is a folder of frames
made from scikit-image's public-domain astronaut photo (NASA), who is also the one person
enrolled from a face, so the screenshots can be committed. The other people, events and
sessions are generated demo rows without faces (their thumbnails are initials).

``--camera VIDEO --enroll NAME=PHOTO ...`` runs on real footage instead, e.g.
``../shared/data/video`` with photos from ``../shared/data/faces``: those screenshots show
press photos and are for checking only. NEVER commit them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from desktop_app.vision.image_io import save_image

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.config import load_settings  # noqa: E402
from desktop_app.context import AppContext  # noqa: E402
from desktop_app.storage.repositories import Events, People, Sessions  # noqa: E402

DEMO_PEOPLE = [
    ("Ana Silva", "7B"),
    ("Bruno Costa", "7B"),
    ("Chen Wei", "7B"),
    ("Dara Okafor", "7B"),
    ("Elif Yilmaz", "7C"),
    ("Farid Haddad", "7C"),
    ("Greta Lind", "7C"),
    ("Hugo Martin", "7C"),
]


def astronaut_frames(folder: Path) -> Path:
    """A 640x480 'camera' made of the astronaut photo, gently moving."""
    from skimage import data

    folder.mkdir(parents=True, exist_ok=True)
    img = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    canvas = np.full((480, 640, 3), 40, np.uint8)
    small = cv2.resize(img, (420, 420))
    for i in range(6):
        frame = canvas.copy()
        x = 110 + 4 * i
        frame[30:450, x : x + 420] = small
        save_image(folder / f"{i:03d}.png", frame)
    return folder


def demo_rows(ctx: AppContext) -> None:
    """Generated people, sessions and events (no faces) so tables and charts have content."""
    rng = random.Random(7)
    now = dt.datetime.now(dt.UTC)

    def tx(s: object) -> None:
        people = [
            People(s).add(
                n,
                group_name=g,
                external_id=f"S{100 + i}",
                consent_at=now - dt.timedelta(days=30),
                consent_by="office",
                consent_text_version="v1",
                member_since=now - dt.timedelta(days=30),  # the classes before their lessons
            )
            for i, (n, g) in enumerate(DEMO_PEOPLE)
        ]
        today = dt.datetime.now().astimezone().replace(hour=8, minute=0, second=0, microsecond=0)
        for back in range(13, -1, -1):
            day = today - dt.timedelta(days=back)
            if day.weekday() >= 5:
                continue
            sess = Sessions(s).add(
                "Maths 7B",
                day.astimezone(dt.UTC),
                ends_at=(day + dt.timedelta(hours=1)).astimezone(dt.UTC),
                group_name="7B",
            )
            for p in people:
                if rng.random() < 0.8:
                    at = day + dt.timedelta(minutes=rng.randint(-10, 25))
                    if at.astimezone(dt.UTC) > now:
                        continue
                    Events(s).add(
                        p.id,
                        "present",
                        at.astimezone(dt.UTC),
                        source="camera",
                        score=round(rng.uniform(0.2, 0.34), 3),
                        device="desk-1",
                        session_id=sess.id if p.group_name == "7B" else None,
                    )

    ctx.db.run(tx)


def enroll(ctx: AppContext, name: str, photo: Path | np.ndarray) -> None:
    ctx.enrollment.enroll(name, [photo], consent=True, consent_by="demo")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    ap.add_argument("--camera", help="video/folder/camera to use instead of the astronaut")
    ap.add_argument("--enroll", nargs="*", default=[], metavar="NAME=PHOTO")
    ap.add_argument("--seconds", type=float, default=6.0, help="live time before the shots")
    ap.add_argument("--size", default="1366x768")
    args = ap.parse_args(argv)

    from desktop_app.ui import ops
    from desktop_app.ui.app import create_application
    from desktop_app.ui.main_window import MainWindow

    app = create_application()
    tmp = Path(tempfile.mkdtemp(prefix="fa-shots-"))
    (tmp / "settings.toml").touch()
    settings = load_settings(
        config_file=tmp / "settings.toml",
        environ={},
        data_dir=tmp / "data",
        privacy={"key_store": "file", "key_dir": tmp / "keys"},  # never the user's keyring
    )
    ctx = AppContext(settings)
    demo_rows(ctx)
    camera = args.camera or str(astronaut_frames(tmp / "camera"))
    from skimage import data

    if not args.camera:
        enroll(ctx, "Eileen Collins", cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR))
    for spec in args.enroll:
        name, _, photo = spec.partition("=")
        enroll(ctx, name, Path(photo))

    w, h = (int(v) for v in args.size.split("x"))
    win = MainWindow(ctx, source=camera, config_file=tmp / "settings.toml", interactive=False)
    win.resize(w, h)
    win.show()
    win.start()
    args.out.mkdir(parents=True, exist_ok=True)

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)

    pump(args.seconds)
    while ops.pending():
        pump(0.2)
    for key in ("live", "people", "attendance", "reports", "settings"):
        win.show_page(key)
        if key == "attendance":
            today = win.attendance_page.date_to.date()
            win.attendance_page.date_from.setDate(today.addDays(-6))
        pump(1.0 if key != "live" else 0.1)
        while ops.pending():
            pump(0.2)
        if key == "live":
            pump(1.5)
        path = args.out / f"{key}.png"
        win.save_screenshot(path)
        print(path)
    from desktop_app.ui.dialogs.enroll_dialog import EnrollDialog

    win.show_page("live")
    dlg = EnrollDialog(ctx, win, mode="camera", runner=win.runner)
    dlg.name.setText("Eileen Collins")
    dlg.open()
    pump(3.0)
    dlg.capture()
    pump(0.6)
    dlg.capture()
    pump(0.3)
    path = args.out / "enroll.png"
    dlg.grab().save(str(path))
    print(path)
    dlg.reject()
    backup_shots(win, tmp, args.out, pump)
    win.close()
    win.shutdown()
    ctx.close()
    return 0


def backup_shots(win: Any, tmp: Path, out: Path, pump: Any) -> None:
    """File > Back up... after the backup, and File > Restore... showing what the backup
    holds next to what is here now (one person was added since the backup)."""
    from PySide6.QtTest import QTest

    from desktop_app.ui import ops

    def settle() -> None:
        pump(0.5)
        while ops.pending():
            pump(0.2)

    passphrase = "our school office 2026"
    win.actions_["backup"].trigger()
    dlg = win.backup_dialog
    dlg.path.setText(str(tmp / "Documents" / Path(dlg.path.text()).name))
    QTest.keyClicks(dlg.passphrase, passphrase)
    QTest.keyClicks(dlg.repeat, passphrase)
    dlg.backup_button.click()
    settle()
    dlg.grab().save(str(out / "backup.png"))
    print(out / "backup.png")
    archive = dlg.written
    dlg.close()
    win.ctx.db.run(lambda s: People(s).add("Ines Duarte", group_name="7C"))
    win.actions_["restore"].trigger()
    dlg = win.restore_dialog
    dlg.path.setText(str(archive))
    QTest.keyClicks(dlg.passphrase, passphrase)
    dlg.open_button.click()
    settle()
    dlg.grab().save(str(out / "restore.png"))
    print(out / "restore.png")
    dlg.reject()


if __name__ == "__main__":
    sys.exit(main())
