"""Locale-aware formats of the human-readable reports (Babel): what a reader in each locale
sees for dates, times, numbers and the first day of the week; and the app's fixed English
forms, unchanged, when no locale is asked for."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop_app.attendance.reports import Formats, ReportError, formats_for
from desktop_app.attendance.reports.formats import week_chunks

DAY = dt.date(2026, 3, 2)  # a Monday
AT = dt.datetime(2026, 3, 2, 17, 5)


def nbsp(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_without_a_locale_the_fixed_english_forms_stay() -> None:
    f = Formats()
    assert f.date(DAY) == "02 Mar 2026"
    assert f.long_date(DAY) == "2 Mar 2026"
    assert f.time(AT) == "17:05"
    assert f.datetime(AT) == "02 Mar 17:05"
    assert f.weekday_day(DAY) == "Mon 02"
    assert f.number(1234567) == "1,234,567"
    assert f.percent(0.875) == "88%"
    assert f.first_weekday == 0


def test_each_locale_writes_dates_times_and_numbers_its_own_way() -> None:
    us, de, fr, zh = (formats_for(n) for n in ("en_US", "de_DE", "fr_FR", "zh_CN"))
    assert nbsp(us.time(AT)) == "5:05 PM"  # 12-hour
    assert de.time(AT) == "17:05" and fr.time(AT) == "17:05"  # 24-hour
    assert de.date(DAY) == "02.03.2026"
    assert us.date(DAY) == "Mar 2, 2026"
    assert zh.date(DAY) == "2026年3月2日"
    assert de.weekday_day(DAY) == "Mo. 2"
    assert de.number(1234567.5, 1) == "1.234.567,5"
    assert nbsp(fr.number(1234567)) == "1 234 567"
    assert us.number(1234567) == "1,234,567"


def test_first_day_of_the_week_follows_the_locale() -> None:
    assert formats_for("en_US").first_weekday == 6  # Sunday
    assert formats_for("de_DE").first_weekday == 0  # Monday
    assert formats_for("ar_EG").first_weekday == 5  # Saturday


def test_register_parts_break_where_the_readers_week_does() -> None:
    days = [DAY + dt.timedelta(days=i) for i in range(21)]  # Monday 2 .. Sunday 22 March
    sunday_first = week_chunks(days, first_weekday=6, most=14)
    # US weeks: Mon 2-Sat 7 (part), Sun 8-Sat 14, Sun 15-Sat 21, Sun 22: whole weeks packed
    assert [len(c) for c in sunday_first] == [13, 8]
    assert all(days[c[0]].weekday() == 6 for c in sunday_first[1:])
    monday_first = week_chunks(days, first_weekday=0, most=14)
    assert [len(c) for c in monday_first] == [14, 7]


def test_an_unknown_locale_is_a_clear_error() -> None:
    with pytest.raises(ReportError, match="Unknown locale 'xx_QQ'"):
        formats_for("xx_QQ")
    assert formats_for("pt-BR").locale == "pt_BR"


def test_line_numbers_in_messages_take_the_locales_own_digits() -> None:
    """Formats.digits: "line 1204" in the CLI (no locale), "١٢٠٤" where the locale writes
    Arabic-Indic digits (ar_EG, as Qt's "ar"), Latin where the Arab locale does (ar_MA)."""
    assert Formats().digits(1204) == "1204"  # never grouped: a line, not an amount
    assert formats_for("ar_EG").digits(1204) == "١٢٠٤"
    assert formats_for("ar_MA").digits(1204) == "1204"
    assert formats_for("de_DE").digits(1204) == "1204"
