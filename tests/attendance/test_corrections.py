"""Operator corrections: audit entries, originals kept, "not this person" negatives (undoable)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pytest

from desktop_app.attendance import reports, rules
from desktop_app.attendance.service import CorrectionError
from desktop_app.storage.repositories import Audit, Events, Templates


def audit(db: Any, action: str) -> list[dict[str, Any]]:
    entries = db.run(lambda s: Audit(s).list(action=action))
    return [{"actor": e.actor, "target": e.target, **json.loads(e.details)} for e in entries]


def all_events(db: Any) -> list[Any]:
    return db.run(lambda s: Events(s).query(statuses=None))


def probe(seed: int = 1) -> bytes:
    return np.random.default_rng(seed).normal(size=128).astype(np.float32).tobytes()


def test_add_manual_needs_a_reason_and_is_audited(berlin, make_service, people, db) -> None:
    svc = make_service(berlin)
    at = dt.datetime(2026, 3, 2, 8, 5)  # naive: local Berlin time
    with pytest.raises(CorrectionError, match="reason is required"):
        svc.add_manual(people["ana"].id, at, "check_in", actor="sec", reason="  ")
    assert all_events(db) == []
    ev = svc.add_manual(people["ana"].id, at, "check_in", actor="sec", reason="camera was off")
    assert ev.source == "manual" and ev.corrected_by == "sec"
    assert ev.at_utc == dt.datetime(2026, 3, 2, 7, 5, tzinfo=dt.UTC)
    [entry] = audit(db, "attendance.add")
    assert entry["actor"] == "sec" and entry["reason"] == "camera was off"
    assert entry["before"] is None and entry["after"]["person_id"] == people["ana"].id
    assert "Ana" not in json.dumps(entry)  # ids only: the log outlives an erasure
    assert db.run(lambda s: Audit(s).verify()) is None  # hash chain intact


def test_delete_keeps_the_event_as_deleted(berlin, make_service, people, db) -> None:
    svc = make_service(berlin)
    ev = svc.mark(people["ana"].id).event
    svc.delete_event(ev.id, actor="sec", reason="test scan")
    [kept] = all_events(db)
    assert kept.id == ev.id and kept.status == "deleted" and kept.correction_reason == "test scan"
    assert db.run(lambda s: Events(s).query()) == []  # no longer counts
    [entry] = audit(db, "attendance.delete")
    assert entry["before"]["status"] == "valid" and entry["after"]["status"] == "deleted"
    with pytest.raises(CorrectionError, match="already deleted"):
        svc.delete_event(ev.id, actor="sec", reason="again")


def test_reassign_keeps_original_moves_the_mark_and_stores_a_negative(
    berlin, make_service, people, db
) -> None:
    svc = make_service(berlin)
    ana, ben = people["ana"].id, people["ben"].id
    wrong = svc.mark(ana, score=0.55, probe_embedding=probe(7)).event
    res = svc.reassign_event(wrong.id, ben, actor="sec", reason="that was Ben")

    original, new = res.original, res.event
    assert original.status == "corrected" and original.replaced_by_id == new.id
    assert (new.person_id, new.at_utc, new.kind) == (ben, wrong.at_utc, wrong.kind)
    assert new.status == "valid" and new.corrected_by == "sec"
    assert len(all_events(db)) == 2  # nothing lost

    tpl = db.run(lambda s: Templates(s).get(res.negative_template_id))
    assert tpl.kind == "negative" and tpl.person_id == ana  # for the WRONGLY matched person
    assert tpl.embedding == probe(7) and tpl.dim == 128
    assert db.run(lambda s: Templates(s).list(person_id=ana)) == []  # not a positive sample

    [entry] = audit(db, "attendance.reassign")
    assert entry["before"]["person_id"] == ana and entry["after"]["person_id"] == ben
    assert entry["reason"] == "that was Ben"
    assert entry["negative_template_id"] == tpl.id

    # the reports follow the correction
    tz = rules.resolve_zone("Europe/Berlin")
    day = wrong.at_utc.astimezone(tz).date()
    data = reports.build_report(db, tz, day, day)
    names = [row[2] for row in data.tables["events"].rows()]
    assert names == ["Ben Ode"]

    # undo: the negative example goes, with an audit entry
    svc.undo_not_this_person(res.negative_template_id, actor="sec")
    assert db.run(lambda s: Templates(s).list(person_id=ana, kind="negative")) == []
    [undo] = audit(db, "template.negative.undo")
    assert undo["before"]["template_id"] == tpl.id and undo["actor"] == "sec"
    assert db.run(lambda s: Audit(s).verify()) is None


def test_reassign_without_probe_or_with_keep_match_stores_no_negative(
    berlin, make_service, people, db, clock
) -> None:
    svc = make_service(berlin)
    ana, ben, cem = people["ana"].id, people["ben"].id, people["cem"].id
    manual = svc.add_manual(ana, clock.now, "check_in", actor="sec", reason="x")
    assert svc.reassign_event(manual.id, ben, actor="sec", reason="y").negative_template_id is None
    cam = svc.mark(cem, probe_embedding=probe(2)).event
    res = svc.reassign_event(cam.id, ana, actor="sec", reason="z", not_this_person=False)
    assert res.negative_template_id is None
    assert db.run(lambda s: Templates(s).list(kind="negative")) == []


def test_corrected_events_cannot_be_corrected_again(berlin, make_service, people, db) -> None:
    svc = make_service(berlin)
    ev = svc.mark(people["ana"].id).event
    res = svc.reassign_event(ev.id, people["ben"].id, actor="sec", reason="Ben")
    with pytest.raises(CorrectionError, match=f"replaced by event {res.event.id}"):
        svc.reassign_event(ev.id, people["cem"].id, actor="sec", reason="Cem")
    with pytest.raises(CorrectionError, match="already belongs"):
        svc.reassign_event(res.event.id, people["ben"].id, actor="sec", reason="same")


def test_undo_refuses_enrollment_templates(berlin, make_service, people, db) -> None:
    svc = make_service(berlin)
    pos = db.run(
        lambda s: Templates(s).add(
            people["ana"].id, embedder_id="dlib_resnet_v1", embedding=probe(), dim=128
        )
    )
    with pytest.raises(CorrectionError, match="enrollment sample"):
        svc.undo_not_this_person(pos.id, actor="sec")
    assert db.run(lambda s: Templates(s).get(pos.id)).kind == "positive"


def test_encrypted_probes_are_resealed_for_the_right_person_and_the_negative(
    berlin, db, clock, people
) -> None:
    from desktop_app.attendance.service import AttendanceService
    from desktop_app.security.crypto import Protector

    protector = Protector(bytes(range(32)))
    svc = AttendanceService(berlin, db, clock=clock, protector=protector)
    ana, ben = people["ana"].id, people["ben"].id
    ev = svc.mark(ana, probe_embedding=probe(5)).event
    assert ev.probe_encrypted and ev.probe_embedding != probe(5)  # never stored in clear
    assert protector.open_probe(ev) == probe(5)

    res = svc.reassign_event(ev.id, ben, actor="sec", reason="Ben")
    assert protector.open_probe(res.event) == probe(5)  # re-sealed for Ben's event
    tpl = db.run(lambda s: Templates(s).get(res.negative_template_id))
    assert tpl.encrypted and tpl.dim == 128 and tpl.person_id == ana
    assert protector.open_template(tpl).embedding == probe(5)

    # without the key the face cannot be turned into a negative: a clear refusal
    keyless = AttendanceService(berlin, db, clock=clock)
    other = svc.mark(people["cem"].id, probe_embedding=probe(6)).event
    with pytest.raises(CorrectionError, match="encryption key is not loaded"):
        keyless.reassign_event(other.id, ana, actor="sec", reason="x")
    kept = keyless.reassign_event(other.id, ana, actor="sec", reason="x", not_this_person=False)
    assert kept.event.probe_embedding is None  # a sealed probe cannot move without the key


def test_an_erased_person_stays_counted_can_be_corrected_but_gets_no_new_mark(
    berlin, make_service, clock, people, db
) -> None:
    """Ben came late to Maths, then asked to be erased with his statistics kept. The roll
    call still counts him (as the report does), as "Erased person"; his mark can still be
    withdrawn or given to the right person, but no mark can be added for him or moved to him."""
    from desktop_app.security.retention import erase_person

    svc = make_service(berlin)
    start = dt.datetime(2026, 3, 2, 7, 50, tzinfo=dt.UTC)
    maths = svc.start_session("Maths 7B", group="7B", starts_at=start, late_after=start)
    ana = svc.mark(people["ana"].id).event
    ben = svc.mark(people["ben"].id).event
    erase_person(db, people["ben"].id, actor="dpo", keep_statistics=True)

    roll = svc.roll_call(maths.id)
    assert [(e.name, e.status, e.erased) for e in roll] == [
        ("Ana Lima", "L", False),
        ("Erased person", "L", True),
    ]
    day = dt.date(2026, 3, 2)
    data = reports.build_report(db, svc.tz, day, day, session=str(maths.id), grace=svc.grace)
    assert sorted(p.name for p in data.people) == ["Ana Lima", "Erased person"]  # agrees

    refused = "erased; only their past attendance is kept"
    with pytest.raises(CorrectionError, match=refused):
        svc.add_manual(
            people["ben"].id, start, "present", actor="sec", reason="paper", session_id=maths.id
        )
    with pytest.raises(CorrectionError, match=refused):
        svc.reassign_event(ana.id, people["ben"].id, actor="sec", reason="wrong")
    assert [e.id for e in all_events(db)] == [ana.id, ben.id]  # nothing added or moved

    # it was Cem all along, or a test scan: a correction of the statistics is fine
    moved = svc.reassign_event(ben.id, people["cem"].id, actor="sec", reason="was Cem")
    assert moved.event.person_id == people["cem"].id
    # he was in 7B that morning and his statistics are kept: on the register, now absent
    assert [(e.name, e.status) for e in svc.roll_call(maths.id)] == [
        ("Erased person", "A"),
        ("Ana Lima", "L"),
    ]


def _two_lessons(svc: Any, clock: Any) -> tuple[Any, Any, Any]:
    """Maths 7B, Art 7C and an assembly for everybody after them (Berlin, 2 March)."""

    def at(h: int, mi: int = 0) -> dt.datetime:
        return dt.datetime(2026, 3, 2, h, mi, tzinfo=ZoneInfo("Europe/Berlin"))

    maths = svc.start_session("Maths 7B", group="7B", starts_at=at(9), ends_at=at(9, 45))
    art = svc.start_session("Art 7C", group="7C", starts_at=at(9), ends_at=at(9, 45))
    hall = svc.start_session("Assembly", group=None, starts_at=at(10), ends_at=at(10, 30))
    return maths, art, hall


def test_a_camera_mark_given_to_the_right_pupil_counts_in_that_pupils_lesson(
    berlin, make_service, clock, people, db
) -> None:
    """Maths 7B and Art 7C run at the same time; the camera takes Cem (7C) for Ana (7B) at
    09:05 and puts the mark into Maths. Given to Cem, it counts where the camera would have
    put Cem: Art (roll call, register, Attendance page, the audit says so), and Ana is absent
    from Maths. A mark the operator put into Maths by hand keeps Maths when given to the
    right person: the correction is about who, not where."""
    from types import SimpleNamespace

    from desktop_app.ui.pages.attendance_page import LogFilter, load_log

    svc = make_service(berlin)
    maths, art, _hall = _two_lessons(svc, clock)
    clock.set(maths.starts_at + dt.timedelta(minutes=5))
    wrong = svc.mark(people["ana"].id)
    assert wrong.event.session_id == maths.id
    clock.set(maths.starts_at + dt.timedelta(minutes=10))
    res = svc.reassign_event(
        wrong.event.id, people["cem"].id, actor="sec", reason="was Cem", not_this_person=False
    )
    assert res.event.session_id == art.id
    assert {e.name: e.status for e in svc.roll_call(art.id)}["Cem Aydın"] == "P"
    assert {e.name: e.status for e in svc.roll_call(maths.id)}["Ana Lima"] == "A"
    assert "Cem Aydın" not in {e.name for e in svc.roll_call(maths.id)}
    day = dt.date(2026, 3, 2)
    tz = ZoneInfo("Europe/Berlin")
    data = reports.build_report(db, tz, day, day, grace=svc.grace)
    cells = {p.name: data.analysis.register.cells[p.id].get(day) for p in data.people}
    assert (cells["Cem Aydın"], cells["Ana Lima"]) == ("P", "A")
    [row] = [r for r in data.tables["events"].rows() if r[2] == "Cem Aydın"]
    assert row[6] == "Art 7C" and "not counted" not in row[9]
    page = load_log(SimpleNamespace(settings=berlin, db=db), LogFilter(day, day))
    [shown] = [e for e in page.events if e.id == res.event.id]
    assert shown.session_id == art.id and shown.id not in page.freed
    [entry] = audit(db, "attendance.reassign")
    assert entry["before"]["session_id"] == maths.id and entry["after"]["session_id"] == art.id

    # by hand into Maths, then given to the right pupil of another class: stays in Maths
    by_hand = svc.add_manual(
        people["ben"].id, maths.starts_at, "present", actor="t", reason="paper list",
        session_id=maths.id,
    )  # fmt: skip
    moved = svc.reassign_event(by_hand.id, people["cem"].id, actor="t", reason="was Cem")
    assert moved.event.session_id == maths.id
    assert {e.name: e.status for e in svc.roll_call(maths.id)}["Cem Aydın"] == "P"


def test_a_camera_mark_given_to_someone_with_no_lesson_then_counts_for_none(
    berlin, make_service, clock, people, db
) -> None:
    """Given to a pupil whose class had no lesson running (Dana, no group), the mark counts
    for no session, as if the camera had seen her: not Maths. Given to someone only in an
    assembly for everybody at that time, it goes there."""
    from desktop_app.storage.repositories import People

    svc = make_service(berlin)
    maths, _art, hall = _two_lessons(svc, clock)
    dana = db.run(
        lambda s: People(s).add("Dana Ruiz", member_since=maths.starts_at - dt.timedelta(days=9))
    )
    clock.set(maths.starts_at + dt.timedelta(minutes=5))
    first = svc.mark(people["ana"].id)
    res = svc.reassign_event(first.event.id, dana.id, actor="sec", reason="was Dana")
    assert res.event.session_id is None
    assert "Dana Ruiz" not in {e.name for e in svc.roll_call(maths.id)}
    clock.set(hall.starts_at + dt.timedelta(minutes=5))
    second = svc.mark(people["ana"].id)
    assert second.event.session_id == hall.id
    res = svc.reassign_event(second.event.id, people["cem"].id, actor="sec", reason="was Cem")
    assert res.event.session_id == hall.id
