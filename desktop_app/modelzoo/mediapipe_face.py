"""MediaPipe's BlazeFace and Face Mesh, converted from the ``.tflite`` files vendored in
``resources/models/mediapipe/`` (Apache-2.0; from the PyPI wheel ``mediapipe==0.10.14``, see
PROVENANCE.json there: newer wheels no longer ship them, and 0.10.14 has no wheel for every
Python we support, so the files travel with the app instead of being read from a package).

Two registry models: the detector ``blazeface`` (short and full range: two ONNX files, as
MTCNN's three nets are one detector) and the landmarker ``face_mesh``. Each ``.tflite`` becomes
one ONNX file by ``modelzoo.tflite_onnx`` at ``models build``; the vendored file's sha256 (the
card's, the same as PROVENANCE.json's) is checked before converting. Inputs keep TFLite's NHWC
float32 layout (``input``); outputs: detectors ``regressors (1, N, 16)``, ``classificators
(1, N, 1)``; Face Mesh ``landmarks (1, 1, 1, 1404)``, ``face_flag (1, 1, 1, 1)``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop_app.errors import ModelError
from desktop_app.fileio import sha256_file
from desktop_app.i18n import translate
from desktop_app.modelzoo.cards import Builder, ModelCard, Progress, Role
from desktop_app.paths import resource_path
from desktop_app.vision.blazeface import BlazeFaceDetector
from desktop_app.vision.face_mesh import FaceMeshLandmarker

PACKAGE = "mediapipe"
VERSION = "0.10.14"
LICENCE = "Apache-2.0"
LICENCE_URL = "https://github.com/google-ai-edge/mediapipe/blob/v0.10.14/LICENSE"
VENDORED = "resources/models/mediapipe"
# 2: Face Mesh with a batch dimension; 3: PRELU as a*x + (1-a)*Relu; 4: channel PAD as a
# 1x1 identity Conv; 5: PRELU with slopes <= 1 as a*x + Relu((1-a)*x)
CONVERTER_VERSION = "5"


@dataclass(frozen=True)
class TfliteModel:
    name: str  # short name of the network
    tflite: str  # vendored file name
    onnx: str  # output file name
    outputs: tuple[str, str]
    description: str
    model_card: str
    sha256: str  # of the vendored .tflite (as PROVENANCE.json records it)
    batch: bool = False  # a free batch dimension in the ONNX model


BLAZEFACE_SHORT = TfliteModel(
    "blazeface_short_range",
    "face_detection_short_range.tflite",
    BlazeFaceDetector.SHORT_FILE,
    ("regressors", "classificators"),
    "MediaPipe BlazeFace short range (faces within ~2 m: kiosk, desk camera)",
    "https://mediapipe.page.link/blazeface-mc",
    "bbff11cebd1eb27a1e004cae0b0e63ec8c551cbf34a4451148b4908b8db3eca8",
)
BLAZEFACE_FULL = TfliteModel(
    "blazeface_full_range",
    "face_detection_full_range_sparse.tflite",
    BlazeFaceDetector.FULL_FILE,
    ("regressors", "classificators"),
    "MediaPipe BlazeFace full range, sparse (faces within ~5 m: a room)",
    "https://mediapipe.page.link/blazeface-back-sparse-mc",
    "2c3728e6da56f21e21a320433396fb06d40d9088f2247c05e5635a688d45dfe1",
)
FACE_MESH = TfliteModel(
    "face_mesh",
    "face_landmark.tflite",
    FaceMeshLandmarker.FILE,
    ("landmarks", "face_flag"),
    "MediaPipe Face Mesh: 468 face landmarks (5 alignment points, eye and mouth openness)",
    "https://mediapipe.page.link/facemesh-mc",
    "1055cb9d4a9ca8b8c688902a3a5194311138ba256bcc94e336d8373a5f30c814",
    batch=True,  # all faces of a frame in one run
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
    """The vendored ``.tflite``, checked against its sha256."""
    path = vendored_dir() / model.tflite
    expected = model.sha256
    if not path.is_file():
        raise ModelError(f"The MediaPipe model file {path} is missing. Reinstall face-attendance.")
    actual = sha256_file(path)
    if actual != expected:
        raise ModelError(
            f"The MediaPipe model file {path} is damaged (sha256 {actual[:12]}..., expected "
            f"{expected[:12]}...). Reinstall face-attendance."
        )
    return path


def build_onnx(model: TfliteModel) -> bytes:
    """Convert one vendored model; the serialised ONNX model."""
    from desktop_app.modelzoo.tflite_onnx import convert

    data = vendored_file(model).read_bytes()
    onnx_model = convert(data, model.name, "input", list(model.outputs), batch=model.batch)
    onnx_model.doc_string = (
        f"{model.description}; converted from {model.tflite} of {PACKAGE} {VERSION} ({LICENCE})"
    )
    return bytes(onnx_model.SerializeToString())


def _builder(models: tuple[TfliteModel, ...]) -> Builder:
    def build(folder: Path, progress: Progress) -> list[str]:
        for i, model in enumerate(models):
            progress(
                i / len(models), translate("Models", "converting {file}").format(file=model.tflite)
            )
            (folder / model.onnx).write_bytes(build_onnx(model))
        return [m.onnx for m in models]

    return Builder(
        converter_version=CONVERTER_VERSION,
        inputs=lambda: [vendored_file(m) for m in models],
        build=build,
    )


def _card(name: str, role: Role, description: str, models: tuple[TfliteModel, ...]) -> ModelCard:
    return ModelCard(
        name=name,
        role=role,
        # MediaPipe's model cards tell the training data, intended use and fairness checks.
        description=f"{description}; model card: " + ", ".join(m.model_card for m in models),
        # The wheel's licence metadata and LICENSE file (copied beside the .tflite files).
        licence="Apache-2.0 (The MediaPipe Authors)",
        licence_url=LICENCE_URL,
        commercial_use=True,
        sha256={m.tflite: m.sha256 for m in models},
        vendored=f"{VENDORED}, {PACKAGE} {VERSION} wheel",
    )


BLAZEFACE_MODELS = (BLAZEFACE_SHORT, BLAZEFACE_FULL)
BLAZEFACE_CARD = _card(
    "blazeface",
    "detector",
    "MediaPipe BlazeFace face detector, short range (~2 m: desk, kiosk) and full range "
    "(~5 m: a room); boxes, 6 keypoints",
    BLAZEFACE_MODELS,
)
BLAZEFACE_BUILDER = _builder(BLAZEFACE_MODELS)
FACE_MESH_CARD = _card(
    "face_mesh",
    "landmarker",
    "MediaPipe Face Mesh: 468 face landmarks -> 5 alignment points, eye and mouth openness",
    (FACE_MESH,),
)
FACE_MESH_BUILDER = _builder((FACE_MESH,))
