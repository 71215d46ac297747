"""Value objects and the typed interfaces every model implements.

Conventions: images are OpenCV BGR ``uint8`` arrays ``(H, W, 3)``; chips handed to an
embedder are RGB ``uint8`` ``(N, size, size, 3)`` (``chips_nhwc_rgb``), whatever the network
wants inside (the embedder converts to its own colour order and normalisation); boxes are
``x1, y1, x2, y2`` in pixels; ``Face.landmarks`` are ``(5, 2)`` float32 ``(x, y)`` in the
order ``FIVE_POINTS`` (image left/right). A detector or landmarker whose network gives
other points maps them to these five in its own file and declares ``landmark_order``; the
pipeline refuses a model whose order differs.

A model is one runtime class implementing ``Detector``, ``Landmarker`` or ``Embedder``; its
card and builder are in ``desktop_app.modelzoo`` (the registry wires the three together).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

import numpy as np

# The five alignment points, in the order every Face.landmarks array uses.
FIVE_POINTS: tuple[str, ...] = (
    "left_eye",
    "right_eye",
    "nose_tip",
    "mouth_left",
    "mouth_right",
)

Metric = Literal["euclidean", "cosine"]

# A landmarker's face presence under this says "no face" (MediaPipe's Face Mesh threshold).
SURE_PRESENCE = 0.5
ColourOrder = Literal["RGB", "BGR"]


@dataclass(frozen=True, eq=False)
class Face:
    box: tuple[float, float, float, float]
    score: float
    landmarks: np.ndarray  # (5, 2) float32, FIVE_POINTS order
    # (left eye, right eye, mouth) gap over width, from detectors with a face mesh; else None
    openness: tuple[float, float, float] | None = None
    # the landmarker's face-presence probability (Face Mesh), None without a landmarker
    presence: float | None = None

    @property
    def unsure(self) -> bool:
        """The landmarker doubts this is a face (presence under ``SURE_PRESENCE``): such
        faces are kept only on camera frames of a room."""
        return self.presence is not None and self.presence < SURE_PRESENCE

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


@dataclass(frozen=True, eq=False)
class ChipSpec:
    """What an embedder wants from alignment and how it reads the chip.

    ``template``: where the ``FIVE_POINTS`` land in the chip, in chip pixels ``(5, 2)``;
    ``weights``: each point's weight in the similarity fit (None: equal); ``face_area``:
    ``(x0, y0, x1, y1)`` chip pixels from the eyes to the chin and cheek to cheek, where the
    quality gate measures sharpness and exposure; ``colour_order``, ``mean`` and ``std``:
    the network's input normalisation ``(pixel - mean) / std`` per channel in that order
    (applied by the embedder or inside its graph; chips always arrive RGB ``uint8``).
    """

    size: int
    template: np.ndarray  # (5, 2) float32, chip pixels
    weights: np.ndarray | None
    face_area: tuple[int, int, int, int]
    colour_order: ColourOrder = "RGB"
    mean: tuple[float, float, float] = (0.0, 0.0, 0.0)
    std: tuple[float, float, float] = (1.0, 1.0, 1.0)
    # Landmark sources whose five points sit systematically elsewhere on a face than the ones
    # ``template`` was measured with: source name (the landmarker's, else the detector's)
    # -> its own (template, weights) for this chip.
    templates: Mapping[str, tuple[np.ndarray, np.ndarray | None]] = field(default_factory=dict)

    def template_for(self, source: str | None) -> tuple[np.ndarray, np.ndarray | None]:
        """(template, weights) for landmarks from ``source`` (None: the default)."""
        if source is not None and source in self.templates:
            return self.templates[source]
        return self.template, self.weights


@runtime_checkable
class Detector(Protocol):
    """Finds faces with ``FIVE_POINTS`` landmarks (directly, or via a separate landmarker)."""

    name: str
    landmark_order: tuple[str, ...]  # must equal FIVE_POINTS

    def detect(self, image_bgr: np.ndarray) -> list[Face]:
        """Every face in a frame."""
        ...

    def track(self, image_bgr: np.ndarray, previous: Sequence[Face]) -> list[Face] | None:
        """Re-find last frame's faces more cheaply than ``detect``; None: this detector
        cannot track (the pipeline then runs ``detect``). Fewer faces than ``previous``
        means some were lost (the pipeline runs a full detection that frame)."""
        ...

    def for_stills(self) -> Detector:
        """The variant for still photos (may be slower and more exact than the live one)."""
        ...


@runtime_checkable
class Landmarker(Protocol):
    """Refines a detector's faces: new ``FIVE_POINTS`` landmarks (and box) per face."""

    name: str
    landmark_order: tuple[str, ...]  # must equal FIVE_POINTS

    def refine(self, image_bgr: np.ndarray, faces: Sequence[Face]) -> list[Face]: ...

    def track(self, image_bgr: np.ndarray, previous: Sequence[Face]) -> list[Face]:
        """Re-find last frame's (refined) faces from their own landmarks, without the
        detector, as MediaPipe's Face Mesh loop does; a face it loses is left out."""
        ...

    def for_stills(self) -> Landmarker:
        """The variant for still photos (may be slower and more exact than the live one)."""
        ...


@runtime_checkable
class Embedder(Protocol):
    """Aligned RGB chips in, descriptors out."""

    id: str  # stored with every template; templates of another id are never compared
    dim: int
    metric: Metric  # how two descriptors are compared (the gallery may still normalise)
    chip: ChipSpec

    @property
    def chip_size(self) -> int: ...

    def embed(self, chips_nhwc_rgb: np.ndarray) -> np.ndarray:  # (N, dim) float32
        ...
