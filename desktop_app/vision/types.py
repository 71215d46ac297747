"""Value objects and the narrow interfaces every model backend implements.

Conventions: images are OpenCV BGR ``uint8`` arrays ``(H, W, 3)``; chips handed to an
embedder are RGB ``uint8`` ``(N, size, size, 3)`` (``chips_nhwc``); boxes are ``x1, y1, x2, y2``
in pixels; landmarks are ``(5, 2)`` float32 ``(x, y)`` in the order MTCNN gives them:
left eye, right eye, nose tip, left mouth corner, right mouth corner (image left/right).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np


@dataclass(frozen=True, eq=False)
class Face:
    box: tuple[float, float, float, float]
    score: float
    landmarks: np.ndarray  # (5, 2) float32
    # (left eye, right eye, mouth) gap over width, from detectors with a face mesh; else None
    openness: tuple[float, float, float] | None = None

    @property
    def width(self) -> float:
        return self.box[2] - self.box[0]

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]

    @property
    def area(self) -> float:
        return max(0.0, self.width) * max(0.0, self.height)


@dataclass(frozen=True, eq=False)
class FaceObservation:
    """One face in one frame after the pipeline: detection, aligned chip, embedding."""

    face: Face
    chip_rgb: np.ndarray  # (S, S, 3) uint8
    embedding: np.ndarray  # (D,) float32
    track_id: int | None = None
    timings_ms: dict[str, float] = field(default_factory=dict)


@runtime_checkable
class Detector(Protocol):
    name: str

    def detect(self, image_bgr: np.ndarray) -> list[Face]: ...


@runtime_checkable
class Embedder(Protocol):
    id: str  # stored with every template; templates of another id are never compared
    dim: int
    chip_size: int

    def embed(self, chips_nhwc_rgb: np.ndarray) -> np.ndarray:  # (N, dim) float32
        ...
