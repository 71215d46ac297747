"""The one data model every report view is computed from.

``build_report`` reads the database once (a lean query on the ``(status, at_utc)`` index,
people and sessions) and computes everything with ``rules.analyse``; the three views
(summary, register, event log) are ``Table``s over that one analysis, and the writers in
``csv``, ``xlsx`` and ``pdf`` (and the Reports page in the GUI) only format them. All times
are shown in the local zone (``settings.attendance.timezone`` or the system's), never UTC.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any, NamedTuple

from desktop_app.attendance import rules
from desktop_app.attendance.reports.formats import Formats
from desktop_app.errors import AppError, NotFoundError
from desktop_app.storage.db import Database
from desktop_app.storage.records import MembershipRecord, PersonRecord, SessionRecord
from desktop_app.storage.repositories import Events, Memberships, People, Sessions

VIEWS = ("summary", "register", "events")  # the order of sheets, files and PDF parts
FORMATS = ("csv", "xlsx", "pdf")

KIND_LABELS = {"check_in": "Check-in", "check_out": "Check-out", "present": "Present"}
SOURCE_LABELS = {"camera": "Camera", "photo": "Group photo", "manual": "Manual", "video": "Video"}
NOT_COUNTED_NOTE = "not counted: outside the sessions of the person's group"
# a mark tagged with a session whose times were edited so that it lies outside them
FREE_NOTE = "made in '{session}', outside its times now: treated as a mark without a session"
# a mark put into a session by hand or by a group photo, dated on a day outside the report:
# the session was moved to another day afterwards, and the mark stays with it
OTHER_DAY_NOTE = "put into '{session}', which is on {day} now"


class ReportError(AppError):
    """A report cannot be produced as asked (bad range, unknown view, unwritable file)."""


# --- the data ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Column:
    title: str
    kind: str  # text | int | float | percent | date | time | datetime
    width: int | None = None  # characters; None = fitted to the content


@dataclass(frozen=True)
class Table:
    key: str  # events | summary | register
    title: str
    columns: list[Column]
    rows: Callable[[], Iterator[tuple[Any, ...]]]  # fresh iterator per writer
    row_count: int
    totals: tuple[Any, ...] | None = None
    note: str | None = None
    # fast path for big tables: raw values (kinds "day", "seconds", "text"), same columns
    raw_rows: Callable[[], Iterator[tuple[Any, ...]]] | None = None
    raw_kinds: tuple[str, ...] = ()


class EventRow(NamedTuple):
    """A lean event for the rules: ``EventRecord``'s attribute names, with the time kept as
    seconds since 1970 (``ts``) until someone asks for ``at_utc``."""

    id: int
    person_id: int
    session_id: int | None
    kind: str
    ts: float
    source: str
    device: str | None
    corrected_by: str | None
    correction_reason: str | None

    @property
    def at_utc(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.ts, dt.UTC)


@dataclass(frozen=True)
class ReportData:
    title: str
    first: dt.date
    last: dt.date
    group: str | None
    session: str | None
    zone_name: str
    generated_at: dt.datetime  # local, aware
    people: list[PersonRecord]
    sessions: list[SessionRecord]
    events: list[EventRow]
    analysis: rules.Analysis
    tz: dt.tzinfo
    tables: dict[str, Table] = field(default_factory=dict)
    grace: dt.timedelta = rules.DEFAULT_GRACE
    tagged: dict[int, SessionRecord] = field(default_factory=dict)  # the sessions marks carry
    # person id -> the Group column: the group(s) they were in during the range, in order
    # ("7B", or "7B, 7C" for a move within it), not their group today
    groups: dict[int, str] = field(default_factory=dict)
    # person id -> (from, until, group) in seconds since 1970, for those in more than one
    # group during the range: the event log names the group of each mark's time
    group_spans: dict[int, list[tuple[float, float, str]]] = field(default_factory=dict)
    formats: Formats = field(default_factory=Formats)  # dates/numbers for people (formats.py)

    @property
    def period(self) -> str:
        if self.first == self.last:
            return self.formats.long_date(self.first)
        return f"{self.formats.long_date(self.first)} – {self.formats.long_date(self.last)}"


@dataclass(frozen=True)
class DayCount:
    """One day of the chart: people present on time, late and absent (register totals)."""

    day: dt.date
    on_time: int
    late: int
    absent: int

    @property
    def present(self) -> int:
        return self.on_time + self.late


def day_counts(data: ReportData) -> list[DayCount]:
    """The days of the register that have anything to show, as the chart draws them (the
    Reports page and the PDF): the same numbers as the register's totals row."""
    reg = data.analysis.register
    out = []
    for d in reg.days:
        present, absent = reg.present_per_day.get(d, 0), reg.absent_per_day.get(d, 0)
        if present or absent:
            late = reg.late_per_day.get(d, 0)
            out.append(DayCount(d, present - late, late, absent))
    return out


@dataclass(frozen=True)
class KeyFigures:
    """The headline numbers every view shows (Reports page, PDF title block, XLSX About)."""

    people: int
    sessions: int
    marks: int
    expected_days: int
    present_days: int
    late_days: int
    absent_days: int
    not_counted: int

    @property
    def rate(self) -> float | None:
        return self.present_days / self.expected_days if self.expected_days else None

    @property
    def rate_text(self) -> str:
        rate = self.rate
        return "no expected days" if rate is None else f"{rate * 100:.1f}% of expected days"


def key_figures(data: ReportData) -> KeyFigures:
    sums = data.analysis.summaries.values()
    return KeyFigures(
        people=len(data.people),
        sessions=len(data.sessions),
        marks=len(data.events),
        expected_days=sum(s.expected_days for s in sums),
        present_days=sum(s.days_present for s in sums),
        late_days=sum(s.days_late for s in sums),
        absent_days=sum(s.days_absent for s in sums),
        not_counted=sum(s.not_counted for s in sums),
    )


def session_lines(data: ReportData, open_text: str = "open") -> list[str]:
    """ "Maths 7B (7B): Mon 02 Mar 08:00-08:45" per session the report covers; a session
    without an end says ``open_text`` (the GUI passes it translated)."""
    out = []
    f = data.formats
    for x in data.sessions:
        start = x.starts_at.astimezone(data.tz)
        end = f.time(x.ends_at.astimezone(data.tz)) if x.ends_at else open_text
        group = f" ({x.group_name})" if x.group_name else ""
        day = f"{f.weekday_day(start)} {start:%b}" if f.locale is None else f.datetime(start)
        when = f"{day} {start:%H:%M}" if f.locale is None else day
        out.append(f"{x.name}{group}: {when}-{end}")
    return out


def _minutes(delta: dt.timedelta) -> int:
    return round(delta.total_seconds() / 60)


@contextlib.contextmanager
def _no_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building big lists of tuples (nothing in
    them forms cycles; reference counting frees them as usual)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def natural_key(text: str) -> tuple[Any, ...]:
    """Sort "7B" before "10A" and "Student 9" before "Student 10"; case-insensitive."""
    parts = re.split(r"(\d+)", text.casefold())
    return tuple((0, int(x), "") if x.isdigit() else (1, 0, x) for x in parts if x)


def zone_name(tz: dt.tzinfo) -> str:
    return getattr(tz, "key", None) or str(tz)


def parse_date(text: str, what: str = "date") -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ReportError(f"The {what} {text!r} is not a date; write it as YYYY-MM-DD.") from exc


def build_report(
    db: Database,
    tz: dt.tzinfo,
    first: dt.date,
    last: dt.date,
    *,
    group: str | None = None,
    session: str | None = None,
    now: dt.datetime | None = None,
    grace: dt.timedelta = rules.DEFAULT_GRACE,
) -> ReportData:
    """Read and compute everything a report shows for local days ``first``..``last``.

    ``session`` is a session id or name: with a name, every session of that name in the
    range (a recurring class) forms the register. ``grace``: marks this long before a
    session's start count for it (``settings.attendance.grace_minutes``).
    """
    if last < first:
        raise ReportError(
            f"The report would end ({last}) before it starts ({first}); swap --from and --to."
        )
    if (last - first).days > 3 * 366:
        raise ReportError("Reports cover at most three years; choose a shorter range.")
    start, end = rules.range_bounds(first, last, tz)

    def read(
        s: Any,
    ) -> tuple[
        list[PersonRecord],
        list[SessionRecord],
        list[tuple[Any, ...]],
        dict[int, SessionRecord],
        dict[int, set[int]],
        dict[int, list[MembershipRecord]],
        tuple[list[SessionRecord], dict[int, set[int]], bool],
    ]:
        # sessions of other days whose windows reach into the range (an evening session
        # until 00:30, the grace before one at 00:05, one nobody ended): the marks that
        # count for them are that day's, not this report's (rules.on_days)
        sessions, others = Sessions(s).around(start, end, grace)
        if session is not None:
            key = session.strip()
            chosen = [x for x in sessions if str(x.id) == key or x.name == key]
            if not chosen:
                if key.isdigit():
                    Sessions(s).get(int(key))  # NotFoundError if it does not exist at all
                raise NotFoundError(
                    f"No session {key!r} starts between {first} and {last}; check the name "
                    "(`face-attendance session list`) or the dates."
                )
            sessions = chosen
        if group is not None:
            sessions = [x for x in sessions if rules.session_applies(x, group)]
        group_filter = group
        if group_filter is None and session is not None:
            groups = {x.group_name for x in sessions}
            if len(groups) == 1 and None not in groups:
                group_filter = next(iter(groups))
        members = Memberships(s).members(sessions)
        # a session's window may reach past the report's days (the grace before a start just
        # after midnight, an end after midnight, no end at all): its marks there count for
        # it, as in its roll call; build_report keeps only those
        lo, hi = rules.reach(sessions, start, end, grace)
        # marks put into these sessions by the operator stay with them (rules.holds), also
        # when an edit moved a session to another day than the mark's
        moved_in = Events(s).held_elsewhere(
            [x.id for x in sessions], start=lo, end=hi, sources=rules.STATED
        )
        if group_filter is None:
            people = People(s).list()
            rows = Events(s).report_rows(start=lo, end=hi) + moved_in
        else:  # who was in the group in the range, and who was put into its own sessions
            own = {x.id for x in sessions if x.group_name == group_filter}
            rows = Events(s).report_rows(start=lo, end=hi, group_name=group_filter, session_ids=own)
            rows += moved_in
            scope = Memberships(s).ever_in(group_filter, start, end)
            scope |= {r[1] for r in rows if r[2] in own and r[5] in rules.STATED}
            people = [p for p in People(s).list() if p.id in scope]
            rows = [r for r in rows if r[1] in scope]
        tagged = Sessions(s).by_ids({r[2] for r in rows})  # the sessions the marks carry
        if moved_in:
            rows.sort(key=itemgetter(4, 0))
        # and the other way round: such a mark made in the range whose session now starts
        # outside it counts on that session's day, not in this report (rules.on_days)
        away = any(not start <= x.starts_at < end for x in tagged.values())
        neighbours = (others, Memberships(s).members(others), away)
        return (
            people,
            sessions,
            rows,
            tagged,
            members,
            Memberships(s).during(start, end),
            neighbours,
        )

    with _no_gc():  # half a million small tuples: the cyclic GC would rescan them all
        people, sessions, raw, tagged, members, stretches, neighbours = db.run(read)
        events = list(map(EventRow._make, raw))
        del raw
        others, others_members, away = neighbours
        if (
            others
            or away
            or (
                events
                and not (start.timestamp() <= events[0].ts and events[-1].ts < end.timestamp())
            )
        ):
            events = rules.on_days(
                events,
                start,
                end,
                sessions,
                lambda: members,
                others,
                lambda: others_members,
                lambda: tagged,
                grace,
            )
        if session is not None:
            events = [
                e
                for e in events
                if any(rules.event_in_session(e, x, grace, tagged=tagged) for x in sessions)
            ]
        with_events = {e.person_id for e in events}
        was_member = set().union(*members.values()) if sessions else set()
        people = [
            p
            for p in people
            if p.id in was_member or p.id in with_events or (p.id in stretches and not sessions)
        ]
        groups, group_spans = _groups_then(people, stretches)
        people.sort(key=lambda p: (natural_key(groups[p.id]), natural_key(p.name), p.id))
        analysis = rules.analyse(
            people,
            events,
            sessions,
            tz,
            first,
            last,
            grace,
            tagged=tagged,
            members=members if sessions else None,
            groups_then=None if sessions else _spans(stretches),
        )
    title = "Attendance report"
    if session is not None and sessions:
        title = f"Attendance register: {sessions[0].name}"
    elif group is not None:
        title = f"Attendance report: group {group}"
    data = ReportData(
        title=title,
        first=first,
        last=last,
        group=group,
        session=session,
        zone_name=zone_name(tz),
        generated_at=(now or dt.datetime.now(dt.UTC)).astimezone(tz),
        people=people,
        sessions=sessions,
        events=events,
        analysis=analysis,
        tz=tz,
        grace=grace,
        tagged=tagged,
        groups=groups,
        group_spans=group_spans,
    )
    data.tables.update(
        events=_events_table(data), summary=_summary_table(data), register=_register_table(data)
    )
    return data


def _groups_then(
    people: list[PersonRecord], stretches: dict[int, list[MembershipRecord]]
) -> tuple[dict[int, str], dict[int, list[tuple[float, float, str]]]]:
    """``ReportData.groups`` and ``group_spans`` from the memberships that overlap the range
    (``Memberships.during``). Someone in no group during it (joined afterwards and put into
    a session by hand) is shown with their group today."""
    groups: dict[int, str] = {}
    spans: dict[int, list[tuple[float, float, str]]] = {}
    for p in people:
        rows = stretches.get(p.id)
        if not rows:
            groups[p.id] = p.group_name or ""
            continue
        names = list(dict.fromkeys(r.group_name or "" for r in rows))
        groups[p.id] = ", ".join(n for n in names if n)
        if len(names) > 1:
            spans[p.id] = [(a, b, g or "") for a, b, g in _spans({p.id: rows})[p.id]]
    return groups, spans


def _spans(
    stretches: dict[int, list[MembershipRecord]],
) -> dict[int, list[tuple[float, float, str | None]]]:
    """``rules.analyse``'s ``groups_then``: memberships as (from, until, group) in seconds."""
    inf = float("inf")
    return {
        pid: [
            (
                r.since.timestamp() if r.since is not None else -inf,
                r.until.timestamp() if r.until is not None else inf,
                r.group_name,
            )
            for r in rows
        ]
        for pid, rows in stretches.items()
    }


def _group_at(spans: list[tuple[float, float, str]], ts: float, otherwise: str) -> str:
    return next((g for since, until, g in spans if since <= ts < until), otherwise)


# --- the three views ---------------------------------------------------------------------
def _events_table(data: ReportData) -> Table:
    tz, tagged = data.tz, data.tagged
    # a mark that counts nowhere is shown under the session it was made in (a kiosk pinned
    # to another class's session), as the Attendance page shows it
    session_names = {x.id: x.name for x in (*tagged.values(), *data.sessions)}

    who = {p.id: (p.name, p.external_id or "", data.groups[p.id]) for p in data.people}
    spans = data.group_spans

    def raw_rows() -> Iterator[tuple[Any, ...]]:
        """(local day ordinal, seconds since local midnight, name, ..., note)."""
        kinds, sources, from_ts = KIND_LABELS, SOURCE_LABELS, dt.datetime.fromtimestamp
        counted_in, freed = data.analysis.counted_in, data.analysis.freed
        first, last = data.first.toordinal(), data.last.toordinal()
        starts = {x.id: x.starts_at.astimezone(tz).date().isoformat() for x in data.sessions}
        for pos, (e, sid) in enumerate(zip(data.events, counted_in, strict=True)):
            name, ext, group = who.get(e.person_id) or (f"#{e.person_id}", "", "")
            if e.person_id in spans:  # moved within the range: the group at the mark's time
                group = _group_at(spans[e.person_id], e.ts, group)
            local = from_ts(e.ts, tz)
            note = ""
            if e.corrected_by:
                verb = "added" if e.source == "manual" else "re-assigned"
                note = f"{verb} by {e.corrected_by}: {e.correction_reason or ''}".strip()
            if (
                e.source in rules.STATED
                and sid in starts
                and not first <= local.toordinal() <= last
            ):
                moved = OTHER_DAY_NOTE.format(session=session_names[sid], day=starts[sid])
                note = "; ".join(x for x in (moved, note) if x)
            counted = sid is not None and sid != rules.NOT_COUNTED
            free = pos in freed or (  # analyse finds them only in a report with sessions
                not counted
                and e.session_id is not None
                and rules.own_session(e, tagged, data.grace) is None
            )
            # an edit left it outside its session: shown where it counts, saying where made
            tag = tagged.get(e.session_id) if free and e.session_id is not None else None
            shown = sid if counted else None if free else e.session_id
            if tag is not None:
                moved = FREE_NOTE.format(session=tag.name)
                note = "; ".join(x for x in (moved, note) if x)
            if sid == rules.NOT_COUNTED:
                note = "; ".join(x for x in (NOT_COUNTED_NOTE, note) if x)
            yield (
                local.toordinal(),
                local.hour * 3600 + local.minute * 60 + local.second,
                name,
                ext,
                group,
                kinds.get(e.kind, e.kind),
                session_names.get(shown, "") if shown else "",
                sources.get(e.source, e.source),
                e.device or "",
                note,
            )

    def rows() -> Iterator[tuple[Any, ...]]:
        from_ordinal, time = dt.date.fromordinal, dt.time
        for day, secs, *rest in raw_rows():
            yield (from_ordinal(day), time(secs // 3600, secs // 60 % 60, secs % 60), *rest)

    cols = [
        Column("Date", "date"),
        Column("Time", "time"),
        Column("Name", "text"),
        Column("ID", "text"),
        Column("Group", "text"),
        Column("Mark", "text"),
        Column("Session", "text"),
        Column("Source", "text"),
        Column("Device", "text"),
        Column("Note", "text"),
    ]
    raw_kinds = ("day", "seconds", *["text"] * 8)
    return Table(
        "events", "Event log", cols, rows, len(data.events), raw_rows=raw_rows, raw_kinds=raw_kinds
    )


def _summary_table(data: ReportData) -> Table:
    a = data.analysis
    tz = data.tz

    def local(at: dt.datetime | None) -> dt.datetime | None:
        return at.astimezone(tz).replace(tzinfo=None, microsecond=0) if at else None

    def rows() -> Iterator[tuple[Any, ...]]:
        for p in data.people:
            s = a.summaries[p.id]
            yield (
                p.name,
                p.external_id or "",
                data.groups[p.id],
                s.expected_days,
                s.days_present,
                s.days_late,
                s.days_absent,
                s.rate,
                s.left_early,
                local(s.first_in),
                local(s.last_out),
                round(s.hours, 2),
                s.not_counted,
            )

    sums = list(a.summaries.values())
    expected = sum(s.expected_days for s in sums)
    present = sum(s.days_present for s in sums)
    totals = (
        f"Total ({len(data.people)} people)",
        "",
        "",
        expected,
        present,
        sum(s.days_late for s in sums),
        sum(s.days_absent for s in sums),
        (present / expected) if expected else None,
        sum(s.left_early for s in sums),
        None,
        None,
        round(sum(s.hours for s in sums), 2),
        sum(s.not_counted for s in sums),
    )
    cols = [
        Column("Name", "text"),
        Column("ID", "text"),
        Column("Group", "text"),
        Column("Days expected", "int"),
        Column("Days present", "int"),
        Column("Days late", "int"),
        Column("Days absent", "int"),
        Column("Attendance", "percent"),
        Column("Left early", "int"),
        Column("First in", "datetime"),
        Column("Last out", "datetime"),
        Column("Hours", "float"),
        Column("Not counted", "int"),
    ]
    note = (
        "Days expected: days with a session for the person's group"
        if data.sessions
        else "Days expected: days on which anybody of the person's group attended (no sessions)"
    )
    note += (
        "; first in is the first arrival counted in the register; hours count "
        "check-in/check-out pairs on the same day"
    )
    if data.sessions:
        note += (
            f"; not counted: marks outside every session of the person's group (more than "
            f"{_minutes(data.grace)} min before its start or after its end), listed in the "
            "event log"
        )
    note += "."
    return Table("summary", "Summary per person", cols, rows, len(data.people), totals, note)


def _register_table(data: ReportData) -> Table:
    reg = data.analysis.register
    days = [d for d in reg.days if any(d in row for row in reg.cells.values())]

    def rows() -> Iterator[tuple[Any, ...]]:
        for p in data.people:
            row = reg.cells.get(p.id, {})
            marks = [row.get(d, "") for d in days]
            n_late = marks.count(rules.LATE)
            yield (
                p.name,
                p.external_id or "",
                data.groups[p.id],
                *marks,
                marks.count(rules.PRESENT) + n_late,
                n_late,
                marks.count(rules.ABSENT),
            )

    totals = (
        "Present that day",
        "",
        "",
        *[reg.present_per_day.get(d, 0) for d in days],
        sum(reg.present_per_day.get(d, 0) for d in days),
        sum(reg.late_per_day.get(d, 0) for d in days),
        sum(reg.absent_per_day.get(d, 0) for d in days),
    )
    cols = [
        Column("Name", "text"),
        Column("ID", "text"),
        Column("Group", "text"),
        *[Column(d.isoformat(), "mark", 6) for d in days],
        Column("Present", "int"),
        Column("Late", "int"),
        Column("Absent", "int"),
    ]
    note = "P = present, L = late, A = absent, empty = no session for this person that day."
    table = Table("register", "Register", cols, rows, len(data.people), totals, note)
    return table


def register_days(table: Table) -> list[dt.date]:
    return [dt.date.fromisoformat(c.title) for c in table.columns if c.kind == "mark"]
