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

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QLocale,
    QSize,
    QStandardPaths,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QStyle,
    QStyleOptionFrame,
)

from desktop_app import i18n
from desktop_app.attendance import rules
from desktop_app.errors import AppError
from desktop_app.i18n import translate
from desktop_app.portable import operator_name, unfit_for_windows
from desktop_app.recognition.defaults import default_threshold

__all__ = [
    "ClockChange",
    "DateTimeField",
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
    "file_name_problem",
    "from_qdatetime",
    "is_dark",
    "local",
    "local_today",
    "match_words",
    "number_text",
    "operator_name",
    "percent_text",
    "set_display_zone",
    "settle_clock_change",
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


def file_name_problem(path: Path | str) -> str:
    """Why the file name of ``path`` (chosen in a save dialog) cannot be used, or "": one
    Windows cannot hold (portable.unfit_for_windows), refused on every system, because a
    file made here may be synced to a Windows PC (Windows' own dialog refuses it there)."""
    name = Path(path).name
    if not name or unfit_for_windows(name) is None:
        return ""
    return translate(
        "Files",
        '"{name}" cannot be a file name on Windows: no : ? * < > | or " in it, no device '
        "name such as CON or NUL, no dot or space at the end. Choose another name.",
    ).format(name=name)


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


class ClockChange(AppError):
    """A date and time typed in the display zone that the clock change makes impossible
    (``options`` empty: the hour skipped in spring) or ambiguous (``options``: the two
    instants of the hour the clocks go back, the earlier first)."""

    def __init__(self, message: str, options: list[dt.datetime]) -> None:
        super().__init__(message)
        self.options = options


# The fields hold the wall clock of the display zone with no zone of Qt's (UTC, which has no
# clock change), and Python's zone data (the reports' and the command line's) turns it into
# an instant: Qt moved a time in the spring gap by itself, picked either 02:30 of the autumn
# night, and where it lacked the zone's name (Windows) used one fixed offset.
_WALL = QTimeZone.utc()


def to_qdatetime(at: dt.datetime) -> QDateTime:
    """``at`` (aware) as the wall clock a field shows in the display zone (whole seconds)."""
    t = local(at)
    return QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute, t.second), _WALL)


def from_qdatetime(q: QDateTime, seen: dt.datetime | None = None) -> dt.datetime:
    """The aware UTC instant (whole seconds) of a field's wall clock in the display zone.
    In the hour the clocks go back, ``seen`` (the instant the field was given) decides when
    its clock reads the same; otherwise, and for a time the clocks skip, ClockChange."""
    d, t = q.date(), q.time()
    wall = dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), t.second())
    zone = display_zone()
    options = rules.wall_times(wall, zone)
    found = [x.astimezone(dt.UTC) for x in options]
    if len(found) == 1:
        return found[0]
    if seen is not None and seen.astimezone(dt.UTC).replace(microsecond=0) in found:
        return seen.astimezone(dt.UTC).replace(microsecond=0)
    name = getattr(zone, "key", None) or str(zone)
    if not options:
        text = translate(
            "Time",
            "{time} on {date} does not exist in {zone}: the clocks go forward then. Choose a "
            "time before or after the skipped hour.",
        ).format(time=time_text(wall.time()), date=date_text(wall.date()), zone=name)
    else:
        text = translate(
            "Time", "{time} on {date} comes twice in {zone}: the clocks go back then."
        ).format(time=time_text(wall.time()), date=date_text(wall.date()), zone=name)
    raise ClockChange(text, options)


class DateTimeField(QDateTimeEdit):
    """A date-and-time field in the display zone, in the locale's format with a calendar:
    09:05 typed is 09:05 there. :meth:`instant` reads it (raising ClockChange for a time
    the clock change skips or repeats, unless it is the one the field was given)."""

    def __init__(self, at: dt.datetime) -> None:
        super().__init__()
        self.setTimeZone(_WALL)  # else the editor moves the value into the computer's zone
        self.seen: dt.datetime | None = None
        self.set_instant(at)
        self.setCalendarPopup(True)
        self.setDisplayFormat(datetime_edit_format())

    def set_instant(self, at: dt.datetime) -> None:
        self.seen = at
        self.setDateTime(to_qdatetime(at))

    def instant(self) -> dt.datetime:
        return from_qdatetime(self.dateTime(), self.seen)


def datetime_edit(at: dt.datetime) -> DateTimeField:
    """The date-and-time field showing ``at`` (see :class:`DateTimeField`)."""
    return DateTimeField(at)


def settle_clock_change(
    exc: ClockChange, field: DateTimeField, status: QLabel, retry: Callable[[], None]
) -> None:
    """What a dialog does with a ClockChange from ``field`` on Save: a skipped time is said
    in ``status`` (nothing saved); for a repeated one the operator chooses which of the two
    is meant, then ``retry`` saves with it."""
    if not exc.options:
        status.setText(str(exc))
        field.setFocus()
        return
    which = translate("Time", "Which one do you mean?")
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Time", "Which time?"),
        f"{exc}\n{which}",
        QMessageBox.StandardButton.Cancel,
        field.window(),
    )
    box.setObjectName("whichTime")
    first, second = exc.options
    before = translate("Time", "{time}, before the clocks go back").format(time=time_text(first))
    after = translate("Time", "{time}, after the clocks go back").format(time=time_text(second))
    choices = {
        box.addButton(before, QMessageBox.ButtonRole.AcceptRole): first,
        box.addButton(after, QMessageBox.ButtonRole.AcceptRole): second,
    }

    def chosen(button: Any) -> None:
        at = choices.get(button)
        if at is not None:
            field.set_instant(at)
            retry()

    box.buttonClicked.connect(chosen)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


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
    return rules.zoned(text, when) if isinstance(when, dt.datetime) else text


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


def placeholder_field(text: str) -> QLineEdit:
    """A line edit showing ``text`` as its placeholder, at least wide enough for all of it:
    a dialog grows for a long translation or a large system font instead of cutting the
    hint (German and French at 12 pt cut the Edit session reason at the dialog's width)."""
    edit = QLineEdit()
    edit.setPlaceholderText(text)
    opt = QStyleOptionFrame()
    opt.initFrom(edit)
    opt.lineWidth = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, opt, edit)
    margins, inner = edit.textMargins(), edit.contentsMargins()
    width = (
        edit.fontMetrics().horizontalAdvance(text)
        + 4  # QLineEdit's own horizontal margin, 2 px a side
        + margins.left()
        + margins.right()
        + inner.left()
        + inner.right()
    )
    size = edit.style().sizeFromContents(
        QStyle.ContentsType.CT_LineEdit, opt, QSize(width, edit.sizeHint().height()), edit
    )
    edit.setMinimumWidth(size.width())
    return edit


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
