"""Make the attendance-flow screenshots in docs/screenshots/flow_*.png (offscreen, no faces).

Generated demo people (no photos) and one lesson today: some came on time, one late, one was
seen just before Start was pressed, two never came. Run from the repo root:

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_attendance_screenshots.py
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

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from desktop_app.config import load_settings  # noqa: E402
from desktop_app.context import AppContext  # noqa: E402
from desktop_app.storage.repositories import People  # noqa: E402

PEOPLE = ["Ana Silva", "Bruno Costa", "Chen Wei", "Dara Okafor", "Elif Yilmaz", "Farid Haddad"]


def demo(ctx: AppContext) -> tuple[dict[str, int], object]:
    """A lesson that started 50 minutes ago; returns (ids, session)."""
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)  # the class before its lessons
    ids = ctx.db.run(
        lambda s: {n: People(s).add(n, group_name="7B", member_since=since).id for n in PEOPLE}
    )
    svc = ctx.attendance
    now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    start = now - dt.timedelta(minutes=50)
    svc.mark(ids["Ana Silva"], at=start - dt.timedelta(minutes=3), source="manual")
    session = svc.start_session(
        "Maths 7B", group="7B", starts_at=start, late_after=start + dt.timedelta(minutes=10)
    )
    for name, minutes, score in (
        ("Bruno Costa", 2, 0.14),
        ("Chen Wei", 4, 0.27),
        ("Dara Okafor", 22, 0.33),
    ):
        at = start + dt.timedelta(minutes=minutes)
        svc.mark(ids[name], at=at, session_id=session.id, score=score)
    return ids, session


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = ap.parse_args(argv)

    from desktop_app.ui import ops
    from desktop_app.ui.app import create_application
    from desktop_app.ui.main_window import MainWindow

    app = create_application()
    tmp = Path(tempfile.mkdtemp(prefix="fa-flows-"))
    (tmp / "settings.toml").touch()
    settings = load_settings(
        config_file=tmp / "settings.toml",
        environ={},
        data_dir=tmp / "data",
        privacy={"key_store": "file", "key_dir": tmp / "keys"},
    )
    ctx = AppContext(settings)
    args.out.mkdir(parents=True, exist_ok=True)

    def pump(seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end or ops.pending():
            app.processEvents()
            time.sleep(0.01)

    def save(widget: object, name: str) -> None:
        path = args.out / name
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        print(path)

    frames = tmp / "camera"
    frames.mkdir()
    import numpy as np

    from desktop_app.vision.image_io import save_image

    save_image(frames / "000.png", np.full((480, 640, 3), 60, np.uint8))  # an empty room
    win = MainWindow(ctx, source=str(frames), config_file=tmp / "settings.toml", interactive=False)
    win.resize(1366, 768)
    win.show()
    win.start()
    pump(1.0)
    # first start: the ways in (no camera option: this demo camera is an image folder that
    # works, so the camera is offered)
    win._offer_first_enrollment()
    pump(1.0)
    save(win.welcome_box, "flow_welcome.png")
    win.welcome_box.reject()
    win.show_diagnostics()
    pump(0.5)
    save(win.diagnostics_dialog, "flow_diagnostics.png")
    win.diagnostics_dialog.reject()
    # Settings: the strictness in words, each option explained, "What does this mean?"
    win.show_page("settings")
    win.settings_page.by_fmr.setChecked(True)
    pump(0.5)
    save(win, "flow_settings.png")
    win.settings_page.load()
    # first start: empty pages say what to do
    win.show_page("reports")
    win.reports_page.preset.setCurrentIndex(win.reports_page.preset.findData("today"))
    pump(1.0)
    save(win, "flow_reports_empty.png")

    # importing a class list: the format, the consent box, every refused row
    roster = tmp / "7b.csv"
    roster.write_text(
        "name,external_id,group,photo\nAna Silva,S1,7B,ana.jpg\n,S2,7B,\n"
        "Ben Ode,S1,7B,\nCem Aydın,S4,7B,cem.jpg\n",
        encoding="utf-8",
    )
    win.people_page.import_roster(roster)
    pump(2.0)
    save(win.people_page.roster_dialog, "flow_roster.png")
    win.people_page.roster_dialog.reject()

    ids, session = demo(ctx)
    ops.get_hub().changed.emit("sessions")
    pump(1.0)
    # the Live page's "Today" list: one line per mark, newest first
    win.show_page("live")
    pump(1.0)
    save(win, "flow_today.png")
    # Start pressed again for the class that runs: which one, since when, continue or end it
    win.actions_["session_start"].trigger()
    again = win.session_dialog
    again.name.setText("Maths 7B")
    again.group.setCurrentText("7B")
    again.start()
    pump(1.0)
    save(again, "flow_start_twice.png")
    again.continue_button.click()
    pump(0.5)
    # ending the session: who was absent or late, one click to mark present
    win.actions_["session_end"].trigger()
    pump(1.5)
    save(win.roll_call, "flow_end_session.png")
    win.roll_call.buttons[ids["Elif Yilmaz"]].click()
    pump(1.0)
    save(win.roll_call, "flow_end_session_marked.png")
    win.roll_call.reject()

    # corrections on the Attendance page
    win.show_page("attendance")
    pump(1.0)
    page = win.attendance_page
    page.table.selectRow(1)
    save(win, "flow_attendance.png")
    menu = page.context_menu()
    menu.adjustSize()
    save(menu, "flow_attendance_menu.png")
    page.correct("manual")
    pump(1.0)
    save(page.dialog, "flow_add_manual.png")
    page.dialog.reject()
    page.session.setCurrentIndex(page.session.findData(session.id))  # type: ignore[attr-defined]
    pump(0.5)
    page.edit_session.trigger()
    pump(0.5)
    save(page.session_dialog, "flow_edit_session.png")
    page.session_dialog.reject()
    # the roll call again, after it was closed: Attendance page, Roll call...
    page.session.setCurrentIndex(0)
    pump(0.5)
    page.roll_call.trigger()
    pump(1.0)
    save(page.roll_call_dialog, "flow_roll_call_again.png")
    page.roll_call_dialog.reject()

    # a group photo (the public-domain astronaut, enrolled as Eileen Collins): the session
    # is chosen at the top, the summary counts the faces
    from skimage import data

    from desktop_app.ui.dialogs.group_photo_dialog import GroupPhotoDialog
    from desktop_app.vision.image_io import save_image

    astronaut = np.ascontiguousarray(data.astronaut()[:, :, ::-1])
    ctx.enrollment.enroll("Eileen Collins", [astronaut], consent=True, consent_by="demo")
    photo = save_image(tmp / "group.png", astronaut)
    # enrolling the same face under another name: a look-alike, in the dialog's words
    enroll = win.enroll_from_photos(files=[photo])
    enroll.name.setText("Someone Else")
    enroll.consent.setChecked(True)
    enroll.enroll()
    pump(4.0)
    save(enroll._lookalike_box, "flow_enroll_lookalike.png")
    enroll._lookalike_box.reject()
    enroll.reject()
    # a photo with two faces (the astronaut twice): the picker instead of "crop the photo"
    pair = save_image(tmp / "pair.png", np.hstack([astronaut, astronaut]))
    enroll = win.enroll_from_photos(files=[pair])
    enroll.name.setText("New Person")
    enroll.consent.setChecked(True)
    enroll.enroll()
    pump(5.0)
    save(enroll.face_picker, "flow_enroll_pick_face.png")
    enroll.face_picker.reject()
    enroll.reject()
    group = GroupPhotoDialog(ctx, photo, win, session=None)
    group.open()
    group.analyse()
    pump(3.0)
    save(group, "flow_group_photo.png")
    group.reject()

    # reports: today, the chart and the figures the exports carry
    win.show_page("reports")
    win.reports_page.refresh()
    pump(1.5)
    win.reports_page.format.setCurrentIndex(win.reports_page.format.findData("pdf"))
    win.reports_page.export(tmp / "today.pdf")
    pump(3.0)
    save(win, "flow_reports.png")
    print(tmp / "today.pdf")
    win.close()
    win.shutdown()

    # the kiosk on an 800 px screen: session name cut with "…", date and clock apart
    from desktop_app.ui.kiosk.window import KioskWindow

    svc = ctx.attendance
    svc.start_session("Mathematics 7B with Mrs Longname-Example", group="7B")
    kiosk = KioskWindow(ctx, source=str(frames))
    kiosk.resize(800, 480)
    kiosk.show()
    kiosk.start(recognition=False)
    pump(2.0)
    save(kiosk, "flow_kiosk_800.png")
    kiosk.unlocked = True
    kiosk.close()
    kiosk.shutdown()
    ctx.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
