"""Look-alikes remembered, weak small-photo samples and their replacement by camera samples,
with real faces from ../shared/data/faces_hard (skipped where it is absent)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app.errors import QualityError
from desktop_app.recognition.enrollment import LookAlikeError, WeakPhotoError
from desktop_app.recognition.types import MatchStatus
from desktop_app.storage.repositories import Lookalikes, Templates
from desktop_app.vision.image_io import load_image

pytestmark = pytest.mark.shared


@pytest.fixture
def app_ctx(model_settings: Any) -> Any:
    """The app over dlib: these pairs are look-alikes to dlib (conftest.LOOKALIKE_EMBEDDER)."""
    from desktop_app.context import AppContext
    from tests.recognition.conftest import LOOKALIKE_EMBEDDER, with_embedder

    ctx = AppContext(with_embedder(model_settings, LOOKALIKE_EMBEDDER))
    yield ctx
    ctx.close()


def test_lookalike_error_names_everyone_and_allowed_pairs_are_remembered(
    app_ctx: Any, faces_hard: Path
) -> None:
    enr = app_ctx.enrollment
    jeong = enr.enroll(
        "Jeong Se-hyun", [faces_hard / "Jeong_Se-hyun/0_Jeong_Se-hyun_0001.jpg"], consent=True
    )
    kim_photo = faces_hard / "Kim_Jin-sun/0_Kim_Jin-sun_0001.jpg"
    with pytest.raises(LookAlikeError) as info:
        enr.enroll("Kim Jin-sun", [kim_photo], consent=True)
    assert info.value.person_id == jeong.person.id
    assert "Jeong Se-hyun" in str(info.value) and "--allow-lookalike" in str(info.value)
    assert app_ctx.db.run(lambda s: Lookalikes(s).pairs()) == frozenset()

    kim = enr.enroll("Kim Jin-sun", [kim_photo], consent=True, allow_lookalike=True)
    assert [pid for pid, _n, _d in kim.lookalikes] == [jeong.person.id]
    pair = (min(jeong.person.id, kim.person.id), max(jeong.person.id, kim.person.id))
    assert app_ctx.db.run(lambda s: Lookalikes(s).pairs()) == {pair}
    (rec,) = app_ctx.db.run(lambda s: Lookalikes(s).list(person_id=kim.person.id))
    assert {rec.person_a_name, rec.person_b_name} == {"Jeong Se-hyun", "Kim Jin-sun"}
    assert rec.distance is not None and rec.distance <= enr.threshold

    # Recognition: Kim's other photo is named with the look-alike flag (a kiosk asks for a
    # code), and the gallery knows the pair without a restart.
    face = app_ctx.recognizer.identify_image(
        load_image(faces_hard / "Kim_Jin-sun/1_Kim_Jin-sun_0002.jpg")
    )[0]
    assert face.match.person_id == kim.person.id and face.match.lookalike
    assert app_ctx.gallery.lookalike_partners()[kim.person.id] == {jeong.person.id}

    enr.erase_person(kim.person.id)  # the pair goes with either person
    assert app_ctx.db.run(lambda s: Lookalikes(s).pairs()) == frozenset()


def test_small_photo_enrolls_as_weak_sample_and_camera_samples_replace_it(
    app_ctx: Any, faces_hard: Path, tmp_path: Path
) -> None:
    import cv2

    from desktop_app.vision.image_io import save_image

    enr = app_ctx.enrollment
    folder = faces_hard / "Renee_Zellweger"
    # An upscaled LFW crop (350 px file), softened further (sharpness ~16, under the gate
    # of 20) into a throw-away copy: a small, too-blurred ID photo.
    id_photo = tmp_path / "0_Renee_Zellweger_0001.png"
    save_image(
        id_photo,
        cv2.GaussianBlur(load_image(folder / id_photo.name.replace(".png", ".jpg")), (0, 0), 3.0),
    )
    with pytest.raises(WeakPhotoError, match="--allow-weak") as info:
        enr.enroll("Renee Zellweger", [id_photo], consent=True)
    assert isinstance(info.value, QualityError) and info.value.reasons == [
        "too blurred: hold still"
    ]

    res = enr.enroll("Renee Zellweger", [id_photo], consent=True, allow_weak=True)
    assert res.weak == [str(id_photo)] and [t.weak for t in res.templates] == [True]
    pid = res.person.id

    # Recognition is claimed: another photo of her is recognised from the weak sample alone.
    probe = load_image(folder / "1_Renee_Zellweger_0005.jpg")
    face = app_ctx.recognizer.identify_image(probe)[0]
    assert face.match.status is MatchStatus.KNOWN and face.match.person_id == pid

    # Camera samples (frames, not files) replace the weak one in the same step.
    frames = [
        load_image(folder / n) for n in ("1_Renee_Zellweger_0008.jpg", "1_Renee_Zellweger_0011.jpg")
    ]
    more = enr.enroll("", frames, person_id=pid)
    assert more.replaced_weak == 1 and more.weak == []
    left = app_ctx.db.run(lambda s: Templates(s).list(person_id=pid))
    assert len(left) == 2 and not any(t.weak for t in left)
    face = app_ctx.recognizer.identify_image(probe)[0]
    assert face.match.person_id == pid and face.match.status is MatchStatus.KNOWN


def test_blur_on_a_large_camera_frame_is_not_offered_as_weak(
    app_ctx: Any, faces_hard: Path
) -> None:
    import cv2

    photo = load_image(faces_hard / "Tim_Duncan/0_Tim_Duncan_0001.jpg")
    frame = cv2.GaussianBlur(photo, (0, 0), 3.0)  # a camera frame is never a weak sample
    with pytest.raises(QualityError) as info:
        app_ctx.enrollment.enroll("Tim Duncan", [frame], consent=True, allow_weak=True)
    assert not isinstance(info.value, WeakPhotoError)
