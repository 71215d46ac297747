"""Erasure and retention reach the FAISS index: the running gallery forgets the person at its
next refresh, and a saved index is not reused for a database that has changed since."""

from __future__ import annotations

import datetime as dt

import numpy as np

from desktop_app.security.retention import apply_retention, erase_person
from desktop_app.storage.repositories import People
from tests.security.conftest import embedding, open_gallery, populate


def _probe(seed: int) -> np.ndarray:
    return np.frombuffer(embedding(seed), np.float32)[None, :]


def test_erased_person_leaves_the_running_and_the_saved_index(sec_settings, sdb) -> None:
    pop = populate(sdb)  # plaintext: this checks the index, not the encryption
    ana = pop.people["Ana"]
    g = open_gallery(sdb, sec_settings)
    assert g.identify(_probe(0))[0].person_id == ana  # Ana's first sample
    assert g.template_person(pop.templates["Ana"][0]) == ana
    g.save()

    erase_person(sdb, ana, actor="operator")

    assert g.refresh() is True
    assert g.template_person(pop.templates["Ana"][0]) is None
    assert not g.identify(_probe(0))[0].known
    assert g.identify(_probe(10))[0].person_id == pop.people["Ben"]  # others stay
    # a fresh start (another process) does not trust the index saved before the erasure
    g2 = open_gallery(sdb, sec_settings)
    assert not g2.identify(_probe(0))[0].known
    assert g2.size == 4


def test_retention_removes_index_entries(sec_settings, sdb) -> None:
    pop = populate(sdb)
    cleo = pop.people["Cleo"]
    now = dt.datetime(2026, 8, 15, tzinfo=dt.UTC)
    g = open_gallery(sdb, sec_settings)
    assert g.identify(_probe(20))[0].person_id == cleo
    sdb.run(lambda s: People(s).update(cleo, active=False, deactivated_at=now - dt.timedelta(9)))
    s8 = sec_settings.model_copy(
        update={"privacy": sec_settings.privacy.model_copy(update={"retention_templates_days": 8})}
    )
    assert apply_retention(sdb, s8, now).people_cleared == (cleo,)
    g.refresh()
    assert g.template_person(pop.templates["Cleo"][0]) is None
    assert g.size == 4
