"""Repositories: small classes over one SQLAlchemy ``Session`` (one transaction).

Use through ``Database.run``::

    person = db.run(lambda s: People(s).add("Ana", group_name="7B"))

They return the plain records of ``records.py``; callers never see ORM rows.
"""

from __future__ import annotations

import base64
import builtins
import datetime as dt
import hashlib
import hmac
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Float, Integer, and_, cast, func, literal, or_, select, text, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop_app.errors import AppError, DuplicateError, NotFoundError
from desktop_app.fileio import sha256_bytes
from desktop_app.storage import schema as m
from desktop_app.storage.records import STATED as STATED_SOURCES
from desktop_app.storage.records import (
    AuditRecord,
    EventRecord,
    LookalikeRecord,
    MembershipRecord,
    PersonRecord,
    SessionRecord,
    TemplateRecord,
)


def _person(row: m.Person, template_count: int = 0) -> PersonRecord:
    return PersonRecord(
        id=row.id,
        name=row.name,
        external_id=row.external_id,
        group_name=row.group_name,
        active=row.active,
        consent_at=row.consent_at,
        consent_by=row.consent_by,
        consent_text_version=row.consent_text_version,
        created_at=row.created_at,
        deactivated_at=row.deactivated_at,
        notes=row.notes,
        template_count=template_count,
    )


def _template(row: m.FaceTemplate) -> TemplateRecord:
    return TemplateRecord(
        id=row.id,
        person_id=row.person_id,
        kind=row.kind,
        embedder_id=row.embedder_id,
        embedding=row.embedding,
        dim=row.dim,
        quality=row.quality,
        chip=row.chip,
        chip_format=row.chip_format,
        encrypted=row.encrypted,
        source=row.source,
        created_at=row.created_at,
        weak=bool(row.weak),
    )


def _session(row: m.AttendanceSession) -> SessionRecord:
    return SessionRecord(
        id=row.id,
        name=row.name,
        group_name=row.group_name,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        late_after=row.late_after,
        created_at=row.created_at,
    )


def _event(row: m.AttendanceEvent, person_name: str | None = None) -> EventRecord:
    return EventRecord(
        id=row.id,
        person_id=row.person_id,
        session_id=row.session_id,
        kind=row.kind,
        at_utc=row.at_utc,
        score=row.score,
        device=row.device,
        source=row.source,
        status=row.status,
        corrected_by=row.corrected_by,
        correction_reason=row.correction_reason,
        replaced_by_id=row.replaced_by_id,
        created_at=row.created_at,
        person_name=person_name,
        probe_embedding=row.probe_embedding,
        probe_embedder_id=row.probe_embedder_id,
        probe_encrypted=bool(row.probe_encrypted),
        confirmed_by=row.confirmed_by,
    )


class Counters:
    GALLERY = "gallery"
    AUDIT = "audit"  # audit entries written; bumped first, as the audit log's write lock

    def __init__(self, s: Session) -> None:
        self.s = s

    def get(self, name: str) -> int:
        value = self.s.scalar(select(m.Counter.value).where(m.Counter.name == name))
        return int(value or 0)

    def bump(self, name: str) -> int:
        """Increment in this transaction (row created on first use)."""
        res = self.s.execute(
            update(m.Counter).where(m.Counter.name == name).values(value=m.Counter.value + 1)
        )
        if getattr(res, "rowcount", 0) == 0:
            try:
                with self.s.begin_nested():
                    self.s.add(m.Counter(name=name, value=1))
            except IntegrityError:  # another process created it meanwhile
                self.s.execute(
                    update(m.Counter)
                    .where(m.Counter.name == name)
                    .values(value=m.Counter.value + 1)
                )
        return self.get(name)


class People:
    def __init__(self, s: Session) -> None:
        self.s = s

    def add(
        self,
        name: str,
        *,
        external_id: str | None = None,
        group_name: str | None = None,
        consent_at: dt.datetime | None = None,
        consent_by: str | None = None,
        consent_text_version: str | None = None,
        notes: str | None = None,
        member_since: dt.datetime | None = None,
    ) -> PersonRecord:
        """A new active person. Their membership of ``group_name`` starts at their creation,
        or at ``member_since`` (in the group since an earlier date)."""
        name = name.strip()
        if not name:
            raise ValueError("a person needs a name")
        if external_id is not None:
            external_id = external_id.strip() or None
        if external_id and self.s.scalar(
            select(m.Person.id).where(m.Person.external_id == external_id)
        ):
            raise DuplicateError(f"Someone already has the external id {external_id!r}.")
        row = m.Person(
            name=name,
            external_id=external_id,
            group_name=(group_name or None),
            consent_at=consent_at,
            consent_by=consent_by,
            consent_text_version=consent_text_version,
            notes=notes,
            active=True,
        )
        self.s.add(row)
        self.s.flush()
        Memberships(self.s).record(row.id, row.group_name, True, member_since or row.created_at)
        return _person(row)

    def _row(self, person_id: int) -> m.Person:
        row = self.s.get(m.Person, person_id)
        if row is None:
            raise NotFoundError(f"No person with id {person_id}.")
        return row

    def get(self, person_id: int) -> PersonRecord:
        row = self._row(person_id)
        return _person(row, self._count(person_id))

    def _count(self, person_id: int) -> int:
        return int(
            self.s.scalar(
                select(func.count(m.FaceTemplate.id)).where(
                    m.FaceTemplate.person_id == person_id, m.FaceTemplate.kind == "positive"
                )
            )
            or 0
        )

    def find(self, key: str) -> PersonRecord:
        """By id (digits), external id, or exact name (case-insensitive); must be unique."""
        key = key.strip()
        if key.isdigit() and (row := self.s.get(m.Person, int(key))) is not None:
            return _person(row, self._count(row.id))
        row = self.s.scalars(select(m.Person).where(m.Person.external_id == key)).first()
        if row is not None:
            return _person(row, self._count(row.id))
        rows = self.s.scalars(
            select(m.Person).where(func.lower(m.Person.name) == key.lower())
        ).all()
        if not rows:
            raise NotFoundError(f"Nobody called {key!r} is enrolled (try `people list`).")
        if len(rows) > 1:
            ids = ", ".join(str(r.id) for r in rows)
            raise DuplicateError(f"Several people are called {key!r} (ids {ids}); use the id.")
        return _person(rows[0], self._count(rows[0].id))

    def list(
        self,
        *,
        group_name: str | None = None,
        active: bool | None = None,
        search: str | None = None,
    ) -> list[PersonRecord]:
        counts = (
            select(m.FaceTemplate.person_id, func.count(m.FaceTemplate.id).label("n"))
            .where(m.FaceTemplate.kind == "positive")
            .group_by(m.FaceTemplate.person_id)
            .subquery()
        )
        q = select(m.Person, func.coalesce(counts.c.n, 0)).outerjoin(
            counts, counts.c.person_id == m.Person.id
        )
        if group_name is not None:
            q = q.where(m.Person.group_name == group_name)
        if active is not None:
            q = q.where(m.Person.active == active)
        if search:
            like = f"%{search.lower()}%"
            q = q.where(
                func.lower(m.Person.name).like(like)
                | func.lower(func.coalesce(m.Person.external_id, "")).like(like)
            )
        q = q.order_by(m.Person.name, m.Person.id)
        return [_person(p, int(n)) for p, n in self.s.execute(q).all()]

    def update(
        self, person_id: int, *, group_correction: bool = False, **fields: Any
    ) -> PersonRecord:
        """Change a person. A new ``group_name`` is a move from now on (past registers keep
        them in the old group); with ``group_correction`` it corrects the group of their
        current membership from its start (a typo)."""
        allowed = {
            "name",
            "external_id",
            "group_name",
            "active",
            "consent_at",
            "consent_by",
            "consent_text_version",
            "notes",
            "deactivated_at",
            "kiosk_pin_hash",
        }
        unknown = set(fields) - allowed
        if unknown:
            raise ValueError(f"unknown person fields: {sorted(unknown)}")
        row = self._row(person_id)
        if fields.get("external_id") and self.s.scalar(
            select(m.Person.id).where(
                m.Person.external_id == fields["external_id"], m.Person.id != person_id
            )
        ):
            raise DuplicateError(f"Someone already has the external id {fields['external_id']!r}.")
        now = dt.datetime.now(dt.UTC)
        if "active" in fields and not fields["active"] and row.active:
            fields.setdefault("deactivated_at", now)
        if "group_name" in fields:
            fields["group_name"] = (fields["group_name"] or "").strip() or None
        before = (row.group_name, row.active)
        for key, value in fields.items():
            setattr(row, key, value)
        self.s.flush()
        if (row.group_name, row.active) != before:
            at = row.deactivated_at if before[1] and not row.active else now
            Memberships(self.s).record(
                person_id,
                row.group_name,
                row.active,
                at or now,
                correction=group_correction and row.active == before[1],
            )
        return _person(row, self._count(person_id))

    def kiosk_pin_hash(self, person_id: int) -> str | None:
        """The stored hash of the person's own kiosk PIN (JSON from ``security.pin``)."""
        return self._row(person_id).kiosk_pin_hash

    def delete(self, person_id: int, *, with_events: bool = False) -> None:
        """Delete a person and their templates; events only when asked (else refused)."""
        row = self._row(person_id)
        n_events = self.s.scalar(
            select(func.count(m.AttendanceEvent.id)).where(m.AttendanceEvent.person_id == person_id)
        )
        if n_events and not with_events:
            raise DuplicateError(
                f"{row.name} has {n_events} attendance events; deactivate them instead, "
                "or erase them with their events."
            )
        if n_events:
            self.s.execute(
                update(m.AttendanceEvent)
                .where(m.AttendanceEvent.replaced_by_id.is_not(None))
                .where(m.AttendanceEvent.person_id == person_id)
                .values(replaced_by_id=None)
            )
            for ev in self.s.scalars(
                select(m.AttendanceEvent).where(m.AttendanceEvent.person_id == person_id)
            ):
                self.s.delete(ev)
        had_templates = self._count(person_id) > 0 or bool(
            self.s.scalar(select(m.FaceTemplate.id).where(m.FaceTemplate.person_id == person_id))
        )
        self.s.delete(row)
        self.s.flush()
        if had_templates:
            Counters(self.s).bump(Counters.GALLERY)

    def count(self, *, active: bool | None = True) -> int:
        q = select(func.count(m.Person.id))
        if active is not None:
            q = q.where(m.Person.active == active)
        return int(self.s.scalar(q) or 0)

    def groups(self) -> builtins.list[str]:
        rows = self.s.scalars(
            select(m.Person.group_name).where(m.Person.group_name.is_not(None)).distinct()
        )
        return sorted(g for g in rows if g)


class Memberships:
    """Who was in which group when (``schema.Membership``): the roll call and the reports
    list a session's members as they were while it ran, not as they are now."""

    def __init__(self, s: Session) -> None:
        self.s = s

    def record(
        self,
        person_id: int,
        group_name: str | None,
        active: bool,
        at: dt.datetime,
        *,
        correction: bool = False,
    ) -> None:
        """The one way a membership changes: from ``at`` the person is in ``group_name``
        (None: no group) when ``active``, else in no group. Closes the open row that no
        longer holds and opens one as needed; a row that would end before it began (a
        change in the same instant) is dropped. ``correction``: the group of the current
        stretch was wrong (a typo), so it is renamed from its start instead."""
        open_rows = self.s.scalars(
            select(m.Membership)
            .where(m.Membership.person_id == person_id, m.Membership.until.is_(None))
            .order_by(m.Membership.id)
        ).all()
        kept = False
        if correction and active and open_rows:
            open_rows[0].group_name = group_name
            kept, open_rows = True, open_rows[1:]  # never more than one open: closed below
        for row in open_rows:
            if active and not kept and row.group_name == group_name:
                kept = True
            elif row.since is not None and row.since >= at:
                self.s.delete(row)
            else:
                row.until = at
        if active and not kept:
            self.s.add(m.Membership(person_id=person_id, group_name=group_name, since=at))
        self.s.flush()

    def history(self, person_id: int) -> builtins.list[MembershipRecord]:
        """The person's memberships, oldest first."""
        rows = self.s.scalars(
            select(m.Membership)
            .where(m.Membership.person_id == person_id)
            .order_by(m.Membership.since.is_not(None), m.Membership.since, m.Membership.id)
        )
        return [MembershipRecord(r.person_id, r.group_name, r.since, r.until) for r in rows]

    def at(self, person_id: int, when: dt.datetime) -> MembershipRecord | None:
        """The person's membership at ``when`` (its group may be None: active in no group),
        or None when they were in none then (not yet enrolled, or deactivated)."""
        ms = m.Membership
        row = self.s.scalars(
            select(ms)
            .where(
                ms.person_id == person_id,
                ms.since.is_(None) | (ms.since <= when),
                ms.until.is_(None) | (ms.until > when),
            )
            .order_by(ms.id.desc())
        ).first()
        if row is None:
            return None
        return MembershipRecord(row.person_id, row.group_name, row.since, row.until)

    def during(
        self, start: dt.datetime, end: dt.datetime
    ) -> dict[int, builtins.list[MembershipRecord]]:
        """Person id -> their memberships that overlap ``[start, end)``, oldest first (a
        report's Group column names the group as it was, not today's)."""
        ms = m.Membership
        rows = self.s.execute(
            select(ms.person_id, ms.group_name, ms.since, ms.until)
            .where(ms.until.is_(None) | (ms.until > start), ms.since.is_(None) | (ms.since < end))
            .order_by(ms.person_id, ms.since.is_not(None), ms.since, ms.id)
        ).all()
        out: dict[int, builtins.list[MembershipRecord]] = defaultdict(builtins.list)
        for r in rows:
            out[r.person_id].append(MembershipRecord(r.person_id, r.group_name, r.since, r.until))
        return dict(out)

    def groups(self) -> builtins.list[str]:
        """Every group that ever had a member or a session, sorted: a report or a filter can
        be made for last year's 7B after its pupils moved up (``People.groups``: today's)."""
        names: set[str | None] = set(self.s.scalars(select(m.Membership.group_name).distinct()))
        names.update(self.s.scalars(select(m.AttendanceSession.group_name).distinct()))
        names.update(self.s.scalars(select(m.Person.group_name).distinct()))
        return sorted(g for g in names if g)

    def ever_in(self, group_name: str, start: dt.datetime, end: dt.datetime) -> set[int]:
        """The people who were in ``group_name`` at some moment of ``[start, end)``."""
        ms = m.Membership
        return set(
            self.s.scalars(
                select(ms.person_id).where(
                    ms.group_name == group_name,
                    ms.until.is_(None) | (ms.until > start),
                    ms.since.is_(None) | (ms.since < end),
                )
            )
        )

    def members(self, sessions: Iterable[SessionRecord]) -> dict[int, set[int]]:
        """Session id -> the ids of the people who were its members at some moment while it
        ran (``[starts_at, ends_at)``; an open session runs on): in its group, or in any
        group or none for a session for everybody. Erased people are gone with their rows."""
        sessions = builtins.list(sessions)
        out: dict[int, set[int]] = {x.id: set() for x in sessions}
        if not sessions:
            return out
        first = min(x.starts_at for x in sessions)
        q = select(
            m.Membership.person_id, m.Membership.group_name, m.Membership.since, m.Membership.until
        ).where(m.Membership.until.is_(None) | (m.Membership.until > first))
        if all(x.ends_at is not None for x in sessions):
            last = max(x.ends_at for x in sessions if x.ends_at is not None)
            q = q.where(m.Membership.since.is_(None) | (m.Membership.since < last))
        groups = {x.group_name for x in sessions}
        if None not in groups:
            q = q.where(m.Membership.group_name.in_(builtins.list(groups)))
        # open-ended stretches (most of them) hold for every session: only the others are
        # compared with each session's times
        inf = float("inf")
        always: dict[str | None, set[int]] = defaultdict(set)
        dated: dict[str | None, builtins.list[tuple[int, float, float]]] = defaultdict(
            builtins.list
        )
        for row in self.s.execute(q).all():
            if row.since is None and row.until is None:
                always[row.group_name].add(row.person_id)
            else:
                since = row.since.timestamp() if row.since is not None else -inf
                until = row.until.timestamp() if row.until is not None else inf
                dated[row.group_name].append((row.person_id, since, until))
        everyone = set().union(*always.values())
        every_dated = [row for rows in dated.values() for row in rows]
        for x in sessions:
            if x.group_name is None:
                found, rows = set(everyone), every_dated
            else:
                found, rows = set(always.get(x.group_name, ())), dated.get(x.group_name, [])
            start = x.starts_at.timestamp()
            end = x.ends_at.timestamp() if x.ends_at is not None else inf
            found.update(pid for pid, since, until in rows if until > start and since < end)
            out[x.id] = found
        return out


class Templates:
    def __init__(self, s: Session) -> None:
        self.s = s

    def add(
        self,
        person_id: int,
        *,
        embedder_id: str,
        embedding: bytes,
        dim: int,
        quality: float | None = None,
        chip: bytes | None = None,
        chip_format: str | None = None,
        encrypted: bool = False,
        source: str | None = None,
        kind: str = "positive",
        weak: bool = False,
    ) -> TemplateRecord:
        if kind not in ("positive", "negative"):
            raise ValueError(f"template kind must be positive or negative, not {kind!r}")
        if self.s.get(m.Person, person_id) is None:
            raise NotFoundError(f"No person with id {person_id}.")
        row = m.FaceTemplate(
            person_id=person_id,
            kind=kind,
            embedder_id=embedder_id,
            embedding=embedding,
            dim=dim,
            quality=quality,
            chip=chip,
            chip_format=chip_format,
            encrypted=encrypted,
            source=source,
            weak=weak,
        )
        self.s.add(row)
        self.s.flush()
        Counters(self.s).bump(Counters.GALLERY)
        return _template(row)

    def get(self, template_id: int) -> TemplateRecord:
        row = self.s.get(m.FaceTemplate, template_id)
        if row is None:
            raise NotFoundError(f"No face template with id {template_id}.")
        return _template(row)

    def list(
        self,
        *,
        embedder_id: str | None = None,
        person_id: int | None = None,
        kind: str | None = "positive",
        active_only: bool = False,
    ) -> list[TemplateRecord]:
        q = select(m.FaceTemplate)
        if embedder_id is not None:
            q = q.where(m.FaceTemplate.embedder_id == embedder_id)
        if person_id is not None:
            q = q.where(m.FaceTemplate.person_id == person_id)
        if kind is not None:
            q = q.where(m.FaceTemplate.kind == kind)
        if active_only:
            q = q.join(m.Person).where(m.Person.active.is_(True))
        return [_template(r) for r in self.s.scalars(q.order_by(m.FaceTemplate.id))]

    def delete(self, template_id: int) -> None:
        row = self.s.get(m.FaceTemplate, template_id)
        if row is None:
            raise NotFoundError(f"No face template with id {template_id}.")
        self.s.delete(row)
        self.s.flush()
        Counters(self.s).bump(Counters.GALLERY)

    def delete_for_person(self, person_id: int, kind: str | None = None) -> int:
        rows = self.list(person_id=person_id, kind=kind)
        for r in rows:
            self.s.delete(self.s.get(m.FaceTemplate, r.id))
        self.s.flush()
        if rows:
            Counters(self.s).bump(Counters.GALLERY)
        return len(rows)

    def replace_payload(
        self,
        template_id: int,
        *,
        embedding: bytes | None = None,
        chip: bytes | None = None,
        encrypted: bool | None = None,
    ) -> None:
        """Rewrite stored bytes in place (re-encryption); does not change the gallery."""
        row = self.s.get(m.FaceTemplate, template_id)
        if row is None:
            raise NotFoundError(f"No face template with id {template_id}.")
        if embedding is not None:
            row.embedding = embedding
        if chip is not None:
            row.chip = chip
        if encrypted is not None:
            row.encrypted = encrypted
        self.s.flush()

    def gallery_version(self) -> int:
        return Counters(self.s).get(Counters.GALLERY)


class Lookalikes:
    """Remembered look-alike pairs (two different people an operator enrolled knowingly)."""

    def __init__(self, s: Session) -> None:
        self.s = s

    def add(
        self, a: int, b: int, *, distance: float | None = None, allowed_by: str | None = None
    ) -> LookalikeRecord:
        """Remember ``a`` and ``b`` as look-alikes (once; an existing pair is returned)."""
        if a == b:
            raise ValueError("a person is not their own look-alike")
        lo, hi = sorted((int(a), int(b)))
        row = self.s.scalars(
            select(m.LookalikePair).where(
                m.LookalikePair.person_a_id == lo, m.LookalikePair.person_b_id == hi
            )
        ).first()
        if row is None:
            for pid in (lo, hi):
                if self.s.get(m.Person, pid) is None:
                    raise NotFoundError(f"No person with id {pid}.")
            row = m.LookalikePair(
                person_a_id=lo,
                person_b_id=hi,
                distance=None if distance is None else float(distance),
                allowed_by=allowed_by,
            )
            self.s.add(row)
            self.s.flush()
            # The gallery's decision depends on the pairs: stamp them like a template change.
            Counters(self.s).bump(Counters.GALLERY)
        return self._record(row)

    def _record(self, row: m.LookalikePair) -> LookalikeRecord:
        names = dict(
            self.s.execute(
                select(m.Person.id, m.Person.name).where(
                    m.Person.id.in_([row.person_a_id, row.person_b_id])
                )
            ).all()
        )
        return LookalikeRecord(
            id=row.id,
            person_a_id=row.person_a_id,
            person_b_id=row.person_b_id,
            distance=row.distance,
            allowed_by=row.allowed_by,
            created_at=row.created_at,
            person_a_name=names.get(row.person_a_id),
            person_b_name=names.get(row.person_b_id),
        )

    def list(self, person_id: int | None = None) -> builtins.list[LookalikeRecord]:
        q = select(m.LookalikePair).order_by(m.LookalikePair.id)
        if person_id is not None:
            q = q.where(
                (m.LookalikePair.person_a_id == person_id)
                | (m.LookalikePair.person_b_id == person_id)
            )
        return [self._record(r) for r in self.s.scalars(q)]

    def pairs(self) -> frozenset[tuple[int, int]]:
        """Every pair as ``(a, b)`` with ``a < b`` (what the matcher takes)."""
        rows = self.s.execute(select(m.LookalikePair.person_a_id, m.LookalikePair.person_b_id))
        return frozenset((int(a), int(b)) for a, b in rows)


class Sessions:
    def __init__(self, s: Session) -> None:
        self.s = s

    def add(
        self,
        name: str,
        starts_at: dt.datetime,
        *,
        ends_at: dt.datetime | None = None,
        late_after: dt.datetime | None = None,
        group_name: str | None = None,
    ) -> SessionRecord:
        if ends_at is not None and ends_at <= starts_at:
            raise ValueError("a session must end after it starts")
        row = m.AttendanceSession(
            name=name.strip(),
            starts_at=starts_at,
            ends_at=ends_at,
            late_after=late_after,
            group_name=group_name or None,
        )
        self.s.add(row)
        self.s.flush()
        return _session(row)

    def get(self, session_id: int) -> SessionRecord:
        row = self.s.get(m.AttendanceSession, session_id)
        if row is None:
            raise NotFoundError(f"No session with id {session_id}.")
        return _session(row)

    def by_ids(self, ids: Iterable[int | None]) -> dict[int, SessionRecord]:
        """The sessions of ``ids`` that exist, by id (None and unknown ids are skipped): the
        sessions a set of marks is tagged with, for ``rules.own_session``."""
        wanted = sorted({i for i in ids if i is not None})
        out: dict[int, SessionRecord] = {}
        for k in range(0, len(wanted), 500):  # well under SQLite's bound-parameter limit
            q = select(m.AttendanceSession).where(m.AttendanceSession.id.in_(wanted[k : k + 500]))
            out.update((r.id, _session(r)) for r in self.s.scalars(q))
        return out

    def find(self, key: str) -> SessionRecord:
        if key.isdigit() and (row := self.s.get(m.AttendanceSession, int(key))) is not None:
            return _session(row)
        rows = self.s.scalars(
            select(m.AttendanceSession)
            .where(m.AttendanceSession.name == key)
            .order_by(m.AttendanceSession.starts_at.desc())
        ).all()
        if not rows:
            raise NotFoundError(f"No session called {key!r}.")
        return _session(rows[0])

    def list(
        self,
        *,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
        group_name: str | None = None,
    ) -> list[SessionRecord]:
        q = select(m.AttendanceSession)
        if start is not None:
            q = q.where(
                (m.AttendanceSession.ends_at.is_(None)) | (m.AttendanceSession.ends_at > start)
            )
        if end is not None:
            q = q.where(m.AttendanceSession.starts_at < end)
        if group_name is not None:
            q = q.where(m.AttendanceSession.group_name == group_name)
        return [_session(r) for r in self.s.scalars(q.order_by(m.AttendanceSession.starts_at))]

    def around(
        self, start: dt.datetime, end: dt.datetime, grace: dt.timedelta
    ) -> tuple[builtins.list[SessionRecord], builtins.list[SessionRecord]]:
        """The sessions starting in ``[start, end)``, and those starting outside it whose
        windows (``grace`` before the start to the end; no end: on and on) reach into it:
        last night's study until 01:00, a session nobody ended (``rules.on_days``)."""
        near = self.list(start=start, end=end + grace)
        own = [x for x in near if start <= x.starts_at < end]
        return own, [x for x in near if not start <= x.starts_at < end]

    def open_at(self, when: dt.datetime) -> builtins.list[SessionRecord]:
        q = select(m.AttendanceSession).where(
            m.AttendanceSession.starts_at <= when,
            (m.AttendanceSession.ends_at.is_(None)) | (m.AttendanceSession.ends_at > when),
        )
        return [_session(r) for r in self.s.scalars(q.order_by(m.AttendanceSession.starts_at))]

    def update(self, session_id: int, **fields: Any) -> SessionRecord:
        row = self.s.get(m.AttendanceSession, session_id)
        if row is None:
            raise NotFoundError(f"No session with id {session_id}.")
        for key, value in fields.items():
            if key not in {"name", "group_name", "starts_at", "ends_at", "late_after"}:
                raise ValueError(f"unknown session field {key!r}")
            setattr(row, key, value)
        self.s.flush()
        return _session(row)


class Events:
    def __init__(self, s: Session) -> None:
        self.s = s

    def add(
        self,
        person_id: int,
        kind: str,
        at_utc: dt.datetime,
        *,
        source: str,
        session_id: int | None = None,
        score: float | None = None,
        device: str | None = None,
        corrected_by: str | None = None,
        correction_reason: str | None = None,
        client_token: str | None = None,
        probe_embedding: bytes | None = None,
        probe_embedder_id: str | None = None,
        probe_encrypted: bool = False,
        confirmed_by: str | None = None,
    ) -> EventRecord:
        if kind not in ("check_in", "check_out", "present"):
            raise ValueError(f"event kind must be check_in, check_out or present, not {kind!r}")
        if client_token is not None:
            existing = self.s.scalars(
                select(m.AttendanceEvent).where(m.AttendanceEvent.client_token == client_token)
            ).first()
            if existing is not None:  # idempotent retry
                return _event(existing)
        row = m.AttendanceEvent(
            person_id=person_id,
            kind=kind,
            at_utc=at_utc,
            source=source,
            session_id=session_id,
            score=score,
            device=device,
            corrected_by=corrected_by,
            correction_reason=correction_reason,
            client_token=client_token,
            probe_embedding=probe_embedding,
            probe_embedder_id=probe_embedder_id,
            probe_encrypted=probe_encrypted,
            confirmed_by=confirmed_by,
            status="valid",
        )
        if client_token is None:
            self.s.add(row)
            self.s.flush()
            return _event(row)
        try:  # another device may insert the same token between our check and this insert
            with self.s.begin_nested():
                self.s.add(row)
        except IntegrityError:
            existing = self.s.scalars(
                select(m.AttendanceEvent).where(m.AttendanceEvent.client_token == client_token)
            ).first()
            if existing is None:
                raise
            return _event(existing)
        return _event(row)

    def get(self, event_id: int) -> EventRecord:
        row = self.s.get(m.AttendanceEvent, event_id)
        if row is None:
            raise NotFoundError(f"No attendance event with id {event_id}.")
        return _event(row)

    def set_status(
        self,
        event_id: int,
        status: str,
        *,
        corrected_by: str | None = None,
        reason: str | None = None,
        replaced_by_id: int | None = None,
    ) -> EventRecord:
        row = self.s.get(m.AttendanceEvent, event_id)
        if row is None:
            raise NotFoundError(f"No attendance event with id {event_id}.")
        row.status = status
        row.corrected_by = corrected_by
        row.correction_reason = reason
        row.replaced_by_id = replaced_by_id
        self.s.flush()
        return _event(row)

    def query(
        self,
        *,
        start: dt.datetime | None = None,
        end: dt.datetime | None = None,
        person_id: int | None = None,
        session_id: int | None = None,
        group_name: str | None = None,
        statuses: Sequence[str] | None = ("valid",),
        limit: int | None = None,
        newest_first: bool = False,
        or_tagged: int | None = None,
        or_put_into: Iterable[int] = (),
        person_ids: Iterable[int] | None = None,
    ) -> list[EventRecord]:
        """``or_tagged``: also the marks tagged with that session outside ``start``..``end``
        (a mark added by hand into a session stays with it when its times are edited);
        ``or_put_into``: also those the operator put (by hand, a group photo) into one of
        these sessions, whenever made (they are on their session's day).
        ``group_name``: the marks of people in that group when they were made (membership
        history: a pupil moved to 7C today keeps his 7B marks under 7B), and the marks the
        operator put into its sessions (by hand, a group photo: they put their person on its
        register). A camera's mark of a pupil of another class, made into its session by a
        kiosk pinned to it, counts for no member and is listed with that pupil's class, as
        in the reports."""
        q = select(m.AttendanceEvent, m.Person.name).join(
            m.Person, m.Person.id == m.AttendanceEvent.person_id
        )
        when = []
        if start is not None:
            when.append(m.AttendanceEvent.at_utc >= start)
        if end is not None:
            when.append(m.AttendanceEvent.at_utc < end)
        put_into = builtins.list(or_put_into)
        if when and or_tagged is not None:
            q = q.where(or_(and_(*when), m.AttendanceEvent.session_id == or_tagged))
        elif when and put_into:
            stated = m.AttendanceEvent.source.in_(sorted(STATED_SOURCES))
            q = q.where(or_(and_(*when), stated & m.AttendanceEvent.session_id.in_(put_into)))
        elif when:
            q = q.where(*when)
        if person_id is not None:
            q = q.where(m.AttendanceEvent.person_id == person_id)
        if person_ids is not None:
            q = q.where(m.AttendanceEvent.person_id.in_(sorted(set(person_ids))))
        if session_id is not None:
            q = q.where(m.AttendanceEvent.session_id == session_id)
        if group_name is not None:  # in the group when the mark was made, or put into its
            ev, ms = m.AttendanceEvent, m.Membership  # sessions (not: in it today)
            was_in = (
                select(ms.id)
                .where(
                    ms.person_id == ev.person_id,
                    ms.group_name == group_name,
                    ms.since.is_(None) | (ms.since <= ev.at_utc),
                    ms.until.is_(None) | (ms.until > ev.at_utc),
                )
                .exists()
            )
            its_session = ev.source.in_(sorted(STATED_SOURCES)) & ev.session_id.in_(
                select(m.AttendanceSession.id).where(m.AttendanceSession.group_name == group_name)
            )
            q = q.where(or_(was_in, its_session))
        if statuses is not None:
            q = q.where(m.AttendanceEvent.status.in_(list(statuses)))
        order = m.AttendanceEvent.at_utc.desc() if newest_first else m.AttendanceEvent.at_utc
        q = q.order_by(order, m.AttendanceEvent.id)
        if limit is not None:
            q = q.limit(limit)
        return [_event(ev, name) for ev, name in self.s.execute(q).all()]

    def last_for_person(
        self, person_id: int, *, since: dt.datetime | None = None
    ) -> EventRecord | None:
        q = select(m.AttendanceEvent).where(
            m.AttendanceEvent.person_id == person_id, m.AttendanceEvent.status == "valid"
        )
        if since is not None:
            q = q.where(m.AttendanceEvent.at_utc >= since)
        row = self.s.scalars(
            q.order_by(m.AttendanceEvent.at_utc.desc(), m.AttendanceEvent.id.desc())
        ).first()
        return _event(row) if row is not None else None

    def count(self) -> int:
        return int(self.s.scalar(select(func.count(m.AttendanceEvent.id))) or 0)

    def report_rows(
        self,
        *,
        start: dt.datetime,
        end: dt.datetime | None,
        group_name: str | None = None,
        session_ids: Iterable[int] = (),
        status: str = "valid",
    ) -> list[tuple[Any, ...]]:
        """Lean rows for reports, oldest first, without ORM objects or probe blobs:
        ``(id, person_id, session_id, kind, at_epoch, source, device, corrected_by,
        correction_reason)`` with ``at_epoch`` the UTC time in seconds since 1970 (parsing
        500k datetimes costs more than the query). Served by
        ``ix_attendance_events_status_at`` (status, at_utc). ``group_name``: the marks of
        the people in that group now or at any time before (``Memberships``), and those
        tagged with one of ``session_ids``. ``end`` None: no end (``rules.reach``)."""
        ev = m.AttendanceEvent
        q = self._lean_select().where(ev.status == status, ev.at_utc >= start)
        if end is not None:
            q = q.where(ev.at_utc < end)
        if group_name is None:
            return self._lean(q.order_by(ev.at_utc, ev.id))
        in_group = ev.person_id.in_(
            select(m.Person.id)
            .where(m.Person.group_name == group_name)
            .union(select(m.Membership.person_id).where(m.Membership.group_name == group_name))
        )
        rows = self._lean(q.where(in_group).order_by(ev.at_utc, ev.id))
        ids = builtins.list(session_ids)
        if ids:  # a second query: one OR of the two costs more (bench year, one group)
            more = self._lean(q.where(ev.session_id.in_(ids), ~in_group))
            if more:
                rows = sorted([*rows, *more], key=itemgetter(4, 0))
        return rows

    def held_elsewhere(
        self,
        session_ids: Iterable[int],
        *,
        start: dt.datetime,
        end: dt.datetime | None,
        sources: Iterable[str],
        status: str = "valid",
    ) -> builtins.list[tuple[Any, ...]]:
        """``report_rows``' lean rows of the marks from ``sources`` tagged with one of
        ``session_ids`` whose time lies outside ``[start, end)``: marks the operator put into a
        session stay with it when an edit moves it to another day (reports read them with
        that day). Served by the index on ``session_id``, in chunks of ids."""
        ev = m.AttendanceEvent
        ids = sorted(set(session_ids))
        q = self._lean_select().where(
            ev.status == status,
            ev.source.in_(builtins.list(sources)),
            (ev.at_utc < start) if end is None else (ev.at_utc < start) | (ev.at_utc >= end),
        )
        rows: builtins.list[tuple[Any, ...]] = []
        for i in range(0, len(ids), 500):
            rows += self._lean(q.where(ev.session_id.in_(ids[i : i + 500])))
        return sorted(rows, key=itemgetter(4, 0))

    def _lean_select(self) -> Any:
        """The columns of ``report_rows``, with the time as seconds since 1970."""
        ev = m.AttendanceEvent
        epoch: Any = func.extract("epoch", ev.at_utc)  # PostgreSQL: exact, a Decimal
        if self.s.get_bind().dialect.name == "sqlite":
            # extract() is whole seconds there: a mark at 09:10:00.9 would read as before a
            # "late after" of 09:10:00.6 that the roll call compares exactly. SQLAlchemy
            # writes "YYYY-MM-DD HH:MM:SS.ffffff": whole microseconds, then one division, as
            # datetime.timestamp() rounds them.
            micro = cast(func.strftime("%s", ev.at_utc), Integer) * 1_000_000 + cast(
                func.substr(ev.at_utc, 21, 6), Integer
            )
            epoch = micro / literal(1_000_000.0, Float)
        return select(
            ev.id,
            ev.person_id,
            ev.session_id,
            ev.kind,
            epoch,
            ev.source,
            ev.device,
            ev.corrected_by,
            ev.correction_reason,
        )

    def _lean(self, q: Any) -> builtins.list[Any]:
        result = self.s.connection().execute(q)
        try:
            # plain DBAPI tuples: these columns need no result processing, and skipping
            # SQLAlchemy's Row objects halves the time for a year of events
            rows: builtins.list[Any] = list(result.cursor.fetchall()) if result.cursor else []
        finally:
            result.close()
        if rows and not isinstance(rows[0][4], int | float):  # PostgreSQL: Decimal epoch
            rows = [(*r[:4], float(r[4]), *r[5:]) for r in rows]
        return rows


def _canonical(entry: dict[str, Any]) -> bytes:
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


KEYED = "k1:"  # prefix of an entry signed with the audit key (HMAC-SHA256, base64url)


class AuditKeyMissing(AppError):
    """The audit log is signed with the data key, which this process has not loaded."""


def audit_mac(
    key: bytes,
    prev_hash: str | None,
    entry_id: int,
    position: int,
    at_utc: dt.datetime,
    actor: str,
    action: str,
    target: str | None,
    details: str | None,
) -> str:
    """A keyed entry's hash: HMAC over the previous hash, the row id, its position in the
    chain (the running count) and the entry, so editing, deleting or reordering rows and
    recomputing needs the key."""
    body = {
        "prev": prev_hash or "",
        "id": entry_id,
        "n": position,
        "at": at_utc.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds"),
        "actor": actor,
        "action": action,
        "target": target,
        "details": details,
    }
    mac = hmac.new(key, _canonical(body), hashlib.sha256).digest()
    return KEYED + base64.urlsafe_b64encode(mac).decode().rstrip("=")


def audit_hash(
    prev_hash: str | None,
    at_utc: dt.datetime,
    actor: str,
    action: str,
    target: str | None,
    details: str | None,
) -> str:
    body = {
        "prev": prev_hash or "",
        "at": at_utc.astimezone(dt.UTC).replace(tzinfo=None).isoformat(timespec="microseconds"),
        "actor": actor,
        "action": action,
        "target": target,
        "details": details,
    }
    return sha256_bytes(_canonical(body))


class Audit:
    """Append-only, hash-chained audit log."""

    def __init__(self, s: Session) -> None:
        self.s = s

    def _lock(self) -> None:
        """Take the audit log's write lock for this transaction before reading the newest
        entry, so two writers (two kiosks on one database) never chain onto the same entry:
        PostgreSQL a transaction-scoped advisory lock, SQLite its database write lock (taken
        by the first write of the transaction: bumping the ``audit`` counter)."""
        if self.s.get_bind().dialect.name == "postgresql":
            self.s.execute(text("SELECT pg_advisory_xact_lock(84120002)"))
        Counters(self.s).bump(Counters.AUDIT)

    def write(
        self, actor: str, action: str, target: str | None = None, details: Any = None
    ) -> AuditRecord:
        self._lock()
        key: bytes | None = self.s.info.get("audit_key")
        prev = self.s.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id.desc())).first()
        prev_hash = prev.hash if prev is not None else None
        if key is None and prev_hash is not None and prev_hash.startswith(KEYED):
            raise AuditKeyMissing(
                "The audit log of this database is signed with its data key, which is not "
                "loaded here: nothing was written. Install the key (face-attendance restore "
                "BACKUP) and try again."
            )
        at = dt.datetime.now(dt.UTC).replace(microsecond=dt.datetime.now(dt.UTC).microsecond)
        text_details = None if details is None else json.dumps(details, sort_keys=True, default=str)
        row = m.AuditEntry(
            at_utc=at,
            actor=actor,
            action=action,
            target=target,
            details=text_details,
            prev_hash=prev_hash,
            hash=audit_hash(prev_hash, at, actor, action, target, text_details),
        )
        self.s.add(row)
        self.s.flush()
        if key is not None:
            position = int(self.s.scalar(select(func.count(m.AuditEntry.id))) or 0)
            row.hash = audit_mac(
                key, prev_hash, row.id, position, at, actor, action, target, text_details
            )
            self.s.flush()
            self.s.info["audit_head"] = (position, row.hash)
        return AuditRecord(
            row.id,
            row.at_utc,
            row.actor,
            row.action,
            row.target,
            row.details,
            row.prev_hash,
            row.hash,
        )

    def list(self, *, limit: int | None = None, action: str | None = None) -> list[AuditRecord]:
        q = select(m.AuditEntry)
        if action is not None:
            q = q.where(m.AuditEntry.action == action)
        q = q.order_by(m.AuditEntry.id)
        if limit is not None:
            q = q.limit(limit)
        return [
            AuditRecord(r.id, r.at_utc, r.actor, r.action, r.target, r.details, r.prev_hash, r.hash)
            for r in self.s.scalars(q)
        ]

    def verify(self) -> int | None:
        """Id of the first entry whose chain is broken, or None when the chain is intact.

        Entries signed with the audit key (``k1:``) are checked with the key loaded for this
        session; a keyed chain cannot continue with an unkeyed entry. Without the key, keyed
        entries cannot be checked: ``AuditKeyMissing``."""
        key: bytes | None = self.s.info.get("audit_key")
        prev_hash: str | None = None
        keyed = False
        for position, r in enumerate(
            self.s.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id)), start=1
        ):
            if r.hash is not None and r.hash.startswith(KEYED):
                if key is None:
                    raise AuditKeyMissing(
                        "The audit log is signed with this database's data key, which is not "
                        "on this machine: it cannot be verified here."
                    )
                keyed = True
                expected = audit_mac(
                    key,
                    prev_hash,
                    r.id,
                    position,
                    r.at_utc,
                    r.actor,
                    r.action,
                    r.target,
                    r.details,
                )
            elif keyed:
                return r.id  # an unkeyed entry after keyed ones: rewritten without the key
            else:
                expected = audit_hash(prev_hash, r.at_utc, r.actor, r.action, r.target, r.details)
            if r.prev_hash != prev_hash or not hmac.compare_digest(r.hash or "", expected):
                return r.id
            prev_hash = r.hash
        return None

    def hash_at(self, position: int) -> str | None:
        """The hash of the ``position``-th entry (1-based, in id order), None past the end."""
        if position < 1:
            return None
        return self.s.scalar(
            select(m.AuditEntry.hash).order_by(m.AuditEntry.id).offset(position - 1).limit(1)
        )

    def head(self) -> tuple[int, str | None]:
        """(number of entries, the newest entry's hash)."""
        n = int(self.s.scalar(select(func.count(m.AuditEntry.id))) or 0)
        newest = self.s.scalars(select(m.AuditEntry).order_by(m.AuditEntry.id.desc())).first()
        return n, newest.hash if newest is not None else None


class SharedSettings:
    """Key/value settings stored in the database (shared by every device using it)."""

    def __init__(self, s: Session) -> None:
        self.s = s

    def get(self, key: str, default: Any = None) -> Any:
        row = self.s.get(m.SettingRow, key)
        return default if row is None else json.loads(row.value)

    def set(self, key: str, value: Any) -> None:
        row = self.s.get(m.SettingRow, key)
        payload = json.dumps(value)
        if row is None:
            self.s.add(m.SettingRow(key=key, value=payload))
        else:
            row.value = payload
            row.updated_at = dt.datetime.now(dt.UTC)
        self.s.flush()

    def items(self) -> Iterable[tuple[str, Any]]:
        for row in self.s.scalars(select(m.SettingRow).order_by(m.SettingRow.key)):
            yield row.key, json.loads(row.value)
