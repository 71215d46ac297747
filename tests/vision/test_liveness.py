"""Liveness from landmark geometry, with the real MTCNN on the public-domain astronaut:
a flat photo moved, rotated and tilted in front of the camera never passes a challenge; a
synthetic 3-D head turn / nod does; a frozen picture is rejected by the passive cue."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
from skimage import data

from desktop_app.config import DetectorSettings
from desktop_app.vision.detector import MTCNNDetector
from desktop_app.vision.liveness import (
    ActiveChallenge,
    Challenge,
    StaticFaceCue,
    Verdict,
    pose_proxies,
)
from tests.liveness_synth import (
    head_turn_clip,
    replay,
    rigid_photo_clip,
    still_clip,
)


@pytest.fixture(scope="module")
def detector(models_dir: Path) -> MTCNNDetector:
    return MTCNNDetector.from_folder(models_dir / "mtcnn", DetectorSettings())


@pytest.fixture(scope="module")
def astronaut(detector: MTCNNDetector) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(image BGR, its face's landmarks, a crop of the face as a 'printed photo')."""
    img = cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)
    f = max(detector.detect(img), key=lambda f: f.area)
    x1, y1, x2, y2 = (int(v) for v in f.box)
    m = int(0.6 * (x2 - x1))
    photo = img[max(0, y1 - m) : y2 + m, max(0, x1 - m) : x2 + m].copy()
    return img, f.landmarks, photo


@pytest.fixture(scope="module")
def background() -> np.ndarray:
    return cv2.cvtColor(data.coffee(), cv2.COLOR_RGB2BGR)


def test_pose_proxies_are_invariant_to_moving_a_flat_face() -> None:
    lm = np.array([[100, 100], [140, 100], [120, 125], [104, 145], [136, 145]], np.float64)
    base = pose_proxies(lm)
    a = np.deg2rad(25)
    rot = np.array([[np.cos(a), -np.sin(a)], [np.sin(a), np.cos(a)]])
    moved = (lm - 120) @ rot.T * 1.7 + [300, 50]
    p = pose_proxies(moved)
    assert p.yaw == pytest.approx(base.yaw, abs=1e-9)
    assert p.pitch == pytest.approx(base.pitch, abs=1e-9)
    turned = lm.copy()
    turned[2, 0] += 8  # the nose leaves the symmetry axis: the person turned to their left
    assert pose_proxies(turned).yaw > base.yaw + 0.15


@pytest.mark.parametrize(
    ("challenge", "axis"),
    [
        (Challenge.TURN_LEFT, "vertical"),
        (Challenge.TURN_RIGHT, "vertical"),
        (Challenge.TURN_LEFT, "horizontal"),
    ],
)
def test_rigid_photo_moved_around_is_rejected(detector, astronaut, background, challenge, axis):
    _, _, photo = astronaut
    for seed, tilt in ((0, 40.0), (1, -40.0)):
        clip = rigid_photo_clip(
            photo, background, frames=24, tilt_axis=axis, tilt_deg=tilt, seed=seed
        )
        check = replay(detector, clip, challenge)
        assert len(check.poses) >= 15, "the photo's face must be detected to make the test count"
        assert check.status.verdict is not Verdict.PASSED
        assert check.status.progress < 0.7


@pytest.mark.parametrize(
    ("challenge", "kind", "peak"),
    [
        (Challenge.TURN_LEFT, "yaw", 30.0),
        (Challenge.TURN_RIGHT, "yaw", -30.0),
        (Challenge.NOD, "pitch", 25.0),
    ],
)
def test_synthetic_head_movement_is_accepted(detector, astronaut, challenge, kind, peak):
    img, lm, _ = astronaut
    clip = head_turn_clip(img, lm, kind=kind, peak_deg=peak, frames=20)
    check = replay(detector, clip, challenge)
    assert check.status.verdict is Verdict.PASSED, check.status


def test_turn_the_wrong_way_is_not_accepted(detector, astronaut):
    img, lm, _ = astronaut
    check = replay(
        detector, head_turn_clip(img, lm, peak_deg=30.0, frames=20), Challenge.TURN_RIGHT
    )
    assert check.status.verdict is not Verdict.PASSED


def test_frozen_picture_is_rejected_by_the_static_cue(detector, astronaut):
    img, _, _ = astronaut
    check = replay(detector, still_clip(img, 20), Challenge.TURN_LEFT)
    assert check.status.verdict is Verdict.FAILED
    assert "does not move" in check.status.reason


def test_static_cue_accepts_camera_noise_on_a_real_face(detector, astronaut):
    img, _, _ = astronaut
    rng = np.random.default_rng(0)
    cue = StaticFaceCue(frames=12)
    flags = []
    for _ in range(15):
        noisy = np.clip(img + rng.normal(0, 2.0, img.shape), 0, 255).astype(np.uint8)
        f = max(detector.detect(noisy), key=lambda f: f.area)
        flags.append(cue.observe(f.landmarks, f.box))
    assert not any(flags)


def test_identity_must_stay_the_same():
    lm = np.array([[100, 100], [140, 100], [120, 125], [104, 145], [136, 145]], np.float32)
    box = (80.0, 70.0, 160.0, 170.0)
    check = ActiveChallenge(Challenge.TURN_LEFT, track_id=1, person_id=5, started_at=0.0)
    check.observe(lm, box, track_id=1, person_id=5, at=0.1)
    assert check.observe(lm + 0.5, box, track_id=1, person_id=6, at=0.2).failed
    check = ActiveChallenge(Challenge.TURN_LEFT, track_id=1, person_id=5, started_at=0.0)
    check.observe(lm, box, track_id=1, person_id=5, at=0.1)
    assert check.observe(lm + 0.5, box, track_id=2, person_id=5, at=0.2).failed
