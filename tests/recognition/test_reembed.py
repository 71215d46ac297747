"""Switching the embedder re-embeds stored samples from their chips; nobody re-enrolls and the
old gallery keeps working until the switch.

The person is enrolled with the real dlib ResNet. The new embedder is a tiny ONNX graph
generated in the test (tests/modelzoo/test_user_models.py): it checks the re-embedding
(every sample, encrypted at rest, chips re-cut to the new template), not recognition quality.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.modelzoo.registry import build_pipeline
from desktop_app.recognition.enrollment import decode_chip_png
from desktop_app.recognition.gallery import build_gallery
from desktop_app.recognition.reembed import rechip, reembed
from desktop_app.recognition.types import MatchStatus
from desktop_app.security.crypto import is_sealed, open_template, template_aad
from desktop_app.storage.repositories import Templates
from desktop_app.vision.embedder import CHIP
from tests.modelzoo.test_user_models import CARD, DIM, SIZE, tiny_onnx


def test_switching_embedder_reembeds_every_sample_and_keeps_the_old_gallery(
    app_ctx: Any, astronaut_bgr: np.ndarray, tmp_path: Path
) -> None:
    person = app_ctx.enrollment.enroll("Eileen Collins", [astronaut_bgr], consent=True).person
    app_ctx.enrollment.add_negative(person.id, np.ones(128, np.float32))  # no chip: skipped
    old_id = app_ctx.pipeline.embedder.id
    card = tmp_path / "card.toml"
    card.write_text(CARD)
    app_ctx.models.add(tiny_onnx(tmp_path / "tiny.onnx"), card)
    rec = app_ctx.settings.recognition.model_copy(update={"embedder": "tiny_embedder"})
    wanted = app_ctx.settings.model_copy(update={"recognition": rec})
    new_pipe = build_pipeline(wanted, app_ctx.models)
    steps: list[float] = []

    report = reembed(
        app_ctx.db,
        old_id,
        app_ctx.pipeline.embedder.chip,
        new_pipe,
        protector=app_ctx.protector,
        progress=lambda f, _m: steps.append(f),
    )
    assert (report.done, len(report.skipped)) == (1, 1) and steps[-1] == 1.0
    new_rows = app_ctx.db.run(lambda s: Templates(s).list(embedder_id="tiny_embedder"))
    (row,) = new_rows
    assert row.person_id == person.id and row.dim == DIM and is_sealed(row.embedding)
    plain = open_template(app_ctx.protector, row)
    assert np.frombuffer(plain.embedding, "<f4").shape == (DIM,)
    assert decode_chip_png(plain.chip or b"").shape == (SIZE, SIZE, 3)
    # the old gallery still answers (and only compares its own embedder's templates)
    (face, *_rest) = app_ctx.recognizer.identify_image(astronaut_bgr)
    assert face.match.status is MatchStatus.KNOWN and face.match.person_id == person.id
    # the new embedder's gallery holds the re-embedded sample
    new_gallery = build_gallery(
        wanted,
        app_ctx.db,
        new_pipe.embedder,
        decrypt=lambda blob, pid, kind, emb: app_ctx.protector.open(
            blob, template_aad(pid, emb, kind, "embedding")
        ),
    )
    assert new_gallery.size == 1
    # a second run replaces the first one's rows instead of adding more
    again = reembed(app_ctx.db, old_id, CHIP, new_pipe, protector=app_ctx.protector)
    assert again.done == 1
    assert len(app_ctx.db.run(lambda s: Templates(s).list(embedder_id="tiny_embedder"))) == 1


def test_a_chip_is_recut_from_the_old_template_to_the_new_one(tmp_path: Path) -> None:
    import cv2

    from desktop_app.modelzoo.user_models import parse_card

    rng = np.random.default_rng(0)
    small = rng.integers(0, 255, (15, 15, 3), dtype=np.uint8)
    chip = cv2.resize(small, (CHIP.size, CHIP.size), interpolation=cv2.INTER_CUBIC)
    assert rechip(chip, CHIP, CHIP) is chip  # same chip geometry: used as it is
    card = tmp_path / "card.toml"
    card.write_text(CARD)
    new = parse_card(card).chip
    out = rechip(chip, CHIP, new)
    assert out.shape == (SIZE, SIZE, 3)
    # each of the old chip's five points lands on the new template's point
    for old_pt, new_pt in zip(CHIP.template, new.template, strict=True):
        ox, oy = np.round(old_pt).astype(int)
        nx, ny = np.round(new_pt).astype(int)
        diff = np.abs(out[ny, nx].astype(int) - chip[oy, ox].astype(int)).max()
        assert diff < 40, (old_pt, new_pt, diff)
