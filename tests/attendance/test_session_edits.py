"""A mark the camera tagged with a session that the operator then edits (an earlier end, a
later start) counts like a mark made without a session: the roll calls, the report and its
CSV follow the times the operator gave (docs/attendance.md, "After editing a session's
times"). Real service, real database, real report code."""

from __future__ import annotations

import csv
import datetime as dt
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
        "made in 'Maths 7B', outside its times now: counted as a mark without a session"
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
        "outside its times now: counted as a mark without a session"
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
        "made in 'Maths 7B', outside its times now: counted as a mark without a session"
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
