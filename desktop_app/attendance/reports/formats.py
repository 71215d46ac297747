"""How the human-readable reports (PDF, the XLSX cover sheet) write dates, times, weekdays and
numbers: Babel's CLDR data for a locale (``face-attendance report --locale de_DE``), or the
app's fixed English forms when no locale is given. CSV never uses these (ISO 8601 for
machines) and XLSX keeps typed date cells.

:class:`Formats` is carried by ``ReportData.formats``; code that formats a cell without the
report at hand reads the one in use with :func:`current` (set by :func:`use` around a write).
``Formats`` itself lives in ``desktop_app.i18n``: the kiosk and the GUI format with it too.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator, Sequence

from desktop_app.i18n import Formats


def formats_for(locale: str | None) -> Formats:
    """:class:`Formats` for a locale name ("de_DE", "pt-BR", "zh_Hans_CN"); a clear
    ``ReportError`` for a name Babel does not know."""
    if not locale:
        return Formats()
    from desktop_app.attendance.reports.model import ReportError

    try:
        return Formats.parse(locale)
    except ValueError as exc:
        raise ReportError(
            f"Unknown locale {locale!r}: use a name like de_DE, fr, pt_BR, zh_CN or ar."
        ) from exc


def week_chunks(days: Sequence[dt.date], first_weekday: int, most: int) -> list[list[int]]:
    """Indexes of ``days`` cut into tables of whole weeks (a week starts on
    ``first_weekday``), at most ``most`` days each: a register printed in parts breaks where
    the reader's week does."""
    weeks: list[list[int]] = []
    for i, d in enumerate(days):
        if not weeks or d.weekday() == first_weekday or (d - days[weeks[-1][-1]]).days >= 7:
            weeks.append([])
        weeks[-1].append(i)
    chunks: list[list[int]] = []
    for week in weeks:
        if chunks and len(chunks[-1]) + len(week) <= most:
            chunks[-1].extend(week)
        else:
            chunks.append(list(week))
    return chunks


_current: contextvars.ContextVar[Formats | None] = contextvars.ContextVar(
    "report_formats", default=None
)
_ENGLISH = Formats()


def current() -> Formats:
    return _current.get() or _ENGLISH


@contextlib.contextmanager
def use(formats: Formats) -> Iterator[None]:
    token = _current.set(formats)
    try:
        yield
    finally:
        _current.reset(token)
