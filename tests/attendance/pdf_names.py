"""A one-day PDF report of people with the given names (one check-in each), and its text as
pypdf reads it: for the tests of names in every script."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from desktop_app.attendance import reports
from desktop_app.storage.repositories import Events, People


def export_names(
    db: Any,
    output: Path,
    names: list[str],
    tz: ZoneInfo,
    day: dt.date,
    locale: str | None = None,
    group: str | None = None,
) -> Any:
    """Export the report of ``day`` to ``output`` (of ``group`` when given: its name is then
    in the title); returns what ``reports.export`` does."""

    def fill(s: Any) -> None:
        people, events = People(s), Events(s)
        for i, name in enumerate(names):
            term = dt.datetime.combine(day - dt.timedelta(days=30), dt.time(8), tzinfo=tz)
            pid = people.add(
                name, external_id=f"S{i}", group_name=group or "B2", member_since=term
            ).id
            at = dt.datetime.combine(day, dt.time(8, i), tzinfo=tz).astimezone(dt.UTC)
            events.add(pid, "check_in", at, source="camera")

    db.run(fill)
    now = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(9), tzinfo=dt.UTC)
    data = reports.build_report(db, tz, day, day, group=group, now=now)
    if locale:
        data = dataclasses.replace(data, formats=reports.formats_for(locale))
    return reports.export(data, "pdf", output)


def read_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)
