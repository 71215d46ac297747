"""Plaintext rows are not trusted (issue 14, finding 4): once every row of a database was
sealed, a template row inserted with encrypted=0 (another face under a known name) is not
used for matching, is never sealed afterwards, and `audit verify` reports it."""

from __future__ import annotations

import json

import numpy as np
import pytest

from desktop_app.cli import main as cli_main
from desktop_app.context import AppContext
from desktop_app.recognition.gallery import Gallery
from desktop_app.security.crypto import PlaintextRowError, encrypt_existing, template_aad
from desktop_app.storage.repositories import Audit, Templates
from tests.security.conftest import EMBEDDER, embedding, populate


def _forge(db, person_id: int, seed: int) -> int:  # type: ignore[no-untyped-def]
    """What an attacker with write access does: a plaintext row made elsewhere."""
    return db.run(
        lambda s: (
            Templates(s)
            .add(
                person_id, embedder_id=EMBEDDER, embedding=embedding(seed), dim=128, encrypted=False
            )
            .id
        )
    )


def test_a_forged_plaintext_template_is_refused_and_reported(
    sec_settings, sdb, config_file, capsys
) -> None:  # type: ignore[no-untyped-def]
    pop = populate(sdb)  # plaintext, as before encryption existed
    ctx = AppContext(sec_settings)
    try:
        protector = ctx.protector  # creates the key, seals every row, records that
        assert protector is not None and protector.strict
        ben = pop.people["Ben"]
        forged = _forge(sdb, ben, seed=999)  # "Ben" with somebody else's face

        # the next start neither seals it (laundering) nor uses it
        report = encrypt_existing(ctx.db, protector)  # as the next start does
        assert report.refused == (forged,) and report.total == 0
        row = sdb.run(lambda s: Templates(s).get(forged))
        assert not row.encrypted
        assert sdb.run(lambda s: Audit(s).list(action="encryption.plaintext_refused"))
        with pytest.raises(PlaintextRowError):
            protector.open_template(row)

        g = Gallery(
            sdb,
            embedder_id=EMBEDDER,
            dim=128,
            index_dir=None,
            threshold=0.5,
            margin=0.0,
            normalize=True,
            require_sealed=protector.strict,
            decrypt=lambda blob, pid, kind, emb: protector.open(
                blob, template_aad(pid, emb, kind, "embedding")
            ),
        ).open()
        assert g.template_person(forged) is None and g.size == 6
        probe = np.frombuffer(embedding(999), np.float32)[None, :]
        assert g.identify(probe)[0].person_id != ben  # the forged face is not "Ben"
    finally:
        ctx.close()

    code = cli_main(
        [
            "--config",
            str(config_file),
            "--data-dir",
            str(sec_settings.data_dir),
            "audit",
            "verify",
            "--json",
        ]
    )
    out = json.loads(capsys.readouterr().out)
    assert code == 1 and not out["ok"] and out["plaintext_templates"] == [forged]


def test_before_encryption_is_turned_on_plaintext_is_normal(sec_settings, sdb) -> None:  # type: ignore[no-untyped-def]
    populate(sdb)
    from desktop_app.security.crypto import foreign_plaintext

    assert foreign_plaintext(sdb) == ((), ())  # nothing sealed yet: nothing foreign
