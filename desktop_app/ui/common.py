"""Small helpers that pages and dialogs share: who the operator is, the chart theme, the zone
times are shown and edited in, dates and times in the GUI's locale, how sure a recognition
was in words, and the type of the status-message callback a window hands to what it opens.

A leaf module (it imports no other ``ui`` module), so anything in ``ui/`` may use it without
creating an import cycle.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QLocale, QStandardPaths, Qt, QTime, QTimeZone
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QDateTimeEdit

from desktop_app import i18n
from desktop_app.attendance import rules
from desktop_app.i18n import translate
from desktop_app.portable import operator_name
from desktop_app.recognition.defaults import default_threshold

__all__ = [
    "ShowStatus",
    "chart_theme",
    "current_threshold",
    "date_edit_format",
    "date_text",
    "datetime_edit",
    "datetime_edit_format",
    "datetime_text",
    "display_zone",
    "documents_folder",
    "from_qdatetime",
    "is_dark",
    "local",
    "local_today",
    "match_words",
    "number_text",
    "operator_name",
    "percent_text",
    "set_display_zone",
    "time_text",
    "to_qdatetime",
    "zone_unlike_computer",
]

# Shows a message for some milliseconds (the main window's status bar).
ShowStatus = Callable[[str, int], None]


def is_dark() -> bool:
    pal = QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def chart_theme() -> Any:
    """The QtCharts theme matching the palette (charts do not follow it on their own)."""
    from PySide6.QtCharts import QChart

    return QChart.ChartTheme.ChartThemeDark if is_dark() else QChart.ChartTheme.ChartThemeLight


def documents_folder() -> Path:
    """Where files the operator saves go unless they choose: the Documents folder (the home
    folder when there is none). Never the working directory, which for an app started from
    a menu or shortcut may be its install folder."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


# The zone every time in the GUI is shown and edited in: attendance.timezone, else the
# computer's; the zone reports and the command line use, so a table, an editor and the printed
# register give a mark the same time. Like the locale, it is the application's: the window and
# the kiosk set it from their settings when built, and the window again when Settings are saved.
_zone: dt.tzinfo | None = None


def set_display_zone(name: str | None) -> dt.tzinfo:
    """Show and edit times in the IANA zone ``name``, the computer's zone when None
    (rules.resolve_zone: an unknown name raises ConfigError and changes nothing)."""
    global _zone
    _zone = rules.resolve_zone(name)
    return _zone


def display_zone() -> dt.tzinfo:
    """The zone set by :func:`set_display_zone`; the computer's until one is set."""
    global _zone
    if _zone is None:
        _zone = rules.resolve_zone(None)
    return _zone


def local(at: dt.datetime) -> dt.datetime:
    """An aware time in the display zone: what every table, list and message shows."""
    return at.astimezone(display_zone())


def zone_unlike_computer() -> str | None:
    """The display zone's name when its clock differs from the computer's (now or in half a
    year), so a page can say which times it shows; None when they read the same."""
    zone, own = display_zone(), rules.resolve_zone(None)
    now = dt.datetime.now(dt.UTC)
    for at in (now, now + dt.timedelta(days=182)):
        if at.astimezone(zone).utcoffset() != at.astimezone(own).utcoffset():
            return getattr(zone, "key", None) or str(zone)
    return None


def local_today() -> dt.date:
    """Today in the display zone (the day the page filters and reports count)."""
    return local(dt.datetime.now(dt.UTC)).date()


def _qt_zone(at: dt.datetime) -> QTimeZone:
    """The display zone for Qt, for an editor showing ``at``: by its IANA name; a nameless
    zone read from the system's files as the system's; otherwise (a fixed offset, a name Qt
    lacks, as Windows' zone list may) as the UTC offset it has at ``at``."""
    zone = display_zone()
    key = getattr(zone, "key", None)
    if key:
        q = QTimeZone(key.encode())
        if q.isValid():
            return q
    elif not isinstance(zone, dt.timezone):
        return QTimeZone.systemTimeZone()
    offset = local(at).utcoffset() or dt.timedelta(0)
    return QTimeZone(int(offset.total_seconds()))


def to_qdatetime(at: dt.datetime) -> QDateTime:
    """``at`` (aware) as a QDateTime in the display zone: an editor shows its local time there."""
    return QDateTime.fromSecsSinceEpoch(int(at.timestamp()), _qt_zone(at))


def from_qdatetime(q: QDateTime) -> dt.datetime:
    """An edited QDateTime as an aware UTC time (whole seconds)."""
    return dt.datetime.fromtimestamp(q.toSecsSinceEpoch(), dt.UTC)


def datetime_edit(at: dt.datetime) -> QDateTimeEdit:
    """A date-and-time field showing ``at`` in the display zone, in the locale's format with a
    calendar; a time typed into it is read in that zone (09:05 is 09:05 there)."""
    edit = QDateTimeEdit()
    edit.setTimeZone(_qt_zone(at))  # else the editor moves the value into the computer's zone
    edit.setDateTime(to_qdatetime(at))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(datetime_edit_format())
    return edit


# Dates and times in tables, combos and messages follow the GUI's locale (QLocale's default,
# set by ui/i18n.py from the chosen language); with no locale installed (tests, Qt's "C"
# locale) they keep the plain ISO forms.


def _localised() -> bool:
    return i18n.format_locale() is not None


def date_text(day: dt.date) -> str:
    """ "02.03.26", "3/2/26", "2026/3/2"; ISO "2026-03-02" without a locale."""
    if not _localised():
        return day.isoformat()
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def time_text(when: dt.datetime | dt.time, seconds: bool = False) -> str:
    """ "17:05", "5:05 PM" (with ":07" seconds when asked); "17:05" without a locale. A time
    in the hour the clocks go back comes twice, so it is named by its zone's abbreviation:
    "02:30 CEST" and "02:00 CET" (a night shift 02:30-02:00 would read as ending before it
    starts)."""
    if not _localised():
        text = when.strftime("%H:%M:%S" if seconds else "%H:%M")
    else:
        locale = QLocale()
        fmt = locale.timeFormat(QLocale.FormatType.ShortFormat)
        if seconds and "s" not in fmt:
            fmt = fmt.replace("mm", "mm:ss", 1)
        text = locale.toString(QTime(when.hour, when.minute, when.second), fmt)
    repeated = isinstance(when, dt.datetime) and rules.repeated_hour(when)
    return f"{text} {when.tzname()}" if repeated else text


def datetime_text(when: dt.datetime, seconds: bool = False) -> str:
    """A local date and time ("02.03.26 17:05"); "2026-03-02 17:05" without a locale."""
    return f"{date_text(when.date())} {time_text(when, seconds)}"


def date_edit_format() -> str:
    """A QDateEdit's display format: the locale's short date with a four-digit year."""
    if not _localised():
        return "yyyy-MM-dd"
    fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy", 1)


def datetime_edit_format() -> str:
    """A QDateTimeEdit's display format: the locale's short date (four-digit year) and short
    time ("dd.MM.yyyy HH:mm", "M/d/yyyy h:mm AP"); "yyyy-MM-dd HH:mm" without a locale."""
    if not _localised():
        return "yyyy-MM-dd HH:mm"
    locale = QLocale()
    time = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if locale.textDirection() == Qt.LayoutDirection.RightToLeft:
        # The editor draws Arabic "9:42" as "42:9" unless the separator is marked right-to-left
        # (as Qt's own Arabic date format marks its slashes).
        time = time.replace(":", "\u200f:")
    return f"{date_edit_format()} {time}"


def number_text(value: float, decimals: int = 0) -> str:
    """ "1,000", "1.000", "١٬٠٠٠", "0,370" as the locale writes numbers; Python's "1,000"
    without a locale."""
    if not _localised():
        return f"{value:,.{decimals}f}"
    if decimals == 0:
        return QLocale().toString(round(value))
    return QLocale().toString(float(value), "f", decimals)


def percent_text(fraction: float) -> str:
    """ "45%", "٤٥٪" (a whole percentage); Python's "45%" without a locale."""
    if not _localised():
        return f"{fraction:.0%}"
    locale = QLocale()
    return f"{locale.toString(round(fraction * 100))}{locale.percent()}"


def ui_direction_line(text: str) -> str:
    """``text`` in the UI's direction: a mark (RLM/LRM) gives the paragraph that direction
    (so it is aligned to the UI's side) and an isolate (RLI/LRI ... PDI) keeps the line in
    it. In Arabic, a line that starts with a Latin name ("Maths 7B ...") otherwise reads
    left to right and splits "7B" from its group."""
    if QGuiApplication.isRightToLeft():
        return f"\u200f\u2067{text}\u2069"
    return f"\u200e\u2066{text}\u2069"


def match_words(distance: float | None, threshold: float) -> str:
    """How sure the recognition was, in words: the distance against the limit the app
    accepts (``threshold``); no distance (manual, corrected by hand) says nothing."""
    if distance is None:
        return ""
    ratio = distance / threshold if threshold > 0 else 1.0
    if ratio <= 0.6:
        return translate("AttendancePage", "very sure")
    if ratio <= 0.85:
        return translate("AttendancePage", "sure")
    if ratio <= 1.0:
        return translate("AttendancePage", "just within the limit")
    return translate("AttendancePage", "outside the limit")


def current_threshold(ctx: Any) -> float:
    """The match limit in use: the saved threshold, else the embedder's default."""
    rec = ctx.settings.recognition
    if rec.threshold is not None:
        return float(rec.threshold)
    return default_threshold(rec.embedder, rec.normalize)
