"""A mark the camera tagged with a session that the operator then edits (an earlier end, a
later start) counts like a mark made without a session: the roll calls, the report and its
CSV follow the times the operator gave (docs/attendance.md, "After editing a session's
times"). Real service, real database, real report code."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from desktop_app.attendance import reports
from desktop_app.storage.repositories import Events, Sessions

TZ = ZoneInfo("Europe/Berlin")
DAY = dt.date(2026, 3, 2)


def at(h: int, mi: int = 0, s: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, 2, h, mi, s, tzinfo=TZ).astimezone(dt.UTC)


def roll(svc: Any, session_id: int) -> dict[str, str]:
    return {e.name: e.status for e in svc.roll_call(session_id)}


def csv_views(db: Any, tmp_path: Path, grace: dt.timedelta, **kw: Any) -> dict[str, Any]:
    """What the operator opens: the register's cells and the event log, from the CSV files."""
    data = reports.build_report(db, TZ, DAY, DAY, grace=grace, **kw)
    summary, register, log = reports.export(data, "csv", tmp_path / "day.csv")
    reg = list(csv.reader(register.read_text("utf-8-sig").splitlines()))
    column = reg[0].index(DAY.isoformat())
    rows = list(csv.DictReader(log.read_text("utf-8-sig").splitlines()))
    sums = {r["Name"]: r for r in csv.DictReader(summary.read_text("utf-8-sig").splitlines())}
    return {
        "register": {r[0]: r[column] for r in reg[1:] if r[0] in ("Ana Lima", "Ben Ode")},
        "log": {(r["Name"], r["Time"]): r for r in rows},
        "summary": sums,
    }


@pytest.fixture
def forgot_end(berlin, make_service, clock, people) -> tuple[Any, Any, Any]:
    """Maths 7B from 09:00; nobody pressed End. Ana is seen at 09:05 (Maths), Ben only at
    09:50, when he came for Art: the camera puts him into the still running Maths."""
    svc = make_service(berlin)
    maths = svc.start_session("Maths 7B", group="7B", starts_at=at(9), late_after=at(9, 10))
    clock.set(at(9, 5))
    assert svc.mark(people["ana"].id).recorded
    clock.set(at(9, 50))
    ben = svc.mark(people["ben"].id)
    assert ben.recorded and ben.event.session_id == maths.id
    clock.set(at(10, 55))
    return svc, maths, ben.event


def test_forgotten_end_edited_afterwards_moves_the_cameras_marks_to_the_next_lesson(
    forgot_end, db, tmp_path: Path
) -> None:
    """The operator edits Maths to end 09:45 and enters Art 09:45-10:45: Ben, seen at 09:50,
    is present in Art and absent from Maths, in both roll calls, the register and the CSV."""
    svc, maths, _ben = forgot_end
    svc.edit_session(maths.id, actor="sec", reason="forgot End", ends_at=at(9, 45))
    art = svc.start_session(
        "Art 7B", group="7B", starts_at=at(9, 45), ends_at=at(10, 45), late_after=at(9, 55)
    )
    assert roll(svc, maths.id) == {"Ana Lima": "P", "Ben Ode": "A"}
    assert roll(svc, art.id) == {"Ana Lima": "A", "Ben Ode": "P"}

    day = csv_views(db, tmp_path, svc.grace, group="7B")
    assert day["register"] == {"Ana Lima": "P", "Ben Ode": "P"}  # each at one lesson of two
    assert day["summary"]["Ben Ode"]["Not counted"] == "0"
    row = day["log"][("Ben Ode", "09:50:00")]
    assert row["Session"] == "Art 7B"
    assert row["Note"] == (
        "made in 'Maths 7B', outside its times now: treated as a mark without a session"
    )
    assert day["log"][("Ana Lima", "09:05:00")]["Session"] == "Maths 7B"

    art_only = csv_views(db, tmp_path, svc.grace, session=str(art.id))
    assert art_only["register"] == {"Ana Lima": "A", "Ben Ode": "P"}  # = Art's roll call
    maths_only = csv_views(db, tmp_path, svc.grace, session=str(maths.id))
    assert maths_only["register"] == {"Ana Lima": "P", "Ben Ode": "A"}  # = Maths' roll call
    assert ("Ben Ode", "09:50:00") not in maths_only["log"]


def test_a_mark_left_outside_every_session_is_not_counted_and_the_log_says_why(
    forgot_end, db, tmp_path: Path
) -> None:
    """Maths ended at 09:45 for real and nothing followed: Ben's 09:50 mark is listed, not
    counted, and no longer shown under Maths."""
    svc, maths, _ben = forgot_end
    svc.edit_session(maths.id, actor="sec", reason="forgot End", ends_at=at(9, 45))
    assert roll(svc, maths.id) == {"Ana Lima": "P", "Ben Ode": "A"}
    day = csv_views(db, tmp_path, svc.grace, group="7B")
    row = day["log"][("Ben Ode", "09:50:00")]
    assert row["Session"] == ""
    assert row["Note"] == (
        "not counted: outside the sessions of the person's group; made in 'Maths 7B', "
        "outside its times now: treated as a mark without a session"
    )
    assert day["summary"]["Ben Ode"]["Not counted"] == "1"


def test_a_mark_exactly_at_the_edited_end_belongs_to_the_lesson_that_starts_then(
    berlin, make_service, clock, people
) -> None:
    """A session runs up to its end, not including it (09:45:00 is Art's, not Maths')."""
    svc = make_service(berlin)
    maths = svc.start_session("Maths 7B", group="7B", starts_at=at(9))
    clock.set(at(9, 45))
    assert svc.mark(people["ben"].id).recorded
    clock.set(at(9, 44, 59))  # the operator's edit
    svc.edit_session(maths.id, actor="sec", reason="forgot End", ends_at=at(9, 45))
    clock.set(at(10, 50))
    art = svc.start_session("Art 7B", group="7B", starts_at=at(9, 45), ends_at=at(10, 45))
    assert roll(svc, maths.id)["Ben Ode"] == "A"
    assert roll(svc, art.id)["Ben Ode"] == "P"


def test_a_freed_mark_counts_in_every_session_that_holds_it_like_a_mark_without_one(
    forgot_end, db
) -> None:
    """An assembly for everybody 09:40-10:00 and Art 7B from 09:45: Ben's 09:50 mark, freed
    from Maths, counts in both, as a mark made without a session would."""
    svc, maths, _ben = forgot_end
    svc.edit_session(maths.id, actor="sec", reason="forgot End", ends_at=at(9, 45))
    hall = svc.start_session("Assembly", starts_at=at(9, 40), ends_at=at(10))
    art = svc.start_session("Art 7B", group="7B", starts_at=at(9, 45), ends_at=at(10, 45))
    assert roll(svc, hall.id)["Ben Ode"] == "P"
    assert roll(svc, art.id)["Ben Ode"] == "P"
    assert roll(svc, maths.id)["Ben Ode"] == "A"


def test_a_mark_before_a_start_moved_later_counts_only_within_the_grace(
    berlin, make_service, clock, people, db, tmp_path: Path
) -> None:
    """Maths was entered as 09:00 but began at 09:30 (edited). Ana, seen at 09:05, is more
    than the 15-minute grace before 09:30: she was not in Maths. Ben, seen at 09:20, is
    within it and stays counted, on time."""
    svc = make_service(berlin)
    maths = svc.start_session("Maths 7B", group="7B", starts_at=at(9))
    clock.set(at(9, 5))
    assert svc.mark(people["ana"].id).recorded
    clock.set(at(9, 20))
    assert svc.mark(people["ben"].id).recorded
    clock.set(at(10))
    svc.edit_session(
        maths.id, actor="sec", reason="late start", starts_at=at(9, 30), late_after=at(9, 35)
    )
    assert roll(svc, maths.id) == {"Ana Lima": "A", "Ben Ode": "P"}
    day = csv_views(db, tmp_path, svc.grace, session=str(maths.id))
    assert day["register"] == {"Ana Lima": "A", "Ben Ode": "P"}


def test_the_camera_does_not_mark_twice_someone_whose_freed_mark_counts_for_the_lesson(
    forgot_end, clock, people
) -> None:
    """Art is started at 09:45 right after the edit and is running: Ben, seen again at
    11:00, is told he is already present (09:50), not marked late at 11:00."""
    svc, maths, ben = forgot_end
    svc.edit_session(maths.id, actor="sec", reason="forgot End", ends_at=at(9, 45))
    art = svc.start_session("Art 7B", group="7B", starts_at=at(9, 45), late_after=at(9, 55))
    clock.set(at(11))
    again = svc.mark(people["ben"].id)
    assert again.status == "already_present"
    assert again.event.id == ben.id
    assert roll(svc, art.id)["Ben Ode"] == "P"


def test_a_mark_whose_session_is_gone_counts_like_one_without_a_session(forgot_end, db) -> None:
    """The database forgets the session of a deleted one (the tag is cleared): the mark then
    counts for the session it falls in."""
    from desktop_app.storage import schema as m

    svc, maths, ben = forgot_end
    svc.edit_session(maths.id, actor="sec", reason="forgot End", ends_at=at(9, 45))
    art = svc.start_session("Art 7B", group="7B", starts_at=at(9, 45), ends_at=at(10, 45))
    db.run(lambda s: s.delete(s.get(m.AttendanceSession, maths.id)))
    assert db.run(lambda s: Events(s).get(ben.id)).session_id is None
    assert roll(svc, art.id)["Ben Ode"] == "P"


def test_the_camera_marks_again_someone_whose_mark_a_later_start_left_outside(
    berlin, make_service, clock, people
) -> None:
    """Maths is running, entered as 09:00; it really began at 09:30 (edited while running).
    Ana, seen at 09:05, is not in it; seen again at 09:40 she is marked, not told she was
    already checked in at 09:05 while the roll call lists her absent."""
    svc = make_service(berlin)
    maths = svc.start_session("Maths 7B", group="7B", starts_at=at(9))
    clock.set(at(9, 5))
    first = svc.mark(people["ana"].id)
    assert first.recorded
    clock.set(at(9, 35))
    svc.edit_session(maths.id, actor="sec", reason="late start", starts_at=at(9, 30))
    assert roll(svc, maths.id)["Ana Lima"] == "A"
    clock.set(at(9, 40))
    again = svc.mark(people["ana"].id)
    assert again.recorded and again.event.id != first.event.id
    assert roll(svc, maths.id)["Ana Lima"] == "P"
    clock.set(at(9, 50))
    assert svc.mark(people["ana"].id).status == "already_present"  # once is enough


def test_a_check_out_an_edit_left_outside_its_session_is_not_listed_under_it(
    berlin, make_service, clock, people, db, tmp_path: Path
) -> None:
    """Check-in/out at the door: Ben checked out at 09:50 while Maths still ran; Maths is then
    edited to end at 09:45. The event log no longer lists his check-out under Maths, and says
    where it was made, as the Attendance page does."""
    from tests.attendance.conftest import with_attendance

    svc = make_service(with_attendance(berlin, mode="check_in_out", cooldown_seconds=0))
    maths = svc.start_session("Maths 7B", group="7B", starts_at=at(9))
    for when in (at(9, 5), at(9, 50)):
        clock.set(when)
        assert svc.mark(people["ben"].id).recorded
    clock.set(at(10))
    svc.edit_session(maths.id, actor="sec", reason="forgot End", ends_at=at(9, 45))
    log = csv_views(db, tmp_path, svc.grace, group="7B")["log"]
    out = log[("Ben Ode", "09:50:00")]
    assert (out["Mark"], out["Session"]) == ("Check-out", "")
    assert out["Note"] == (
        "made in 'Maths 7B', outside its times now: treated as a mark without a session"
    )
    assert log[("Ben Ode", "09:05:00")]["Session"] == "Maths 7B"


def test_marks_the_operator_put_into_a_session_stay_when_its_start_moves_later(
    berlin, make_service, clock, people, db, tmp_path: Path
) -> None:
    """Ben was marked present from the roll call (stamped at the start, 09:00), Cem by a
    group photo confirmed after the lesson (stamped at the start too); Ana was seen by the
    camera at 09:05. Maths is then edited to start at 09:30: the camera's mark leaves it,
    the operator's statements stay (review9 R9)."""
    svc = make_service(berlin)
    maths = svc.start_session("Maths 7B", group=None, starts_at=at(9), ends_at=at(10))
    clock.set(at(9, 5))
    assert svc.mark(people["ana"].id).recorded
    clock.set(at(10, 30))
    svc.add_manual(
        people["ben"].id, maths.starts_at, "present", actor="sec", reason="paper list",
        session_id=maths.id,
    )  # fmt: skip
    photo = svc.mark(people["cem"].id, source="photo", session_id=maths.id)
    assert photo.recorded and photo.event.at_utc == maths.starts_at
    svc.edit_session(maths.id, actor="sec", reason="late start", starts_at=at(9, 30))
    expected = {"Ana Lima": "A", "Ben Ode": "P", "Cem Aydın": "P"}
    assert {k: v for k, v in roll(svc, maths.id).items() if k in expected} == expected
    data = reports.build_report(db, TZ, DAY, DAY, session=str(maths.id), grace=svc.grace)
    cells = data.analysis.register.cells
    assert {p.name: cells[p.id][DAY] for p in data.people if p.name in expected} == expected
    assert svc.marks_outside(svc.db.run(lambda s: Sessions(s).get(maths.id)))[0].source == (
        "camera"
    )


def _maths_moved_to_the_next_day(svc: Any, clock: Any, people: Any) -> tuple[Any, dict[str, Any]]:
    """Maths 7B entered on 2 March by mistake. The teacher's roll call marks Ana present (a
    manual mark at the session's start, 2 March 09:00); Cem's presence comes from a group
    photo confirmed after the lesson (at the start too; this Maths is for everybody); Ben's
    arrival is typed by hand at 09:20. Two days later the secretary moves Maths to 3 March,
    its real day."""
    maths = svc.start_session("Maths", group=None, starts_at=at(9), ends_at=at(10))
    clock.set(at(10, 5))
    marks = {
        "ana": svc.add_manual(
            people["ana"].id, maths.starts_at, "present", actor="teacher", reason="was there",
            session_id=maths.id,
        ),
        "ben": svc.add_manual(
            people["ben"].id, at(9, 20), "present", actor="teacher", reason="came late",
            session_id=maths.id,
        ),
        "cem": svc.mark(people["cem"].id, source="photo", session_id=maths.id).event,
    }  # fmt: skip
    day = dt.timedelta(days=1)
    clock.set(at(10, 5) + 2 * day)
    svc.edit_session(
        maths.id, actor="sec", reason="wrong day", starts_at=at(9) + day, ends_at=at(10) + day
    )
    return maths, marks


def test_marks_put_into_a_session_moved_to_another_day_move_with_it_in_every_view(
    berlin, make_service, clock, people, db, tmp_path: Path
) -> None:
    """review9 R11: the roll call said P, the report for the session's new day said A (it
    read only the marks made that day), and a day's lists did not show the marks. The marks
    the operator put into Maths move with it (same time after its start, as corrections:
    the originals stay, audited): every view of 3 March shows them, 2 March has none."""
    from types import SimpleNamespace

    from openpyxl import load_workbook
    from pypdf import PdfReader

    from desktop_app.storage.repositories import Audit
    from desktop_app.ui.pages.attendance_page import LogFilter, load_log

    svc = make_service(berlin)
    maths, marks = _maths_moved_to_the_next_day(svc, clock, people)
    day2 = DAY + dt.timedelta(days=1)
    expected = {"Ana Lima": "P", "Ben Ode": "P", "Cem Aydın": "P"}
    assert roll(svc, maths.id) == expected

    for kw in ({"session": str(maths.id)}, {"group": "7B"}, {}):  # register, class, whole day
        data = reports.build_report(db, TZ, day2, day2, grace=svc.grace, **kw)
        cells = {p.name: data.analysis.register.cells[p.id].get(day2) for p in data.people}
        assert cells == {k: v for k, v in expected.items() if k in cells} and cells, kw
        log = {r[2]: r for r in data.tables["events"].rows()}
        assert {n: (r[0], r[1], r[6]) for n, r in log.items()} == {
            n: (day2, t, "Maths")
            for n, t in (
                ("Ana Lima", dt.time(9)),
                ("Ben Ode", dt.time(9, 20)),
                ("Cem Aydın", dt.time(9)),
            )
            if n in cells
        }, kw

    data = reports.build_report(db, TZ, day2, day2, grace=svc.grace)
    _summary, register, _log = reports.export(data, "csv", tmp_path / "day2.csv")
    reg = list(csv.reader(register.read_text("utf-8-sig").splitlines()))
    assert ["Ana Lima", "S001", "7B", "P", "1", "0", "0"] in reg
    [xlsx] = reports.export(data, "xlsx", tmp_path / "day2.xlsx")
    sheet = load_workbook(xlsx)["Register"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "Ben Ode")
    assert [c.value for c in row][:4] == ["Ben Ode", "S002", "7B", "P"]
    [pdf] = reports.export(data, "pdf", tmp_path / "day2.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    register_part = text[text.index("\nRegister\n") : text.index("\nEvent log\n")]
    assert "\nAna Lima\nP\n1\n0\n0\nBen Ode\nP\n" in register_part, register_part

    # the day Maths was wrongly entered on: nothing is left there
    before = reports.build_report(db, TZ, DAY, DAY, grace=svc.grace)
    assert not before.sessions and not before.events

    # the Attendance page and `attendance list` of 3 March: the three marks, under Maths
    ctx = SimpleNamespace(settings=berlin, db=db)
    page = load_log(ctx, LogFilter(day2, day2))
    assert sorted((e.person_name, e.session_id) for e in page.events) == [
        ("Ana Lima", maths.id),
        ("Ben Ode", maths.id),
        ("Cem Aydın", maths.id),
    ]
    assert not page.freed and not load_log(ctx, LogFilter(DAY, DAY)).events
    listed = _cli_list(berlin, tmp_path, "--from", str(day2), "--to", str(day2))
    assert sorted((e["person"], e["at"][:16], e["counted_session"]) for e in listed) == [
        ("Ana Lima", "2026-03-03T09:00", "Maths"),
        ("Ben Ode", "2026-03-03T09:20", "Maths"),
        ("Cem Aydın", "2026-03-03T09:00", "Maths"),
    ]
    # corrections, as any other: the originals stay, pointing at their replacement
    old = _cli_list(berlin, tmp_path, "--from", str(DAY), "--to", str(DAY), "--all")
    assert {e["id"]: e["status"] for e in old} == {m.id: "corrected" for m in marks.values()}
    [edit] = [a for a in db.run(lambda s: Audit(s).list()) if a.action == "session.edit"]
    moved = json.loads(edit.details)["marks_moved"]
    assert sorted(x["event"] for x in moved) == sorted(m.id for m in marks.values())


def _cli_list(settings: Any, tmp_path: Path, *args: str) -> list[dict[str, Any]]:
    """`attendance list ... --json` as a user types it, on the tests' data folder."""
    import contextlib
    import io

    from desktop_app.cli import main

    cfg = tmp_path / "cli.toml"
    cfg.write_text('[attendance]\ntimezone = "Europe/Berlin"\n')
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(
            ["attendance", "list", *args, "--json", "--data-dir", str(settings.data_dir),
             "--config", str(cfg)]
        )  # fmt: skip
    assert code == 0
    return list(json.loads(out.getvalue()))


def test_a_mark_present_at_the_start_stays_on_time_when_the_start_moves_earlier(
    berlin, make_service, clock, people, db
) -> None:
    """Maths entered for 09:30 (late after 09:40); the teacher's roll call marks Ana present
    (stamped 09:30). The real start was 09:00: the edit moves the stamp to 09:00, so Ana is
    not late after 09:10; Ben, seen by the camera at 09:30, is."""
    svc = make_service(berlin)
    maths = svc.start_session(
        "Maths 7B", group="7B", starts_at=at(9, 30), ends_at=at(10, 30), late_after=at(9, 40)
    )
    clock.set(at(9, 30))
    assert svc.mark(people["ben"].id).recorded
    clock.set(at(10, 35))
    svc.add_manual(
        people["ana"].id, maths.starts_at, "present", actor="t", reason="roll call",
        session_id=maths.id,
    )  # fmt: skip
    svc.edit_session(maths.id, actor="sec", reason="began at 9", starts_at=at(9))
    assert roll(svc, maths.id) == {"Ana Lima": "P", "Ben Ode": "L"}
    data = reports.build_report(db, TZ, DAY, DAY, grace=svc.grace, session=str(maths.id))
    assert {p.name: data.analysis.register.cells[p.id][DAY] for p in data.people} == {
        "Ana Lima": "P",
        "Ben Ode": "L",
    }


def test_a_manual_mark_at_the_start_the_add_dialog_proposed_moves_with_an_earlier_start(
    berlin, make_service, clock, people
) -> None:
    """The teacher pressed Start late, at 09:30:00.6 (Start takes the moment it is pressed),
    with late after 10 minutes. The secretary adds Ana by hand into that lesson with the
    Add-manual dialog, whose time follows the session: its start, in whole seconds
    (09:30:00). Then the start is corrected to 09:00, when the lesson really began. Ana's
    mark was "there from the start" (the dialog's own words): she must not turn late, as a
    roll-call 'Mark present' (stamped at the exact start) does not (review10's test)."""
    svc = make_service(berlin)
    clock.set(at(9, 30) + dt.timedelta(microseconds=600_000))
    maths = svc.start_session("Maths 7B", group="7B", late_after=at(9, 40))
    assert maths.starts_at.microsecond == 600_000
    clock.set(at(9, 50))
    dialog_time = maths.starts_at.replace(microsecond=0)  # ui.common.to/from_qdatetime
    svc.add_manual(
        people["ana"].id, dialog_time, "present", actor="sec", reason="paper", session_id=maths.id
    )
    assert roll(svc, maths.id)["Ana Lima"] == "P"
    svc.edit_session(maths.id, actor="sec", reason="began at 9", starts_at=at(9))
    assert roll(svc, maths.id)["Ana Lima"] == "P"


def test_marks_left_on_another_day_by_an_earlier_version_count_on_their_sessions_day(
    berlin, make_service, clock, people, db
) -> None:
    """Sessions moved to another day before marks moved with them (this database's history
    may hold such marks; also a move into the future moves none): Ana's hand check-in of
    2 March 09:00 into Maths, now on 3 March, with her check-out of 3 March 09:50. The 3 March
    report counts her present in Maths without 24 hours between the two marks and without a
    "first in" on 2 March; the 2 March report does not list the mark."""
    from .conftest import with_attendance

    svc = make_service(with_attendance(berlin, mode="check_in_out"))
    maths = svc.start_session("Maths 7B", group="7B", starts_at=at(9), ends_at=at(10))
    clock.set(at(10, 5))
    svc.add_manual(
        people["ana"].id, maths.starts_at, "check_in", actor="t", reason="paper list",
        session_id=maths.id,
    )  # fmt: skip
    day = dt.timedelta(days=1)
    db.run(lambda s: Sessions(s).update(maths.id, starts_at=at(9) + day, ends_at=at(10) + day))
    db.run(
        lambda s: Events(s).add(
            people["ana"].id, "check_out", at(9, 50) + day, source="camera", session_id=maths.id
        )
    )
    day2 = DAY + day
    data = reports.build_report(db, TZ, day2, day2, grace=svc.grace, group="7B")
    ana = next(p.id for p in data.people if p.name == "Ana Lima")
    summary = data.analysis.summaries[ana]
    assert data.analysis.register.cells[ana] == {day2: "P"}
    assert summary.hours == 0 and summary.first_in is None and summary.not_counted == 0
    log = [r for r in data.tables["events"].rows() if r[2] == "Ana Lima"]
    assert [(r[0], r[6]) for r in log] == [(DAY, "Maths 7B"), (day2, "Maths 7B")]
    assert log[0][9].startswith("put into 'Maths 7B', which is on 2026-03-03 now; added by t")
    earlier = reports.build_report(db, TZ, DAY, DAY, grace=svc.grace, group="7B")
    assert not earlier.events


def test_review9_r11_a_mark_present_stays_with_a_session_moved_to_another_day(
    berlin, make_service, clock, people, db
) -> None:
    """Maths was entered on the wrong day (2 March instead of 3 March); the teacher's roll
    call marked Ana present (a manual mark at the session's start, 2 March 09:00). The
    secretary corrects the date. Since e0eac66 the mark stays with Maths: the roll call says
    P. The report for 3 March (the day Maths is now on) must say the same; it reads only the
    marks made on 3 March, so Ana is A there."""
    svc = make_service(berlin)
    maths = svc.start_session("Maths 7B", group="7B", starts_at=at(9), ends_at=at(10))
    clock.set(at(10, 5))
    svc.add_manual(
        people["ana"].id,
        maths.starts_at,
        "present",
        actor="teacher",
        reason="was there",
        session_id=maths.id,
    )
    next_day = dt.timedelta(days=1)
    clock.set(at(10, 5) + next_day * 2)
    svc.edit_session(
        maths.id,
        actor="sec",
        reason="wrong day",
        starts_at=at(9) + next_day,
        ends_at=at(10) + next_day,
    )
    assert roll(svc, maths.id)["Ana Lima"] == "P"
    day2 = DAY + next_day
    data = reports.build_report(db, TZ, day2, day2, grace=svc.grace, session=str(maths.id))
    ana = next(p.id for p in data.people if p.name == "Ana Lima")
    assert data.analysis.register.cells[ana].get(day2) == "P"


def test_a_session_past_midnight_counts_its_marks_after_midnight_in_its_days_report(
    berlin, make_service, clock, people, db
) -> None:
    """Evening study 7B, 2 March 23:00 to 3 March 00:30. Ana is seen at 00:10: the roll
    call says P; the report of 2 March (the session's day) said A, since it read only the
    marks made on 2 March. Cem (7C) seen then is no part of it."""
    svc = make_service(berlin)
    after = dt.timedelta(hours=1)  # 3 March, 00:xx
    night = svc.start_session(
        "Evening study", group="7B", starts_at=at(23), ends_at=at(23, 30) + after
    )
    clock.set(at(23, 10) + after)
    assert svc.mark(people["ana"].id).recorded and svc.mark(people["cem"].id).recorded
    clock.set(at(23, 59) + after)
    assert roll(svc, night.id) == {"Ana Lima": "P", "Ben Ode": "A"}
    for kw in ({"group": "7B"}, {"session": str(night.id)}, {}):
        data = reports.build_report(db, TZ, DAY, DAY, grace=svc.grace, **kw)
        cells = {p.name: data.analysis.register.cells[p.id].get(DAY) for p in data.people}
        assert (cells["Ana Lima"], cells["Ben Ode"]) == ("P", "A"), kw
        log = [(r[0], r[1], r[2], r[6], r[9]) for r in data.tables["events"].rows()]
        assert log == [
            (DAY + dt.timedelta(days=1), dt.time(0, 10), "Ana Lima", "Evening study", "")
        ]
        summary = data.analysis.summaries[next(p.id for p in data.people if p.name == "Ana Lima")]
        assert summary.not_counted == 0 and summary.first_in == at(23, 10) + after


def test_the_next_days_report_leaves_out_the_marks_of_an_evening_session_before_it(
    berlin, make_service, clock, people, db
) -> None:
    """Evening study 7B on 2 March until 00:30; Ana is seen at 00:10 (3 March). That mark is
    the evening study's (2 March's report): 3 March's report neither calls it "not counted"
    next to 3 March's Maths, nor makes 3 March a day the class was open when 3 March has no
    session (review10). The mirror: a mark at 23:55 in the grace of a session at 00:05."""
    svc = make_service(berlin)
    after = dt.timedelta(hours=1)  # 3 March, 00:xx
    svc.start_session("Evening study", group="7B", starts_at=at(23), ends_at=at(23, 30) + after)
    clock.set(at(23, 10) + after)
    assert svc.mark(people["ana"].id).recorded
    day2 = DAY + dt.timedelta(days=1)
    clock.set(at(12) + dt.timedelta(days=2))
    quiet = reports.build_report(db, TZ, day2, day2, grace=svc.grace, group="7B")
    assert not quiet.events and all(not row for row in quiet.analysis.register.cells.values())
    svc.start_session(
        "Maths 7B", group="7B", starts_at=at(9) + 24 * after, ends_at=at(10) + 24 * after
    )
    data = reports.build_report(db, TZ, day2, day2, grace=svc.grace, group="7B")
    assert not data.events
    cells = {p.name: data.analysis.register.cells[p.id].get(day2) for p in data.people}
    assert cells == {"Ana Lima": "A", "Ben Ode": "A"}
    assert sum(s.not_counted for s in data.analysis.summaries.values()) == 0

    # a session at 00:05 on 4 March: Ben's mark at 23:55 on 3 March is its
    svc.start_session(
        "Night 7B", group="7B", starts_at=at(0, 5) + 48 * after, ends_at=at(1) + 48 * after
    )
    db.run(
        lambda s: Events(s).add(
            people["ben"].id, "present", at(23, 55) + 24 * after, source="camera"
        )
    )
    data = reports.build_report(db, TZ, day2, day2, grace=svc.grace, group="7B")
    assert not data.events
    day3 = day2 + dt.timedelta(days=1)
    night = reports.build_report(db, TZ, day3, day3, grace=svc.grace, group="7B")
    cells = {p.name: night.analysis.register.cells[p.id].get(day3) for p in night.people}
    assert cells == {"Ana Lima": "A", "Ben Ode": "P"}
