"""The operator's attendance flows in the real window (offscreen): reports that agree with
the exports, sessions started at a chosen time and edited, corrections, the end-of-session
roll call. Screenshots of these flows are in docs/screenshots/ (tools/screenshots.py)."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pytest

from desktop_app.attendance import reports
from desktop_app.context import AppContext
from tests.attendance.conftest import with_attendance
from tests.attendance.one_day import DAY, build_one_day
from tests.gui.conftest import wait_ops


@pytest.fixture
def berlin_ctx(settings: Any) -> Any:
    context = AppContext(with_attendance(settings))
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
    assert "1 marks outside the sessions (not counted)" in text
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
