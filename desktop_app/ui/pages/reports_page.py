"""Reports: pick a period (Today, This week, This month, a range), a group or a session;
preview the chart and the key figures; export CSV, XLSX or PDF, then open the file.

The preview is computed by the same ``reports.build_report`` as the exported files, so the
chart, the figures under it and every export say the same thing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import math
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDate, QMargins, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import i18n
from desktop_app.attendance import reports, rules
from desktop_app.i18n import QT_TRANSLATE_NOOP
from desktop_app.storage.repositories import Memberships, Sessions
from desktop_app.ui import ops
from desktop_app.ui.admin_gate import ensure_admin
from desktop_app.ui.common import (
    chart_theme,
    date_edit_format,
    documents_folder,
    file_name_problem,
    local_today,
    ui_direction_line,
)
from desktop_app.ui.dialogs.session_dialog import flag_overlap
from desktop_app.ui.live_view import qdate
from desktop_app.ui.resources import icon

# The page's texts, in the installed language (lupdate reads the literal context below);
# table entries are marked where defined and translated where shown (``_t``).
translate = QCoreApplication.translate
FORMATS = [
    ("CSV", "csv"),
    (QT_TRANSLATE_NOOP("ReportsPage", "Excel (XLSX)"), "xlsx"),
    ("PDF", "pdf"),
]
PRESETS = [
    (QT_TRANSLATE_NOOP("ReportsPage", "Today"), "today"),
    (QT_TRANSLATE_NOOP("ReportsPage", "This week"), "week"),
    (QT_TRANSLATE_NOOP("ReportsPage", "This month"), "month"),
    (QT_TRANSLATE_NOOP("ReportsPage", "Last 14 days"), "14d"),
    (QT_TRANSLATE_NOOP("ReportsPage", "Custom dates"), "custom"),
]
# the chart's series: the key names them in tests, the label is shown translated
SERIES = {
    "on time": QT_TRANSLATE_NOOP("ReportsPage", "on time"),
    "late": QT_TRANSLATE_NOOP("ReportsPage", "late"),
    "absent": QT_TRANSLATE_NOOP("ReportsPage", "absent"),
}
COLORS = {
    "on time": QColor(58, 125, 68),
    "late": QColor(224, 168, 0),
    "absent": QColor(192, 57, 43),
}
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "ReportsPage",
    "<h3>No attendance in this period yet</h3>"
    "<p>Marks appear here once people are recognised on the <b>Live</b> page (start a "
    "session there for a class or a shift), marked from a group photo (<b>File › Open "
    "photo</b>), or added by hand on the <b>Attendance</b> page.</p>"
    "<p>Or pick another period above.</p>",
)


def _t(text: str) -> str:
    """A string marked above (context "ReportsPage"), translated."""
    return translate("ReportsPage", text)


def preset_range(key: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The local days a preset covers (weeks start on Monday); None for custom dates."""
    if key == "today":
        return today, today
    if key == "week":
        return today - dt.timedelta(days=today.weekday()), today
    if key == "month":
        return today.replace(day=1), today
    if key == "14d":
        return today - dt.timedelta(days=13), today
    return None


def figures_text(data: reports.ReportData) -> str:
    """The line under the chart: the same key figures as the PDF title and XLSX About, in
    the same formats as the exports (``data.formats``: the GUI's locale)."""
    k = reports.key_figures(data)
    f = data.formats
    n = f.number
    parts = [f"<b>{html.escape(data.period, quote=False)}</b>"]
    if k.expected_days:
        rate = k.present_days / k.expected_days
        parts.append(
            translate(
                "ReportsPage",
                "{present} of {expected} expected attendances ({rate}), {late} late, "
                "{absent} absent",
            ).format(
                present=n(k.present_days),
                expected=n(k.expected_days),
                rate=f"{rate * 100:.1f}%" if f.locale is None else f.percent(rate),
                late=n(k.late_days),
                absent=n(k.absent_days),
            )
        )
    parts.append(
        translate("ReportsPage", "People: {people}, marks: {marks}").format(
            people=n(k.people), marks=n(k.marks)
        )
    )
    if k.not_counted:
        parts.append(
            translate("ReportsPage", "Marks outside the sessions (not counted): {count}").format(
                count=n(k.not_counted)
            )
        )
    text = " · ".join(parts)
    # each line isolated in the UI's direction (RLI/LRI ... PDI), so that a Latin session
    # name and the times of one session never swap places with the next one's in Arabic
    lines = [
        ui_direction_line(html.escape(x, quote=False))
        for x in reports.session_lines(data, _t(SESSION_OPEN))
    ]
    if lines:
        shown = "; ".join(lines[:4])
        if len(lines) > 4:
            more = translate("ReportsPage", "{sessions}; and {count} more")
            shown = more.format(sessions=shown, count=n(len(lines) - 4))
        text += "<br>" + translate("ReportsPage", "Sessions: {sessions}").format(sessions=shown)
    elif data.people:
        text += "<br>" + translate(
            "ReportsPage", "No sessions in this period: each day counts who came that day."
        )
    return text


# a session that has no end yet, in the list of sessions
SESSION_OPEN = QT_TRANSLATE_NOOP("ReportsPage", "open")


class ReportsPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preset = QComboBox()
        for text, key in PRESETS:
            self.preset.addItem(_t(text), key)
        self.preset.setToolTip(translate("ReportsPage", "Which days the report covers"))
        day = local_today()  # the attendance zone's day, which the report counts
        today = QDate(day.year, day.month, day.day)
        self.date_from = QDateEdit(today.addDays(-13))
        self.date_to = QDateEdit(today)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat(date_edit_format())
        self.group = QComboBox()
        self.group.addItem(translate("ReportsPage", "All groups"), None)
        self.session = QComboBox()
        self.session.addItem(translate("ReportsPage", "All sessions"), None)
        self.session.setMinimumWidth(190)
        self.session.setToolTip(
            translate("ReportsPage", "Only this session (a lesson, a shift) in the chosen period")
        )
        self.format = QComboBox()
        for text, ext in FORMATS:
            self.format.addItem(_t(text) if ext == "xlsx" else text, ext)
        self.separate_csv = QCheckBox(translate("ReportsPage", "One file per table"))
        self.separate_csv.setToolTip(
            translate(
                "ReportsPage",
                "CSV only: write the summary, the register and the event log as three files "
                "(for scripts) instead of one file with all three",
            )
        )
        self.export_button = QPushButton(icon("export"), translate("ReportsPage", "Export..."))
        self.export_button.setObjectName("exportButton")
        self.export_button.setMinimumHeight(32)
        self.export_button.setToolTip(
            translate("ReportsPage", "Write the report for this period, group and session")
        )
        self.export_button.clicked.connect(lambda: self.export())
        self.open_file = QPushButton(translate("ReportsPage", "Open file"))
        self.open_folder = QPushButton(translate("ReportsPage", "Open folder"))
        self.open_file.clicked.connect(lambda: self._open(self.last_export[0]))
        self.open_folder.clicked.connect(lambda: self._open(self.last_export[0].parent))
        self.export_note = QLabel()
        self.export_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(250)
        self._reload.timeout.connect(self.refresh_if_shown)
        self.preset.currentIndexChanged.connect(self._apply_preset)
        for sig in (
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.group.currentIndexChanged,
            self.session.currentIndexChanged,
        ):
            sig.connect(lambda *_: self._reload.start())
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(self._dates_edited)
        self.format.currentIndexChanged.connect(self._format_changed)

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.preset)
        row.addWidget(QLabel(translate("ReportsPage", "From")))
        row.addWidget(self.date_from)
        row.addWidget(QLabel(translate("ReportsPage", "to")))
        row.addWidget(self.date_to)
        row.addSpacing(8)
        row.addWidget(self.group)
        row.addWidget(self.session)
        row.addStretch(1)
        out = QHBoxLayout()
        out.setSpacing(8)
        out.addWidget(QLabel(translate("ReportsPage", "Format")))
        out.addWidget(self.format)
        out.addWidget(self.separate_csv)
        out.addWidget(self.export_button)
        out.addSpacing(12)
        out.addWidget(self.export_note, 1)
        out.addWidget(self.open_file)
        out.addWidget(self.open_folder)

        self.chart = QChart()
        self.chart.setTitle(translate("ReportsPage", "Attendance per day"))
        self.chart.legend().setVisible(True)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.setMargins(QMargins(8, 8, 8, 8))
        self.chart.setBackgroundRoundness(6)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(260)
        self.empty = QLabel(_t(EMPTY_TEXT))
        self.empty.setObjectName("emptyReports")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(40)
        self.body = QStackedWidget()
        self.body.addWidget(self.chart_view)
        self.body.addWidget(self.empty)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.last_export: list[Path] = []
        self.data: reports.ReportData | None = None
        self._loads = 0  # refreshes asked for; only the latest one's result is shown
        self.counts: list[reports.DayCount] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(row)
        layout.addLayout(out)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.summary)
        ops.get_hub().changed.connect(self._on_data_changed)
        self.preset.setCurrentIndex(self.preset.findData("14d"))
        self._format_changed()
        self._show_export_buttons(False)

    # ---- period ----------------------------------------------------------------------------
    def follow_today(self) -> None:
        """The display zone changed: a preset ("Last 14 days") ends on its today."""
        self._apply_preset()

    def _apply_preset(self) -> None:
        span = preset_range(self.preset.currentData(), local_today())
        if span is None:
            return
        for edit, day in zip((self.date_from, self.date_to), span, strict=True):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)
        self._reload.start()

    def _dates_edited(self) -> None:
        span = preset_range(self.preset.currentData(), local_today())
        if span is not None and span != self._range():
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(self.preset.findData("custom"))
            self.preset.blockSignals(False)

    def _range(self) -> tuple[dt.date, dt.date]:
        a, b = qdate(self.date_from.date()), qdate(self.date_to.date())
        return (a, b) if a <= b else (b, a)

    def _format_changed(self) -> None:
        self.separate_csv.setVisible(self.format.currentData() == "csv")

    def _on_data_changed(self, what: str) -> None:
        if what in ("events", "people", "sessions"):
            self._reload.start()

    def on_shown(self) -> None:
        self._reload.stop()  # one load when the page opens, not a second one from the timer
        self.refresh()

    def refresh_if_shown(self) -> None:
        """Changes while the page is hidden wait for on_shown (a year's report takes a while)."""
        if self.isVisible():
            self.refresh()

    # ---- preview ---------------------------------------------------------------------------
    def refresh(self) -> None:
        start, end = self._range()
        if (end - start).days > 366:
            start = end - dt.timedelta(days=366)
        group = self.group.currentData()
        chosen = self.session.currentData()
        ctx = self.ctx

        def load() -> tuple[reports.ReportData | None, list[str], list[Any], str | None]:
            tz = rules.resolve_zone(ctx.settings.attendance.timezone)
            t0, t1 = rules.range_bounds(start, end, tz)

            def lists(s: Any) -> tuple[list[str], list[Any]]:
                return Memberships(s).groups(), Sessions(s).list(start=t0, end=t1)

            groups, sessions = ctx.db.run(lists)
            sessions = [x for x in sessions if t0 <= x.starts_at < t1]
            if group is not None:
                sessions = [x for x in sessions if rules.session_applies(x, group)]
            wanted = chosen
            if wanted is not None and wanted not in {str(x.id) for x in sessions}:
                wanted = None  # that session is not in the new period
            try:
                data = build(ctx, start, end, group, wanted)
            except reports.ReportError:
                data = None
            return data, groups, sessions, wanted

        # Loads run on a pool of two threads and may finish out of order: a slow load of the
        # period shown before must not replace the one the user has just chosen.
        self._loads += 1
        asked = self._loads

        def show(loaded: Any) -> None:
            if asked == self._loads:
                self._show(loaded)

        ops.run_op(load, success=show, parent=self)

    def _show(
        self, loaded: tuple[reports.ReportData | None, list[str], list[Any], str | None]
    ) -> None:
        data, groups, sessions, wanted = loaded
        tz = data.tz if data is not None else dt.UTC
        f = data.formats if data is not None else i18n.formats()
        self._fill(
            self.group,
            translate("ReportsPage", "All groups"),
            [(g, g) for g in groups],
            self.group.currentData(),
        )

        def when(x: Any) -> str:
            return f.weekday_datetime(x.starts_at.astimezone(tz))

        overlaps = rules.overlapping(sessions)  # old twins of one class: flagged
        self._fill(
            self.session,
            translate("ReportsPage", "All sessions"),
            [
                (flag_overlap(f"{x.name} · {when(x)}", overlaps.get(x.id, [])), str(x.id))
                for x in sessions
            ],
            wanted,
        )
        self.data = data
        self.counts = reports.day_counts(data) if data is not None else []
        if data is None or not self.counts:
            self.body.setCurrentWidget(self.empty)
            self.summary.setText(figures_text(data) if data is not None and data.people else "")
            return
        self.body.setCurrentWidget(self.chart_view)
        self._draw(self.counts, data.formats)
        self.summary.setText(figures_text(data))

    @staticmethod
    def _fill(combo: QComboBox, all_text: str, items: list[tuple[str, Any]], current: Any) -> None:
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _draw(self, counts: list[reports.DayCount], f: reports.Formats) -> None:
        self.chart.setTheme(chart_theme())
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        # right-to-left languages read the days from the right (a bar axis cannot be
        # reversed, so the days are drawn in reverse order), the counts on the right side
        rtl = self.isRightToLeft()
        if rtl:
            counts = counts[::-1]
        series = QStackedBarSeries()
        for key, values in (
            ("on time", [c.on_time for c in counts]),
            ("late", [c.late for c in counts]),
            ("absent", [c.absent for c in counts]),
        ):
            bars = QBarSet(_t(SERIES[key]))
            bars.setObjectName(key)
            bars.setColor(COLORS[key])
            bars.append([float(v) for v in values])
            series.append(bars)
        series.setBarWidth(0.7 if len(counts) >= 5 else 0.1 + 0.12 * len(counts))
        self.chart.addSeries(series)
        many = len(counts) > 16
        ax = QBarCategoryAxis()
        # the day of the month, with the weekday when there is room (the locale's words)
        ax.append([f"{c.day:%d}" if many else f.weekday_day(c.day) for c in counts])
        ay = QValueAxis()
        top = max([c.on_time + c.late + c.absent for c in counts] + [1])
        step = max(1, math.ceil(top / 5))
        ay.setRange(0, step * math.ceil(top / step))
        ay.setLabelFormat("%d")
        ay.setTickType(QValueAxis.TickType.TicksDynamic)
        ay.setTickAnchor(0)
        ay.setTickInterval(step)
        self.chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(ay, Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(ax)
        series.attachAxis(ay)

    def chart_values(self) -> dict[str, list[float]]:
        """What the bars show, by series ("on time", "late", "absent"; tests)."""
        out: dict[str, list[float]] = {}
        for series in self.chart.series():
            for bars in series.barSets():  # type: ignore[attr-defined]
                out[bars.objectName()] = [bars.at(i) for i in range(bars.count())]
        return out

    def chart_labels(self) -> tuple[list[str], list[str]]:
        """The series' names and the day labels as shown (tests)."""
        names = [b.label() for s in self.chart.series() for b in s.barSets()]  # type: ignore[attr-defined]
        days = [a.categories() for a in self.chart.axes() if isinstance(a, QBarCategoryAxis)]
        return names, days[0] if days else []

    # ---- export ----------------------------------------------------------------------------
    def export(self, path: Path | None = None) -> None:
        if not ensure_admin(self.ctx, self, translate("ReportsPage", "Exporting a report")):
            return
        ext = self.format.currentData()
        start, end = self._range()
        if path is not None and path.suffix.lower().lstrip(".") in reports.FORMATS:
            ext = path.suffix.lower().lstrip(".")  # a name ending in .pdf asks for a PDF
        if path is None:
            default = str(documents_folder() / f"attendance_{start:%Y%m%d}_{end:%Y%m%d}.{ext}")
            name, _ = QFileDialog.getSaveFileName(
                self,
                translate("ReportsPage", "Export report"),
                default,
                f"{self.format.currentText()} (*.{ext})",
            )
            if not name:
                return
            path = Path(name)
        if not path.suffix:
            path = path.with_suffix(f".{ext}")
        problem = file_name_problem(path)
        if problem:  # said before the report is built: nothing is written
            ops.show_error(self, problem, translate("ReportsPage", "Export report"))
            return
        one_file = not self.separate_csv.isChecked()
        group, session, ctx = self.group.currentData(), self.session.currentData(), self.ctx

        def run() -> list[Path]:
            data = build(ctx, start, end, group, session)
            return reports.export(data, ext, path, one_file=one_file)  # a list, with .warnings

        def done(paths: list[Path]) -> None:
            self.last_export = paths
            names = ", ".join(p.name for p in paths)
            self.export_note.setText(
                translate("ReportsPage", "Saved {files} in {folder}").format(
                    files=names, folder=paths[0].parent
                )
            )
            self.export_note.setToolTip("\n".join(str(p) for p in paths))
            words = [w.word for w in getattr(paths, "warnings", []) if hasattr(w, "word")]
            if words:  # a name with characters no font has: printed as codes, say so
                missing = translate(
                    "ReportsPage",
                    "Some characters of {names} have no font: the PDF shows their codes ([U+…]).",
                ).format(names=", ".join(words))
                self.export_note.setText(f"{self.export_note.text()}\n{missing}")
            self._show_export_buttons(True)

        self._show_export_buttons(False)
        ops.run_op(
            run,
            success=done,
            parent=self,
            progress=translate("ReportsPage", "Exporting the report..."),
            title=translate("ReportsPage", "Export report"),
        )

    def _show_export_buttons(self, shown: bool) -> None:
        self.open_file.setVisible(shown and len(self.last_export) == 1)
        self.open_folder.setVisible(shown)
        if not shown:
            self.export_note.setText("")

    def _open(self, path: Path) -> None:
        self.opened = path  # what the last "Open" asked the desktop to show (tests)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def build(
    ctx: Any, start: dt.date, end: dt.date, group: str | None, session: str | None
) -> reports.ReportData:
    """The report for the page and its exports, with the device's zone and grace window."""
    tz = rules.resolve_zone(ctx.settings.attendance.timezone)
    grace = dt.timedelta(minutes=ctx.settings.attendance.grace_minutes)
    data = reports.build_report(ctx.db, tz, start, end, group=group, session=session, grace=grace)
    return dataclasses.replace(data, formats=i18n.formats())
