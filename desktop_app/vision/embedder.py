"""Face embedders: aligned RGB chips in, descriptors out.

``DlibResNetEmbedder`` runs dlib's face recognition ResNet v1 (converted to ONNX by
``desktop_app.modelzoo.dlib_resnet``) in onnxruntime. It returns dlib's raw 128-D descriptors
(not L2-normalised: norms are ~1.3-1.6 on real faces); dlib's own decision rule is a Euclidean
distance below 0.6 on these vectors. Chips are 150x150 RGB ``uint8``, aligned by
``desktop_app.vision.align.align_face`` (or dlib's ``get_face_chip``); the graph does the
normalisation itself, so chips go in unchanged.
"""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from desktop_app.errors import ModelError
from desktop_app.modelzoo import dlib_resnet
from desktop_app.modelzoo.runtime import create_session

log = logging.getLogger(__name__)


class DlibResNetEmbedder:
    """dlib ResNet v1 in onnxruntime: ``embed(chips (N,150,150,3) uint8 RGB) -> (N,128)``."""

    id = dlib_resnet.NAME
    dim = dlib_resnet.DIM
    chip_size = dlib_resnet.CHIP_SIZE

    def __init__(self, onnx_path: Path, threads: int = 1) -> None:
        path = Path(onnx_path)
        if not path.is_file():
            raise ModelError(
                f"The embedder model {path} is missing. Rebuild it with: "
                "face-attendance models build"
            )
        try:
            self._session = create_session(path, threads=threads)
        except Exception as exc:  # onnxruntime raises its own (unexported) error types
            raise ModelError(
                f"The embedder model {path} cannot be loaded ({exc}). Rebuild it with: "
                "face-attendance models build"
            ) from exc
        self._input = self._session.get_inputs()[0].name
        self.path = path

    @classmethod
    def from_folder(cls, model_folder: Path, threads: int = 1) -> DlibResNetEmbedder:
        """The embedder from a model-zoo folder (``ModelZoo.ensure("dlib_resnet_v1")``)."""
        return cls(Path(model_folder) / dlib_resnet.ONNX_FILE, threads=threads)

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

    def embed_flip_average(self, chips_nhwc_rgb: np.ndarray) -> np.ndarray:
        """Mean of each chip's descriptor and its mirror image's (one batch of 2N), ``(N, 128)``."""
        chips = self._check(chips_nhwc_rgb)
        n = len(chips)
        if n == 0:
            return np.zeros((0, self.dim), np.float32)
        both = np.concatenate([chips, chips[:, :, ::-1, :]], axis=0)
        out = self.embed(both)
        return ((out[:n] + out[n:]) * 0.5).astype(np.float32)
