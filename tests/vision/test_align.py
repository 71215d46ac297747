"""Alignment from MTCNN's 5 landmarks to the dlib ResNet's template reproduces dlib's face
chips (and so its descriptors)."""

from __future__ import annotations

import math
from pathlib import Path

import cv2
import numpy as np
import pytest
from skimage import data as skdata

from desktop_app.config import DetectorSettings
from desktop_app.modelzoo.registry import ModelZoo
from desktop_app.vision import align
from desktop_app.vision.embedder import CHIP, TEMPLATE, WEIGHTS, DlibResNetEmbedder
from desktop_app.vision.image_io import load_image

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "astronaut_dlib.npz"

# mtcnn 1.0.0's (TensorFlow) landmarks for skimage.data.astronaut(), min face 20
# (../shared/data/reference/mtcnn_reference.json, "skimage:astronaut").
ASTRONAUT_MTCNN_REF = np.array(
    [
        [203.541, 100.103],
        [245.409, 102.238],
        [224.224, 126.42],
        [201.789, 138.587],
        [244.389, 140.377],
    ],
    dtype=np.float32,
)


def cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(-1) / np.linalg.norm(a, axis=-1) / np.linalg.norm(b, axis=-1)


@pytest.fixture(scope="module")
def models(tmp_path_factory: pytest.TempPathFactory) -> ModelZoo:
    return ModelZoo(tmp_path_factory.mktemp("models"))


@pytest.fixture(scope="module")
def embedder(models: ModelZoo) -> DlibResNetEmbedder:
    return DlibResNetEmbedder.from_folder(models.ensure("dlib_resnet_v1"))


@pytest.fixture(scope="module")
def detector(models: ModelZoo):  # type: ignore[no-untyped-def]
    from desktop_app.vision.detector import MTCNNDetector

    return MTCNNDetector.from_folder(
        models.ensure("mtcnn"), DetectorSettings(min_face=20, fast=False)
    )


@pytest.fixture(scope="module")
def astronaut_bgr() -> np.ndarray:
    return np.ascontiguousarray(skdata.astronaut()[:, :, ::-1])


@pytest.fixture(scope="module")
def astronaut_ref() -> dict[str, np.ndarray]:
    with np.load(FIXTURE) as z:
        return {k: z[k] for k in z.files}


# ---- geometry (synthetic images) -------------------------------------------------------
def _similarity(angle_deg: float, scale: float, tx: float, ty: float) -> np.ndarray:
    a = math.radians(angle_deg)
    c, s = scale * math.cos(a), scale * math.sin(a)
    return np.array([[c, -s, tx], [s, c, ty]])


@pytest.mark.parametrize("weights", [None, WEIGHTS])
@pytest.mark.parametrize(
    "params", [(0, 1, 0, 0), (30, 2.5, -40, 17), (-75, 0.3, 300, -5), (180, 1.1, 3, 3)]
)
def test_similarity_fit_recovers_a_known_transform(
    params: tuple[float, float, float, float], weights: np.ndarray | None
) -> None:
    m = _similarity(*params)
    src = np.random.default_rng(0).uniform(0, 400, (5, 2))
    dst = src @ m[:, :2].T + m[:, 2]
    assert np.allclose(align.similarity_transform(src, dst, weights), m, atol=1e-9)


def _textured_face_image(size: int = 400) -> np.ndarray:
    rng = np.random.default_rng(1)
    img = cv2.resize(rng.integers(0, 255, (size // 8, size // 8, 3), dtype=np.uint8), (size, size))
    return cv2.GaussianBlur(img, (0, 0), 1.0)


def test_landmarks_at_the_template_give_the_image_itself() -> None:
    img = _textured_face_image(150)
    chip = align.align_face(img, TEMPLATE.copy(), CHIP)
    assert chip.shape == (150, 150, 3) and chip.dtype == np.uint8
    assert np.array_equal(chip, img[:, :, ::-1])  # identity warp, BGR -> RGB


def test_a_rotated_scaled_face_gives_the_same_chip() -> None:
    img = _textured_face_image(300)
    pts = TEMPLATE.astype(np.float64) + 75.0  # a face in the middle of the image
    ref_chip = align.align_face(img, pts, CHIP)
    for angle, scale in ((25, 1.0), (-40, 1.7), (10, 0.8)):
        m = cv2.getRotationMatrix2D((150, 150), angle, scale)
        moved = cv2.warpAffine(img, m, (300, 300), flags=cv2.INTER_CUBIC)
        chip = align.align_face(moved, pts @ m[:, :2].T + m[:, 2], CHIP)
        err = np.abs(chip[20:-20, 20:-20].astype(int) - ref_chip[20:-20, 20:-20]).mean()
        assert err < 6, (angle, scale, err)


def test_a_large_face_is_downscaled_without_aliasing() -> None:
    # fine stripes (period 3 px) on a face 8x larger than the chip average out to grey,
    # as dlib's pyramid makes them; plain bilinear sampling would alias them into bands
    big = np.zeros((1600, 1600, 3), np.uint8)
    big[:, ::3] = 255
    pts = TEMPLATE.astype(np.float64) * 8 + 200
    chip = align.align_face(big, pts, CHIP)
    center = chip[30:120, 30:120].astype(float)
    assert abs(center.mean() - 85) < 10
    assert center.std() < 12


def test_a_face_at_the_border_gets_black_outside_the_image() -> None:
    img = np.full((200, 200, 3), 200, np.uint8)
    pts = TEMPLATE.astype(np.float64) - 60  # face partly off the top-left corner
    chip = align.align_face(img, pts, CHIP)
    assert (chip[:10, :10] == 0).all()
    assert (chip[-10:, -10:] == 200).all()
    off = align.align_face(img, pts - 5000, CHIP)  # entirely outside
    assert off.shape == (150, 150, 3) and not off.any()


# ---- parity with dlib (always on: the public-domain astronaut) --------------------------
def test_astronaut_aligned_from_mtcnn_landmarks_matches_dlib(
    embedder: DlibResNetEmbedder, astronaut_bgr: np.ndarray, astronaut_ref: dict[str, np.ndarray]
) -> None:
    chip = align.align_face(astronaut_bgr, ASTRONAUT_MTCNN_REF, CHIP)
    (desc,) = embedder.embed(chip[None])
    assert cosine(desc, astronaut_ref["descriptor"]) >= 0.99
    assert np.linalg.norm(desc - astronaut_ref["descriptor"]) < 0.25  # dlib's threshold: 0.6
    # and the chip looks like dlib's chip of the same face
    diff = np.abs(chip.astype(int) - astronaut_ref["chip_rgb"].astype(int))
    assert np.median(diff) < 20


def test_astronaut_through_our_detector_matches_dlib(
    embedder: DlibResNetEmbedder,
    detector,  # type: ignore[no-untyped-def]
    astronaut_bgr: np.ndarray,
    astronaut_ref: dict[str, np.ndarray],
) -> None:
    faces = detector.detect(astronaut_bgr)
    face = max(faces, key=lambda f: f.area)
    (desc,) = embedder.embed(align.align_face(astronaut_bgr, face.landmarks, CHIP)[None])
    assert cosine(desc, astronaut_ref["descriptor"]) >= 0.99


# ---- parity with dlib on the real faces (../shared) -------------------------------------
@pytest.mark.shared
@pytest.mark.slow
def test_our_pipeline_matches_dlibs_full_pipeline_on_the_median_face(
    shared_data: Path,
    embedder: DlibResNetEmbedder,
    detector,  # type: ignore[no-untyped-def]
) -> None:
    with np.load(shared_data / "reference" / "dlib_reference.npz") as ref:
        files, expected, dlib_pts = ref["files"], ref["descriptors"], ref["landmarks5"]
    chips, found = [], []
    for i, rel in enumerate(files):
        bgr = load_image(shared_data / "faces" / str(rel))
        pts = dlib_pts[i]
        # the MTCNN face that holds dlib's landmarks
        hits = [
            f
            for f in detector.detect(bgr)
            if f.box[0] <= pts[:, 0].min() <= pts[:, 0].max() <= f.box[2]
            and f.box[1] <= pts[:, 1].min() <= pts[:, 1].max() <= f.box[3]
        ]
        if len(hits) == 1:
            chips.append(align.align_face(bgr, hits[0].landmarks, CHIP))
            found.append(i)
    assert len(found) >= 0.95 * len(files), f"MTCNN found only {len(found)} of {len(files)}"
    got = embedder.embed(np.stack(chips))
    cos = cosine(got, expected[found])
    dist = np.linalg.norm(got - expected[found], axis=1)
    assert np.median(cos) >= 0.99, f"median cosine {np.median(cos):.4f}"
    # every face stays well inside dlib's same-person distance of its own descriptor
    assert dist.max() < 0.45, f"{files[found[int(np.argmax(dist))]]}: distance {dist.max():.3f}"
