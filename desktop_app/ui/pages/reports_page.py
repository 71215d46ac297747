"""Reports: pick a range, group and format; preview people present per day; export."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, QMargins, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.storage.repositories import Events, People
from desktop_app.ui import ops
from desktop_app.ui.admin_gate import ensure_admin
from desktop_app.ui.common import chart_theme
from desktop_app.ui.live_view import qdate
from desktop_app.ui.resources import icon

FORMATS = [("CSV", "csv"), ("Excel (XLSX)", "xlsx"), ("PDF", "pdf")]


@dataclass(frozen=True)
class DayCounts:
    days: list[dt.date]
    present: list[int]  # distinct people with a valid mark that local day
    groups: list[str]
    enrolled: int


def per_day(ctx: Any, start: dt.date, end: dt.date, group: str | None) -> DayCounts:
    tz = dt.datetime.now().astimezone().tzinfo
    t0 = dt.datetime.combine(start, dt.time(), tz).astimezone(dt.UTC)
    t1 = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), tz).astimezone(dt.UTC)

    def query(s: Any) -> DayCounts:
        events = Events(s).query(start=t0, end=t1, group_name=group)
        seen: dict[dt.date, set[int]] = {}
        for e in events:
            seen.setdefault(e.at_utc.astimezone(tz).date(), set()).add(e.person_id)
        days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
        enrolled = len(People(s).list(group_name=group, active=True))
        return DayCounts(days, [len(seen.get(d, ())) for d in days], People(s).groups(), enrolled)

    return ctx.db.run(query)


class ReportsPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-13))
        self.date_to = QDateEdit(today)
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.group = QComboBox()
        self.group.addItem("All groups", None)
        self.format = QComboBox()
        for text, ext in FORMATS:
            self.format.addItem(text, ext)
        self.export_button = QPushButton(icon("export"), "Export...")
        self.export_button.setObjectName("exportButton")
        self.export_button.setMinimumHeight(32)
        self.export_button.clicked.connect(self.export)

        self._reload = QTimer(self)
        self._reload.setSingleShot(True)
        self._reload.setInterval(250)
        self._reload.timeout.connect(self.refresh)
        for sig in (
            self.date_from.dateChanged,
            self.date_to.dateChanged,
            self.group.currentIndexChanged,
        ):
            sig.connect(lambda *_: self._reload.start())

        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(QLabel("From"))
        row.addWidget(self.date_from)
        row.addWidget(QLabel("to"))
        row.addWidget(self.date_to)
        row.addSpacing(8)
        row.addWidget(self.group)
        row.addSpacing(8)
        row.addWidget(QLabel("Format"))
        row.addWidget(self.format)
        row.addStretch(1)
        row.addWidget(self.export_button)

        self.chart = QChart()
        self.chart.setTitle("People present per day")
        self.chart.legend().setVisible(False)
        self.chart.setMargins(QMargins(8, 8, 8, 8))
        self.chart.setBackgroundRoundness(6)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(280)
        self.summary = QLabel()
        self.last_export: list[Path] = []
        self.counts: DayCounts | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.setSpacing(10)
        layout.addLayout(row)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(self.summary)
        ops.get_hub().changed.connect(self._on_data_changed)
        self.export_button.setToolTip("Write the report for this range and group")

    def _on_data_changed(self, what: str) -> None:
        if what in ("events", "people"):
            self._reload.start()

    def on_shown(self) -> None:
        self.refresh()

    def _range(self) -> tuple[dt.date, dt.date]:
        a, b = qdate(self.date_from.date()), qdate(self.date_to.date())
        return (a, b) if a <= b else (b, a)

    def refresh(self) -> None:
        start, end = self._range()
        if (end - start).days > 366:
            start = end - dt.timedelta(days=366)
        group = self.group.currentData()
        ops.run_op(
            lambda: per_day(self.ctx, start, end, group), success=self.show_counts, parent=self
        )

    def show_counts(self, counts: DayCounts) -> None:
        self.counts = counts
        current = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem("All groups", None)
        for g in counts.groups:
            self.group.addItem(g, g)
        self.group.setCurrentIndex(max(0, self.group.findData(current)))
        self.group.blockSignals(False)

        self.chart.setTheme(chart_theme())
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        bars = QBarSet("present")
        bars.setColor(QColor(46, 107, 216))
        bars.append([float(v) for v in counts.present])
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.7)
        self.chart.addSeries(series)
        many = len(counts.days) > 16
        labels = [d.strftime("%d" if many else "%a %d") for d in counts.days]
        ax = QBarCategoryAxis()
        ax.append(labels)
        ay = QValueAxis()
        top = max([*counts.present, counts.enrolled, 1])
        step = max(1, math.ceil(top / 5))
        ay.setRange(0, step * math.ceil(top / step))
        ay.setLabelFormat("%d")
        ay.setTickType(QValueAxis.TickType.TicksDynamic)
        ay.setTickAnchor(0)
        ay.setTickInterval(step)
        self.chart.addAxis(ax, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(ay, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(ax)
        series.attachAxis(ay)
        total = sum(counts.present)
        days_with = sum(1 for v in counts.present if v)
        self.summary.setText(
            f"{counts.days[0]:%Y-%m-%d} to {counts.days[-1]:%Y-%m-%d}: {total} person-days "
            f"on {days_with} days; {counts.enrolled} active people enrolled"
            + (f" in {self.group.currentText()}" if self.group.currentData() else "")
        )

    # ---- export --------------------------------------------------------------------------
    def export(self, path: Path | None = None) -> None:
        if not ensure_admin(self.ctx, self, "Exporting a report"):
            return
        ext = self.format.currentData()
        start, end = self._range()
        if path is None:
            default = f"attendance_{start:%Y%m%d}_{end:%Y%m%d}.{ext}"
            name, _ = QFileDialog.getSaveFileName(
                self, "Export report", default, f"{self.format.currentText()} (*.{ext})"
            )
            if not name:
                return
            path = Path(name)
        if not path.suffix:
            path = path.with_suffix(f".{ext}")
        group = self.group.currentData()
        ctx = self.ctx

        def run() -> list[Path]:
            from desktop_app.attendance import reports, rules

            tz = rules.resolve_zone(ctx.settings.attendance.timezone)
            data = reports.build_report(ctx.db, tz, start, end, group=group)
            return list(reports.export(data, ext, path))

        def done(paths: list[Path]) -> None:
            self.last_export = paths
            self.summary.setText("Exported: " + ", ".join(str(p) for p in paths))

        ops.run_op(
            run,
            success=done,
            parent=self,
            progress="Exporting the report...",
            title="Export report",
        )
