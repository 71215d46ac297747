"""Attendance reports: per-person summary, register and event log, as CSV, XLSX or PDF.

One data model (``model.build_report`` -> ``ReportData`` with three ``Table``s over one
``rules.analyse``), and one writer per format (``csv``, ``xlsx``, ``pdf``); ``files``
names the output files and writes each atomically. Every view says the same thing because
every view is computed from the same ``ReportData``.
"""

from desktop_app.attendance.reports.csv import write_csv
from desktop_app.attendance.reports.files import export, output_paths
from desktop_app.attendance.reports.formats import Formats, formats_for
from desktop_app.attendance.reports.model import (
    FORMATS,
    KIND_LABELS,
    SOURCE_LABELS,
    VIEWS,
    Column,
    DayCount,
    EventRow,
    KeyFigures,
    ReportData,
    ReportError,
    Table,
    build_report,
    day_counts,
    key_figures,
    natural_key,
    parse_date,
    register_days,
    session_lines,
    zone_name,
)
from desktop_app.attendance.reports.pdf import (
    PDF_MAX_EVENTS,
    PDF_MAX_REGISTER_CELLS,
    PDF_REGISTER_DAYS_PER_TABLE,
    write_pdf,
)
from desktop_app.attendance.reports.xlsx import write_xlsx

__all__ = [
    "FORMATS",
    "KIND_LABELS",
    "PDF_MAX_EVENTS",
    "PDF_MAX_REGISTER_CELLS",
    "PDF_REGISTER_DAYS_PER_TABLE",
    "SOURCE_LABELS",
    "VIEWS",
    "Column",
    "DayCount",
    "EventRow",
    "Formats",
    "KeyFigures",
    "ReportData",
    "ReportError",
    "Table",
    "build_report",
    "day_counts",
    "export",
    "formats_for",
    "key_figures",
    "natural_key",
    "output_paths",
    "parse_date",
    "register_days",
    "session_lines",
    "write_csv",
    "write_pdf",
    "write_xlsx",
    "zone_name",
]
