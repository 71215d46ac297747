"""MediaPipe's BlazeFace and Face Mesh, converted from the ``.tflite`` files vendored in
``resources/models/mediapipe/`` (Apache-2.0; from the PyPI wheel ``mediapipe==0.10.14``, see
PROVENANCE.json there: newer wheels no longer ship them, and 0.10.14 has no wheel for every
Python we support, so the files travel with the app instead of being read from a package).

Each model is one ONNX file built by ``modelzoo.tflite_onnx`` at ``models build``; the vendored
file's sha256 is checked against PROVENANCE.json before converting. Inputs keep TFLite's NHWC
float32 layout (``input``); outputs: detectors ``regressors (1, N, 16)``, ``classificators
(1, N, 1)``; Face Mesh ``landmarks (1, 1, 1, 1404)``, ``face_flag (1, 1, 1, 1)``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import ModelError
from desktop_app.fileio import sha256_file
from desktop_app.paths import resource_path

PACKAGE = "mediapipe"
VERSION = "0.10.14"
LICENCE = "Apache-2.0"
LICENCE_URL = "https://github.com/google-ai-edge/mediapipe/blob/v0.10.14/LICENSE"


@dataclass(frozen=True)
class TfliteModel:
    name: str  # registry name
    tflite: str  # vendored file name
    onnx: str  # output file name
    outputs: tuple[str, str]
    description: str
    model_card: str


BLAZEFACE_SHORT = TfliteModel(
    "blazeface_short_range",
    "face_detection_short_range.tflite",
    "blazeface_short_range.onnx",
    ("regressors", "classificators"),
    "MediaPipe BlazeFace short range (faces within ~2 m: kiosk, desk camera)",
    "https://mediapipe.page.link/blazeface-mc",
)
BLAZEFACE_FULL = TfliteModel(
    "blazeface_full_range",
    "face_detection_full_range_sparse.tflite",
    "blazeface_full_range.onnx",
    ("regressors", "classificators"),
    "MediaPipe BlazeFace full range, sparse (faces within ~5 m: a room)",
    "https://mediapipe.page.link/blazeface-back-sparse-mc",
)
FACE_MESH = TfliteModel(
    "face_mesh",
    "face_landmark.tflite",
    "face_mesh.onnx",
    ("landmarks", "face_flag"),
    "MediaPipe Face Mesh: 468 face landmarks (5 alignment points, eye and mouth openness)",
    "https://mediapipe.page.link/facemesh-mc",
)
MODELS = {m.name: m for m in (BLAZEFACE_SHORT, BLAZEFACE_FULL, FACE_MESH)}


def vendored_dir() -> Path:
    return resource_path("models", "mediapipe")


def provenance() -> dict:
    path = vendored_dir() / "PROVENANCE.json"
    try:
        return dict(json.loads(path.read_text()))
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"The MediaPipe model provenance file {path} is missing or damaged ({exc}). "
            "Reinstall face-attendance."
        ) from exc


def vendored_file(model: TfliteModel) -> Path:
    """The vendored ``.tflite``, checked against the sha256 in PROVENANCE.json."""
    path = vendored_dir() / model.tflite
    expected = provenance()["files"][model.tflite]["sha256"]
    if not path.is_file():
        raise ModelError(f"The MediaPipe model file {path} is missing. Reinstall face-attendance.")
    actual = sha256_file(path)
    if actual != expected:
        raise ModelError(
            f"The MediaPipe model file {path} is damaged (sha256 {actual[:12]}..., expected "
            f"{expected[:12]}... from PROVENANCE.json). Reinstall face-attendance."
        )
    return path


def build_onnx(model: TfliteModel) -> bytes:
    """Convert one vendored model; the serialised ONNX model."""
    from desktop_app.modelzoo.tflite_onnx import convert

    data = vendored_file(model).read_bytes()
    onnx_model = convert(data, model.name, "input", list(model.outputs))
    onnx_model.doc_string = (
        f"{model.description}; converted from {model.tflite} of {PACKAGE} {VERSION} ({LICENCE})"
    )
    return bytes(onnx_model.SerializeToString())


def build_into(model: TfliteModel, folder: Path) -> list[str]:
    (folder / model.onnx).write_bytes(build_onnx(model))
    return [model.onnx]
