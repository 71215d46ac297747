"""MTCNN detector: reproduces mtcnn 1.0.0, finds every face of our photos, tracks.

Real models (built from the ``mtcnn`` PyPI package's weights), real faces via ``shared_data``;
the astronaut tests always run (scikit-image's public-domain image, the package's own numbers
for it copied from ``shared/data/reference/mtcnn_reference.json``).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import cv2
import numpy as np
import pytest

from desktop_app.config import DetectorSettings
from desktop_app.modelzoo.registry import ModelZoo
from desktop_app.vision.boxes import iou_matrix
from desktop_app.vision.detector import MTCNNDetector
from desktop_app.vision.image_io import load_image
from desktop_app.vision.types import Detector, Face

# mtcnn 1.0.0 (TensorFlow) on skimage.data.astronaut(), RGB, xyxy (from mtcnn_reference.json).
ASTRONAUT_REFERENCE = {
    20: {
        "box": [181.598, 63.726, 264.553, 171.079],
        "landmarks_x": [203.541, 245.409, 224.224, 201.789, 244.389],
        "landmarks_y": [100.103, 102.238, 126.42, 138.587, 140.377],
    },
    40: {
        "box": [180.387, 64.498, 264.985, 171.998],
        "landmarks_x": [203.741, 246.068, 224.761, 201.291, 244.33],
        "landmarks_y": [100.187, 102.625, 126.219, 138.709, 140.995],
    },
}

# Photos filed under one identity that really show other people too (checked by eye on the
# detections): the subject is the largest face; at most this many others may be found.
BACKGROUND_PEOPLE = {
    "jack_dorsey/3.jpg": 1,  # a man in profile at the left edge
    "jack_dorsey/5.jpg": 2,  # two people behind him
    "jennifer_aniston/4.jpg": 2,  # two blurred people behind her
    "matt_damon/3.jpg": 1,  # a man half hidden behind his shoulder
    "george_clooney/1.jpg": 1,  # the blurred crowd behind him
}
# Single-person photos where MTCNN (at its stock thresholds 0.6/0.7/0.8) reports a non-face:
# a known detector limitation, listed so the report shows it rather than hiding it.
KNOWN_FALSE_POSITIVES = {
    ("lin_manuel_miranda/1.png", "exact"): "his hair (O-Net 0.83-0.96)",
    ("lin_manuel_miranda/1.png", "fast"): "his hair (O-Net 0.85-0.96)",
    ("katy_perry/8.jpg", "fast"): "her hair band (O-Net 0.80, at the threshold)",
    ("matt_damon/5.jpg", "fast"): "jacket texture in the padded copy (O-Net 0.89)",
    ("george_clooney/2.jpg", "fast"): "the edge of the grey padding (O-Net 0.95)",
    ("barack_obama/1.jpg", "fast"): "the edge of the grey padding (O-Net 0.88)",
}


@pytest.fixture(scope="module")
def mtcnn_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return ModelZoo(tmp_path_factory.mktemp("models")).ensure("mtcnn")


@pytest.fixture(scope="module")
def detector(mtcnn_folder: Path) -> MTCNNDetector:
    return MTCNNDetector.from_folder(mtcnn_folder, DetectorSettings(fast=False))


def _astronaut_bgr() -> np.ndarray:
    from skimage import data

    return cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR)


def _best_iou(box: list[float], faces: list[Face]) -> tuple[float, int]:
    if not faces:
        return 0.0, -1
    boxes = np.array([box, *[f.box for f in faces]], np.float64)
    boxes = np.hstack([boxes, np.zeros((len(boxes), 1))])
    ious = iou_matrix(boxes, boxes)[0, 1:]
    j = int(np.argmax(ious))
    return float(ious[j]), j


def _landmarks_inside(face: Face) -> bool:
    x1, y1, x2, y2 = face.box
    lm = face.landmarks
    return bool(np.all((lm[:, 0] >= x1) & (lm[:, 0] <= x2) & (lm[:, 1] >= y1) & (lm[:, 1] <= y2)))


def _grey_border(image: np.ndarray, fraction: float = 0.4) -> tuple[np.ndarray, int]:
    pad = round(fraction * max(image.shape[:2]))
    padded = cv2.copyMakeBorder(
        image, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(128, 128, 128)
    )
    return padded, pad


# ---- always-on -----------------------------------------------------------------------------
def test_detector_satisfies_protocol(detector: MTCNNDetector) -> None:
    assert isinstance(detector, Detector)
    assert detector.name == "mtcnn"


@pytest.mark.parametrize("min_face", [20, 40])
def test_exact_mode_reproduces_mtcnn_on_astronaut(detector: MTCNNDetector, min_face: int) -> None:
    ref = ASTRONAUT_REFERENCE[min_face]
    faces = detector.with_options(min_face=min_face, fast=False).detect(_astronaut_bgr())
    assert len(faces) == 1
    iou, j = _best_iou(ref["box"], faces)
    assert iou >= 0.99
    expected = np.stack([ref["landmarks_x"], ref["landmarks_y"]], axis=1)
    assert faces[j].landmarks.shape == (5, 2) and faces[j].landmarks.dtype == np.float32
    assert np.abs(faces[j].landmarks - expected).max() < 0.5


@pytest.mark.parametrize("min_face", [20, 40])
def test_fast_mode_finds_the_astronaut(detector: MTCNNDetector, min_face: int) -> None:
    faces = detector.with_options(min_face=min_face, fast=True).detect(_astronaut_bgr())
    assert len(faces) == 1
    iou, _ = _best_iou(ASTRONAUT_REFERENCE[min_face]["box"], faces)
    assert iou >= 0.9
    assert _landmarks_inside(faces[0])


def test_landmarks_are_in_mtcnn_order(detector: MTCNNDetector) -> None:
    (face,) = detector.detect(_astronaut_bgr())
    left_eye, right_eye, nose, mouth_left, mouth_right = face.landmarks
    assert left_eye[0] < nose[0] < right_eye[0]  # image left to right
    assert mouth_left[0] < mouth_right[0]
    assert max(left_eye[1], right_eye[1]) < nose[1] < min(mouth_left[1], mouth_right[1])


def test_mirrored_image_mirrors_the_face(detector: MTCNNDetector) -> None:
    image = _astronaut_bgr()
    (face,) = detector.detect(image)
    (flipped,) = detector.detect(np.ascontiguousarray(image[:, ::-1]))
    w = image.shape[1]
    mirrored = [w - 1 - face.box[2], face.box[1], w - 1 - face.box[0], face.box[3]]
    assert _best_iou(mirrored, [flipped])[0] > 0.85


def test_no_face_in_blank_or_tiny_images(detector: MTCNNDetector) -> None:
    for fast in (False, True):
        d = detector.with_options(fast=fast)
        assert d.detect(np.full((480, 640, 3), 128, np.uint8)) == []
        assert d.detect(np.zeros((8, 8, 3), np.uint8)) == []
        noise = np.random.default_rng(0).integers(0, 256, (480, 640, 3), dtype=np.uint8)
        assert d.detect(noise) == []


def test_thread_setting_reaches_onnxruntime_and_changes_no_box(mtcnn_folder: Path) -> None:
    """``detector.threads`` sets the sessions' intra-op threads; the boxes stay the same."""
    image = _astronaut_bgr()
    found = {}
    for threads in (1, 2):
        det = MTCNNDetector.from_folder(mtcnn_folder, DetectorSettings(fast=True, threads=threads))
        for session in (det._pnet, det._rnet, det._onet):
            assert session.get_session_options().intra_op_num_threads == threads
        found[threads] = det.detect(image)
    assert len(found[1]) == len(found[2]) == 1
    np.testing.assert_allclose(found[1][0].box, found[2][0].box, atol=1e-3)


def test_grey_and_bgra_images_are_accepted(detector: MTCNNDetector) -> None:
    image = _astronaut_bgr()
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    assert len(detector.detect(grey)) == 1
    assert len(detector.detect(cv2.cvtColor(image, cv2.COLOR_BGR2BGRA))) == 1


def test_min_face_setting_drops_small_faces(detector: MTCNNDetector) -> None:
    small = cv2.resize(_astronaut_bgr(), (256, 256), interpolation=cv2.INTER_AREA)  # face ~40 px
    assert len(detector.with_options(min_face=20).detect(small)) == 1
    assert detector.with_options(min_face=120).detect(small) == []


@pytest.mark.parametrize("fast", [False, True])
def test_tracking_follows_a_moving_face(detector: MTCNNDetector, fast: bool) -> None:
    d = detector.with_options(fast=fast)
    canvas = np.full((480, 640, 3), 90, np.uint8)
    face_img = cv2.resize(_astronaut_bgr()[40:220, 140:310], (170, 180))

    def frame(dx: int) -> np.ndarray:
        f = canvas.copy()
        f[150:330, 100 + dx : 270 + dx] = face_img
        return f

    faces = d.detect(frame(0))
    assert len(faces) == 1
    for dx in range(6, 90, 6):  # 6 px per frame to the right
        faces = d.track(frame(dx), faces)
        assert len(faces) == 1
        assert _landmarks_inside(faces[0])
    full = d.detect(frame(84))
    assert _best_iou(list(full[0].box), faces)[0] > 0.8
    # The face leaves: tracking drops it instead of inventing one.
    assert d.track(canvas, faces) == []
    assert d.track(frame(0), []) == []


# ---- against the package's own outputs (../shared) -------------------------------------------
def _reference(shared_data: Path) -> dict:
    return json.loads((shared_data / "reference" / "mtcnn_reference.json").read_text())["images"]


def _load(shared_data: Path, key: str) -> np.ndarray:
    if key.startswith("skimage:"):
        return _astronaut_bgr()
    return load_image(shared_data / "faces" / key)


def test_exact_mode_matches_reference(detector: MTCNNDetector, shared_data: Path) -> None:
    checked = 0
    for key, entry in _reference(shared_data).items():
        image = _load(shared_data, key)
        for min_face, ref in entry["min_face"].items():
            faces = detector.with_options(min_face=int(min_face), fast=False).detect(image)
            for i, box in enumerate(ref["boxes"]):
                iou, j = _best_iou(box, faces)
                assert iou >= 0.99, (key, min_face, i, iou)
                expected = np.stack([ref["landmarks_x"][i], ref["landmarks_y"][i]], axis=1)
                assert np.abs(faces[j].landmarks - expected).max() < 1.0, (key, min_face, i)
                checked += 1
    assert checked >= 20


def test_fast_mode_matches_reference(detector: MTCNNDetector, shared_data: Path) -> None:
    """No reference face missed; boxes within the noise of a different pyramid.

    The fast pyramid (other level sizes, uint8 pixels) changes which of a face's candidate
    boxes wins each NMS; on these large photos the result moves by IoU 0.88-1.0 (mean 0.94).
    Any variant of the fast pyramid we tried (area or bilinear chains, float levels, exact
    crops) stayed at a minimum of 0.84-0.88: the spread is the cascade's, not a defect. So each
    box must match at >= 0.85 and the mean at >= 0.93.
    """
    ious = []
    for key, entry in _reference(shared_data).items():
        image = _load(shared_data, key)
        for min_face, ref in entry["min_face"].items():
            faces = detector.with_options(min_face=int(min_face), fast=True).detect(image)
            for i, box in enumerate(ref["boxes"]):
                iou, _ = _best_iou(box, faces)
                assert iou >= 0.85, (key, min_face, i, iou)
                ious.append(iou)
    assert float(np.mean(ious)) >= 0.93


def _manifest(shared_data: Path) -> list[dict[str, str]]:
    with open(shared_data / "faces" / "MANIFEST.csv", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["exact", "fast"])
def test_every_single_person_photo_has_one_face(
    detector: MTCNNDetector, shared_data: Path, mode: str
) -> None:
    d = detector.with_options(fast=mode == "fast")
    failures, known = [], []
    photos = [r["path"] for r in _manifest(shared_data) if not r["path"].startswith("_groups/")]
    assert len(photos) >= 90
    for path in photos:
        image = load_image(shared_data / "faces" / path)
        padded, _ = _grey_border(image)
        for variant, img in (("plain", image), ("padded", padded)):
            faces = d.detect(img)
            subject = max(faces, key=lambda f: f.area) if faces else None
            allowed = 1 + BACKGROUND_PEOPLE.get(path, 0)
            ok = subject is not None and _landmarks_inside(subject) and len(faces) <= allowed
            if not ok:
                entry = f"{path} ({variant}): {len(faces)} faces"
                (known if (path, mode) in KNOWN_FALSE_POSITIVES else failures).append(entry)
    assert not failures, failures
    if known:
        pytest.xfail(f"known MTCNN false positives: {known}")


@pytest.mark.parametrize("mode", ["exact", "fast"])
def test_group_photos_find_at_least_the_reference_count(
    detector: MTCNNDetector, shared_data: Path, mode: str
) -> None:
    reference = _reference(shared_data)
    groups = [r for r in _manifest(shared_data) if r["path"].startswith("_groups/")]
    assert len(groups) >= 5
    for row in groups:
        path = row["path"]
        image = load_image(shared_data / "faces" / path)
        if path in reference:
            expected = {int(m): len(v["boxes"]) for m, v in reference[path]["min_face"].items()}
        else:  # "barack_obama + joe_biden": one face per named person
            expected = {40: row["person_or_content"].count("+") + 1}
        for min_face, count in expected.items():
            d = detector.with_options(min_face=min_face, fast=mode == "fast")
            faces = d.detect(image)
            assert len(faces) >= count, (path, min_face, len(faces), count)
            # A face cut by the image border has a clipped box but extrapolated landmarks.
            h, w = image.shape[:2]
            inner = [f for f in faces if f.box[0] > 0 and f.box[1] > 0]
            inner = [f for f in inner if f.box[2] < w - 1 and f.box[3] < h - 1]
            assert all(_landmarks_inside(f) for f in inner), path
