"""One day of a class, built through the service as an operator lives it (``one_day``):
every view of the report (chart, summary, register, CSV, XLSX, PDF) must say the same thing.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from desktop_app.attendance import reports
from desktop_app.attendance.reports.pdf import _chart
from tests.attendance.conftest import FakeClock
from tests.attendance.one_day import DAY, TZ, build_one_day, local


@pytest.fixture
def day(berlin: Any, db: Any) -> reports.ReportData:
    svc = build_one_day(berlin, db)
    now = dt.datetime(2026, 3, 2, 16, 0, tzinfo=dt.UTC)
    return reports.build_report(db, TZ, DAY, DAY, now=now, grace=svc.grace)


def test_every_view_says_the_same(day: reports.ReportData, tmp_path: Path) -> None:
    # the chart (Reports page and PDF draw reports.day_counts)
    [count] = reports.day_counts(day)
    assert (count.day, count.on_time, count.late, count.absent) == (DAY, 3, 1, 1)
    pdf_chart = next(c for c in _chart(day, 500, "Helvetica").contents if hasattr(c, "data"))
    assert [list(x) for x in pdf_chart.data] == [[3], [1], [1]]
    # the key figures (Reports page summary, PDF title block, XLSX About)
    k = reports.key_figures(day)
    assert (k.expected_days, k.present_days, k.late_days, k.absent_days) == (5, 4, 1, 1)
    assert k.rate_text == "80.0% of expected days" and k.not_counted == 1

    # CSV: register, summary and the event log
    paths = reports.export(day, "csv", tmp_path / "day.csv")
    summary_csv, register_csv, events_csv = (
        list(csv.DictReader(p.read_text("utf-8-sig").splitlines())) for p in paths
    )
    reg = {r["Name"]: r[DAY.isoformat()] for r in register_csv}
    assert reg == {
        "Ana": "P",
        "Ben": "P",
        "Dan": "L",
        "Eva": "P",
        "Fay": "A",
        "Cem": "",
        "Present that day": "4",
    }
    summ = {r["Name"]: r for r in summary_csv}
    total = summ["Total (6 people)"]
    assert (total["Days expected"], total["Days present"], total["Days late"]) == ("5", "4", "1")
    assert total["Days absent"] == "1" and total["Not counted"] == "1"
    # a "First in" shown is counted in the register, or the row says it is not counted
    assert summ["Ana"]["First in"] == "2026-03-02 07:58" and reg["Ana"] == "P"
    assert summ["Eva"]["First in"] == "2026-03-02 08:00" and reg["Eva"] == "P"
    assert summ["Cem"]["First in"] == "" and summ["Cem"]["Not counted"] == "1"
    log = {(r["Name"], r["Time"]): r for r in events_csv}
    assert log[("Ana", "07:58:00")]["Session"] == "Maths 7B"  # counted through the grace
    assert log[("Eva", "08:00:00")]["Note"] == "added by secretary: camera missed her"
    assert log[("Cem", "10:00:00")]["Note"].startswith("not counted")

    # XLSX: the same numbers
    from openpyxl import load_workbook

    [xlsx_path] = reports.export(day, "xlsx", tmp_path / "day.xlsx")
    wb = load_workbook(xlsx_path)
    about = {r[0]: r[1] for r in wb["About"].iter_rows(values_only=True)}
    assert about["Attendance"] == "80.0% of expected days" and about["Not counted"] == 1
    assert about["Session"].startswith("Maths 7B (7B): Mon 02 Mar 08:00-08:45")
    rows = list(wb["Register"].iter_rows(values_only=True))
    xreg = {r[0]: r[3] for r in rows[1:]}
    assert {n: xreg[n] for n in ("Ana", "Ben", "Dan", "Eva", "Fay")} == {
        "Ana": "P",
        "Ben": "P",
        "Dan": "L",
        "Eva": "P",
        "Fay": "A",
    }
    assert xreg["Present that day"] == 4

    # PDF: the same figures, the sessions it covers, and the correction's reason
    from pypdf import PdfReader

    [pdf_path] = reports.export(day, "pdf", tmp_path / "day.pdf")
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(pdf_path)).pages)
    assert "80.0% of expected days" in text
    assert "Maths 7B (7B): Mon 02 Mar 08:00-08:45" in text
    assert "camera missed her" in text
    assert "Not counted 1 mark outside sessions" in text
    assert "Hours" not in text  # "present" mode: no check-out, no hours column


def test_editing_the_session_recomputes_the_register(
    day: reports.ReportData, berlin: Any, db: Any
) -> None:
    from desktop_app.attendance.service import AttendanceService

    svc = AttendanceService(berlin, db, clock=FakeClock(local(16)))
    maths = day.sessions[0]

    def register() -> dict[str, str | None]:
        again = reports.build_report(db, TZ, DAY, DAY, grace=svc.grace)
        return {p.name: again.analysis.register.cells[p.id].get(DAY) for p in again.people}

    # the class really started at 08:10, late after 08:25: Dan (08:20) was on time; Ana's
    # 07:58 and Eva's 08:00 lie in the 15 minutes before the start
    svc.edit_session(
        maths.id,
        actor="sec",
        reason="started late",
        starts_at=local(8, 10),
        late_after=local(8, 25),
    )
    assert register() == {
        "Ana": "P",
        "Ben": "P",
        "Dan": "P",
        "Eva": "P",
        "Fay": "A",
        "Cem": None,
    }
    # it was 7C's lesson: 7B is no longer expected, Cem (seen at 10:00, after the end) absent
    svc.edit_session(maths.id, actor="sec", group="7C")
    reg = register()
    assert reg["Cem"] == "A" and reg["Ana"] is None


def test_the_register_and_the_roll_call_agree_to_the_microsecond(
    berlin: Any, make_service: Any, clock: FakeClock, people: Any, db: Any
) -> None:
    """Start pressed at 09:00:00.6, late after 10 minutes: Ben seen at 09:10:00.9 is late in
    the roll call, and must be in the register too (it read the time as whole seconds)."""
    start = dt.datetime(2026, 3, 2, 8, 0, 0, 600_000, tzinfo=dt.UTC)  # 09:00:00.6 in Berlin
    clock.set(start)
    svc = make_service(berlin)
    maths = svc.start_session("Maths 7B", group="7B", late_after=start + dt.timedelta(minutes=10))
    for who, seconds in (("ana", 599.1), ("ben", 600.3)):  # 09:09:59.7 and 09:10:00.9
        clock.set(start + dt.timedelta(seconds=seconds))
        assert svc.mark(people[who].id).recorded
    roll = {e.name: e.status for e in svc.roll_call(maths.id)}
    assert roll == {"Ana Lima": "P", "Ben Ode": "L"}
    data = reports.build_report(db, TZ, DAY, DAY, session=str(maths.id), grace=svc.grace)
    cells = data.analysis.register.cells
    assert {p.name: cells[p.id][DAY] for p in data.people} == roll
