"""The enrollment quality gate on a real detection (MTCNN on the public-domain astronaut):
every refusal a user can cause comes with the hint they need, and a photo gets the same
verdict whichever embedder is active."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from skimage import data as skdata

from desktop_app.vision.quality import (
    DEFAULT_THRESHOLDS,
    HINT_BLUR,
    HINT_BRIGHT,
    HINT_DARK,
    HINT_POSE,
    HINT_SMALL,
    QualityReport,
    assess_face,
    estimate_pose,
)
from desktop_app.vision.types import Face


@pytest.fixture(scope="module")
def detector(models_dir: Path):  # type: ignore[no-untyped-def]
    from desktop_app.config import DetectorSettings
    from desktop_app.vision.detector import MTCNNDetector

    return MTCNNDetector.from_folder(models_dir / "mtcnn", DetectorSettings(fast=False))


@pytest.fixture(scope="module")
def astronaut() -> np.ndarray:
    return np.ascontiguousarray(skdata.astronaut()[:, :, ::-1])


def _judge(detector, image: np.ndarray) -> QualityReport:  # type: ignore[no-untyped-def]
    faces = detector.detect(image)
    assert faces, "the test image must still show a detectable face"
    face = max(faces, key=lambda f: f.area)
    return assess_face(image, face)


def small_id_photo(astronaut: np.ndarray) -> np.ndarray:
    """The astronaut's head shrunk to 40 px and enlarged again (bicubic): a small ID photo."""
    head = cv2.resize(astronaut[0:260, 110:330], (40, 47), interpolation=cv2.INTER_AREA)
    return cv2.resize(head, (300, 354), interpolation=cv2.INTER_CUBIC)


def test_clear_frontal_face_passes(detector, astronaut: np.ndarray) -> None:  # type: ignore[no-untyped-def]
    report = _judge(detector, astronaut)
    assert report.ok, report.as_dict()
    assert report.reasons == []
    assert 0.5 <= report.score <= 1.0
    assert abs(report.yaw_deg) < 20 and abs(report.pitch_deg) < 20


def test_blurred_face_is_refused_with_hint(detector, astronaut: np.ndarray) -> None:  # type: ignore[no-untyped-def]
    blurred = cv2.GaussianBlur(astronaut, (0, 0), 3.0)
    report = _judge(detector, blurred)
    assert not report.ok
    assert HINT_BLUR in report.reasons
    assert report.score < 0.5


def test_an_enlarged_small_photo_is_refused_as_blurred_but_may_be_a_weak_sample(  # type: ignore[no-untyped-def]
    detector, astronaut: np.ndarray
) -> None:
    from desktop_app.recognition.enrollment import WEAK_MIN_SHARPNESS

    report = _judge(detector, small_id_photo(astronaut))
    assert report.reasons == [HINT_BLUR], report.as_dict()  # a big face: only the blur says it
    assert report.face_px > 1.5 * DEFAULT_THRESHOLDS.min_face_px
    assert WEAK_MIN_SHARPNESS <= report.sharpness < DEFAULT_THRESHOLDS.min_sharpness


def test_a_distant_sharp_camera_face_is_not_called_blurred(  # type: ignore[no-untyped-def]
    detector, astronaut: np.ndarray
) -> None:
    """A face of ~70 px in a 640x480 frame has no more detail than its pixels: it is judged
    at its own size, not as an enlarged photo."""
    small = cv2.resize(astronaut, None, fx=0.8, fy=0.8, interpolation=cv2.INTER_AREA)
    frame = np.full((480, 640, 3), 120, np.uint8)
    frame[40:450, 100:510] = small
    report = _judge(detector, frame)
    assert 60 <= report.face_px < 100 and report.ok, report.as_dict()


def test_dark_and_bright_faces_are_refused(detector, astronaut: np.ndarray) -> None:  # type: ignore[no-untyped-def]
    dark = (astronaut.astype(np.float32) * 0.2).astype(np.uint8)
    report = _judge(detector, dark)
    assert HINT_DARK in report.reasons and not report.ok
    bright = np.clip(astronaut.astype(np.float32) * 1.4, 0, 255).astype(np.uint8)
    report = _judge(detector, bright)
    assert HINT_BRIGHT in report.reasons and not report.ok


def test_small_face_asks_to_move_closer(detector, astronaut: np.ndarray) -> None:  # type: ignore[no-untyped-def]
    small = cv2.resize(astronaut, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
    canvas = np.full((480, 640, 3), 120, np.uint8)
    canvas[100:356, 200:456] = small  # face ~45 px wide, well placed
    report = _judge(detector, canvas)
    assert HINT_SMALL in report.reasons and not report.ok


def test_turned_head_asks_to_look_at_the_camera(detector, astronaut: np.ndarray) -> None:  # type: ignore[no-untyped-def]
    faces = detector.detect(astronaut)
    face = max(faces, key=lambda f: f.area)
    lm = face.landmarks.copy()
    eye_dist = float(lm[1, 0] - lm[0, 0])
    lm[2, 0] = lm[1, 0] + 0.1 * eye_dist  # nose beyond the right eye: a profile view
    report = assess_face(astronaut, Face(face.box, face.score, lm))
    assert HINT_POSE in report.reasons and not report.ok
    assert abs(report.yaw_deg) > 35


def test_pose_estimate_is_zero_for_a_symmetric_face_and_signed() -> None:
    frontal = np.array([[40, 50], [80, 50], [60, 72], [45, 90], [75, 90]], np.float32)
    yaw, pitch, roll = estimate_pose(frontal)
    assert abs(yaw) < 1 and abs(pitch) < 5 and abs(roll) < 1e-6
    left = frontal.copy()
    left[2, 0] = 52
    right = frontal.copy()
    right[2, 0] = 68
    assert estimate_pose(left)[0] < -10 < 10 < estimate_pose(right)[0]
    # roll does not change yaw/pitch: rotate all points by 30 degrees
    a = np.deg2rad(30)
    rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    y2, p2, r2 = estimate_pose(frontal @ rot.T)
    assert abs(y2 - yaw) < 1e-6 and abs(p2 - pitch) < 1e-6 and abs(r2 - 30) < 1e-6


@pytest.mark.shared
def test_real_enrollment_photos_pass(detector, shared_data: Path) -> None:  # type: ignore[no-untyped-def]
    """The first photo of every identity (the one-shot enrollment photo) passes the gate."""
    from desktop_app.recognition.evaluate import pad_image, scan_dataset
    from desktop_app.vision.image_io import load_image

    ds = scan_dataset(shared_data / "faces")
    failed = {}
    for ident, files in ds.identities.items():
        image = pad_image(load_image(files[0]))
        report = _judge(detector, image)
        if not report.ok:
            failed[ident] = report.as_dict()
    assert failed == {}


def test_the_verdict_is_the_same_whichever_embedder_is_active(  # type: ignore[no-untyped-def]
    settings, models_dir: Path, astronaut: np.ndarray
) -> None:
    """Enrolment asks the pipeline; its SFace (112 px chip) and dlib (150 px chip) variants
    judge a sharp photo, a blurred one and an enlarged small one identically."""
    from desktop_app.modelzoo.registry import ModelZoo, build_pipeline
    from tests.recognition.conftest import with_embedder

    zoo = ModelZoo(models_dir)
    pipes = [build_pipeline(with_embedder(settings, e), zoo) for e in ("sface", "dlib_resnet_v1")]
    assert pipes[0].embedder.chip.size != pipes[1].embedder.chip.size
    photos = [astronaut, cv2.GaussianBlur(astronaut, (0, 0), 3.0), small_id_photo(astronaut)]
    verdicts = []
    for pipe in pipes:
        reports = []
        for photo in photos:
            face = max(pipe.detect_still(photo), key=lambda f: f.area)
            reports.append(pipe.assess(photo, face, DEFAULT_THRESHOLDS).as_dict())
        verdicts.append(reports)
    assert verdicts[0] == verdicts[1]
    assert [r["ok"] for r in verdicts[0]] == [True, False, False]
