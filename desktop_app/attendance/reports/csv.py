"""CSV: one file per view (for scripts), or all views in one file (for people); UTF-8 with
a byte-order mark so Excel and LibreOffice open accents correctly, or plain UTF-8
(``bom=False``) for scripts."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from operator import getitem
from pathlib import Path
from typing import Any

from desktop_app.attendance.reports.model import Table
from desktop_app.attendance.reports.workbook import MemoDict

# A cell a spreadsheet would run as a formula (=, +, -, @) or that hides one behind a tab or
# carriage return: names, groups, sessions and reasons are typed by people (OWASP "CSV
# injection"). Such text cells get a leading ' so they show as text. XLSX cells are typed
# strings already.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """``text`` as a CSV text cell that no spreadsheet evaluates."""
    if text.startswith(FORMULA_START) and text != "-":
        return "'" + text
    return text


def _csv_value(value: Any, kind: str) -> str:
    if value is None or value == "":
        return ""
    if kind == "date" or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value.isoformat()
    if kind == "time":
        return value.strftime("%H:%M:%S")
    if kind == "datetime":
        return value.strftime("%Y-%m-%d %H:%M")
    if kind == "percent":
        return f"{value * 100:.0f}%"
    if kind == "float":
        return f"{value:.2f}"
    return str(value)


def _csv_formatter(kind: str) -> Callable[[Any], str]:
    def fmt(value: Any) -> str:
        return "" if value is None else _csv_value(value, kind)

    if kind == "text" or kind == "mark":
        return lambda v: "" if v is None else neutralise(v if isinstance(v, str) else str(v))
    if kind == "date":
        return lambda v: "" if v is None else v.isoformat()
    if kind == "time":
        return lambda v: "" if v is None else v.isoformat(timespec="seconds")
    return fmt


def _raw_csv_rows(table: Table) -> Iterator[list[Any]]:
    assert table.raw_rows is not None

    def maker(kind: str) -> Callable[[Any], str]:
        if kind == "day":
            return lambda o: dt.date.fromordinal(o).isoformat()
        if kind == "seconds":
            return lambda sec: f"{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}"
        return lambda v: neutralise(v) if isinstance(v, str) else v

    caches = [MemoDict(maker(k)) for k in table.raw_kinds]
    for raw in table.raw_rows():
        yield list(map(getitem, caches, raw))


def write_csv(table: Table, path: Path, *, bom: bool = True) -> None:
    """One view: a header line, the rows, the totals row."""
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        _write_table(csv.writer(fh), table)


def write_csv_tables(tables: Sequence[Table], path: Path, *, bom: bool = True) -> None:
    """Several views in one file (what a person opens in a spreadsheet): each starts with a
    line holding its title and ends with an empty line."""
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        w = csv.writer(fh)
        for i, table in enumerate(tables):
            if i:
                w.writerow([])
            w.writerow([neutralise(table.title)])
            _write_table(w, table)


def _write_table(w: Any, table: Table) -> None:
    fmts = [_csv_formatter(c.kind) for c in table.columns]
    w.writerow([neutralise(c.title) for c in table.columns])
    if table.raw_rows is not None:
        w.writerows(_raw_csv_rows(table))
    else:
        w.writerows([f(v) for f, v in zip(fmts, row, strict=True)] for row in table.rows())
    if table.totals is not None:
        w.writerow([f(v) for f, v in zip(fmts, table.totals, strict=True)])
