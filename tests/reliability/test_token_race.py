"""Two devices inserting the same idempotency token at the same moment: one event, no error.

The race is forced deterministically: device B has looked the token up (not there) when
device A's insert commits, just before B's own insert.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import event

from desktop_app.storage.db import Database
from desktop_app.storage.repositories import Events, People

AT = dt.datetime(2026, 3, 2, 8, 0, tzinfo=dt.UTC)


def _race(db: Database) -> tuple[int, int, int]:
    pid = db.run(lambda s: People(s).add("Ana").id)
    other = Database(db.url)
    a_ids: list[int] = []

    def tx(s: Any) -> int:
        def before_flush(session: Any, _ctx: Any, _inst: Any) -> None:
            if a_ids:
                return
            a_ids.append(
                other.run(
                    lambda s2: (
                        Events(s2)
                        .add(pid, "check_in", AT, source="camera", device="A", client_token="tok")
                        .id
                    )
                )
            )

        event.listen(s, "before_flush", before_flush)
        return (
            Events(s).add(pid, "check_in", AT, source="camera", device="B", client_token="tok").id
        )

    try:
        b_id = db.run(tx)
        count = db.run(lambda s: Events(s).count())
    finally:
        other.dispose()
    return a_ids[0], b_id, count


def test_same_token_from_two_devices_gives_one_event_sqlite(db: Database) -> None:
    a_id, b_id, count = _race(db)
    assert b_id == a_id
    assert count == 1


@pytest.mark.postgres
def test_same_token_from_two_devices_gives_one_event_postgres(pg_url: str) -> None:
    db = Database(pg_url)
    try:
        db.upgrade(backup=False)
        a_id, b_id, count = _race(db)
    finally:
        db.dispose()
    assert b_id == a_id
    assert count == 1
