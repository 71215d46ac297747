"""The operator's attendance flows in the real window (offscreen): reports that agree with
the exports, sessions started at a chosen time and edited, corrections, the end-of-session
roll call. Screenshots of these flows are in docs/screenshots/ (tools/screenshots.py)."""

from __future__ import annotations

import csv
import datetime as dt
import threading
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from desktop_app.attendance import reports
from desktop_app.context import AppContext
from tests.attendance.conftest import with_attendance
from tests.attendance.one_day import DAY, build_one_day
from tests.gui.conftest import end_session_for_roll_call, wait_ops


@pytest.fixture
def berlin_ctx(settings: Any) -> Any:
    context = AppContext(with_attendance(settings))
    yield context
    context.close()


@pytest.fixture
def midday_ctx(settings: Any) -> Any:
    """A context whose attendance.timezone (so the service's and the window's day) has local
    noon within the hour now: lessons placed up to an hour back from now are on the page's
    today whenever the suite runs (at 00:30 UTC "now - 50 min" was yesterday's)."""
    offset = 12 - dt.datetime.now(dt.UTC).hour  # hours east of UTC, -11..12
    zone = "Etc/UTC" if offset == 0 else f"Etc/GMT{-offset:+d}"  # Etc/GMT-5 is UTC+5
    context = AppContext(with_attendance(settings, timezone=zone))
    yield context
    context.close()


def test_reports_page_chart_and_figures_match_the_exported_files(
    qtbot: Any, make_window: Any, berlin_ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    build_one_day(berlin_ctx.settings, berlin_ctx.db)
    w = make_window(image_folder, context=berlin_ctx)
    w.show_page("reports")
    page = w.reports_page
    page.preset.setCurrentIndex(page.preset.findData("custom"))
    page.date_from.setDate(DAY)
    page.date_to.setDate(DAY)
    qtbot.waitUntil(lambda: page.data is not None and page.data.first == DAY, timeout=10_000)
    wait_ops(qtbot)
    # the chart: 3 on time, 1 late, 1 absent -- the register's numbers
    assert page.chart_values() == {"on time": [3.0], "late": [1.0], "absent": [1.0]}
    text = page.summary.text()
    assert "4 of 5 expected attendances (80.0%), 1 late, 1 absent" in text
    assert "Marks outside the sessions (not counted): 1" in text  # no "1 marks"
    assert "Maths 7B (7B): Mon 02 Mar 08:00-08:45" in text
    # the session filter lists the day's session
    assert page.session.count() == 2 and page.session.itemText(1).startswith("Maths 7B")

    # CSV: one file by default, then "Open file" / "Open folder"
    assert not page.open_file.isVisible()
    page.format.setCurrentIndex(page.format.findData("csv"))
    assert page.separate_csv.isVisible() and not page.separate_csv.isChecked()
    out = tmp_path / "day.csv"
    page.export(out)
    qtbot.waitUntil(lambda: page.last_export == [out], timeout=30_000)
    assert page.open_file.isVisible() and page.open_folder.isVisible()
    assert "day.csv" in page.export_note.text()
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines()))
    header = rows.index(["Register"]) + 1
    totals = next(r for r in rows[header:] if r and r[0] == "Present that day")
    assert totals[3] == "4" == str(page.counts[0].present)

    # the same figures in the PDF the page writes
    from pypdf import PdfReader

    page.format.setCurrentIndex(page.format.findData("pdf"))
    pdf = tmp_path / "day.pdf"
    page.export(pdf)
    qtbot.waitUntil(lambda: page.last_export == [pdf], timeout=30_000)
    words = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf)).pages)
    assert reports.key_figures(page.data).rate_text in words


def test_reports_page_keeps_the_period_chosen_when_an_earlier_load_finishes_later(
    qtbot: Any, make_window: Any, berlin_ctx: Any, image_folder: Path, monkeypatch: Any
) -> None:
    """Loads run on two pool threads: the page's first load (the last 14 days) is held back
    until the user's chosen day has been shown; when it finally arrives it must not replace
    the chosen day's chart and figures."""
    from desktop_app.ui.pages import reports_page

    build_one_day(berlin_ctx.settings, berlin_ctx.db)
    real_build = reports_page.build
    first = threading.Event()
    release = threading.Event()

    def build(ctx: Any, start: dt.date, *args: Any) -> Any:
        if not first.is_set():
            first.set()
            assert release.wait(60)
        return real_build(ctx, start, *args)

    monkeypatch.setattr(reports_page, "build", build)
    w = make_window(image_folder, context=berlin_ctx)
    w.show_page("reports")
    page = w.reports_page
    qtbot.waitUntil(first.is_set, timeout=10_000)
    page.preset.setCurrentIndex(page.preset.findData("custom"))
    page.date_from.setDate(DAY)
    page.date_to.setDate(DAY)
    qtbot.waitUntil(lambda: page.data is not None and page.data.first == DAY, timeout=30_000)
    release.set()
    wait_ops(qtbot, 30_000)
    assert page.data.first == page.data.last == DAY
    assert page.chart_values() == {"on time": [3.0], "late": [1.0], "absent": [1.0]}


def test_reports_page_says_what_to_do_when_empty(
    qtbot: Any, make_window: Any, image_folder: Path
) -> None:
    w = make_window(image_folder)
    w.show_page("reports")
    page = w.reports_page
    page.preset.setCurrentIndex(page.preset.findData("today"))
    qtbot.waitUntil(lambda: page.body.currentWidget() is page.empty, timeout=10_000)
    assert "No attendance in this period yet" in page.empty.text()
    assert "Live" in page.empty.text()


def _add_people(ctx: Any, *names: str, group: str = "7B") -> dict[str, int]:
    """People in ``group`` since a month ago (the class existed before its lessons)."""
    from desktop_app.storage.repositories import People

    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    return ctx.db.run(
        lambda s: {n: People(s).add(n, group_name=group, member_since=since).id for n in names}
    )


def test_last_years_class_stays_in_the_group_choosers_after_its_pupils_moved_up(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    """Every pupil of 7B moved up to 8B: the Reports and Attendance pages still offer 7B, so
    its past registers can be made from the app, not only from the command line (review10)."""
    from desktop_app.storage.repositories import People

    ids = _add_people(ctx, "Ana", "Ben")
    ctx.db.run(lambda s: [People(s).update(pid, group_name="8B") for pid in ids.values()])
    w = make_window(image_folder)
    w.show_page("reports")
    reports_page = w.reports_page
    qtbot.waitUntil(lambda: reports_page.group.findData("7B") > 0, timeout=10_000)
    assert reports_page.group.findData("8B") > 0
    w.show_page("attendance")
    page = w.attendance_page
    qtbot.waitUntil(lambda: page.group.findData("7B") > 0, timeout=10_000)


def test_a_session_started_at_a_chosen_time_counts_who_came_before_start_was_pressed(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    from desktop_app.attendance import rules
    from desktop_app.ui.common import to_qdatetime
    from desktop_app.ui.dialogs.session_dialog import SessionDialog

    ids = _add_people(ctx, "Ana", "Ben")
    now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    ctx.attendance.mark(ids["Ana"], at=now - dt.timedelta(minutes=12), source="manual")
    w = make_window(image_folder)
    wait_ops(qtbot)
    dlg = SessionDialog(ctx, w)
    qtbot.addWidget(dlg)
    dlg.name.setText("Maths 7B")
    dlg.group.setCurrentText("7B")
    dlg.started.setDateTime(to_qdatetime(now - dt.timedelta(minutes=5)))  # pressed late
    dlg.start()
    qtbot.waitUntil(lambda: w.current_session is not None, timeout=5000)
    assert w.current_session.starts_at == now - dt.timedelta(minutes=5)
    status = {e.name: e.status for e in ctx.attendance.roll_call(w.current_session.id)}
    assert status == {"Ana": rules.PRESENT, "Ben": rules.ABSENT}  # Ana: 7 min before start


def test_ending_a_session_lists_absent_and_late_and_marks_present_in_one_click(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    from desktop_app.storage.repositories import Events

    ids = _add_people(ctx, "Ana", "Ben", "Cleo")
    now = dt.datetime.now(dt.UTC)
    start = now - dt.timedelta(minutes=40)
    s = ctx.attendance.start_session(
        "Maths 7B", group="7B", starts_at=start, late_after=start + dt.timedelta(minutes=10)
    )
    ctx.attendance.mark(ids["Ana"], at=start + dt.timedelta(minutes=2), session_id=s.id)
    ctx.attendance.mark(ids["Ben"], at=start + dt.timedelta(minutes=25), session_id=s.id)
    w = make_window(image_folder)
    dlg = end_session_for_roll_call(qtbot, w)
    qtbot.waitUntil(lambda: dlg.absent_names() == ["Cleo"], timeout=5000)
    assert dlg.isVisible()
    assert "2 of 3 present</b> (1 late), <b>1 absent" in dlg.headline.text()
    rows = [(dlg.table.item(r, 0).text(), dlg.table.item(r, 1).text()) for r in range(2)]
    assert rows[0] == ("Cleo", "absent") and rows[1][0] == "Ben"
    assert rows[1][1].startswith("late, arrived")
    dlg.reason.setCurrentText("Sat at the back, camera missed her")
    dlg.buttons[ids["Cleo"]].click()
    qtbot.waitUntil(lambda: dlg.absent_names() == [], timeout=5000)
    [added] = ctx.db.run(lambda s_: Events(s_).query(person_id=ids["Cleo"]))
    assert added.session_id == s.id and added.source == "manual"
    assert added.correction_reason == "Sat at the back, camera missed her"
    assert "Cleo marked present" in dlg.status.text()


def test_start_pressed_twice_offers_the_running_class_and_parallel_classes_still_start(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    from desktop_app.storage.repositories import Sessions
    from desktop_app.ui.common import to_qdatetime

    _add_people(ctx, "Ana", "Ben")
    w = make_window(image_folder)
    wait_ops(qtbot)
    now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)

    def start(name: str, group: str, at: dt.datetime) -> Any:
        w.actions_["session_start"].trigger()
        dlg = w.session_dialog
        dlg.name.setText(name)
        dlg.group.setCurrentText(group)
        dlg.started.setDateTime(to_qdatetime(at))
        dlg.start()
        return dlg

    first = start("Maths 7B", "7B", now - dt.timedelta(minutes=10))
    qtbot.waitUntil(lambda: first.result() == 1 and w.current_session is not None, timeout=5000)
    # Start again for the same class: no second session; the dialog says which one runs
    again = start("Maths 7B", "7B", now)  # ten minutes later
    qtbot.waitUntil(lambda: "has been running" in again.status.text(), timeout=5000)
    # in the UI's direction (LRM LRI ... PDI here), so Arabic reads it right to left
    assert again.status.text().startswith("\u200e\u2066'Maths 7B' (group 7B) has been running")
    assert again.isVisible() and again.continue_button.isVisible()
    assert not again.end_button.isVisible()  # the same class: continue it, never restart it
    again.continue_button.click()
    assert not again.isVisible() and w.current_page() == "live"
    assert w.statusBar().currentMessage().startswith("Maths 7B continues (running since")
    assert len(ctx.db.run(lambda s: Sessions(s).list())) == 1
    # another class in parallel starts; the Live page names both
    art = start("Art 7C", "7C", now - dt.timedelta(minutes=5))
    qtbot.waitUntil(lambda: len(w.running_sessions) == 2, timeout=5000)
    assert not art.isVisible()
    label = w.live_page.session_label.text()
    assert "<b>Maths 7B</b> since" in label and "<b>Art 7C</b> since" in label
    # the next lesson of 7C, started while Art still runs: end Art and start it
    eng = start("English 7C", "7C", now)
    qtbot.waitUntil(lambda: eng.end_button.isVisible(), timeout=5000)
    assert "'Art 7C' (group 7C) has been running since" in eng.status.text()
    eng.end_button.click()
    qtbot.waitUntil(lambda: getattr(w, "roll_call", None) is not None, timeout=5000)
    assert w.roll_call.session.name == "Art 7C"  # the ended class's roll call, as after End
    w.roll_call.reject()
    qtbot.waitUntil(
        lambda: sorted(x.name for x in w.running_sessions) == ["English 7C", "Maths 7B"],
        timeout=5000,
    )
    # End with two classes running asks which one
    w.actions_["session_end"].trigger()
    box = w.end_box
    assert box.isVisible() and "Which one do you want to end?" in box.text()
    buttons = {b.text()[2:].split(" since")[0]: b for b in box.buttons() if "since" in b.text()}
    assert sorted(buttons) == ["English 7C", "Maths 7B"]
    buttons["Maths 7B"].click()
    qtbot.waitUntil(lambda: [x.name for x in w.running_sessions] == ["English 7C"], timeout=5000)
    qtbot.waitUntil(lambda: w.roll_call.session.name == "Maths 7B", timeout=5000)
    assert w.roll_call.isVisible()
    assert w.roll_call.hint.isVisible()  # where to find it again once closed
    assert "opened again later: Attendance page, Roll call..." in w.roll_call.hint.text()


def test_end_it_and_start_from_an_earlier_time_counts_the_cameras_marks_in_the_new_class(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    """The next lesson typed as started ten minutes ago, while the camera marked Ana into
    the running one five minutes ago: Maths ends ten minutes ago, its roll call opens with
    Ana absent, and she counts in Art, where she was by the times the operator gave."""
    from desktop_app.ui.common import to_qdatetime

    ids = _add_people(ctx, "Ana", "Ben")
    now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    ctx.attendance.start_session("Maths 7B", group="7B", starts_at=now - dt.timedelta(minutes=30))
    assert ctx.attendance.mark(ids["Ana"], at=now - dt.timedelta(minutes=5)).recorded
    w = make_window(image_folder)
    wait_ops(qtbot)
    w.actions_["session_start"].trigger()
    dlg = w.session_dialog
    dlg.name.setText("Art 7B")
    dlg.group.setCurrentText("7B")
    dlg.started.setDateTime(to_qdatetime(now - dt.timedelta(minutes=10)))
    dlg.start()
    qtbot.waitUntil(lambda: dlg.end_button.isVisible(), timeout=5000)
    dlg.end_button.click()
    qtbot.waitUntil(lambda: getattr(w, "roll_call", None) is not None, timeout=5000)
    assert w.roll_call.session.name == "Maths 7B"
    qtbot.waitUntil(lambda: w.roll_call.absent_names() == ["Ana", "Ben"], timeout=5000)
    [art] = ctx.attendance.current_sessions()
    assert art.name == "Art 7B" and art.starts_at == now - dt.timedelta(minutes=10)
    roll = {e.name: e.status for e in ctx.attendance.roll_call(art.id)}
    assert roll == {"Ana": "P", "Ben": "A"}


def test_a_start_dialog_left_open_saves_the_time_it_shows(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    """The Start dialog proposes this minute; the operator is called away and presses Start
    twenty minutes later. The session starts at the time the dialog showed, so Ana, who
    checked in a minute after it, is present (she was marked absent when the moment Start
    was pressed replaced the shown time)."""
    from desktop_app.ui.common import from_qdatetime

    ids = _add_people(ctx, "Ana", "Ben")
    w = make_window(image_folder)
    wait_ops(qtbot)
    w.actions_["session_start"].trigger()
    dlg = w.session_dialog
    shown = from_qdatetime(dlg.started.dateTime())
    ctx.attendance.clock = lambda: shown + dt.timedelta(minutes=1)
    assert ctx.attendance.mark(ids["Ana"]).recorded  # at the kiosk, after the shown start
    ctx.attendance.clock = lambda: shown + dt.timedelta(minutes=20)  # Start pressed now
    dlg.name.setText("Maths 7B")
    dlg.group.setCurrentText("7B")
    dlg.start()
    qtbot.waitUntil(lambda: dlg.result_session is not None, timeout=5000)
    assert dlg.result_session.starts_at == shown
    roll = {e.name: e.status for e in ctx.attendance.roll_call(dlg.result_session.id)}
    assert roll["Ana"] == "P" and roll["Ben"] == "A"


def test_old_twin_sessions_of_one_class_are_flagged_where_sessions_are_listed(
    qtbot: Any, make_window: Any, midday_ctx: Any, image_folder: Path
) -> None:
    """Start pressed twice before a group had one session at a time left two sessions of
    one class in old databases, each listing the other's pupils absent. Nothing is merged,
    but the session filters and the roll call's chooser say which ones overlap."""
    ctx = midday_ctx  # its day is today at any hour
    from desktop_app.storage.repositories import Sessions

    _add_people(ctx, "Ana", "Ben")
    now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    ago = lambda minutes: now - dt.timedelta(minutes=minutes)  # noqa: E731

    def old_database(s: Any) -> None:  # straight into the table, as the old app left them
        Sessions(s).add("Maths 7B", ago(50), ends_at=ago(10), group_name="7B")
        Sessions(s).add("Maths 7B", ago(48), ends_at=ago(10), group_name="7B")
        Sessions(s).add("Art 7C", ago(50), ends_at=ago(10), group_name="7C")

    ctx.db.run(old_database)
    w = make_window(image_folder, context=ctx)
    w.show_page("attendance")
    page = w.attendance_page
    qtbot.waitUntil(lambda: page.session.count() == 4, timeout=10_000)
    texts = [page.session.itemText(i) for i in range(1, 4)]
    assert sum(t.startswith("⚠ Maths 7B") and "· overlaps Maths 7B" in t for t in texts) == 2
    assert [t for t in texts if t.startswith("Art 7C")]  # a parallel class is fine
    page.roll_call.trigger()
    qtbot.waitUntil(lambda: getattr(page, "roll_call_dialog", None) is not None, timeout=5000)
    box = page.roll_call_dialog.session_box
    qtbot.waitUntil(lambda: box.count() == 3, timeout=5000)
    labels = [box.itemText(i) for i in range(3)]
    assert sum(t.startswith("⚠ Maths 7B") and t.endswith("(same group)") for t in labels) == 2
    page.roll_call_dialog.reject()
    # the Reports page's session filter too
    w.show_page("reports")
    reports_box = w.reports_page.session
    qtbot.waitUntil(lambda: reports_box.count() == 4, timeout=10_000)
    labels = [reports_box.itemText(i) for i in range(1, 4)]
    assert sum(t.startswith("⚠ Maths 7B") and t.endswith("(same group)") for t in labels) == 2
    assert len(ctx.db.run(lambda s: Sessions(s).list())) == 3  # nothing merged


def test_a_pupil_moved_on_the_people_page_stays_on_the_roll_call_of_an_earlier_lesson(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    """After a 7B lesson the operator moves Ben to 7C in his person dialog and Dan joins 7B:
    the lesson's roll call, opened again, still reads Ben absent and does not list Dan."""
    from desktop_app.storage.repositories import People
    from desktop_app.ui.dialogs.person_dialog import PersonDialog

    ids = _add_people(ctx, "Ana", "Ben")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    maths = ctx.attendance.start_session(
        "Maths 7B", group="7B", starts_at=now - dt.timedelta(minutes=50),
        ends_at=now - dt.timedelta(minutes=10),
    )  # fmt: skip
    ctx.attendance.mark(ids["Ana"], at=now - dt.timedelta(minutes=45), session_id=maths.id)
    w = make_window(image_folder)
    edit = PersonDialog(ctx, ctx.db.run(lambda s: People(s).get(ids["Ben"])), w)
    edit.group.setCurrentText("7C")
    edit.save()
    qtbot.waitUntil(lambda: edit.result() == edit.DialogCode.Accepted, timeout=5000)
    assert ctx.db.run(lambda s: People(s).get(ids["Ben"])).group_name == "7C"
    ctx.db.run(lambda s: People(s).add("Dan", group_name="7B"))
    w.show_page("attendance")
    page = w.attendance_page
    qtbot.waitUntil(lambda: page.session.count() == 2, timeout=10_000)
    page.roll_call.trigger()
    qtbot.waitUntil(lambda: getattr(page, "roll_call_dialog", None) is not None, timeout=5000)
    dlg = page.roll_call_dialog
    qtbot.waitUntil(lambda: dlg.absent_names() == ["Ben"], timeout=5000)
    assert "1 of 2 present</b> (0 late), <b>1 absent" in dlg.headline.text()


def test_a_typo_in_a_pupils_group_corrected_as_a_mistake_puts_them_on_earlier_registers(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    """Ana was entered in "7b" by mistake. Changing her group offers "Correct a mistake";
    ticked, the earlier 7B lesson's roll call lists her (absent), as if typed right."""
    from desktop_app.storage.repositories import Memberships, People
    from desktop_app.ui.dialogs.person_dialog import PersonDialog

    ids = {**_add_people(ctx, "Ben"), **_add_people(ctx, "Ana", group="7b")}
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    maths = ctx.attendance.start_session(
        "Maths 7B", group="7B", starts_at=now - dt.timedelta(minutes=50),
        ends_at=now - dt.timedelta(minutes=10),
    )  # fmt: skip
    assert [e.name for e in ctx.attendance.roll_call(maths.id)] == ["Ben"]
    w = make_window(image_folder)
    edit = PersonDialog(ctx, ctx.db.run(lambda s: People(s).get(ids["Ana"])), w)
    assert edit.group_fix.isHidden()
    edit.group.setCurrentText("7B")
    assert not edit.group_fix.isHidden() and not edit.group_fix.isChecked()
    edit.group_fix.setChecked(True)
    edit.save()
    qtbot.waitUntil(lambda: edit.result() == edit.DialogCode.Accepted, timeout=5000)
    roll = ctx.attendance.roll_call(maths.id)
    assert [(e.name, e.status) for e in roll] == [("Ana", "A"), ("Ben", "A")]
    [stretch] = ctx.db.run(lambda s: Memberships(s).history(ids["Ana"]))
    assert stretch.group_name == "7B" and stretch.until is None


def test_the_roll_call_opens_again_from_the_attendance_page_and_reports_agree(
    qtbot: Any, make_window: Any, midday_ctx: Any, image_folder: Path
) -> None:
    ctx = midday_ctx  # its day is today at any hour
    from desktop_app.attendance import rules
    from desktop_app.storage.repositories import Audit, Events

    ids = _add_people(ctx, "Ana", "Ben", "Cleo")
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    art = ctx.attendance.start_session(
        "Art 7B", group="7B", starts_at=now - dt.timedelta(minutes=50),
        ends_at=now - dt.timedelta(minutes=40),
    )  # fmt: skip
    start = now - dt.timedelta(minutes=30)
    maths = ctx.attendance.start_session("Maths 7B", group="7B", starts_at=start)
    ctx.attendance.mark(ids["Ana"], at=start + dt.timedelta(minutes=2), session_id=maths.id)
    ctx.attendance.end_session(maths.id)  # ended, its roll call closed
    w = make_window(image_folder, context=ctx)
    w.show_page("attendance")
    page = w.attendance_page
    qtbot.waitUntil(lambda: page.session.count() == 3, timeout=10_000)
    assert page.roll_call.isEnabled()
    assert page.roll_call in w.menuBar().actions()[2].menu().actions()  # Attendance menu too
    # nothing chosen in the filter: the last session of today
    page.roll_call.trigger()
    qtbot.waitUntil(lambda: getattr(page, "roll_call_dialog", None) is not None, timeout=5000)
    dlg = page.roll_call_dialog
    qtbot.waitUntil(lambda: dlg.absent_names() == ["Ben", "Cleo"], timeout=5000)
    assert dlg.isVisible() and dlg.windowTitle() == "Maths 7B: who was there"
    assert "1 of 3 present</b> (0 late), <b>2 absent" in dlg.headline.text()
    assert not dlg.hint.isVisible()  # "can be opened again from here": it was
    # a correction from it is recorded as the first time: at the start, manual, audited
    dlg.reason.setCurrentText("Marked on the paper list")
    dlg.buttons[ids["Ben"]].click()
    qtbot.waitUntil(lambda: dlg.absent_names() == ["Cleo"], timeout=5000)
    [ben] = ctx.db.run(lambda s: Events(s).query(person_id=ids["Ben"]))
    assert (ben.session_id, ben.at_utc, ben.source) == (maths.id, maths.starts_at, "manual")
    assert ben.correction_reason == "Marked on the paper list"
    added = [a for a in ctx.db.run(lambda s: Audit(s).list()) if a.action == "attendance.add"]
    assert len(added) == 1 and "Marked on the paper list" in (added[0].details or "")
    # a click on the wrong row is taken back in one click: withdrawn, with a reason
    dlg.buttons[ids["Cleo"]].click()
    qtbot.waitUntil(lambda: dlg.absent_names() == [], timeout=5000)
    assert dlg.undo_button.isVisible() and "for Cleo" in dlg.undo_button.toolTip()
    dlg.undo_button.click()
    qtbot.waitUntil(lambda: dlg.absent_names() == ["Cleo"], timeout=5000)
    assert dlg.status.text() == "Cleo: the mark was withdrawn." and not dlg.undo_button.isVisible()
    [cleo] = ctx.db.run(lambda s: Events(s).query(person_id=ids["Cleo"], statuses=None))
    assert cleo.status == "deleted"
    assert cleo.correction_reason == "Marked present by mistake in the roll call"
    # the report says what the roll call says
    tz = rules.resolve_zone(ctx.settings.attendance.timezone)
    day = rules.local_date(maths.starts_at, tz)
    data = reports.build_report(
        ctx.db, tz, day, day, session=str(maths.id), grace=ctx.attendance.grace
    )
    register = {p.name: data.analysis.register.cells[p.id][day] for p in data.people}
    assert register == {"Ana": rules.PRESENT, "Ben": rules.PRESENT, "Cleo": rules.ABSENT}
    # and the Attendance table lists the mark in its session
    qtbot.waitUntil(lambda: any(r[1] == "Ben" for r in page.rows()), timeout=10_000)
    row = next(r for r in page.rows() if r[1] == "Ben")
    assert row[3] == "Maths 7B" and row[4] == "Manual"
    # another session of today from the dialog's chooser
    dlg.session_box.setCurrentIndex(dlg.session_box.findData(art.id))
    qtbot.waitUntil(lambda: dlg.absent_names() == ["Ana", "Ben", "Cleo"], timeout=5000)
    assert dlg.windowTitle() == "Art 7B: who was there" and not dlg.status.text()
    dlg.reject()
    # a session chosen in the filter opens its own roll call
    page.session.setCurrentIndex(page.session.findData(art.id))
    page.roll_call.trigger()
    qtbot.waitUntil(lambda: page.roll_call_dialog is not dlg, timeout=5000)
    assert page.roll_call_dialog.session.id == art.id


def test_corrections_from_the_attendance_table(
    qtbot: Any, make_window: Any, midday_ctx: Any, image_folder: Path
) -> None:
    ctx = midday_ctx  # its day is today at any hour
    ids = _add_people(ctx, "Ana", "Ben")
    now = dt.datetime.now(dt.UTC)
    s = ctx.attendance.start_session("Maths 7B", group="7B", starts_at=now - dt.timedelta(hours=1))
    ctx.attendance.mark(ids["Ana"], at=now - dt.timedelta(minutes=30), session_id=s.id)
    w = make_window(image_folder, context=ctx)
    w.show_page("attendance")
    page = w.attendance_page
    qtbot.waitUntil(lambda: len(page.rows()) == 1, timeout=10_000)
    assert page.model.headerData(5, dt_horizontal(), 0) == "Match"
    # nothing selected: the buttons are disabled and say why
    page.table.clearSelection()
    assert not page.reassign.isEnabled() and "Select a mark" in page.reassign.toolTip()
    # right-click: the corrections for that mark
    page.table.selectRow(0)
    texts = [a.text() for a in page.context_menu().actions() if a.text()]
    assert texts == [
        "Wrong person...",
        "Withdraw...",
        "Add another mark for Ana...",
        "Add manual...",
    ]
    # double-click: "Wrong person", with "remember not this person" off
    page._double_clicked(page.model.index(0, 1))
    dlg = page.dialog
    assert dlg.kind == "reassign" and not dlg.not_this.isChecked()
    dlg.reject()
    # Add manual: nobody chosen yet, the running session and the time now
    page.correct("manual")
    manual = page.dialog
    qtbot.waitUntil(
        lambda: manual.person.count() == 2 and manual.session_box.count() == 2, timeout=5000
    )
    assert manual.person.currentIndex() == -1
    assert manual.session_box.currentData() == s.id
    manual.reason.setText("camera was off")
    manual.apply()
    assert "Choose the person" in manual.status.text()
    manual.person.setCurrentIndex(manual.person.findData(ids["Ben"]))
    manual.apply()
    qtbot.waitUntil(lambda: len(page.rows()) == 2, timeout=10_000)
    ben = next(r for r in page.rows() if r[1] == "Ben")
    assert ben[3] == "Maths 7B" and ben[4] == "Manual" and ben[5] == ""


def test_a_camera_mark_given_to_the_right_pupil_on_the_attendance_page_counts_in_their_class(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    """Maths 7B and Art 7C run side by side; the camera took Cem for Ana into Maths. "Wrong
    person..." on the Attendance page, Actually: Cem. The row then says Art 7C, and the
    roll calls agree (Cem present in Art, Ana absent from Maths)."""
    from desktop_app.attendance import rules

    ids = _add_people(ctx, "Ana")
    ids |= _add_people(ctx, "Cem", group="7C")
    svc = ctx.attendance
    now = svc.now()
    start = max(now - dt.timedelta(hours=1), rules.day_bounds(svc.local_day(now), svc.tz)[0])
    maths = svc.start_session("Maths 7B", group="7B", starts_at=start)
    art = svc.start_session("Art 7C", group="7C", starts_at=start)
    svc.mark(ids["Ana"], at=start + (now - start) / 2, session_id=maths.id)  # today's page
    w = make_window(image_folder)
    w.show_page("attendance")
    page = w.attendance_page
    qtbot.waitUntil(lambda: len(page.rows()) == 1, timeout=10_000)
    assert page.rows()[0][1:4] == ["Ana", "present", "Maths 7B"]
    page.table.selectRow(0)
    page._double_clicked(page.model.index(0, 1))
    dlg = page.dialog
    qtbot.waitUntil(lambda: dlg.person.count() == 1, timeout=5000)
    dlg.person.setCurrentIndex(dlg.person.findData(ids["Cem"]))
    dlg.reason.setText("it was Cem")
    dlg.apply()
    qtbot.waitUntil(lambda: [r[1] for r in page.rows()] == ["Cem"], timeout=10_000)
    assert page.rows()[0][3] == "Art 7C"
    assert {e.name: e.status for e in svc.roll_call(art.id)} == {"Cem": "P"}
    assert {e.name: e.status for e in svc.roll_call(maths.id)} == {"Ana": "A"}


def test_an_erased_persons_marks_can_be_corrected_but_not_added_to(
    qtbot: Any, make_window: Any, midday_ctx: Any, image_folder: Path
) -> None:
    """Ben was erased with his statistics kept: his mark is still listed and can be withdrawn
    or given to the right person, but nothing offers a new mark for him, and the roll call
    counts him without a button."""
    ctx = midday_ctx  # its day is today at any hour
    from desktop_app.attendance import rules
    from desktop_app.security.retention import erase_person

    ids = _add_people(ctx, "Ana", "Ben", "Cleo")
    now = dt.datetime.now(dt.UTC)
    s = ctx.attendance.start_session(
        "Maths 7B", group="7B", starts_at=now - dt.timedelta(hours=1),
        late_after=now - dt.timedelta(minutes=55),
    )  # fmt: skip
    ctx.attendance.mark(ids["Ben"], at=now - dt.timedelta(minutes=30), session_id=s.id)
    erase_person(ctx.db, ids["Ben"], actor="dpo", keep_statistics=True)
    w = make_window(image_folder, context=ctx)
    w.show_page("attendance")
    page = w.attendance_page
    qtbot.waitUntil(lambda: len(page.rows()) == 1, timeout=10_000)
    assert page.rows()[0][1] == "Erased person"
    page.table.selectRow(0)
    texts = [a.text() for a in page.context_menu().actions() if a.text()]
    assert texts == ["Wrong person...", "Withdraw...", "Add manual..."]
    page.correct("manual")  # nor can Add manual... choose him
    manual = page.dialog
    qtbot.waitUntil(lambda: manual.person.count() == 2, timeout=5000)
    assert [manual.person.itemData(i) for i in range(2)] == [ids["Ana"], ids["Cleo"]]
    manual.reject()
    page.roll_call.trigger()
    qtbot.waitUntil(lambda: getattr(page, "roll_call_dialog", None) is not None, timeout=5000)
    dlg = page.roll_call_dialog
    qtbot.waitUntil(lambda: dlg.absent_names() == ["Ana", "Cleo"], timeout=5000)
    assert "1 of 3 present</b> (1 late)" in dlg.headline.text()  # as the report counts
    assert ids["Ben"] not in dlg.buttons and set(dlg.buttons) == {ids["Ana"], ids["Cleo"]}
    # listed absent (a register of the group as it was then may list him): still no button
    from desktop_app.attendance.service import RollCallEntry

    dlg._show([RollCallEntry(ids["Ben"], "Erased person", None, rules.ABSENT, None, True)])
    assert dlg.absent_names() == ["Erased person"] and dlg.buttons == {}
    assert "no mark can be added" in dlg.table.item(0, 1).toolTip()


def test_the_attendance_list_counts_a_mark_by_who_was_in_the_class_then(berlin_ctx: Any) -> None:
    """A session's filter lists the marks of its register only (not Cem of 7C, marked while
    only 7B had a lesson), and a mark made without a session stays under the lesson of the
    class its person was in then, after they move to another class."""
    from desktop_app.attendance import rules
    from desktop_app.storage.repositories import People
    from desktop_app.ui.pages.attendance_page import LogFilter, load_log
    from tests.attendance.conftest import TERM_START

    ctx, tz = berlin_ctx, ZoneInfo("Europe/Berlin")
    day = dt.date(2026, 3, 2)
    at = lambda h, mi=0: dt.datetime(2026, 3, 2, h, mi, tzinfo=tz)  # noqa: E731
    ids = ctx.db.run(
        lambda s: {
            n: People(s).add(n, group_name=g, member_since=TERM_START).id
            for n, g in (("Ana", "7B"), ("Cem", "7C"))
        }
    )
    maths = ctx.attendance.start_session("Maths 7B", group="7B", starts_at=at(9), ends_at=at(10))
    for who, minutes in (("Ana", 10), ("Cem", 20)):  # without a session: made by hand
        ctx.attendance.add_manual(ids[who], at(9, minutes), "present", actor="sec", reason="paper")
    ctx.db.run(lambda s: People(s).update(ids["Ana"], group_name="7C"))  # moved since
    only_maths = load_log(ctx, LogFilter(day, day, session_id=maths.id))
    assert [e.person_name for e in only_maths.events] == ["Ana"]
    everything = load_log(ctx, LogFilter(day, day))
    where = {e.person_name: everything.counted_in.get(e.id) for e in everything.events}
    assert where == {"Ana": maths.id, "Cem": None}
    assert rules.NOT_COUNTED not in where.values()


def dt_horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_editing_a_session_from_the_attendance_page(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    from desktop_app.storage.repositories import Audit, Sessions

    now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    s = ctx.attendance.start_session(
        "Maths",
        group="7B",
        starts_at=now - dt.timedelta(hours=2),
        ends_at=now - dt.timedelta(hours=1),
    )
    w = make_window(image_folder)
    w.show_page("attendance")
    page = w.attendance_page
    qtbot.waitUntil(lambda: page.session.count() == 2, timeout=10_000)
    assert not page.edit_session.isEnabled() and "Choose a session" in page.edit_session.toolTip()
    page.session.setCurrentIndex(page.session.findData(s.id))
    assert page.edit_session.isEnabled()
    page.edit_session.trigger()
    dlg = page.session_dialog
    assert dlg.windowTitle() == "Edit session" and dlg.minutes.value() == 60
    dlg.group.setCurrentText("7C")
    dlg.reason.setText("it was 7C's lesson")
    dlg.start()
    qtbot.waitUntil(
        lambda: ctx.db.run(lambda x: Sessions(x).get(s.id)).group_name == "7C", timeout=5000
    )
    edit = [a for a in ctx.db.run(lambda x: Audit(x).list()) if a.action == "session.edit"]
    assert len(edit) == 1 and "it was 7C" in (edit[0].details or "")


def test_a_session_moved_to_the_next_day_on_the_attendance_page_takes_its_roll_call_marks(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    """Maths was entered two days ago instead of yesterday, and Ana was marked present in its
    roll call (at its start). Edit session: the note says before Save that her mark moves
    with it; after Save her mark is on yesterday, at the new start, and the roll call says P."""
    from desktop_app.storage.repositories import Events
    from desktop_app.ui.common import to_qdatetime

    ids = _add_people(ctx, "Ana")
    svc = ctx.attendance
    start = (svc.now() - dt.timedelta(days=2)).replace(second=0, microsecond=0)
    s = svc.start_session(
        "Maths", group="7B", starts_at=start, ends_at=start + dt.timedelta(hours=1)
    )
    svc.add_manual(ids["Ana"], start, "present", actor="t", reason="roll call", session_id=s.id)
    w = make_window(image_folder)
    w.show_page("attendance")
    page = w.attendance_page
    qtbot.waitUntil(lambda: page.session.findData(s.id) > 0, timeout=10_000)
    page.session.setCurrentIndex(page.session.findData(s.id))
    page.edit_session.trigger()
    dlg = page.session_dialog
    qtbot.waitUntil(lambda: bool(dlg.made_in), timeout=5000)
    dlg.started.setDateTime(to_qdatetime(start + dt.timedelta(days=1)))
    assert dlg.outside_note.isVisibleTo(dlg)
    assert "by hand or by a group photo that move with it: 1" in dlg.outside_note.text()
    dlg.reason.setText("wrong day")
    dlg.start()
    new_start = start + dt.timedelta(days=1)
    qtbot.waitUntil(
        lambda: (
            [e.at_utc for e in ctx.db.run(lambda x: Events(x).query(person_id=ids["Ana"]))]
            == [new_start]
        ),
        timeout=5000,
    )
    assert {e.name: e.status for e in svc.roll_call(s.id)} == {"Ana": "P"}


def test_a_forgotten_end_edited_on_the_attendance_page_moves_the_marks_after_it(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    """Maths ran on because nobody pressed End, and the camera put Ben (there for Art) into
    it. The operator shortens Maths in *Edit session...* and enters Art: the table shows
    Ben's mark under Art and says why, each session's filter and roll call agree."""
    from PySide6.QtCore import Qt

    from desktop_app.storage.repositories import Sessions

    ids = _add_people(ctx, "Ana", "Ben")
    now = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
    start = now - dt.timedelta(minutes=90)
    maths = ctx.attendance.start_session("Maths 7B", group="7B", starts_at=start)
    for who, minutes in (("Ana", 5), ("Ben", 50)):
        ctx.attendance.mark(ids[who], at=start + dt.timedelta(minutes=minutes))
    w = make_window(image_folder)
    w.show_page("attendance")
    page = w.attendance_page
    page.date_from.setDate(page.date_from.date().addDays(-1))  # 90 minutes ago: maybe yesterday
    qtbot.waitUntil(lambda: page.session.count() == 2, timeout=10_000)
    page.session.setCurrentIndex(page.session.findData(maths.id))
    page.edit_session.trigger()
    dlg = page.session_dialog
    dlg.minutes.setValue(45)  # Maths really ended after 45 minutes
    qtbot.waitUntil(lambda: not dlg.outside_note.isHidden(), timeout=5000)  # said before Save
    assert dlg.outside_note.text().startswith(
        "Marks made in this session that these times leave outside: 1. They will count like"
    )
    dlg.reason.setText("forgot to press End")
    dlg.start()
    qtbot.waitUntil(
        lambda: ctx.db.run(lambda x: Sessions(x).get(maths.id)).ends_at is not None, timeout=5000
    )
    art = ctx.attendance.start_session(
        "Art 7B", group="7B", starts_at=start + dt.timedelta(minutes=45),
        ends_at=start + dt.timedelta(minutes=85),
    )  # fmt: skip
    qtbot.waitUntil(lambda: page.session.findData(art.id) >= 0, timeout=10_000)
    page.session.setCurrentIndex(page.session.findData(maths.id))
    qtbot.waitUntil(lambda: [r[1] for r in page.rows()] == ["Ana"], timeout=10_000)
    page.session.setCurrentIndex(page.session.findData(art.id))
    qtbot.waitUntil(lambda: [r[1] for r in page.rows()] == ["Ben"], timeout=10_000)
    assert page.rows()[0][3] == "Art 7B"
    assert page.rows()[0][8] == "made in 'Maths 7B', outside its times now"  # the Note column
    tip = page.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == page.model.index(0, 8).data(Qt.ItemDataRole.ToolTipRole)  # Session, Note
    assert tip == (
        "Made in 'Maths 7B', whose times were changed afterwards: it lies outside them now, "
        "so it counts for this session, which it falls in"
    )
    page.session.setCurrentIndex(0)  # all sessions: each mark under the session it counts for
    qtbot.waitUntil(lambda: len(page.rows()) == 2, timeout=10_000)
    assert {r[1]: r[3] for r in page.rows()} == {"Ana": "Maths 7B", "Ben": "Art 7B"}
    roll = {e.name: e.status for e in ctx.attendance.roll_call(maths.id)}
    assert roll == {"Ana": "P", "Ben": "A"}
    roll = {e.name: e.status for e in ctx.attendance.roll_call(art.id)}
    assert roll == {"Ana": "A", "Ben": "P"}


def test_today_list_has_one_line_per_mark_in_time_order_and_corrects_from_its_menu(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    ids = _add_people(ctx, "Ana", "Ben")
    now = dt.datetime.now(dt.UTC)
    early = ctx.attendance.mark(ids["Ana"], at=now - dt.timedelta(minutes=3), source="manual")
    w = make_window(image_folder)
    live = w.live_page
    qtbot.waitUntil(lambda: live.events.count() == 1, timeout=10_000)
    # the live loop reports Ben, then Ana seen again ("already present": her first mark)
    ben = ctx.attendance.mark(ids["Ben"], at=now - dt.timedelta(minutes=1), source="manual")
    live.add_event(ben.event, "Ben")
    again = ctx.attendance.mark(ids["Ana"], at=now, source="manual")
    assert again.status == "already_present" and again.event.id == early.event.id
    live.add_event(again.event, "Ana")
    assert [t.split()[1] for t in live.event_texts()] == ["Ben", "Ana"]  # newest first, once
    texts = [a.text() for a in live.context_menu(1).actions()]
    assert texts == ["Wrong person...", "Withdraw..."]
    live.context_menu(1).actions()[1].trigger()
    dlg = w.attendance_page.dialog
    assert dlg.kind == "delete" and dlg.mark_event.id == early.event.id
    dlg.reason.setText("tested the camera")
    dlg.apply()
    qtbot.waitUntil(lambda: [t.split()[1] for t in live.event_texts()] == ["Ben"], timeout=10_000)


def test_first_start_offers_camera_photos_and_class_list_but_no_camera_without_one(
    qtbot: Any, make_window: Any, image_folder: Path, tmp_path: Path
) -> None:
    w = make_window(image_folder)
    qtbot.waitUntil(lambda: w.runner.state == "running", timeout=10_000)
    w._offer_first_enrollment()
    qtbot.waitUntil(lambda: getattr(w, "welcome_box", None) is not None, timeout=5000)
    assert list(w.welcome_choices) == [
        "Use the camera...",
        "From photos...",
        "Import a class list...",
    ]
    assert "Nobody is enrolled yet" in w.welcome_box.text()
    w.welcome_box.reject()

    none = make_window(tmp_path / "no-camera-here")
    qtbot.waitUntil(lambda: none.runner.state in ("lost", "ended"), timeout=10_000)
    none._offer_first_enrollment()
    qtbot.waitUntil(lambda: getattr(none, "welcome_box", None) is not None, timeout=5000)
    assert list(none.welcome_choices) == ["From photos...", "Import a class list..."]
    assert "No camera is working" in none.welcome_box.text()
    none.welcome_box.reject()


def test_main_window_speaks_plain_words_and_keeps_details_in_diagnostics(
    qtbot: Any, make_window: Any, image_folder: Path
) -> None:
    from desktop_app.ui.live_view import label_for

    w = make_window(image_folder)
    qtbot.waitUntil(lambda: w.live_page.view.frames_shown >= 2, timeout=10_000)
    w.update_status()
    bar = " ".join(lab.text() for lab in w.status_labels.values())
    jargon_words = ("FPS", " ms", "Inference", "Model:", "Database:", "sqlite", "dlib", "sface")
    for jargon in (*jargon_words, "mtcnn"):
        assert jargon not in bar, jargon
    w.actions_["diagnostics"].trigger()
    text = w.diagnostics_dialog.text()
    embedder = w.ctx.settings.recognition.embedder  # the model in use, named for support
    assert "Frames per second" in text and "attendance.sqlite3" in text and embedder in text
    w.diagnostics_dialog.reject()

    class Face:  # a recognised face as the live view gets it
        face = type("F", (), {"box": (0, 0, 10, 10)})()
        match = type("M", (), {"status": "known", "name": "Ana", "distance": 0.28})()
        confirmed, track_id = False, 5

    label = label_for(Face())
    assert (label.title, label.detail) == ("Ana?", "checking…")  # no "d 0.28 · #5"


def test_group_photo_picks_or_starts_a_session_and_counts_the_faces(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    """Session choice and the summary (the recognition itself is tested with real faces in
    test_recognition_flow; here the analysis result is given)."""
    import numpy as np

    from desktop_app.attendance.group_photo import GroupPhotoFace, GroupPhotoResult
    from desktop_app.storage.repositories import Events
    from desktop_app.ui.dialogs.group_photo_dialog import GroupPhotoDialog

    ids = _add_people(ctx, "Ana", "Ben")
    w = make_window(image_folder)
    photo = sorted(image_folder.iterdir())[0]
    dlg = GroupPhotoDialog(ctx, photo, w, session=None)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: dlg.session_box.count() == 1, timeout=5000)
    assert dlg.session_box.currentText() == "No session today: start one"

    def face(i: int, status: str, pid: int | None, name: str | None) -> GroupPhotoFace:
        box = (10.0 * i, 10.0, 10.0 * i + 40, 50.0)
        return GroupPhotoFace(i, box, status, pid, name, 0.2, None, np.zeros(128, np.float32))

    result = GroupPhotoResult(
        photo,
        640,
        480,
        [face(0, "known", ids["Ana"], "Ana"), face(1, "unknown", None, None)],
    )
    dlg.show_analysis(result)
    text = dlg.summary.text()
    assert "Found 2 faces</b>: 1 recognised, 1 not recognised" in text
    assert "Count the people in the photo" in text and "Choose or start a session" in text
    assert not dlg.confirm_button.isEnabled() and "choose or start" in dlg.confirm_button.toolTip()

    dlg.start_session()  # the operator starts one from the dialog
    dlg.session_dialog.name.setText("Assembly")
    dlg.session_dialog.start()
    qtbot.waitUntil(lambda: dlg.session is not None, timeout=5000)
    assert dlg.session.name == "Assembly" and dlg.confirm_button.isEnabled()
    assert "Untick anyone who should not be marked in Assembly" in dlg.summary.text()
    dlg.confirm()
    qtbot.waitUntil(
        lambda: bool(ctx.db.run(lambda s: Events(s).query(person_id=ids["Ana"]))), timeout=5000
    )
    [mark] = ctx.db.run(lambda s: Events(s).query(person_id=ids["Ana"]))
    assert mark.session_id == dlg.session.id and mark.source == "photo"


def test_class_list_import_explains_the_file_lists_refused_rows_and_checks_again(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    from desktop_app.storage.repositories import People

    w = make_window(image_folder)
    w.actions_["import_roster"].trigger()
    dlg = w.people_page.roster_dialog
    assert "<code>external_id</code>" in dlg.findChildren(type(dlg.headline))[0].text()
    template = dlg.save_template(tmp_path / "template.csv")
    assert template.read_text("utf-8-sig").startswith("name,external_id,group,photo\n")
    assert not dlg.check_button.isEnabled() and "Choose the CSV" in dlg.import_button.toolTip()

    roster = tmp_path / "7b.csv"
    roster.write_text("name,external_id,group\nAna Silva,S1,7B\n,S2,7B\nBen Ode,S1,7B\n")
    dlg.set_file(roster)
    dlg.check()
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=10_000)
    assert "2 of 3 rows are refused" in dlg.headline.text()
    assert dlg.table.rowCount() == 2 and dlg.table.item(0, 0).text() == "3"
    assert not dlg.import_button.isEnabled() and "fix them" in dlg.import_button.toolTip()
    assert dlg.check_button.text() == "Check again"
    # the operator fixes the file and checks again: the same dialog, no starting over
    roster.write_text("name,external_id,group\nAna Silva,S1,7B\nCem Aydın,S2,7B\nBen Ode,S3,7B\n")
    dlg.check()
    qtbot.waitUntil(lambda: dlg.report is not None, timeout=10_000)
    assert "All 3 rows can be imported" in dlg.headline.text() and dlg.table.rowCount() == 0
    if dlg.consent.isVisible():
        assert not dlg.import_button.isEnabled() and "consent" in dlg.import_button.toolTip()
        dlg.consent.setChecked(True)
    dlg.import_button.click()
    qtbot.waitUntil(lambda: ctx.db.run(lambda s: People(s).count()) == 3, timeout=10_000)


def test_settings_explain_the_options_and_save_the_grace_window(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path, tmp_path: Path
) -> None:
    from desktop_app.config import load_settings

    w = make_window(image_folder)
    page = w.settings_page
    for box in (
        page.mode,
        page.outside,
        page.device,
        page.grace,
        page.confirm_n,
        page.detect_every,
    ):
        assert box.toolTip() and "--" not in box.toolTip()  # one plain sentence each
    assert page.grace.value() == 15
    page.grace.setValue(5)
    page.save()
    assert (
        load_settings(config_file=tmp_path / "gui.toml", environ={}).attendance.grace_minutes == 5
    )
    assert ctx.settings.attendance.grace_minutes == 5


def test_settings_explain_recognition_in_words_with_a_link_and_store_the_same_values(
    qtbot: Any, make_window: Any, ctx: Any, image_folder: Path
) -> None:
    """Flow 7: every recognition option has a plain tooltip, the strictness choices are
    words (mapped to the same target rates), and "What does this mean?" opens the docs."""
    from urllib.parse import unquote, urlparse

    from desktop_app.ui.pages.settings_page import FMR_CHOICES

    w = make_window(image_folder)
    page = w.settings_page
    for option in (
        page.detector_model,
        page.embedder_model,
        page.switch_embedder_button,
        page.by_fmr,
        page.fmr,
        page.by_threshold,
        page.threshold,
        page.confirm_n,
        page.load_calibration,
    ):
        tip = option.toolTip()
        assert tip and "--" not in tip and "false-match" not in tip.lower(), tip
    words = [page.fmr.itemText(i) for i in range(page.fmr.count())]
    assert words[1] == "Standard" and [page.fmr.itemData(i) for i in range(4)] == FMR_CHOICES
    assert words[2] == "Stricter: fewer mix-ups, more people asked to try again"
    assert words[0].startswith("More lenient:")
    assert not any("1 in" in t or "rate" in t for t in words)  # no numbers as the choice
    # the link: a file URL of docs/recognition.md, which explains these options
    href = page.help_link.text().split('href="')[1].split('"')[0]
    doc = Path(unquote(urlparse(href).path))
    assert page.help_link.text().endswith("What does this mean?</a>")
    assert doc.name == "recognition.md" and "## The Settings options" in doc.read_text()
    # nothing changes what is stored: the default is still no target rate, the model's value
    saved = page.build_settings()
    assert saved.recognition.target_false_match_rate is None
    assert saved.recognition == ctx.settings.recognition.model_copy(
        update={"threshold": saved.recognition.threshold}
    )


def test_an_unknown_face_is_enrolled_from_the_group_photo_then_marked(
    qtbot: Any,
    make_window: Any,
    settings: Any,
    models_dir: Path,
    image_folder: Path,
    tmp_path: Path,
) -> None:
    """Real models, the public-domain astronaut: nobody enrolled, so her face is unknown;
    enrolled from the dialog, the photo is analysed again and she can be marked."""
    from desktop_app.storage.repositories import Events, People
    from desktop_app.ui.dialogs.group_photo_dialog import GroupPhotoDialog
    from desktop_app.vision.image_io import save_image
    from tests.gui.conftest import astronaut_bgr

    (settings.data_dir / "models").symlink_to(models_dir)
    live = AppContext(settings)
    try:
        photo = save_image(tmp_path / "crew.png", astronaut_bgr())
        session = live.attendance.start_session("Briefing")
        w = make_window(image_folder, context=live)
        dlg = GroupPhotoDialog(live, photo, w, session=session)
        qtbot.addWidget(dlg)
        dlg.analyse()
        qtbot.waitUntil(lambda: dlg.analysis is not None, timeout=120_000)
        assert [f.status for f in dlg.analysis.faces] == ["unknown"]
        assert not dlg.confirm_button.isEnabled()
        dlg.list.setCurrentRow(0)
        assert dlg.enroll_button.isEnabled()
        first = dlg.analysis
        dlg.enroll_selected(name="Eileen Collins", consent=True)
        qtbot.waitUntil(lambda: dlg.analysis is not first, timeout=120_000)
        assert [f.name for f in dlg.analysis.known] == ["Eileen Collins"]
        assert dlg.confirm_button.isEnabled()
        dlg.confirm()
        qtbot.waitUntil(lambda: bool(live.db.run(lambda s: Events(s).query())), timeout=10_000)
        [mark] = live.db.run(lambda s: Events(s).query())
        assert mark.person_name == "Eileen Collins" and mark.session_id == session.id
        assert live.db.run(lambda s: People(s).count()) == 1
    finally:
        wait_ops(qtbot, 120_000)
        live.close()


def test_enroll_dialog_names_a_damaged_file_and_keeps_it_listed_once(
    qtbot: Any, make_window: Any, image_folder: Path, tmp_path: Path
) -> None:
    w = make_window(image_folder)
    broken = tmp_path / "ana.jpg"
    broken.write_bytes(b"\xff\xd8\xff not really a jpeg")
    good = sorted(image_folder.iterdir())[0]
    dlg = w.enroll_from_photos(files=[broken, good, broken])
    texts = [dlg.photos.item(i).text() for i in range(dlg.photos.count())]
    assert texts == ["ana.jpg: damaged or not a picture (not used)", good.name]
    assert dlg.samples() == [good]
    assert "ana.jpg: cannot be read" in dlg.status.text()
    assert str(tmp_path) not in dlg.status.text()  # the name once; the path in the tooltip
    dlg.reject()


def test_a_damaged_photo_stays_named_after_the_name_and_consent_are_filled_in(
    qtbot: Any, make_window: Any, image_folder: Path, tmp_path: Path
) -> None:
    """Photos first, then the name and the consent box (each change re-checks the form):
    the line under the list keeps naming the file that cannot be read instead of turning
    into "Add at least one photo." beside a list that shows a photo."""
    w = make_window(image_folder)
    broken = tmp_path / "ana.jpg"
    broken.write_bytes(b"not a picture")
    dlg = w.enroll_from_photos(files=[broken])
    dlg.name.setText("Ana Lima")
    dlg.consent.setChecked(True)
    assert "ana.jpg: cannot be read" in dlg.status.text()
    assert not dlg.enroll_button.isEnabled()
    assert "ana.jpg: cannot be read" in dlg.enroll_button.toolTip()
    dlg.photos.item(0).setSelected(True)
    dlg._remove_selected()  # the Remove button
    assert dlg.status.text() == "Add at least one photo."
    dlg.reject()


def test_photos_left_out_of_an_enrolment_are_named_once_by_file_name(
    qtbot: Any, make_window: Any, ctx: Any, models_dir: Path, image_folder: Path, tmp_path: Path
) -> None:
    """Real models: a good photo and one without a face. The person is enrolled and the
    "Not used" note names the faceless photo by its file name, once (the core's refusal
    already names it; the note used to print the full path twice)."""
    import numpy as np
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktop_app.vision.image_io import save_image

    (ctx.settings.data_dir / "models").symlink_to(models_dir)
    w = make_window(image_folder)
    wait_ops(qtbot, 120_000)
    blank = save_image(tmp_path / "wall.png", np.full((480, 640, 3), 120, np.uint8))
    dlg = w.enroll_from_photos(files=[sorted(image_folder.iterdir())[0], blank])
    dlg.name.setText("Eileen Collins")
    dlg.consent.setChecked(True)
    dlg.enroll()

    def note() -> Any:
        boxes = [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox)]
        return next((b for b in boxes if b.isVisible() and "Not used" in b.text()), None)

    qtbot.waitUntil(lambda: note() is not None, timeout=120_000)
    text = note().text()
    assert text.startswith("Eileen Collins is enrolled: 1 sample stored.")
    assert text.count("wall.png") == 1 and "No face found in wall.png" in text
    assert str(tmp_path) not in text
    note().accept()


def test_a_photo_without_a_face_is_named_by_its_file_name_when_nothing_is_enrolled(
    qtbot: Any, make_window: Any, ctx: Any, models_dir: Path, image_folder: Path, tmp_path: Path
) -> None:
    """Real models: the only photo has no face. The dialog stays open and says so by the
    file name the list shows, not by the full path (which only the tooltip carries)."""
    import numpy as np

    from desktop_app.vision.image_io import save_image

    (ctx.settings.data_dir / "models").symlink_to(models_dir)
    w = make_window(image_folder)
    wait_ops(qtbot, 120_000)
    blank = save_image(tmp_path / "wall.png", np.full((480, 640, 3), 120, np.uint8))
    dlg = w.enroll_from_photos(files=[blank])
    dlg.name.setText("Eileen Collins")
    dlg.consent.setChecked(True)
    dlg.enroll()
    qtbot.waitUntil(lambda: "No face found" in dlg.status.text(), timeout=120_000)
    assert dlg.status.text().startswith("No face found in wall.png.")
    assert str(tmp_path) not in dlg.status.text()
    assert dlg.isVisible() and dlg.photos.item(0).toolTip() == str(blank)


def test_enrolling_from_a_photo_with_two_faces_asks_which_face(
    qtbot: Any,
    make_window: Any,
    settings: Any,
    models_dir: Path,
    shared_data: Path,
    image_folder: Path,
) -> None:
    """Real models on a real two-person photo (../shared): no refusal to crop the photo, a
    picker with a numbered button per face, and a click on a face in the photo picks it."""
    from PySide6.QtCore import QPoint, Qt

    from desktop_app.storage.repositories import People

    (settings.data_dir / "models").symlink_to(models_dir)
    live = AppContext(settings)
    try:
        w = make_window(image_folder, context=live)
        dlg = w.enroll_from_photos(
            files=[shared_data / "faces" / "_groups" / "jolie_pitt_couple.jpg"]
        )
        dlg.name.setText("Angelina Jolie")
        dlg.consent.setChecked(True)
        dlg.enroll()
        qtbot.waitUntil(lambda: getattr(dlg, "face_picker", None) is not None, timeout=120_000)
        picker = dlg.face_picker
        assert [b.text() for b in picker.face_buttons] == ["Face 1", "Face 2"]
        # a click on face 1 (the largest) in the photo picks it, as its button would
        face = picker.view.labels()[0]
        x, y = (face.box[0] + face.box[2]) / 2, (face.box[1] + face.box[3]) / 2
        picker.show()
        qtbot.waitExposed(picker)
        rect = picker.view.image_rect()
        scale = rect.width() / picker.view.current_image().shape[1]
        qtbot.mouseClick(
            picker.view,
            Qt.MouseButton.LeftButton,
            pos=QPoint(round(rect.left() + x * scale), round(rect.top() + y * scale)),
        )
        qtbot.waitUntil(lambda: getattr(dlg, "enroll_result", None) is not None, timeout=120_000)
        [person] = live.db.run(lambda s: People(s).list())
        assert person.name == "Angelina Jolie" and person.template_count == 1
    finally:
        wait_ops(qtbot, 120_000)
        live.close()


def test_face_picker_picks_the_face_clicked_on_the_photo(qtbot: Any) -> None:
    """Flow 3: in a group photo the user clicks the face to enroll; a click beside the faces
    picks nothing (the buttons stay as an alternative)."""
    from types import SimpleNamespace

    import numpy as np
    from PySide6.QtCore import QPoint, Qt

    from desktop_app.ui.dialogs.enroll_dialog import FacePickDialog

    image = np.full((300, 600, 3), 90, np.uint8)
    faces = [SimpleNamespace(box=(40, 60, 200, 240)), SimpleNamespace(box=(380, 80, 520, 220))]
    picker = FacePickDialog(image, faces)
    qtbot.addWidget(picker)
    picked: list[int] = []
    picker.picked.connect(picked.append)
    picker.show()
    qtbot.waitExposed(picker)
    view = picker.view

    def on_photo(x: float, y: float) -> QPoint:
        rect = view.image_rect()
        scale = rect.width() / image.shape[1]
        return QPoint(round(rect.left() + x * scale), round(rect.top() + y * scale))

    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=on_photo(300, 150))  # between faces
    assert picked == [] and picker.isVisible()
    qtbot.mouseClick(view, Qt.MouseButton.LeftButton, pos=on_photo(450, 150))  # face 2
    assert picked == [1] and not picker.isVisible()


def test_reports_page_loads_once_when_opened_and_not_while_hidden(
    qtbot: Any, make_window: Any, berlin_ctx: Any, image_folder: Path, monkeypatch: Any
) -> None:
    from desktop_app.ui.pages import reports_page

    build_one_day(berlin_ctx.settings, berlin_ctx.db)
    calls: list[dt.date] = []
    real_build = reports_page.build

    def build(ctx: Any, start: dt.date, *args: Any) -> Any:
        calls.append(start)
        return real_build(ctx, start, *args)

    monkeypatch.setattr(reports_page, "build", build)
    w = make_window(image_folder, context=berlin_ctx)
    qtbot.wait(600)  # the period preset's reload timer has fired by now
    wait_ops(qtbot)
    assert calls == []  # never opened: nothing loaded
    w.show_page("reports")
    qtbot.waitUntil(lambda: w.reports_page.data is not None, timeout=10_000)
    qtbot.wait(600)
    wait_ops(qtbot)
    assert len(calls) == 1


def test_renaming_a_session_in_the_edit_dialog_changes_no_time_and_moves_no_mark(
    qtbot: Any, ctx: Any
) -> None:
    """review10: Start stores the moment it is pressed (09:30:00.6), and the roll call's
    'Mark present' stamps Ana at exactly that start. The secretary then only renames the
    lesson in Edit session: the start, end and late-after stay as they were, and no mark is
    'moved with the session' (a corrected copy and an audit entry for a rename)."""
    from desktop_app.storage.repositories import Events, People, Sessions
    from desktop_app.ui.dialogs.session_dialog import SessionDialog

    start = dt.datetime.now(dt.UTC).replace(microsecond=600_000) - dt.timedelta(minutes=20)
    ana = ctx.db.run(
        lambda s: People(s).add("Ana Lima", group_name="7B", member_since=start - dt.timedelta(30))
    )
    svc = ctx.attendance
    maths = svc.start_session(
        "Maths 7B",
        group="7B",
        starts_at=start,
        ends_at=start + dt.timedelta(minutes=45, seconds=7.3),  # End pressed at 10:15:07.9
        late_after=start + dt.timedelta(minutes=10),
    )
    svc.add_manual(ana.id, start, "present", actor="t", reason="roll call", session_id=maths.id)
    dlg = SessionDialog(ctx, None, session=maths)
    qtbot.addWidget(dlg)
    dlg.name.setText("Mathematics 7B")
    dlg.reason.setText("name")
    dlg.start()
    qtbot.waitUntil(lambda: dlg.result_session is not None, timeout=5000)
    after = ctx.db.run(lambda s: Sessions(s).get(maths.id))
    assert after.name == "Mathematics 7B"
    assert (after.starts_at, after.ends_at, after.late_after) == (
        maths.starts_at,
        maths.ends_at,
        maths.late_after,
    )
    assert ctx.db.run(lambda s: Events(s).query(statuses=("corrected",))) == []
