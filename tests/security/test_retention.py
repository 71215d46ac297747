"""Retention deletes exactly what the policy says; erasure removes face data and leaves a
receipt (counts and ids, no biometric data) in the audit log; the gallery version moves so the
FAISS index drops the entries."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop_app.errors import NotFoundError
from desktop_app.security.retention import (
    apply_retention,
    apply_retention_if_due,
    erase_person,
    months_before,
)
from desktop_app.storage.repositories import Audit, Events, People, Templates
from tests.security.conftest import populate

NOW = dt.datetime(2026, 8, 15, 12, 0, tzinfo=dt.UTC)


def policy(settings, days=None, months=None):  # type: ignore[no-untyped-def]
    privacy = settings.privacy.model_copy(
        update={"retention_templates_days": days, "retention_events_months": months}
    )
    return settings.model_copy(update={"privacy": privacy})


def test_months_before_clamps_to_month_end() -> None:
    assert months_before(dt.datetime(2026, 5, 31, tzinfo=dt.UTC), 3) == dt.datetime(
        2026, 2, 28, tzinfo=dt.UTC
    )
    assert months_before(dt.datetime(2026, 1, 15, tzinfo=dt.UTC), 13) == dt.datetime(
        2024, 12, 15, tzinfo=dt.UTC
    )


def test_templates_go_n_days_after_deactivation_and_only_then(sec_settings, sdb) -> None:
    pop = populate(sdb)
    ana, ben, cleo = (pop.people[n] for n in ("Ana", "Ben", "Cleo"))
    sdb.run(lambda s: People(s).update(ana, active=False, deactivated_at=NOW - dt.timedelta(40)))
    sdb.run(lambda s: People(s).update(ben, active=False, deactivated_at=NOW - dt.timedelta(10)))
    version = sdb.run(lambda s: Templates(s).gallery_version())

    report = apply_retention(sdb, policy(sec_settings, days=30), NOW)

    assert report.templates_deleted == 2 and report.people_cleared == (ana,)
    assert report.events_deleted == 0
    left = sdb.run(lambda s: Templates(s).list(kind=None))
    assert sorted(t.id for t in left) == sorted(pop.templates["Ben"] + pop.templates["Cleo"])
    assert sdb.run(lambda s: People(s).get(ana)).name == "Ana"  # the person record stays
    assert sdb.run(lambda s: Templates(s).gallery_version()) > version  # index rebuilds
    entry = sdb.run(lambda s: Audit(s).list(action="retention.applied"))[-1]
    assert json.loads(entry.details)["people"] == [ana]

    # Ben's turn comes 20 days later; Cleo (active) is never touched
    later = apply_retention(sdb, policy(sec_settings, days=30), NOW + dt.timedelta(days=20))
    assert later.people_cleared == (ben,)
    assert {t.person_id for t in sdb.run(lambda s: Templates(s).list(kind=None))} == {cleo}


def test_events_older_than_n_months_go_with_their_probes(sec_settings, sdb) -> None:
    pop = populate(sdb)  # events on 2 Mar, 1 Apr and 1 May 2026 for each person
    report = apply_retention(sdb, policy(sec_settings, months=4), NOW)  # cutoff 15 Apr 2026
    assert report.events_cutoff == dt.datetime(2026, 4, 15, 12, 0, tzinfo=dt.UTC)
    assert report.events_deleted == 6 and report.templates_deleted == 0
    kept = sdb.run(lambda s: Events(s).query(statuses=None))
    assert sorted(e.id for e in kept) == sorted(ids[2] for ids in pop.events.values())
    assert all(e.at_utc >= report.events_cutoff for e in kept)
    assert len(sdb.run(lambda s: Templates(s).list(kind=None))) == 6


def test_no_policy_deletes_nothing_and_daily_runs_once_a_day(sec_settings, sdb) -> None:
    populate(sdb)
    assert not apply_retention(sdb, sec_settings, NOW).changed
    assert apply_retention_if_due(sdb, sec_settings, NOW) is None  # no policy configured
    s = policy(sec_settings, months=4)
    first = apply_retention_if_due(sdb, s, NOW)
    assert first is not None and first.events_deleted == 6
    assert apply_retention_if_due(sdb, s, NOW + dt.timedelta(hours=23)) is None
    assert apply_retention_if_due(sdb, s, NOW + dt.timedelta(hours=25)) is not None


def test_erasure_keeping_statistics_leaves_only_anonymous_marks(sdb) -> None:
    pop = populate(sdb)
    ana = pop.people["Ana"]
    version = sdb.run(lambda s: Templates(s).gallery_version())

    receipt = erase_person(sdb, ana, actor="operator:kim", keep_statistics=True)

    assert receipt.template_ids == tuple(pop.templates["Ana"])
    assert receipt.event_ids == () and receipt.probes_cleared == 3
    assert receipt.events_anonymised == 3 and not receipt.person_deleted
    assert sdb.run(lambda s: Templates(s).list(person_id=ana, kind=None)) == []
    assert sdb.run(lambda s: Templates(s).gallery_version()) > version
    events = sdb.run(lambda s: Events(s).query(person_id=ana, statuses=None))
    assert len(events) == 3 and all(e.probe_embedding is None for e in events)
    person = sdb.run(lambda s: People(s).get(ana))
    assert person.name == "Erased person" and person.group_name == "7B"  # group: statistics
    assert person.external_id is None and person.consent_by is None and not person.active
    # others untouched
    assert len(sdb.run(lambda s: Templates(s).list(kind=None))) == 4

    entry = sdb.run(lambda s: Audit(s).list(action="person.erased"))[-1]
    assert entry.id == receipt.audit_id and entry.actor == "operator:kim"
    assert entry.target == f"erasure:{receipt.receipt_id}"
    details = json.loads(entry.details)
    assert details["templates_deleted"] == 2 and details["events_anonymised"] == 3
    # an opaque receipt: no name, no database id that a backup copy could resolve
    assert "Ana" not in str(entry) and f"person:{ana}" not in str(entry)
    assert sdb.run(lambda s: Audit(s).verify()) is None


def test_erasure_with_events_removes_the_person(sdb) -> None:
    pop = populate(sdb)
    ben = pop.people["Ben"]
    version = sdb.run(lambda s: Templates(s).gallery_version())
    receipt = erase_person(sdb, ben, actor="operator:kim")
    assert receipt.person_deleted
    assert receipt.event_ids == tuple(pop.events["Ben"])
    with pytest.raises(NotFoundError):
        sdb.run(lambda s: People(s).get(ben))
    assert sdb.run(lambda s: Events(s).query(person_id=ben, statuses=None)) == []
    assert sdb.run(lambda s: Templates(s).gallery_version()) > version
    assert len(sdb.run(lambda s: Events(s).query(statuses=None))) == 6
    with pytest.raises(NotFoundError):
        erase_person(sdb, ben, actor="operator:kim")
