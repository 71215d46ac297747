"""Retention policy and the erasure of a person.

Policy (``settings.privacy``):
- ``retention_templates_days = N``: the templates (embeddings and chips) of a person are
  deleted N days after the person was deactivated.
- ``retention_events_months = N``: attendance events older than N calendar months are
  deleted (with their probe embeddings).

``apply_retention`` runs it now (the GUI calls ``apply_retention_if_due`` at start and then
periodically; it runs at most once a day per database). Every deletion writes an audit entry
with counts and ids, never biometric data. The FAISS index follows on its own: the
repositories bump the ``gallery`` counter when templates go, which makes the index rebuild.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop_app.config import Settings
from desktop_app.storage import schema as m
from desktop_app.storage.db import Database
from desktop_app.storage.repositories import Audit, People, SharedSettings, Templates

log = logging.getLogger(__name__)

LAST_RUN_SETTING = "retention.last_run"


@dataclass(frozen=True)
class RetentionReport:
    ran_at: dt.datetime
    templates_deleted: int
    people_cleared: tuple[int, ...]  # people whose templates were deleted
    events_deleted: int
    templates_cutoff: dt.datetime | None  # deactivated before this -> templates deleted
    events_cutoff: dt.datetime | None  # events before this -> deleted

    @property
    def changed(self) -> bool:
        return bool(self.templates_deleted or self.events_deleted)


@dataclass(frozen=True)
class ErasureReceipt:
    """What ``erase_person`` removed; also written to the audit log (``audit_id``)."""

    person_id: int
    person_deleted: bool  # False: kept, deactivated, because their events were kept
    template_ids: tuple[int, ...]
    event_ids: tuple[int, ...]  # events deleted
    probes_cleared: int  # probe embeddings removed from kept events
    audit_id: int
    at_utc: dt.datetime


def months_before(when: dt.datetime, months: int) -> dt.datetime:
    """The same day and time ``months`` calendar months earlier (clamped to month end)."""
    total = when.year * 12 + (when.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    day = min(when.day, calendar.monthrange(year, month)[1])
    return when.replace(year=year, month=month, day=day)


def apply_retention(
    db: Database, settings: Settings, now: dt.datetime | None = None, *, actor: str = "retention"
) -> RetentionReport:
    """Delete what the policy says is due at ``now`` (default: the current time), in one
    transaction."""
    now = now or dt.datetime.now(dt.UTC)
    assert now.tzinfo is not None, "pass an aware datetime"
    days = settings.privacy.retention_templates_days
    months = settings.privacy.retention_events_months
    t_cut = now - dt.timedelta(days=days) if days else None
    e_cut = months_before(now, months) if months else None

    def work(s: Session) -> RetentionReport:
        people: list[int] = []
        n_templates = 0
        if t_cut is not None:
            due = s.scalars(
                select(m.Person.id)
                .where(
                    m.Person.active.is_(False),
                    m.Person.deactivated_at.is_not(None),
                    m.Person.deactivated_at <= t_cut,
                )
                .where(
                    select(m.FaceTemplate.id)
                    .where(m.FaceTemplate.person_id == m.Person.id)
                    .exists()
                )
                .order_by(m.Person.id)
            ).all()
            repo = Templates(s)
            for pid in due:
                n_templates += repo.delete_for_person(pid, kind=None)
                people.append(pid)
        n_events = 0
        if e_cut is not None:
            old = select(m.AttendanceEvent.id).where(m.AttendanceEvent.at_utc < e_cut)
            n_events = int(s.scalar(select(func.count()).select_from(old.subquery())) or 0)
            if n_events:
                # Newer corrections may point at an old event they replaced: unlink first.
                s.execute(
                    update(m.AttendanceEvent)
                    .where(m.AttendanceEvent.replaced_by_id.in_(old))
                    .values(replaced_by_id=None)
                )
                s.execute(
                    delete(m.AttendanceEvent)
                    .where(m.AttendanceEvent.at_utc < e_cut)
                    .execution_options(synchronize_session=False)
                )
        report = RetentionReport(now, n_templates, tuple(people), n_events, t_cut, e_cut)
        if report.changed:
            Audit(s).write(
                actor,
                "retention.applied",
                details={
                    "templates_deleted": n_templates,
                    "people": people,
                    "events_deleted": n_events,
                    "templates_days": days,
                    "events_months": months,
                    "events_before": e_cut.isoformat() if e_cut else None,
                },
            )
        if days or months:
            SharedSettings(s).set(LAST_RUN_SETTING, now.isoformat())
        return report

    report = db.run(work)
    if report.changed:
        log.info(
            "retention: deleted %d templates of %d people and %d events",
            report.templates_deleted,
            len(report.people_cleared),
            report.events_deleted,
        )
    return report


def apply_retention_if_due(
    db: Database,
    settings: Settings,
    now: dt.datetime | None = None,
    *,
    every: dt.timedelta = dt.timedelta(days=1),
) -> RetentionReport | None:
    """Run the policy when it has not run for ``every`` (shared by all devices); else None.

    Call it at start and from a timer (e.g. hourly): it does the work at most once a day."""
    if not (settings.privacy.retention_templates_days or settings.privacy.retention_events_months):
        return None
    now = now or dt.datetime.now(dt.UTC)
    last = db.run(lambda s: SharedSettings(s).get(LAST_RUN_SETTING))
    if last and now - dt.datetime.fromisoformat(last) < every:
        return None
    return apply_retention(db, settings, now)


def erase_person(
    db: Database,
    person_id: int,
    *,
    actor: str,
    with_events: bool = False,
    now: dt.datetime | None = None,
) -> ErasureReceipt:
    """Erase a person's biometric data: all templates (embeddings and chips, positive and
    negative), the probe embeddings of their events, and so their index entries.

    With ``with_events`` their events and the person record go too. Without it, a person who
    has events is kept (deactivated, name and events intact, no face data); one without
    events is deleted. A receipt with counts and ids is written to the audit log.
    """
    now = now or dt.datetime.now(dt.UTC)

    def work(s: Session) -> ErasureReceipt:
        people = People(s)
        person = people.get(person_id)  # NotFoundError for an unknown id
        template_ids = tuple(
            s.scalars(
                select(m.FaceTemplate.id)
                .where(m.FaceTemplate.person_id == person_id)
                .order_by(m.FaceTemplate.id)
            ).all()
        )
        event_ids = tuple(
            s.scalars(
                select(m.AttendanceEvent.id)
                .where(m.AttendanceEvent.person_id == person_id)
                .order_by(m.AttendanceEvent.id)
            ).all()
        )
        probes = 0
        if with_events or not event_ids:
            people.delete(person_id, with_events=True)  # templates cascade; gallery bumped
            deleted_events = event_ids
            person_deleted = True
        else:
            Templates(s).delete_for_person(person_id, kind=None)  # bumps the gallery
            cleared: Any = s.execute(
                update(m.AttendanceEvent)
                .where(
                    m.AttendanceEvent.person_id == person_id,
                    m.AttendanceEvent.probe_embedding.is_not(None),
                )
                .values(probe_embedding=None, probe_encrypted=False)
            )
            probes = int(cleared.rowcount or 0)
            if person.active:
                people.update(person_id, active=False, deactivated_at=now)
            deleted_events = ()
            person_deleted = False
        entry = Audit(s).write(
            actor,
            "person.erased",
            target=f"person:{person_id}",
            details={
                "person_deleted": person_deleted,
                "templates_deleted": len(template_ids),
                "template_ids": list(template_ids),
                "events_deleted": len(deleted_events),
                "event_ids": list(deleted_events),
                "probe_embeddings_cleared": probes,
                "with_events": with_events,
            },
        )
        return ErasureReceipt(
            person_id,
            person_deleted,
            template_ids,
            deleted_events,
            probes,
            entry.id,
            entry.at_utc,
        )

    receipt = db.run(work)
    log.info(
        "erased person %d: %d templates, %d events",
        person_id,
        len(receipt.template_ids),
        len(receipt.event_ids),
    )
    return receipt
