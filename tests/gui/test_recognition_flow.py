"""The whole flow on real models and real footage: enroll from a photo in the dialog, see the
name drawn on the live view of a video camera, see the mark in the log, export a report.

Needs ../shared/data (press photos, via ``shared_data``) and the real models (``models_dir``).
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from desktop_app.storage.repositories import Events, People
from desktop_app.vision.image_io import save_image
from tests.gui.conftest import wait_ops

pytestmark = [pytest.mark.slow]

NAME = "Lin-Manuel Miranda"


@pytest.fixture
def live_ctx(settings: Any, models_dir: Path) -> Any:
    from desktop_app.context import AppContext

    (settings.data_dir / "models").symlink_to(models_dir)
    ctx = AppContext(settings)
    yield ctx
    ctx.close()


@pytest.mark.shared
def test_enroll_recognise_mark_and_report(
    qtbot: Any, make_window: Any, live_ctx: Any, shared_data: Path, tmp_path: Path
) -> None:
    from desktop_app.ui.dialogs.enroll_dialog import EnrollDialog

    video = shared_data / "video" / "short_hamilton_clip.mp4"
    w = make_window(video, context=live_ctx, recognition=True)
    qtbot.waitUntil(lambda: w.recognition_ready, timeout=300_000)
    assert w.actions_["enroll_photos"].isEnabled()

    dlg = EnrollDialog(live_ctx, w, mode="photos")  # owned by the window (deletes on close)
    dlg.add_files([shared_data / "faces" / "lin_manuel_miranda" / "1.png"])
    dlg.name.setText(NAME)
    assert not dlg.enroll_button.isEnabled()  # consent is required first
    dlg.consent.setChecked(True)
    assert dlg.enroll_button.isEnabled()
    dlg.enroll_button.click()
    wait_ops(qtbot, 120_000)
    people = live_ctx.db.run(lambda s: People(s).list())
    assert [(p.name, p.template_count) for p in people] == [(NAME, 1)]
    assert people[0].consent_at is not None and people[0].consent_by

    view = w.live_page.view
    qtbot.waitUntil(lambda: any(lab.title == NAME for lab in view.labels()), timeout=120_000)
    confirmed = next(lab for lab in view.labels() if lab.title == NAME)
    assert "confirmed" in confirmed.detail
    qtbot.waitUntil(lambda: any(NAME in t for t in w.live_page.event_texts()), timeout=30_000)
    events = live_ctx.db.run(lambda s: Events(s).query())
    assert [e.person_name for e in events] == [NAME] and events[0].source == "camera"

    w.show_page("attendance")
    qtbot.waitUntil(lambda: [r[1] for r in w.attendance_page.rows()] == [NAME], timeout=10_000)

    w.show_page("reports")
    page = w.reports_page
    page.format.setCurrentIndex(page.format.findData("csv"))
    out = tmp_path / "report.csv"
    page.export(out)
    qtbot.waitUntil(lambda: bool(page.last_export), timeout=30_000)
    text = "".join(p.read_text(encoding="utf-8-sig") for p in page.last_export)
    assert NAME in text
    rows = list(csv.reader(page.last_export[0].open(encoding="utf-8-sig")))
    assert len(rows) >= 2


def test_enroll_from_camera_gives_live_feedback_then_enrolls(
    qtbot: Any, make_window: Any, model_ctx: Any, tmp_path: Path
) -> None:
    """Public-domain astronaut as the camera: the quality gate's verdict is shown live, a
    capture is taken only when it is good, and the captures enroll the person."""
    import numpy as np

    from desktop_app.ui.dialogs.enroll_dialog import EnrollDialog
    from tests.gui.conftest import astronaut_bgr

    folder = tmp_path / "cam"
    folder.mkdir()
    img = astronaut_bgr()
    save_image(folder / "a.png", img)
    save_image(folder / "b.png", np.roll(img, 6, axis=1))
    w = make_window(folder, context=model_ctx, recognition=True)
    qtbot.waitUntil(lambda: w.recognition_ready, timeout=300_000)
    live_process = w.runner._process

    dlg = EnrollDialog(model_ctx, w, mode="camera", runner=w.runner)
    dlg.open()
    assert w.runner._process == dlg._check  # the worker now runs the quality gate
    qtbot.waitUntil(lambda: dlg.last_report is not None, timeout=30_000)
    assert dlg.feedback.text()  # the gate's verdict, shown as it comes
    if dlg.last_report.ok:
        assert dlg.view.labels() and dlg.view.labels()[0].title == "OK"
    qtbot.waitUntil(lambda: dlg.last_report.ok, timeout=30_000)
    # how good the picture is, in words (never "quality 0.71")
    assert dlg.view.labels()[0].detail in ("very good picture", "good picture", "just good enough")
    dlg.capture()
    dlg.capture()
    assert len(dlg.captures) == 2 and dlg.strip.count() == 2
    dlg.name.setText("Eileen Collins")
    dlg.consent.setChecked(True)
    dlg.enroll_button.click()
    wait_ops(qtbot, 120_000)
    people = model_ctx.db.run(lambda s: People(s).list())
    assert [(p.name, p.template_count) for p in people] == [("Eileen Collins", 2)]
    from desktop_app.storage.repositories import Templates

    stored = model_ctx.db.run(lambda s: Templates(s).list())
    page = w.people_page
    qtbot.waitUntil(lambda: page.names() == ["Eileen Collins"], timeout=10_000)
    # the thumbnail is the stored chip, decrypted when it is encrypted at rest
    assert page.model.rows[0].chip_rgb is not None
    size = model_ctx.pipeline.embedder.chip_size
    assert page.model.rows[0].chip_rgb.shape[:2] == (size, size)
    assert all(t.encrypted for t in stored) == model_ctx.settings.privacy.encrypt_at_rest
    assert w.runner._process == live_process  # recognition is back on the camera
    view = w.live_page.view
    qtbot.waitUntil(
        lambda: any(lab.title.startswith("Eileen Collins") for lab in view.labels()),
        timeout=60_000,
    )

    # "Identify now" on the current camera picture, then mark from the dialog
    from desktop_app.ui.dialogs.identify_dialog import IdentifyDialog

    w.identify_now()
    qtbot.waitUntil(lambda: bool(w.findChildren(IdentifyDialog)), timeout=60_000)
    ident = w.findChildren(IdentifyDialog)[0]
    assert ident.names() and ident.names()[0].startswith("Eileen Collins")
    assert ident.mark_button.isEnabled()
    ident.mark_button.click()
    wait_ops(qtbot, 60_000)
    assert ident.marks and ident.marks[0].person_name == "Eileen Collins"
    events = model_ctx.db.run(lambda s: Events(s).query())
    assert [e.person_name for e in events] == ["Eileen Collins"]  # once: the rules apply


@pytest.mark.shared
def test_group_photo_marks_the_ticked_people_in_the_session(
    qtbot: Any, make_window: Any, live_ctx: Any, shared_data: Path
) -> None:
    from desktop_app.ui.dialogs.group_photo_dialog import GroupPhotoDialog

    faces = shared_data / "faces"
    live_ctx.enrollment.enroll(
        "Barack Obama", [faces / "barack_obama" / "1.jpg"], consent=True, consent_by="test"
    )
    session = live_ctx.attendance.start_session("Assembly")
    w = make_window(faces / "barack_obama", context=live_ctx, recognition=False)
    wait_ops(qtbot)
    assert w.current_session is not None and w.current_session.id == session.id
    dlg = GroupPhotoDialog(
        live_ctx, faces / "_groups" / "obama_biden_standing.jpg", w, session=w.current_session
    )
    dlg.open()
    dlg.analyse()
    qtbot.waitUntil(lambda: dlg.analysis is not None, timeout=120_000)
    assert len(dlg.analysis.faces) >= 2
    assert any(lab.title == "Barack Obama" for lab in dlg.view.labels())
    assert dlg.confirm_button.isEnabled()
    assert len(dlg.ticked()) == 1
    dlg.confirm_button.click()
    wait_ops(qtbot, 60_000)
    events = live_ctx.db.run(lambda s: Events(s).query())
    assert [(e.person_name, e.source, e.session_id) for e in events] == [
        ("Barack Obama", "photo", session.id)
    ]


def test_first_run_builds_the_models_with_progress_then_offers_enrollment(
    qtbot: Any, ctx: Any, tmp_path: Path
) -> None:
    """A fresh data dir: the models are built behind a progress dialog (the window keeps
    running), then the app offers to enroll the first person."""
    import cv2
    import numpy as np
    from PySide6.QtWidgets import QMessageBox, QProgressDialog

    from desktop_app.ui.app import create_application
    from desktop_app.ui.main_window import MainWindow

    video = tmp_path / "camera.avi"  # 25 fps, so frames keep coming during a short build
    writer = cv2.VideoWriter(str(video), cv2.VideoWriter_fourcc(*"MJPG"), 25.0, (320, 240))
    for i in range(50):
        writer.write(np.full((240, 320, 3), 4 * i, np.uint8))
    writer.release()
    create_application()
    assert not any(ctx.models.status(n).ok for n in ctx.models.names())
    w = MainWindow(ctx, source=str(video), config_file=tmp_path / "gui.toml", interactive=True)
    qtbot.addWidget(w)
    w.show()
    w.start()
    qtbot.waitUntil(lambda: bool(w.findChildren(QProgressDialog)), timeout=30_000)
    assert "first run" in w.findChildren(QProgressDialog)[0].labelText()
    frames_before = w.live_page.view.frames_shown
    qtbot.waitUntil(lambda: w.recognition_ready, timeout=300_000)
    assert w.live_page.view.frames_shown > frames_before  # the camera ran during the build
    assert all(ctx.models.status(n).ok for n in ctx.models.names())

    def welcome() -> QMessageBox | None:
        boxes = [b for b in w.findChildren(QMessageBox) if b.isVisible()]
        return boxes[0] if boxes else None

    qtbot.waitUntil(lambda: welcome() is not None, timeout=10_000)
    assert "Nobody is enrolled yet" in welcome().text()
    texts = [b.text() for b in welcome().buttons()]
    assert "From photos..." in texts and "Import a class list..." in texts
    next(b for b in welcome().buttons() if b.text() == "Use the camera...").click()
    from desktop_app.ui.dialogs.enroll_dialog import EnrollDialog

    qtbot.waitUntil(lambda: bool(w.findChildren(EnrollDialog)), timeout=5000)
    dlg = w.findChildren(EnrollDialog)[0]
    assert dlg.mode == "camera"
    dlg.reject()
    w.shutdown()
    wait_ops(qtbot, 60_000)


def test_lookalike_warning_then_enroll_anyway_and_add_samples(
    qtbot: Any, make_window: Any, model_ctx: Any, image_folder: Path, tmp_path: Path
) -> None:

    from desktop_app.ui.dialogs.enroll_dialog import EnrollDialog
    from tests.gui.conftest import astronaut_bgr

    photo = tmp_path / "astronaut.png"
    save_image(photo, astronaut_bgr())
    model_ctx.enrollment.enroll("Eileen Collins", [photo], consent=True, consent_by="test")
    w = make_window(image_folder, context=model_ctx, recognition=True)
    qtbot.waitUntil(lambda: w.recognition_ready, timeout=300_000)

    def lookalike_box() -> Any:
        """Enroll the astronaut again as "Someone Else": the look-alike question."""
        dlg = w.enroll_from_photos(files=[photo])
        dlg.name.setText("Someone Else")
        dlg.consent.setChecked(True)
        dlg.enroll_button.click()
        qtbot.waitUntil(lambda: getattr(dlg, "_lookalike_box", None) is not None, timeout=60_000)
        return dlg, dlg._lookalike_box

    dlg, box = lookalike_box()
    assert "looks like Eileen Collins, who is already enrolled" in box.text()
    for jargon in ("person id", "distance", "--allow", "threshold"):
        assert jargon not in box.text()
    assert model_ctx.db.run(lambda s: People(s).count()) == 1  # nothing stored yet
    # the same person twice: the photos go to Eileen Collins
    next(b for b in box.buttons() if b.text() == "Add to Eileen Collins").click()
    qtbot.waitUntil(lambda: getattr(dlg, "enroll_result", None) is not None, timeout=60_000)
    counts = {p.name: p.template_count for p in model_ctx.db.run(lambda s: People(s).list())}
    assert counts == {"Eileen Collins": 2}
    # two people who look alike: enrolled as a different person
    dlg, box = lookalike_box()
    next(b for b in box.buttons() if b.text() == "Enroll as a different person").click()
    wait_ops(qtbot, 60_000)
    names = sorted(p.name for p in model_ctx.db.run(lambda s: People(s).list()))
    assert names == ["Eileen Collins", "Someone Else"]

    # add samples to an existing person: the name is fixed, consent already recorded
    page = w.people_page
    qtbot.waitUntil(lambda: len(page.names()) == 2, timeout=10_000)
    page.select_person(
        next(r.person.id for r in page.model.rows if r.person.name == "Eileen Collins")
    )
    page.add_samples_to_selected()
    more = w.findChildren(EnrollDialog)[-1]
    assert not more.name.isEnabled() and more.consent.isChecked()
    more.add_files([photo])
    more.enroll(allow_lookalike=True)
    wait_ops(qtbot, 60_000)
    counts = {p.name: p.template_count for p in model_ctx.db.run(lambda s: People(s).list())}
    assert counts["Eileen Collins"] == 3


@pytest.mark.shared
def test_identify_now_names_every_face_the_live_view_boxes(
    qtbot: Any, make_window: Any, live_ctx: Any, shared_data: Path, tmp_path: Path
) -> None:
    """ "Identify now" on the Hamilton clip's audience (frame 255: Barack Obama, Michelle
    Obama turned and laughing, the laughing woman beside them) found Barack Obama alone:
    it searched the picture as a still photo, where Face Mesh drops faces it doubts, while
    the live view, scanning a room, boxed all three. Now it finds what the live view boxes."""
    import cv2

    from desktop_app.ui.dialogs.identify_dialog import IdentifyDialog
    from desktop_app.vision.boxes import iou_matrix

    cap = cv2.VideoCapture(str(shared_data / "video" / "short_hamilton_clip.mp4"))
    cap.set(cv2.CAP_PROP_POS_FRAMES, 255)
    ok, frame = cap.read()
    cap.release()
    assert ok
    camera = tmp_path / "audience.png"  # the frame as the camera (not kept)
    save_image(camera, frame)
    w = make_window(camera, context=live_ctx, recognition=True)
    qtbot.waitUntil(lambda: w.recognition_ready, timeout=300_000)
    view = w.live_page.view
    qtbot.waitUntil(lambda: len(view.labels()) >= 3, timeout=60_000)
    live = np.array([lab.box for lab in view.labels()])

    w.identify_now()
    qtbot.waitUntil(lambda: bool(w.findChildren(IdentifyDialog)), timeout=60_000)
    ident = w.findChildren(IdentifyDialog)[0]
    found = np.array([f.face.box for f in ident.faces])
    assert len(found) == len(live)
    assert (iou_matrix(live, found).max(axis=1) > 0.5).all()
    people = {
        "Barack Obama": (318, 60, 405, 147),
        "Michelle Obama": (375, 107, 449, 181),
        "the woman beside them": (156, 99, 224, 167),
    }
    for who, box in people.items():
        assert iou_matrix(np.array([box]), found).max() > 0.4, f"{who} has no box"
