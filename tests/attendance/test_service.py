"""AttendanceService with a fake clock: modes, cooldown, sessions, midnight, DST, on_frame."""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from desktop_app.attendance.service import RECHECK_SECONDS, SessionConflict, SessionError
from desktop_app.recognition.types import FrameResult, Match, MatchStatus, RecognizedFace
from desktop_app.storage.repositories import Events, Sessions
from desktop_app.vision.types import Face
from tests.attendance.conftest import FakeClock, with_attendance

TZ = ZoneInfo("Europe/Berlin")


def local(y: int, mo: int, d: int, h: int, mi: int = 0, s: int = 0) -> dt.datetime:
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=TZ).astimezone(dt.UTC)


def events(db: Any, **kw: Any) -> list[Any]:
    return db.run(lambda s: Events(s).query(**kw))


def recognised(person_id: int | None, *, confirmed: bool = True, seed: int = 0) -> RecognizedFace:
    lm = np.array([[30, 40], [70, 40], [50, 60], [35, 80], [65, 80]], np.float32)
    match = (
        Match(MatchStatus.KNOWN, person_id, "x", 0.42, 0.2, 1, 0.6)
        if person_id is not None
        else Match.unknown(0.6)
    )
    emb = np.random.default_rng(seed).normal(size=128).astype(np.float32)
    return RecognizedFace(Face((0, 0, 100, 100), 0.99, lm), match, 1, confirmed, emb, None)


# --- present mode ---
def test_present_mode_marks_once_per_day_with_a_readable_message(
    berlin, make_service, clock, people, db
) -> None:
    svc = make_service(berlin)
    ana = people["ana"].id
    first = svc.mark(ana)
    assert first.status == "recorded" and first.event is not None
    assert first.message == "Ana Lima checked in at 08:57"
    assert first.event.kind == "check_in"  # outside any session: a plain check-in
    clock.advance(3 * 3600)
    again = svc.mark(ana)
    assert again.status == "already_present"
    assert again.message == "Ana Lima: already checked in at 08:57"
    assert len(events(db)) == 1


def test_present_mode_new_local_day_starts_at_local_midnight(
    berlin, make_service, clock, people, db
) -> None:
    svc = make_service(berlin)
    ana = people["ana"].id
    clock.set(local(2026, 3, 2, 23, 50))
    assert svc.mark(ana).status == "recorded"
    clock.set(local(2026, 3, 2, 23, 59, 59))
    assert svc.mark(ana).status == "already_present"
    clock.set(local(2026, 3, 3, 0, 0, 1))  # 23:00 UTC: a new day in Berlin, not in UTC
    assert svc.mark(ana).status == "recorded"
    assert len(events(db)) == 2


@pytest.mark.parametrize("day", [dt.date(2026, 3, 29), dt.date(2026, 10, 25)])
def test_present_mode_dst_change_day_is_one_day(
    berlin, make_service, clock, people, db, day: dt.date
) -> None:
    svc = make_service(berlin)
    ana = people["ana"].id
    clock.set(local(day.year, day.month, day.day, 0, 30))
    assert svc.mark(ana).status == "recorded"
    clock.set(local(day.year, day.month, day.day, 23, 30))  # 23 or 25 hours later
    res = svc.mark(ana)
    assert res.status == "already_present" and "00:30" in res.message
    next_day = day + dt.timedelta(days=1)
    clock.set(local(next_day.year, next_day.month, next_day.day, 0, 10))
    assert svc.mark(ana).status == "recorded"


def test_present_mode_one_mark_per_session(berlin, make_service, clock, people, db) -> None:
    svc = make_service(berlin)
    ana = people["ana"].id
    s1 = svc.start_session(
        "Maths 7B",
        group="7B",
        starts_at=local(2026, 3, 2, 8),
        ends_at=local(2026, 3, 2, 9),
        late_after=local(2026, 3, 2, 8, 10),
    )
    s2 = svc.start_session(
        "Art 7B", group="7B", starts_at=local(2026, 3, 2, 9), ends_at=local(2026, 3, 2, 10)
    )
    clock.set(local(2026, 3, 2, 8, 5))
    r1 = svc.mark(ana)
    assert r1.status == "recorded" and r1.event.kind == "present" and r1.session_id == s1.id
    assert r1.message == "Ana Lima checked in at 08:05 (Maths 7B)"
    clock.set(local(2026, 3, 2, 8, 59, 59))
    assert svc.mark(ana).status == "already_present"
    clock.set(local(2026, 3, 2, 9, 0))  # session end is exclusive: now it is Art
    r2 = svc.mark(ana)
    assert r2.status == "recorded" and r2.session_id == s2.id


def test_a_session_of_another_group_does_not_take_the_person(
    berlin, make_service, clock, people, db
) -> None:
    svc = make_service(berlin)
    svc.start_session("Maths 7C", group="7C", starts_at=local(2026, 3, 2, 8))
    clock.set(local(2026, 3, 2, 8, 5))
    res = svc.mark(people["ana"].id)  # Ana is 7B
    assert res.status == "recorded" and res.session_id is None and res.event.kind == "check_in"
    assert svc.mark(people["cem"].id).session_id is not None


def test_outside_session_can_be_ignored(settings, make_service, clock, people, db) -> None:
    svc = make_service(with_attendance(settings, outside_session="ignore"))
    res = svc.mark(people["ana"].id)
    assert res.status == "ignored" and res.event is None and "No open session" in res.message
    assert events(db) == []
    svc.start_session("Maths", starts_at=clock.now - dt.timedelta(minutes=5))
    assert svc.mark(people["ana"].id).status == "recorded"


# --- check-in / check-out ---
def test_check_in_out_alternates_with_a_cooldown(settings, make_service, clock, people, db) -> None:
    svc = make_service(with_attendance(settings, mode="check_in_out", cooldown_seconds=300))
    ana = people["ana"].id
    assert svc.mark(ana).event.kind == "check_in"
    clock.advance(299)
    cool = svc.mark(ana)
    assert cool.status == "cooldown" and cool.message == "Ana Lima: already checked in at 08:57"
    clock.advance(1)  # exactly the cooldown later
    out = svc.mark(ana)
    assert out.status == "recorded" and out.event.kind == "check_out"
    assert out.message == "Ana Lima checked out at 09:02"
    clock.advance(600)
    assert svc.mark(ana).event.kind == "check_in"
    assert [e.kind for e in events(db)] == ["check_in", "check_out", "check_in"]


def test_check_in_out_restarts_with_a_check_in_after_midnight(
    settings, make_service, clock, people, db
) -> None:
    svc = make_service(with_attendance(settings, mode="check_in_out"))
    ana = people["ana"].id
    clock.set(local(2026, 3, 2, 23, 40))
    assert svc.mark(ana).event.kind == "check_in"
    clock.set(local(2026, 3, 3, 0, 10))  # a new local day: not a check-out of yesterday
    assert svc.mark(ana).event.kind == "check_in"


@pytest.mark.parametrize(("mode", "kind"), [("entry", "check_in"), ("exit", "check_out")])
def test_entry_and_exit_devices(
    settings, make_service, clock, people, db, mode: str, kind: str
) -> None:
    svc = make_service(with_attendance(settings, mode=mode, cooldown_seconds=60))
    ana = people["ana"].id
    assert svc.mark(ana).event.kind == kind
    clock.advance(30)
    assert svc.mark(ana).status == "cooldown"
    clock.advance(31)
    assert svc.mark(ana).event.kind == kind


def test_a_withdrawn_mark_does_not_block_a_new_one(berlin, make_service, clock, people, db) -> None:
    """The idempotency token of a deleted mark is not reused."""
    svc = make_service(berlin)
    ana = people["ana"].id
    first = svc.mark(ana)
    svc.delete_event(first.event.id, actor="sec", reason="test scan")
    clock.advance(60)
    again = svc.mark(ana)
    assert again.status == "recorded" and again.event.id != first.event.id


def test_two_devices_share_the_database_truth(settings, make_service, clock, people, db) -> None:
    a = make_service(with_attendance(settings, device="door-a"))
    b = make_service(with_attendance(settings, device="door-b"))
    ana = people["ana"].id
    assert a.on_frame(FrameResult([recognised(ana)]))[0].status == "recorded"
    clock.advance(5)
    res = b.on_frame(FrameResult([recognised(ana)]))
    assert [r.status for r in res] == ["already_present"]
    assert [e.device for e in events(db)] == ["door-a"]


# --- on_frame ---
def test_on_frame_marks_confirmed_known_faces_only_and_keeps_the_probe(
    berlin, make_service, people, db
) -> None:
    svc = make_service(berlin)
    ana, ben = people["ana"].id, people["ben"].id
    face = recognised(ana, seed=3)
    frame = FrameResult([face, recognised(ben, confirmed=False), recognised(None)])
    res = svc.on_frame(frame)
    assert [(r.person_id, r.status) for r in res] == [(ana, "recorded")]
    ev = events(db)[0]
    assert ev.score == pytest.approx(0.42) and ev.source == "camera"
    assert np.array_equal(np.frombuffer(ev.probe_embedding, np.float32), face.embedding)
    assert ev.probe_embedder_id == berlin.recognition.embedder


def test_on_frame_skips_the_database_while_nothing_can_change(
    berlin, make_service, clock, people, db, monkeypatch
) -> None:
    svc = make_service(berlin)
    ana = people["ana"].id
    frame = FrameResult([recognised(ana)])
    assert len(svc.on_frame(frame)) == 1
    calls = []
    real_run = db.run
    monkeypatch.setattr(db, "run", lambda fn, **kw: calls.append(1) or real_run(fn, **kw))
    for _ in range(100):  # 100 frames with Ana in view
        clock.advance(0.04)
        assert svc.on_frame(frame) == []
    assert calls == []
    clock.advance(RECHECK_SECONDS)  # then it asks the database again (another device may
    assert [r.status for r in svc.on_frame(frame)] == ["already_present"]  # have deleted it)
    assert len(calls) == 1


def test_on_frame_sees_a_correction_made_on_another_device(
    berlin, make_service, clock, people, db
) -> None:
    kiosk, desk = make_service(berlin), make_service(berlin)
    ana = people["ana"].id
    first = kiosk.on_frame(FrameResult([recognised(ana)]))[0]
    desk.delete_event(first.event.id, actor="secretary", reason="wrong day")
    clock.advance(RECHECK_SECONDS + 1)
    again = kiosk.on_frame(FrameResult([recognised(ana)]))
    assert [r.status for r in again] == ["recorded"]


# --- sessions ---
def test_sessions_start_end_and_current(berlin, make_service, clock, db) -> None:
    svc = make_service(berlin)
    s = svc.start_session("Maths 7B", group="7B")
    assert [x.id for x in svc.current_sessions()] == [s.id]
    clock.advance(3600)
    ended = svc.end_session(s.id)
    assert ended.ends_at == clock.now
    assert svc.current_sessions() == []
    with pytest.raises(SessionError, match="already ended"):
        svc.end_session(s.id)
    with pytest.raises(SessionError, match="before it starts"):
        svc.start_session("x", starts_at=clock.now, ends_at=clock.now - dt.timedelta(hours=1))
    with pytest.raises(SessionError, match="needs a name"):
        svc.start_session("  ")


def test_start_pressed_twice_keeps_one_session_and_says_which_runs(
    berlin, make_service, clock, people, db
) -> None:
    svc = make_service(berlin)
    maths = svc.start_session("Maths 7B", group="7B", starts_at=local(2026, 3, 2, 8, 50))
    for name in ("Maths 7B", "Session 08:57"):  # the same class again, under any name
        with pytest.raises(SessionConflict) as err:
            svc.start_session(name, group="7B")
        assert str(err.value) == (
            "'Maths 7B' (group 7B) has been running since 2026-03-02 08:50. A group has one "
            "session at a time: continue that one, or end it before starting another."
        )
        assert err.value.other.id == maths.id
        # ending it for the next lesson is offered, not for the same class again (its new
        # register would list everybody absent)
        assert err.value.can_end == (name != "Maths 7B")
    with pytest.raises(SessionConflict):
        svc.start_session("maths 7b", group="7B", end_running=True)
    # pressed twice within the minute (the dialog's start): nothing to end, only continue
    with pytest.raises(SessionConflict) as err:
        svc.start_session("Maths 7B", group="7B", starts_at=local(2026, 3, 2, 8, 50))
    assert not err.value.can_end
    assert [x.id for x in svc.current_sessions()] == [maths.id]
    # a parallel class of another group, and a session for everybody, still start
    art = svc.start_session("Art 7C", group="7C")
    hall = svc.start_session("Assembly")
    with pytest.raises(SessionConflict, match="'Assembly' \\(for everybody\\) has been running"):
        svc.start_session("Assembly")
    assert {x.id for x in svc.current_sessions()} == {maths.id, art.id, hall.id}
    # each person is marked into their own group's session: no mark is split
    assert svc.mark(people["ana"].id).session_id == maths.id
    assert svc.mark(people["cem"].id).session_id == art.id


def test_a_session_at_the_same_time_as_another_of_its_group_is_refused_with_its_times(
    berlin, make_service, clock, db
) -> None:
    svc = make_service(berlin)
    svc.start_session(
        "Maths 7B", group="7B", starts_at=local(2026, 3, 2, 7), ends_at=local(2026, 3, 2, 8)
    )
    with pytest.raises(SessionConflict) as err:  # entered afterwards, overlapping
        svc.start_session(
            "Art 7B", group="7B", starts_at=local(2026, 3, 2, 7, 30), ends_at=local(2026, 3, 2, 9)
        )
    assert "'Maths 7B' (group 7B, 2026-03-02 07:00 to 2026-03-02 08:00) overlaps" in str(err.value)
    assert not err.value.can_end  # not running: its times are changed by an edit
    # back to back is fine
    art = svc.start_session("Art 7B", group="7B", starts_at=local(2026, 3, 2, 8))
    # an edit that would put a session on top of another of its group is refused too
    later = svc.start_session(
        "PE 7C", group="7C", starts_at=local(2026, 3, 2, 7), ends_at=local(2026, 3, 2, 8)
    )
    with pytest.raises(SessionConflict, match="'Maths 7B'"):
        svc.edit_session(later.id, actor="sec", group="7B")
    assert svc.edit_session(later.id, actor="sec", name="PE 7C (gym)").name == "PE 7C (gym)"
    assert [x.id for x in svc.current_sessions()] == [art.id]


def test_end_running_ends_the_groups_session_when_the_next_one_starts(
    berlin, make_service, clock, people, db
) -> None:
    svc = make_service(berlin)
    maths = svc.start_session("Maths 7B", group="7B", starts_at=local(2026, 3, 2, 8))
    art = svc.start_session("Art 7B", group="7B", end_running=True)
    assert [x.id for x in svc.current_sessions()] == [art.id]
    ended = db.run(lambda s: Sessions(s).get(maths.id))
    assert ended.ends_at == art.starts_at == clock.now
    assert svc.mark(people["ana"].id).session_id == art.id


def test_end_running_from_an_earlier_time_counts_the_marks_after_it_in_the_new_session(
    berlin, make_service, clock, people, db
) -> None:
    """'End it and start' with a start in the past (typed earlier, or the dialog's minute):
    the running session ends there, and a camera mark made into it after that start counts
    for the new one, as the operator's times say (as if Maths' end had been edited)."""
    svc = make_service(berlin)
    maths = svc.start_session("Maths 7B", group="7B", starts_at=local(2026, 3, 2, 8))
    clock.set(local(2026, 3, 2, 9, 3))
    assert svc.mark(people["ana"].id).session_id == maths.id  # seen at 09:03, in Maths
    clock.set(local(2026, 3, 2, 9, 10))
    art = svc.start_session(
        "Art 7B", group="7B", starts_at=local(2026, 3, 2, 9), end_running=True
    )  # "Art started at 09:00"
    assert db.run(lambda s: Sessions(s).get(maths.id)).ends_at == art.starts_at
    assert [x.name for x in svc.current_sessions()] == ["Art 7B"]
    assert {e.name: e.status for e in svc.roll_call(maths.id)} == {"Ana Lima": "A", "Ben Ode": "A"}
    assert {e.name: e.status for e in svc.roll_call(art.id)} == {"Ana Lima": "P", "Ben Ode": "A"}
    clock.set(local(2026, 3, 2, 9, 30))  # the camera sees her again: she is in Art already
    assert svc.mark(people["ana"].id).status == "already_present"


def test_the_roll_call_keeps_who_was_there_after_they_are_deactivated(
    berlin, make_service, clock, people, db
) -> None:
    """Ben left the school after the lesson: the roll call still lists him present, as
    the session's report does; so does it list Ana, absent, after she left too."""
    from desktop_app.attendance import reports
    from desktop_app.storage.repositories import People

    svc = make_service(berlin)
    maths = svc.start_session("Maths 7B", group="7B", starts_at=local(2026, 3, 2, 8, 50))
    assert svc.mark(people["ben"].id).recorded
    clock.set(local(2026, 3, 2, 10))
    svc.end_session(maths.id)
    db.run(lambda s: People(s).update(people["ben"].id, active=False))
    roll = {e.name: e.status for e in svc.roll_call(maths.id)}
    assert roll == {"Ana Lima": "A", "Ben Ode": "P"}
    day = dt.date(2026, 3, 2)
    data = reports.build_report(db, TZ, day, day, session=str(maths.id), grace=svc.grace)
    cells = data.analysis.register.cells
    assert {p.name: cells[p.id][day] for p in data.people} == roll  # the report agrees
    db.run(lambda s: People(s).update(people["ana"].id, active=False))
    # Ana was in 7B that morning: she stays on its register, absent, after she left
    assert {e.name: e.status for e in svc.roll_call(maths.id)} == roll


def test_a_past_roll_call_and_report_list_the_group_as_it_was_then(
    berlin, make_service, clock, people, db
) -> None:
    """After the lesson Ben moves to 7C, Ana leaves the school and Dan joins 7B: the
    lesson's roll call and its report still read Ana P, Ben A, without Dan; the next 7B
    lesson lists Dan and not Ben or Ana."""
    from desktop_app.attendance import reports
    from desktop_app.storage.repositories import Memberships, People

    svc = make_service(berlin)
    maths = svc.start_session("Maths 7B", group="7B", starts_at=local(2026, 3, 2, 8, 50))
    assert svc.mark(people["ana"].id).recorded
    clock.set(local(2026, 3, 2, 10))
    svc.end_session(maths.id)
    then = {"Ana Lima": "P", "Ben Ode": "A"}
    assert {e.name: e.status for e in svc.roll_call(maths.id)} == then

    def change(s: Any) -> int:
        People(s).update(people["ben"].id, group_name="7C")
        People(s).update(people["ana"].id, active=False)
        return People(s).add("Dan Neu", group_name="7B").id

    dan = db.run(change)
    assert {e.name: e.status for e in svc.roll_call(maths.id)} == then
    day = dt.date(2026, 3, 2)
    for kw in ({"session": str(maths.id)}, {"group": "7B"}):
        data = reports.build_report(db, TZ, day, day, grace=svc.grace, **kw)
        cells = data.analysis.register.cells
        assert {p.name: cells[p.id][day] for p in data.people} == then, kw

    # Ben is in 7C now, not then: 7C's report of that day does not list him or his 7B mark
    seven_c = reports.build_report(db, TZ, day, day, grace=svc.grace, group="7C")
    assert [p.name for p in seven_c.people] == ["Cem Aydın"]

    joined = db.run(lambda s: Memberships(s).history(dan))[0].since
    assert joined is not None
    clock.set(joined + dt.timedelta(days=1))
    art = svc.start_session("Art 7B", group="7B")
    assert {e.name: e.status for e in svc.roll_call(art.id)} == {"Dan Neu": "A"}


def test_a_past_register_names_the_group_the_pupil_was_in_then(
    berlin, make_service, clock, people, db, tmp_path
) -> None:
    """Ben was in 7B on 2 March (present in Maths 7B) and moves to 7C on 3 March at noon.
    7B's register for 2 March says 7B for him, not 7C (his group today), in every view and
    file; a report over both days says "7B, 7C", and its event log names the group of each
    mark's time."""
    import csv

    from desktop_app.attendance import reports
    from desktop_app.storage.repositories import Memberships, People

    svc = make_service(berlin)
    maths = svc.start_session("Maths 7B", group="7B", starts_at=local(2026, 3, 2, 9))
    clock.set(local(2026, 3, 2, 9, 5))
    assert svc.mark(people["ben"].id).recorded
    clock.set(local(2026, 3, 2, 10))
    svc.end_session(maths.id)

    def move(s: Any) -> None:
        Memberships(s).record(people["ben"].id, "7C", True, local(2026, 3, 3, 12))
        People(s).update(people["ben"].id, group_name="7C")

    db.run(move)
    clock.set(local(2026, 3, 4, 9))
    art = svc.start_session("Art 7C", group="7C", starts_at=local(2026, 3, 4, 9))
    clock.set(local(2026, 3, 4, 9, 5))
    assert svc.mark(people["ben"].id).recorded
    clock.set(local(2026, 3, 4, 10))
    svc.end_session(art.id)

    day = dt.date(2026, 3, 2)
    for kw in ({"group": "7B"}, {"session": str(maths.id)}, {}):
        data = reports.build_report(db, TZ, day, day, grace=svc.grace, **kw)
        for key in ("register", "summary", "events"):
            table = data.tables[key]
            titles = [c.title for c in table.columns]
            g, n = titles.index("Group"), titles.index("Name")
            assert {r[g] for r in table.rows() if r[n] == "Ben Ode"} == {"7B"}, (kw, key)
    data = reports.build_report(db, TZ, day, day, grace=svc.grace, group="7B")
    _summary, register, _log = reports.export(data, "csv", tmp_path / "7b.csv")
    assert "Ben Ode,S002,7B,P,1,0,0" in register.read_text("utf-8-sig").splitlines()

    both = reports.build_report(db, TZ, day, dt.date(2026, 3, 4), grace=svc.grace)
    [row] = [r for r in both.tables["register"].rows() if r[0] == "Ben Ode"]
    assert row[2:5] == ("7B, 7C", "P", "P")  # no session on 3 March: no column
    log = [(r[0], r[4]) for r in both.tables["events"].rows() if r[2] == "Ben Ode"]
    assert log == [(day, "7B"), (dt.date(2026, 3, 4), "7C")]
    _summary, register, _log = reports.export(both, "csv", tmp_path / "both.csv")
    rows = csv.reader(register.read_text("utf-8-sig").splitlines())
    assert ["Ben Ode", "S002", "7B, 7C", "P", "P"] in [r[:5] for r in rows]


def test_the_attendance_list_filtered_by_a_group_lists_the_marks_made_in_it_then(
    berlin, make_service, clock, people, db, tmp_path
) -> None:
    """Ben was in 7B on 2 March (present in Maths 7B) and moved to 7C afterwards. The
    Attendance page and `attendance list --group` for that day list his mark under 7B, whose
    register has him P, and not under 7C, whose register does not (review10)."""
    import contextlib
    import io
    import json
    from types import SimpleNamespace

    from desktop_app.cli import main
    from desktop_app.storage.repositories import People
    from desktop_app.ui.pages.attendance_page import LogFilter, load_log

    svc = make_service(berlin)
    svc.start_session("Maths 7B", group="7B", starts_at=local(2026, 3, 2, 9))
    svc.start_session("Art 7C", group="7C", starts_at=local(2026, 3, 2, 9))
    clock.set(local(2026, 3, 2, 9, 5))
    assert svc.mark(people["ben"].id).recorded
    assert svc.mark(people["cem"].id).recorded
    clock.set(local(2026, 3, 2, 12))
    db.run(lambda s: People(s).update(people["ben"].id, group_name="7C"))
    day = dt.date(2026, 3, 2)
    ctx = SimpleNamespace(settings=berlin, db=db)
    page = {g: {e.person_name for e in load_log(ctx, LogFilter(day, day, group=g)).events}
            for g in ("7B", "7C")}  # fmt: skip
    assert page == {"7B": {"Ben Ode"}, "7C": {"Cem Aydın"}}
    cfg = tmp_path / "cli.toml"
    cfg.write_text('[attendance]\ntimezone = "Europe/Berlin"\n')
    for group, who in (("7B", ["Ben Ode"]), ("7C", ["Cem Aydın"])):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = main(
                ["attendance", "list", "--from", str(day), "--to", str(day), "--group", group,
                 "--json", "--data-dir", str(berlin.data_dir), "--config", str(cfg)]
            )  # fmt: skip
        assert code == 0 and [e["person"] for e in json.loads(out.getvalue())] == who


def test_a_report_without_sessions_expects_people_on_the_days_their_group_then_was_open(
    berlin, db, people
) -> None:
    """No sessions (an office, or a place that only checks people in): a day is expected for
    someone when anybody of their group attended. Ben moved from 7B to 7C on 3 March: 2 March
    (7B open, Ana came) and 4 March (7C open, Cem came) are his expected days, both absent;
    Dan, who joined 7B on 4 March, is not expected on 2 March, before he was there."""
    from desktop_app.attendance import reports
    from desktop_app.storage.repositories import Memberships, People

    def fill(s: Any) -> None:
        Events(s).add(people["ana"].id, "check_in", local(2026, 3, 2, 8), source="camera")
        Events(s).add(people["cem"].id, "check_in", local(2026, 3, 4, 8), source="camera")
        Memberships(s).record(people["ben"].id, "7C", True, local(2026, 3, 3, 12))
        People(s).update(people["ben"].id, group_name="7C")
        People(s).add("Dan Neu", group_name="7B", member_since=local(2026, 3, 4, 7))

    db.run(fill)
    first, last = dt.date(2026, 3, 2), dt.date(2026, 3, 4)
    data = reports.build_report(db, TZ, first, last)
    assert not data.sessions
    cells = {p.name: data.analysis.register.cells[p.id] for p in data.people}
    assert cells["Ben Ode"] == {first: "A", last: "A"}
    assert cells["Dan Neu"] == {}
    assert cells["Ana Lima"] == {first: "P"} and cells["Cem Aydın"] == {last: "P"}
    summary = {r[0]: r for r in data.tables["summary"].rows()}
    assert (summary["Ben Ode"][3], summary["Dan Neu"][3]) == (2, 0)  # days expected


def test_a_pupil_who_left_later_is_absent_on_a_day_without_sessions(
    berlin, make_service, clock, people, db
) -> None:
    """No sessions (the register counts the days anybody of the group came). On 2 March Ana
    (7B) comes and Ben (7B) does not; later Ben leaves the school. 7B's report for 2 March
    lists Ben absent, as a report with sessions keeps those who left afterwards (review10)."""
    from desktop_app.attendance import reports
    from desktop_app.storage.repositories import People

    svc = make_service(berlin)
    clock.set(local(2026, 3, 2, 9, 5))
    assert svc.mark(people["ana"].id).recorded
    db.run(lambda s: People(s).update(people["ben"].id, active=False))
    day = dt.date(2026, 3, 2)
    data = reports.build_report(db, TZ, day, day, grace=svc.grace, group="7B")
    cells = {p.name: data.analysis.register.cells[p.id].get(day, "") for p in data.people}
    assert cells == {"Ana Lima": "P", "Ben Ode": "A"}


def test_naive_times_are_read_as_local(berlin, make_service, clock) -> None:
    svc = make_service(berlin)
    s = svc.start_session("Maths", starts_at=dt.datetime(2026, 3, 30, 8, 0))  # after DST
    assert s.starts_at == dt.datetime(2026, 3, 30, 6, 0, tzinfo=dt.UTC)


def test_clock_is_injected_never_slept(make_service, berlin) -> None:
    svc = make_service(berlin, FakeClock(dt.datetime(2030, 1, 1, tzinfo=dt.UTC)))
    assert svc.now() == dt.datetime(2030, 1, 1, tzinfo=dt.UTC)


def test_deactivated_people_and_explicit_sessions(berlin, make_service, clock, people, db) -> None:
    from desktop_app.storage.repositories import People

    svc = make_service(berlin)
    db.run(lambda s: People(s).update(people["ben"].id, active=False))
    res = svc.mark(people["ben"].id)
    assert res.status == "ignored" and "deactivated" in res.message and events(db) == []
    art = svc.start_session(
        "Art",
        group="7C",
        starts_at=clock.now - dt.timedelta(hours=3),
        ends_at=clock.now - dt.timedelta(hours=2),
    )
    late_entry = svc.mark(people["ana"].id, session_id=art.id, source="photo", mode="present")
    assert late_entry.status == "recorded" and late_entry.session_id == art.id  # as asked
    assert late_entry.event.kind == "present" and late_entry.event.source == "photo"
    assert late_entry.event.at_utc == art.starts_at  # a photo after the session: at its start


def test_a_mark_added_by_hand_into_a_session_puts_its_person_on_it_a_camera_mark_does_not(
    berlin, make_service, clock, people, db
) -> None:
    """Dana is enrolled after Maths 7B; the secretary adds her mark into Maths by hand: she is
    on its roll call and register (the 7B report's too), present, and so is Eli of 7C once he
    is added by hand. Cem's (7C) camera mark from a kiosk pinned to Maths puts him on
    nothing and is not counted."""
    from desktop_app.attendance import reports
    from desktop_app.storage.repositories import People

    svc = make_service(berlin)
    maths = svc.start_session(
        "Maths 7B", group="7B", starts_at=local(2026, 3, 2, 9), ends_at=local(2026, 3, 2, 9, 45)
    )
    clock.set(local(2026, 3, 2, 9, 10))
    assert svc.mark(people["cem"].id, session_id=maths.id).recorded  # kiosk --session Maths
    eli = db.run(lambda s: People(s).add("Eli Free", group_name="7C", member_since=maths.starts_at))
    assert svc.mark(eli.id).session_id is None  # no 7C session: a free mark
    clock.set(local(2026, 3, 2, 11))
    dana = db.run(lambda s: People(s).add("Dana Late", group_name="7B"))  # joins now
    svc.add_manual(
        dana.id, local(2026, 3, 2, 9, 5), "present", actor="sec", reason="paper list",
        session_id=maths.id,
    )  # fmt: skip
    svc.add_manual(  # Eli (7C) was in the lesson too: the secretary puts him into it
        eli.id, local(2026, 3, 2, 9, 20), "present", actor="sec", reason="paper list",
        session_id=maths.id,
    )  # fmt: skip
    expected = {"Ana Lima": "A", "Ben Ode": "A", "Dana Late": "P", "Eli Free": "P"}
    assert {e.name: e.status for e in svc.roll_call(maths.id)} == expected
    day = dt.date(2026, 3, 2)
    for kw in ({"session": str(maths.id)}, {"group": "7B"}):
        data = reports.build_report(db, TZ, day, day, grace=svc.grace, **kw)
        cells = data.analysis.register.cells
        assert {p.name: cells[p.id][day] for p in data.people} == expected, kw
        notes = {r[2]: r[9] for r in data.tables["events"].rows()}
        assert notes.get("Dana Late", "").startswith("added by sec"), notes
    whole = reports.build_report(db, TZ, day, day, grace=svc.grace)
    log = {r[2]: r[9] for r in whole.tables["events"].rows()}
    assert log["Cem Aydın"].startswith("not counted")
    # the Attendance page filtered by Maths lists the marks its register counts
    from types import SimpleNamespace

    from desktop_app.ui.pages.attendance_page import LogFilter, load_log

    page = load_log(
        SimpleNamespace(settings=berlin, db=db), LogFilter(day, day, session_id=maths.id)
    )
    assert {e.person_name for e in page.events} == {"Dana Late", "Eli Free"}
