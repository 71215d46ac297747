"""Erasure as docs/privacy.md describes it (issue 14, finding 2): `people erase` from the CLI in
one transaction, the saved index files gone at once, the audit receipt opaque, retention
clearing probe embeddings, and the copies in backups/ pruned and named."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from pathlib import Path

import pytest

from desktop_app.cli import main as cli_main
from desktop_app.config import load_settings
from desktop_app.security.retention import apply_retention
from desktop_app.storage.db import copy_ages_out, prune_backup_copies
from desktop_app.storage.repositories import Audit, Events, People, Templates
from tests.security.conftest import open_gallery, populate, write_config

NOW = dt.datetime(2026, 8, 15, 12, 0, tzinfo=dt.UTC)


def _saved_index(db, settings) -> Path:  # type: ignore[no-untyped-def]
    g = open_gallery(db, settings)
    g.save()
    files = list(settings.paths.index.rglob("index.faiss"))
    assert files, "the gallery saved its index"
    return files[0]


def _cli(config_file: Path, settings, *argv: str) -> int:  # type: ignore[no-untyped-def]
    return cli_main(["--config", str(config_file), "--data-dir", str(settings.data_dir), *argv])


def test_cli_erase_removes_everything_in_one_go(sdb, sec_settings, config_file, capsys) -> None:  # type: ignore[no-untyped-def]
    pop = populate(sdb)
    ana = pop.people["Ana"]
    index_file = _saved_index(sdb, sec_settings)
    copy = sdb.backup_sqlite(reason="pre-migration")  # an older copy that still holds Ana
    assert copy is not None

    # without --yes and without a terminal: refused, nothing changed
    assert _cli(config_file, sec_settings, "people", "erase", "Ana") == 1
    assert "--yes" in capsys.readouterr().err
    assert sdb.run(lambda s: People(s).get(ana)).name == "Ana"

    assert _cli(config_file, sec_settings, "people", "erase", "Ana", "--yes", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["templates"] == 2 and out["events_deleted"] == 3
    assert out["older_copies"] == [str(copy)] and out["copies_age_out"]
    assert sdb.run(lambda s: People(s).list(active=None, search="Ana")) == []
    assert sdb.run(lambda s: Templates(s).list(person_id=ana, kind=None)) == []
    assert sdb.run(lambda s: Events(s).query(person_id=ana, statuses=None)) == []
    assert not index_file.exists()  # the saved index held Ana's vectors: gone at once
    entry = sdb.run(lambda s: Audit(s).list(action="person.erased"))[-1]
    assert entry.target == f"erasure:{out['receipt']}" and "Ana" not in str(entry)
    assert sdb.run(lambda s: Audit(s).verify()) is None


def test_people_remove_is_an_alias_of_erase(sdb, sec_settings, config_file, capsys) -> None:  # type: ignore[no-untyped-def]
    pop = populate(sdb)
    code = _cli(config_file, sec_settings, "people", "remove", "Ben", "--keep-statistics", "--yes")
    assert code == 0
    assert "Erased Ben" in capsys.readouterr().out
    ben = sdb.run(lambda s: People(s).get(pop.people["Ben"]))
    assert ben.name == "Erased person" and ben.template_count == 0
    events = sdb.run(lambda s: Events(s).query(person_id=ben.id, statuses=None))
    assert len(events) == 3 and all(e.probe_embedding is None for e in events)


def test_retention_clears_the_probe_embeddings_of_deactivated_people(sdb, sec_settings) -> None:  # type: ignore[no-untyped-def]
    pop = populate(sdb)
    cleo = pop.people["Cleo"]
    index_file = _saved_index(sdb, sec_settings)
    sdb.run(lambda s: People(s).update(cleo, active=False, deactivated_at=NOW - dt.timedelta(40)))
    privacy = sec_settings.privacy.model_copy(update={"retention_templates_days": 30})
    report = apply_retention(sdb, sec_settings.model_copy(update={"privacy": privacy}), NOW)
    assert report.people_cleared == (cleo,) and report.probes_cleared == 3
    events = sdb.run(lambda s: Events(s).query(person_id=cleo, statuses=None))
    assert len(events) == 3 and all(e.probe_embedding is None for e in events)
    others = sdb.run(lambda s: Events(s).query(person_id=pop.people["Ana"], statuses=None))
    assert all(e.probe_embedding is not None for e in others)
    assert not index_file.exists()


def aged_copies(folder: Path, reason: str, ages_days: tuple[int, ...], now: float) -> list[Path]:
    """Database copies ``attendance-<reason>-<i>.sqlite3`` in ``folder``, that many days old."""
    folder.mkdir(exist_ok=True)
    paths = []
    for i, age_days in enumerate(ages_days):
        p = folder / f"attendance-{reason}-{i}.sqlite3"
        p.write_bytes(b"x")
        os.utime(p, (now - age_days * 86400, now - age_days * 86400))
        paths.append(p)
    return paths


def test_backup_copies_are_pruned_by_count_and_age(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    paths = aged_copies(folder, "pre-migration", (90, 40, 20, 10, 1), time.time())
    (folder / "notes.txt").write_text("not a copy")
    gone = prune_backup_copies(folder, keep=3, max_days=None)
    assert gone == paths[:2]
    gone = prune_backup_copies(folder, keep=3, max_days=15)
    assert gone == [paths[2]]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [paths[3].name, paths[4].name, "notes.txt"]
    )


def test_copies_from_before_a_restore_are_never_pruned_by_count(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Restoring one file after another: every copy taken before a restore stays (the first
    holds the real data), whatever backup_copies_keep says; they go by age alone, 30 days
    when backup_copies_days is off, and the erasure receipt dates that."""
    import datetime as dt

    folder = tmp_path / "backups"
    now = time.time()
    restores = aged_copies(folder, "pre-restore", (40, 29, 3, 2, 1), now)
    assert prune_backup_copies(folder, keep=3, max_days=None) == [restores[0]]
    assert prune_backup_copies(folder, keep=1, max_days=None) == []
    when = max(d for p in restores[1:] if (d := copy_ages_out(p, None)) is not None)
    expected = dt.datetime.fromtimestamp(now - 86400, dt.UTC) + dt.timedelta(days=30)
    assert abs((when - expected).total_seconds()) < 5


@pytest.mark.parametrize("days", [None, 0, 20])
def test_the_receipt_dates_the_copies_as_pruning_deletes_them(  # type: ignore[no-untyped-def]
    sdb, sec_settings, config_file, data_dir, days
) -> None:
    """A copy from before a migration and one from before a restore both still hold Ana. The
    receipt's date is the moment pruning deletes the last copy that goes by age (not a minute
    before), and the copies that only newer copies push out are counted, not dated: with
    ``backup_copies_days`` off (0 in the settings file, null from the environment) the copy
    from before the restore still goes after 30 days while the other waits for newer copies;
    with it on both go after ``days``."""
    from desktop_app.security.retention import erase_person

    pop = populate(sdb)
    if days is None:
        env = {"FACE_ATTENDANCE_PRIVACY": '{"backup_copies_days": null}'}
    else:
        write_config(config_file, sec_settings.privacy.key_dir, f"backup_copies_days = {days}\n")
        env = {}
    settings = load_settings(config_file=config_file, environ=env, data_dir=data_dir)
    days = settings.privacy.backup_copies_days
    made = time.time()
    older = [sdb.backup_sqlite(reason=r) for r in ("pre-migration", "pre-restore")]
    for path, age_days in zip(older, (10, 5), strict=True):
        assert path is not None
        os.utime(path, (made - age_days * 86400, made - age_days * 86400))
    receipt = erase_person(sdb, pop.people["Ana"], actor="test", settings=settings)
    assert set(receipt.older_copies) == set(older)
    when = receipt.copies_age_out
    assert when is not None
    assert receipt.copies_by_count == (0 if days else 1)
    folder = settings.paths.backups
    keep = settings.privacy.backup_copies_keep
    before = when - dt.timedelta(minutes=1)
    assert prune_backup_copies(folder, keep=keep, max_days=days, now=before) == (
        [older[0]] if days else []  # with days on, the older copy went 5 days earlier
    )
    assert prune_backup_copies(folder, keep=keep, max_days=days, now=when) == [older[1]]
    left = [p for p in older if p.exists()]
    assert len(left) == receipt.copies_by_count  # the copy only newer ones push out


@pytest.mark.parametrize("keep_statistics", [False, True])
def test_erasure_forgets_lookalike_pairs(sdb, keep_statistics) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.security.retention import erase_person
    from desktop_app.storage.repositories import Lookalikes

    pop = populate(sdb)
    a, b = pop.people["Ana"], pop.people["Ben"]
    sdb.run(lambda s: Lookalikes(s).add(a, b, distance=0.3, allowed_by="op"))
    erase_person(sdb, a, actor="op", keep_statistics=keep_statistics)
    assert sdb.run(lambda s: Lookalikes(s).pairs()) == frozenset()


def test_the_cli_says_which_copies_go_on_a_date_and_which_wait_for_newer_ones(
    sdb, sec_settings, config_file, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """backup_copies_days off (only the JSON environment can say so): of the two copies that
    still hold Ana, the one from before a restore is pruned on a date, the one from before a
    migration when newer copies replace it; the CLI says both, not one for all."""
    monkeypatch.setenv("FACE_ATTENDANCE_PRIVACY", '{"backup_copies_days": null}')
    populate(sdb)
    made = time.time()
    older = [sdb.backup_sqlite(reason=r) for r in ("pre-migration", "pre-restore")]
    for path in older:
        assert path is not None
        os.utime(path, (made - 5 * 86400, made - 5 * 86400))
    due = dt.datetime.fromtimestamp(made - 5 * 86400, dt.UTC) + dt.timedelta(days=30)
    assert _cli(config_file, sec_settings, "people", "erase", "Ana", "--yes") == 0
    out = capsys.readouterr().out
    assert (
        f"2 older database copies in backups/ still hold them (1 until they are pruned on "
        f"{due.astimezone():%Y-%m-%d}, 1 until newer copies replace them" in out
    ), out
