"""XLSX: an "About" sheet, then one sheet per view; typed cells (dates as dates, times as
times, counts as numbers), frozen header row, column widths fitted to the content,
late/absent cells coloured in the register. The bytes come from ``workbook`` (a streaming
SpreadsheetML writer)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from desktop_app.attendance import rules
from desktop_app.attendance.reports import workbook as xlsx
from desktop_app.attendance.reports.model import (
    VIEWS,
    ReportData,
    Table,
    key_figures,
    session_lines,
)


def _display_len(value: Any, kind: str) -> int:
    if value is None:
        return 0
    if kind in ("date", "time", "datetime", "percent", "float"):
        return {"date": 10, "time": 5, "datetime": 16, "percent": 4, "float": 8}[kind]
    return len(str(value))


def write_xlsx(data: ReportData, path: Path, views: Sequence[str] = VIEWS) -> None:
    """About sheet + one sheet per view; typed cells, frozen header, fitted widths."""
    body_style = {
        "percent": xlsx.PERCENT,
        "float": xlsx.FLOAT,
        "int": xlsx.INT,
        "datetime": xlsx.DATETIME,
        "date": xlsx.DATE,
        "time": xlsx.TIME,
    }
    bold_style = {"percent": xlsx.BOLD_PERCENT, "float": xlsx.BOLD_FLOAT, "int": xlsx.BOLD_INT}
    mark_style = {rules.LATE: xlsx.MARK_LATE, rules.ABSENT: xlsx.MARK_ABSENT}

    def about_rows() -> Iterator[list[Any]]:
        for label, value in _about_lines(data):
            yield [(label, xlsx.BOLD), value]

    strings = xlsx.SharedStrings()
    sheets = [xlsx.Sheet("About", widths=[16, 80], freeze=None, rows=about_rows())]
    for view in views:
        table = data.tables[view]
        kinds = [c.kind for c in table.columns]
        widths = [float(len(c.title)) for c in table.columns]
        for i, row in enumerate(table.rows()):
            if i >= 2000:  # enough rows to see the shape of a column
                break
            for j, (v, k) in enumerate(zip(row, kinds, strict=True)):
                widths[j] = max(widths[j], _display_len(v, k))
        if table.totals is not None:
            for j, (v, k) in enumerate(zip(table.totals, kinds, strict=True)):
                widths[j] = max(widths[j], _display_len(v, k))
        widths = [
            7.0 if k == "mark" else min(60.0, max(5.0, w) + 2)
            for w, k in zip(widths, kinds, strict=True)
        ]

        def rows(table: Table = table, kinds: list[str] = kinds) -> Iterator[Any]:
            yield [
                (dt.date.fromisoformat(c.title), xlsx.HEADER_DATE)
                if c.kind == "mark"
                else (c.title, xlsx.HEADER)
                for c in table.columns
            ]
            styles = [body_style.get(k) for k in kinds]
            if "mark" in kinds:
                for row in table.rows():
                    yield [
                        (v or None, mark_style.get(v, xlsx.MARK))
                        if k == "mark"
                        else ((v, st) if st is not None else v)
                        for v, k, st in zip(row, kinds, styles, strict=True)
                    ]
            elif any(k in ("percent", "float", "int") for k in kinds):
                for row in table.rows():
                    yield [
                        (v, st) if st is not None else v for v, st in zip(row, styles, strict=True)
                    ]
            elif table.raw_rows is not None:  # the event log: up to a million rows
                encode = xlsx.RowEncoder(table.raw_kinds, strings)
                for raw in table.raw_rows():
                    yield encode(raw)
            else:
                yield from table.rows()
            if table.totals is not None:
                yield [
                    (v if v != "" else None, bold_style.get(k, xlsx.BOLD))
                    for v, k in zip(table.totals, kinds, strict=True)
                ]

        sheets.append(
            xlsx.Sheet(
                table.title,
                widths=widths,
                freeze="D2" if view == "register" else "A2",
                rows=rows(),
            )
        )
    xlsx.write_workbook(path, sheets, title=data.title, strings=strings)


def _about_lines(data: ReportData) -> list[tuple[str, Any]]:
    k = key_figures(data)
    lines: list[tuple[str, Any]] = [
        ("Report", data.title),
        ("Period", data.period),
        ("From", data.first),
        ("To", data.last),
        ("Group", data.group or "all groups"),
    ]
    if data.session:
        lines.append(("Session", ", ".join(sorted({s.name for s in data.sessions}))))
    lines += [
        ("Time zone", f"all times are local times in {data.zone_name}"),
        ("Generated", data.generated_at.strftime("%Y-%m-%d %H:%M")),
        ("People", k.people),
        ("Sessions", k.sessions),
        ("Marks", k.marks),
        ("Attendance", k.rate_text),
        ("Late arrivals", k.late_days),
        ("Not counted", k.not_counted),
        ("Register", data.tables["register"].note or ""),
        ("Summary", data.tables["summary"].note or ""),
    ]
    lines += [("Session" if i == 0 else "", text) for i, text in enumerate(session_lines(data))]
    return lines
