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
import dataclasses
import datetime as dt
import logging
import secrets
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from desktop_app.config import Settings
from desktop_app.errors import AppError
from desktop_app.storage import schema as m
from desktop_app.storage.db import Database, backup_copies, copy_ages_out, prune_backup_copies
from desktop_app.storage.records import ERASED_NAME
from desktop_app.storage.repositories import Audit, Counters, People, SharedSettings, Templates

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
    probes_cleared: int = 0  # probe embeddings removed from the kept marks of those people

    @property
    def changed(self) -> bool:
        return bool(self.templates_deleted or self.events_deleted or self.probes_cleared)


@dataclass(frozen=True)
class ErasureReceipt:
    """What ``erase_person`` removed; also written to the audit log (``audit_id``) under the
    opaque ``receipt_id`` (the log holds counts, never a name or a database id)."""

    receipt_id: str
    person_id: int
    statistics_kept: bool  # events kept as anonymised rows (else deleted with the person)
    template_ids: tuple[int, ...]
    event_ids: tuple[int, ...]  # events deleted
    events_anonymised: int
    probes_cleared: int  # probe embeddings removed from kept events
    audit_id: int
    at_utc: dt.datetime
    older_copies: tuple[Path, ...] = ()  # backups/ copies that still hold the person
    copies_age_out: dt.datetime | None = None  # when the last of them that go by age is pruned
    copies_by_count: int = 0  # how many of them go only when newer copies push them out

    @property
    def person_deleted(self) -> bool:
        return not self.statistics_kept


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
        n_templates = n_probes = 0
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
            if due:  # the faces kept with their marks are face data too
                cleared: Any = s.execute(
                    update(m.AttendanceEvent)
                    .where(
                        m.AttendanceEvent.person_id.in_(due),
                        m.AttendanceEvent.probe_embedding.is_not(None),
                    )
                    .values(probe_embedding=None, probe_encrypted=False, probe_embedder_id=None)
                )
                n_probes = int(cleared.rowcount or 0)
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
        report = RetentionReport(now, n_templates, tuple(people), n_events, t_cut, e_cut, n_probes)
        if report.changed:
            Audit(s).write(
                actor,
                "retention.applied",
                details={
                    "templates_deleted": n_templates,
                    "probe_embeddings_cleared": n_probes,
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
    if report.templates_deleted:
        _delete_saved_indexes(settings)  # they hold the deleted vectors
    prune_copies(settings, now)
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

    Call it at start and from a timer (e.g. hourly): it does the work at most once a day.
    The copies in ``backups/`` whose age is up are pruned on every call, policy or not: the
    erasure receipt promises them gone on a date, and a kiosk may run for months."""
    now = now or dt.datetime.now(dt.UTC)
    if not (settings.privacy.retention_templates_days or settings.privacy.retention_events_months):
        prune_copies(settings, now)
        return None
    last = db.run(lambda s: SharedSettings(s).get(LAST_RUN_SETTING))
    if last and now - dt.datetime.fromisoformat(last) < every:
        prune_copies(settings, now)
        return None
    return apply_retention(db, settings, now)


def _delete_saved_indexes(settings: Settings) -> None:
    """The saved index files, which hold deleted vectors, deleted. One held open elsewhere
    (Windows) must not stop the running gallery from forgetting the people: it is logged,
    and the gallery's next save replaces it (a restart rebuilds it from the database)."""
    from desktop_app.recognition.index import delete_saved_indexes

    try:
        delete_saved_indexes(settings.paths.index)
    except OSError as exc:
        log.error("a saved face index could not be deleted yet (%s); it is replaced next", exc)


class CopiesNotPruned(AppError):
    """Deleting the database copies in ``backups/`` that are due failed (a file the app may
    not delete ...): said apart from the policy's own work, which may not even be set."""


def prune_copies(settings: Settings, now: dt.datetime) -> list[Path]:
    """``prune_backup_copies`` on the data dir's ``backups/`` with the privacy settings."""
    try:
        return prune_backup_copies(
            settings.paths.backups,
            keep=settings.privacy.backup_copies_keep,
            max_days=settings.privacy.backup_copies_days,
            now=now,
        )
    except OSError as exc:
        where = exc.filename or settings.paths.backups
        raise CopiesNotPruned(f"{where}: {exc.strerror or exc}") from exc


def erase_person(
    db: Database,
    person_id: int,
    *,
    actor: str,
    keep_statistics: bool = False,
    settings: Settings | None = None,
    gallery: Any = None,
    now: dt.datetime | None = None,
) -> ErasureReceipt:
    """Erase a person, in one transaction: every template (embeddings and chips, positive
    and negative), the probe embeddings of their marks, their look-alike pairs, and so their
    index entries.

    Without ``keep_statistics`` their marks and the person record go too. With it, the marks
    stay as anonymised rows: the person row keeps only its group (name replaced by
    "Erased person", external id, notes, consent, kiosk PIN cleared; deactivated) and the
    marks lose their correction reasons (free text that may name them).

    With ``settings``, the saved face index files are deleted at once (whoever loads the
    gallery next rebuilds it from the database); a loaded ``gallery`` drops the vectors now
    and saves itself again without them. The receipt lists the copies in
    ``backups/`` that still hold the person until ``privacy.backup_copies_days`` prunes them.
    The audit receipt holds an opaque receipt id and counts, never a name.
    """
    now = now or dt.datetime.now(dt.UTC)
    receipt_id = secrets.token_hex(8)

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
        pairs: Any = s.execute(
            delete(m.LookalikePair).where(
                (m.LookalikePair.person_a_id == person_id)
                | (m.LookalikePair.person_b_id == person_id)
            )
        )
        if pairs.rowcount:
            Counters(s).bump(Counters.GALLERY)  # the pairs are part of the gallery's stamp
        probes = 0
        if keep_statistics:
            Templates(s).delete_for_person(person_id, kind=None)  # bumps the gallery
            cleared: Any = s.execute(
                update(m.AttendanceEvent)
                .where(
                    m.AttendanceEvent.person_id == person_id,
                    m.AttendanceEvent.probe_embedding.is_not(None),
                )
                .values(probe_embedding=None, probe_encrypted=False, probe_embedder_id=None)
            )
            probes = int(cleared.rowcount or 0)
            s.execute(
                update(m.AttendanceEvent)
                .where(m.AttendanceEvent.person_id == person_id)
                .values(correction_reason=None)
            )
            # through People.update, so their membership of the group ends now too: their
            # anonymised marks stay in the registers of the sessions they were a member of
            people.update(
                person_id,
                name=ERASED_NAME,
                external_id=None,
                notes=None,
                consent_at=None,
                consent_by=None,
                consent_text_version=None,
                kiosk_pin_hash=None,
                active=False,
                deactivated_at=now if person.active else person.deactivated_at,
            )
            deleted_events: tuple[int, ...] = ()
        else:
            people.delete(person_id, with_events=True)  # templates cascade; gallery bumped
            deleted_events = event_ids
        entry = Audit(s).write(
            actor,
            "person.erased",
            target=f"erasure:{receipt_id}",
            details={
                "templates_deleted": len(template_ids),
                "events_deleted": len(deleted_events),
                "events_anonymised": len(event_ids) if keep_statistics else 0,
                "probe_embeddings_cleared": probes,
                "statistics_kept": keep_statistics,
            },
        )
        return ErasureReceipt(
            receipt_id,
            person_id,
            keep_statistics,
            template_ids,
            deleted_events,
            len(event_ids) if keep_statistics else 0,
            probes,
            entry.id,
            entry.at_utc,
        )

    receipt = db.run(work)
    log.info(
        "erased a person (receipt %s): %d templates, %d events deleted, %d anonymised",
        receipt.receipt_id,
        len(receipt.template_ids),
        len(receipt.event_ids),
        receipt.events_anonymised,
    )
    if settings is not None:
        _delete_saved_indexes(settings)
    if gallery is not None:
        try:
            gallery.remove_templates(receipt.template_ids, purge=True)
            gallery.save()
        except Exception:  # the database is the truth: the next start rebuilds the index
            log.exception("removing erased templates from the index failed; it will rebuild")
    if settings is not None:
        copies = copies_holding(settings.paths.backups, person_id, before=receipt.at_utc)
        if copies:
            days = settings.privacy.backup_copies_days
            dates = [copy_ages_out(p, days) for p in copies]
            dated = [d for d in dates if d is not None]
            receipt = dataclasses.replace(
                receipt,
                older_copies=tuple(copies),
                copies_age_out=max(dated, default=None),
                copies_by_count=len(dates) - len(dated),
            )
    return receipt


# ---- copies in backups/ ---------------------------------------------------------------------
def copies_holding(folder: Path, person_id: int, *, before: dt.datetime) -> list[Path]:
    """Copies in ``folder`` made before ``before`` that still hold data of ``person_id``
    (a copy that cannot be read is listed too: it may hold them)."""
    found = []
    for path in backup_copies(folder):
        if path.stat().st_mtime > before.timestamp():
            continue
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                row = con.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone()
            finally:
                con.close()
        except sqlite3.Error:
            row = (1,)
        if row is not None:
            found.append(path)
    return found
