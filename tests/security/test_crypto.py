"""Encryption at rest: AES-GCM round trip, tamper detection, the key's life cycle."""

from __future__ import annotations

import dataclasses
import os
import stat

import numpy as np
import pytest

from desktop_app.security.crypto import (
    Protector,
    TamperedDataError,
    WrongKeyError,
    encrypt_existing,
    event_aad,
    is_sealed,
    protector_for,
    template_aad,
)
from desktop_app.security.keys import (
    KEY_ID_SETTING,
    EncryptionKeyMismatch,
    EncryptionKeyMissing,
    KeyStore,
    new_data_key,
)
from desktop_app.storage.repositories import Events, SharedSettings, Templates
from tests.security.conftest import EMBEDDER, chip_png, embedding, populate


def test_round_trip_and_fresh_nonce() -> None:
    p = Protector(new_data_key())
    aad = template_aad(1, EMBEDDER, "positive", "embedding")
    data = embedding(1)
    a, b = p.seal(data, aad), p.seal(data, aad)
    assert a != b  # random nonce: equal plaintexts do not give equal blobs
    assert data not in a
    assert p.open(a, aad) == data and p.open(b, aad) == data
    assert is_sealed(a) and not is_sealed(data)


def test_any_flipped_byte_is_detected() -> None:
    p = Protector(new_data_key())
    aad = event_aad(3, EMBEDDER)
    blob = p.seal(embedding(2), aad)
    for pos in (0, 5, 13, 20, len(blob) // 2, len(blob) - 1):
        bad = bytearray(blob)
        bad[pos] ^= 0x01
        with pytest.raises((TamperedDataError, WrongKeyError)):
            p.open(bytes(bad), aad)
    with pytest.raises(TamperedDataError):
        p.open(blob[:-1], aad)


def test_blob_cannot_move_to_another_person_kind_or_column() -> None:
    p = Protector(new_data_key())
    emb, chip = p.seal_template(7, EMBEDDER, "positive", embedding(3), chip_png(3))
    assert chip is not None
    ok = template_aad(7, EMBEDDER, "positive", "embedding")
    assert p.open(emb, ok) == embedding(3)
    for aad in (
        template_aad(8, EMBEDDER, "positive", "embedding"),  # another person
        template_aad(7, EMBEDDER, "negative", "embedding"),  # negative -> positive
        template_aad(7, "other_model", "positive", "embedding"),
        template_aad(7, EMBEDDER, "positive", "chip"),  # embedding in the chip column
        event_aad(7, EMBEDDER),
    ):
        with pytest.raises(TamperedDataError, match="moved to another record"):
            p.open(emb, aad)


def test_other_key_is_named_not_mistaken_for_tampering() -> None:
    a, b = Protector(new_data_key()), Protector(new_data_key())
    blob = a.seal(b"x" * 512, b"aad")
    with pytest.raises(WrongKeyError, match=a.key_id):
        b.open(blob, b"aad")


def test_encryption_off_and_no_key_gives_no_protector(sec_settings, sdb, store) -> None:
    off = sec_settings.model_copy(
        update={"privacy": sec_settings.privacy.model_copy(update={"encrypt_at_rest": False})}
    )
    assert protector_for(off, sdb, store=store) is None
    assert sdb.run(lambda s: SharedSettings(s).get(KEY_ID_SETTING)) is None
    assert not store.key_dir.exists() or not list(store.key_dir.iterdir())


def test_first_use_creates_a_private_key_file_and_records_its_id(sec_settings, sdb) -> None:
    p = protector_for(sec_settings, sdb)
    assert p is not None
    assert sdb.run(lambda s: SharedSettings(s).get(KEY_ID_SETTING)) == p.key_id
    key_file = sec_settings.privacy.key_dir / f"{p.key_id}.key"
    assert key_file.exists()
    if os.name == "posix":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
        assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700
    # the same database and machine: the same key, not a new one
    again = protector_for(sec_settings, sdb)
    assert again is not None and again.key_id == p.key_id
    assert [f.name for f in key_file.parent.glob("*.key")] == [key_file.name]
    # beside it only the audit chain's anchor (entries seen, newest signature), also private
    anchor = key_file.with_name(f"{p.key_id}.audit.json")
    assert sorted(key_file.parent.iterdir()) == sorted([key_file, anchor])
    if os.name == "posix":
        assert stat.S_IMODE(anchor.stat().st_mode) == 0o600


def test_missing_key_is_explained_and_nothing_is_deleted(sec_settings, sdb) -> None:
    p = protector_for(sec_settings, sdb)
    assert p is not None
    pop = populate(sdb, protector=p)
    (sec_settings.privacy.key_dir / f"{p.key_id}.key").unlink()
    with pytest.raises(EncryptionKeyMissing) as err:
        protector_for(sec_settings, sdb)
    msg = str(err.value)
    assert p.key_id in msg
    assert "not on this machine" in msg
    assert "nothing was deleted" in msg
    assert "restore" in msg
    # not silently replaced: no new key was made or recorded, and the data is all there
    assert sdb.run(lambda s: SharedSettings(s).get(KEY_ID_SETTING)) == p.key_id
    assert not list(sec_settings.privacy.key_dir.glob("*.key"))
    stored = sdb.run(lambda s: Templates(s).list(kind=None))
    assert len(stored) == sum(len(v) for v in pop.templates.values())
    assert all(t.encrypted for t in stored)


def test_another_key_under_the_same_id_is_detected(sec_settings, sdb) -> None:
    p = protector_for(sec_settings, sdb)
    assert p is not None
    other = KeyStore(sec_settings.privacy.key_dir / "elsewhere", "file")
    other_path = other._write_file(p.key_id, new_data_key())  # a wrong key with the right name
    os.replace(other_path, sec_settings.privacy.key_dir / f"{p.key_id}.key")
    with pytest.raises(EncryptionKeyMismatch, match="nothing was deleted"):
        protector_for(sec_settings, sdb)


def test_encrypt_existing_seals_plaintext_once_and_keeps_the_gallery(sec_settings, sdb) -> None:
    pop = populate(sdb)  # plaintext, as written before encryption existed
    version = sdb.run(lambda s: Templates(s).gallery_version())
    p = protector_for(sec_settings, sdb)
    assert p is not None
    report = encrypt_existing(sdb, p)
    assert report.templates == 6 and report.probes == 9
    assert encrypt_existing(sdb, p).total == 0  # idempotent
    assert sdb.run(lambda s: Templates(s).gallery_version()) == version

    templates = sdb.run(lambda s: Templates(s).list(kind=None))
    for t in templates:
        assert t.encrypted and is_sealed(t.embedding) and is_sealed(t.chip)
        i = list(pop.people.values()).index(t.person_id)
        j = pop.templates[list(pop.people)[i]].index(t.id)
        opened = p.open_template(t)
        assert opened.embedding == embedding(10 * i + j)
        assert opened.chip == chip_png(10 * i + j)
        assert np.frombuffer(opened.embedding, np.float32).shape == (128,)
    events = sdb.run(lambda s: Events(s).query(statuses=None))
    assert len(events) == 9
    for ev in events:
        assert ev.probe_encrypted and is_sealed(ev.probe_embedding)
        assert np.frombuffer(p.open_probe(ev), np.float32).shape == (128,)


def test_reassigned_probe_must_be_resealed(sec_settings, sdb) -> None:
    """Copying a sealed probe to another person's event or template does not open; the
    helpers re-bind it (what attendance corrections must use)."""
    p = protector_for(sec_settings, sdb)
    assert p is not None
    pop = populate(sdb, protector=p)
    ev = sdb.run(lambda s: Events(s).get(pop.events["Ana"][0]))
    ben = pop.people["Ben"]
    copied = dataclasses.replace(ev, person_id=ben)  # the blob as-is on Ben's event
    with pytest.raises(TamperedDataError):
        p.open_probe(copied)
    moved = dataclasses.replace(ev, person_id=ben, probe_embedding=p.reseal_probe(ev, ben))
    assert p.open_probe(moved) == p.open_probe(ev)
    neg = p.probe_to_negative(ev, pop.people["Ana"], EMBEDDER)
    aad = template_aad(pop.people["Ana"], EMBEDDER, "negative", "embedding")
    assert p.open(neg, aad) == p.open_probe(ev)
