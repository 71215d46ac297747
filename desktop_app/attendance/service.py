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
from typing import Any

import numpy as np

from desktop_app.attendance import rules
from desktop_app.config import Settings
from desktop_app.errors import AppError, NotFoundError
from desktop_app.recognition.types import FrameResult
from desktop_app.storage.db import Database
from desktop_app.storage.records import EventRecord, PersonRecord, SessionRecord
from desktop_app.storage.repositories import Audit, Events, People, Sessions, Templates

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
KINDS = ("check_in", "check_out", "present")
# How long on_frame trusts "already present" / "ignored" before asking the database again
# (another device may have deleted the mark, a session may have opened).
RECHECK_SECONDS = 60


class CorrectionError(AppError):
    """A correction cannot be applied (no reason given, event already corrected, ...)."""


class SessionError(AppError):
    """A session cannot be started or ended as asked."""


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


def _event_dict(ev: EventRecord, name: str | None = None) -> dict[str, Any]:
    return {
        "id": ev.id,
        "person_id": ev.person_id,
        "person": name or ev.person_name,
        "kind": ev.kind,
        "at_utc": ev.at_utc.isoformat(),
        "session_id": ev.session_id,
        "source": ev.source,
        "device": ev.device,
        "status": ev.status,
    }


def _verb(kind: str) -> str:
    return "checked out" if kind == "check_out" else "checked in"


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
        return at_utc.astimezone(self.tz).strftime("%H:%M")

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
    ) -> MarkResult:
        """Record a mark for a recognised person if the rules allow one now.

        ``mode`` overrides the device's mode (a group photo always means "present").
        """
        result, _ = self._mark(
            person_id,
            at=self._aware(at) if at is not None else self.now(),
            score=score,
            source=source,
            device=device or self.settings.attendance.device,
            session_id=session_id,
            probe_embedding=probe_embedding,
            probe_embedder_id=probe_embedder_id,
            mode=mode or self.settings.attendance.mode,
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
                msg = f"{name} is deactivated: not recorded"
                return MarkResult("ignored", None, name, msg, person_id), recheck
            session = self._session_for(s, person, at, session_id)
            if session is None and self.settings.attendance.outside_session == "ignore":
                msg = f"No open session for {name}: not recorded"
                return MarkResult("ignored", None, name, msg, person_id), recheck
            sid = session.id if session is not None else None
            scope_end = self._scope_end(session, at)
            scope = self._scope_events(s, person_id, session, at)
            events = Events(s)

            if mode == "present":
                arrivals = [e for e in scope if e.kind in rules.ARRIVALS]
                if arrivals:
                    first = arrivals[0]
                    msg = f"{name}: already checked in at {self.hhmm(first.at_utc)}"
                    res = MarkResult("already_present", first, name, msg, person_id, sid)
                    return res, min(scope_end, recheck)
                kind = "present" if session is not None else "check_in"
                token = f"present:{person_id}:" + (
                    f"s{sid}" if sid is not None else f"d{self.local_day(at).isoformat()}"
                )
            else:
                last = events.last_for_person(person_id, since=at - cooldown)
                if last is not None and at - cooldown < last.at_utc <= at:
                    msg = f"{name}: already {_verb(last.kind)} at {self.hhmm(last.at_utc)}"
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
                person_id=person_id,
                kind=kind,
                at=at,
                source=source,
                session_id=sid,
                score=score,
                device=device,
                probe_embedding=probe_embedding,
                probe_embedder_id=probe_embedder_id,
            )
            if ev.at_utc != at or ev.person_id != person_id:  # another device won the race
                msg = f"{name}: already {_verb(ev.kind)} at {self.hhmm(ev.at_utc)}"
                status = "already_present" if mode == "present" else "cooldown"
                return MarkResult(status, ev, name, msg, person_id, sid), recheck
            where = f" ({session.name})" if session is not None else ""
            msg = f"{name} {_verb(kind)} at {self.hhmm(at)}{where}"
            log.info("attendance: %s", msg)
            quiet = min(scope_end, recheck) if mode == "present" else at + cooldown
            return MarkResult("recorded", ev, name, msg, person_id, sid), quiet

        return self.db.run(tx)

    def _insert_once(self, events: Events, token: str, **kw: Any) -> EventRecord:
        """Insert with an idempotency token so two devices cannot both mark the same thing;
        a token held by a deleted/corrected event gets a numbered suffix."""
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
            )
            if ev.status == "valid":
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
        """This person's valid events in the session (or the local day), oldest first."""
        events = Events(s)
        if session is not None:
            tagged = events.query(person_id=person_id, session_id=session.id)
            window = events.query(person_id=person_id, start=session.starts_at, end=session.ends_at)
            untagged = [e for e in window if e.session_id is None]
            return sorted([*tagged, *untagged], key=lambda e: (e.at_utc, e.id))
        start, end = rules.day_bounds(self.local_day(at), self.tz)
        return events.query(person_id=person_id, start=start, end=end)

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
    ) -> SessionRecord:
        name = (name or "").strip()
        if not name:
            raise SessionError("A session needs a name (for example 'Maths 7B').")
        start = self._aware(starts_at) if starts_at is not None else self.now()
        end = self._aware(ends_at) if ends_at is not None else None
        late = self._aware(late_after) if late_after is not None else None
        if end is not None and end <= start:
            raise SessionError(
                f"The session would end ({self._fmt(end)}) before it starts "
                f"({self._fmt(start)}). Check the times."
            )
        if late is not None and (late < start or (end is not None and late > end)):
            raise SessionError(
                f"'Late after' ({self._fmt(late)}) must lie between the start and the end."
            )
        rec = self.db.run(
            lambda s: Sessions(s).add(
                name, start, ends_at=end, late_after=late, group_name=group or None
            )
        )
        self.forget_cache()
        return rec

    def end_session(self, session_id: int) -> SessionRecord:
        now = self.now()

        def tx(s: Any) -> SessionRecord:
            sess = Sessions(s).get(session_id)
            if sess.ends_at is not None and sess.ends_at <= now:
                raise SessionError(
                    f"Session {sess.name!r} already ended at {self._fmt(sess.ends_at)}."
                )
            if now <= sess.starts_at:
                raise SessionError(
                    f"Session {sess.name!r} has not started yet (starts "
                    f"{self._fmt(sess.starts_at)})."
                )
            return Sessions(s).update(session_id, ends_at=now)

        rec = self.db.run(tx)
        self.forget_cache()
        return rec

    def current_sessions(self, at: dt.datetime | None = None) -> list[SessionRecord]:
        when = self._aware(at) if at is not None else self.now()
        return self.db.run(lambda s: Sessions(s).open_at(when))

    def _fmt(self, at_utc: dt.datetime) -> str:
        return at_utc.astimezone(self.tz).strftime("%Y-%m-%d %H:%M")

    # ---- corrections -----------------------------------------------------------------------
    @staticmethod
    def _reason(reason: str | None) -> str:
        text = (reason or "").strip()
        if not text:
            raise CorrectionError(
                "A reason is required for every correction; it is kept in the audit log."
            )
        return text

    @staticmethod
    def _actor(actor: str | None) -> str:
        text = (actor or "").strip()
        if not text:
            raise CorrectionError("Say who makes the correction (operator name).")
        return text

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

        def tx(s: Any) -> EventRecord:
            person = People(s).get(person_id)
            if session_id is not None:
                Sessions(s).get(session_id)
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
                {"before": None, "after": _event_dict(ev, person.name), "reason": reason},
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
            name = People(s).get(before.person_id).name
            after = events.set_status(event_id, "deleted", corrected_by=actor, reason=reason)
            Audit(s).write(
                actor,
                "attendance.delete",
                f"event:{event_id}",
                {
                    "before": _event_dict(before, name),
                    "after": _event_dict(after, name),
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
            right = people.get(new_person_id)
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
                session_id=before.session_id,
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
                    "before": _event_dict(original, wrong.name),
                    "after": _event_dict(new, right.name),
                    "reason": reason,
                    "negative_template_id": template_id,
                },
            )
            return ReassignResult(original, new, template_id)

        res = self.db.run(tx)
        self.forget_cache()
        return res

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
