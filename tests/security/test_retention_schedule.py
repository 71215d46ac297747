"""The running app applies the retention policy by itself: at start, then hourly."""

from __future__ import annotations

import datetime as dt
import os
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.security.retention import LAST_RUN_SETTING
from desktop_app.storage.repositories import People, SharedSettings, Templates
from tests.security.conftest import populate


def test_gui_start_applies_the_retention_policy(sec_settings, sdb, qtbot) -> None:
    from desktop_app.ui.maintenance import RetentionScheduler

    pop = populate(sdb)
    cleo = pop.people["Cleo"]
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    sdb.run(lambda s: People(s).update(cleo, active=False, deactivated_at=long_ago))
    s8 = sec_settings.model_copy(
        update={"privacy": sec_settings.privacy.model_copy(update={"retention_templates_days": 8})}
    )
    scheduler = RetentionScheduler(SimpleNamespace(settings=s8, db=sdb))
    scheduler.start()
    assert scheduler.last_thread is not None
    scheduler.last_thread.join(30)
    scheduler.stop()
    assert sdb.run(lambda s: Templates(s).list(person_id=cleo, kind=None)) == []
    assert sdb.run(lambda s: Templates(s).list(person_id=pop.people["Ana"], kind=None))
    assert sdb.run(lambda s: SharedSettings(s).get(LAST_RUN_SETTING))


def test_no_policy_means_nothing_runs(sec_settings, sdb, qtbot) -> None:
    from desktop_app.ui.maintenance import RetentionScheduler

    populate(sdb)
    scheduler = RetentionScheduler(SimpleNamespace(settings=sec_settings, db=sdb))
    scheduler.start()
    scheduler.stop()
    assert scheduler.last_thread is None
