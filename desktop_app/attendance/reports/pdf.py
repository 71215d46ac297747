"""PDF (reportlab): A4 portrait, title block with period, group, zone and key figures, a
chart of attendance per day, the summary table, the register, the event log, page numbers.

**Why reportlab and not Qt's PDF writer**: the core must run headless and must not import
Qt (the import-linter contract bans it outside ``ui/``); reportlab is pure Python, embeds
TrueType fonts, and its platypus tables repeat their header on every page. Text in any
script (CJK, Arabic right to left, Devanagari, Thai...) goes through ``pdf_text``: font
fallback per run, bidi order and HarfBuzz shaping; plain Latin/Greek/Cyrillic text keeps
reportlab's own fast path. **Big reports are summarised**: print is for people, so the
event log stops after ``PDF_MAX_EVENTS`` rows and the register after
``PDF_MAX_REGISTER_CELLS`` cells, each with a line saying how much was left out and that
the CSV/XLSX hold everything.
"""

from __future__ import annotations

import functools
import logging
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop_app.attendance import rules
from desktop_app.attendance.reports import formats, pdf_text
from desktop_app.attendance.reports.model import (
    VIEWS,
    Column,
    ReportData,
    Table,
    day_counts,
    key_figures,
    register_days,
    session_lines,
)

log = logging.getLogger(__name__)

PDF_MAX_EVENTS = 1_000
PDF_MAX_REGISTER_CELLS = 12_000  # people x days
PDF_REGISTER_DAYS_PER_TABLE = 14


def font_files() -> tuple[Path, Path]:
    """The base regular and bold TrueType files the PDF embeds: DejaVu Sans, shipped in
    ``resources/fonts`` with the other scripts' fonts (see ``pdf_text.SHIPPED`` and
    ``resources/fonts/README.md``), so a report looks the same on every OS."""
    regular, bold = pdf_text.font_files()[:2]
    return regular, bold


def _pdf_value(value: Any, kind: str) -> str:
    if value is None or value == "":
        return ""
    f = formats.current()  # the report's locale (formats.use in write_pdf)
    if kind == "date":
        return f.date(value)
    if kind == "time":
        return f.time(value)
    if kind == "datetime":
        return f.datetime(value)
    if kind == "percent":
        return f.percent(value)
    if kind == "float":
        return f.number(value, 1)
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


def write_pdf(data: ReportData, path: Path, views: Sequence[str] = VIEWS) -> list[str]:
    """Write the PDF; returns warnings for text that no font could draw (shown there as
    ``[U+XXXX]``)."""
    with formats.use(data.formats), pdf_text.collecting() as missing:
        _write_pdf(data, path, views)
    warnings = pdf_text.warnings_for(missing)
    for w in warnings:
        log.warning("PDF report: %s", w)
    return warnings


def _write_pdf(data: ReportData, path: Path, views: Sequence[str]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    pdf = _Pdf()
    pdf.title_block(data)
    pdf.heading("Attendance per day", 60 * mm)
    pdf.story.append(_chart(data, pdf.width, pdf.regular))
    for view in views:
        table = data.tables[view]
        if view == "summary":
            pdf.summary(data, table)
        elif view == "register":
            pdf.register(table)
        else:
            pdf.events(table)

    f = data.formats
    generated = f"{f.date(data.generated_at)} {f.time(data.generated_at)}"
    # pieces, each laid out on its own: an Arabic date must not reorder the English around it
    footer_text = (data.title, " · ", data.period, " · generated ", generated)

    def make_canvas(*args: Any, **kwargs: Any) -> Any:
        return _NumberedCanvas(*args, footer=footer_text, font=pdf.regular, **kwargs)

    # our own file object, closed however the build ends: given a name, reportlab leaves the
    # file open after an error (a full disk), and Windows cannot delete an open file
    with open(path, "wb") as fh:
        doc = SimpleDocTemplate(
            fh,
            pagesize=A4,
            leftMargin=15 * mm,
            rightMargin=15 * mm,
            topMargin=15 * mm,
            bottomMargin=17 * mm,
            title=data.title,
            author="face-attendance",
            subject=data.period,
        )
        doc.build(pdf.story, canvasmaker=make_canvas)


class _Pdf:
    """The story of one report PDF: styles, and one method per part."""

    def __init__(self) -> None:
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm

        pdf_text.chain()
        self.regular, self.bold = pdf_text.REGULAR, pdf_text.BOLD
        self.mm = mm
        self.h1 = ParagraphStyle(
            "h1", fontName=self.bold, fontSize=18, leading=22, spaceAfter=2 * mm
        )
        self.h2 = ParagraphStyle(
            "h2",
            fontName=self.bold,
            fontSize=12.5,
            leading=16,
            spaceBefore=5 * mm,
            spaceAfter=2 * mm,
            keepWithNext=1,
        )
        self.body = ParagraphStyle("body", fontName=self.regular, fontSize=9, leading=12)
        self.small = ParagraphStyle(
            "small",
            fontName=self.regular,
            fontSize=7.5,
            leading=10,
            textColor=colors.HexColor("#555555"),
        )
        self.width = A4[0] - 30 * mm
        self.story: list[Any] = []

    def para(self, text: str, style: Any = None) -> None:
        self.story.append(self.text(text, style or self.body))

    def text(self, text: str, style: Any) -> Any:
        """A paragraph: reportlab's own for text the base font draws as it is, else a
        ``TextBlock`` (any script, shaped, right-to-left where it should be)."""
        from reportlab.platypus import Paragraph

        if pdf_text.simple(text):
            return Paragraph(_escape(text), style)
        return TextBlock(text, style)

    def heading(self, text: str, room: float) -> None:
        """A section heading that never sits alone at the foot of a page: it starts a new
        page unless ``room`` (its first rows) still fits below it."""
        from reportlab.platypus import CondPageBreak

        self.story.append(CondPageBreak(room))
        self.para(text, self.h2)

    def title_block(self, data: ReportData) -> None:
        from reportlab.lib import colors
        from reportlab.platypus import LongTable, TableStyle

        mm = self.mm
        self.para(data.title, self.h1)
        k = key_figures(data)
        n = k.not_counted
        outside = f"{n} mark{'' if n == 1 else 's'} outside sessions" if n else ""
        facts = [
            ("Period", data.period),
            ("Group", data.group or "All groups"),
            ("People", f"{k.people}"),
            ("Sessions", "; ".join(session_lines(data)) or "none: days on which anybody attended"),
            ("Marks", data.formats.number(k.marks)),
            ("Attendance", k.rate_text if k.expected_days else "–"),
            ("Late arrivals", f"{k.late_days}"),
            ("Not counted", outside),
            ("Times", f"local time, {data.zone_name}"),
            (
                "Generated",
                f"{data.formats.date(data.generated_at)} {data.formats.time(data.generated_at)}",
            ),
        ]
        if len(data.sessions) > 6:  # a term of lessons: name them, not every date
            names = sorted({s.name for s in data.sessions})
            facts[3] = ("Sessions", f"{len(data.sessions)}: " + ", ".join(names))
        cells = [[_cell(k_, 9, True), self.text(v, self.body)] for k_, v in facts if v]
        block = LongTable(cells, colWidths=[32 * mm, self.width - 32 * mm], hAlign="LEFT")
        block.setStyle(
            TableStyle(
                [
                    ("FONT", (0, 0), (0, -1), self.bold, 9),
                    ("FONT", (1, 0), (1, -1), self.regular, 9),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("LINEBELOW", (0, -1), (-1, -1), 0.5, colors.HexColor("#999999")),
                ]
            )
        )
        self.story.append(block)

    def table_flow(
        self,
        columns: list[Column],
        rows: list[list[str]],
        totals: list[str] | None,
        col_widths: list[float],
        font_size: float = 7.5,
        centre_from: int | None = None,
        marks: list[list[str]] | None = None,
        wrapped: int | None = None,
    ) -> Any:
        """``wrapped``: the column whose text wraps onto more lines in its cell (a
        correction's reason is kept whole); every other text column is cut to its width."""
        from reportlab.lib import colors
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import LongTable, TableStyle

        regular, bold = self.regular, self.bold
        header_bg = colors.HexColor("#DDE4EE")
        grid = colors.HexColor("#B8C2CF")
        # text columns: cut to the column width so long names never spill into the next one
        for j, col in enumerate(columns):
            if col.kind == "text" and j != wrapped:
                room = col_widths[j] - 4.5
                for row in rows:
                    row[j] = pdf_text.fit(row[j], room, font_size)
        cell_style = ParagraphStyle(
            "cell", fontName=regular, fontSize=font_size, leading=font_size * 1.2
        )

        def cell(j: int, v: str) -> Any:
            return self.text(v, cell_style) if j == wrapped and v else _cell(v, font_size, False)

        data_rows: list[list[Any]] = [
            [_cell(c.title, font_size, True) for c in columns],
            *[[cell(j, v) for j, v in enumerate(row)] for row in rows],
        ]
        if totals is not None:
            data_rows.append([_cell(v, font_size, True) for v in totals])
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

    def summary(self, data: ReportData, table: Table) -> None:
        mm = self.mm
        self.heading("Summary per person", 40 * mm)
        # (column index, short title, width in mm); without any check-out in the report
        # (mode "present") "Left early", "Last out" and "Hours" say nothing
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
            (12, "Not\ncounted", 18),  # on two lines: one is wider than the column
        ]
        if not any(e.kind == "check_out" for e in data.events):
            spec = [c for c in spec if c[0] not in (8, 10, 11)]
        if not key_figures(data).not_counted:
            spec = [c for c in spec if c[0] != 12]
        pick = tuple(i for i, _, _ in spec)
        rows = [[r[i] for i in pick] for r in _fmt_rows(table)]
        kinds = [c.kind for c in table.columns]
        totals = [_pdf_value(table.totals[i], kinds[i]) for i in pick] if table.totals else None
        cols = [Column(title, table.columns[i].kind) for i, title, _ in spec]
        fixed = [w for _, _, w in spec[1:]]
        widths = [min(70 * mm, self.width - sum(fixed) * mm), *[w * mm for w in fixed]]
        self.story.append(self.table_flow(cols, rows, totals, widths))
        self.para(table.note or "", self.small)

    def register(self, table: Table) -> None:
        from reportlab.platypus import Spacer

        mm = self.mm
        self.heading("Register", 40 * mm)
        days = register_days(table)
        cells = len(days) * max(1, table.row_count)
        if not days:
            self.para("No sessions or marks in this period.")
            return
        if cells > PDF_MAX_REGISTER_CELLS:
            self.para(
                f"The register has {table.row_count:,} people × {len(days)} days "
                f"({cells:,} cells), too large to print; the summary above has each "
                "person's totals, and the XLSX or CSV export holds the full register."
            )
            return
        # the legend first: printed after the table it could open the next page on its own
        self.para(table.note or "", self.small)
        all_rows = list(table.rows())
        kinds = [c.kind for c in table.columns]
        n = len(days)
        fmt = formats.current()
        if fmt.locale is None:
            n_tables = math.ceil(n / PDF_REGISTER_DAYS_PER_TABLE)
            per_table = math.ceil(n / n_tables)  # balanced: 15 days -> 8 + 7, not 14 + 1
            parts = [list(range(s, min(n, s + per_table))) for s in range(0, n, per_table)]
        else:  # whole weeks from the locale's first day of the week
            parts = formats.week_chunks(days, fmt.first_weekday, PDF_REGISTER_DAYS_PER_TABLE)
        for part in parts:
            start = part[0]
            chunk = [3 + i for i in part]
            last_chunk = part[-1] == n - 1
            idx = [0, *chunk] + ([n + 3, n + 4, n + 5] if last_chunk else [])
            cols = [Column("Name", "text")] + [
                Column(fmt.weekday_day(days[j - 3], "\n"), "mark") for j in chunk
            ]
            if last_chunk:
                cols += [Column("Present", "int"), Column("Late", "int"), Column("Absent", "int")]
            rows = [[_pdf_value(r[i], kinds[i]) for i in idx] for r in all_rows]
            totals = [_pdf_value(table.totals[i], kinds[i]) for i in idx] if table.totals else None
            if totals:
                totals[0] = "Present"
            tail = 3 * 13 * mm if last_chunk else 0
            day_w = 9 * mm
            name_w = min(60 * mm, self.width - tail - day_w * len(chunk))
            widths = [name_w, *[day_w] * len(chunk)] + ([13 * mm] * 3 if last_chunk else [])
            first_day, last_day = days[chunk[0] - 3], days[chunk[-1] - 3]
            if fmt.locale is None:
                label = f"{first_day.strftime('%d %b')} – {last_day.strftime('%d %b %Y')}"
            else:
                label = f"{fmt.day_month(first_day)} – {fmt.date(last_day)}"
            if start:
                self.heading(f"Register, continued: {label}", 40 * mm)
            else:
                self.para(label, self.body)
            self.story.append(
                self.table_flow(cols, rows, totals, widths, centre_from=1, marks=rows)
            )
            self.story.append(Spacer(1, 3 * mm))

    def events(self, table: Table) -> None:
        mm = self.mm
        self.heading("Event log", 40 * mm)
        rows = _fmt_rows(table, PDF_MAX_EVENTS)
        # date, time, name, mark, session, source, note (corrections: who and why, whole)
        pick_ev = (0, 1, 2, 5, 6, 7, 9)
        cols = [table.columns[i] for i in pick_ev]
        notes = [str(r[9] or "") for r, _ in zip(table.rows(), rows, strict=False)]
        rows = [[*(r[i] for i in pick_ev[:-1]), note] for r, note in zip(rows, notes, strict=True)]
        # date, time, mark, session, source (mm): "Check-out" and "Group photo" fit whole
        fixed_ev = [19, 10, 16, 26, 20]
        name_w = 34
        note_w = self.width / mm - sum(fixed_ev) - name_w
        widths = [
            fixed_ev[0] * mm,
            fixed_ev[1] * mm,
            name_w * mm,
            *[w * mm for w in fixed_ev[2:]],
            note_w * mm,
        ]
        if rows:
            self.story.append(
                self.table_flow(cols, rows, None, widths, font_size=7, wrapped=len(pick_ev) - 1)
            )
        else:
            self.para("No marks in this period.")
        if table.row_count > PDF_MAX_EVENTS:
            self.para(
                f"Showing the first {PDF_MAX_EVENTS:,} of {table.row_count:,} marks. "
                "The CSV and XLSX exports contain every mark.",
                self.small,
            )


def _escape(text: str) -> str:
    from xml.sax.saxutils import escape

    return escape(text)


def _fmt_rows(table: Table, limit: int | None = None) -> list[list[str]]:
    kinds = [c.kind for c in table.columns]
    out = []
    for i, row in enumerate(table.rows()):
        if limit is not None and i >= limit:
            break
        out.append([_pdf_value(v, k) for v, k in zip(row, kinds, strict=True)])
    return out


def _cell(text: str, size: float, bold: bool) -> Any:
    """A table cell: the string itself when the base font draws it as it is (reportlab's
    fast path), else a ``TextCell``."""
    if not text or pdf_text.simple(text):
        return text
    return TextCell(text, size, bold)


def TextCell(text: str, size: float, bold: bool) -> Any:
    return _flowables()[0](text, size, bold)


def TextBlock(text: str, style: Any) -> Any:
    return _flowables()[1](text, style)


@functools.cache
def _flowables() -> tuple[Any, Any, Any]:
    """The flowables that draw text through ``pdf_text`` (built on first use: reportlab
    is imported only when a PDF is written)."""
    from reportlab.platypus import Flowable

    class TextCell(Flowable):
        """One or more lines (``\n``) of any script in a table cell, placed like reportlab
        places a plain string (same leading, same baseline)."""

        def __init__(self, text: str, size: float, bold: bool) -> None:
            super().__init__()
            self.lines = text.split("\n")
            self.size, self.bold = size, bold
            self.leading = size * 1.2

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = max(pdf_text.width(line, self.size, self.bold) for line in self.lines)
            self.height = self.leading * len(self.lines)
            return self.width, self.height

        def draw(self) -> None:
            y = self.height - self.size
            for line in self.lines:
                pdf_text.draw(self.canv, 0, y, line, self.size, self.bold)
                y -= self.leading

    class TextBlock(Flowable):
        """A paragraph of any script in a ``ParagraphStyle``'s font size, leading, colour and
        spacing, wrapped at spaces (or between CJK characters) to the frame's width."""

        def __init__(self, text: str, style: Any) -> None:
            super().__init__()
            self.text, self.style = text, style
            self.bold = style.fontName == pdf_text.BOLD
            self.lines: list[str] = []

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.lines = pdf_text.wrap(self.text, avail_width, self.style.fontSize, self.bold)
            self.width = avail_width
            self.height = self.style.leading * len(self.lines)
            return self.width, self.height

        def draw(self) -> None:
            self.canv.setFillColor(self.style.textColor)
            y = self.height - self.style.fontSize
            for line in self.lines:
                pdf_text.draw(self.canv, 0, y, line, self.style.fontSize, self.bold)
                y -= self.style.leading

    class LabelledChart(Flowable):
        """A chart drawing with its category labels drawn by ``pdf_text`` (labels in
        scripts the chart's own strings cannot shape)."""

        def __init__(self, drawing: Any, labels: list[tuple[float, float, str, float]]) -> None:
            super().__init__()
            self.drawing, self.labels = drawing, labels

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width, self.height = self.drawing.width, self.drawing.height
            return self.width, self.height

        def draw(self) -> None:
            self.drawing.drawOn(self.canv, 0, 0)
            for x, y, text, size in self.labels:
                pdf_text.draw(self.canv, x, y, text, size, anchor="middle")

    return TextCell, TextBlock, LabelledChart


def _chart(data: ReportData, width: float, font: str) -> Any:
    """Stacked bars per day: on time, late, absent."""
    from reportlab.graphics.charts.barcharts import VerticalBarChart
    from reportlab.graphics.charts.legends import Legend
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    counts = day_counts(data)
    days = [c.day for c in counts]
    height = 165.0
    d = Drawing(width, height)
    if not days:
        d.add(String(0, height / 2, "No attendance in this period.", fontName=font, fontSize=9))
        return d
    on_time = [c.on_time for c in counts]
    late = [c.late for c in counts]
    absent = [c.absent for c in counts]
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 32
    chart.width, chart.height = width - 40, height - 52
    if len(days) < 5:  # a bar as wide as the page says nothing more: keep them narrow
        chart.width = min(chart.width, 90.0 * len(days) + 30)
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
            names.append(formats.current().day_month(x))
        else:
            names.append(formats.current().weekday_day(x))
    labels: list[tuple[float, float, str, float]] = []
    if not all(pdf_text.simple(n) for n in names):  # e.g. weekdays in Chinese or Arabic
        step_x = chart.width / len(names)
        top = chart.y - (2 if every == 1 else 0) - 5 - 6.5
        for i, n in enumerate(names):
            for k, part in enumerate(n.split("\n")):
                labels.append((chart.x + step_x * (i + 0.5), top - 7.8 * k, part, 6.5))
        names = [""] * len(names)
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
    return _flowables()[2](d, labels) if labels else d


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

        def __init__(self, *args: Any, footer: tuple[str, ...], font: str, **kwargs: Any) -> None:
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
            self.setFillGray(0.4)
            x = 15 * mm
            for piece in self._footer:
                x += pdf_text.draw(self, x, 9 * mm, piece, 7.5)
            self.setFont(self._font, 7.5)
            self.drawRightString(A4[0] - 15 * mm, 9 * mm, f"Page {self._pageNumber} of {total}")
            self.restoreState()

    return NumberedCanvas


class _LazyCanvas:
    cls: Any = None


def _NumberedCanvas(*args: Any, **kwargs: Any) -> Any:
    if _LazyCanvas.cls is None:
        _LazyCanvas.cls = _numbered_canvas_class()
    return _LazyCanvas.cls(*args, **kwargs)
