"""Always-on GUI tests: the real window, a real temp database, generated camera frames."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from desktop_app.storage.repositories import Events, People, Sessions, Templates
from desktop_app.ui.workers import FrameRunner
from desktop_app.vision.image_io import load_image, save_image
from tests.gui.conftest import astronaut_bgr, wait_ops


def _chip_png() -> bytes:
    chip = cv2.resize(astronaut_bgr()[30:230, 150:330], (150, 150))
    ok, buf = cv2.imencode(".png", chip)
    assert ok
    return buf.tobytes()


def add_person(ctx: Any, name: str, group: str | None = None, chip: bool = True) -> Any:
    def tx(s: Any) -> Any:
        p = People(s).add(
            name,
            group_name=group,
            consent_at=dt.datetime.now(dt.UTC),
            consent_by="tester",
            consent_text_version="v1",
        )
        if chip:
            Templates(s).add(
                p.id,
                embedder_id="sface",
                embedding=np.zeros(128, np.float32).tobytes(),
                dim=128,
                chip=_chip_png(),
                chip_format="png",
                source="test",
            )
        return p

    return ctx.db.run(tx)


def test_window_opens_shows_frames_and_switches_pages(
    qtbot: Any, make_window: Any, image_folder: Path
) -> None:
    w = make_window(image_folder)
    qtbot.waitUntil(lambda: w.live_page.view.frames_shown >= 2, timeout=10_000)
    assert w.live_page.view.message() == ""
    for i, key in enumerate(["live", "people", "attendance", "reports", "settings"], start=1):
        w.actions_[f"page_{key}"].trigger()
        assert w.current_page() == key
        assert w.stack.currentWidget() is w.pages[key]
        assert w.actions_[f"page_{key}"].shortcut().toString() == f"Ctrl+{i}"
    w.update_status()
    assert "frames" in w.status_labels["camera"].text()
    assert w.status_labels["recognition"].text() == "Recognition: off"  # made without it
    facts = dict(w.diagnostics())  # the technical details live in Help > Diagnostics
    assert facts["Database"].endswith("attendance.sqlite3")
    shot = image_folder.parent / "shot.png"
    assert w.save_screenshot(shot)
    img = load_image(shot)
    assert img.shape[1] >= 1000


def test_people_table_shows_database_rows_and_search_filters(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    add_person(ctx, "Ana Silva", "7B")
    add_person(ctx, "Bruno Costa", "7C", chip=False)
    w = make_window(image_folder)
    page = w.people_page
    qtbot.waitUntil(lambda: page.names() == ["Ana Silva", "Bruno Costa"], timeout=10_000)
    assert page.model.rows[0].chip_rgb is not None  # thumbnail decoded from the stored chip
    assert page.model.rows[1].chip_rgb is None  # initials instead
    assert page.count_label.text() == "People: 2 · active: 2"
    page.search.setText("bru")
    assert page.names() == ["Bruno Costa"]
    page.search.setText("7b")  # the group column is searched too
    assert page.names() == ["Ana Silva"]
    w.update_status()
    qtbot.waitUntil(lambda: w.status_labels["people"].text() == "People: 2", timeout=5000)


def test_editing_a_person_offers_the_groups_there_are_and_moves_them(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    ana = add_person(ctx, "Ana Silva", "7B")
    add_person(ctx, "Bruno Costa", "7C", chip=False)
    w = make_window(image_folder)
    page = w.people_page
    qtbot.waitUntil(lambda: page.names() == ["Ana Silva", "Bruno Costa"], timeout=10_000)
    assert page.select_person(ana.id)
    page.edit_selected()
    dlg = next(c for c in page.findChildren(QDialog) if c.isVisible())
    qtbot.waitUntil(lambda: dlg.group.count() == 3, timeout=5000)
    assert [dlg.group.itemText(i) for i in range(3)] == ["", "7B", "7C"]
    assert dlg.group.currentText() == "7B"  # still theirs
    dlg.group.setCurrentIndex(2)
    dlg.save()
    wait_ops(qtbot)
    assert ctx.db.run(lambda s: People(s).get(ana.id)).group_name == "7C"


def test_delete_confirmation_names_what_is_erased(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    p = add_person(ctx, "Ana Silva")
    w = make_window(image_folder)
    qtbot.waitUntil(lambda: w.people_page.names() == ["Ana Silva"], timeout=10_000)
    box = w.people_page.confirm_delete(w.people_page.model.rows[0].person, n_events=3)
    text = box.text() + box.informativeText()
    assert "Ana Silva" in text
    assert "face templates (stored: 1)" in text and "face chips" in text
    assert "recognition index" in text
    assert box.checkBox() is not None and "attendance marks (3)" in box.checkBox().text()
    box.reject()
    assert ctx.db.run(lambda s: People(s).get(p.id)).name == "Ana Silva"  # nothing erased


def test_erasing_from_the_gui_can_keep_anonymous_statistics(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    """Issue 14 findings 2 and 14: the GUI erases (no "kept, deactivated" with the name), and
    a name is shown as text, never as markup."""
    import datetime as dt

    from desktop_app.storage.repositories import Events

    name = '<img src="x"><a href="http://evil">Ana</a>'
    p = add_person(ctx, name)
    ctx.db.run(lambda s: Events(s).add(p.id, "check_in", dt.datetime.now(dt.UTC), source="manual"))
    w = make_window(image_folder)
    qtbot.waitUntil(lambda: w.people_page.names() == [name], timeout=10_000)
    box = w.people_page.confirm_delete(w.people_page.model.rows[0].person, n_events=1)
    assert "&lt;img" in box.text() and "<img" not in box.text()
    box.checkBox().setChecked(True)
    (erase,) = [b for b in box.buttons() if b.text() == "Erase"]
    erase.click()
    wait_ops(qtbot)
    kept = ctx.db.run(lambda s: People(s).get(p.id))
    assert kept.name == "Erased person" and kept.template_count == 0 and not kept.active
    assert len(ctx.db.run(lambda s: Events(s).query(person_id=p.id, statuses=None))) == 1


def test_erasing_says_which_older_copies_go_on_a_date_and_which_wait(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    """Two older database copies still hold Ana after she is erased, with
    backup_copies_days off: the one from before a restore is pruned on a date, the one from
    before a migration when newer copies replace it. The status bar says both, not one
    promise for all, and the date is the operator's local day (the pre-restore copy goes at
    12:00 UTC, which is 02:00 the next day on Kiritimati, UTC+14)."""
    import os
    import time

    import tzlocal

    from desktop_app.ui.common import date_text

    old_tz = os.environ.get("TZ")
    os.environ["TZ"] = "Pacific/Kiritimati"
    time.tzset()
    tzlocal.reload_localzone()  # the computer's zone, as the app reads it
    try:
        add_person(ctx, "Ana Lima")
        noon = dt.datetime.now(dt.UTC).replace(hour=12, minute=0, second=0, microsecond=0)
        made = (noon - dt.timedelta(days=5)).timestamp()
        for reason in ("pre-migration", "pre-restore"):
            copy = ctx.db.backup_sqlite(reason=reason)
            os.utime(copy, (made, made))
        privacy = ctx.settings.privacy.model_copy(update={"backup_copies_days": None})
        ctx.settings = ctx.settings.model_copy(update={"privacy": privacy})
        w = make_window(image_folder)
        qtbot.waitUntil(lambda: w.people_page.names() == ["Ana Lima"], timeout=10_000)
        box = w.people_page.confirm_delete(w.people_page.model.rows[0].person, n_events=0)
        (erase,) = [b for b in box.buttons() if b.text() == "Erase"]
        erase.click()
        wait_ops(qtbot)
        assert ctx.db.run(lambda s: People(s).list(active=None)) == []
        local_day = (noon + dt.timedelta(days=25, hours=14)).date()
        said = w.statusBar().currentMessage()
        assert "Ana Lima was erased" in said
        assert f"1 until {date_text(local_day)}, 1 until newer copies replace them" in said, said
    finally:  # the rest of the run keeps its own zone
        if old_tz is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = old_tz
        time.tzset()
        tzlocal.reload_localzone()


def test_a_status_message_has_room_to_be_read_then_the_camera_comes_back(
    qtbot: Any, make_window: Any, image_folder: Path
) -> None:
    """A message ("X is enrolled", an erasure receipt): the status bar draws a message left of its
    permanent labels; the camera's label must make way for it (it used to fill that room)."""
    w = make_window(image_folder)
    bar = w.statusBar()
    qtbot.waitUntil(lambda: "frames" in w.status_labels["camera"].text(), timeout=5000)
    message = "Angelina Jolie was erased (receipt 0281830dfee624ac)."
    w.show_status(message, 400)
    QApplication.processEvents()
    shown = [lab for lab in w.status_labels.values() if lab.isVisible()]
    room = min(lab.x() for lab in shown) - 6  # QStatusBar's message starts 6 px in
    assert room >= bar.fontMetrics().horizontalAdvance(message)
    assert bar.currentMessage() == message
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=3000)
    assert w.status_labels["camera"].isVisible()  # back when the message has gone
    assert "frames" in w.status_labels["camera"].text()


def test_a_report_or_class_list_template_is_proposed_in_the_documents_folder(
    qtbot: Any, make_window: Any, image_folder: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    """Not in the working directory: started from a menu or shortcut, that may be the
    app's install folder (read-only, and nowhere the secretary looks for a report)."""
    from PySide6.QtWidgets import QFileDialog

    from desktop_app.ui.common import documents_folder

    proposed: list[Path] = []

    def cancelled(_parent: Any, _title: str, name: str, _filter: str) -> tuple[str, str]:
        proposed.append(Path(name))
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(cancelled))
    monkeypatch.chdir(tmp_path)
    w = make_window(image_folder)
    w.reports_page.export()
    w.people_page.import_roster()
    w.people_page.roster_dialog.save_template()
    w.people_page.roster_dialog.reject()
    assert [p.parent for p in proposed] == [documents_folder()] * 2
    assert proposed[0].name.startswith("attendance_") and proposed[1].name == "class-list.csv"
    assert documents_folder().is_absolute()


def test_missing_camera_shows_message_then_reconnects(
    qtbot: Any, make_window: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "camera_later"
    w = make_window(folder)
    view = w.live_page.view
    qtbot.waitUntil(lambda: "does not exist" in view.message(), timeout=5000)
    assert "Reconnecting" in view.message()
    assert view.frames_shown == 0
    w.update_status()
    assert "reconnecting" in w.status_labels["camera"].text()
    folder.mkdir()  # the "camera" comes back
    save_image(folder / "a.png", astronaut_bgr())
    qtbot.waitUntil(lambda: view.frames_shown > 0 and view.message() == "", timeout=15_000)


class SlowSource:
    """A source that blocks for seconds, like a camera driver timing out."""

    description = "slow camera"

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.reads = 0

    def read(self) -> np.ndarray:
        time.sleep(self.delay)
        self.reads += 1
        return np.full((120, 160, 3), 80, np.uint8)

    def close(self) -> None:
        pass


def test_ui_thread_keeps_running_while_the_source_blocks(qtbot: Any) -> None:
    from desktop_app.ui.app import create_application
    from desktop_app.ui.live_view import LiveView

    create_application()
    source = SlowSource(1.5)
    runner = FrameRunner(lambda: source)
    view = LiveView()
    qtbot.addWidget(view)
    view.attach(runner)
    view.show()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    runner.start()
    qtbot.waitUntil(lambda: view.frames_shown >= 1, timeout=6000)
    qtbot.wait(500)
    timer.stop()
    runner.stop(timeout=3.0)
    gaps = np.diff(ticks)
    # The source blocked for 1.5 s per frame; the GUI thread kept ticking throughout.
    assert len(ticks) > 50
    assert gaps.max() < 0.75, f"the GUI thread stalled for {gaps.max():.2f} s"


def test_inference_takes_the_newest_frame_and_drops_stale_ones(qtbot: Any) -> None:
    class Counter:
        description = "counter"

        def __init__(self) -> None:
            self.i = 0

        def read(self) -> np.ndarray:
            time.sleep(0.002)
            self.i += 1
            return np.full((8, 8, 3), self.i % 255, np.uint8)

        def close(self) -> None:
            pass

    seen: list[Any] = []

    def slow_process(frame: np.ndarray) -> int:
        time.sleep(0.08)
        return int(frame[0, 0, 0])

    runner = FrameRunner(Counter, slow_process)
    runner.processed.connect(seen.append)
    runner.start()
    qtbot.waitUntil(lambda: len(seen) >= 5, timeout=10_000)
    runner.stop()
    indices = [p.frame.index for p in seen]
    assert indices == sorted(indices)
    assert sum(p.skipped for p in seen[1:]) > 10  # frames that arrived meanwhile were skipped
    assert all(p.elapsed_ms >= 70 for p in seen)
    assert seen[-1].frame.index > seen[0].frame.index + 10


def test_attendance_log_shows_events_with_filters(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    ana = add_person(ctx, "Ana Silva", "7B")
    bruno = add_person(ctx, "Bruno Costa", "7C")
    now = dt.datetime.now(dt.UTC)
    ctx.db.run(lambda s: Events(s).add(ana.id, "present", now, source="camera", score=0.12))
    ctx.db.run(lambda s: Events(s).add(bruno.id, "present", now, source="manual"))
    w = make_window(image_folder)
    page = w.attendance_page
    qtbot.waitUntil(lambda: len(page.rows()) == 2, timeout=10_000)
    assert {r[1] for r in page.rows()} == {"Ana Silva", "Bruno Costa"}
    qtbot.waitUntil(lambda: page.group.count() == 3, timeout=5000)
    page.group.setCurrentIndex(page.group.findData("7B"))
    qtbot.waitUntil(lambda: [r[1] for r in page.rows()] == ["Ana Silva"], timeout=5000)
    assert page.rows()[0][5] == "very sure"  # the match in words, not a raw distance
    # the live page's "Today" panel lists them too
    assert any("Ana Silva" in t for t in w.live_page.event_texts())


def test_correction_withdraws_a_mark_with_reason(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    pytest.importorskip("desktop_app.attendance.service")
    from desktop_app.ui.dialogs.correction_dialog import CorrectionDialog

    ana = add_person(ctx, "Ana Silva")
    ev = ctx.db.run(
        lambda s: Events(s).add(ana.id, "present", dt.datetime.now(dt.UTC), source="camera")
    )
    w = make_window(image_folder)
    page = w.attendance_page
    qtbot.waitUntil(lambda: len(page.rows()) == 1, timeout=10_000)
    page.table.selectRow(0)
    assert page.remove.isEnabled()
    dlg = CorrectionDialog(ctx, "delete", page.selected_event(), page)
    qtbot.addWidget(dlg)
    dlg.apply()  # no reason yet: refused, nothing changes
    assert "reason" in dlg.status.text()
    dlg.reason.setText("left before the lesson")
    dlg.apply()
    wait_ops(qtbot)
    stored = ctx.db.run(lambda s: Events(s).get(ev.id))
    assert stored.status == "deleted" and stored.correction_reason == "left before the lesson"
    qtbot.waitUntil(lambda: page.rows() == [], timeout=5000)
    page.show_corrected.setChecked(True)
    qtbot.waitUntil(
        lambda: len(page.rows()) == 1 and page.rows()[0][6] == "withdrawn", timeout=5000
    )


def test_session_start_and_end_from_the_live_page(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    pytest.importorskip("desktop_app.attendance.service")
    from desktop_app.ui.dialogs.session_dialog import SessionDialog

    w = make_window(image_folder)
    wait_ops(qtbot)
    assert w.actions_["session_start"].isEnabled()
    assert not w.actions_["session_end"].isEnabled()
    dlg = SessionDialog(ctx, w)
    qtbot.addWidget(dlg)
    dlg.name.setText("Maths 7B")
    dlg.start()
    qtbot.waitUntil(lambda: "Maths 7B" in w.live_page.session_label.text(), timeout=5000)
    assert w.actions_["session_end"].isEnabled()
    w.actions_["session_end"].trigger()
    qtbot.waitUntil(lambda: w.current_session is None, timeout=5000)
    sessions = ctx.db.run(lambda s: Sessions(s).list())
    assert [s.name for s in sessions] == ["Maths 7B"] and sessions[0].ends_at is not None


def test_reports_chart_counts_people_per_day_and_exports(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    pytest.importorskip("desktop_app.attendance.reports")
    ana = add_person(ctx, "Ana Silva")
    bruno = add_person(ctx, "Bruno Costa")
    now = dt.datetime.now(dt.UTC)
    for pid in (ana.id, bruno.id):
        ctx.db.run(lambda s, pid=pid: Events(s).add(pid, "present", now, source="camera"))
    w = make_window(image_folder)
    w.show_page("reports")
    page = w.reports_page
    qtbot.waitUntil(lambda: bool(page.counts) and page.counts[-1].present == 2, timeout=10_000)
    assert page.counts[-1].day == dt.date.today()  # no sessions: days on which anybody came
    assert page.chart_values()["on time"][-1] == 2
    assert page.export_button.isEnabled()
    page.format.setCurrentIndex(page.format.findData("xlsx"))
    out = tmp_path / "report.xlsx"
    page.export(out)
    qtbot.waitUntil(lambda: bool(page.last_export), timeout=30_000)
    import openpyxl

    wb = openpyxl.load_workbook(out, read_only=True)
    cells = {str(c) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for c in row}
    assert "Ana Silva" in cells and "Bruno Costa" in cells


def test_settings_page_saves_and_restarts_the_camera(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    from desktop_app.config import load_settings

    w = make_window(tmp_path / "nothing_here")
    qtbot.waitUntil(lambda: "does not exist" in w.live_page.view.message(), timeout=5000)
    page = w.settings_page
    page.source.setCurrentText(str(image_folder))
    page.min_face.setValue(60)
    page.cooldown.setValue(120)
    page.mode.setCurrentIndex(page.mode.findData("check_in_out"))
    page.save()
    saved = load_settings(config_file=tmp_path / "gui.toml", environ={})
    assert saved.camera.source == str(image_folder)
    assert saved.detector.min_face == 60
    assert saved.attendance.cooldown_seconds == 120
    assert saved.attendance.mode == "check_in_out"
    assert ctx.settings.detector.min_face == 60
    qtbot.waitUntil(lambda: w.live_page.view.frames_shown > 0, timeout=10_000)


def test_settings_saved_in_a_data_dir_run_keep_the_usual_data_folder(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    """``face-attendance --data-dir X gui`` (the fixture's context has its data folder from
    that flag), Save on the Settings page: the settings file still opens the usual data
    folder on the next plain start, with the new setting."""
    from desktop_app.config import load_settings

    usual = tmp_path / "usual data"
    (tmp_path / "gui.toml").write_text(f'data_dir = "{usual.as_posix()}"\n', encoding="utf-8")
    w = make_window(image_folder)
    page = w.settings_page
    page.min_face.setValue(60)
    page.save()
    saved = load_settings(config_file=tmp_path / "gui.toml", environ={})
    assert saved.detector.min_face == 60
    assert saved.data_dir == usual  # not the folder of this run
    assert ctx.settings.data_dir != usual and ctx.settings.detector.min_face == 60


def test_roster_import_checks_first_then_imports_all(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    pytest.importorskip("desktop_app.attendance.roster")
    csv_path = tmp_path / "roster.csv"
    csv_path.write_text("name,external_id,group\nAna Silva,S1,7B\nBruno Costa,S2,7B\n")
    w = make_window(image_folder)
    page = w.people_page
    page.import_roster(csv_path)
    dlg = page.roster_dialog
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=10_000)
    assert "All 2 rows can be imported" in dlg.headline.text()
    assert ctx.db.run(lambda s: People(s).count()) == 0  # the check changed nothing
    if dlg.consent.isVisible():
        assert not dlg.import_button.isEnabled()  # consent first
        dlg.consent.setChecked(True)
    dlg.import_button.click()
    wait_ops(qtbot)
    qtbot.waitUntil(lambda: page.names() == ["Ana Silva", "Bruno Costa"], timeout=10_000)
    assert {p.external_id for p in ctx.db.run(lambda s: People(s).list())} == {"S1", "S2"}


def test_admin_pin_is_stored_hashed_and_must_match(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    pin = pytest.importorskip("desktop_app.security.pin")
    w = make_window(image_folder)
    page = w.settings_page
    assert page.pin_button.isEnabled()
    errors: list[str] = []
    from desktop_app.ui import ops

    ops.get_hub().error.connect(errors.append)
    page.store_pin("4829", "4830")
    assert errors and "differ" in errors[-1]
    assert not pin.has_pin(ctx.db)
    page.store_pin("1234", "1234")  # too easy: the core refuses, the message is shown
    wait_ops(qtbot)
    assert "too easy" in errors[-1] and not pin.has_pin(ctx.db)
    page.store_pin("4829", "4829")
    wait_ops(qtbot)
    assert pin.has_pin(ctx.db)
    assert page.status.text() == "The admin PIN was set."


def test_calibration_plot_shows_the_curve_and_reads_off_the_threshold(
    qtbot: Any, make_window: Any, image_folder: Path
) -> None:
    calibrate = pytest.importorskip("desktop_app.recognition.calibrate")
    rng = np.random.default_rng(0)
    centers = rng.normal(size=(40, 128))
    x = np.concatenate([c + 0.25 * rng.normal(size=(3, 128)) for c in centers])
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    pids = np.repeat(np.arange(40), 3)
    result = calibrate.calibrate(x.astype(np.float32), pids, target_fmr=1e-2)
    w = make_window(image_folder)
    page = w.settings_page
    w.show_page("settings")
    # nothing measured yet: in place of an empty white chart, what the button puts there
    assert page.chart_hint.isVisible() and page.chart_view.isVisible()
    assert "how many people would be asked to try again" in page.chart_hint.text()
    assert "Measure on my people" in page.chart_hint.text()
    page.show_calibration(result)
    assert page.chart_view.isVisible() and not page.chart_hint.isVisible()
    names = [s.name() for s in page.chart.series()]
    assert "false match per check-in" in names and "current threshold" in names
    if result.threshold is not None:
        assert page.threshold.value() == pytest.approx(result.threshold, abs=1e-3)
        assert f"{result.threshold:.3f}" in page.calibration_note.text()


def test_manual_mark_and_wrong_person_corrections(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    pytest.importorskip("desktop_app.attendance.service")
    from desktop_app.ui.dialogs.correction_dialog import CorrectionDialog

    ana = add_person(ctx, "Ana Silva")
    bruno = add_person(ctx, "Bruno Costa")
    w = make_window(image_folder)
    page = w.attendance_page
    wait_ops(qtbot)

    manual = CorrectionDialog(ctx, "manual", None, page)
    qtbot.addWidget(manual)
    qtbot.waitUntil(lambda: manual.person.count() == 2, timeout=5000)
    manual.person.setCurrentIndex(manual.person.findData(ana.id))
    manual.reason.setText("camera was off")
    manual.apply()
    qtbot.waitUntil(lambda: [r[1] for r in page.rows()] == ["Ana Silva"], timeout=10_000)
    assert page.rows()[0][4] == "Manual" and page.rows()[0][8] == "camera was off"

    page.table.selectRow(0)
    wrong = CorrectionDialog(ctx, "reassign", page.selected_event(), page)
    qtbot.addWidget(wrong)
    qtbot.waitUntil(lambda: wrong.person.count() == 1, timeout=5000)  # not Ana herself
    wrong.person.setCurrentIndex(wrong.person.findData(bruno.id))
    wrong.reason.setText("it was Bruno")
    wrong.apply()
    qtbot.waitUntil(lambda: [r[1] for r in page.rows()] == ["Bruno Costa"], timeout=10_000)
    old = ctx.db.run(lambda s: Events(s).query(person_id=ana.id, statuses=None))
    assert [e.status for e in old] == ["corrected"]


def test_live_view_ignores_frames_it_cannot_show(qtbot: Any) -> None:
    from desktop_app.ui.live_view import LiveView

    view = LiveView()
    qtbot.addWidget(view)
    view.resize(320, 240)
    view.show()
    good = np.full((48, 64, 3), 100, np.uint8)
    view.set_frame(good)
    for bad in (
        np.zeros((0, 0, 3), np.uint8),
        np.zeros((48, 64), np.uint8),
        np.zeros((48, 64, 3), np.float32),
    ):
        view.set_frame(bad)
        view.repaint()
    assert view.frames_shown == 1 and view.current_image() is good


def test_a_broken_database_shows_one_clear_error_and_the_window_still_runs(
    qtbot: Any, make_window: Any, settings: Any, image_folder: Path
) -> None:
    from desktop_app.context import AppContext
    from desktop_app.ui import ops

    settings.paths.database.write_bytes(b"this is not a database at all" * 10)
    broken = AppContext(settings)
    try:
        w = make_window(image_folder, context=broken)
        qtbot.waitUntil(lambda: bool(ops.showing_errors()), timeout=10_000)
        wait_ops(qtbot)
        errors = [e for e in ops.showing_errors() if "SQLite" in e]
        assert len(errors) == 1 and "not an SQLite database" in errors[0]
        qtbot.waitUntil(lambda: w.live_page.view.frames_shown > 0, timeout=10_000)
    finally:
        for box in [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox)]:
            box.done(0)
        broken.close()


def test_keyboard_shortcuts_switch_pages_and_focus_search(
    qtbot: Any, make_window: Any, image_folder: Path
) -> None:
    from PySide6.QtCore import Qt

    w = make_window(image_folder)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)  # shortcuts go to the active window
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page() == "attendance"
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page() == "people"
    qtbot.waitUntil(lambda: w.people_page.search.hasFocus(), timeout=2000)
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.current_page() == "live"


def test_settings_and_about_say_when_a_models_weights_are_not_for_commercial_use(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    """MTCNN's weights: the maintainer says not for commercial use; the dlib ResNet's are
    public domain. The Settings choice and the About text show it, with the link."""
    from desktop_app.config import load_settings
    from desktop_app.ui.main_window import about_html

    w = make_window(image_folder)
    page = w.settings_page
    page.detector_model.setCurrentIndex(page.detector_model.findData("mtcnn"))
    note = page.detector_licence.text()
    assert "Not for commercial use" in note and "github.com/ipazc/mtcnn/issues/53" in note
    about = about_html(ctx.settings)  # the defaults: BlazeFace + Face Mesh, SFace
    assert "blazeface" in about and "face_mesh" in about and "Apache-2.0" in about
    assert "mtcnn" not in about and "Not for commercial use" not in about
    assert "sface" in about and "opencv_zoo" in about
    page.save()  # the choice is saved as the detector setting
    saved = load_settings(config_file=tmp_path / "gui.toml", environ={})
    assert saved.recognition.detector == "mtcnn"
    about = about_html(saved)
    assert "mtcnn" in about and "Not for commercial use" in about and "face_mesh" not in about


def test_switching_the_embedder_reembeds_in_the_background_and_applies_at_next_start(
    qtbot: Any,
    make_window: Any,
    ctx: Any,
    image_folder: Path,
    tmp_path: Path,
) -> None:
    """The new embedder is a tiny ONNX graph generated in the test (see
    tests/modelzoo/test_user_models.py); the enrolled sample is the real dlib ResNet's."""
    from desktop_app.config import load_settings
    from desktop_app.storage.repositories import Templates
    from tests.modelzoo.test_user_models import CARD, tiny_onnx

    face_bgr = astronaut_bgr()
    person = ctx.enrollment.enroll("Eileen Collins", [face_bgr], consent=True).person
    card = tmp_path / "card.toml"
    card.write_text(CARD)
    ctx.models.add(tiny_onnx(tmp_path / "tiny.onnx"), card)
    w = make_window(image_folder)
    page = w.settings_page
    page.load()
    assert page.better_embedder.text() == ""  # the shipped model is in use
    page.save()  # an untouched default threshold is not pinned: the model's rule stays
    assert (
        load_settings(config_file=tmp_path / "gui.toml", environ={}).recognition.threshold is None
    )
    page.threshold.setValue(1.0)  # typed by hand, on SFace's scale
    page.save()
    assert load_settings(config_file=tmp_path / "gui.toml", environ={}).recognition.threshold == 1.0
    page.embedder_model.setCurrentIndex(page.embedder_model.findData("tiny_embedder"))
    assert "CC0-1.0" in page.embedder_licence.text()
    assert page.switch_embedder_button.isEnabled()
    page.switch_embedder()
    qtbot.waitUntil(lambda: "re-embedded with tiny_embedder" in page.status.text(), timeout=30_000)
    wait_ops(qtbot)
    rows = ctx.db.run(lambda s: Templates(s).list(embedder_id="tiny_embedder"))
    assert [r.person_id for r in rows] == [person.id]
    saved = load_settings(config_file=tmp_path / "gui.toml", environ={})
    assert saved.recognition.embedder == "tiny_embedder"
    # this run keeps recognising with the embedder it started with
    assert ctx.settings.recognition.embedder == "sface"
    (face, *_rest) = ctx.recognizer.identify_image(face_bgr)
    assert face.match.person_id == person.id
    assert saved.recognition.threshold is None  # 1.0 was on the old model's scale
    assert "more accurate face model is available: sface" in page.better_embedder.text()
    page.save()  # a later Save keeps the switch and writes no old-scale threshold back
    saved = load_settings(config_file=tmp_path / "gui.toml", environ={})
    assert saved.recognition.embedder == "tiny_embedder"
    assert saved.recognition.threshold is None


def test_a_target_rate_saves_its_threshold_asks_when_costly_and_survives_a_restart(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    """Issue 13: a target rate chosen in Settings was shown selected after a restart while
    the default threshold was back in use. Now the calibrated threshold is saved with the
    target, Settings shows the threshold in use, and a costly one needs a yes."""
    import dataclasses

    from desktop_app.config import load_settings
    from desktop_app.context import AppContext
    from desktop_app.recognition import calibrate
    from desktop_app.recognition.gallery import decision_rule

    rng = np.random.default_rng(0)
    centers = rng.normal(size=(40, 128))
    x = np.concatenate([c + 0.25 * rng.normal(size=(3, 128)) for c in centers])
    pids = np.repeat(np.arange(40), 3)
    result = calibrate.calibrate(
        x, pids, target_fmr=1e-3, normalize=True, crowd_weight=0.5, crowd_reach=0.5
    )
    assert result.threshold is not None
    costly = dataclasses.replace(result, threshold=0.3, refused_share=0.45)
    w = make_window(image_folder)
    page = w.settings_page
    page.by_fmr.setChecked(True)
    page.fmr.setCurrentIndex(page.fmr.findData(1e-3))
    page.show_calibration(costly)
    assert "45%" in page.calibration_note.text() and "confirmation" in page.calibration_note.text()
    asked: list[float] = []
    page.confirm_costly = lambda cal: asked.append(cal.refused_share) or False  # "No"
    page.save()
    assert asked == [0.45] and "Not saved" in page.status.text()
    assert not (tmp_path / "gui.toml").exists()  # nothing written

    page.confirm_costly = lambda cal: True  # "Yes"
    errors: list[str] = []
    from desktop_app.ui import ops

    ops.get_hub().error.connect(errors.append)
    page.save()
    assert not errors and "Saved to" in page.status.text(), (errors, page.status.text())
    saved = load_settings(config_file=tmp_path / "gui.toml", environ={})
    assert saved.recognition.target_false_match_rate == 1e-3
    assert saved.recognition.threshold == pytest.approx(0.3)
    assert decision_rule(saved, saved.recognition.embedder).threshold == pytest.approx(0.3)

    # a restart: a new context from the saved file; Settings shows what is in use
    restarted = AppContext(saved)
    try:
        page2 = make_window(image_folder, context=restarted).settings_page
        assert page2.by_fmr.isChecked() and page2.fmr.currentData() == 1e-3
        assert page2.threshold.value() == pytest.approx(0.3)
        assert "In use: 0.300 (calibrated for 1 in 1,000" in page2.calibration_note.text()
        assert saved.recognition.embedder not in page2.calibration_note.text()  # no model ids
    finally:
        restarted.close()


def test_the_class_list_import_has_one_name_wherever_it_is_offered(
    make_window: Any, image_folder: Path
) -> None:
    """The welcome box, the File menu, the People page and the dialog all say "class list"
    (the menu and the page button said "Import roster CSV", a word the dialog never uses)."""
    from PySide6.QtWidgets import QToolButton

    w = make_window(image_folder)
    file_menu = w.menuBar().actions()[0].menu()
    assert "Import a class list..." in [a.text() for a in file_menu.actions()]
    buttons = [b.text() for b in w.people_page.findChildren(QToolButton)]
    assert "Import a class list" in buttons and not any("roster" in b for b in buttons)
    w.import_roster()
    assert w.people_page.roster_dialog.windowTitle() == "Import a class list"
    w.people_page.roster_dialog.reject()


def test_a_damaged_group_photo_is_named_in_a_message_that_stays_open(
    qtbot: Any, make_window: Any, image_folder: Path, tmp_path: Path
) -> None:
    """Open photo... on a file that is not a picture: the message says so and stays on
    screen (it belonged to the photo dialog, which closes at once, and vanished with it:
    the operator saw nothing happen)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    w = make_window(image_folder)
    broken = tmp_path / "class photo.jpg"
    broken.write_bytes(b"not a picture")
    w.open_group_photo(broken)
    qtbot.wait(200)
    shown = [
        b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox) and b.isVisible()
    ]
    assert len(shown) == 1 and "class photo.jpg" in shown[0].text()
    assert "not a readable image" in shown[0].text()
    shown[0].accept()


def test_face_models_that_cannot_be_built_show_one_error_and_the_camera_keeps_running(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.errors import ModelError
    from desktop_app.ui import ops

    def cannot_build(name: str, progress: Any = None) -> None:
        raise ModelError(f"{name}: its weights package is not installed")

    monkeypatch.setattr(ctx.models, "ensure", cannot_build)
    errors: list[str] = []
    ops.get_hub().error.connect(errors.append)
    try:
        w = make_window(image_folder, recognition=True)
        qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
        wait_ops(qtbot)
        label = w.status_labels["recognition"]
        assert label.text() == "Recognition: not working (see Help > Diagnostics)"
        assert "weights package is not installed" in label.toolTip()
        assert len(errors) == 1 and "weights package is not installed" in errors[0]
        qtbot.waitUntil(lambda: w.live_page.view.frames_shown > 0, timeout=10_000)
    finally:
        for box in [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox)]:
            box.done(0)


def test_a_correction_asks_for_what_is_missing_and_stops_asking_once_it_is_given(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    """OK with no reason says "Please give a reason"; typing one takes the request away
    (it stayed beside the filled-in reason until OK was pressed again)."""
    add_person(ctx, "Ana Silva", "7B")
    w = make_window(image_folder)
    page = w.attendance_page
    page.correct("manual")
    dlg = page.dialog
    qtbot.waitUntil(lambda: dlg.person.count() == 1, timeout=5000)
    dlg.apply()
    assert dlg.status.text() == "Please give a reason: corrections are audited."
    dlg.reason.setText("came with a note")
    assert dlg.status.text() == ""
    dlg.apply()
    assert dlg.status.text() == "Choose the person."
    dlg.person.setCurrentIndex(0)
    assert dlg.status.text() == ""
    dlg.reject()


def test_start_says_it_is_starting_and_cannot_be_pressed_twice_while_the_database_is_busy(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    """Another program holds the database: Start used to show nothing at all until the
    retries ended (47 s in the walk); now it says so at once and waits with Start greyed."""
    import sqlite3

    from PySide6.QtWidgets import QDialogButtonBox

    w = make_window(image_folder)
    w.actions_["session_start"].trigger()
    dlg = w.session_dialog
    dlg.name.setText("Maths 7B")
    start = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ctx.attendance.now()  # built, as in a running app (the live loop builds it)
    other = sqlite3.connect(ctx.settings.data_dir / "attendance.sqlite3", isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        dlg.start()
        assert dlg.status.text() == "Starting the session..."
        assert not start.isEnabled() and dlg.isVisible()
        qtbot.wait(300)
    finally:
        other.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: not dlg.isVisible(), timeout=60_000)
    assert dlg.result_session is not None and dlg.result_session.name == "Maths 7B"
