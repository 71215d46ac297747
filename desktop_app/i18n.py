"""Translations for text the headless core shows to people (the kiosk's cards), without Qt.

The core marks such text with ``i18n.translate(context, source)`` - the name ``pyside6-lupdate``
looks for, so the strings land in the same catalogues as the GUI's (resources/i18n/*.ts). By
default ``translate`` returns the English source; the GUI and the kiosk install Qt's translator
at start (``ui/i18n.py``), which routes it to ``QCoreApplication.translate``. The CLI stays in
English (its messages are for logs and scripts).

Placeholders are Python ``{name}`` fields, filled by :func:`fill`; a translation whose fields
do not match the source falls back to the source (tests/i18n checks every catalogue).
"""

from __future__ import annotations

import datetime as dt
import logging
import string
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from typing import Any

log = logging.getLogger(__name__)

# The languages with a complete catalogue: code -> the language's own name (Settings shows it).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "fr": "Français",
    "de": "Deutsch",
    "pt": "Português",
    "zh_CN": "简体中文",
    "ar": "العربية",
}
RTL_LANGUAGES = frozenset({"ar", "he", "fa", "ur"})
# Languages that greet by the whole name, family name first (and never split a name).
FAMILY_NAME_FIRST = frozenset({"zh", "ja", "ko", "vi", "hu"})

_translator: Callable[[str, str], str] | None = None
_language = "en"
_locale: str | None = None  # e.g. "en_US", "de_DE": formats (12/24-hour time); None = ISO-ish


def install(
    translator: Callable[[str, str], str] | None, language: str = "en", locale: str | None = None
) -> None:
    """Route :func:`translate` to ``translator`` (the UI's Qt translator) for ``language``;
    ``locale`` (e.g. "en_US"; None: plain 24-hour) picks the :func:`formats`."""
    global _translator, _language, _locale
    _translator = translator
    _language = language or "en"
    # Qt's "C" (no locale set, e.g. a bare container) would read as en_US_POSIX in Babel:
    # keep the plain forms instead.
    _locale = locale if locale and locale not in ("C", "POSIX") else None


def language() -> str:
    """The language in use (a code of :data:`LANGUAGES`; "en" when none was installed)."""
    return _language


def format_locale() -> str | None:
    """The locale the GUI formats with ("de_DE"); None when none was installed (CLI, tests)."""
    return _locale


class Text(str):
    """A translated string that remembers its English source: ``.format(...)`` fills the
    translation's ``{fields}`` and falls back to the source when they do not fit (a broken
    catalogue shows English, never a traceback)."""

    source: str

    def __new__(cls, text: str, source: str | None = None) -> Text:
        made = super().__new__(cls, text)
        made.source = text if source is None else source
        return made

    def __reduce__(self) -> tuple[type[str], tuple[str]]:
        return str, (str(self),)  # copies, pickles and dataclass asdict() get a plain str

    def format(self, *args: object, **values: object) -> str:
        try:
            return str.format(self, *args, **values)
        except (KeyError, IndexError, ValueError):
            log.warning("translation %r does not fit its source %r", str(self), self.source)
            return str.format(self.source, *args, **values)


def translate(context: str, source: str) -> str:
    """``source`` in the installed language (the source itself when there is no translation),
    as a :class:`Text` (typed ``str``). Fill fields with
    ``translate("Ctx", "Hello {name}").format(name=...)``: pyside6-lupdate extracts the literal
    call (keyword arguments inside it would hide it from lupdate)."""
    if _translator is None:
        return Text(source, source)
    try:
        return Text(_translator(context, source) or source, source)
    except Exception:  # a broken catalogue must never break the kiosk
        log.warning("translation failed for %r", source, exc_info=True)
        return Text(source, source)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks ``source`` for ``pyside6-lupdate`` where it is defined (a table); translate it
    with :func:`translate` where it is shown."""
    return source


def fields(text: str) -> set[str]:
    """The ``{name}`` placeholders of ``text`` (and Qt's ``%1`` style ones)."""
    names = {f for _, f, _, _ in string.Formatter().parse(text) if f}
    names |= {f"%{d}" for d in "123456789" if f"%{d}" in text}
    return names


def fill(text: str, source: str, **values: object) -> str:
    """``text`` (a translation of ``source``) with its fields filled; the source when the
    translation's fields are broken, so a bad catalogue shows English, never a traceback."""
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        log.warning("translation %r does not fit its source %r", text, source)
        return source.format(**values)


# The zero of the numbering systems with their own digits that our locales use (CLDR names):
# Arabic-Indic (ar_EG, ar_SA, ...), Eastern Arabic-Indic (fa, ur), Devanagari, Bengali.
_ZERO = {"arab": 0x0660, "arabext": 0x06F0, "deva": 0x0966, "beng": 0x09E6}


@dataclass(frozen=True)
class Formats:
    """How dates, times and numbers are written for people: Babel's CLDR data for ``locale``,
    or the fixed English forms ("06 Dec 2026", "17:05", "1,234") for None. The one way for
    the reports (PDF, XLSX cover), the Reports page and the kiosk's "checked in at" time."""

    locale: str | None = None

    @classmethod
    def parse(cls, name: str) -> Formats:
        """Formats for a locale name ("de_DE", "pt-BR", "zh_Hans_CN"); ValueError for a name
        Babel does not know."""
        from babel import Locale, UnknownLocaleError

        try:
            return cls(str(Locale.parse(name.replace("-", "_"))))
        except UnknownLocaleError as exc:
            raise ValueError(f"unknown locale {name!r}") from exc

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

    def date_time(self, x: dt.datetime) -> str:
        """A day and time in a message, as the GUI's lists and fields write it ("06.12.26
        15:37", "12/6/26 3:37 PM"); "2026-12-06 15:37" without a locale (CLI, logs)."""
        if self._babel is None:
            return x.strftime("%Y-%m-%d %H:%M")
        from babel.dates import format_date

        return f"{format_date(x.date(), 'short', locale=self._babel)} {self.time(x)}"

    def datetime(self, x: dt.datetime) -> str:
        """Day and time without the year ("06 Dec 17:05")."""
        if self._babel is None:
            return x.strftime("%d %b %H:%M")
        return f"{self._skeleton('MMMd', x)} {self.time(x)}"

    def weekday_datetime(self, x: dt.datetime) -> str:
        """Weekday, day and time without the year, the day named once ("Mon 02 Mar 08:00",
        "Sun, Dec 6 9:16 PM", "lun. 2 mars 08:00")."""
        if self._babel is None:
            return x.strftime("%a %d %b %H:%M")
        return f"{self._skeleton('MMMEd', x)} {self.time(x)}"

    def weekday_date(self, d: dt.date) -> str:
        """Weekday, day and month: "Tue 03 Mar", "Di., 3. März", "Tue, Mar 3" (en_US)."""
        return d.strftime("%a %d %b") if self._babel is None else self._skeleton("MMMEd", d)

    def day_month(self, d: dt.date) -> str:
        return d.strftime("%d %b") if self._babel is None else self._skeleton("MMMd", d)

    def weekday_day(self, d: dt.date, sep: str = " ") -> str:
        """Short weekday and day of month: "Mon 02", "lun. 2", "2日周一"."""
        if self._babel is None:
            return d.strftime(f"%a{sep}%d")
        from babel.dates import format_date

        weekday = str(format_date(d, "EEE", locale=self._babel))
        return f"{weekday}{sep}{d.day}"

    def digits(self, n: int) -> str:
        """A whole number in the locale's own digits, not grouped: line and column numbers in
        the core's messages, as Qt writes the GUI's own numbers ("4", "٤" in ar_EG; "4"
        without a locale, so the CLI's words stay as they were). Babel knows each locale's
        numbering system but writes Latin digits, hence the table."""
        text = str(n)
        zero = None if self._babel is None else _ZERO.get(self._babel.default_numbering_system)
        if zero is None:
            return text
        return text.translate({ord("0") + i: zero + i for i in range(10)})

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


def formats() -> Formats:
    """:class:`Formats` in the installed locale (the GUI's, the kiosk's); the fixed English
    forms when none was installed (CLI, tests) or Babel does not know it."""
    if _locale:
        try:
            return Formats.parse(_locale)
        except ValueError:
            log.debug("no Babel formats for %r", _locale, exc_info=True)
    return Formats()


def _has_cjk(name: str) -> bool:
    return any(
        "\u3040" <= ch <= "\u30ff"  # kana
        or "\u3400" <= ch <= "\u9fff"  # CJK ideographs
        or "\uac00" <= ch <= "\ud7af"  # Hangul
        for ch in name
    )


def greeting_name(name: str | None, lang: str | None = None) -> str:
    """How the kiosk addresses a person: the given name (first word) where the language puts
    it first; the whole name where the family name comes first (Chinese, Japanese, Korean,
    Vietnamese, Hungarian) or the name is written in CJK characters; the plain name whenever
    it cannot be split."""
    plain = " ".join((name or "").split())
    if not plain:
        return ""
    base = (lang or _language).split("_")[0]
    if base in FAMILY_NAME_FIRST or _has_cjk(plain):
        return plain
    return plain.split(" ")[0] or plain


def greeting(local_time: dt.datetime, name: str | None) -> str:
    """ "Good morning, Ana" in the installed language (morning 4-12 h, afternoon 12-18 h)."""
    hour = local_time.hour
    who = greeting_name(name)
    if 4 <= hour < 12:
        if not who:
            return translate("Kiosk", "Good morning")
        source = "Good morning, {name}"
        return fill(translate("Kiosk", "Good morning, {name}"), source, name=who)
    if 12 <= hour < 18:
        if not who:
            return translate("Kiosk", "Good afternoon")
        source = "Good afternoon, {name}"
        return fill(translate("Kiosk", "Good afternoon, {name}"), source, name=who)
    if not who:
        return translate("Kiosk", "Good evening")
    source = "Good evening, {name}"
    return fill(translate("Kiosk", "Good evening, {name}"), source, name=who)


def goodbye(name: str | None) -> str:
    who = greeting_name(name)
    if not who:
        return translate("Kiosk", "Goodbye")
    return fill(translate("Kiosk", "Goodbye, {name}"), "Goodbye, {name}", name=who)
