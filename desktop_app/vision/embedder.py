"""The dlib face recognition ResNet v1 at run time: its chip, its template, its session.

``DlibResNetEmbedder`` runs dlib's ResNet (converted to ONNX by
``desktop_app.modelzoo.dlib_resnet``) in onnxruntime. It returns dlib's raw 128-D descriptors
(not L2-normalised: norms are ~1.3-1.6 on real faces); dlib's own decision rule is a Euclidean
distance below 0.6 on these vectors. Chips are 150x150 RGB ``uint8``; the graph normalises
them itself (``(pixel - mean_rgb) / 256``), so chips go in unchanged.

The chip (``CHIP``) and its alignment template:

dlib cuts its descriptor chips with ``get_face_chip(size=150, padding=0.25)`` from its own
5-point landmarks (eye corners, base of the nose): a least-squares similarity transform to fixed
template points, bilinear sampling, and a 2x image pyramid first when the face is large. Our
landmarks are MTCNN's (eye centres, nose tip, mouth corners), so ``TEMPLATE`` says where *those*
points sit in dlib's chip frame, and ``align_face`` fits a similarity transform from them.

TEMPLATE (chip pixels, x right, y down; MTCNN order):

    left eye    (46.541, 44.894)    weight 0.377   spread (std x, y) 1.5, 1.6 px
    right eye   (99.897, 44.934)    weight 0.429                      1.3, 1.6
    nose tip    (73.058, 76.348)    weight 0.092                      3.5, 2.7
    mouth left  (48.559, 100.872)   weight 0.050                      3.3, 5.1
    mouth right (98.227, 100.781)   weight 0.052                      3.3, 4.9

How it was derived (``tools/derive_align_template.py``, re-runnable): on the 93 single-face
photos of ``../shared/data/faces`` where dlib's HOG detector finds one face, dlib-bin 20.0.1
(shape_predictor_5_face_landmarks.dat from face_recognition_models,
``get_face_chip_details(size=150, padding=0.25)``) gives the exact image -> chip map dlib samples
with (rebuilt from the chip rect and angle; re-cutting dlib's chip with it differs by 0.5 grey
levels where dlib uses no pyramid); our MTCNN (exact mode, min face 20) on the same image gives 5
points, which are mapped into dlib's chip with dlib's own map. TEMPLATE is their mean; each
point's weight in the fit is 1 / its spread (mouth corners move with expression, eyes do not).

Residuals (same script): our map moves chip pixels by a median RMS of 2.3 px (p90 4.1, max 11.7)
against dlib's (unweighted fit: 3.2, p90 6.8). Through the ONNX ResNet, our chip vs dlib's chip:
cosine median 0.9973, p10 0.9943, min 0.9753 (steve_wozniak/3.jpg, a tilted head); Euclidean
distance median 0.112, max 0.294 (dlib's same-person threshold is 0.6). Held out (template from
half the faces, measured on the other half): median 0.9973, min 0.9749. MTCNN in fast mode
(min face 40) gives the same median (0.9972).

Sampling: our resampling alone, fed dlib's own map, reproduces dlib's descriptor at cosine
median 0.9998 (min 0.9989) thanks to the pyramid; plain bilinear without it drops to min 0.9936.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from desktop_app.config import Settings
from desktop_app.vision.runtime import load_session
from desktop_app.vision.types import ChipSpec, Metric

log = logging.getLogger(__name__)

NAME = "dlib_resnet_v1"
ONNX_FILE = f"{NAME}.onnx"
CHIP_SIZE = 150
DIM = 128
# The per-channel means dlib subtracts (stored in the weights file, applied inside the graph).
MEAN_RGB = (122.782, 117.001, 104.298)

# Where the FIVE_POINTS land in dlib's 150x150 chip (padding 0.25), in chip pixels (x, y).
TEMPLATE = np.array(
    [
        [46.541, 44.894],
        [99.897, 44.934],
        [73.058, 76.348],
        [48.559, 100.872],
        [98.227, 100.781],
    ],
    dtype=np.float32,
)
# Weight of each point in the fit: 1 / its spread around TEMPLATE (eyes sit still, mouth corners
# move with expression), normalised to sum 1.
WEIGHTS = np.array([0.3774, 0.4292, 0.0915, 0.0503, 0.0516], dtype=np.float64)

# Where Face Mesh's 5 points (vision/face_mesh.py) land in this chip, chip pixels, and each
# point's weight in the similarity fit (1 / its spread). Derived like TEMPLATE above,
# with ``tools/derive_align_template.py --detector mediapipe`` on the 93 single-face photos
# where dlib finds one face, with the stills stack (full range, short-range fallback, one
# refine pass); chip cosine against dlib's own chips in the README ("Detector stacks"). The
# nose tip sits ~4 px lower than MTCNN's.
FACE_MESH_TEMPLATE = np.array(
    [
        [46.783, 46.870],
        [100.483, 46.832],
        [73.629, 80.548],
        [49.692, 102.114],
        [98.903, 101.880],
    ],
    dtype=np.float32,
)
FACE_MESH_WEIGHTS = np.array([0.4047, 0.4852, 0.0473, 0.0274, 0.0355], dtype=np.float64)


CHIP = ChipSpec(
    size=CHIP_SIZE,
    template=TEMPLATE,
    weights=WEIGHTS,
    # The face square of dlib's chip spans 25..125; eyes to chin, cheek to cheek is this part.
    face_area=(35, 38, 115, 128),
    colour_order="RGB",
    mean=MEAN_RGB,
    std=(256.0, 256.0, 256.0),
    templates={"face_mesh": (FACE_MESH_TEMPLATE, FACE_MESH_WEIGHTS)},
)


class DlibResNetEmbedder:
    """dlib ResNet v1 in onnxruntime: ``embed(chips (N,150,150,3) uint8 RGB) -> (N,128)``."""

    id = NAME
    dim = DIM
    metric: Metric = "euclidean"
    chip = CHIP
    chip_size = CHIP_SIZE

    def __init__(self, onnx_path: Path, threads: int = 1) -> None:
        path = Path(onnx_path)
        rebuild = "Rebuild it with: face-attendance models build"
        self._session = load_session(
            path,
            threads,
            what="The embedder model",
            missing_fix=rebuild,
            broken_fix=rebuild,
        )
        self._input = self._session.get_inputs()[0].name
        self.path = path

    @classmethod
    def from_folder(cls, model_folder: Path, threads: int = 1) -> DlibResNetEmbedder:
        """The embedder from a model-zoo folder (``ModelZoo.ensure("dlib_resnet_v1")``)."""
        return cls(Path(model_folder) / ONNX_FILE, threads=threads)

    @classmethod
    def load(cls, model_folder: Path, settings: Settings) -> DlibResNetEmbedder:
        """The registry's loader: the built folder and the app settings."""
        return cls.from_folder(model_folder, threads=settings.recognition.embedder_threads)

    def _check(self, chips_nhwc_rgb: np.ndarray) -> np.ndarray:
        chips = np.asarray(chips_nhwc_rgb)
        s = self.chip_size
        assert chips.ndim == 4 and chips.shape[1:] == (s, s, 3), (
            f"chips must be (N, {s}, {s}, 3), got {chips.shape}"
        )
        assert chips.dtype == np.uint8, f"chips must be uint8, got {chips.dtype}"
        return np.ascontiguousarray(chips)

    def embed(self, chips_nhwc_rgb: np.ndarray) -> np.ndarray:
        """Raw dlib descriptors ``(N, 128) float32`` for RGB chips ``(N, 150, 150, 3) uint8``."""
        chips = self._check(chips_nhwc_rgb)
        if len(chips) == 0:
            return np.zeros((0, self.dim), np.float32)
        (out,) = self._session.run(None, {self._input: chips})
        return np.asarray(out, dtype=np.float32)
