"""Attendance service: confirmed recognitions -> attendance events, sessions, corrections.

Core, no Qt. One instance per device (kiosk, desk PC); several devices may share one
database, which is the truth: every decision (already present? cooling down? check-in or
check-out?) is taken inside one transaction against the stored events. ``on_frame`` keeps a
small in-memory cache in front of that so calling it for every video frame costs nothing
while a person stands in front of the camera.

Modes (``settings.attendance.mode``, per device):

- ``present``: one mark per person per session (outside sessions: per local day). Seen
  again -> ``already_present``.
- ``check_in_out``: alternating check-in / check-out within the session (or local day),
  with the cooldown between two marks of one person.
- ``entry`` / ``exit``: a door device that always checks in / always checks out (cooldown
  applies).

A recognition outside any open session that applies to the person (their group's session
or one for everybody) is a plain check-in for the local day, or ignored when
``settings.attendance.outside_session == "ignore"``.

Corrections never edit or delete: the original event keeps its row with status
``corrected`` or ``deleted`` and every correction writes a hash-chained audit entry with
who, when, before, after and why.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np

from desktop_app import i18n
from desktop_app.attendance import rules
from desktop_app.config import Settings
from desktop_app.errors import AppError, NotFoundError
from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.recognition.types import FrameResult
from desktop_app.storage.db import Database
from desktop_app.storage.records import EventRecord, PersonRecord, SessionRecord
from desktop_app.storage.repositories import (
    Audit,
    Events,
    Memberships,
    People,
    Sessions,
    Templates,
)

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
KINDS = ("check_in", "check_out", "present")
# How long on_frame trusts "already present" / "ignored" before asking the database again
# (another device may have deleted the mark, a session may have opened).
RECHECK_SECONDS = 60
# A mark may be up to this far ahead of this computer's clock (another device's clock);
# anything later is refused as a mark "in the future".
CLOCK_SKEW = dt.timedelta(minutes=2)
_UNSET: Any = object()


class CorrectionError(AppError):
    """A correction cannot be applied (no reason given, event already corrected, ...)."""


class SessionError(AppError):
    """A session cannot be started, edited or ended as asked."""


class SessionConflict(SessionError):
    """The session would run at the same time as another one of the same group (or two for
    everybody). A recognised person is marked into one session of their group, so the other
    would list them absent: Start pressed twice must not make two registers of one class.

    ``other`` is the session in the way; ``can_end`` says whether ending it when the new
    one starts (``start_session(..., end_running=True)``) would make room."""

    def __init__(self, message: str, other: SessionRecord, *, can_end: bool) -> None:
        super().__init__(message)
        self.other = other
        self.can_end = can_end


class MarkError(AppError):
    """A mark cannot be recorded as asked (a time in the future, outside its session)."""


ERASED_NO_MARK = QT_TRANSLATE_NOOP(
    "Attendance",
    "This person was erased; only their past attendance is kept for the statistics, so no "
    "mark can be added for them or given to them.",
)


@dataclass(frozen=True)
class RollCallEntry:
    """One member of a session: P, L or A, and their first arrival (UTC) if any."""

    person_id: int
    name: str
    external_id: str | None
    status: str  # rules.PRESENT | LATE | ABSENT
    first_in: dt.datetime | None
    erased: bool = False  # erased, statistics kept: counted, but no mark can be added


@dataclass(frozen=True)
class MarkResult:
    status: str  # recorded | cooldown | ignored | already_present
    event: EventRecord | None
    person_name: str | None
    message: str
    person_id: int | None = None
    session_id: int | None = None

    @property
    def recorded(self) -> bool:
        return self.status == "recorded"


@dataclass(frozen=True)
class ReassignResult:
    original: EventRecord  # now status "corrected", replaced_by_id = event.id
    event: EventRecord  # the new event for the right person
    negative_template_id: int | None  # "not this person" example, None when not stored


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _event_dict(ev: EventRecord) -> dict[str, Any]:
    """An event for the audit log: ids, never the person's name (the log cannot be edited,
    so a name written there would outlive the person's erasure)."""
    return {
        "id": ev.id,
        "person_id": ev.person_id,
        "kind": ev.kind,
        "at_utc": ev.at_utc.isoformat(),
        "session_id": ev.session_id,
        "source": ev.source,
        "device": ev.device,
        "status": ev.status,
    }


def _session_dict(x: SessionRecord) -> dict[str, Any]:
    return {
        "id": x.id,
        "name": x.name,
        "group": x.group_name,
        "starts_at": x.starts_at.isoformat(),
        "ends_at": x.ends_at.isoformat() if x.ends_at else None,
        "late_after": x.late_after.isoformat() if x.late_after else None,
    }


def _already(name: str, kind: str, time: str) -> str:
    """ "Ana: already checked in at 08:02" (or checked out) in the installed language."""
    if kind == "check_out":
        text = translate("Attendance", "{name}: already checked out at {time}")
    else:
        text = translate("Attendance", "{name}: already checked in at {time}")
    return text.format(name=name, time=time)


def _recorded(name: str, kind: str, time: str, session: str | None) -> str:
    """ "Ana checked in at 08:02 (Maths 7B)" in the installed language."""
    if kind == "check_out":
        if session is not None:
            text = translate("Attendance", "{name} checked out at {time} ({session})")
        else:
            text = translate("Attendance", "{name} checked out at {time}")
    elif session is not None:
        text = translate("Attendance", "{name} checked in at {time} ({session})")
    else:
        text = translate("Attendance", "{name} checked in at {time}")
    return text.format(name=name, time=time, session=session)


class DayMarks(NamedTuple):
    """``marks_on_days``' answer."""

    events: list[EventRecord]
    more: bool  # the limit left marks out
    elsewhere: int  # marks made in the days that belong to another day's session
    sessions: list[SessionRecord]  # the sessions starting in the days


def marks_on_days(
    s: Any,
    tz: dt.tzinfo,
    first: dt.date,
    last: dt.date,
    grace: dt.timedelta,
    *,
    person_id: int | None = None,
    group_name: str | None = None,
    statuses: tuple[str, ...] | None = ("valid",),
    limit: int | None = None,
    newest_first: bool = False,
) -> DayMarks:
    """The marks of the local days ``first``..``last`` as the Attendance page and
    ``attendance list`` list them, by the reports' rule (``rules.on_days``): a mark is on
    the day of the session it counts for (an evening study's 00:30 mark is on the study's
    day; a session without an end claims its later marks), else on its own day. ``s``: an
    open database session; the filters as ``Events.query``'s. With a ``limit``, the marks
    made in the days come first (a session left without an end claims thousands of later
    ones), and ``more`` says that some were left out."""
    start, end = rules.range_bounds(first, last, tz)
    own, others = Sessions(s).around(start, end, grace)
    lo, hi = rules.reach(own, start, end, grace)
    ms = Memberships(s)

    def read(lo: dt.datetime, hi: dt.datetime | None, **more: Any) -> list[EventRecord]:
        return Events(s).query(
            start=lo,
            end=hi,
            person_id=person_id,
            group_name=group_name,
            statuses=statuses,
            limit=limit,
            newest_first=newest_first,
            **more,
        )

    later: list[EventRecord] = []
    if hi is None:  # a session of the days has no end: it claims its members' later marks
        unended = [x for x in own if x.ends_at is None]
        hi = max([end, *(x.ends_at for x in own if x.ends_at is not None)])
        later = read(hi, None, person_ids=set().union(*ms.members(unended).values()))
    # a hand mark left on another day by an edit of its session stays with it (rules.holds)
    events = read_days = read(lo, hi, or_put_into=[x.id for x in own])
    if later:
        seen = {e.id for e in events}
        events = events + [e for e in later if e.id not in seen]
        events.sort(key=lambda e: (e.at_utc, e.id), reverse=newest_first)

    def made_in_days(marks: list[EventRecord]) -> int:
        return sum(1 for e in marks if start <= e.at_utc < end)

    before = made_in_days(events)
    if events:
        events = rules.on_days(
            events,
            start,
            end,
            own,
            lambda: ms.members(own),
            others,
            lambda: ms.members(others),
            lambda: Sessions(s).by_ids(e.session_id for e in events),
            grace,
        )
    # made in the days but another day's (an evening session's after midnight): the page
    # says so, so that nobody takes them for lost
    elsewhere = before - made_in_days(events)
    if limit is None:
        return DayMarks(events, False, elsewhere, own)
    more = len(events) > limit or any(len(r) >= limit for r in (read_days, later))
    if len(events) > limit:  # the days' own marks first, then the order asked
        inside = [e for e in events if start <= e.at_utc < end]
        outside = [e for e in events if not start <= e.at_utc < end]
        kept = {e.id for e in [*inside, *outside][:limit]}
        events = [e for e in events if e.id in kept]
    return DayMarks(events, more, elsewhere, own)


class AttendanceService:
    def __init__(
        self,
        settings: Settings,
        db: Database,
        clock: Clock | None = None,
        *,
        protector: Any | None = None,
    ) -> None:
        """``protector``: ``security.crypto.Protector`` when encryption at rest is on; probe
        embeddings are then sealed before they reach the database."""
        self.settings = settings
        self.db = db
        self.clock: Clock = clock or _utc_now
        self.protector = protector
        self.tz = rules.resolve_zone(settings.attendance.timezone)
        self.grace = dt.timedelta(minutes=settings.attendance.grace_minutes)
        # (person_id, session_id or None) -> UTC time before which on_frame skips the database
        self._quiet_until: dict[tuple[int, int | None], dt.datetime] = {}

    # ---- helpers ---------------------------------------------------------------------------
    def now(self) -> dt.datetime:
        now = self.clock()
        assert now.tzinfo is not None, "the clock must return aware datetimes"
        return now.astimezone(dt.UTC)

    def _aware(self, at: dt.datetime) -> dt.datetime:
        """Aware UTC; a naive time is read as local time in the attendance zone."""
        if at.tzinfo is None:
            at = at.replace(tzinfo=self.tz)
        return at.astimezone(dt.UTC)

    def hhmm(self, at_utc: dt.datetime) -> str:
        """A local clock time in a message: "08:02", or as the GUI's locale writes it."""
        return i18n.formats().time(at_utc.astimezone(self.tz))

    def local_day(self, at_utc: dt.datetime) -> dt.date:
        return rules.local_date(at_utc, self.tz)

    # ---- marking ---------------------------------------------------------------------------
    def mark(
        self,
        person_id: int,
        *,
        at: dt.datetime | None = None,
        score: float | None = None,
        source: str = "camera",
        device: str | None = None,
        session_id: int | None = None,
        probe_embedding: bytes | None = None,
        probe_embedder_id: str | None = None,
        mode: str | None = None,
        confirmed_by: str | None = None,
    ) -> MarkResult:
        """Record a mark for a recognised person if the rules allow one now.

        ``mode`` overrides the device's mode (a group photo always means "present"). An
        explicit ``at`` in the future, or outside the given session, is refused.
        """
        when = self._aware(at) if at is not None else self.now()
        if at is not None:
            self._check_not_future(when)
        if session_id is not None:
            sess = self.db.run(lambda s: Sessions(s).get(session_id))
            if at is None and source == "photo" and not sess.contains(when):
                # a group photo confirmed after (or before) its session proves presence in
                # it, not a time: the mark goes to the session's start (never late)
                when = sess.starts_at
            self._check_in_session(session_id, when)
        result, _ = self._mark(
            person_id,
            at=when,
            score=score,
            source=source,
            device=device or self.settings.attendance.device,
            session_id=session_id,
            probe_embedding=probe_embedding,
            probe_embedder_id=probe_embedder_id,
            mode=mode or self.settings.attendance.mode,
            confirmed_by=confirmed_by,
        )
        return result

    def _mark(
        self,
        person_id: int,
        *,
        at: dt.datetime,
        score: float | None,
        source: str,
        device: str,
        session_id: int | None,
        probe_embedding: bytes | None,
        probe_embedder_id: str | None,
        mode: str,
        confirmed_by: str | None = None,
    ) -> tuple[MarkResult, dt.datetime]:
        """The result and the time until which nothing can change for this person."""
        cooldown = dt.timedelta(seconds=self.settings.attendance.cooldown_seconds)
        recheck = at + dt.timedelta(seconds=RECHECK_SECONDS)
        if probe_embedding is not None and probe_embedder_id is None:
            probe_embedder_id = self.settings.recognition.embedder

        def tx(s: Any) -> tuple[MarkResult, dt.datetime]:
            person = People(s).get(person_id)
            name = person.name
            if not person.active:
                msg = translate("Attendance", "{name} is deactivated: not recorded").format(
                    name=name
                )
                return MarkResult("ignored", None, name, msg, person_id), recheck
            session = self._session_for(s, person, at, session_id)
            if session is None and self.settings.attendance.outside_session == "ignore":
                msg = translate("Attendance", "No open session for {name}: not recorded").format(
                    name=name
                )
                return MarkResult("ignored", None, name, msg, person_id), recheck
            sid = session.id if session is not None else None
            scope_end = self._scope_end(session, at)
            scope = self._scope_events(s, person_id, session, at)
            events = Events(s)
            stale: Callable[[EventRecord], bool] = lambda _ev: False  # noqa: E731

            if mode == "present":
                arrivals = [e for e in scope if e.kind in rules.ARRIVALS]
                if arrivals:
                    first = arrivals[0]
                    msg = _already(name, "check_in", self.hhmm(first.at_utc))
                    res = MarkResult("already_present", first, name, msg, person_id, sid)
                    return res, min(scope_end, recheck)
                kind = "present" if session is not None else "check_in"
                token = f"present:{person_id}:" + (
                    f"s{sid}" if sid is not None else f"d{self.local_day(at).isoformat()}"
                )
                if session is not None:  # an edit of its times may have freed the holder
                    held = {session.id: session}
                    stale = lambda ev: rules.own_session(ev, held, self.grace) is None  # noqa: E731
            else:
                last = events.last_for_person(person_id, since=at - cooldown)
                if last is not None and at - cooldown < last.at_utc <= at:
                    msg = _already(name, last.kind, self.hhmm(last.at_utc))
                    res = MarkResult("cooldown", last, name, msg, person_id, sid)
                    return res, last.at_utc + cooldown
                if mode == "entry":
                    kind = "check_in"
                elif mode == "exit":
                    kind = "check_out"
                else:
                    previous = scope[-1] if scope else None
                    kind = (
                        "check_out"
                        if previous is not None and previous.kind in rules.ARRIVALS
                        else "check_in"
                    )
                bucket = int(at.timestamp()) // max(1, int(cooldown.total_seconds()))
                token = f"{kind}:{person_id}:{bucket}"

            ev = self._insert_once(
                events,
                token,
                stale=stale,
                person_id=person_id,
                kind=kind,
                at=at,
                source=source,
                session_id=sid,
                score=score,
                device=device,
                probe_embedding=probe_embedding,
                probe_embedder_id=probe_embedder_id,
                confirmed_by=confirmed_by,
            )
            if ev.at_utc != at or ev.person_id != person_id:  # another device won the race
                msg = _already(name, ev.kind, self.hhmm(ev.at_utc))
                status = "already_present" if mode == "present" else "cooldown"
                return MarkResult(status, ev, name, msg, person_id, sid), recheck
            where = session.name if session is not None else None
            msg = _recorded(name, kind, self.hhmm(at), where)
            log.info("attendance: %s", msg)
            quiet = min(scope_end, recheck) if mode == "present" else at + cooldown
            return MarkResult("recorded", ev, name, msg, person_id, sid), quiet

        return self.db.run(tx)

    def _check_not_future(self, at_utc: dt.datetime) -> None:
        if at_utc > self.now() + CLOCK_SKEW:
            raise MarkError(
                translate(
                    "Attendance",
                    "{when} is in the future (it is {now} now): a mark records something that "
                    "happened. Check the date and time.",
                ).format(when=self._fmt(at_utc), now=self._fmt(self.now()))
            )

    def _check_in_session(self, session_id: int, at_utc: dt.datetime) -> SessionRecord:
        """The session, if ``at_utc`` lies in its window (with the grace before its start)."""
        sess = self.db.run(lambda s: Sessions(s).get(session_id))
        if not rules.session_contains(sess, at_utc, self.grace):
            if sess.ends_at:
                text = translate(
                    "Attendance",
                    "{when} is outside the session '{session}' ({start} to {end}). Pick a time "
                    "within the session, or another session.",
                )
            else:
                text = translate(
                    "Attendance",
                    "{when} is outside the session '{session}' ({start}). Pick a time within "
                    "the session, or another session.",
                )
            raise MarkError(
                text.format(
                    when=self._fmt(at_utc),
                    session=sess.name,
                    start=self._fmt(sess.starts_at),
                    end=self._fmt(sess.ends_at) if sess.ends_at else "",
                )
            )
        return sess

    def _insert_once(
        self,
        events: Events,
        token: str,
        *,
        stale: Callable[[EventRecord], bool] = lambda _ev: False,
        **kw: Any,
    ) -> EventRecord:
        """Insert with an idempotency token so two devices cannot both mark the same thing;
        a token held by a deleted/corrected event, or by a valid one that ``stale`` says no
        longer stands for it, gets a numbered suffix."""
        probe, sealed = kw["probe_embedding"], False
        if probe is not None and self.protector is not None:
            probe = self.protector.seal_probe(kw["person_id"], kw["probe_embedder_id"], probe)
            sealed = True
        for n in range(100):
            tok = token if n == 0 else f"{token}#{n}"
            ev = events.add(
                kw["person_id"],
                kw["kind"],
                kw["at"],
                source=kw["source"],
                session_id=kw["session_id"],
                score=kw["score"],
                device=kw["device"],
                client_token=tok[:64],
                probe_embedding=probe,
                probe_embedder_id=kw["probe_embedder_id"],
                probe_encrypted=sealed,
                confirmed_by=kw.get("confirmed_by"),
            )
            if ev.status == "valid" and not stale(ev):
                return ev
        raise AssertionError("too many withdrawn marks share one idempotency token")

    def _session_for(
        self, s: Any, person: PersonRecord, at: dt.datetime, session_id: int | None
    ) -> SessionRecord | None:
        if session_id is not None:
            return Sessions(s).get(session_id)
        picked = rules.pick_session(Sessions(s).open_at(at), person.group_name)
        return picked  # type: ignore[return-value]

    def _scope_end(self, session: SessionRecord | None, at: dt.datetime) -> dt.datetime:
        if session is not None and session.ends_at is not None:
            return session.ends_at
        return rules.day_bounds(self.local_day(at), self.tz)[1]

    def _scope_events(
        self, s: Any, person_id: int, session: SessionRecord | None, at: dt.datetime
    ) -> list[EventRecord]:
        """This person's valid events that count for the session (the same rule as the
        reports: ``rules.event_in_session``) or the local day, oldest first."""
        if session is not None:
            mine, _tagged = self._session_marks(s, session, person_id)
            return sorted(mine, key=lambda e: (e.at_utc, e.id))
        start, end = rules.day_bounds(self.local_day(at), self.tz)
        return Events(s).query(person_id=person_id, start=start, end=end)

    def _session_marks(
        self, s: Any, session: SessionRecord, person_id: int | None = None
    ) -> tuple[list[EventRecord], dict[int, SessionRecord]]:
        """The valid marks that count for ``session`` (``rules.event_in_session``: in its
        window, grace included, or held to it outside it), of one person or of everyone, and
        the sessions those marks are tagged with."""
        lo, hi = rules.reach([session], session.starts_at, session.starts_at, self.grace)
        window = Events(s).query(person_id=person_id, start=lo, end=hi, or_tagged=session.id)
        tagged = Sessions(s).by_ids(e.session_id for e in window)
        counts = [
            e for e in window if rules.event_in_session(e, session, self.grace, tagged=tagged)
        ]
        return counts, tagged

    def on_frame(
        self, result: FrameResult, *, source: str = "camera", session_id: int | None = None
    ) -> list[MarkResult]:
        """Mark every confirmed, known face of a frame. Cheap to call for every frame: a
        person already handled is skipped in memory until something could have changed;
        such skipped faces produce no result."""
        now = self.now()
        out: list[MarkResult] = []
        seen: set[int] = set()
        for face in result.faces:
            match = face.match
            if not (face.confirmed and match.known and match.person_id is not None):
                continue
            pid = int(match.person_id)
            if pid in seen:
                continue
            seen.add(pid)
            key = (pid, session_id)
            until = self._quiet_until.get(key)
            if until is not None and now < until:
                continue
            probe = (
                np.asarray(face.embedding, dtype=np.float32).tobytes()
                if face.embedding is not None
                else None
            )
            try:
                res, quiet = self._mark(
                    pid,
                    at=now,
                    score=float(match.distance),
                    source=source,
                    device=self.settings.attendance.device,
                    session_id=session_id,
                    probe_embedding=probe,
                    probe_embedder_id=self.settings.recognition.embedder if probe else None,
                    mode=self.settings.attendance.mode,
                )
            except NotFoundError:  # person erased while the gallery still had them
                log.warning("recognised person %s no longer exists", pid)
                self._quiet_until[key] = now + dt.timedelta(seconds=RECHECK_SECONDS)
                continue
            self._quiet_until[key] = quiet
            out.append(res)
        if len(self._quiet_until) > 10_000:
            self._quiet_until = {k: v for k, v in self._quiet_until.items() if v > now}
        return out

    def forget_cache(self) -> None:
        """Drop on_frame's memory (after corrections or session changes)."""
        self._quiet_until.clear()

    # ---- sessions --------------------------------------------------------------------------
    def start_session(
        self,
        name: str,
        *,
        group: str | None = None,
        starts_at: dt.datetime | None = None,
        ends_at: dt.datetime | None = None,
        late_after: dt.datetime | None = None,
        end_running: bool = False,
    ) -> SessionRecord:
        """Open a session. A group has one session at a time: one of the same group (or for
        everybody, when this one is) at the same time is a ``SessionConflict`` naming it;
        with ``end_running``, one that started earlier is ended when this one starts (marks
        made into it after that start then count for this one: ``rules.own_session``)."""
        name = (name or "").strip()
        if not name:
            raise SessionError(
                translate("Attendance", "A session needs a name (for example 'Maths 7B').")
            )
        start = self._aware(starts_at) if starts_at is not None else self.now()
        end = self._aware(ends_at) if ends_at is not None else None
        late = self._aware(late_after) if late_after is not None else None
        group = (group or "").strip() or None
        self._check_times(start, end, late)

        def tx(s: Any) -> SessionRecord:
            repo = Sessions(s)
            for other in self._same_time(s, group, start, end):
                conflict = self._conflict(other, start, name)
                if not (end_running and conflict.can_end):
                    raise conflict
                repo.update(other.id, ends_at=start)
            return repo.add(name, start, ends_at=end, late_after=late, group_name=group)

        rec = self.db.run(tx)
        self.forget_cache()
        return rec

    def _same_time(
        self,
        s: Any,
        group: str | None,
        start: dt.datetime,
        end: dt.datetime | None,
        exclude: int | None = None,
    ) -> list[SessionRecord]:
        """Sessions of ``group`` (None: the ones for everybody) whose time overlaps
        ``start``..``end`` (None: open-ended)."""
        return [
            x
            for x in Sessions(s).list(start=start, end=end)
            if x.group_name == group and x.id != exclude
        ]

    def _conflict(
        self, other: SessionRecord, start: dt.datetime, name: str | None = None
    ) -> SessionConflict:
        """The refusal for a session ``name`` from ``start`` that overlaps ``other``, in the
        installed language. Only a running ``other`` that started earlier may be ended, and
        not for a session of its own name: that is the same class again (its marks would
        stay in the ended one and the new register would list everybody absent)."""
        who = (
            translate("Attendance", "group {group}").format(group=other.group_name)
            if other.group_name
            else translate("Attendance", "for everybody")
        )
        since = self._fmt(other.starts_at)
        running = other.contains(self.now())
        if running:
            text = translate(
                "Attendance",
                "'{session}' ({who}) has been running since {start}. A group has one session "
                "at a time: continue that one, or end it before starting another.",
            )
            when = ""
        else:
            text = translate(
                "Attendance",
                "'{session}' ({who}, {when}) overlaps this time. A group has one session at a "
                "time: change the times, or edit that session.",
            )
            when = (
                translate("Attendance", "{start} to {end}").format(
                    start=since, end=self._fmt(other.ends_at)
                )
                if other.ends_at is not None
                else translate("Attendance", "from {start}").format(start=since)
            )
        message = text.format(session=other.name, who=who, start=since, when=when)
        same_class = name is not None and name.casefold() == other.name.casefold()
        can_end = running and other.starts_at < start and not same_class
        return SessionConflict(message, other, can_end=can_end)

    def end_session(self, session_id: int) -> SessionRecord:
        now = self.now()

        def tx(s: Any) -> SessionRecord:
            sess = Sessions(s).get(session_id)
            if sess.ends_at is not None and sess.ends_at <= now:
                raise SessionError(
                    translate("Attendance", "Session '{session}' already ended at {when}.").format(
                        session=sess.name, when=self._fmt(sess.ends_at)
                    )
                )
            if now <= sess.starts_at:
                raise SessionError(
                    translate(
                        "Attendance", "Session '{session}' has not started yet (starts {when})."
                    ).format(session=sess.name, when=self._fmt(sess.starts_at))
                )
            return Sessions(s).update(session_id, ends_at=now)

        rec = self.db.run(tx)
        self.forget_cache()
        return rec

    def edit_session(
        self,
        session_id: int,
        *,
        actor: str,
        reason: str = "",
        name: str = _UNSET,
        group: str | None = _UNSET,
        starts_at: dt.datetime = _UNSET,
        ends_at: dt.datetime | None = _UNSET,
        late_after: dt.datetime | None = _UNSET,
    ) -> SessionRecord:
        """Change a session after the fact (a wrong start, the wrong group). Only the fields
        given change; ``group=None`` makes it a session for everybody, ``ends_at=None``
        open-ended. Nothing is stored per person, so every report follows at once. Audited."""
        actor = self._actor(actor)

        def tx(s: Any) -> SessionRecord:
            repo = Sessions(s)
            before = repo.get(session_id)
            new_name = before.name if name is _UNSET else (name or "").strip()
            if not new_name:
                raise SessionError(
                    translate("Attendance", "A session needs a name (for example 'Maths 7B').")
                )
            start = before.starts_at if starts_at is _UNSET else self._aware(starts_at)
            if ends_at is _UNSET:
                end = before.ends_at
            else:
                end = self._aware(ends_at) if ends_at is not None else None
            if late_after is _UNSET:
                late = before.late_after
                if late is not None and starts_at is not _UNSET:  # keep "N min after start"
                    late = start + (late - before.starts_at)
            else:
                late = self._aware(late_after) if late_after is not None else None
            new_group = before.group_name if group is _UNSET else ((group or "").strip() or None)
            self._check_times(start, end, late)
            moved = (new_group, start, end) != (before.group_name, before.starts_at, before.ends_at)
            if moved:  # one session per group at a time, as when starting one
                for other in self._same_time(s, new_group, start, end, exclude=session_id):
                    raise self._conflict(other, start)
            after = repo.update(
                session_id,
                name=new_name,
                group_name=new_group,
                starts_at=start,
                ends_at=end,
                late_after=late,
            )
            carried = self._carry_stated_marks(s, before, after, actor, reason)
            Audit(s).write(
                actor,
                "session.edit",
                f"session:{session_id}",
                {
                    "before": _session_dict(before),
                    "after": _session_dict(after),
                    "reason": reason.strip(),
                    "marks_moved": carried,
                },
            )
            return after

        rec = self.db.run(tx)
        self.forget_cache()
        return rec

    def _carry_stated_marks(
        self, s: Any, before: SessionRecord, after: SessionRecord, actor: str, reason: str
    ) -> list[dict[str, Any]]:
        """Marks the operator put into the session (``rules.STATED``) move with it: one
        stamped at its start (the roll call's *Mark present*, a photo confirmed after the
        lesson) to the new start, and every such mark by as much as the start moved when the
        session moves to another day (it was entered on the wrong date). So every view, the
        lists of a day's marks too, finds them on the session's day, and a stamp at the old
        start is not late. As any correction: the original stays ("corrected", pointing at
        its replacement) and the edit's audit entry lists the moves. A camera's mark keeps
        its time (``rules.own_session``); a move into the future moves nothing."""
        events, out = Events(s), []
        made_in = events.query(session_id=before.id)
        moves = rules.carried(made_in, before.starts_at, after.starts_at, self.tz, self.now())
        for ev, new_at in moves:
            new = events.add(
                ev.person_id,
                ev.kind,
                new_at,
                source=ev.source,
                session_id=ev.session_id,
                score=ev.score,
                device=ev.device,
                corrected_by=ev.corrected_by,
                correction_reason=ev.correction_reason,
                probe_embedding=ev.probe_embedding,
                probe_embedder_id=ev.probe_embedder_id,
                probe_encrypted=ev.probe_encrypted,
                confirmed_by=ev.confirmed_by,
            )
            why = f"moved with session {before.id}: {reason.strip()}".rstrip(": ")
            events.set_status(
                ev.id, "corrected", corrected_by=actor, reason=why, replaced_by_id=new.id
            )
            out.append({"event": ev.id, "replaced_by": new.id, "at": new_at.isoformat()})
        return out

    def marks_carried(self, session: SessionRecord, starts_at: dt.datetime) -> list[EventRecord]:
        """The valid marks that an edit of ``session``'s start to ``starts_at`` moves with it
        (``rules.carried``): for saying so before and after the edit."""
        made_in = self.db.run(lambda s: Events(s).query(session_id=session.id))
        moves = rules.carried(
            made_in, session.starts_at, self._aware(starts_at), self.tz, self.now()
        )
        return [ev for ev, _at in moves]

    def marks_outside(self, session: SessionRecord) -> list[EventRecord]:
        """The valid marks made into ``session`` that its times (as given: saved, or about to
        be) leave outside: they count like marks made without a session
        (``rules.own_session``). For saying so when a session's times are edited."""
        made_in = self.db.run(lambda s: Events(s).query(session_id=session.id))
        return rules.left_outside(made_in, session, self.grace)

    def _check_times(
        self, start: dt.datetime, end: dt.datetime | None, late: dt.datetime | None
    ) -> None:
        if end is not None and end <= start:
            raise SessionError(
                translate(
                    "Attendance",
                    "The session would end ({end}) before it starts ({start}). Check the times.",
                ).format(end=self._fmt(end), start=self._fmt(start))
            )
        if late is not None and (late < start or (end is not None and late > end)):
            raise SessionError(
                translate(
                    "Attendance", "'Late after' ({when}) must lie between the start and the end."
                ).format(when=self._fmt(late))
            )

    def sessions_on(self, day: dt.date | None = None) -> list[SessionRecord]:
        """Sessions starting on the local ``day`` (default today), oldest first."""
        start, end = rules.day_bounds(day or self.local_day(self.now()), self.tz)
        return [
            x
            for x in self.db.run(lambda s: Sessions(s).list(start=start, end=end))
            if start <= x.starts_at < end
        ]

    def default_session(self, group: str | None = None) -> SessionRecord | None:
        """The session a manual mark goes to unless the operator picks another: the one
        running now (of ``group``, else for everybody), else the last one started today."""
        running = rules.pick_session(self.current_sessions(), group)
        if running is not None:
            return running  # type: ignore[return-value]
        now = self.now()
        today = [x for x in self.sessions_on() if x.starts_at <= now]
        if group is not None:
            today = [x for x in today if rules.session_applies(x, group)] or today
        return today[-1] if today else None

    def roll_call(self, session_id: int) -> list[RollCallEntry]:
        """Every member of the session with P, L or A, by the same rule as the reports:
        absent first, then late, then present; names in order within each. Members are the
        people who were in its group (anybody active, for a session for everybody) at some
        moment while it ran (``Memberships.members``), as in the session's report: someone
        who joined later is not listed, someone who left or was deactivated since still is.
        Someone with a mark added by hand into the session (held to it, ``rules.own_session``)
        is listed too, as the report counts that mark."""

        def read(
            s: Any,
        ) -> tuple[SessionRecord, list[PersonRecord], list[EventRecord], dict[int, SessionRecord]]:
            sess = Sessions(s).get(session_id)
            events, tagged = self._session_marks(s, sess)
            members = Memberships(s).members([sess])[sess.id]
            members |= {
                e.person_id for e in events if rules.added_into(e, sess.id, tagged, self.grace)
            }
            people = [p for p in People(s).list() if p.id in members]
            return sess, people, events, tagged

        sess, people, events, tagged = self.db.run(read)
        result = rules.evaluate_session(
            sess, [p.id for p in people], events, self.grace, tagged=tagged
        )
        order = {rules.ABSENT: 0, rules.LATE: 1, rules.PRESENT: 2}
        entries = [
            RollCallEntry(
                p.id, p.name, p.external_id, result[p.id].status, result[p.id].first_in, p.erased
            )
            for p in people
        ]
        return sorted(entries, key=lambda e: (order[e.status], e.name.casefold()))

    def current_sessions(self, at: dt.datetime | None = None) -> list[SessionRecord]:
        when = self._aware(at) if at is not None else self.now()
        return self.db.run(lambda s: Sessions(s).open_at(when))

    def _fmt(self, at_utc: dt.datetime) -> str:
        """A local day and time in a message: "2026-03-02 08:50" (CLI), or as the GUI's
        locale writes it ("02.03.26 08:50"), like the dialogs' own times."""
        local = at_utc.astimezone(self.tz)
        return rules.zoned(i18n.formats().date_time(local), local)

    # ---- corrections -----------------------------------------------------------------------
    @staticmethod
    def _reason(reason: str | None) -> str:
        text = (reason or "").strip()
        if not text:
            raise CorrectionError(
                translate(
                    "Attendance",
                    "A reason is required for every correction; it is kept in the audit log.",
                )
            )
        return text

    @staticmethod
    def _actor(actor: str | None) -> str:
        text = (actor or "").strip()
        if not text:
            raise CorrectionError("Say who makes the correction (operator name).")
        return text

    @staticmethod
    def _check_not_erased(person: PersonRecord) -> None:
        """No new mark for an erased person: only the statistics they had are kept (their
        own marks can still be withdrawn or given to the right person)."""
        if person.erased:
            raise CorrectionError(translate("Attendance", ERASED_NO_MARK))

    def add_manual(
        self,
        person_id: int,
        at: dt.datetime,
        kind: str,
        *,
        actor: str,
        reason: str,
        session_id: int | None = None,
    ) -> EventRecord:
        """Add a missed mark (source "manual")."""
        reason, actor = self._reason(reason), self._actor(actor)
        if kind not in KINDS:
            raise CorrectionError(f"Unknown mark type {kind!r}; use one of {', '.join(KINDS)}.")
        when = self._aware(at)
        self._check_not_future(when)
        if session_id is not None:
            self._check_in_session(session_id, when)

        def tx(s: Any) -> EventRecord:
            self._check_not_erased(People(s).get(person_id))  # NotFoundError: unknown
            ev = Events(s).add(
                person_id,
                kind,
                when,
                source="manual",
                session_id=session_id,
                device=self.settings.attendance.device,
                corrected_by=actor,
                correction_reason=reason,
            )
            Audit(s).write(
                actor,
                "attendance.add",
                f"event:{ev.id}",
                {"before": None, "after": _event_dict(ev), "reason": reason},
            )
            return ev

        ev = self.db.run(tx)
        self.forget_cache()
        return ev

    def delete_event(self, event_id: int, *, actor: str, reason: str) -> EventRecord:
        """Withdraw a wrong mark; the row stays with status "deleted"."""
        reason, actor = self._reason(reason), self._actor(actor)

        def tx(s: Any) -> EventRecord:
            events = Events(s)
            before = events.get(event_id)
            self._check_valid(before)
            after = events.set_status(event_id, "deleted", corrected_by=actor, reason=reason)
            Audit(s).write(
                actor,
                "attendance.delete",
                f"event:{event_id}",
                {
                    "before": _event_dict(before),
                    "after": _event_dict(after),
                    "reason": reason,
                },
            )
            return after

        ev = self.db.run(tx)
        self.forget_cache()
        return ev

    @staticmethod
    def _check_valid(ev: EventRecord) -> None:
        if ev.status != "valid":
            extra = f" (replaced by event {ev.replaced_by_id})" if ev.replaced_by_id else ""
            raise CorrectionError(
                f"Event {ev.id} is already {ev.status}{extra}; correct the current event instead."
            )

    def reassign_event(
        self,
        event_id: int,
        new_person_id: int,
        *,
        actor: str,
        reason: str,
        not_this_person: bool = True,
    ) -> ReassignResult:
        """Move a mark to the right person. The original stays (status "corrected").

        With ``not_this_person`` and a stored probe embedding, that embedding becomes a
        negative template of the wrongly matched person, so the matcher does not repeat the
        mistake; ``undo_not_this_person`` removes it again.
        """
        reason, actor = self._reason(reason), self._actor(actor)

        def tx(s: Any) -> ReassignResult:
            events = Events(s)
            before = events.get(event_id)
            self._check_valid(before)
            if before.person_id == new_person_id:
                raise CorrectionError(f"Event {event_id} already belongs to that person.")
            people = People(s)
            wrong = people.get(before.person_id)
            self._check_not_erased(people.get(new_person_id))  # NotFoundError: unknown
            plain_probe, new_probe, new_sealed = self._probe_for_reassign(before, new_person_id)
            if not_this_person and before.probe_embedding and plain_probe is None:
                raise CorrectionError(
                    f"The face of event {event_id} is encrypted and the encryption key is not "
                    "loaded, so it cannot be kept as 'not this person'. Re-assign without "
                    "it (--keep-match) or start the app with its key."
                )
            new = events.add(
                new_person_id,
                before.kind,
                before.at_utc,
                source=before.source,
                session_id=self._session_of_reassigned(s, before, new_person_id),
                score=before.score,
                device=before.device,
                corrected_by=actor,
                correction_reason=reason,
                probe_embedding=new_probe,
                probe_embedder_id=before.probe_embedder_id if new_probe else None,
                probe_encrypted=new_sealed,
            )
            original = events.set_status(
                event_id, "corrected", corrected_by=actor, reason=reason, replaced_by_id=new.id
            )
            template_id: int | None = None
            if not_this_person and plain_probe is not None:
                emb_id = before.probe_embedder_id or self.settings.recognition.embedder
                stored, sealed = plain_probe, False
                if self.protector is not None:
                    stored = self.protector.probe_to_negative(before, wrong.id, emb_id)
                    sealed = True
                tpl = Templates(s).add(
                    wrong.id,
                    embedder_id=emb_id,
                    embedding=stored,
                    dim=len(plain_probe) // 4,
                    encrypted=sealed,
                    source=f"not-this-person:event:{event_id}",
                    kind="negative",
                )
                template_id = tpl.id
            Audit(s).write(
                actor,
                "attendance.reassign",
                f"event:{event_id}",
                {
                    "before": _event_dict(original),
                    "after": _event_dict(new),
                    "reason": reason,
                    "negative_template_id": template_id,
                },
            )
            return ReassignResult(original, new, template_id)

        res = self.db.run(tx)
        self.forget_cache()
        return res

    @staticmethod
    def _session_of_reassigned(s: Any, ev: EventRecord, person_id: int) -> int | None:
        """The session a mark given to another person is tagged with. A mark the operator put
        into a session (``rules.STATED``) keeps it: the correction is about who, not where.
        The camera chose its session by the person it saw (their group's running session):
        it is chosen again for the right person, by the group they were in then, as if the
        camera had recognised them (None when no session of theirs ran)."""
        if ev.source in rules.STATED:
            return ev.session_id
        then = Memberships(s).at(person_id, ev.at_utc)
        if then is None:  # not in any group then: the mark counts for no session
            return None
        picked = rules.pick_session(Sessions(s).open_at(ev.at_utc), then.group_name)
        return picked.id if picked is not None else None

    def _probe_for_reassign(
        self, ev: EventRecord, new_person_id: int
    ) -> tuple[bytes | None, bytes | None, bool]:
        """(plaintext probe or None, probe for the new event, sealed?). A sealed probe is
        bound to its person, so it is re-sealed for the new one (or dropped without a key)."""
        if not ev.probe_embedding:
            return None, None, False
        if not ev.probe_encrypted:
            if self.protector is not None:
                sealed = self.protector.seal_probe(
                    new_person_id, ev.probe_embedder_id, ev.probe_embedding
                )
                return ev.probe_embedding, sealed, True
            return ev.probe_embedding, ev.probe_embedding, False
        if self.protector is None:
            return None, None, False
        plain = self.protector.open_probe(ev)
        return plain, self.protector.reseal_probe(ev, new_person_id), True

    def undo_not_this_person(self, template_id: int | ReassignResult, *, actor: str) -> None:
        """Remove a "not this person" negative template (by id or from a reassign result)."""
        actor = self._actor(actor)
        if isinstance(template_id, ReassignResult):
            if template_id.negative_template_id is None:
                raise CorrectionError("That correction stored no 'not this person' example.")
            template_id = template_id.negative_template_id
        tid = int(template_id)

        def tx(s: Any) -> None:
            templates = Templates(s)
            tpl = templates.get(tid)
            if tpl.kind != "negative":
                raise CorrectionError(
                    f"Template {tid} is an enrollment sample, not a 'not this person' example."
                )
            templates.delete(tid)
            Audit(s).write(
                actor,
                "template.negative.undo",
                f"template:{tid}",
                {
                    "before": {
                        "template_id": tid,
                        "person_id": tpl.person_id,
                        "source": tpl.source,
                    },
                    "after": None,
                    "reason": "undo 'not this person'",
                },
            )

        self.db.run(tx)
