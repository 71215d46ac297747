"""The Live page's "Today" list starts at midnight of the attendance zone, as marks and reports
count days, not at midnight of today's fixed system offset."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from desktop_app.ui.main_window import start_of_today_utc


def test_today_starts_at_local_midnight_on_a_dst_change_day() -> None:
    # 29 March 2026, Berlin goes from +01:00 to +02:00 at 02:00: the day began at 23:00 UTC
    noon = dt.datetime(2026, 3, 29, 12, 0, tzinfo=dt.UTC)
    since = start_of_today_utc(ZoneInfo("Europe/Berlin"), now=noon)
    assert since == dt.datetime(2026, 3, 28, 23, 0, tzinfo=dt.UTC)


def test_today_follows_the_attendance_zone_not_the_utc_date() -> None:
    # 11:00 UTC on 1 July is already 01:00 on 2 July at UTC+14
    at = dt.datetime(2026, 7, 1, 11, 0, tzinfo=dt.UTC)
    since = start_of_today_utc(ZoneInfo("Pacific/Kiritimati"), now=at)
    assert since == dt.datetime(2026, 7, 1, 10, 0, tzinfo=dt.UTC)
    assert start_of_today_utc(ZoneInfo("America/New_York"), now=at) == dt.datetime(
        2026, 7, 1, 4, 0, tzinfo=dt.UTC
    )
