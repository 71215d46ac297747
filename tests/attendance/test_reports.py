"""Reports opened back: CSV parsed, XLSX read with openpyxl, PDF read with pypdf and rendered."""

from __future__ import annotations

import csv
import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from sqlalchemy import event

from desktop_app.attendance import reports
from desktop_app.errors import NotFoundError
from desktop_app.storage.repositories import Events, People, Sessions
from desktop_app.vision.image_io import load_image
from tests.attendance.conftest import TERM_START

TZ = ZoneInfo("Europe/Berlin")
FIRST, LAST = dt.date(2026, 3, 27), dt.date(2026, 3, 31)  # Fri .. Tue, DST on Sunday 29th


def local(d: dt.date, h: int, mi: int = 0) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, h, mi, tzinfo=TZ).astimezone(dt.UTC)


@pytest.fixture
def school(db: Any) -> dict[str, int]:
    """7B: four pupils, a session each school day (08:00-13:00, late after 08:10)."""

    def fill(s: Any) -> dict[str, int]:
        p = People(s)
        pupils = {
            "ana": ("Ana Lima", "7B"),
            "mar": ("Марія Коваль", "7B"),
            "zoe": ("Zoë & Co <test>", "7B"),
            "tom": ("Tom Absent", "7B"),
            "cem": ("Cem Other", "7C"),
        }
        ids = {
            key: p.add(name, external_id=f"S{n}", group_name=group, member_since=TERM_START).id
            for n, (key, (name, group)) in enumerate(pupils.items(), start=1)
        }
        ev = Events(s)
        for day in (FIRST, dt.date(2026, 3, 30), LAST):
            sid = (
                Sessions(s)
                .add(
                    "Maths 7B",
                    local(day, 8),
                    ends_at=local(day, 13),
                    late_after=local(day, 8, 10),
                    group_name="7B",
                )
                .id
            )
            ev.add(ids["ana"], "check_in", local(day, 7, 55), source="camera", session_id=sid)
            ev.add(ids["ana"], "check_out", local(day, 13, 5), source="camera", session_id=sid)
            ev.add(ids["mar"], "check_in", local(day, 8, 20), source="camera", session_id=sid)
            if day != LAST:
                ev.add(ids["zoe"], "present", local(day, 9, 0), source="photo", session_id=sid)
        ev.add(
            ids["cem"],
            "check_in",
            local(dt.date(2026, 3, 30), 9),
            source="manual",
            corrected_by="sec",
            correction_reason="camera off",
        )
        return ids

    return db.run(fill)


def build(db: Any, **kw: Any) -> reports.ReportData:
    now = dt.datetime(2026, 4, 1, 10, 0, tzinfo=dt.UTC)
    return reports.build_report(db, TZ, kw.pop("first", FIRST), kw.pop("last", LAST), now=now, **kw)


# --- CSV ------------------------------------------------------------------------------------
def test_csv_has_bom_local_times_and_totals(db, school, tmp_path: Path) -> None:
    paths = reports.export(build(db), "csv", tmp_path / "week.csv")
    assert [p.name for p in paths] == ["week-summary.csv", "week-register.csv", "week-events.csv"]
    raw = paths[2].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel needs the BOM to read UTF-8
    rows = list(csv.DictReader(paths[2].read_text("utf-8-sig").splitlines()))
    assert len(rows) == 12
    first = rows[0]
    assert (first["Date"], first["Time"], first["Name"], first["Mark"]) == (
        "2026-03-27",
        "07:55:00",
        "Ana Lima",
        "Check-in",
    )
    # after the DST change Berlin is UTC+2: 07:55 local is still shown as 07:55
    monday = [r for r in rows if r["Date"] == "2026-03-30" and r["Name"] == "Ana Lima"]
    assert [r["Time"] for r in monday] == ["07:55:00", "13:05:00"]
    manual = next(r for r in rows if r["Name"] == "Cem Other")
    assert manual["Source"] == "Manual"
    # 7C has no session in the report: the mark is listed, and the log says it is not counted
    assert manual["Note"] == (
        "not counted: outside the sessions of the person's group; added by sec: camera off"
    )

    summary = {r["Name"]: r for r in csv.DictReader(paths[0].read_text("utf-8-sig").splitlines())}
    assert summary["Ana Lima"]["Days present"] == "3" and summary["Ana Lima"]["Hours"] == "15.50"
    assert summary["Марія Коваль"]["Days late"] == "3"
    assert summary["Zoë & Co <test>"]["Days absent"] == "1"  # photo marks are never late
    assert summary["Zoë & Co <test>"]["Days late"] == "0"
    assert summary["Tom Absent"]["Attendance"] == "0%"
    assert summary["Total (5 people)"]["Days expected"] == "12"

    reg = list(csv.reader(paths[1].read_text("utf-8-sig").splitlines()))
    assert reg[0][3:6] == ["2026-03-27", "2026-03-30", "2026-03-31"]
    by_name = {r[0]: r for r in reg[1:]}
    assert by_name["Ana Lima"][3:9] == ["P", "P", "P", "3", "0", "0"]
    assert by_name["Марія Коваль"][3:6] == ["L", "L", "L"]
    assert by_name["Tom Absent"][3:6] == ["A", "A", "A"]
    assert by_name["Present that day"][3:6] == ["3", "3", "2"]


def test_csv_plain_has_no_bom(db, school, tmp_path: Path) -> None:
    [path] = reports.export(build(db), "csv", tmp_path / "e.csv", ["events"], bom=False)
    assert path.read_bytes().startswith(b"Date,Time,Name")


def test_group_and_session_filters(db, school, tmp_path: Path) -> None:
    data = build(db, group="7C")
    assert [p.name for p in data.people] == ["Cem Other"]
    assert len(data.events) == 1 and data.sessions == []
    data = build(db, session="Maths 7B")
    assert len(data.sessions) == 3 and "Cem Other" not in [p.name for p in data.people]
    assert data.title == "Attendance register: Maths 7B"
    with pytest.raises(NotFoundError, match="No session 'Art'"):
        build(db, session="Art")
    with pytest.raises(reports.ReportError, match="before it starts"):
        build(db, first=LAST, last=FIRST)


def test_unwritable_output_is_a_clear_error(db, school, tmp_path: Path) -> None:
    with pytest.raises(reports.ReportError, match="does not exist"):
        reports.export(build(db), "pdf", tmp_path / "missing" / "r.pdf")


def test_report_query_uses_the_status_time_index(db, school) -> None:
    seen: list[tuple[str, Any]] = []

    def grab(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        if "FROM attendance_events" in statement:
            seen.append((statement, params))

    event.listen(db.engine, "before_cursor_execute", grab)
    try:
        build(db)
    finally:
        event.remove(db.engine, "before_cursor_execute", grab)
    # the marks of the range, then those put into its sessions on other days (by session)
    plans = []
    with db.engine.connect() as conn:
        for sql, params in seen:
            rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", params)
            plans.append(" | ".join(r[-1] for r in rows))
    assert len(plans) == 2, plans
    assert "USING INDEX ix_attendance_events_status_at" in plans[1], plans
    assert "USING INDEX" in plans[0], plans
    assert not [p for p in plans if "SCAN attendance_events" in p], plans


# --- XLSX -------------------------------------------------------------------------------------
def test_xlsx_typed_cells_frozen_headers_widths(db, school, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    [path] = reports.export(build(db), "xlsx", tmp_path / "week.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["About", "Summary per person", "Register", "Event log"]
    about = {r[0]: r[1] for r in wb["About"].iter_rows(values_only=True)}
    assert about["Time zone"] == "all times are local times in Europe/Berlin"

    log = wb["Event log"]
    assert log.freeze_panes == "A2"
    header = [c.value for c in log[1]]
    assert header[:6] == ["Date", "Time", "Name", "ID", "Group", "Mark"]
    row = [c for c in log[2]]
    assert row[0].is_date and row[0].value == dt.datetime(2026, 3, 27)
    assert row[1].value == dt.time(7, 55)
    assert row[2].value == "Ana Lima"
    assert log.max_row == 13
    assert log.column_dimensions["C"].width >= len("Zoë & Co <test>")

    summ = wb["Summary per person"]
    assert summ.freeze_panes == "A2"
    rows = {r[0].value: r for r in summ.iter_rows(min_row=2)}
    ana = rows["Ana Lima"]
    assert isinstance(ana[4].value, int) and ana[4].value == 3
    assert ana[7].number_format == "0%" and ana[7].value == pytest.approx(1.0)
    assert ana[9].is_date and ana[9].value == dt.datetime(2026, 3, 27, 7, 55)
    assert ana[11].value == pytest.approx(15.5)
    assert rows["Total (5 people)"][3].value == 12

    reg = wb["Register"]
    assert reg.freeze_panes == "D2"
    assert reg.cell(1, 4).value == dt.datetime(2026, 3, 27)  # dates as dates
    marks = {r[0].value: [c.value for c in r[3:6]] for r in reg.iter_rows(min_row=2)}
    assert marks["Марія Коваль"] == ["L", "L", "L"]
    late = next(r for r in reg.iter_rows(min_row=2) if r[0].value == "Марія Коваль")[3]
    assert late.fill.fgColor.rgb.endswith("FFE8A3")  # late cells are highlighted


# --- PDF --------------------------------------------------------------------------------------
def _pdf_text(path: Path) -> tuple[int, str]:
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


def test_pdf_title_tables_page_count_and_render(db, school, tmp_path: Path) -> None:
    [path] = reports.export(build(db), "pdf", tmp_path / "week.pdf")
    pages, text = _pdf_text(path)
    assert pages == 2  # title, chart, summary, register, log; the log goes on to page 2
    for expected in (
        "Attendance report",
        "27 Mar 2026 – 31 Mar 2026",
        "Europe/Berlin",
        "Attendance per day",
        "Summary per person",
        "Register",
        "Event log",
        "Марія Коваль",  # non-Latin names print (embedded TrueType font)
        "Zoë & Co <test>",
        "Page 1 of 2",
        "Page 2 of 2",
    ):
        assert expected in text, expected
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) not installed: PDF not rendered")
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(path), str(tmp_path / "page")], check=True)

    img = load_image(tmp_path / "page-1.png")
    assert img.shape[0] > img.shape[1]  # A4 portrait
    assert float(np.std(img)) > 20  # not a blank page


def test_pdf_keeps_a_correction_reason_whole_and_the_register_legend_by_its_table(
    db, school, tmp_path: Path
) -> None:
    """A correction's reason is wrapped in the event log's Note column, not cut after 40
    characters with "…" (nor "Check-out" and "Group photo" in theirs); the register's
    legend (P/L/A) sits above the register, so it can never open the next page on its own,
    away from the table it explains."""
    from pypdf import PdfReader

    reason = "Ana was at the dentist until nine, her mother phoned the office at 08:05"

    def correct(s: Any) -> None:
        Events(s).add(
            school["ana"],
            "present",
            local(LAST, 9, 30),
            source="manual",
            corrected_by="Mrs Office",
            correction_reason=reason,
        )

    db.run(correct)
    [path] = reports.export(build(db), "pdf", tmp_path / "week.pdf")
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(str(path)).pages]
    text = " ".join(pages)
    assert f"added by Mrs Office: {reason}" in text
    assert "…" not in text  # nor any other cell of the log ("Check-out", "Group photo")
    register_page = next(p for p in pages if "Register" in p and "Name" in p)
    assert "P = present, L = late, A = absent" in register_page
    assert text.index("P = present, L = late") < text.index("27 Mar – 31 Mar 2026")


def test_pdf_summarises_big_reports_and_counts_pages(db, tmp_path: Path) -> None:
    """1,500 marks: the PDF lists the first 1,000 and says so; the footer's page total is right."""

    def fill(s: Any) -> None:
        pid = People(s).add("Busy Person").id
        ev = Events(s)
        for i in range(1500):
            day = FIRST + dt.timedelta(days=i % 5)
            ev.add(pid, "check_in", local(day, 7) + dt.timedelta(seconds=7 * i), source="camera")

    db.run(fill)
    [path] = reports.export(build(db), "pdf", tmp_path / "big.pdf")
    pages, text = _pdf_text(path)
    assert "Showing the first 1,000 of 1,500 marks" in text
    totals = set(re.findall(r"Page \d+ of (\d+)", text))
    assert totals == {str(pages)} and pages > 5


def test_chart_handles_a_range_without_marks(db, tmp_path: Path) -> None:
    [path] = reports.export(build(db), "pdf", tmp_path / "empty.pdf")
    pages, text = _pdf_text(path)
    assert pages == 1 and "No attendance in this period." in text and "No marks" in text


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    from desktop_app.storage.db import Database

    url = (
        f"sqlite:///{tmp_path / 'r.sqlite3'}"
        if request.param == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    database = Database(url)
    database.upgrade()
    yield database
    database.dispose()


def test_same_report_on_sqlite_and_postgresql(any_db) -> None:
    def fill(s: Any) -> None:
        pid = People(s).add("Ana Lima", group_name="7B", member_since=TERM_START).id
        sid = (
            Sessions(s)
            .add(
                "Maths",
                local(FIRST, 8),
                ends_at=local(FIRST, 9),
                late_after=local(FIRST, 8, 10),
                group_name="7B",
            )
            .id
        )
        Events(s).add(
            pid,
            "check_in",
            local(FIRST, 8, 12) + dt.timedelta(microseconds=250_000),
            source="camera",
            session_id=sid,
        )
        Events(s).add(pid, "check_out", local(FIRST, 8, 50), source="camera", session_id=sid)

    any_db.run(fill)
    data = build(any_db)
    [row] = list(data.tables["events"].rows())[:1]
    assert row[:3] == (FIRST, dt.time(8, 12), "Ana Lima")
    assert data.analysis.register.cells[data.people[0].id] == {FIRST: "L"}
    assert data.analysis.summaries[data.people[0].id].hours == pytest.approx(38 / 60, abs=1e-3)


def test_full_disk_is_a_clear_error_and_leaves_no_file(db, school, tmpfs) -> None:
    from desktop_app.errors import DiskFullError

    fs = tmpfs("1m")
    with open(fs / "filler.bin", "wb", buffering=0) as fh:  # fill it to the last byte
        for size in (65536, 4096, 512, 1):
            try:
                while fh.write(b"\0" * size) == size:
                    pass
            except OSError:
                pass
    for fmt in ("csv", "xlsx", "pdf"):
        with pytest.raises(DiskFullError, match=re.escape(str(fs))):
            reports.export(build(db), fmt, fs / f"week.{fmt}")
    assert [p.name for p in fs.iterdir()] == ["filler.bin"]  # no half file, no temp file


def test_csv_in_one_file_holds_every_view_under_its_title(db, school, tmp_path: Path) -> None:
    [path] = reports.export(build(db), "csv", tmp_path / "week.csv", one_file=True)
    assert path.name == "week.csv" and not (tmp_path / "week-summary.csv").exists()
    rows = list(csv.reader(path.read_text("utf-8-sig").splitlines()))
    titles = [r[0] for i, r in enumerate(rows) if len(r) == 1 and (i == 0 or rows[i - 1] == [])]
    assert titles == ["Summary per person", "Register", "Event log"]
    assert rows[1][:3] == ["Name", "ID", "Group"]
