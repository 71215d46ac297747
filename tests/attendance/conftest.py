"""Fixtures for the attendance tests: settings in Europe/Berlin, a fake clock, a service."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import pytest

from desktop_app.config import Settings
from desktop_app.storage.records import PersonRecord
from desktop_app.storage.repositories import People

BERLIN = "Europe/Berlin"
# The tests' people are created now, their lessons lie in 2026: the class was formed before
# them (``People.add(member_since=...)``), else a lesson before their creation lists nobody.
TERM_START = dt.datetime(2026, 1, 5, 7, 0, tzinfo=dt.UTC)


class FakeClock:
    """An injectable clock: tests move time instead of sleeping."""

    def __init__(self, start: dt.datetime) -> None:
        assert start.tzinfo is not None
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def set(self, when: dt.datetime) -> None:
        assert when.tzinfo is not None
        self.now = when

    def advance(self, seconds: float) -> dt.datetime:
        self.now += dt.timedelta(seconds=seconds)
        return self.now


def with_attendance(settings: Settings, **changes: Any) -> Settings:
    """A copy of ``settings`` with ``attendance`` fields changed (timezone Berlin by default)."""
    changes.setdefault("timezone", BERLIN)
    att = settings.attendance.model_copy(update=changes)
    return settings.model_copy(update={"attendance": att})


@pytest.fixture
def berlin(settings: Settings) -> Settings:
    return with_attendance(settings, device="kiosk-1")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 3, 2, 7, 57, tzinfo=dt.UTC))  # 08:57 in Berlin


@pytest.fixture
def make_service(db: Any, clock: FakeClock) -> Callable[..., Any]:
    from desktop_app.attendance.service import AttendanceService

    def make(settings: Settings, clock_: FakeClock | None = None) -> AttendanceService:
        return AttendanceService(settings, db, clock=clock_ or clock)

    return make


@pytest.fixture
def people(db: Any) -> dict[str, PersonRecord]:
    def add(s: Any) -> dict[str, PersonRecord]:
        repo = People(s)
        return {
            "ana": repo.add(
                "Ana Lima", external_id="S001", group_name="7B", member_since=TERM_START
            ),
            "ben": repo.add(
                "Ben Ode", external_id="S002", group_name="7B", member_since=TERM_START
            ),
            "cem": repo.add(
                "Cem Aydın", external_id="S003", group_name="7C", member_since=TERM_START
            ),
        }

    return db.run(add)
