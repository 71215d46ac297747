"""PDF (reportlab): A4 portrait, title block with period, group, zone and key figures, a
chart of attendance per day, the summary table, the register, the event log, page numbers.

**Why reportlab and not Qt's PDF writer**: the core must run headless and must not import
Qt (the import-linter contract bans it outside ``ui/``); reportlab is pure Python, embeds
TrueType fonts (so names with accents or Cyrillic print), and its platypus tables repeat
their header on every page. **Big reports are summarised**: print is for people, so the
event log stops after ``PDF_MAX_EVENTS`` rows and the register after
``PDF_MAX_REGISTER_CELLS`` cells, each with a line saying how much was left out and that
the CSV/XLSX hold everything.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desktop_app.attendance import rules
from desktop_app.attendance.reports import formats
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

_FONTS: tuple[str, str] | None = None


def font_files() -> tuple[Path, Path]:
    """The regular and bold TrueType files the PDF embeds: DejaVu Sans, shipped in
    ``resources/fonts`` (Latin, Greek, Cyrillic and more; Bitstream Vera/DejaVu licence in
    ``LICENSE-DejaVu.txt``), so a report looks the same on Windows, macOS and Linux whatever
    fonts the system has."""
    from desktop_app.paths import resource_path

    return resource_path("fonts", "DejaVuSans.ttf"), resource_path("fonts", "DejaVuSans-Bold.ttf")


def _pdf_fonts() -> tuple[str, str]:
    """Register the shipped fonts once; reportlab's bundled Vera (Latin only) if they are
    missing from a broken install, with a warning."""
    global _FONTS
    if _FONTS is not None:
        return _FONTS
    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    vera = Path(reportlab.__file__).parent / "fonts"
    for regular, bold in (font_files(), (vera / "Vera.ttf", vera / "VeraBd.ttf")):
        try:
            pdfmetrics.registerFont(TTFont("ReportSans", str(regular)))
            pdfmetrics.registerFont(TTFont("ReportSans-Bold", str(bold)))
            _FONTS = ("ReportSans", "ReportSans-Bold")
            return _FONTS
        except Exception as exc:  # missing or broken: names outside Latin will not print
            log.warning("cannot use the font %s (%s); reinstall the app", regular, exc)
    _FONTS = ("Helvetica", "Helvetica-Bold")
    return _FONTS


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


def write_pdf(data: ReportData, path: Path, views: Sequence[str] = VIEWS) -> None:
    with formats.use(data.formats):
        _write_pdf(data, path, views)


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
    footer_text = f"{data.title} · {data.period} · generated {generated}"

    def make_canvas(*args: Any, **kwargs: Any) -> Any:
        return _NumberedCanvas(*args, footer=footer_text, font=pdf.regular, **kwargs)

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
    doc.build(pdf.story, canvasmaker=make_canvas)


class _Pdf:
    """The story of one report PDF: styles, and one method per part."""

    def __init__(self) -> None:
        from reportlab.lib import colors
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.lib.units import mm

        self.regular, self.bold = _pdf_fonts()
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
        from xml.sax.saxutils import escape

        from reportlab.platypus import Paragraph

        self.story.append(Paragraph(escape(text), style or self.body))

    def heading(self, text: str, room: float) -> None:
        """A section heading that never sits alone at the foot of a page: it starts a new
        page unless ``room`` (its first rows) still fits below it."""
        from reportlab.platypus import CondPageBreak

        self.story.append(CondPageBreak(room))
        self.para(text, self.h2)

    def title_block(self, data: ReportData) -> None:
        from reportlab.lib import colors
        from reportlab.platypus import LongTable, Paragraph, TableStyle

        mm = self.mm
        self.para(data.title, self.h1)
        k = key_figures(data)
        facts = [
            ("Period", data.period),
            ("Group", data.group or "All groups"),
            ("People", f"{k.people}"),
            ("Sessions", "; ".join(session_lines(data)) or "none: days on which anybody attended"),
            ("Marks", data.formats.number(k.marks)),
            ("Attendance", k.rate_text if k.expected_days else "–"),
            ("Late arrivals", f"{k.late_days}"),
            ("Not counted", f"{k.not_counted} marks outside sessions" if k.not_counted else ""),
            ("Times", f"local time, {data.zone_name}"),
            (
                "Generated",
                f"{data.formats.date(data.generated_at)} {data.formats.time(data.generated_at)}",
            ),
        ]
        if len(data.sessions) > 6:  # a term of lessons: name them, not every date
            names = sorted({s.name for s in data.sessions})
            facts[3] = ("Sessions", f"{len(data.sessions)}: " + ", ".join(names))
        cells = [[k_, Paragraph(_escape(v), self.body)] for k_, v in facts if v]
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
    ) -> Any:
        from reportlab.lib import colors
        from reportlab.platypus import LongTable, TableStyle

        regular, bold = self.regular, self.bold
        header_bg = colors.HexColor("#DDE4EE")
        grid = colors.HexColor("#B8C2CF")
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
            (12, "Not counted", 18),
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
        self.para(table.note or "", self.small)

    def events(self, table: Table) -> None:
        mm = self.mm
        self.heading("Event log", 40 * mm)
        rows = _fmt_rows(table, PDF_MAX_EVENTS)
        # date, time, name, mark, session, source, note (corrections: who and why)
        pick_ev = (0, 1, 2, 5, 6, 7, 9)
        cols = [table.columns[i] for i in pick_ev]
        rows = [[r[i] for i in pick_ev] for r in rows]
        fixed_ev = [19, 10, 14, 26, 17]  # date, time, mark, session, source (mm)
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
            self.story.append(self.table_flow(cols, rows, None, widths, font_size=7))
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
