"""Attendance rules as pure functions: nothing here reads a clock, a database or a setting.

Late marks, early leaves, absences and per-person summaries are *computed* from events,
sessions and people every time a report asks; they are never stored, so a correction (an
added, deleted or re-assigned event) changes every report at once.

Definitions (the same in the register, the summary and the PDF):

- An *arrival* is a ``check_in`` or ``present`` event; a *departure* is a ``check_out``.
- An event belongs to a session when it falls in the session's window -- from ``grace``
  before its start (default 15 minutes, ``attendance.grace_minutes``: someone who arrived
  just before the operator pressed Start was there) to its end -- and either carries that
  session's id, or is *free*: made without a session (before one existed, manual marks), or
  tagged with a session that no longer holds it (deleted, or its times edited so that the
  mark lies outside its window; see ``own_session``). A free mark counts for every session
  of the person's group whose window holds it. A mark outside every session of the person's
  group is *not counted*: reports list it and say so.
- **Late**: the person's first arrival in a session is strictly after the session's
  ``late_after``. Group-photo marks (``source="photo"``) prove presence, not arrival time,
  so a person whose only arrivals are photo marks is present, not late.
- **Left early**: check-in/out only: the person's last event in the session is a check-out
  before the session's end.
- **Absent**: a member of the session's group (every active person for a session without a
  group) with no arrival in that session. Members are those of the group while the session
  ran (membership history, ``analyse(members=...)``), not those of today.
- **A day** in the register: A when absent from every session that applies to the person
  that day, L when late to any attended one, else P; empty when no session applies.
- **Local day**: the calendar date in the report's time zone (DST-aware: a local day can
  last 23 or 25 hours).
- **Expected days** (for "days absent"): the local days with at least one session that
  applies to the person; when the range has no sessions at all, the days on which anybody of
  the person's group has a mark (the days the place was open).
- **Hours**: check-in/check-out pairs on the same local day; an unpaired check-in adds
  nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
import warnings
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter
from typing import Any, Protocol, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from desktop_app.storage.records import STATED  # marks the operator put into a session

log = logging.getLogger(__name__)

# the default of ``settings.attendance.grace_minutes`` (callers pass the setting)
DEFAULT_GRACE = dt.timedelta(minutes=15)
ARRIVALS = frozenset({"check_in", "present"})
DEPARTURE = "check_out"
PRESENT, LATE, ABSENT = "P", "L", "A"


# --- the shapes the rules read (EventRecord, SessionRecord, PersonRecord all fit) ------------
class EventLike(Protocol):
    @property
    def person_id(self) -> int: ...
    @property
    def session_id(self) -> int | None: ...
    @property
    def kind(self) -> str: ...
    @property
    def at_utc(self) -> dt.datetime: ...
    @property
    def source(self) -> str: ...


class SessionLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def group_name(self) -> str | None: ...
    @property
    def starts_at(self) -> dt.datetime: ...
    @property
    def ends_at(self) -> dt.datetime | None: ...
    @property
    def late_after(self) -> dt.datetime | None: ...


class PersonLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def group_name(self) -> str | None: ...


S = TypeVar("S", bound=SessionLike)
E = TypeVar("E", bound=EventLike)


# --- time zones and local days ----------------------------------------------------------------
def resolve_zone(name: str | None) -> dt.tzinfo:
    """The IANA zone ``name``, or the system's zone when ``name`` is None.

    Zone rules come from the system database where there is one and from the ``tzdata``
    package otherwise (Windows has none). The system zone is found by ``tzlocal``: the
    Windows registry, macOS's and Linux's ``/etc/localtime`` link, ``TZ``. Only when nothing
    names a zone does it fall back to today's fixed UTC offset, with a warning (summer time
    is then wrong: set ``attendance.timezone``).
    """
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            from desktop_app.errors import ConfigError

            raise ConfigError(
                f"Unknown time zone {name!r} in attendance.timezone. Use an IANA name such as "
                "Europe/Berlin or America/New_York, or remove it to use the system zone."
            ) from exc
    zone = system_zone()
    if zone is not None:
        return zone
    fixed = dt.datetime.now().astimezone().tzinfo or dt.UTC
    log.warning(
        "The system time zone has no name this app can find; using the fixed offset %s, "
        "which ignores summer time. Set attendance.timezone (e.g. Europe/Berlin).",
        fixed,
    )
    return fixed


def system_zone() -> ZoneInfo | None:
    """The operating system's zone as an IANA ``ZoneInfo`` (DST-aware), or None."""
    import tzlocal  # imported here: the rules themselves never need it

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            name = tzlocal.get_localzone_name()
        except Exception as exc:  # ZoneInfoNotFoundError, a registry or config oddity
            log.debug("tzlocal found no zone name: %s", exc)
            name = None
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError) as exc:
                log.debug("system zone %r is not in the zone database: %s", name, exc)
        try:
            zone = tzlocal.get_localzone()  # /etc/localtime read as a file (no name)
        except Exception as exc:
            log.debug("tzlocal found no zone: %s", exc)
            return None
    if any("defaulting to UTC" in str(w.message) for w in caught):
        return None  # tzlocal's guess, not the system's setting
    return zone if isinstance(zone, ZoneInfo) else None


def local_date(at_utc: dt.datetime, tz: dt.tzinfo) -> dt.date:
    return at_utc.astimezone(tz).date()


def day_bounds(day: dt.date, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """``[start, end)`` of the local ``day`` in UTC (23 h or 25 h on DST change days)."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=tz).astimezone(dt.UTC)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=tz).astimezone(dt.UTC)
    return start, end


def range_bounds(first: dt.date, last: dt.date, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """UTC ``[start, end)`` covering the local days ``first``..``last`` inclusive."""
    if last < first:
        raise ValueError("the range ends before it starts")
    return day_bounds(first, tz)[0], day_bounds(last, tz)[1]


def days_between(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def repeated_hour(local: dt.datetime) -> bool:
    """``local`` lies in the hour the clocks go back, which comes twice (02:30 CEST, then
    02:30 CET): a time there needs its zone's abbreviation to be read right."""
    return local.tzinfo is not None and (
        local.replace(fold=1 - local.fold).utcoffset() != local.utcoffset()
    )


def wall_times(wall: dt.datetime, tz: dt.tzinfo) -> list[dt.datetime]:
    """The instants (aware, in ``tz``) whose clock there reads ``wall`` (naive): none in the
    hour the clocks skip in spring, two in the hour they go back (the earlier first), else
    one. Where a person types a time, the first asks for another and the second which."""
    out: dict[dt.datetime, dt.datetime] = {}  # by the UTC instant (same-zone times ignore fold)
    for fold in (0, 1):
        utc = wall.replace(tzinfo=tz, fold=fold).astimezone(dt.UTC)
        back = utc.astimezone(tz)
        if back.replace(tzinfo=None, fold=0) == wall.replace(fold=0):
            out.setdefault(utc, back)
    return [out[k] for k in sorted(out)]


def zoned(text: str, local: dt.datetime) -> str:
    """``text`` (``local`` written in any form) with the zone's abbreviation after it when
    ``local`` lies in the hour that comes twice (``repeated_hour``): "02:30 CEST"."""
    return f"{text} {local.tzname()}" if repeated_hour(local) else text


def clock_text(local: dt.datetime) -> str:
    """ "09:05"; "02:30 CEST" in the hour that comes twice (``repeated_hour``), so a night
    session 02:30-02:00 reads as 02:30 CEST-02:00 CET, not as ending before it starts."""
    return zoned(f"{local:%H:%M}", local)


def to_local(at_utc: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """Aware local time (keep the zone so DST's repeated hour stays unambiguous)."""
    return at_utc.astimezone(tz)


# --- sessions ---------------------------------------------------------------------------------
def session_contains(
    session: SessionLike, at_utc: dt.datetime, grace: dt.timedelta = dt.timedelta(0)
) -> bool:
    """``at_utc`` lies in ``[start - grace, end)``."""
    return session.starts_at - grace <= at_utc and (
        session.ends_at is None or at_utc < session.ends_at
    )


def session_applies(session: SessionLike, group_name: str | None) -> bool:
    """A session for a group applies to its members; one without a group to everybody."""
    return session.group_name is None or session.group_name == group_name


def overlapping(sessions: Sequence[S]) -> dict[int, list[S]]:
    """Session id -> the other sessions of ``sessions`` of its own group (both for everybody
    counts as one group) that run at the same time, oldest first. A group has one session at
    a time since session 7; databases from before may hold such pairs, which split a class's
    marks between two registers. Open-ended sessions run on; back to back is no overlap."""
    out: dict[int, list[S]] = {}
    by_group: dict[str | None, list[S]] = defaultdict(list)
    for x in sessions:
        by_group[x.group_name].append(x)
    for same in by_group.values():
        same.sort(key=lambda x: (x.starts_at, x.id))
        for i, a in enumerate(same):
            for b in same[i + 1 :]:
                if a.ends_at is not None and b.starts_at >= a.ends_at:
                    break  # b and every later one start after a ended
                out.setdefault(a.id, []).append(b)
                out.setdefault(b.id, []).append(a)
    for others in out.values():
        others.sort(key=lambda x: (x.starts_at, x.id))
    return out


def pick_session(sessions: Sequence[SessionLike], group_name: str | None) -> SessionLike | None:
    """The open session a recognised person is marked into: their group's session first,
    then a session for everybody; a session of another group does not take them."""
    own = [s for s in sessions if s.group_name is not None and s.group_name == group_name]
    if own:
        return max(own, key=lambda s: s.starts_at)
    everyone = [s for s in sessions if s.group_name is None]
    if everyone:
        return max(everyone, key=lambda s: s.starts_at)
    return None


def holds(session: SessionLike, event: EventLike, grace: dt.timedelta = DEFAULT_GRACE) -> bool:
    """``session`` (the one ``event`` is tagged with) keeps it: its window holds the mark, or
    the mark was put into it by the operator (``STATED``), whatever its times become."""
    return event.source in STATED or session_contains(session, event.at_utc, grace)


def own_session(
    event: EventLike, tagged: Mapping[int, SessionLike], grace: dt.timedelta = DEFAULT_GRACE
) -> int | None:
    """The session a mark is held to: the one it was tagged with when it was made, as long
    as that session still exists and ``holds`` it (its window, ``grace`` before the start
    included, holds the mark; a mark added by hand or by a group photo stays regardless).
    None for a *free* mark: made without a session, or whose session was deleted, or a
    camera's mark that an edit of its session's start or end left outside it. A free mark
    counts like one made without a session (every session of the person's group whose window
    holds it), so a register follows the times the operator gave, not the ones the camera
    saw then.

    ``tagged`` must hold every session the events are tagged with that still exists
    (``Sessions.by_ids``): a missing one reads as deleted. This is the one rule; ``analyse``
    applies it to many events at once and a test holds the two together."""
    sid = event.session_id
    if sid is None:
        return None
    session = tagged.get(sid)
    if session is None or not holds(session, event, grace):
        return None
    return sid


def carried(
    marks: Iterable[E],
    old_start: dt.datetime,
    new_start: dt.datetime,
    tz: dt.tzinfo,
    now: dt.datetime,
) -> list[tuple[E, dt.datetime]]:
    """The marks of a session (``marks``: those made into it) that move with it when its
    start moves from ``old_start`` to ``new_start``, with their new times. Only marks the
    operator put into it (``STATED``): one at its start (within the second: the dialogs give
    whole seconds) goes to the new start ("there from the start"), and when the session moves
    to another local day every such mark moves by as much as its start. Nothing moves into
    the future (after ``now``); the camera's marks keep their times (``own_session``)."""
    shift = new_start - old_start
    if not shift:
        return []
    other_day = local_date(new_start, tz) != local_date(old_start, tz)
    out = []
    for e in marks:
        if e.source not in STATED:
            continue
        if abs(e.at_utc - old_start) < dt.timedelta(seconds=1):
            new_at = new_start
        elif other_day:
            new_at = e.at_utc + shift
        else:
            continue
        if new_at <= now:
            out.append((e, new_at))
    return out


def left_outside(
    marks: Iterable[E], session: SessionLike, grace: dt.timedelta = DEFAULT_GRACE
) -> list[E]:
    """The marks made into ``session`` that its times (saved, or about to be) no longer hold:
    they count like marks made without a session (``own_session``)."""
    held = {session.id: session}
    return [e for e in marks if own_session(e, held, grace) is None]


def event_in_session(
    event: EventLike,
    session: SessionLike,
    grace: dt.timedelta = DEFAULT_GRACE,
    *,
    tagged: Mapping[int, SessionLike],
) -> bool:
    """The event counts for ``session``: held to it (``own_session``), or free and in its
    window (with ``grace`` before the start). ``tagged``: as for ``own_session``; ``session``
    itself need not be in it."""
    if event.session_id == session.id:
        own = event.session_id if holds(session, event, grace) else None
    else:
        own = own_session(event, tagged, grace)
    if own is not None:
        return own == session.id
    return session_contains(session, event.at_utc, grace)


def added_into(
    event: EventLike,
    session_id: int,
    tagged: Mapping[int, SessionLike],
    grace: dt.timedelta = DEFAULT_GRACE,
) -> bool:
    """An arrival the operator put into this session (``STATED``: by hand, or a confirmed
    group photo; held to it): it counts there and puts its person on that session's register
    even if they were not a member of its group then (a pupil enrolled after the lesson,
    marked from the paper list). Camera marks, a pinned kiosk's too, count only for members.
    ``analyse`` applies the same rule to its tuples."""
    return (
        event.source in STATED
        and event.kind in ARRIVALS
        and own_session(event, tagged, grace) == session_id
    )


def marks_for(
    session: SessionLike,
    events: Iterable[E],
    members: Collection[int],
    tagged: Mapping[int, SessionLike],
    grace: dt.timedelta = DEFAULT_GRACE,
) -> list[E]:
    """The marks that count for ``session`` in its register: its members' (``members``:
    the people who were in its group while it ran) that ``event_in_session`` gives it, and
    those of people added into it by hand (``added_into``)."""
    events = list(events)
    listed = set(members) | {
        e.person_id for e in events if added_into(e, session.id, tagged, grace)
    }
    return [
        e
        for e in events
        if e.person_id in listed and event_in_session(e, session, grace, tagged=tagged)
    ]


def session_day(session: SessionLike, tz: dt.tzinfo) -> dt.date:
    """The local day a session belongs to: the one it starts on (an evening study 20:00-01:00
    is Monday's, its marks after midnight too)."""
    return local_date(session.starts_at, tz)


def reach(
    sessions: Iterable[SessionLike], start: dt.datetime, end: dt.datetime, grace: dt.timedelta
) -> tuple[dt.datetime, dt.datetime | None]:
    """The UTC span ``[lo, hi)`` of the marks that can count for ``sessions`` or lie in
    ``[start, end)``: from ``grace`` before the earliest start to the latest end. A session
    without an end runs until it is ended, so ``hi`` is None (every later mark), as
    ``session_contains`` holds it. The one span the roll call and the reports read; the
    Attendance page and ``attendance list`` read its open end as the later marks of the
    unended sessions' members (``service.marks_on_days``: a capped list)."""
    lo: dt.datetime = start
    hi: dt.datetime | None = end
    for x in sessions:
        lo = min(lo, x.starts_at - grace)
        if hi is not None:
            hi = None if x.ends_at is None else max(hi, x.ends_at)
    return lo, hi


def on_days(
    events: Sequence[E],
    start: dt.datetime,
    end: dt.datetime,
    sessions: Sequence[SessionLike],
    members: Callable[[], Mapping[int, Collection[int]]],
    others: Sequence[SessionLike],
    others_members: Callable[[], Mapping[int, Collection[int]]],
    tagged: Callable[[], Mapping[int, SessionLike]],
    grace: dt.timedelta = DEFAULT_GRACE,
) -> list[E]:
    """The marks a view of the local days ``[start, end)`` lists: a mark belongs to the
    session it counts for, and a session to the day it starts on (``session_day``).

    Kept: the marks made in the days, except those that count for one of ``others``
    (sessions starting on another day whose windows reach into them: last night's study
    until 01:00, a session left without an end) and for none of ``sessions`` (those
    starting in the days), and except those the operator put into a session that starts on
    another day now (an edit moved it and left them, ``holds``). Also kept: the marks made
    outside the days that count for one of ``sessions`` (its part after midnight, the grace
    before a start just after midnight, a mark put into it before an edit moved it).

    A mark counts for a session when ``event_in_session`` gives it and its person was a
    member (``members``: session id -> person ids) or put it there (``added_into``), as in
    its register. A mark that no longer stands (corrected, withdrawn: "Show corrected",
    ``--all``) counts nowhere and is on its own day. The reports, the Attendance page and
    ``attendance list`` all filter with this. ``members``, ``others_members`` and ``tagged``
    (as for ``own_session``) are asked for only when a mark needs them: most days have no
    mark near another day's session."""
    lo, hi = start.timestamp(), end.timestamp()
    grace_s = grace.total_seconds()
    ts_of = attrgetter("ts") if events and hasattr(events[0], "ts") else _timestamp
    windows = [_window(x, grace_s) for x in others]
    ids = {x.id for x in others}
    known: dict[str, Any] = {}

    def ask(key: str, read: Callable[[], Any]) -> Any:
        if key not in known:
            known[key] = read()
        return known[key]

    def counts(e: EventLike, x: SessionLike, of: Mapping[int, Collection[int]]) -> bool:
        held = ask("tagged", tagged)
        return event_in_session(e, x, grace, tagged=held) and (
            e.person_id in of.get(x.id, ()) or added_into(e, x.id, held, grace)
        )

    def own(e: EventLike) -> bool:
        return bool(sessions) and any(counts(e, x, ask("own", members)) for x in sessions)

    out = []
    for e in events:
        ts = ts_of(e)
        if getattr(e, "status", "valid") != "valid":  # corrected, withdrawn: counts nowhere
            if lo <= ts < hi:
                out.append(e)
            continue
        if not lo <= ts < hi:
            if own(e):
                out.append(e)
            continue
        if e.source in STATED and e.session_id is not None:
            x = ask("tagged", tagged).get(e.session_id)
            if x is not None and not lo <= x.starts_at.timestamp() < hi:
                continue  # put into a session of another day: that day's
        near = e.session_id in ids or any(a <= ts < b for a, b in windows)
        if near and any(counts(e, x, ask("others", others_members)) for x in others) and not own(e):
            continue  # another day's
        out.append(e)
    return out


def counted_for(
    events: Iterable[EventLike],
    sessions: Sequence[SessionLike],
    members: Mapping[int, Collection[int]],
    tagged: Mapping[int, SessionLike],
    grace: dt.timedelta = DEFAULT_GRACE,
) -> list[int | None]:
    """Per event, the session it is shown under in an event list: the one it is held to
    (``own_session``), else the earliest of ``sessions`` that the person was a member of
    (``members``: session id -> person ids, as ``analyse`` takes them) and whose window holds
    it (a free mark counts in each such session, as ``analyse`` does); None when none does.
    The candidates are found by bisection on the starts, as ``_Holding`` does for ``analyse``:
    a year of sessions must not be scanned once per free mark (a check-out after the end)."""
    ordered = sorted(sessions, key=lambda x: (x.starts_at, x.id))
    starts = [x.starts_at for x in ordered]
    longest = max(
        [dt.timedelta(0), *(x.ends_at - x.starts_at for x in ordered if x.ends_at is not None)]
    )
    unended = [x for x in ordered if x.ends_at is None]  # run on: any earlier start
    out: list[int | None] = []
    for e in events:
        own = own_session(e, tagged, grace)
        if own is None:
            at = e.at_utc
            early = [x for x in unended if x.starts_at < at - longest]
            near = ordered[bisect_left(starts, at - longest) : bisect_right(starts, at + grace)]
            own = next(
                (
                    x.id
                    for x in (*early, *near)
                    if e.person_id in members.get(x.id, ()) and session_contains(x, at, grace)
                ),
                None,
            )
        out.append(own)
    return out


def uncounted(
    events: Iterable[Any],
    tagged: Mapping[int, SessionLike],
    members: Mapping[int, Collection[int]],
    counted: Mapping[int, int],
    grace: dt.timedelta = DEFAULT_GRACE,
) -> set[int]:
    """Ids of the valid arrivals among ``events`` (records with ``id`` and ``status``) that
    count for no session, which a report's event log calls "not counted" (``analyse``:
    ``NOT_COUNTED``): one held to its session (``own_session``) whose person was no member
    of it (``members``: session id -> person ids, of the ``tagged`` sessions) and was not put
    there by the operator (``added_into``: a pinned kiosk's mark of another class), or a
    free one that ``counted_for`` gave no session (``counted``: event id -> session id)."""
    out = set()
    for e in events:
        if e.kind not in ARRIVALS or e.status != "valid":
            continue
        sid = own_session(e, tagged, grace)
        if sid is None:
            if e.id not in counted:
                out.add(e.id)
        elif e.person_id not in members.get(sid, ()) and not added_into(e, sid, tagged, grace):
            out.add(e.id)
    return out


@dataclass(frozen=True)
class SessionAttendance:
    """One person in one session."""

    person_id: int
    session_id: int
    status: str  # P | L | A
    first_in: dt.datetime | None
    last_out: dt.datetime | None
    left_early: bool

    @property
    def present(self) -> bool:
        return self.status != ABSENT


def evaluate_person_in_session(
    session: SessionLike,
    person_id: int,
    events: Iterable[EventLike],
    grace: dt.timedelta = DEFAULT_GRACE,
    *,
    tagged: Mapping[int, SessionLike],
) -> SessionAttendance:
    """P, L or A (and early leave) from this person's events; others' events are ignored."""
    mine = sorted(
        (
            e
            for e in events
            if e.person_id == person_id and event_in_session(e, session, grace, tagged=tagged)
        ),
        key=lambda e: e.at_utc,
    )
    arrivals = [e for e in mine if e.kind in ARRIVALS]
    if not arrivals:
        return SessionAttendance(person_id, session.id, ABSENT, None, None, False)
    timed = [e for e in arrivals if e.source != "photo"]
    late = bool(session.late_after is not None and timed and timed[0].at_utc > session.late_after)
    outs = [e for e in mine if e.kind == DEPARTURE]
    last_out = outs[-1].at_utc if outs else None
    left_early = bool(
        session.ends_at is not None
        and mine[-1].kind == DEPARTURE
        and mine[-1].at_utc < session.ends_at
    )
    return SessionAttendance(
        person_id, session.id, LATE if late else PRESENT, arrivals[0].at_utc, last_out, left_early
    )


def evaluate_session(
    session: SessionLike,
    member_ids: Iterable[int],
    events: Iterable[EventLike],
    grace: dt.timedelta = DEFAULT_GRACE,
    *,
    tagged: Mapping[int, SessionLike],
) -> dict[int, SessionAttendance]:
    """Every member's P/L/A for ``session`` (``events`` may contain anything; ``tagged``:
    the sessions they are tagged with, as for ``own_session``)."""
    by_person: dict[int, list[EventLike]] = defaultdict(list)
    for e in events:
        if event_in_session(e, session, grace, tagged=tagged):
            by_person[e.person_id].append(e)
    return {
        pid: evaluate_person_in_session(session, pid, by_person.get(pid, ()), grace, tagged=tagged)
        for pid in member_ids
    }


def members_of(session: SessionLike, people: Iterable[PersonLike]) -> list[int]:
    return [p.id for p in people if session_applies(session, p.group_name)]


def absentees(
    session: SessionLike,
    people: Iterable[PersonLike],
    events: Iterable[EventLike],
    grace: dt.timedelta = DEFAULT_GRACE,
    *,
    tagged: Mapping[int, SessionLike],
) -> list[int]:
    """Ids of the session's members with no arrival in it."""
    people = list(people)
    result = evaluate_session(session, members_of(session, people), events, grace, tagged=tagged)
    return [pid for pid, a in result.items() if a.status == ABSENT]


def late_arrivals(
    session: SessionLike,
    people: Iterable[PersonLike],
    events: Iterable[EventLike],
    grace: dt.timedelta = DEFAULT_GRACE,
    *,
    tagged: Mapping[int, SessionLike],
) -> list[int]:
    people = list(people)
    result = evaluate_session(session, members_of(session, people), events, grace, tagged=tagged)
    return [pid for pid, a in result.items() if a.status == LATE]


# --- hours --------------------------------------------------------------------------------------
def worked_seconds(events: Iterable[EventLike], tz: dt.tzinfo) -> float:
    """Sum of check-in -> check-out pairs on the same local day (one person's events)."""
    total = 0.0
    open_in: dt.datetime | None = None
    open_day: dt.date | None = None
    for e in sorted(events, key=lambda e: e.at_utc):
        day = local_date(e.at_utc, tz)
        if e.kind == "check_in":
            if open_in is None or open_day != day:
                open_in, open_day = e.at_utc, day
        elif e.kind == DEPARTURE and open_in is not None:
            if open_day == day:
                total += (e.at_utc - open_in).total_seconds()
            open_in, open_day = None, None
    return total


# --- summaries and registers --------------------------------------------------------------------
@dataclass(frozen=True)
class PersonSummary:
    person_id: int
    days_present: int
    days_late: int
    days_absent: int
    left_early: int
    first_in: dt.datetime | None  # earliest *counted* arrival in the range (UTC)
    last_out: dt.datetime | None  # latest departure in the range (UTC)
    hours: float  # from check-in/out pairs; 0.0 in "present" mode
    expected_days: int
    not_counted: int = 0  # arrivals outside every session of the person's group

    @property
    def rate(self) -> float | None:
        """Share of expected days present, 0..1; None without expected days."""
        if self.expected_days <= 0:
            return None
        return min(1.0, self.days_present / self.expected_days)


@dataclass(frozen=True)
class Register:
    days: list[dt.date]
    cells: dict[int, dict[dt.date, str]]  # person id -> day -> P/L/A/""
    present_per_day: dict[dt.date, int] = field(default_factory=dict)
    late_per_day: dict[dt.date, int] = field(default_factory=dict)
    absent_per_day: dict[dt.date, int] = field(default_factory=dict)


NOT_COUNTED = -1  # Analysis.counted_in: the event is outside every session that applies


@dataclass(frozen=True)
class Analysis:
    """Everything the reports need, from one pass over the events."""

    days: list[dt.date]
    summaries: dict[int, PersonSummary]
    register: Register
    # per input event (same order): the session id it counted for (a free mark counting
    # for several: the earliest), NOT_COUNTED, or None when the report has no sessions
    # (then every arrival counts for its day) or for a departure that counts for none
    counted_in: list[int | None] = field(default_factory=list)
    # input positions of the tagged marks their session no longer holds (own_session: None)
    freed: set[int] = field(default_factory=set)


def analyse(
    people: Sequence[PersonLike],
    events: Iterable[EventLike],
    sessions: Sequence[SessionLike],
    tz: dt.tzinfo,
    first: dt.date,
    last: dt.date,
    grace: dt.timedelta = DEFAULT_GRACE,
    *,
    tagged: Mapping[int, SessionLike],
    members: Mapping[int, Collection[int]] | None = None,
    groups_then: Mapping[int, Sequence[tuple[float, float, str | None]]] | None = None,
) -> Analysis:
    """Per-person summaries and the people x days register for ``first``..``last``.

    ``events`` are the valid events of the range (any order), and the marks put into
    ``sessions`` by the operator made on other days (they count on their session's day;
    other events outside the range are ignored); ``sessions`` the sessions
    starting in the range (already filtered to a group/session when the report asks);
    ``tagged`` the sessions the events are tagged with (``own_session``'s rule decides which
    marks are held to them, here on plain numbers). ``members``: session id -> the people
    who were its members while it ran (membership history); a person's sessions are then
    those, and any of ``sessions`` an arrival of theirs was put into by the operator
    (``added_into``); without ``members``, those of their group now. ``groups_then``: person
    id -> their memberships overlapping the range as (from, until, group) in seconds since
    1970; without sessions, a day is expected for someone when anybody of the group they
    were in that day attended (without it, or for someone it lacks: their group now).
    One pass per person over their events, with local days found by bisection on the UTC
    start of each local day.
    """
    days = days_between(first, last)
    n_days = len(days)
    edges = [day_bounds(d, tz)[0].timestamp() for d in days]
    edges.append(day_bounds(last, tz)[1].timestamp())
    group_of = {p.id: p.group_name for p in people}
    grace_s = grace.total_seconds()

    # (ts, day index, kind, session id, source, input position) per person, oldest first
    Item = tuple[float, int, str, int | None, str, int]
    per_person: dict[int, list[Item]] = defaultdict(list)
    events = list(events)
    counted_in: list[int | None] = [None] * len(events)
    freed: set[int] = set()
    # reports pass lean rows that carry epoch seconds as ``ts``; records carry ``at_utc``
    ts_of = attrgetter("ts") if events and hasattr(events[0], "ts") else _timestamp
    # a mark outside the report's days (a session's part after midnight, or a mark put into
    # a session that an edit moved to another day: ``holds``) counts only in a session of
    # the report, on that session's day: day index -1, so it adds no hours (and a mark put
    # in on another day is no "first in")
    day_of_session = {}
    for x in sessions:
        idx = bisect_right(edges, x.starts_at.timestamp()) - 1
        if 0 <= idx < n_days:
            day_of_session[x.id] = idx
    for pos, e in enumerate(events):
        if e.person_id not in group_of:
            continue
        ts = ts_of(e)
        idx = bisect_right(edges, ts) - 1
        if not 0 <= idx < n_days:  # counts only through a session of the report
            if not day_of_session:
                continue
            idx = -1
        per_person[e.person_id].append((ts, idx, e.kind, e.session_id, e.source, pos))
    first_item = itemgetter(0)
    for evs in per_person.values():
        evs.sort(key=first_item)

    # own_session's windows: a tagged mark inside its session's window is held to it
    held = {x.id: _window(x, grace_s) for x in (*tagged.values(), *sessions)}

    # sessions as plain tuples: (id, day index, window start, end, late_after, group)
    inf = float("inf")
    Sess = tuple[int, int, float, float, float, str | None]
    sess: list[Sess] = []
    for x in sessions:
        idx = day_of_session.get(x.id, -1)
        if idx >= 0:
            lo, hi = held[x.id]
            late_ts = x.late_after.timestamp() if x.late_after else inf
            sess.append((x.id, idx, lo, hi, late_ts, x.group_name))
    sess.sort(key=lambda t: t[2])
    sessions_for_group: dict[str | None, list[Sess]] = {}
    for g in set(group_of.values()):
        sessions_for_group[g] = [t for t in sess if t[5] is None or t[5] == g]
    sess_by_id = {t[0]: t for t in sess}
    sessions_of: dict[int, list[Sess]] | None = None
    if members is not None:
        sessions_of = defaultdict(list)
        for one in sess:  # oldest window first, as above
            for pid in members.get(one[0], ()):
                sessions_of[pid].append(one)

    open_days_by_group: dict[str | None, set[int]] = defaultdict(set)
    days_in: dict[int, dict[str | None, set[int]]] = {}  # person -> group -> days in it
    if not sess:
        days_in = _days_in_groups(people, groups_then or {}, edges)
        for pid, evs in per_person.items():
            came = {i for _, i, k, *_ in evs if k in ARRIVALS and i >= 0}
            if pid not in days_in:
                open_days_by_group[group_of[pid]].update(came)
                continue
            for g, on in days_in[pid].items():
                open_days_by_group[g].update(came & on)
    any_open: set[int] = set().union(*open_days_by_group.values()) if open_days_by_group else set()

    cells: dict[int, dict[dt.date, str]] = {}
    summaries: dict[int, PersonSummary] = {}
    for p in people:
        evs = per_person.get(p.id, [])
        status_by_day: dict[int, str] = {}
        left_early = 0
        first_in: float | None = None
        not_counted = 0
        if sess:
            if sessions_of is None:
                mine = sessions_for_group.get(p.group_name, [])
            else:
                mine = sessions_of.get(p.id, [])
                held_in = {  # put into a session they were no member of (added_into)
                    ev[3]
                    for ev in evs
                    if ev[3] in sess_by_id and ev[2] in ARRIVALS and ev[4] in STATED
                }
                if held_in - {t[0] for t in mine}:
                    mine = sorted(
                        {*mine, *(sess_by_id[sid] for sid in held_in)}, key=itemgetter(2, 0)
                    )
            by_id = {t[0]: t for t in mine}
            buckets: dict[int, list[Item]] = defaultdict(list)
            holding: _Holding | None = None  # built at this person's first free mark
            for ev in evs:  # oldest first
                ts, sid = ev[0], ev[3]
                w = held.get(sid) if sid is not None else None
                if w is not None and (w[0] <= ts < w[1] or ev[4] in STATED):  # held (holds)
                    hit = sid if sid in by_id else None
                    if hit is not None:
                        buckets[hit].append(ev)
                else:  # free: every session of the group whose window holds it
                    if sid is not None:
                        freed.add(ev[5])
                    hit = None
                    if holding is None:
                        holding = _Holding(mine)
                    for t in holding(ts):
                        buckets[t[0]].append(ev)
                        hit = t[0] if hit is None else hit
                if hit is not None:
                    counted_in[ev[5]] = hit
                    if (
                        first_in is None
                        and ev[2] in ARRIVALS
                        and (ev[1] >= 0 or ev[4] not in STATED)
                    ):
                        first_in = ts
                elif ev[2] in ARRIVALS and ev[1] >= 0:  # a departure after the end: normal
                    counted_in[ev[5]] = NOT_COUNTED
                    not_counted += 1
            for sid, idx, _start, end, late_after, _g in mine:
                b = buckets.get(sid)
                status = ABSENT
                if b:
                    arrived = False
                    first_timed = None
                    for item in b:  # oldest first; the first camera/manual arrival decides
                        if item[2] in ARRIVALS:
                            arrived = True
                            if item[4] != "photo":
                                first_timed = item[0]
                                break
                    if arrived:
                        status = (
                            LATE
                            if first_timed is not None and first_timed > late_after
                            else PRESENT
                        )
                        if b[-1][2] == DEPARTURE and b[-1][0] < end:
                            left_early += 1
                prev = status_by_day.get(idx)
                status_by_day[idx] = status if prev is None else combine_day((prev, status))
        else:
            attended = {i for _, i, k, *_ in evs if k in ARRIVALS}
            if p.id in days_in:  # the group they were in on each day
                expected = set()
                for g, on in days_in[p.id].items():
                    expected |= on & open_days_by_group.get(g, set())
                if not expected and not any(open_days_by_group.get(g) for g in days_in[p.id]):
                    expected = any_open & set().union(*days_in[p.id].values())
            else:
                expected = open_days_by_group.get(p.group_name) or any_open
            for i in expected:
                status_by_day[i] = PRESENT if i in attended else ABSENT
            first_in = next((e[0] for e in evs if e[2] in ARRIVALS), None)

        last_out: float | None = None
        worked = 0.0
        open_in: tuple[float, int] | None = None
        for ts, idx, kind, _sid, _src, _pos in evs:  # hours: every check-in/out pair
            if idx < 0:  # made on another day (see day_of_session)
                continue
            if kind == "check_in":
                if open_in is None or open_in[1] != idx:
                    open_in = (ts, idx)
            elif kind == DEPARTURE:
                last_out = ts
                if open_in is not None:
                    if open_in[1] == idx:
                        worked += ts - open_in[0]
                    open_in = None

        row = {days[i]: v for i, v in sorted(status_by_day.items())}
        cells[p.id] = row
        values = list(status_by_day.values())
        n_late = values.count(LATE)
        n_absent = values.count(ABSENT)
        summaries[p.id] = PersonSummary(
            person_id=p.id,
            days_present=len(values) - n_absent,
            days_late=n_late,
            days_absent=n_absent,
            left_early=left_early,
            first_in=dt.datetime.fromtimestamp(first_in, dt.UTC) if first_in is not None else None,
            last_out=dt.datetime.fromtimestamp(last_out, dt.UTC) if last_out is not None else None,
            hours=worked / 3600.0,
            expected_days=len(values),
            not_counted=not_counted,
        )

    present = dict.fromkeys(days, 0)
    late = dict.fromkeys(days, 0)
    absent = dict.fromkeys(days, 0)
    for row in cells.values():
        for day, v in row.items():
            if v == PRESENT:
                present[day] += 1
            elif v == LATE:
                present[day] += 1
                late[day] += 1
            elif v == ABSENT:
                absent[day] += 1
    register = Register(days, cells, present, late, absent)
    return Analysis(days, summaries, register, counted_in, freed)


def _days_in_groups(
    people: Sequence[PersonLike],
    groups_then: Mapping[int, Sequence[tuple[float, float, str | None]]],
    edges: Sequence[float],
) -> dict[int, dict[str | None, set[int]]]:
    """Person id -> group -> the day indices (``edges``: the UTC starts of the local days,
    then the end of the last) on which they were in it at some moment."""
    n_days = len(edges) - 1
    out: dict[int, dict[str | None, set[int]]] = {}
    for p in people:
        spans = groups_then.get(p.id)
        if spans is None:
            continue
        mine: dict[str | None, set[int]] = defaultdict(set)
        for since, until, group in spans:
            lo = max(0, bisect_right(edges, since) - 1)
            hi = min(n_days, bisect_left(edges, until))
            mine[group].update(range(lo, hi))
        out[p.id] = mine
    return out


def _timestamp(e: EventLike) -> float:
    return e.at_utc.timestamp()


class _Holding:
    """The windows of ``sessions`` (``analyse``'s tuples, sorted by window start) that hold a
    time, earliest first, found by bisection: a year of sessions and a free mark (a check-out
    after the end is one) must not cost a scan of them all."""

    def __init__(self, sessions: Sequence[tuple[Any, ...]]) -> None:
        self.sessions = sessions = sorted(sessions, key=itemgetter(2))
        self.starts = [t[2] for t in sessions]
        finite = [t[3] - t[2] for t in sessions if t[3] != float("inf")]
        self.longest = max(finite, default=0.0)
        self.open = [t for t in sessions if t[3] == float("inf")]  # run on: any start

    def __call__(self, ts: float) -> list[tuple[Any, ...]]:
        first = bisect_left(self.starts, ts - self.longest)
        last = bisect_right(self.starts, ts)
        early_open = [t for t in self.open if t[2] < ts - self.longest]
        return [t for t in (*early_open, *self.sessions[first:last]) if t[2] <= ts < t[3]]


def _window(session: SessionLike, grace_s: float) -> tuple[float, float]:
    """``session_contains``'s ``[start - grace, end)`` in seconds since 1970."""
    end = session.ends_at.timestamp() if session.ends_at is not None else float("inf")
    return session.starts_at.timestamp() - grace_s, end


def combine_day(statuses: Sequence[str]) -> str:
    """One day's mark from its sessions: A when absent from all of them, L when late to
    any attended one, else P."""
    attended = [s for s in statuses if s != ABSENT]
    if not attended:
        return ABSENT
    return LATE if LATE in attended else PRESENT
