"""The audit chain is keyed (issue 14, finding 5): with a data key recorded, entries are signed
with an HMAC key derived from it, over the row id and the running count, so editing a row and
recomputing the chain without the key is detected; the count kept beside the key detects
entries cut off the end."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest

from desktop_app.cli import main
from desktop_app.config import load_settings
from desktop_app.security.crypto import protector_for
from desktop_app.storage.db import open_database
from desktop_app.storage.repositories import KEYED, Audit, AuditKeyMissing, audit_hash


def _cli(capsys, config_file, data_dir, *argv):  # type: ignore[no-untyped-def]
    code = main([*argv, "--config", str(config_file), "--data-dir", str(data_dir)])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def keyed(sec_settings, sdb):  # type: ignore[no-untyped-def]
    assert protector_for(sec_settings, sdb) is not None  # a data key is recorded
    for i in range(5):
        sdb.run(lambda s, i=i: Audit(s).write("operator", "test.entry", f"t:{i}", {"i": i}))
    entries = sdb.run(lambda s: Audit(s).list())
    assert all(e.hash and e.hash.startswith(KEYED) for e in entries)
    return entries


def _rows(path):  # type: ignore[no-untyped-def]
    con = sqlite3.connect(path)
    try:
        return con.execute(
            "SELECT id, at_utc, actor, action, target, details, prev_hash, hash "
            "FROM audit_log ORDER BY id"
        ).fetchall()
    finally:
        con.close()


def test_an_edit_recomputed_without_the_key_is_detected(
    capsys, sec_settings, sdb, keyed, config_file, data_dir
) -> None:  # type: ignore[no-untyped-def]
    assert _cli(capsys, config_file, data_dir, "audit", "verify")[0] == 0
    # the attacker edits entry 3 and rewrites every hash from there the old (unkeyed) way
    path = sec_settings.paths.database
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE audit_log SET details = ? WHERE id = ?", ('{"i": 99}', keyed[2].id))
    con.close()
    entries = sdb.run(lambda s: Audit(s).list())
    prev = entries[1].hash
    con = sqlite3.connect(path)
    with con:
        for e in entries[2:]:
            h = audit_hash(prev, e.at_utc, e.actor, e.action, e.target, e.details)
            con.execute(
                "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", (prev, h, e.id)
            )
            prev = h
    con.close()
    code, out, _ = _cli(capsys, config_file, data_dir, "audit", "verify")
    assert code == 1 and f"BROKEN at entry {keyed[2].id}" in out
    # and with a made-up key the signatures do not match either
    fake = "k1:" + hashlib.sha256(b"guess").hexdigest()[:43]
    con = sqlite3.connect(path)
    with con:
        con.execute("UPDATE audit_log SET hash = ? WHERE id = ?", (fake, keyed[2].id))
    con.close()
    assert _cli(capsys, config_file, data_dir, "audit", "verify")[0] == 1


def test_deleting_the_newest_entries_is_detected(
    capsys, sec_settings, sdb, keyed, config_file, data_dir
) -> None:  # type: ignore[no-untyped-def]
    con = sqlite3.connect(sec_settings.paths.database)
    with con:
        con.execute("DELETE FROM audit_log WHERE id >= ?", (keyed[-2].id,))
    con.close()
    code, out, _ = _cli(capsys, config_file, data_dir, "audit", "verify", "--json")
    result = json.loads(out)
    assert code == 1 and result["truncated"] and result["first_broken_id"] is None
    code, out, _ = _cli(capsys, config_file, data_dir, "audit", "verify")
    assert code == 1 and "audit log CUT" in out


def test_a_writer_without_the_key_does_not_break_the_chain(sec_settings, sdb, keyed) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.storage.db import Database

    bare = Database(sdb.url)  # no key loaded (e.g. a script bypassing the app)
    try:
        with pytest.raises(AuditKeyMissing):
            bare.run(lambda s: Audit(s).write("x", "test.entry"))
    finally:
        bare.dispose()
    # the app itself loads the key when it opens the database
    again = open_database(
        load_settings(
            config_file=None,
            environ={},
            data_dir=sec_settings.data_dir,
            privacy=sec_settings.privacy,
        )
    )
    try:
        again.run(lambda s: Audit(s).write("x", "test.entry"))
        assert again.run(lambda s: Audit(s).verify()) is None
    finally:
        again.dispose()
