"""Enrollment with the real models: what a user sees when enrolling, and what is stored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import cv2
import numpy as np
import pytest

from desktop_app.errors import (
    ImageError,
    MultipleFacesError,
    NoFaceError,
    PermissionDenied,
    QualityError,
)
from desktop_app.recognition.enrollment import (
    InconsistentSamplesError,
    LookAlikeError,
    decode_chip_png,
)
from desktop_app.recognition.types import MatchStatus
from desktop_app.security.crypto import is_sealed, open_template
from desktop_app.storage.repositories import Audit, People, Templates


def _counts(ctx: Any) -> tuple[int, int]:
    return ctx.db.run(lambda s: (People(s).count(active=None), len(Templates(s).list(kind=None))))


def _write(path: Path, image: np.ndarray) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    cv2.imencode(path.suffix, image)[1].tofile(str(path))
    return path


# ---- always-on: the public-domain astronaut --------------------------------------------------
def test_enroll_stores_person_template_chip_and_recognises(
    app_ctx: Any, astronaut_bgr: np.ndarray, tmp_path: Path
) -> None:
    photo = _write(tmp_path / "Eileen Collins ✓.png", astronaut_bgr)
    res = app_ctx.enrollment.enroll(
        "Eileen Collins",
        [photo],
        external_id="NASA-1",
        group="crew",
        consent=True,
        consent_by="Ops",
    )
    assert res.created and res.refused == []
    p = res.person
    assert (p.name, p.external_id, p.group_name, p.template_count) == (
        "Eileen Collins",
        "NASA-1",
        "crew",
        1,
    )
    assert p.consent_at is not None and p.consent_by == "Ops" and p.consent_text_version == "v1"
    (sealed,) = res.templates
    # encryption at rest is on by default: what is stored is sealed, and opens with the key
    assert is_sealed(sealed.embedding) and is_sealed(sealed.chip)
    t = open_template(app_ctx.protector, sealed)
    emb = app_ctx.pipeline.embedder
    assert t.embedder_id == emb.id and t.dim == emb.dim and len(t.embedding) == 4 * emb.dim
    assert t.chip_format == "png" and t.source == str(photo) and 0.5 <= t.quality <= 1.0
    chip = decode_chip_png(t.chip)
    assert chip.shape == (emb.chip_size, emb.chip_size, 3)
    # the stored chip re-embeds to the stored embedding (a later model can re-enroll from it)
    again = app_ctx.pipeline.embed(chip[None], flip=True)[0]
    stored = np.frombuffer(t.embedding, "<f4")
    assert np.linalg.norm(again - stored) < 1e-3
    assert app_ctx.gallery.size == 1
    # recognised, also from a re-encoded, shifted copy of the photo
    shifted = cv2.copyMakeBorder(astronaut_bgr, 40, 0, 60, 0, cv2.BORDER_REPLICATE)
    (face, *_rest) = app_ctx.recognizer.identify_image(shifted)
    assert face.match.status is MatchStatus.KNOWN and face.match.person_id == p.id
    assert face.confirmed and face.match.name == "Eileen Collins"
    audit = app_ctx.db.run(lambda s: Audit(s).list(action="person.enroll"))
    assert audit and audit[-1].target == f"person:{p.id}"


def test_consent_is_required_and_nothing_is_stored(app_ctx: Any, astronaut_bgr: np.ndarray) -> None:
    with pytest.raises(PermissionDenied, match="consent") as exc:
        app_ctx.enrollment.enroll("Eileen", [astronaut_bgr])
    assert "Nothing was stored" in str(exc.value)
    assert _counts(app_ctx) == (0, 0)


def test_no_face_blur_and_bad_files_are_refused_with_reasons(
    app_ctx: Any, astronaut_bgr: np.ndarray, tmp_path: Path
) -> None:
    enroll = app_ctx.enrollment.enroll
    with pytest.raises(NoFaceError, match="No face found"):
        enroll("Nobody", [np.full((480, 640, 3), 127, np.uint8)], consent=True)
    with pytest.raises(QualityError) as exc:
        enroll("Blurry", [cv2.GaussianBlur(astronaut_bgr, (0, 0), 3.0)], consent=True)
    assert "too blurred: hold still" in exc.value.reasons
    bad = tmp_path / "notes.jpg"
    bad.write_text("not a photo")
    with pytest.raises(ImageError, match=r"notes\.jpg"):
        enroll("Text", [bad], consent=True)
    assert _counts(app_ctx) == (0, 0)


def test_two_faces_refused_unless_one_is_chosen(app_ctx: Any, astronaut_bgr: np.ndarray) -> None:
    face = astronaut_bgr[0:260, 120:330]
    pair = np.full((300, 520, 3), 110, np.uint8)
    pair[20:280, 30:240] = face
    pair[20:280, 290:500] = face[:, ::-1]
    with pytest.raises(MultipleFacesError, match="2 faces") as exc:
        app_ctx.enrollment.enroll("Twin", [pair], consent=True)
    assert exc.value.count == 2
    assert _counts(app_ctx) == (0, 0)
    res = app_ctx.enrollment.enroll("Twin", [pair], consent=True, face_choice=0)
    assert len(res.templates) == 1


def test_lookalike_is_refused_naming_the_person(app_ctx: Any, astronaut_bgr: np.ndarray) -> None:
    first = app_ctx.enrollment.enroll("Eileen Collins", [astronaut_bgr], consent=True).person
    flipped = np.ascontiguousarray(astronaut_bgr[:, ::-1])
    with pytest.raises(LookAlikeError) as exc:
        app_ctx.enrollment.enroll("Someone Else", [flipped], consent=True)
    assert exc.value.person_id == first.id and exc.value.name == "Eileen Collins"
    assert "Eileen Collins" in str(exc.value) and "distance" in str(exc.value)
    assert exc.value.distance <= app_ctx.gallery.threshold
    assert _counts(app_ctx) == (1, 1)
    # adding the photo to the same person is not a look-alike; forcing a second person works
    more = app_ctx.enrollment.enroll("", [flipped], person_id=first.id)
    assert not more.created and more.person.template_count == 2
    forced = app_ctx.enrollment.enroll(
        "Someone Else", [flipped], consent=True, allow_lookalike=True
    )
    assert forced.created and forced.lookalikes[0][0] == first.id


def test_several_sources_keep_the_good_ones_and_list_refusals(
    app_ctx: Any, astronaut_bgr: np.ndarray, tmp_path: Path
) -> None:
    good = _write(tmp_path / "a.jpg", astronaut_bgr)
    bright = np.clip(astronaut_bgr.astype(np.float32) * 1.1 + 5, 0, 255).astype(np.uint8)
    empty = tmp_path / "empty.png"
    empty.touch()
    res = app_ctx.enrollment.enroll("Eileen", [good, bright, empty], consent=True)
    assert len(res.templates) == 2
    assert [(r.source, r.error) for r in res.refused] == [(str(empty), "ImageError")]


def test_failure_mid_enrollment_leaves_nothing(
    app_ctx: Any, astronaut_bgr: np.ndarray, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_add = Templates.add
    calls = {"n": 0}

    def failing_add(self: Templates, *a: Any, **kw: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError("disk unplugged")
        return real_add(self, *a, **kw)

    monkeypatch.setattr(Templates, "add", failing_add)
    flipped = np.ascontiguousarray(astronaut_bgr[:, ::-1])
    with pytest.raises(OSError):
        app_ctx.enrollment.enroll("Eileen", [astronaut_bgr, flipped], consent=True)
    assert calls["n"] == 2
    assert _counts(app_ctx) == (0, 0)
    assert app_ctx.gallery.size == 0
    assert app_ctx.db.run(lambda s: Audit(s).list(action="person.enroll")) == []


@pytest.mark.shared
def test_photos_of_two_people_in_one_enrollment_are_refused(
    app_ctx: Any, astronaut_bgr: np.ndarray, shared_data: Path
) -> None:
    from desktop_app.vision.image_io import load_image

    other = load_image(shared_data / "faces" / "barack_obama" / "1.jpg")
    with pytest.raises(InconsistentSamplesError, match="same person"):
        app_ctx.enrollment.enroll("Mixed", [astronaut_bgr, other], consent=True)
    assert _counts(app_ctx) == (0, 0)


def test_remove_person_and_negative_examples(app_ctx: Any, astronaut_bgr: np.ndarray) -> None:
    res = app_ctx.enrollment.enroll("Eileen", [astronaut_bgr], consent=True)
    pid = res.person.id
    probe = np.frombuffer(open_template(app_ctx.protector, res.templates[0]).embedding, "<f4")
    neg = app_ctx.enrollment.add_negative(pid, probe + 0.01, source="correction:event 7")
    assert neg.kind == "negative"
    assert app_ctx.gallery.size == 2
    receipt = app_ctx.enrollment.erase_person(pid)
    assert receipt.person_id == pid and receipt.person_deleted
    assert _counts(app_ctx) == (0, 0)
    assert app_ctx.gallery.size == 0
    (face,) = app_ctx.recognizer.identify_image(astronaut_bgr)[:1]
    assert face.match.status is MatchStatus.UNKNOWN
    entry = app_ctx.db.run(lambda s: Audit(s).list(action="person.erased"))[-1]
    assert entry.target == f"erasure:{receipt.receipt_id}" and "Eileen" not in str(entry)


def test_check_sample_gives_live_feedback(app_ctx: Any, astronaut_bgr: np.ndarray) -> None:
    faces, report = app_ctx.enrollment.check_sample(astronaut_bgr)
    assert faces and report.ok
    faces, report = app_ctx.enrollment.check_sample(np.full((240, 320, 3), 90, np.uint8))
    assert faces == [] and not report.ok and report.reasons
    dark = (astronaut_bgr.astype(np.float32) * 0.2).astype(np.uint8)
    _faces, report = app_ctx.enrollment.check_sample(dark)
    assert "too dark" in report.reasons


# ---- real faces (../shared) ----------------------------------------------------------------
@pytest.mark.shared
def test_one_shot_enroll_then_recognise_another_photo(app_ctx: Any, faces_dir: Path) -> None:
    from desktop_app.vision.image_io import load_image

    enroll = app_ctx.enrollment.enroll
    obama = enroll("Barack Obama", [faces_dir / "barack_obama" / "1.jpg"], consent=True).person
    biden = enroll("Joe Biden", [faces_dir / "joe_biden" / "1.jpg"], consent=True).person
    (face, *_r) = app_ctx.recognizer.identify_image(
        load_image(faces_dir / "barack_obama" / "2.jpg")
    )
    assert face.match.known and face.match.person_id == obama.id
    (face, *_r) = app_ctx.recognizer.identify_image(load_image(faces_dir / "joe_biden" / "2.jpg"))
    assert face.match.known and face.match.person_id == biden.id
    # a stranger stays unknown
    (face, *_r) = app_ctx.recognizer.identify_image(
        load_image(faces_dir / "_strangers" / "jeff_bezos.jpg")
    )
    assert face.match.status is MatchStatus.UNKNOWN and face.match.person_id is None
    # a group photo is refused for enrollment; with a choice it works
    with pytest.raises(MultipleFacesError):
        enroll("Group", [faces_dir / "_groups" / "obama_biden_standing.jpg"], consent=True)
    # the same person under another name is a duplicate, named
    with pytest.raises(LookAlikeError, match="Barack Obama"):
        enroll("B. Obama", [faces_dir / "barack_obama" / "3.jpg"], consent=True)
    assert _counts(app_ctx) == (2, 2)


def test_with_a_protector_templates_are_sealed_at_rest(
    model_settings: Any, astronaut_bgr: np.ndarray
) -> None:
    from desktop_app.context import AppContext
    from desktop_app.recognition.enrollment import EnrollmentService
    from desktop_app.security.crypto import Protector
    from desktop_app.security.keys import new_data_key

    ctx = AppContext(model_settings)
    try:
        protector = Protector(new_data_key())
        service = EnrollmentService(
            ctx.settings, ctx.db, ctx.pipeline, ctx.gallery, protector=protector
        )
        res = service.enroll("Eileen", [astronaut_bgr], consent=True)
        (t,) = ctx.db.run(lambda s: Templates(s).list(person_id=res.person.id))
        assert t.encrypted and t.chip is not None
        plain = protector.open_template(t)
        assert len(plain.embedding) == 4 * ctx.pipeline.embedder.dim
        size = ctx.pipeline.embedder.chip_size
        assert decode_chip_png(plain.chip).shape[:2] == (size, size)
        assert plain.embedding != t.embedding
        # indexed from the plaintext at once: recognised right after enrolling
        (face, *_r) = ctx.recognizer.identify_image(astronaut_bgr)
        assert face.match.known and face.match.person_id == res.person.id
    finally:
        ctx.close()
