"""``face-attendance audit verify|list``: an edited row is found and named."""

from __future__ import annotations

import json
import sqlite3

from desktop_app.cli import main
from desktop_app.storage.repositories import Audit


def _cli(capsys, config_file, data_dir, *argv):  # type: ignore[no-untyped-def]
    code = main([*argv, "--config", str(config_file), "--data-dir", str(data_dir)])
    out = capsys.readouterr()
    return code, out.out, out.err


def _write_entries(db, n=5):  # type: ignore[no-untyped-def]
    for i in range(n):
        db.run(lambda s, i=i: Audit(s).write("operator", "person.added", f"person:{i}", {"i": i}))


def test_intact_chain_verifies(capsys, sdb, config_file, data_dir) -> None:
    _write_entries(sdb)
    code, out, _ = _cli(capsys, config_file, data_dir, "audit", "verify", "--json")
    assert code == 0
    result = json.loads(out)
    newest = sdb.run(lambda s: Audit(s).list())[-1]
    assert result == {
        "ok": True,
        "entries": 5,
        "first_broken_id": None,
        "truncated": False,
        "head_id": newest.id,
        "head_hash": newest.hash,
        "plaintext_templates": [],
        "plaintext_probe_events": [],
    }


def test_edited_row_is_named_and_exit_is_1(capsys, sdb, sec_settings, config_file, data_dir):
    _write_entries(sdb)
    ids = [e.id for e in sdb.run(lambda s: Audit(s).list())]
    conn = sqlite3.connect(sec_settings.paths.database)
    with conn:
        conn.execute("UPDATE audit_log SET details = ? WHERE id = ?", ('{"i": 99}', ids[2]))
    conn.close()
    code, out, _ = _cli(capsys, config_file, data_dir, "audit", "verify", "--json")
    assert code == 1
    assert json.loads(out)["first_broken_id"] == ids[2]
    code, out, _ = _cli(capsys, config_file, data_dir, "audit", "verify")
    assert code == 1 and f"BROKEN at entry {ids[2]}" in out


def test_deleted_middle_row_is_detected(capsys, sdb, sec_settings, config_file, data_dir):
    _write_entries(sdb)
    ids = [e.id for e in sdb.run(lambda s: Audit(s).list())]
    conn = sqlite3.connect(sec_settings.paths.database)
    with conn:
        conn.execute("DELETE FROM audit_log WHERE id = ?", (ids[1],))
    conn.close()
    code, out, _ = _cli(capsys, config_file, data_dir, "audit", "verify", "--json")
    assert code == 1 and json.loads(out)["first_broken_id"] == ids[2]


def test_list_shows_the_newest(capsys, sdb, config_file, data_dir) -> None:
    _write_entries(sdb)
    code, out, _ = _cli(capsys, config_file, data_dir, "audit", "list", "--limit", "2", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [r["target"] for r in rows] == ["person:3", "person:4"]
    assert rows[1]["details"] == {"i": 4} and rows[1]["action"] == "person.added"
    code, out, _ = _cli(capsys, config_file, data_dir, "audit", "list")
    assert code == 0 and out.count("person.added") == 5
