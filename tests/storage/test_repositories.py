"""Repositories on SQLite and PostgreSQL: what a user would notice (names, cascades, audit)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import numpy as np
import pytest
from sqlalchemy import text

from desktop_app.errors import DuplicateError, NotFoundError
from desktop_app.storage.db import Database
from desktop_app.storage.repositories import (
    Audit,
    Counters,
    Events,
    People,
    Sessions,
    SharedSettings,
    Templates,
)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request: pytest.FixtureRequest, tmp_path) -> Iterator[Database]:  # type: ignore[no-untyped-def]
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_url")
    db = Database(url)
    db.upgrade()
    yield db
    db.dispose()


def _vec() -> bytes:
    return np.random.default_rng(0).standard_normal(128).astype("<f4").tobytes()


NOW = dt.datetime(2026, 11, 23, 8, 57, tzinfo=dt.UTC)


def test_people_add_find_list_unicode(database: Database) -> None:
    with database.session() as s:
        a = People(s).add("  Ana María Núñez ", external_id="S-001", group_name="7B")
        People(s).add("李小龍", group_name="7B")
        People(s).add("Bob", group_name="8A")
    with database.session() as s:
        assert People(s).find("s-001".upper()).id == a.id
        assert People(s).find("ana maría núñez").name == "Ana María Núñez"
        assert [p.name for p in People(s).list(group_name="7B")] == ["Ana María Núñez", "李小龍"]
        assert [p.name for p in People(s).list(search="bo")] == ["Bob"]
        assert People(s).groups() == ["7B", "8A"]


def test_duplicate_external_id_is_refused(database: Database) -> None:
    with database.session() as s:
        People(s).add("Ana", external_id="S-1")
    with pytest.raises(DuplicateError, match="S-1"), database.session() as s:
        People(s).add("Other", external_id="S-1")
    with database.session() as s:
        assert People(s).count() == 1


def test_unknown_person_is_a_clear_not_found(database: Database) -> None:
    with pytest.raises(NotFoundError, match="Nobody called 'Zed'"), database.session() as s:
        People(s).find("Zed")


def test_deleting_a_person_removes_templates_and_bumps_gallery(database: Database) -> None:
    with database.session() as s:
        p = People(s).add("Ana")
        Templates(s).add(p.id, embedder_id="dlib_resnet_v1", embedding=_vec(), dim=128)
        Templates(s).add(p.id, embedder_id="dlib_resnet_v1", embedding=_vec(), dim=128)
        v1 = Templates(s).gallery_version()
    with database.session() as s:
        assert People(s).get(p.id).template_count == 2
        People(s).delete(p.id)
    with database.session() as s:
        assert Templates(s).list() == []
        assert Templates(s).gallery_version() > v1


def test_person_with_events_is_not_deleted_implicitly(database: Database) -> None:
    with database.session() as s:
        p = People(s).add("Ana")
        Events(s).add(p.id, "check_in", NOW, source="camera")
    with pytest.raises(DuplicateError, match="attendance events"), database.session() as s:
        People(s).delete(p.id)
    with database.session() as s:
        assert Events(s).count() == 1
        People(s).delete(p.id, with_events=True)
    with database.session() as s:
        assert Events(s).count() == 0 and People(s).count(active=None) == 0


def test_events_query_by_range_group_and_status(database: Database) -> None:
    with database.session() as s:
        term = NOW - dt.timedelta(days=30)  # in their groups before the marks
        a = People(s).add("Ana", group_name="7B", member_since=term)
        b = People(s).add("Bob", group_name="8A", member_since=term)
        sess = Sessions(s).add("Maths", NOW - dt.timedelta(hours=1), group_name="7B")
        e1 = Events(s).add(a.id, "present", NOW, source="camera", session_id=sess.id)
        Events(s).add(b.id, "present", NOW + dt.timedelta(minutes=1), source="manual")
        Events(s).add(a.id, "present", NOW + dt.timedelta(days=1), source="camera")
        Events(s).set_status(e1.id, "corrected", corrected_by="op", reason="wrong person")
    with database.session() as s:
        day = Events(s).query(start=NOW - dt.timedelta(hours=2), end=NOW + dt.timedelta(hours=2))
        assert [e.person_name for e in day] == ["Bob"]  # Ana's was corrected away
        all_day = Events(s).query(
            start=NOW - dt.timedelta(hours=2), end=NOW + dt.timedelta(hours=2), statuses=None
        )
        assert len(all_day) == 2
        assert [e.person_name for e in Events(s).query(group_name="7B")] == ["Ana"]
        # the group when the mark was made counts, not today's
        People(s).update(a.id, group_name="8A")
        assert [e.person_name for e in Events(s).query(group_name="7B")] == ["Ana"]
        assert [e.person_name for e in Events(s).query(group_name="8A")] == ["Bob"]
        assert Sessions(s).open_at(NOW)[0].name == "Maths"


def test_event_client_token_makes_retries_idempotent(database: Database) -> None:
    with database.session() as s:
        p = People(s).add("Ana")
        e1 = Events(s).add(p.id, "present", NOW, source="camera", client_token="tok-1")
        e2 = Events(s).add(p.id, "present", NOW, source="camera", client_token="tok-1")
        assert e1.id == e2.id
        assert Events(s).count() == 1


def test_audit_chain_detects_edits(database: Database) -> None:
    with database.session() as s:
        Audit(s).write("admin", "person.add", "person:1", {"name": "Ana"})
        second = Audit(s).write("admin", "event.delete", "event:7", {"reason": "double"})
        Audit(s).write("admin", "person.remove", "person:1")
    with database.session() as s:
        assert Audit(s).verify() is None
    with database.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_log SET details = 'edited' WHERE id = :i"), {"i": second.id}
        )
    with database.session() as s:
        assert Audit(s).verify() == second.id


def test_shared_settings_and_counters(database: Database) -> None:
    with database.session() as s:
        SharedSettings(s).set("policy", {"require_consent": True})
        assert Counters(s).bump("x") == 1
        assert Counters(s).bump("x") == 2
    with database.session() as s:
        assert SharedSettings(s).get("policy") == {"require_consent": True}
        assert SharedSettings(s).get("missing", 5) == 5


def test_membership_history_follows_every_change_of_group_and_activity(
    database: Database,
) -> None:
    """Each change closes one stretch and opens the next; a session lists who was in its
    group while it ran; erasure keeps an anonymised person's past stretches, deletion none."""
    from desktop_app.security.retention import erase_person
    from desktop_app.storage.repositories import Memberships

    term = dt.datetime(2026, 1, 5, 7, tzinfo=dt.UTC)
    with database.session() as s:
        ana = People(s).add("Ana", group_name="7B", member_since=term).id
        ben = People(s).add("Ben", group_name="7B").id  # joins now
        cem = People(s).add("Cem", member_since=term).id  # no group
        lesson = Sessions(s).add(
            "Maths",
            term + dt.timedelta(days=1),
            ends_at=term + dt.timedelta(days=1, hours=1),
            group_name="7B",
        )
        assembly = Sessions(s).add(
            "Assembly", term + dt.timedelta(days=2), ends_at=term + dt.timedelta(days=2, hours=1)
        )
    with database.session() as s:
        People(s).update(ana, group_name="7C")
        People(s).update(ana, active=False)
        People(s).update(ana, active=True)
        People(s).update(ana, notes="moved", group_name=" 7C ")  # the same group: no change
    with database.session() as s:
        history = Memberships(s).history(ana)
        assert [(h.group_name, h.since == term, h.until is None) for h in history] == [
            ("7B", True, False),
            ("7C", False, False),
            ("7C", False, True),
        ]
        assert history[0].until == history[1].since
        assert Memberships(s).members([lesson, assembly]) == {
            lesson.id: {ana},
            assembly.id: {ana, cem},
        }
        now_7c = Sessions(s).add("Art", dt.datetime.now(dt.UTC), group_name="7C")
        assert Memberships(s).members([now_7c]) == {now_7c.id: {ana}}
    erase_person(database, ana, actor="test", keep_statistics=True)
    with database.session() as s:
        assert Memberships(s).history(ana)[-1].until is not None
        assert Memberships(s).members([lesson]) == {lesson.id: {ana}}
    erase_person(database, ben, actor="test")
    erase_person(database, ana, actor="test")
    with database.session() as s:
        assert Memberships(s).history(ana) == []
        assert Memberships(s).members([lesson, assembly]) == {
            lesson.id: set(),
            assembly.id: {cem},
        }


def test_the_gui_thread_hears_that_the_database_is_locked_after_one_busy_timeout(
    tmp_path, sqlite_locker
) -> None:  # type: ignore[no-untyped-def]
    """Another program holds the database file locked: a click on the GUI thread (which sets
    a wait budget, ui.app) gets the "locked by another program" message after one attempt,
    not after every retry (the window hung ~50 s), and nothing is written."""
    from desktop_app.errors import DatabaseLocked
    from desktop_app.storage.db import wait_on_this_thread

    db_file = tmp_path / "r.sqlite3"
    db = Database(f"sqlite:///{db_file}")
    db.upgrade()
    holder = sqlite_locker(db_file)
    tries: list[int] = []

    def add(s):  # type: ignore[no-untyped-def]
        tries.append(1)
        return People(s).add("Ana")

    wait_on_this_thread(1.0)
    try:
        with pytest.raises(DatabaseLocked, match="locked by another program"):
            db.run(add)
    finally:
        wait_on_this_thread(None)
    assert len(tries) == 1
    holder.communicate("\n")
    assert db.run(lambda s: len(People(s).list())) == 0  # nothing was half-written
    db.run(add)  # and the next click works
    db.dispose()


def test_report_reads_of_membership_and_marks_held_by_sessions_on_other_days(
    database: Database,
) -> None:
    """The reads reports use (SQLite and PostgreSQL): a person's group at a moment and the
    memberships overlapping a range (a move 7B -> 7C at noon), and the marks from given
    sources tagged with given sessions outside a range (a hand mark of the day before)."""
    from desktop_app.storage.repositories import Memberships

    noon = NOW.replace(hour=12)
    with database.session() as s:
        ben = People(s).add("Ben", group_name="7B", member_since=NOW - dt.timedelta(days=9))
        Memberships(s).record(ben.id, "7C", True, noon)
        sess = Sessions(s).add("Maths", NOW + dt.timedelta(days=1), group_name="7B")
        by_hand = Events(s).add(ben.id, "present", NOW, source="manual", session_id=sess.id)
        Events(s).add(ben.id, "present", NOW, source="camera", session_id=sess.id)
    with database.session() as s:
        ms = Memberships(s)
        assert ms.at(ben.id, NOW).group_name == "7B"  # type: ignore[union-attr]
        assert ms.at(ben.id, noon).group_name == "7C"  # type: ignore[union-attr]
        assert ms.at(ben.id, NOW - dt.timedelta(days=10)) is None
        assert ms.groups() == ["7B", "7C"]  # 7C from the history only
        during = ms.during(NOW, NOW + dt.timedelta(days=1))
        assert [r.group_name for r in during[ben.id]] == ["7B", "7C"]
        start = NOW + dt.timedelta(hours=20)
        rows = Events(s).held_elsewhere(
            [sess.id], start=start, end=start + dt.timedelta(days=1), sources=("manual", "photo")
        )
        assert [(r[0], r[5]) for r in rows] == [(by_hand.id, "manual")]
        assert abs(rows[0][4] - NOW.timestamp()) < 1e-3
