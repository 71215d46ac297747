"""The GUI shows and edits every time in ``attendance.timezone``, the zone the printed register
and the command line use, whatever the computer's own zone (review9 R6: a server image, or a
PC set up abroad, showed Ana's 09:05 mark as 08:05 on the Attendance page).

The computer runs in UTC here and the school is in Europe/Berlin (UTC+1 in winter, UTC+2
from 29 March 2026, 02:00)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QTime

from desktop_app.attendance import reports
from desktop_app.context import AppContext
from desktop_app.storage.repositories import Events, People, Sessions
from tests.attendance.conftest import with_attendance
from tests.gui.conftest import wait_ops

BERLIN = ZoneInfo("Europe/Berlin")
DAY = dt.date(2026, 3, 2)  # winter: Berlin is UTC+1
DST_DAY = dt.date(2026, 3, 29)  # clocks go from 02:00 to 03:00: UTC+2 from then on
WAIT = 15_000  # ms for the database to answer on a loaded machine


def berlin(day: dt.date, hour: int, minute: int) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=BERLIN)


@pytest.fixture
def computer_in_utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import tzlocal

    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    tzlocal.reload_localzone()
    yield
    monkeypatch.undo()
    time.tzset()
    tzlocal.reload_localzone()


@pytest.fixture
def school(settings: Any, computer_in_utc: None) -> Iterator[AppContext]:
    """A context whose attendance.timezone is Europe/Berlin, on a computer in UTC."""
    context = AppContext(with_attendance(settings))
    yield context
    context.close()


def _ana(ctx: AppContext) -> int:
    since = berlin(DAY, 0, 0) - dt.timedelta(days=30)
    return ctx.db.run(lambda s: People(s).add("Ana Lima", group_name="7B", member_since=since).id)


def _page_rows(qtbot: Any, w: Any, first: dt.date, last: dt.date, count: int) -> list[str]:
    """The Attendance page's Time column for the days ``first``..``last``, once it lists
    ``count`` marks."""
    page = w.attendance_page
    page.date_from.setDate(QDate(first.year, first.month, first.day))
    page.date_to.setDate(QDate(last.year, last.month, last.day))
    page.refresh()
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == count, timeout=WAIT)
    return [model.data(model.index(r, 0)) for r in range(model.rowCount())]


def _register_time(ctx: AppContext, day: dt.date) -> list[dt.time]:
    """The times the report's event log (CSV/XLSX/PDF) prints for ``day``."""
    data = reports.build_report(ctx.db, BERLIN, day, day)
    return [row[1] for row in data.tables["events"].rows()]


def test_a_mark_shows_on_the_attendance_page_at_the_registers_time(
    qtbot: Any, make_window: Any, school: AppContext, image_folder: Path
) -> None:
    """review9's acceptance test: Ana's 09:05 Berlin mark is 09:05 in the register and on
    the page, not the computer's 08:05."""
    ana = _ana(school)
    school.db.run(lambda s: Events(s).add(ana, "check_in", berlin(DAY, 9, 5), source="camera"))
    assert _register_time(school, DAY) == [dt.time(9, 5)]
    w = make_window(image_folder, context=school)
    assert _page_rows(qtbot, w, DAY, DAY, 1) == ["2026-03-02 09:05:00"]


def test_a_mark_just_after_the_schools_midnight_is_on_that_day_with_that_time(
    qtbot: Any, make_window: Any, school: AppContext, image_folder: Path
) -> None:
    """00:30 in Berlin is still 23:30 the day before in UTC: the page's day filter and the
    time it shows name the same day (they used to name two)."""
    ana = _ana(school)
    school.db.run(lambda s: Events(s).add(ana, "check_in", berlin(DAY, 0, 30), source="manual"))
    w = make_window(image_folder, context=school)
    assert _page_rows(qtbot, w, DAY, DAY, 1) == ["2026-03-02 00:30:00"]
    assert _page_rows(qtbot, w, DAY - dt.timedelta(days=1), DAY - dt.timedelta(days=1), 0) == []


def test_a_manual_mark_typed_as_08_05_is_08_05_in_the_register_and_the_dialogs(
    qtbot: Any, make_window: Any, school: AppContext, image_folder: Path
) -> None:
    """The operator adds Ana's missed mark and types 08:05 into the time field: the
    register, the page and the Wrong person dialog all say 08:05 (the computer says 07:05)."""
    from desktop_app.ui.dialogs.correction_dialog import CorrectionDialog

    ana = _ana(school)
    w = make_window(image_folder, context=school)
    wait_ops(qtbot)
    dlg = CorrectionDialog(school, "manual", None, w, person_id=ana)
    qtbot.addWidget(dlg)
    # the lists arrive first (a session chosen then sets the time field again)
    qtbot.waitUntil(
        lambda: dlg.session_box.count() > 0 and dlg.person.findData(ana) >= 0, timeout=WAIT
    )
    dlg.session_box.setCurrentIndex(dlg.session_box.findData(None))  # counts for the day
    dlg.when.setDate(QDate(2026, 3, 2))
    dlg.when.setTime(QTime(8, 5))  # what typing "08:05" into the field does
    assert dlg.when.text() == "2026-03-02 08:05"
    dlg.person.setCurrentIndex(dlg.person.findData(ana))
    dlg.reason.setText("camera missed her")
    dlg.apply()
    qtbot.waitUntil(lambda: dlg.result() == dlg.DialogCode.Accepted, timeout=WAIT)
    [mark] = school.db.run(lambda s: Events(s).query(person_id=ana))
    assert mark.at_utc == dt.datetime(2026, 3, 2, 7, 5, tzinfo=dt.UTC)
    assert _register_time(school, DAY) == [dt.time(8, 5)]
    assert _page_rows(qtbot, w, DAY, DAY, 1) == ["2026-03-02 08:05:00"]
    wrong = CorrectionDialog(school, "reassign", mark, w)
    qtbot.addWidget(wrong)
    labels = [x.text() for x in wrong.findChildren(type(dlg.status))]
    assert any("at 2026-03-02 08:05" in t for t in labels), labels


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [(DST_DAY - dt.timedelta(days=1), 8), (DST_DAY, 7)],
    ids=["winter", "summer"],
)
def test_editing_a_session_on_either_side_of_the_clock_change_keeps_the_schools_time(
    qtbot: Any,
    make_window: Any,
    school: AppContext,
    image_folder: Path,
    day: dt.date,
    utc_hour: int,
) -> None:
    """Maths started at 09:00 Berlin the day before and the day the clocks go forward: Edit
    session shows 09:00 both days; moving it to 09:30 stores 09:30 Berlin (08:30 UTC in
    winter, 07:30 UTC in summer) and the page's session chooser says 09:30."""
    from desktop_app.ui.dialogs.session_dialog import SessionDialog

    start = berlin(day, 9, 0)
    assert start.astimezone(dt.UTC).hour == utc_hour
    maths = school.attendance.start_session(
        "Maths", group="7B", starts_at=start, ends_at=berlin(day, 9, 45)
    )
    w = make_window(image_folder, context=school)
    wait_ops(qtbot)
    dlg = SessionDialog(school, w, session=maths)
    qtbot.addWidget(dlg)
    wait_ops(qtbot)
    assert dlg.started.text() == f"{day.isoformat()} 09:00"
    assert dlg.values()["starts_at"] == start  # saved untouched: the same time
    dlg.started.setTime(QTime(9, 30))
    dlg.reason.setText("started late")
    dlg.start()
    qtbot.waitUntil(lambda: dlg.result_session is not None, timeout=WAIT)
    saved = school.db.run(lambda s: Sessions(s).get(maths.id))
    assert saved.starts_at == berlin(day, 9, 30)
    assert saved.ends_at == berlin(day, 10, 15)  # the length is kept
    _page_rows(qtbot, w, day, day, 0)
    chooser = w.attendance_page.session
    label = f"Maths ({day.isoformat()} 09:30)"
    qtbot.waitUntil(lambda: chooser.findText(label) >= 0, timeout=WAIT)


def test_the_roll_call_and_the_live_today_list_give_the_schools_time(
    qtbot: Any, make_window: Any, school: AppContext, image_folder: Path
) -> None:
    """Ben came at 09:25 Berlin to a 09:00 lesson: the roll call says "late, arrived 09:25"
    and its session chooser "09:00-09:45", as the register does."""
    from desktop_app.ui.dialogs.roll_call_dialog import RollCallDialog
    from desktop_app.ui.live_page import local_time

    since = berlin(DAY, 0, 0) - dt.timedelta(days=30)
    ben = school.db.run(lambda s: People(s).add("Ben", group_name="7B", member_since=since).id)
    maths = school.attendance.start_session(
        "Maths",
        group="7B",
        starts_at=berlin(DAY, 9, 0),
        ends_at=berlin(DAY, 9, 45),
        late_after=berlin(DAY, 9, 10),
    )
    school.attendance.mark(ben, at=berlin(DAY, 9, 25), session_id=maths.id, source="camera")
    w = make_window(image_folder, context=school)
    dlg = RollCallDialog(school, maths, w)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(
        lambda: dlg.table.rowCount() == 1 and dlg.table.item(0, 1) is not None, timeout=WAIT
    )
    assert dlg.table.item(0, 1).text() == "late, arrived 09:25"
    assert any("09:00-09:45" in dlg.session_box.itemText(i) for i in range(dlg.session_box.count()))
    # the Live page's Today list writes each mark's time the same way
    assert local_time(berlin(DAY, 9, 25).astimezone(dt.UTC)) == "09:25:00"


def test_a_late_arrival_after_midnight_shows_its_date_in_the_roll_call(
    qtbot: Any, make_window: Any, school: AppContext, image_folder: Path
) -> None:
    """Study 7B, Monday 20:00 to 01:00, late after 20:10: Ben came at 00:30 (Tuesday).
    Ana came at 20:15, on the session's own day: her time has no date."""
    from desktop_app.ui.dialogs.roll_call_dialog import RollCallDialog

    # the mark counts on the session's day (docs/attendance.md, "Which day a mark belongs
    # to"), and "arrived 00:30" alone would read as before the 20:00 start

    since = berlin(DAY, 0, 0) - dt.timedelta(days=30)
    ids = school.db.run(
        lambda s: [People(s).add(n, group_name="7B", member_since=since).id for n in ("Ana", "Ben")]
    )
    tuesday = DAY + dt.timedelta(days=1)
    study = school.attendance.start_session(
        "Study 7B",
        group="7B",
        starts_at=berlin(DAY, 20, 0),
        ends_at=berlin(tuesday, 1, 0),
        late_after=berlin(DAY, 20, 10),
    )
    for pid, when in zip(ids, (berlin(DAY, 20, 15), berlin(tuesday, 0, 30)), strict=True):
        school.attendance.mark(pid, at=when, session_id=study.id, source="camera")
    w = make_window(image_folder, context=school)
    dlg = RollCallDialog(school, study, w)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(
        lambda: dlg.table.rowCount() == 2 and dlg.table.item(1, 1) is not None, timeout=WAIT
    )
    shown = {dlg.table.item(i, 0).text(): dlg.table.item(i, 1).text() for i in range(2)}
    assert shown == {
        "Ana": "late, arrived 20:15",
        "Ben": "late, arrived 00:30 (Tue 03 Mar)",
    }


def test_choosing_the_schools_zone_in_settings_applies_at_once(
    qtbot: Any,
    make_window: Any,
    ctx: AppContext,
    image_folder: Path,
    computer_in_utc: None,
    tmp_path: Path,
) -> None:
    """The computer is in UTC and no zone is set: Ana's mark shows 08:05. The operator picks
    Europe/Berlin in Settings > Attendance > Time zone and saves: the same page shows 09:05
    at once (no restart), a new session's "Started at" is Berlin time, and the zone is saved."""
    from desktop_app.config import load_settings
    from desktop_app.ui import ops
    from desktop_app.ui.dialogs.session_dialog import SessionDialog

    ana = _ana(ctx)
    ctx.db.run(lambda s: Events(s).add(ana, "check_in", berlin(DAY, 9, 5), source="camera"))
    w = make_window(image_folder)
    assert _page_rows(qtbot, w, DAY, DAY, 1) == ["2026-03-02 08:05:00"]
    summary = w.attendance_page.summary
    assert summary.text() == "Events: 1 · people: 1"  # the computer's clock: nothing to say
    page = w.settings_page
    assert page.zone.currentText() == "This computer's zone (UTC)"
    # a name that is no zone is refused, and nothing is saved
    page.zone.setEditText("Mars/Base")
    with qtbot.waitSignal(ops.get_hub().error) as said:
        page.save()
    assert said.args == [
        "Unknown time zone Mars/Base. Choose one from the list, e.g. Europe/Berlin."
    ]
    assert ctx.settings.attendance.timezone is None
    page.zone.setEditText("new york")  # a city's name alone: its zone is saved
    page.save()
    assert ctx.settings.attendance.timezone == "America/New_York"
    page.zone.setEditText("kolk")  # what only one zone contains: the one the list shows
    page.save()
    assert ctx.settings.attendance.timezone == "Asia/Kolkata"
    page.zone.setEditText("europe/berlin")  # typed in any case: the listed name is saved
    page.save()
    assert ctx.settings.attendance.timezone == "Europe/Berlin"
    assert load_settings(config_file=tmp_path / "gui.toml", environ={}).attendance.timezone == (
        "Europe/Berlin"
    )
    assert _page_rows(qtbot, w, DAY, DAY, 1) == ["2026-03-02 09:05:00"]
    # the computer's clock reads an hour earlier: the page says whose times these are
    qtbot.waitUntil(lambda: summary.text().endswith("\ntimes in Europe/Berlin"), timeout=WAIT)
    before = dt.datetime.now(BERLIN).strftime("%Y-%m-%d %H:%M")
    dlg = SessionDialog(ctx, w)
    qtbot.addWidget(dlg)
    after = dt.datetime.now(BERLIN).strftime("%Y-%m-%d %H:%M")
    assert dlg.started.text() in (before, after)  # now, in Berlin
    # back to the computer's zone: saved as no zone, shown in UTC again
    page.zone.setCurrentIndex(0)
    page.save()
    assert ctx.settings.attendance.timezone is None
    assert _page_rows(qtbot, w, DAY, DAY, 1) == ["2026-03-02 08:05:00"]
    qtbot.waitUntil(lambda: summary.text() == "Events: 1 · people: 1", timeout=WAIT)


def test_the_kiosk_clock_shows_the_schools_time(
    qtbot: Any, school: AppContext, image_folder: Path
) -> None:
    """The kiosk's clock beside "Already checked in at 09:05" tells the same time."""
    from desktop_app.ui.app import create_application
    from desktop_app.ui.kiosk.window import KioskWindow

    create_application()
    before = dt.datetime.now(BERLIN).strftime("%H:%M")
    w = KioskWindow(school, source=str(image_folder))
    qtbot.addWidget(w)
    w.resize(1280, 720)
    w.show()
    after = dt.datetime.now(BERLIN).strftime("%H:%M")
    assert w.clock_label.text() in (before, after)
    w.unlocked = True
    w.close()
    w.shutdown()


def test_the_attendance_page_on_today_moves_to_the_new_zones_today(
    qtbot: Any, make_window: Any, image_folder: Path, computer_in_utc: None
) -> None:
    """The page shows today; the operator saves a zone where it is already tomorrow (or
    still yesterday): the page then shows that zone's today, not a day of the old one, and
    the Reports page's period ends on it."""
    from desktop_app.ui.live_view import qdate

    now = dt.datetime.now(dt.UTC)
    zone = "Pacific/Kiritimati" if now.hour >= 10 else "Pacific/Pago_Pago"  # UTC+14 / UTC-11
    w = make_window(image_folder)
    page = w.attendance_page
    assert page.current_filter().start == page.current_filter().end == now.date()
    w.settings_page.zone.setEditText(zone)
    w.settings_page.save()
    there = dt.datetime.now(ZoneInfo(zone)).date()
    assert there != now.date()
    assert page.current_filter().start == page.current_filter().end == there
    reports = w.reports_page  # on "Last 14 days": the 14 days up to that zone's today
    assert reports.preset.currentData() == "14d"
    assert qdate(reports.date_to.date()) == there
    assert qdate(reports.date_from.date()) == there - dt.timedelta(days=13)


@pytest.mark.parametrize("fold", [0, 1], ids=["first 02:30", "second 02:30"])
def test_a_session_in_the_repeated_hour_is_saved_where_it_was(
    qtbot: Any, make_window: Any, school: AppContext, image_folder: Path, fold: int
) -> None:
    """25 October 2026: Berlin's clocks go from 03:00 back to 02:00, so 02:30 comes twice
    (00:30 and 01:30 UTC). A night shift started at either 02:30 shows 02:30, and saving
    the Edit session dialog with the time untouched keeps that start, not the other one."""

    start = dt.datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN, fold=fold).astimezone(dt.UTC)
    assert start.hour == 0 + fold
    dlg, _shift = _edit_session_dialog(qtbot, make_window, school, image_folder, start)
    assert dlg.started.text() == "2026-10-25 02:30"
    assert dlg.values()["starts_at"] == start


@pytest.mark.parametrize("day", [DAY, DST_DAY], ids=["winter", "summer"])
def test_a_zone_qt_does_not_know_by_name_still_edits_the_schools_time(
    qapp: Any, monkeypatch: pytest.MonkeyPatch, day: dt.date
) -> None:
    """Qt on Windows knows zones through its own list of names: for a name it lacks, the
    field uses the zone's offset on the day edited, so a winter and a summer 09:00 both show
    09:00 and are read back as the same instant."""
    from importlib.resources import files

    from desktop_app.ui import common

    with files("tzdata.zoneinfo").joinpath("Europe/Berlin").open("rb") as rules_file:
        unnamed = ZoneInfo.from_file(rules_file, key="School/Berlin")  # unknown to Qt
    monkeypatch.setattr(common, "_zone", unnamed)
    at = berlin(day, 9, 0)
    edit = common.datetime_edit(at)
    assert edit.text() == f"{day.isoformat()} 09:00"
    assert common.from_qdatetime(edit.dateTime()) == at


def test_a_night_shift_through_the_repeated_hour_names_which_02_00(qapp: Any) -> None:
    """02:30 CEST to 02:00 CET on 25 October is a 30-minute shift; written without the zone
    it reads as ending before it starts (review10). Other times keep their plain form."""
    from desktop_app.storage.records import SessionRecord
    from desktop_app.ui.common import set_display_zone
    from desktop_app.ui.dialogs.session_dialog import session_choice

    set_display_zone("Europe/Berlin")
    start = dt.datetime(2026, 10, 25, 0, 30, tzinfo=dt.UTC)  # 02:30 CEST
    shift = SessionRecord(
        id=1, name="Night", group_name=None, starts_at=start,
        ends_at=start + dt.timedelta(minutes=30), late_after=None, created_at=start,
    )  # fmt: skip
    assert session_choice(shift) == "Night · 02:30 CEST-02:00 CET"
    day = dataclasses.replace(shift, starts_at=berlin(DAY, 9, 0), ends_at=berlin(DAY, 9, 45))
    assert session_choice(day) == "Night · 09:00-09:45"


def _edit_session_dialog(qtbot: Any, make_window: Any, school: AppContext, folder: Path, at: Any):  # type: ignore[no-untyped-def]
    """The Edit session dialog of a session "Night" starting at ``at`` (4 hours long)."""
    from desktop_app.ui.dialogs.session_dialog import SessionDialog

    at = at.astimezone(dt.UTC)  # 4 real hours, also across the clock change
    night = school.attendance.start_session(
        "Night", starts_at=at, ends_at=at + dt.timedelta(hours=4)
    )
    w = make_window(folder, context=school)
    dlg = SessionDialog(school, w, session=night)
    qtbot.addWidget(dlg)
    wait_ops(qtbot)
    return dlg, night


def test_a_time_the_clocks_skip_is_refused_with_the_reason_and_nothing_is_saved(
    qtbot: Any, make_window: Any, school: AppContext, image_folder: Path
) -> None:
    """29 March 2026, Berlin: 02:00-03:00 does not exist. Moving a session to 02:30, or
    adding a mark at 02:30, used to save 03:30 (or keep the old time) without a word; the
    command line refuses such a time. Now the dialog says why and saves nothing."""
    from desktop_app.ui.dialogs.correction_dialog import CorrectionDialog

    message = (
        "02:30 on 2026-03-29 does not exist in Europe/Berlin: the clocks go forward then. "
        "Choose a time before or after the skipped hour."
    )
    dlg, night = _edit_session_dialog(
        qtbot, make_window, school, image_folder, berlin(DST_DAY, 1, 30)
    )
    dlg.started.setTime(QTime(2, 30))  # typed, or one step up from 01:30
    assert dlg.started.text() == "2026-03-29 02:30"  # the field shows what was typed
    dlg.reason.setText("moved")
    dlg.start()
    assert dlg.status.text() == message and dlg.result() != dlg.DialogCode.Accepted
    wait_ops(qtbot)
    assert school.db.run(lambda s: Sessions(s).get(night.id)).starts_at == night.starts_at
    dlg.started.setTime(QTime(3, 30))  # the operator chooses a time that exists
    dlg.start()
    qtbot.waitUntil(lambda: dlg.result_session is not None, timeout=WAIT)
    assert school.db.run(lambda s: Sessions(s).get(night.id)).starts_at == berlin(DST_DAY, 3, 30)

    ana = _ana(school)
    mark = CorrectionDialog(school, "manual", None, dlg.parent(), person_id=ana)
    qtbot.addWidget(mark)
    qtbot.waitUntil(lambda: mark.person.findData(ana) >= 0, timeout=WAIT)
    mark.session_box.setCurrentIndex(mark.session_box.findData(None))
    mark.when.setDate(QDate(2026, 3, 29))
    mark.when.setTime(QTime(2, 30))
    mark.person.setCurrentIndex(mark.person.findData(ana))
    mark.reason.setText("camera missed her")
    mark.apply()
    assert mark.status.text() == message
    wait_ops(qtbot)
    assert school.db.run(lambda s: Events(s).query(person_id=ana)) == []


@pytest.mark.parametrize(("choice", "utc_hour"), [(0, 0), (1, 1)], ids=["CEST", "CET"])
def test_a_time_typed_into_the_repeated_hour_asks_which_and_saves_the_one_chosen(
    qtbot: Any,
    make_window: Any,
    school: AppContext,
    image_folder: Path,
    choice: int,
    utc_hour: int,
) -> None:
    """25 October 2026, Berlin: 02:30 comes twice. A shift moved from 01:30 to 02:30 used
    to be saved at whichever 02:30 Qt picked; now the operator is asked which one, by the
    names the tables show (02:30 CEST / 02:30 CET), and that one is saved."""
    from PySide6.QtWidgets import QMessageBox

    dlg, night = _edit_session_dialog(
        qtbot, make_window, school, image_folder, berlin(dt.date(2026, 10, 25), 1, 30)
    )
    dlg.started.setTime(QTime(2, 30))
    dlg.reason.setText("moved")
    dlg.start()
    box = dlg.window().findChild(QMessageBox, "whichTime")
    assert box is not None and box.isVisible()
    assert box.text() == (
        "02:30 on 2026-10-25 comes twice in Europe/Berlin: the clocks go back then.\n"
        "Which one do you mean?"
    )
    buttons = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole]
    assert [b.text() for b in buttons] == [
        "02:30 CEST, before the clocks go back",
        "02:30 CET, after the clocks go back",
    ]
    buttons[choice].click()
    qtbot.waitUntil(lambda: dlg.result_session is not None, timeout=WAIT)
    saved = school.db.run(lambda s: Sessions(s).get(night.id))
    assert saved.starts_at == dt.datetime(2026, 10, 25, utc_hour, 30, tzinfo=dt.UTC)
    assert saved.ends_at == saved.starts_at + dt.timedelta(hours=4)


def test_a_zone_qt_does_not_know_moves_a_session_across_the_clock_change_to_the_time_typed(
    qtbot: Any,
    make_window: Any,
    school: AppContext,
    image_folder: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Where Qt lacks the zone's name (Windows), the field used the offset of the time it
    was given: a 09:00 lesson of 28 March moved to the 29th was saved at 10:00 CEST. The
    field now reads the time in the school's zone on the day it names: 09:00."""
    from importlib.resources import files

    from desktop_app.ui import common
    from desktop_app.ui.dialogs.session_dialog import SessionDialog

    dlg, night = _edit_session_dialog(
        qtbot, make_window, school, image_folder, berlin(DST_DAY - dt.timedelta(days=1), 9, 0)
    )
    with files("tzdata.zoneinfo").joinpath("Europe/Berlin").open("rb") as rules_file:
        unnamed = ZoneInfo.from_file(rules_file, key="School/Berlin")  # unknown to Qt
    monkeypatch.setattr(common, "_zone", unnamed)
    dlg = SessionDialog(school, dlg.parent(), session=night)  # opened in that zone
    qtbot.addWidget(dlg)
    wait_ops(qtbot)
    assert dlg.started.text() == "2026-03-28 09:00"
    dlg.started.setDate(QDate(2026, 3, 29))
    assert dlg.started.text() == "2026-03-29 09:00"
    assert dlg.values()["starts_at"] == berlin(DST_DAY, 9, 0).astimezone(dt.UTC)
