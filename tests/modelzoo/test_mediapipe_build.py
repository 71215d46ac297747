"""The vendored MediaPipe models convert to ONNX that finds and outlines a real face.

Always-on (no ../shared): the files come from resources/, the face is scikit-image's
public-domain astronaut with dlib's own 5 landmarks for it (tests/fixtures/astronaut_dlib.npz).
MediaPipe's own outputs are compared in tests/vision/test_mediapipe_parity.py.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import cv2
import numpy as np
import onnx
import pytest

from desktop_app.errors import ModelError
from desktop_app.modelzoo import mediapipe_face as mp_spec
from desktop_app.vision.blazeface import (
    FULL_RANGE,
    SHORT_RANGE,
    BlazeFace,
    BlazeFaceDetector,
    ssd_anchors,
)
from desktop_app.vision.face_mesh import FaceMesh, FaceMeshLandmarker, roi_from_box
from desktop_app.vision.types import Face

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def onnx_models() -> dict[str, bytes]:
    return {name: mp_spec.build_onnx(m) for name, m in mp_spec.MODELS.items()}


def test_cards_pin_the_files_provenance_records() -> None:
    recorded = {f: e["sha256"] for f, e in mp_spec.provenance()["files"].items()}
    pinned = {**mp_spec.BLAZEFACE_CARD.sha256, **mp_spec.FACE_MESH_CARD.sha256}
    assert pinned == recorded
    assert mp_spec.BLAZEFACE_CARD.commercial_use and mp_spec.FACE_MESH_CARD.commercial_use
    assert "Apache License" in (mp_spec.vendored_dir() / "LICENSE").read_text()[:100]


def test_registry_builds_and_loads_the_stack(
    tmp_path: Path, astronaut: tuple[np.ndarray, np.ndarray]
) -> None:
    """models build -> pipeline: the astronaut's chip embeds like dlib's own chip of her."""
    from desktop_app.config import load_settings
    from desktop_app.modelzoo.registry import ModelZoo, build_pipeline

    cfg = tmp_path / "settings.toml"
    cfg.touch()
    settings = load_settings(
        config_file=cfg,
        environ={},
        data_dir=tmp_path,
        # dlib: the check below compares with dlib's own descriptor of her
        recognition={
            "detector": "blazeface",
            "landmarker": "face_mesh",
            "embedder": "dlib_resnet_v1",
        },
    )
    zoo = ModelZoo(tmp_path / "models")
    pipe = build_pipeline(settings, zoo)
    assert zoo.status("blazeface").ok and zoo.status("face_mesh").ok
    # camera frames: one mesh pass; stills: detector.mesh_refine more
    assert isinstance(pipe.landmarker, FaceMeshLandmarker)
    assert isinstance(pipe.still_landmarker, FaceMeshLandmarker)
    assert (pipe.landmarker.refine_passes, pipe.still_landmarker.refine_passes) == (0, 1)
    image, _ = astronaut
    obs = pipe.process(image, flip=False)
    assert len(obs) == 1 and obs[0].face.openness is not None
    ref = np.load(FIXTURES / "astronaut_dlib.npz")["descriptor"]
    e = obs[0].embedding
    assert float(e @ ref / np.linalg.norm(e) / np.linalg.norm(ref)) > 0.99


@pytest.fixture(scope="module")
def astronaut() -> tuple[np.ndarray, np.ndarray]:
    from skimage import data

    ref = np.load(FIXTURES / "astronaut_dlib.npz")
    return cv2.cvtColor(data.astronaut(), cv2.COLOR_RGB2BGR), ref["landmarks5"]


class _Stack:
    """BlazeFace then Face Mesh, as the pipeline runs a detector and its landmarker."""

    def __init__(self, onnx_models: dict[str, bytes], detector: str) -> None:
        cfg = SHORT_RANGE if detector == "blazeface_short_range" else FULL_RANGE
        self.detector = BlazeFaceDetector(detector, [BlazeFace(onnx_models[detector], cfg)])
        self.landmarker = FaceMeshLandmarker(FaceMesh(onnx_models["face_mesh"]))

    def detect(self, image: np.ndarray) -> list[Face]:
        return self.landmarker.refine(image, self.detector.detect(image))


def _stack(onnx_models: dict[str, bytes], detector: str) -> _Stack:
    return _Stack(onnx_models, detector)


@pytest.mark.parametrize(
    ("name", "convs", "channel_pads", "pads", "outputs"),
    [
        ("blazeface_short_range", 37, 11, 0, [[1, 896, 16], [1, 896, 1]]),
        ("blazeface_full_range", 91, 0, 43, [[1, 2304, 16], [1, 2304, 1]]),
        ("face_mesh", 45, 3, 0, [[0, 1, 1, 1404], [0, 1, 1, 1]]),  # 0: the free batch dimension
    ],
)
def test_conversion_folds_weights_and_keeps_tflite_io(
    onnx_models: dict[str, bytes],
    name: str,
    convs: int,
    channel_pads: int,
    pads: int,
    outputs: list[list[int]],
) -> None:
    model = onnx.load_from_string(onnx_models[name])
    ops = Counter(n.op_type for n in model.graph.node)
    # every CONV_2D and DEPTHWISE_CONV_2D of the TFLite file, plus each PAD of channels as a
    # 1x1 identity convolution (spatial PADs stay Pad); nothing left to dequantize/densify
    assert ops["Conv"] == convs + channel_pads
    assert ops["Pad"] == pads
    assert not {"DequantizeLinear", "Cast"} & set(ops)
    shapes = [[d.dim_value for d in o.type.tensor_type.shape.dim] for o in model.graph.output]
    assert shapes == outputs
    assert [o.name for o in model.graph.output] == list(mp_spec.MODELS[name].outputs)


def test_anchor_counts_match_the_models() -> None:
    assert len(ssd_anchors(SHORT_RANGE)) == 896
    assert len(ssd_anchors(FULL_RANGE)) == 2304


@pytest.mark.parametrize("detector", ["blazeface_short_range", "blazeface_full_range"])
def test_stack_finds_the_astronaut_with_points_where_dlib_puts_them(
    onnx_models: dict[str, bytes], astronaut: tuple[np.ndarray, np.ndarray], detector: str
) -> None:
    image, dlib5 = astronaut
    faces = _stack(onnx_models, detector).detect(image)
    assert len(faces) == 1  # her face; not the mission patch
    face = faces[0]
    assert face.score > 0.8
    # dlib's points: image-right eye outer/inner, image-left eye outer/inner, nose base
    left_eye = (dlib5[2] + dlib5[3]) / 2
    right_eye = (dlib5[0] + dlib5[1]) / 2
    assert np.linalg.norm(face.landmarks[0] - left_eye) < 3.0
    assert np.linalg.norm(face.landmarks[1] - right_eye) < 3.0
    x1, y1, x2, y2 = face.box
    assert x1 < left_eye[0] < right_eye[0] < x2 and y1 < left_eye[1] < y2
    assert face.openness is not None
    left, right, mouth = face.openness
    assert 0.15 < left < 0.6 and 0.15 < right < 0.6  # eyes open in the photo
    assert 0.0 <= mouth < 0.3  # a closed smile


def test_landmarker_follows_a_face_from_last_frames_points(
    onnx_models: dict[str, bytes], astronaut: tuple[np.ndarray, np.ndarray]
) -> None:
    image, _ = astronaut
    stack = _stack(onnx_models, "blazeface_short_range")
    first = stack.detect(image)
    moved = np.roll(image, (12, -9), axis=(0, 1))  # the face moves 9 px left, 12 px down
    again = stack.landmarker.refine(moved, first)  # last frame's box and eyes as the ROI
    assert len(again) == 1
    shift = again[0].landmarks - first[0].landmarks
    assert np.allclose(shift.mean(0), [-9, 12], atol=1.5)
    assert stack.landmarker.refine(np.zeros_like(image), first) == []  # no face there now


def test_no_face_in_a_blank_image(onnx_models: dict[str, bytes]) -> None:
    stack = _stack(onnx_models, "blazeface_short_range")
    assert stack.detect(np.full((480, 640, 3), 127, np.uint8)) == []


def test_damaged_vendored_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = mp_spec.vendored_dir()
    shutil.copytree(src, tmp_path / "mediapipe")
    model = mp_spec.BLAZEFACE_SHORT
    path = tmp_path / "mediapipe" / model.tflite
    data = bytearray(path.read_bytes())
    data[5000] ^= 0xFF
    path.write_bytes(bytes(data))
    monkeypatch.setattr(mp_spec, "vendored_dir", lambda: tmp_path / "mediapipe")
    with pytest.raises(ModelError, match="damaged"):
        mp_spec.build_onnx(model)
    path.unlink()
    with pytest.raises(ModelError, match="missing"):
        mp_spec.build_onnx(model)


def test_garbage_is_a_clear_model_error() -> None:
    from desktop_app.modelzoo.tflite_onnx import convert

    with pytest.raises(ModelError, match="not a TFLite model"):
        convert(b"\x00" * 64, "junk", "input", ["a", "b"])
    data = (mp_spec.vendored_dir() / mp_spec.FACE_MESH.tflite).read_bytes()
    with pytest.raises(ModelError, match="face_mesh"):
        convert(data[: len(data) // 3], "face_mesh", "input", ["a", "b"])  # truncated


def test_camera_frames_are_read_without_an_rgb_copy_and_give_the_same_faces(
    onnx_models: dict[str, bytes], astronaut: tuple[np.ndarray, np.ndarray]
) -> None:
    """BGR frames go in as they are (the colour swap happens on the small tensors): the
    boxes, keypoints and mesh equal those of the RGB image exactly."""
    image, _ = astronaut
    rgb = np.ascontiguousarray(image[:, :, ::-1])
    short = BlazeFace(onnx_models["blazeface_short_range"], SHORT_RANGE)
    from_rgb, from_bgr = short.detect_rgb(rgb), short.detect_bgr(image)
    assert len(from_rgb) == len(from_bgr) == 1
    assert from_bgr[0].box == from_rgb[0].box
    assert np.array_equal(from_bgr[0].keypoints, from_rgb[0].keypoints)
    mesh = FaceMesh(onnx_models["face_mesh"])
    roi = roi_from_box(from_rgb[0].box, from_rgb[0].keypoints[0], from_rgb[0].keypoints[1])
    assert np.array_equal(
        mesh.run(image, [roi], bgr=True)[0].points, mesh.run(rgb, [roi])[0].points
    )
