"""One day of a class, built through the attendance service as an operator lives it.

07:58 Ana is seen before the operator presses Start (08:00): the grace window counts her.
08:05 Ana again (already present), Ben. 08:20 Dan (late after 08:10). Fay never comes.
08:45 the session ends. 09:30 the secretary adds Eva ("camera missed her") into the session;
a mark in the future and one outside the session are refused. 10:00 Cem of 7C is seen: no
7C session, so his mark is listed but not counted. Expected: P P L P A for Ana, Ben, Dan,
Eva, Fay; on the chart 3 on time, 1 late, 1 absent; 80.0% of expected days.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from desktop_app.attendance.service import AttendanceService, MarkError
from desktop_app.storage.repositories import People
from tests.attendance.conftest import TERM_START, FakeClock

TZ = ZoneInfo("Europe/Berlin")
DAY = dt.date(2026, 3, 2)


def local(h: int, mi: int = 0) -> dt.datetime:
    return dt.datetime(DAY.year, DAY.month, DAY.day, h, mi, tzinfo=TZ).astimezone(dt.UTC)


def build_one_day(settings: Any, db: Any) -> AttendanceService:
    """Run the day; ``settings`` must be in Europe/Berlin. Returns the service (its clock
    stands at 10:00)."""
    clock = FakeClock(local(7, 58))
    svc = AttendanceService(settings, db, clock=clock)

    def add(s: Any) -> dict[str, int]:
        repo = People(s)
        names = {"ana": "7B", "ben": "7B", "dan": "7B", "eva": "7B", "fay": "7B", "cem": "7C"}
        return {
            k: repo.add(k.title(), group_name=g, member_since=TERM_START).id
            for k, g in names.items()
        }

    ids = db.run(add)
    assert svc.mark(ids["ana"]).status == "recorded"  # before Start: a plain check-in
    clock.set(local(8, 0))
    maths = svc.start_session("Maths 7B", group="7B", ends_at=local(8, 45), late_after=local(8, 10))
    clock.set(local(8, 5))
    again = svc.mark(ids["ana"])
    assert again.status == "already_present" and "07:58" in again.message
    assert svc.mark(ids["ben"]).status == "recorded"
    clock.set(local(8, 20))
    assert svc.mark(ids["dan"]).status == "recorded"
    clock.set(local(9, 30))
    assert svc.default_session("7B") == maths  # ended, but the last one today
    svc.add_manual(
        ids["eva"],
        maths.starts_at,
        "present",
        actor="secretary",
        reason="camera missed her",
        session_id=maths.id,
    )
    with pytest.raises(MarkError, match="in the future"):
        svc.add_manual(ids["fay"], local(12), "present", actor="sec", reason="x")
    with pytest.raises(MarkError, match="outside the session"):
        svc.add_manual(ids["fay"], local(9), "present", actor="s", reason="x", session_id=maths.id)
    clock.set(local(10, 0))
    assert svc.mark(ids["cem"]).status == "recorded"
    return svc
