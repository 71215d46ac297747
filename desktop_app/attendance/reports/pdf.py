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
from desktop_app.attendance.reports.model import VIEWS, Column, ReportData, Table, register_days

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
