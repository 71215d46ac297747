"""How the human-readable reports (PDF, the XLSX cover sheet) write dates, times, weekdays and
numbers: Babel's CLDR data for a locale (``face-attendance report --locale de_DE``), or the
app's fixed English forms when no locale is given. CSV never uses these (ISO 8601 for
machines) and XLSX keeps typed date cells.

:class:`Formats` is carried by ``ReportData.formats``; code that formats a cell without the
report at hand reads the one in use with :func:`current` (set by :func:`use` around a write).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import Any


@dataclass(frozen=True)
class Formats:
    """``locale`` None: the fixed English forms ("06 Dec 2026", "17:05", "1,234")."""

    locale: str | None = None

    @cached_property
    def _babel(self) -> Any:
        from babel import Locale

        return Locale.parse(self.locale) if self.locale else None

    def _skeleton(self, skeleton: str, value: dt.date | dt.datetime) -> str:
        from babel.dates import format_skeleton

        return str(format_skeleton(skeleton, value, locale=self._babel))

    def date(self, d: dt.date) -> str:
        """A day with its year: "06 Dec 2026", "06.12.2026" (de), "2026年12月6日" (zh)."""
        if self._babel is None:
            return d.strftime("%d %b %Y")
        from babel.dates import format_date

        return str(format_date(d, "medium", locale=self._babel))

    def long_date(self, d: dt.date) -> str:
        """The report's period: "6 Dec 2026", "6. Dez. 2026"."""
        if self._babel is None:
            return f"{d.day} {d.strftime('%b %Y')}"
        return self._skeleton("yMMMd", d)

    def time(self, t: dt.time | dt.datetime) -> str:
        """A clock time, 12- or 24-hour as the locale writes it ("5:05 PM", "17:05")."""
        if self._babel is None:
            return t.strftime("%H:%M")
        from babel.dates import format_time

        return str(format_time(t, "short", locale=self._babel))

    def datetime(self, x: dt.datetime) -> str:
        """Day and time without the year ("06 Dec 17:05")."""
        if self._babel is None:
            return x.strftime("%d %b %H:%M")
        return f"{self._skeleton('MMMd', x)} {self.time(x)}"

    def day_month(self, d: dt.date) -> str:
        return d.strftime("%d %b") if self._babel is None else self._skeleton("MMMd", d)

    def weekday_day(self, d: dt.date, sep: str = " ") -> str:
        """Short weekday and day of month: "Mon 02", "lun. 2", "2日周一"."""
        if self._babel is None:
            return d.strftime(f"%a{sep}%d")
        from babel.dates import format_date

        weekday = str(format_date(d, "EEE", locale=self._babel))
        return f"{weekday}{sep}{d.day}"

    def number(self, n: float, decimals: int = 0) -> str:
        if self._babel is None:
            return f"{n:,.{decimals}f}"
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        return str(format_decimal(n, format=pattern, locale=self._babel))

    def percent(self, fraction: float) -> str:
        if self._babel is None:
            return f"{fraction * 100:.0f}%"
        from babel.numbers import format_percent

        return str(format_percent(fraction, locale=self._babel))

    @property
    def first_weekday(self) -> int:
        """The first day of the week, Python's numbering (0 Monday ... 6 Sunday): Sunday in
        the US, Saturday in much of the Arab world, Monday in most of Europe and China."""
        return 0 if self._babel is None else int(self._babel.first_week_day)


def formats_for(locale: str | None) -> Formats:
    """:class:`Formats` for a locale name ("de_DE", "pt-BR", "zh_Hans_CN"); a clear
    ``ReportError`` for a name Babel does not know."""
    if not locale:
        return Formats()
    from babel import Locale, UnknownLocaleError

    from desktop_app.attendance.reports.model import ReportError

    try:
        parsed = Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError) as exc:
        raise ReportError(
            f"Unknown locale {locale!r}: use a name like de_DE, fr, pt_BR, zh_CN or ar."
        ) from exc
    return Formats(str(parsed))


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
