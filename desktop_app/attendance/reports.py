"""Attendance reports: per-event log, per-person summary, per-session register.

One ``build_report`` reads the database once (a lean query on the ``(status, at_utc)``
index, people and sessions) and computes everything with ``rules.analyse``; the writers
turn that into CSV, XLSX or PDF. All times are shown in the local zone
(``settings.attendance.timezone`` or the system's), never UTC, and every export says
which zone it used.

Formats:

- **CSV**: one file per view (``--view all`` writes ``NAME-events.csv``,
  ``NAME-summary.csv``, ``NAME-register.csv``); UTF-8 with a byte-order mark so Excel and
  LibreOffice open accents correctly, or plain UTF-8 (``bom=False``) for scripts.
- **XLSX** (openpyxl, streaming write-only mode): an "About" sheet, then one sheet per view;
  typed cells (dates as dates, times as times, counts as numbers), frozen header row,
  column widths fitted to the content, late/absent cells coloured in the register.
- **PDF** (reportlab): A4 portrait, title block with period, group, zone and key figures, a
  chart of attendance per day, the summary table, the register, the event log, page
  numbers. **Why reportlab and not Qt's PDF writer**: the core must run headless and must
  not import Qt (the import-linter contract bans it outside ``ui/``); reportlab is pure
  Python, already a dependency, embeds TrueType fonts (DejaVu/Vera, so names with accents
  or Cyrillic print), and its platypus tables repeat their header on every page.
  **Big reports are summarised in the PDF**: print is for people, so the event log stops
  after ``PDF_MAX_EVENTS`` rows and the register after ``PDF_MAX_REGISTER_CELLS`` cells,
  each with a line saying how much was left out and that the CSV/XLSX hold everything.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import errno
import gc
import logging
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from desktop_app.attendance import rules
from desktop_app.errors import AppError, DiskFullError, NotFoundError
from desktop_app.storage.db import Database
from desktop_app.storage.records import PersonRecord, SessionRecord
from desktop_app.storage.repositories import Events, People, Sessions

log = logging.getLogger(__name__)

VIEWS = ("summary", "register", "events")  # the order of sheets, files and PDF parts
FORMATS = ("csv", "xlsx", "pdf")
PDF_MAX_EVENTS = 1_000
PDF_MAX_REGISTER_CELLS = 12_000  # people x days
PDF_REGISTER_DAYS_PER_TABLE = 14

KIND_LABELS = {"check_in": "Check-in", "check_out": "Check-out", "present": "Present"}
SOURCE_LABELS = {"camera": "Camera", "photo": "Group photo", "manual": "Manual", "video": "Video"}


class ReportError(AppError):
    """A report cannot be produced as asked (bad range, unknown view, unwritable file)."""


# --- the data ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    title: str
    kind: str  # text | int | float | percent | date | time | datetime
    width: int | None = None  # characters; None = fitted to the content


@dataclass(frozen=True)
class Table:
    key: str  # events | summary | register
    title: str
    columns: list[Column]
    rows: Callable[[], Iterator[tuple[Any, ...]]]  # fresh iterator per writer
    row_count: int
    totals: tuple[Any, ...] | None = None
    note: str | None = None
    # fast path for big tables: raw values (kinds "day", "seconds", "text"), same columns
    raw_rows: Callable[[], Iterator[tuple[Any, ...]]] | None = None
    raw_kinds: tuple[str, ...] = ()


class EventRow(NamedTuple):
    """A lean event for the rules: ``EventRecord``'s attribute names, with the time kept as
    seconds since 1970 (``ts``) until someone asks for ``at_utc``."""

    id: int
    person_id: int
    session_id: int | None
    kind: str
    ts: float
    source: str
    device: str | None
    corrected_by: str | None
    correction_reason: str | None

    @property
    def at_utc(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.ts, dt.UTC)


@dataclass(frozen=True)
class ReportData:
    title: str
    first: dt.date
    last: dt.date
    group: str | None
    session: str | None
    zone_name: str
    generated_at: dt.datetime  # local, aware
    people: list[PersonRecord]
    sessions: list[SessionRecord]
    events: list[EventRow]
    analysis: rules.Analysis
    tz: dt.tzinfo
    tables: dict[str, Table] = field(default_factory=dict)

    @property
    def period(self) -> str:
        if self.first == self.last:
            return _long_date(self.first)
        return f"{_long_date(self.first)} – {_long_date(self.last)}"


def _long_date(d: dt.date) -> str:
    return f"{d.day} {d.strftime('%b %Y')}"


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building big lists of tuples (nothing in
    them forms cycles; reference counting frees them as usual)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def natural_key(text: str) -> tuple[Any, ...]:
    """Sort "7B" before "10A" and "Student 9" before "Student 10"; case-insensitive."""
    parts = re.split(r"(\d+)", text.casefold())
    return tuple((0, int(x), "") if x.isdigit() else (1, 0, x) for x in parts if x)


def zone_name(tz: dt.tzinfo) -> str:
    return getattr(tz, "key", None) or str(tz)


def parse_date(text: str, what: str = "date") -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ReportError(f"The {what} {text!r} is not a date; write it as YYYY-MM-DD.") from exc


def build_report(
    db: Database,
    tz: dt.tzinfo,
    first: dt.date,
    last: dt.date,
    *,
    group: str | None = None,
    session: str | None = None,
    now: dt.datetime | None = None,
) -> ReportData:
    """Read and compute everything a report shows for local days ``first``..``last``.

    ``session`` is a session id or name: with a name, every session of that name in the
    range (a recurring class) forms the register.
    """
    if last < first:
        raise ReportError(
            f"The report would end ({last}) before it starts ({first}); swap --from and --to."
        )
    if (last - first).days > 3 * 366:
        raise ReportError("Reports cover at most three years; choose a shorter range.")
    start, end = rules.range_bounds(first, last, tz)

    def read(s: Any) -> tuple[list[PersonRecord], list[SessionRecord], list[tuple[Any, ...]]]:
        sessions = Sessions(s).list(start=start, end=end)
        sessions = [x for x in sessions if start <= x.starts_at < end]
        if session is not None:
            key = session.strip()
            chosen = [x for x in sessions if str(x.id) == key or x.name == key]
            if not chosen:
                if key.isdigit():
                    Sessions(s).get(int(key))  # NotFoundError if it does not exist at all
                raise NotFoundError(
                    f"No session {key!r} starts between {first} and {last}; check the name "
                    "(`face-attendance session list`) or the dates."
                )
            sessions = chosen
        if group is not None:
            sessions = [x for x in sessions if rules.session_applies(x, group)]
        group_filter = group
        if group_filter is None and session is not None:
            groups = {x.group_name for x in sessions}
            if len(groups) == 1 and None not in groups:
                group_filter = next(iter(groups))
        people = People(s).list(group_name=group_filter)
        rows = Events(s).report_rows(start=start, end=end, group_name=group_filter)
        return people, sessions, rows

    with _no_gc():  # half a million small tuples: the cyclic GC would rescan them all
        people, sessions, raw = db.run(read)
        events = list(map(EventRow._make, raw))
        del raw
        if session is not None:
            events = [e for e in events if any(rules.event_in_session(e, x) for x in sessions)]
        with_events = {e.person_id for e in events}
        people = [p for p in people if p.active or p.id in with_events]
        people.sort(key=lambda p: (natural_key(p.group_name or ""), natural_key(p.name), p.id))
        analysis = rules.analyse(people, events, sessions, tz, first, last)
    title = "Attendance report"
    if session is not None and sessions:
        title = f"Attendance register: {sessions[0].name}"
    elif group is not None:
        title = f"Attendance report: group {group}"
    data = ReportData(
        title=title,
        first=first,
        last=last,
        group=group,
        session=session,
        zone_name=zone_name(tz),
        generated_at=(now or dt.datetime.now(dt.UTC)).astimezone(tz),
        people=people,
        sessions=sessions,
        events=events,
        analysis=analysis,
        tz=tz,
    )
    data.tables.update(
        events=_events_table(data), summary=_summary_table(data), register=_register_table(data)
    )
    return data


# --- the three views ---------------------------------------------------------------------
def _events_table(data: ReportData) -> Table:
    session_names = {s.id: s.name for s in data.sessions}
    tz = data.tz

    who = {p.id: (p.name, p.external_id or "", p.group_name or "") for p in data.people}

    def raw_rows() -> Iterator[tuple[Any, ...]]:
        """(local day ordinal, seconds since local midnight, name, ..., note)."""
        kinds, sources, from_ts = KIND_LABELS, SOURCE_LABELS, dt.datetime.fromtimestamp
        for e in data.events:
            name, ext, group = who.get(e.person_id) or (f"#{e.person_id}", "", "")
            local = from_ts(e.ts, tz)
            note = ""
            if e.corrected_by:
                verb = "added" if e.source == "manual" else "re-assigned"
                note = f"{verb} by {e.corrected_by}: {e.correction_reason or ''}".strip()
            yield (
                local.toordinal(),
                local.hour * 3600 + local.minute * 60 + local.second,
                name,
                ext,
                group,
                kinds.get(e.kind, e.kind),
                session_names.get(e.session_id, "") if e.session_id else "",
                sources.get(e.source, e.source),
                e.device or "",
                note,
            )

    def rows() -> Iterator[tuple[Any, ...]]:
        from_ordinal, time = dt.date.fromordinal, dt.time
        for day, secs, *rest in raw_rows():
            yield (from_ordinal(day), time(secs // 3600, secs // 60 % 60, secs % 60), *rest)

    cols = [
        Column("Date", "date"),
        Column("Time", "time"),
        Column("Name", "text"),
        Column("ID", "text"),
        Column("Group", "text"),
        Column("Mark", "text"),
        Column("Session", "text"),
        Column("Source", "text"),
        Column("Device", "text"),
        Column("Note", "text"),
    ]
    raw_kinds = ("day", "seconds", *["text"] * 8)
    return Table(
        "events", "Event log", cols, rows, len(data.events), raw_rows=raw_rows, raw_kinds=raw_kinds
    )


def _summary_table(data: ReportData) -> Table:
    a = data.analysis
    tz = data.tz

    def local(at: dt.datetime | None) -> dt.datetime | None:
        return at.astimezone(tz).replace(tzinfo=None, microsecond=0) if at else None

    def rows() -> Iterator[tuple[Any, ...]]:
        for p in data.people:
            s = a.summaries[p.id]
            yield (
                p.name,
                p.external_id or "",
                p.group_name or "",
                s.expected_days,
                s.days_present,
                s.days_late,
                s.days_absent,
                s.rate,
                s.left_early,
                local(s.first_in),
                local(s.last_out),
                round(s.hours, 2),
            )

    sums = list(a.summaries.values())
    expected = sum(s.expected_days for s in sums)
    present = sum(s.days_present for s in sums)
    totals = (
        f"Total ({len(data.people)} people)",
        "",
        "",
        expected,
        present,
        sum(s.days_late for s in sums),
        sum(s.days_absent for s in sums),
        (present / expected) if expected else None,
        sum(s.left_early for s in sums),
        None,
        None,
        round(sum(s.hours for s in sums), 2),
    )
    cols = [
        Column("Name", "text"),
        Column("ID", "text"),
        Column("Group", "text"),
        Column("Days expected", "int"),
        Column("Days present", "int"),
        Column("Days late", "int"),
        Column("Days absent", "int"),
        Column("Attendance", "percent"),
        Column("Left early", "int"),
        Column("First in", "datetime"),
        Column("Last out", "datetime"),
        Column("Hours", "float"),
    ]
    note = (
        "Days expected: days with a session for the person's group"
        if data.sessions
        else "Days expected: days on which anybody of the person's group attended (no sessions)"
    )
    note += "; hours count check-in/check-out pairs on the same day."
    return Table("summary", "Summary per person", cols, rows, len(data.people), totals, note)


def _register_table(data: ReportData) -> Table:
    reg = data.analysis.register
    days = [d for d in reg.days if any(d in row for row in reg.cells.values())]

    def rows() -> Iterator[tuple[Any, ...]]:
        for p in data.people:
            row = reg.cells.get(p.id, {})
            marks = [row.get(d, "") for d in days]
            n_late = marks.count(rules.LATE)
            yield (
                p.name,
                p.external_id or "",
                p.group_name or "",
                *marks,
                marks.count(rules.PRESENT) + n_late,
                n_late,
                marks.count(rules.ABSENT),
            )

    totals = (
        "Present that day",
        "",
        "",
        *[reg.present_per_day.get(d, 0) for d in days],
        sum(reg.present_per_day.get(d, 0) for d in days),
        sum(reg.late_per_day.get(d, 0) for d in days),
        sum(reg.absent_per_day.get(d, 0) for d in days),
    )
    cols = [
        Column("Name", "text"),
        Column("ID", "text"),
        Column("Group", "text"),
        *[Column(d.isoformat(), "mark", 6) for d in days],
        Column("Present", "int"),
        Column("Late", "int"),
        Column("Absent", "int"),
    ]
    note = "P = present, L = late, A = absent, empty = no session for this person that day."
    table = Table("register", "Register", cols, rows, len(data.people), totals, note)
    return table


def register_days(table: Table) -> list[dt.date]:
    return [dt.date.fromisoformat(c.title) for c in table.columns if c.kind == "mark"]


# --- writing -------------------------------------------------------------------------------
def output_paths(output: Path, fmt: str, views: Sequence[str]) -> list[Path]:
    """Where the export goes: one file, or (CSV with several views) one file per view."""
    output = Path(output)
    if fmt == "csv" and len(views) > 1:
        return [output.with_name(f"{output.stem}-{v}{output.suffix or '.csv'}") for v in views]
    return [output]


def export(
    data: ReportData, fmt: str, output: Path, views: Sequence[str] = VIEWS, *, bom: bool = True
) -> list[Path]:
    """Write the report; returns the files written (each replaced atomically)."""
    if fmt not in FORMATS:
        raise ReportError(f"Unknown format {fmt!r}; use csv, xlsx or pdf.")
    bad = [v for v in views if v not in VIEWS]
    if bad or not views:
        raise ReportError(f"Unknown view {', '.join(bad)}; use events, summary, register or all.")
    views = [v for v in VIEWS if v in views]
    paths = output_paths(output, fmt, views)
    if fmt == "csv":
        for view, path in zip(views, paths, strict=True):
            table = data.tables[view]

            def write(tmp: Path, table: Table = table) -> None:
                write_csv(table, tmp, bom=bom)

            _atomic(path, write)
    elif fmt == "xlsx":
        _atomic(paths[0], lambda tmp: write_xlsx(data, tmp, views))
    else:
        _atomic(paths[0], lambda tmp: write_pdf(data, tmp, views))
    return paths


def _atomic(path: Path, write: Callable[[Path], None]) -> None:
    """Write through a temp file in the same folder, then rename: a failed export (disk
    full, no permission) leaves neither a half file nor the temp file behind."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ReportError(f"The folder {folder} does not exist; create it or choose another.")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{path.stem}-", suffix=path.suffix)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise _write_error(path, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)


def _write_error(path: Path, exc: OSError) -> AppError:
    if exc.errno == errno.ENOSPC:
        return DiskFullError(
            f"The disk holding {path} is full: the report was not written. Free some space "
            "or choose another folder (--output)."
        )
    if isinstance(exc, PermissionError):
        return ReportError(
            f"Cannot write {path}: {exc.strerror or exc}. Is the file open in another program, "
            "or the folder read-only? Choose another --output."
        )
    return ReportError(f"Cannot write {path}: {exc.strerror or exc}. Nothing was written.")


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
        return lambda v: "" if v is None else v if isinstance(v, str) else str(v)
    if kind == "date":
        return lambda v: "" if v is None else v.isoformat()
    if kind == "time":
        return lambda v: "" if v is None else v.isoformat(timespec="seconds")
    return fmt


def _raw_csv_rows(table: Table) -> Iterator[list[Any]]:
    from operator import getitem

    from desktop_app.attendance.xlsx import MemoDict

    assert table.raw_rows is not None

    def maker(kind: str) -> Callable[[Any], str]:
        if kind == "day":
            return lambda o: dt.date.fromordinal(o).isoformat()
        if kind == "seconds":
            return lambda sec: f"{sec // 3600:02d}:{sec // 60 % 60:02d}:{sec % 60:02d}"
        return lambda v: v

    caches = [MemoDict(maker(k)) for k in table.raw_kinds]
    for raw in table.raw_rows():
        yield list(map(getitem, caches, raw))


def write_csv(table: Table, path: Path, *, bom: bool = True) -> None:
    fmts = [_csv_formatter(c.kind) for c in table.columns]
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([c.title for c in table.columns])
        if table.raw_rows is not None:
            w.writerows(_raw_csv_rows(table))
        else:
            w.writerows([f(v) for f, v in zip(fmts, row, strict=True)] for row in table.rows())
        if table.totals is not None:
            w.writerow([f(v) for f, v in zip(fmts, table.totals, strict=True)])


# --- XLSX ----------------------------------------------------------------------------------
def _display_len(value: Any, kind: str) -> int:
    if value is None:
        return 0
    if kind in ("date", "time", "datetime", "percent", "float"):
        return {"date": 10, "time": 5, "datetime": 16, "percent": 4, "float": 8}[kind]
    return len(str(value))


def write_xlsx(data: ReportData, path: Path, views: Sequence[str] = VIEWS) -> None:
    """About sheet + one sheet per view; typed cells, frozen header, fitted widths."""
    from desktop_app.attendance import xlsx

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
    a = data.analysis
    lines: list[tuple[str, Any]] = [
        ("Report", data.title),
        ("Period", data.period),
        ("From", data.first),
        ("To", data.last),
        ("Group", data.group or "all groups"),
    ]
    if data.session:
        lines.append(("Session", ", ".join(sorted({s.name for s in data.sessions}))))
    n_exp = sum(s.expected_days for s in a.summaries.values())
    n_present = sum(s.days_present for s in a.summaries.values())
    lines += [
        ("Time zone", f"all times are local times in {data.zone_name}"),
        ("Generated", data.generated_at.strftime("%Y-%m-%d %H:%M")),
        ("People", len(data.people)),
        ("Sessions", len(data.sessions)),
        ("Marks", len(data.events)),
        (
            "Attendance",
            f"{n_present / n_exp * 100:.1f}% of expected days" if n_exp else "no expected days",
        ),
        ("Register", data.tables["register"].note or ""),
        ("Summary", data.tables["summary"].note or ""),
    ]
    return lines


# --- PDF -----------------------------------------------------------------------------------
_FONTS: tuple[str, str] | None = None


def _pdf_fonts() -> tuple[str, str]:
    """A Unicode TrueType font (DejaVu when installed, else reportlab's bundled Vera)."""
    global _FONTS
    if _FONTS is not None:
        return _FONTS
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    candidates = [
        (
            Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
            Path("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
        ),
        (Path("C:/Windows/Fonts/arial.ttf"), Path("C:/Windows/Fonts/arialbd.ttf")),
        (
            Path(reportlab.__file__).parent / "fonts" / "Vera.ttf",
            Path(reportlab.__file__).parent / "fonts" / "VeraBd.ttf",
        ),
    ]
    for regular, bold in candidates:
        if regular.exists() and bold.exists():
            try:
                pdfmetrics.registerFont(TTFont("ReportSans", str(regular)))
                pdfmetrics.registerFont(TTFont("ReportSans-Bold", str(bold)))
                _FONTS = ("ReportSans", "ReportSans-Bold")
                return _FONTS
            except Exception:  # a broken font file: try the next one
                log.warning("cannot use font %s", regular)
    _FONTS = ("Helvetica", "Helvetica-Bold")
    return _FONTS


def _pdf_value(value: Any, kind: str) -> str:
    if value is None or value == "":
        return ""
    if kind == "date":
        return value.strftime("%d %b %Y")
    if kind == "time":
        return value.strftime("%H:%M")
    if kind == "datetime":
        return value.strftime("%d %b %H:%M")
    if kind == "percent":
        return f"{value * 100:.0f}%"
    if kind == "float":
        return f"{value:.1f}"
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def write_pdf(data: ReportData, path: Path, views: Sequence[str] = VIEWS) -> None:
    from xml.sax.saxutils import escape

    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import (
        KeepTogether,
        LongTable,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        TableStyle,
    )

    regular, bold = _pdf_fonts()
    h1 = ParagraphStyle("h1", fontName=bold, fontSize=18, leading=22, spaceAfter=2 * mm)
    h2 = ParagraphStyle(
        "h2", fontName=bold, fontSize=12.5, leading=16, spaceBefore=5 * mm, spaceAfter=2 * mm
    )
    body = ParagraphStyle("body", fontName=regular, fontSize=9, leading=12)
    small = ParagraphStyle(
        "small", fontName=regular, fontSize=7.5, leading=10, textColor=colors.HexColor("#555555")
    )
    width = A4[0] - 30 * mm
    story: list[Any] = []

    story.append(Paragraph(escape(data.title), h1))
    a = data.analysis
    n_exp = sum(s.expected_days for s in a.summaries.values())
    n_present = sum(s.days_present for s in a.summaries.values())
    n_late = sum(s.days_late for s in a.summaries.values())
    facts = [
        ("Period", data.period),
        ("Group", data.group or "All groups"),
        ("Session", ", ".join(sorted({s.name for s in data.sessions})) if data.session else ""),
        ("People", f"{len(data.people)}"),
        ("Sessions", f"{len(data.sessions)}"),
        ("Marks", f"{len(data.events):,}"),
        ("Attendance", f"{n_present / n_exp * 100:.1f}% of expected days" if n_exp else "–"),
        ("Late arrivals", f"{n_late}"),
        ("Times", f"local time, {data.zone_name}"),
        ("Generated", data.generated_at.strftime("%d %b %Y %H:%M")),
    ]
    facts = [(k, v) for k, v in facts if v]
    block = LongTable(
        [[k, v] for k, v in facts], colWidths=[32 * mm, width - 32 * mm], hAlign="LEFT"
    )
    block.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (0, -1), bold, 9),
                ("FONT", (1, 0), (1, -1), regular, 9),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.HexColor("#999999")),
            ]
        )
    )
    story.append(block)

    story.append(Paragraph("Attendance per day", h2))
    story.append(_chart(data, width, regular))

    header_bg = colors.HexColor("#DDE4EE")
    grid = colors.HexColor("#B8C2CF")

    def table_flow(
        columns: list[Column],
        rows: list[list[str]],
        totals: list[str] | None,
        col_widths: list[float],
        font_size: float = 7.5,
        centre_from: int | None = None,
        marks: list[list[str]] | None = None,
    ) -> LongTable:
        # text columns: cut to the column width so long names never spill into the next one
        for j, col in enumerate(columns):
            if col.kind == "text":
                room = col_widths[j] - 4.5
                for row in rows:
                    row[j] = _fit(row[j], room, regular, font_size)
        data_rows = [[c.title for c in columns], *rows]
        if totals is not None:
            data_rows.append(totals)
        t = LongTable(data_rows, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
        style: list[Any] = [
            ("FONT", (0, 0), (-1, 0), bold, font_size),
            ("FONT", (0, 1), (-1, -1), regular, font_size),
            ("BACKGROUND", (0, 0), (-1, 0), header_bg),
            ("LINEBELOW", (0, 0), (-1, 0), 0.6, grid),
            ("GRID", (0, 0), (-1, -1), 0.25, grid),
            ("TOPPADDING", (0, 0), (-1, -1), 1.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.2),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
        for j, col in enumerate(columns):
            if col.kind in ("int", "float", "percent"):
                style.append(("ALIGN", (j, 0), (j, -1), "RIGHT"))
        if centre_from is not None:
            style.append(("ALIGN", (centre_from, 0), (-1, -1), "CENTER"))
        if totals is not None:
            style += [
                ("FONT", (0, -1), (-1, -1), bold, font_size),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
            ]
        for i in range(1, len(rows) + 1, 2):
            style.append(("BACKGROUND", (0, i), (-1, i), colors.HexColor("#F5F7FA")))
        if marks is not None:
            late_bg, absent_bg = colors.HexColor("#FFE8A3"), colors.HexColor("#F8C6C6")
            for i, row in enumerate(marks, start=1):
                for j, v in enumerate(row):
                    if v == rules.LATE:
                        style.append(("BACKGROUND", (j, i), (j, i), late_bg))
                    elif v == rules.ABSENT:
                        style.append(("BACKGROUND", (j, i), (j, i), absent_bg))
        t.setStyle(TableStyle(style))
        return t

    def fmt_rows(table: Table, limit: int | None = None) -> list[list[str]]:
        kinds = [c.kind for c in table.columns]
        out = []
        for i, row in enumerate(table.rows()):
            if limit is not None and i >= limit:
                break
            out.append([_pdf_value(v, k) for v, k in zip(row, kinds, strict=True)])
        return out

    for view in views:
        table = data.tables[view]
        if view == "summary":
            story.append(Paragraph("Summary per person", h2))
            # (column index, short title, width in mm); without any check-out in the
            # report (mode "present") "Left early", "Last out" and "Hours" say nothing
            spec = [
                (0, "Name", 0),
                (2, "Group", 11),
                (3, "Expected", 15),
                (4, "Present", 13),
                (5, "Late", 10),
                (6, "Absent", 12),
                (7, "Rate", 10),
                (8, "Left early", 16),
                (9, "First in", 19),
                (10, "Last out", 19),
                (11, "Hours", 11),
            ]
            if not any(e.kind == "check_out" for e in data.events):
                spec = [c for c in spec if c[0] not in (8, 10, 11)]
            pick = tuple(i for i, _, _ in spec)
            rows = [[r[i] for i in pick] for r in fmt_rows(table)]
            kinds = [c.kind for c in table.columns]
            totals = [_pdf_value(table.totals[i], kinds[i]) for i in pick] if table.totals else None
            cols = [Column(title, table.columns[i].kind) for i, title, _ in spec]
            fixed = [w for _, _, w in spec[1:]]
            widths = [min(70 * mm, width - sum(fixed) * mm), *[w * mm for w in fixed]]
            story.append(table_flow(cols, rows, totals, widths))
            story.append(Paragraph(escape(table.note or ""), small))
        elif view == "register":
            story.append(Paragraph("Register", h2))
            days = register_days(table)
            cells = len(days) * max(1, table.row_count)
            if not days:
                story.append(Paragraph("No sessions or marks in this period.", body))
            elif cells > PDF_MAX_REGISTER_CELLS:
                story.append(
                    Paragraph(
                        escape(
                            f"The register has {table.row_count:,} people × {len(days)} days "
                            f"({cells:,} cells), too large to print; the summary above has each "
                            "person's totals, and the XLSX or CSV export holds the full register."
                        ),
                        body,
                    )
                )
            else:
                all_rows = list(table.rows())
                kinds = [c.kind for c in table.columns]
                n = len(days)
                n_tables = math.ceil(n / PDF_REGISTER_DAYS_PER_TABLE)
                per_table = math.ceil(n / n_tables)  # balanced: 15 days -> 8 + 7, not 14 + 1
                for start in range(0, n, per_table):
                    chunk = list(range(3 + start, 3 + min(n, start + per_table)))
                    last_chunk = start + per_table >= n
                    idx = [0, *chunk] + ([n + 3, n + 4, n + 5] if last_chunk else [])
                    cols = [Column("Name", "text")] + [
                        Column(days[j - 3].strftime("%a\n%d"), "mark") for j in chunk
                    ]
                    if last_chunk:
                        cols += [
                            Column("Present", "int"),
                            Column("Late", "int"),
                            Column("Absent", "int"),
                        ]
                    rows = [[_pdf_value(r[i], kinds[i]) for i in idx] for r in all_rows]
                    totals = (
                        [_pdf_value(table.totals[i], kinds[i]) for i in idx]
                        if table.totals
                        else None
                    )
                    if totals:
                        totals[0] = "Present"
                    tail = 3 * 13 * mm if last_chunk else 0
                    day_w = 9 * mm
                    name_w = min(60 * mm, width - tail - day_w * len(chunk))
                    widths = [name_w, *[day_w] * len(chunk)] + ([13 * mm] * 3 if last_chunk else [])
                    label = (
                        f"{days[chunk[0] - 3].strftime('%d %b')} – "
                        f"{days[chunk[-1] - 3].strftime('%d %b %Y')}"
                    )
                    story.append(Paragraph(escape(label), body))
                    story.append(table_flow(cols, rows, totals, widths, centre_from=1, marks=rows))
                    story.append(Spacer(1, 3 * mm))
                story.append(Paragraph(escape(table.note or ""), small))
        else:
            story.append(Paragraph("Event log", h2))
            rows = fmt_rows(table, PDF_MAX_EVENTS)
            pick_ev = (0, 1, 2, 4, 5, 6, 7)
            cols = [table.columns[i] for i in pick_ev]
            rows = [[r[i] for i in pick_ev] for r in rows]
            fixed_ev = [20, 11, 14, 16, 30, 21]
            widths = [
                fixed_ev[0] * mm,
                fixed_ev[1] * mm,
                width - sum(fixed_ev) * mm,
                *[w * mm for w in fixed_ev[2:]],
            ]
            if rows:
                story.append(table_flow(cols, rows, None, widths))
            else:
                story.append(Paragraph("No marks in this period.", body))
            if table.row_count > PDF_MAX_EVENTS:
                story.append(
                    Paragraph(
                        escape(
                            f"Showing the first {PDF_MAX_EVENTS:,} of {table.row_count:,} marks. "
                            "The CSV and XLSX exports contain every mark."
                        ),
                        small,
                    )
                )
    story = [KeepTogether([x]) if isinstance(x, Paragraph) else x for x in story]

    footer_text = f"{data.title} · {data.period} · generated {data.generated_at:%d %b %Y %H:%M}"

    def make_canvas(*args: Any, **kwargs: Any) -> Any:
        return _NumberedCanvas(*args, footer=footer_text, font=regular, **kwargs)

    doc = SimpleDocTemplate(
        str(path),
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=17 * mm,
        title=data.title,
        author="face-attendance",
        subject=data.period,
    )
    doc.build(story, canvasmaker=make_canvas)


def _fit(text: str, room: float, font: str, size: float) -> str:
    """``text`` shortened with an ellipsis to fit ``room`` points."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if not text or stringWidth(text, font, size) <= room:
        return text
    while text and stringWidth(text + "…", font, size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _chart(data: ReportData, width: float, font: str) -> Any:
    """Stacked bars per day: on time, late, absent."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    reg = data.analysis.register
    days = [d for d in reg.days if reg.present_per_day.get(d) or reg.absent_per_day.get(d)]
    height = 165.0
    d = Drawing(width, height)
    if not days:
        d.add(String(0, height / 2, "No attendance in this period.", fontName=font, fontSize=9))
        return d
    on_time = [reg.present_per_day[x] - reg.late_per_day.get(x, 0) for x in days]
    late = [reg.late_per_day.get(x, 0) for x in days]
    absent = [reg.absent_per_day.get(x, 0) for x in days]
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 32
    chart.width, chart.height = width - 40, height - 52
    chart.data = [on_time, late, absent]
    chart.categoryAxis.style = "stacked"
    chart.bars.strokeWidth = 0
    chart.bars.strokeColor = None
    palette = [colors.HexColor("#3A7D44"), colors.HexColor("#E0A800"), colors.HexColor("#C0392B")]
    for i, c in enumerate(palette):
        chart.bars[i].fillColor = c
    chart.barSpacing = 0 if len(days) > 60 else 1
    chart.groupSpacing = 0 if len(days) > 60 else 3
    top = max(a + b + c for a, b, c in zip(on_time, late, absent, strict=True))
    step = _nice_step(top)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = step * math.ceil(top / step) if top else 1
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#DDDDDD")
    every = max(1, math.ceil(len(days) / 16))
    names = []
    for i, x in enumerate(days):
        if i % every:
            names.append("")
        elif len(days) > 62:
            names.append(x.strftime("%d %b"))
        else:
            names.append(x.strftime("%a %d"))
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 6.5
    chart.categoryAxis.labels.angle = 0
    chart.categoryAxis.tickDown = 2 if every == 1 else 0
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 30, 8
    legend.dx, legend.dy = 7, 7
    legend.fontName, legend.fontSize = font, 7.5
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 95
    legend.colorNamePairs = list(zip(palette, ["Present on time", "Late", "Absent"], strict=True))
    d.add(legend)
    return d


def _nice_step(top: float) -> float:
    if top <= 5:
        return 1
    raw = top / 5
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * mag:
            return m * mag
    return 10 * mag


def _numbered_canvas_class() -> Any:
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):
        """Footer with "page X of Y" (pages are buffered until the total is known)."""

        def __init__(self, *args: Any, footer: str, font: str, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []
            self._footer = footer
            self._font = font

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            from reportlab.lib.pagesizes import A4
            from reportlab.lib.units import mm

            self.saveState()
            self.setFont(self._font, 7.5)
            self.setFillGray(0.4)
            self.drawString(15 * mm, 9 * mm, self._footer)
            self.drawRightString(A4[0] - 15 * mm, 9 * mm, f"Page {self._pageNumber} of {total}")
            self.restoreState()

    return NumberedCanvas


class _LazyCanvas:
    cls: Any = None


def _NumberedCanvas(*args: Any, **kwargs: Any) -> Any:
    if _LazyCanvas.cls is None:
        _LazyCanvas.cls = _numbered_canvas_class()
    return _LazyCanvas.cls(*args, **kwargs)
