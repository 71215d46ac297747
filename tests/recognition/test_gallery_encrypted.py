"""Encryption at rest through the app context's wiring: sealed templates are searchable,
and neither the database rows nor the saved FAISS index hold a plaintext embedding."""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np
import pytest

from desktop_app.config import Settings
from desktop_app.context import AppContext
from desktop_app.recognition.gallery import encode_embedding
from desktop_app.recognition.index import INDEX_FILE
from desktop_app.recognition.types import MatchStatus
from desktop_app.security.crypto import EncryptionKeyMissing, Protector
from desktop_app.storage.repositories import People, Templates


class _Embedder:
    id = "dlib_resnet_v1"
    dim = 128
    chip_size = 150


class _Pipeline:
    embedder = _Embedder()


def _context(settings: Settings) -> AppContext:
    ctx = AppContext(settings)
    ctx.__dict__["pipeline"] = _Pipeline()  # only the embedder's id/dim matter to the gallery
    return ctx


def _unit(rng: np.random.Generator) -> np.ndarray:
    v = rng.standard_normal(128).astype(np.float32)
    return v / np.linalg.norm(v)


def _enroll_sealed(ctx: AppContext, name: str, vec: np.ndarray) -> int:
    protector: Protector = ctx.protector
    raw = encode_embedding(vec)

    def work(s):  # type: ignore[no-untyped-def]
        p = People(s).add(name)
        emb, chip = protector.seal_template(p.id, "dlib_resnet_v1", "positive", raw, b"png")
        Templates(s).add(
            p.id,
            embedder_id="dlib_resnet_v1",
            embedding=emb,
            dim=128,
            chip=chip,
            chip_format="png",
            encrypted=True,
        )
        return p.id

    return int(ctx.db.run(work))


def test_sealed_gallery_finds_people_and_leaks_nothing_to_disk(settings: Settings) -> None:
    rng = np.random.default_rng(7)
    ctx = _context(settings)
    ana, bob = _unit(rng), _unit(rng)
    ana_id = _enroll_sealed(ctx, "Ana", ana)
    _enroll_sealed(ctx, "Bob", bob)
    g = ctx.gallery
    assert g.size == 2 and g.skipped == 0
    match = g.identify((ana + 0.02 * _unit(rng))[None, :])[0]
    assert match.status is MatchStatus.KNOWN and match.person_id == ana_id
    g.save()
    ctx.close()

    index_files = list(Path(settings.paths.index).rglob(INDEX_FILE))
    assert index_files, "the index was not saved"
    for f in index_files:
        with pytest.raises(RuntimeError):  # FAISS cannot read it without the key
            faiss.deserialize_index(np.fromfile(f, dtype=np.uint8))
        for vec in (ana, ana / np.linalg.norm(ana)):
            assert encode_embedding(vec)[:32] not in f.read_bytes()
    assert encode_embedding(ana)[:32] not in settings.paths.database.read_bytes()

    again = _context(settings)
    try:
        g2 = again.gallery
        assert g2.loaded_from_disk, "a sealed index should load, not rebuild"
        assert g2.identify(ana[None, :])[0].person_id == ana_id
    finally:
        again.close()


def test_missing_key_is_explained_and_nothing_is_deleted(settings: Settings) -> None:
    rng = np.random.default_rng(8)
    ctx = _context(settings)
    _enroll_sealed(ctx, "Ana", _unit(rng))
    ctx.close()
    for key in Path(settings.privacy.key_dir or "").glob("*"):
        key.unlink()
    again = _context(settings)
    try:
        with pytest.raises(EncryptionKeyMissing) as err:
            _ = again.gallery
        assert "nothing was deleted" in str(err.value)
        assert again.db.run(lambda s: len(Templates(s).list())) == 1
    finally:
        again.close()
