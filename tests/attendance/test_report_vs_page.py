"""A report never contradicts the roll call, the Attendance page or what the operator did: the
same marks through the page's query (``load_log``), ``attendance list`` and the report
writers (CSV, XLSX, PDF), for the three cases where they disagreed (docs/attendance.md,
"Which day a mark belongs to"). Real service, real database, real report code."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from desktop_app.attendance import reports

TZ = ZoneInfo("Europe/Berlin")
DAY = dt.date(2026, 3, 2)  # a Monday
NEXT = DAY + dt.timedelta(days=1)


def at(h: int, mi: int = 0, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(h, mi), tzinfo=TZ).astimezone(dt.UTC)


def page(db: Any, settings: Any, day: dt.date, group: str | None = None) -> list[tuple[str, str]]:
    """The Attendance page's rows for one day: (name, session shown)."""
    from desktop_app.ui.pages.attendance_page import LogFilter, load_log

    log = load_log(SimpleNamespace(settings=settings, db=db), LogFilter(day, day, group=group))
    names = {x.id: x.name for x in log.sessions}
    out = []
    for e in log.events:
        sid = log.counted_in.get(e.id)
        if sid is None and e.id not in log.freed:
            sid = e.session_id
        out.append((e.person_name or "", names.get(sid, "") if sid else ""))
    return sorted(out)


def cli_list(
    settings: Any, tmp_path: Path, capsys: Any, day: dt.date, *more: str
) -> list[dict[str, Any]]:
    """`face-attendance attendance list --from DAY --json` on the same data."""
    from desktop_app.cli import main

    cfg = tmp_path / "cli.toml"
    cfg.write_text(
        '[attendance]\ntimezone = "Europe/Berlin"\n'
        f'[privacy]\nkey_store = "file"\nkey_dir = "{(tmp_path / "keys").as_posix()}"\n'
    )
    capsys.readouterr()
    code = main(
        [
            "attendance",
            "list",
            "--from",
            day.isoformat(),
            "--to",
            day.isoformat(),
            *more,
            "--json",
            "--data-dir",
            str(settings.data_dir),
            "--config",
            str(cfg),
        ]
    )
    assert code == 0
    return list(json.loads(capsys.readouterr().out))


def report_log(
    db: Any, grace: dt.timedelta, day: dt.date, tmp_path: Path, **kw: Any
) -> dict[str, Any]:
    """The report of one day as the operator opens it: the event log's rows from the CSV, the
    XLSX and the PDF's text, and the register's cells."""
    from openpyxl import load_workbook
    from pypdf import PdfReader

    data = reports.build_report(db, TZ, day, day, grace=grace, **kw)
    out = tmp_path / f"r{day.isoformat()}{len(list(tmp_path.iterdir()))}"
    out.mkdir()
    *_, events = reports.export(data, "csv", out / "day.csv")
    rows = list(csv.DictReader(events.read_text("utf-8-sig").splitlines()))
    (book,) = reports.export(data, "xlsx", out / "day.xlsx", one_file=True)
    sheet = load_workbook(book, read_only=True)["Event log"]
    xlsx = [r for r in sheet.iter_rows(min_row=2, values_only=True) if r and r[2]]
    (pdf,) = reports.export(data, "pdf", out / "day.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(pdf).pages)
    cells = {p.name: data.analysis.register.cells[p.id].get(day, "") for p in data.people}
    return {
        "csv": sorted((r["Name"], r["Date"], r["Time"], r["Session"], r["Note"]) for r in rows),
        "xlsx": sorted((r[2], r[6] or "") for r in xlsx),
        "pdf": text,
        "cells": cells,
        "data": data,
    }


# --- 1. an evening session past midnight -----------------------------------------------------
@pytest.fixture
def evening(berlin, make_service, clock, people) -> tuple[Any, Any]:
    """Study 7B, Monday 2 March 20:00 to 01:00, late after 20:10. Ana is seen at 00:30
    (Tuesday 3 March): the camera puts her into the study. The next morning Maths 7B runs
    08:00-09:00 and Ben is there."""
    svc = make_service(berlin)
    study = svc.start_session(
        "Study 7B", group="7B", starts_at=at(20), ends_at=at(1, day=NEXT), late_after=at(20, 10)
    )
    clock.set(at(0, 30, NEXT))
    res = svc.mark(people["ana"].id)
    assert res.recorded and res.event.session_id == study.id
    svc.start_session("Maths 7B", group="7B", starts_at=at(8, day=NEXT), ends_at=at(9, day=NEXT))
    clock.set(at(8, 5, NEXT))
    assert svc.mark(people["ben"].id).recorded
    clock.set(at(12, day=NEXT))
    return svc, study


def test_a_mark_after_midnight_is_on_its_sessions_day_in_every_view(
    evening, berlin, db, tmp_path, capsys
) -> None:
    """The roll call says Ana was (late) in Monday's study. Monday's page, `attendance list`
    and report all list her 00:30 mark under the study, with its own date; Tuesday's list
    none of it (before: Tuesday's page and list showed it, only Monday's report did)."""
    svc, study = evening
    roll = {e.name: (e.status, e.first_in) for e in svc.roll_call(study.id)}
    assert roll["Ana Lima"] == ("L", at(0, 30, NEXT))

    assert page(db, berlin, DAY) == [("Ana Lima", "Study 7B")]
    assert page(db, berlin, NEXT) == [("Ben Ode", "Maths 7B")]
    # Tuesday's page says that one of its marks is listed on its session's day
    from desktop_app.ui.pages.attendance_page import LogFilter, load_log

    ctx = SimpleNamespace(settings=berlin, db=db)
    assert load_log(ctx, LogFilter(NEXT, NEXT)).elsewhere == 1
    assert load_log(ctx, LogFilter(DAY, DAY)).elsewhere == 0
    monday = cli_list(berlin, tmp_path, capsys, DAY)
    assert [(e["person"], e["counted_session"], e["at"]) for e in monday] == [
        ("Ana Lima", "Study 7B", "2026-03-03T00:30:00+01:00")
    ]
    tuesday = cli_list(berlin, tmp_path, capsys, NEXT)
    assert [(e["person"], e["counted_session"]) for e in tuesday] == [("Ben Ode", "Maths 7B")]

    rep = report_log(db, svc.grace, DAY, tmp_path)
    assert rep["cells"] == {"Ana Lima": "L", "Ben Ode": "A"}
    assert rep["csv"] == [("Ana Lima", "2026-03-03", "00:30:00", "Study 7B", "")]
    assert rep["xlsx"] == [("Ana Lima", "Study 7B")]
    assert "03 Mar 2026\n00:30\nAna Lima\nPresent\nStudy 7B" in rep["pdf"]  # its own date
    rep = report_log(db, svc.grace, NEXT, tmp_path)
    assert rep["csv"] == [("Ben Ode", "2026-03-03", "08:05:00", "Maths 7B", "")]
    assert rep["cells"] == {"Ana Lima": "A", "Ben Ode": "P"}
    assert "Ana Lima" not in rep["pdf"].split("Event log")[-1]


def test_the_cli_list_says_which_day_an_after_midnight_mark_counts_on(
    evening, berlin, tmp_path, capsys
) -> None:
    """`attendance list` (text) writes the 00:30 mark with its own date and says it counts
    on Monday, the day its session started."""
    from desktop_app.cli import main

    cli_list(berlin, tmp_path, capsys, DAY)  # writes the config
    main(
        [
            "attendance",
            "list",
            "--from",
            "2026-03-02",
            "--data-dir",
            str(berlin.data_dir),
            "--config",
            str(tmp_path / "cli.toml"),
        ]
    )
    (line,) = [x for x in capsys.readouterr().out.splitlines() if "Ana Lima" in x]
    assert "2026-03-03 00:30:00" in line and "[Study 7B, on Mon 2026-03-02]" in line, line


# --- 2. a session with no end ----------------------------------------------------------------
def test_a_session_without_an_end_counts_the_same_marks_in_its_roll_call_and_reports(
    berlin, make_service, clock, people, db, tmp_path, capsys
) -> None:
    """Study 7B starts Monday 20:00 and nobody gives it an end. Ana is seen at 00:30 and
    Ben the next morning at 07:50: the camera puts both into the study, which still runs.
    The roll call says both were there (Ben late); Monday's report said A for both (it read
    only Monday's marks) and Tuesday's page listed them. They count where the roll call
    says: Monday's study, in every view."""
    svc = make_service(berlin)
    study = svc.start_session("Study 7B", group="7B", starts_at=at(20), late_after=at(20, 10))
    for who, when in (("ana", at(0, 30, NEXT)), ("ben", at(7, 50, NEXT))):
        clock.set(when)
        res = svc.mark(people[who].id)
        assert res.recorded and res.event.session_id == study.id
    clock.set(at(12, day=NEXT))
    assert {e.name: e.status for e in svc.roll_call(study.id)} == {
        "Ana Lima": "L",
        "Ben Ode": "L",
    }
    rep = report_log(db, svc.grace, DAY, tmp_path)
    assert rep["cells"] == {"Ana Lima": "L", "Ben Ode": "L"}
    assert [r[0] for r in rep["csv"]] == ["Ana Lima", "Ben Ode"]
    one = report_log(db, svc.grace, DAY, tmp_path, session=str(study.id))
    assert one["cells"] == rep["cells"]
    assert page(db, berlin, DAY) == [("Ana Lima", "Study 7B"), ("Ben Ode", "Study 7B")]
    assert page(db, berlin, NEXT) == []
    rep = report_log(db, svc.grace, NEXT, tmp_path)
    assert rep["csv"] == [] and all(not v for v in rep["cells"].values())

    # once ended (Edit session: the end it should have had), the later mark is free again
    svc.edit_session(study.id, actor="sec", reason="forgot End", ends_at=at(1, day=NEXT))
    assert {e.name: e.status for e in svc.roll_call(study.id)} == {
        "Ana Lima": "L",
        "Ben Ode": "A",
    }
    assert report_log(db, svc.grace, DAY, tmp_path)["cells"] == {"Ana Lima": "L", "Ben Ode": "A"}
    assert page(db, berlin, NEXT) == [("Ben Ode", "")]
    # `attendance list` reads through the page's query (its CLI process signs the audit log
    # with a key this test's database does not hold: so it comes after the edit)
    assert [e["person"] for e in cli_list(berlin, tmp_path, capsys, DAY)] == ["Ana Lima"]
    assert [e["person"] for e in cli_list(berlin, tmp_path, capsys, NEXT)] == ["Ben Ode"]


# --- 3. a kiosk pinned to another class's session --------------------------------------------
def test_a_pinned_kiosks_mark_of_another_class_is_where_its_report_is(
    berlin, make_service, clock, people, db, tmp_path
) -> None:
    """A kiosk pinned to Assembly 7B (``kiosk --session``) marks Cem (7C) at 09:05. A camera
    mark counts only for the members of a session's class, so Assembly 7B's register does not
    list Cem. 7B's page listed his mark, 7B's report did not. Both list it with 7C's (the
    class he was in; Art 7C at 10:00), under the session it was made in, and the report says
    it counted nowhere."""
    svc = make_service(berlin)
    assembly = svc.start_session("Assembly 7B", group="7B", starts_at=at(9), ends_at=at(9, 45))
    svc.start_session("Art 7C", group="7C", starts_at=at(10), ends_at=at(10, 45))
    clock.set(at(9, 5))
    res = svc.mark(people["cem"].id, session_id=assembly.id, device="kiosk-hall")
    assert res.recorded and res.event.session_id == assembly.id
    assert svc.mark(people["ana"].id, session_id=assembly.id).recorded
    clock.set(at(12))
    assert "Cem Aydın" not in {e.name for e in svc.roll_call(assembly.id)}

    seven_b = report_log(db, svc.grace, DAY, tmp_path, group="7B")
    assert [r[0] for r in seven_b["csv"]] == ["Ana Lima"]
    assert page(db, berlin, DAY, group="7B") == [("Ana Lima", "Assembly 7B")]

    seven_c = report_log(db, svc.grace, DAY, tmp_path, group="7C")
    assert [(r[0], r[3]) for r in seven_c["csv"]] == [("Cem Aydın", "Assembly 7B")]
    assert seven_c["csv"][0][4].startswith("not counted")
    assert page(db, berlin, DAY, group="7C") == [("Cem Aydın", "Assembly 7B")]
    # and the page's Note says "not counted" as the report's does
    assert _page_rows(db, berlin, DAY, "7C", svc.grace) == [("Cem Aydın", assembly.id, True)]


# --- the three together, at random (review10's page-vs-log test, session 10) ------------------
def _random_days(db: Any, people: dict[str, Any], seed: int, svc: Any, hour: int) -> list[Any]:
    """Three days of sessions (7B, 7C, everybody; some without an end) from ``hour``, marks
    tagged as the camera (also a kiosk pinned to any session) or the operator tag them, then
    edits through the service that move some sessions within the day or to another day."""
    import contextlib
    import random

    from desktop_app.attendance import rules
    from desktop_app.attendance.service import SessionError
    from desktop_app.storage.repositories import Events, Sessions

    rng = random.Random(seed)
    groups = {"ana": "7B", "ben": "7B", "cem": "7C"}
    base = at(hour, day=DAY - dt.timedelta(days=1))

    def t(lo: int, hi: int) -> dt.datetime:
        return base + dt.timedelta(days=rng.randint(0, 2), minutes=rng.randint(lo, hi))

    def tx(s: Any) -> list[Any]:
        out = []
        for i in range(rng.randint(1, 5)):
            start = t(0, 240)
            end = None if rng.random() < 0.15 else start + dt.timedelta(minutes=rng.randint(5, 90))
            group = rng.choice(["7B", "7B", "7C", None])
            out.append(Sessions(s).add(f"S{i}", start, ends_at=end, group_name=group))
        for key, grp in groups.items():
            for _ in range(rng.randint(0, 8)):
                source = rng.choice(["camera", "camera", "kiosk", "manual", "photo"])
                if source in ("camera", "kiosk"):
                    when = t(-20, 330)
                    open_ = [x for x in out if x.contains(when)]
                    if source == "kiosk":  # pinned: any running session takes the mark
                        picked = rng.choice(open_) if open_ else None
                    else:
                        picked = rules.pick_session(open_, grp)
                    source = "camera"
                else:  # into a session of theirs, at its start (roll call, photo)
                    mine = [x for x in out if x.group_name in (None, grp)]
                    if not mine:
                        continue
                    picked = rng.choice(mine)
                    when = picked.starts_at
                Events(s).add(
                    people[key].id,
                    rng.choice(["present", "check_in"]),
                    when,
                    source=source,
                    session_id=picked.id if picked is not None else None,
                )
        return out

    out = db.run(tx)
    for x in out:
        r = rng.random()
        shift = None
        if r < 0.3:  # moved to another day, same time
            shift = dt.timedelta(days=rng.choice([-1, 1]))
        elif r < 0.6:
            shift = dt.timedelta(minutes=rng.randint(-30, 40))
        if shift is not None:
            with contextlib.suppress(SessionError):  # another session of the group then
                svc.edit_session(
                    x.id,
                    actor="sec",
                    reason="r",
                    starts_at=x.starts_at + shift,
                    ends_at=x.ends_at + shift if x.ends_at is not None else None,
                )
    return db.run(lambda s: [Sessions(s).get(x.id) for x in out])


@pytest.mark.parametrize("hour", [8, 22])
def test_the_page_and_the_report_list_the_same_marks_under_the_same_sessions_each_day(
    berlin, make_service, clock, people, db, hour
) -> None:
    """Random days with evening sessions past midnight, sessions without an end, pinned
    kiosks and sessions moved between days: each day's page and report event log (the whole
    school, 7B and 7C) list the same marks, each under the same session, and call the same
    ones "not counted"; each session's roll call is its register in the report of its day."""
    import sqlalchemy

    from desktop_app.attendance import rules

    svc = make_service(berlin)
    clock.set(at(23, day=DAY + dt.timedelta(days=3)))
    bad: list[str] = []
    for seed in range(25):
        sessions = _random_days(db, people, seed, svc, hour)
        sname = {x.id: x.name for x in sessions}
        for d in rules.days_between(DAY - dt.timedelta(days=2), DAY + dt.timedelta(days=2)):
            for group in (None, "7B", "7C"):
                data = reports.build_report(db, TZ, d, d, grace=svc.grace, group=group)
                rep = sorted(
                    (r[2], dt.datetime.combine(r[0], r[1]), r[6], r[9].startswith("not counted"))
                    for r in data.tables["events"].rows()
                )
                shown = [
                    (n, sname.get(sid, ""), no)
                    for n, sid, no in _page_rows(db, berlin, d, group, svc.grace)
                ]
                if sorted(shown) != sorted((n, s, no) for n, _, s, no in rep):
                    bad.append(f"seed {seed} {d} {group}: page {sorted(shown)} report {rep}")
        for x in sessions:
            day = x.starts_at.astimezone(TZ).date()
            rc = {e.name: e.status for e in svc.roll_call(x.id)}
            data = reports.build_report(db, TZ, day, day, grace=svc.grace, session=str(x.id))
            reg = {p.name: data.analysis.register.cells[p.id].get(day, "") for p in data.people}
            if rc != {k: v for k, v in reg.items() if v}:
                bad.append(f"seed {seed} {x.name}: roll call {rc} register {reg}")
        db.run(lambda s: s.execute(sqlalchemy.text("DELETE FROM attendance_events")))
        db.run(lambda s: s.execute(sqlalchemy.text("DELETE FROM sessions")))
    assert bad == [], "\n".join(bad[:12])


def _page_rows(
    db: Any, settings: Any, day: dt.date, group: str | None, grace: dt.timedelta
) -> list[tuple[str, int | None, bool]]:
    """The page's rows of a day: (name, id of the session its Session column names, whether
    its Note says "not counted")."""
    from desktop_app.ui.pages.attendance_page import LogFilter, load_log

    log = load_log(SimpleNamespace(settings=settings, db=db), LogFilter(day, day, group=group))
    out = []
    for e in log.events:
        sid = log.counted_in.get(e.id)
        if sid is None and e.id not in log.freed:
            sid = e.session_id
        out.append((e.person_name or "", sid, e.id in log.not_counted))
    return out


# --- 4. a mark put into a session that is on another day now ----------------------------------
def test_a_hand_mark_left_on_another_day_is_on_its_sessions_day_on_the_page_too(
    berlin, make_service, clock, people, db, tmp_path, capsys
) -> None:
    """Ana's hand mark of Monday 09:00 into Maths, which is on Tuesday now (moved by an
    earlier version of the app, which left the mark behind; a move into the future does the
    same). The roll call and Tuesday's report count it; Monday's report leaves it out. The
    page and `attendance list` listed it on Monday and not on Tuesday."""
    from desktop_app.storage.repositories import Sessions

    svc = make_service(berlin)
    maths = svc.start_session("Maths 7B", group="7B", starts_at=at(9), ends_at=at(10))
    clock.set(at(10, 5))
    svc.add_manual(
        people["ana"].id, at(9), "present", actor="t", reason="paper list", session_id=maths.id
    )
    day = dt.timedelta(days=1)
    db.run(lambda s: Sessions(s).update(maths.id, starts_at=at(9) + day, ends_at=at(10) + day))
    clock.set(at(12, day=NEXT))
    assert {e.name: e.status for e in svc.roll_call(maths.id)}["Ana Lima"] == "P"
    assert report_log(db, svc.grace, DAY, tmp_path)["csv"] == []
    tuesday = report_log(db, svc.grace, NEXT, tmp_path)
    assert [r[:4] for r in tuesday["csv"]] == [("Ana Lima", "2026-03-02", "09:00:00", "Maths 7B")]
    assert page(db, berlin, DAY) == []
    assert page(db, berlin, NEXT) == [("Ana Lima", "Maths 7B")]
    assert page(db, berlin, NEXT, group="7B") == [("Ana Lima", "Maths 7B")]
    assert cli_list(berlin, tmp_path, capsys, DAY) == []
    assert [e["person"] for e in cli_list(berlin, tmp_path, capsys, NEXT)] == ["Ana Lima"]


def test_an_unended_session_does_not_hide_its_days_marks_on_the_page(
    berlin, make_service, clock, people, db
) -> None:
    """(review11 R2) Maths 7B on Monday 08:00, nobody pressed End. Ana (7B) and Cem (7C)
    came on Monday; then 5,001 later camera marks of Cem (7C: not Maths'). The page reads
    at most 5,000 marks: the later ones of other classes must not fill that and hide
    Monday's two."""
    from desktop_app.storage.repositories import Events

    svc = make_service(berlin)
    svc.start_session("Maths 7B", group="7B", starts_at=at(8))
    clock.set(at(8, 5))
    assert svc.mark(people["ana"].id).recorded
    clock.set(at(8, 6))
    assert svc.mark(people["cem"].id).recorded

    def later(s: Any) -> None:
        t0 = at(8, day=NEXT)
        for i in range(5001):
            Events(s).add(
                people["cem"].id, "present", t0 + dt.timedelta(minutes=i), source="camera"
            )

    db.run(later)
    assert page(db, berlin, DAY) == [("Ana Lima", "Maths 7B"), ("Cem Aydın", "")]


def test_attendance_list_of_a_session_without_an_end_lists_what_its_roll_call_counts(
    berlin, make_service, clock, people, tmp_path, capsys
) -> None:
    """Study 7B from Monday 20:00, never ended. The secretary adds Ana's arrival of Tuesday
    07:50 by hand without choosing a session: it falls in the running study, whose roll
    call counts it. `attendance list --session "Study 7B"` (no dates: the session's own
    days) listed only Monday."""
    svc = make_service(berlin)
    svc.start_session("Study 7B", group="7B", starts_at=at(20), late_after=at(20, 10))
    clock.set(at(9, day=NEXT))
    svc.add_manual(people["ana"].id, at(7, 50, NEXT), "check_in", actor="sec", reason="paper")
    study = svc.current_sessions()[0]
    assert {e.name: e.status for e in svc.roll_call(study.id)}["Ana Lima"] == "L"
    from desktop_app.cli import main

    cli_list(berlin, tmp_path, capsys, DAY)  # writes the config
    code = main(
        [
            "attendance", "list", "--session", "Study 7B", "--json",
            "--data-dir", str(berlin.data_dir), "--config", str(tmp_path / "cli.toml"),
        ]
    )  # fmt: skip
    assert code == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(e["person"], e["counted_session"]) for e in listed] == [("Ana Lima", "Study 7B")]


def test_a_day_with_more_marks_than_the_page_shows_keeps_its_own_and_says_so(
    berlin, make_service, clock, people, db
) -> None:
    """(review11, coordinator) Maths 7B from Monday 08:00, never ended: it claims Ana's
    5,001 camera marks of the next days. Monday's page shows at most 5,000 rows: Ben's own
    Monday mark stays among them, and the page says that not every mark is shown."""
    from desktop_app.storage.repositories import Events
    from desktop_app.ui.pages.attendance_page import LIMIT, LogFilter, load_log

    svc = make_service(berlin)
    svc.start_session("Maths 7B", group="7B", starts_at=at(8))
    clock.set(at(8, 5))
    ben = svc.mark(people["ben"].id)

    def later(s: Any) -> None:
        t0 = at(8, day=NEXT)
        for i in range(LIMIT + 1):
            Events(s).add(
                people["ana"].id, "present", t0 + dt.timedelta(minutes=i), source="camera"
            )

    db.run(later)
    log = load_log(SimpleNamespace(settings=berlin, db=db), LogFilter(DAY, DAY))
    assert len(log.events) == LIMIT and log.more
    assert ben.event.id in {e.id for e in log.events}
    assert not load_log(SimpleNamespace(settings=berlin, db=db), LogFilter(NEXT, NEXT)).more
