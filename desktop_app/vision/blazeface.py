"""BlazeFace (MediaPipe face detection) in numpy + OpenCV + onnxruntime.

Reproduces MediaPipe 0.10.14's CPU graphs ``face_detection_short_range_cpu`` and
``face_detection_full_range_cpu`` (their ``*_common`` subgraphs hold the options used here):

- input: the whole image letterboxed into the square model input (ImageToTensorCalculator with
  ``keep_aspect_ratio``: the ROI grows to a square around the image centre, pixels outside are
  0), sampled like its OpenCV path (corner-aligned map, bilinear on ``uint8``), RGB scaled to
  [-1, 1];
- SSD anchors (SsdAnchorsCalculator, fixed anchor size 1): short range 128x128, strides
  8/16/16/16, 2 anchors a cell (896); full range 192x192, stride 4, 1 anchor a cell (2304);
- decoding (TensorsToDetectionsCalculator, ``reverse_output_order``): centre, size and the 6
  keypoints are offsets in input pixels from the anchor; score = sigmoid(clip(logit, +-100));
- weighted NMS (NonMaxSuppressionCalculator WEIGHTED, IoU 0.3): each cluster of boxes that
  overlap the best remaining one by more than 0.3 becomes the score-weighted mean of its boxes
  and keypoints, with the best one's score.

Keypoints (image left/right as the image shows them): 0 left eye, 1 right eye, 2 nose tip,
3 mouth centre, 4 left ear tragion, 5 right ear tragion.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from desktop_app.config import Settings
from desktop_app.vision.boxes import iou_matrix
from desktop_app.vision.runtime import create_session
from desktop_app.vision.types import FIVE_POINTS, Face


@dataclass(frozen=True)
class BlazeFaceConfig:
    """One BlazeFace model's graph options (from MediaPipe's ``*_common.pbtxt``)."""

    input_size: int
    strides: tuple[int, ...]
    interpolated_scale_aspect_ratio: float  # > 0: a second anchor per scale
    min_score: float
    min_scale: float = 0.1484375
    max_scale: float = 0.75
    nms_iou: float = 0.3


SHORT_RANGE = BlazeFaceConfig(128, (8, 16, 16, 16), 1.0, 0.5)
# 0.6 as in face_detection_full_range_common: MediaPipe's python solution means to override it
# with min_detection_confidence (0.5), but that subgraph is typed "...ShortRangeCommon", so the
# override misses it and 0.6 is what mediapipe 0.10.14 really uses (our parity test agrees).
FULL_RANGE = BlazeFaceConfig(192, (4,), 0.0, 0.6)


@dataclass(frozen=True)
class Detection:
    """One face: box ``x1, y1, x2, y2`` and 6 keypoints ``(6, 2)`` in image pixels."""

    box: tuple[float, float, float, float]
    score: float
    keypoints: np.ndarray


def ssd_anchors(cfg: BlazeFaceConfig) -> np.ndarray:
    """Anchor centres ``(N, 2)`` (x, y) in [0, 1], in the order the model's outputs use.

    SsdAnchorsCalculator with aspect ratio 1 and ``fixed_anchor_size``: layers with the same
    stride share one grid; per cell, one anchor per scale plus one interpolated anchor when
    ``interpolated_scale_aspect_ratio`` > 0 (anchor sizes do not matter with a fixed size).
    """
    centres: list[np.ndarray] = []
    strides = cfg.strides
    layer = 0
    while layer < len(strides):
        per_cell = 0
        last = layer
        while last < len(strides) and strides[last] == strides[layer]:
            per_cell += 2 if cfg.interpolated_scale_aspect_ratio > 0 else 1
            last += 1
        cells = int(np.ceil(cfg.input_size / strides[layer]))
        ys, xs = np.meshgrid(np.arange(cells), np.arange(cells), indexing="ij")
        grid = np.stack([(xs + 0.5) / cells, (ys + 0.5) / cells], axis=-1).reshape(-1, 2)
        centres.append(np.repeat(grid, per_cell, axis=0))
        layer = last
    return np.concatenate(centres).astype(np.float64)


def letterbox_matrix(width: int, height: int, size: int) -> tuple[np.ndarray, float, float]:
    """The 2x3 tensor -> image map of the letterboxed input, and the square ROI's origin.

    The ROI is the image grown to a square about its centre; tensor pixel ``u`` samples image
    ``x = u * side / size + x0`` (MediaPipe maps ROI corners to tensor corners).
    """
    side = float(max(width, height))
    x0 = width / 2.0 - side / 2.0
    y0 = height / 2.0 - side / 2.0
    k = side / size
    return np.array([[k, 0.0, x0], [0.0, k, y0]], np.float64), x0, y0


def weighted_nms(
    boxes: np.ndarray, scores: np.ndarray, points: np.ndarray, iou: float
) -> list[int]:
    """MediaPipe's WEIGHTED non-max suppression, in place on ``boxes``/``points``.

    ``boxes (N, 4)`` x1, y1, x2, y2; ``points (N, K, 2)``. Returns the indices of the kept
    (cluster-leading) detections, best first; their rows now hold the clusters' score-weighted
    means (the leader's own score is kept).
    """
    order = list(np.argsort(-scores, kind="stable"))
    kept: list[int] = []
    while order:
        lead = order[0]
        rest = np.asarray(order)
        overlap = iou_matrix(boxes[[lead]], boxes[rest])[0]
        members = rest[overlap > iou]
        if len(members):
            w = scores[members][:, None]
            total = float(w.sum())
            new_box = (boxes[members] * w).sum(0) / total
            new_points = (points[members] * w[:, :, None]).sum(0) / total
            boxes[lead], points[lead] = new_box, new_points
        kept.append(lead)
        remaining = [int(i) for i in rest[overlap <= iou]]
        if len(remaining) == len(order):  # as MediaPipe: stop when nothing was taken
            break
        order = remaining
    return kept


class BlazeFace:
    """One BlazeFace ONNX model (``input`` NHWC float32; ``regressors``, ``classificators``)."""

    def __init__(self, model: Path | bytes, cfg: BlazeFaceConfig, threads: int = 1) -> None:
        self.cfg = cfg
        self.session = create_session(model, threads)
        self.anchors = ssd_anchors(cfg)
        self.min_score = cfg.min_score

    def tensor(self, image: np.ndarray, bgr: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """The model input ``(1, S, S, 3)`` float32 RGB and its tensor -> image 2x3 map.

        ``bgr``: the image is BGR; the channels are swapped on the small warped tensor, not on
        the whole frame (a 640x480 frame's RGB copy costs more CPU than the warp)."""
        h, w = image.shape[:2]
        size = self.cfg.input_size
        m, _, _ = letterbox_matrix(w, h, size)
        warped = cv2.warpAffine(
            image,
            m,
            (size, size),
            flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=(0, 0, 0),
        )
        if bgr:
            warped = warped[:, :, ::-1]
        x = warped.astype(np.float32) * np.float32(2.0 / 255.0) - np.float32(1.0)
        return x[None], m

    def detect_rgb(self, image_rgb: np.ndarray, min_score: float | None = None) -> list[Detection]:
        return self._detect(image_rgb, False, min_score)

    def detect_bgr(self, image_bgr: np.ndarray, min_score: float | None = None) -> list[Detection]:
        """``detect_rgb`` on a BGR frame, without converting the frame."""
        return self._detect(image_bgr, True, min_score)

    def _detect(self, image: np.ndarray, bgr: bool, min_score: float | None) -> list[Detection]:
        x, m = self.tensor(image, bgr)
        reg, cls = self.session.run(None, {"input": x})
        return self.decode(
            reg[0], cls[0, :, 0], m, self.min_score if min_score is None else min_score
        )

    def decode(
        self, reg: np.ndarray, logits: np.ndarray, m: np.ndarray, min_score: float
    ) -> list[Detection]:
        scores = 1.0 / (1.0 + np.exp(-np.clip(logits.astype(np.float64), -100.0, 100.0)))
        keep = np.nonzero(scores >= min_score)[0]
        if len(keep) == 0:
            return []
        size = float(self.cfg.input_size)
        r = reg[keep].astype(np.float64) / size
        a = self.anchors[keep]
        cx, cy = r[:, 0] + a[:, 0], r[:, 1] + a[:, 1]
        w, h = r[:, 2], r[:, 3]
        boxes = np.stack([cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2], axis=1)
        points = r[:, 4:16].reshape(-1, 6, 2) + a[:, None, :]
        s = scores[keep]
        kept = weighted_nms(boxes, s, points, self.cfg.nms_iou)
        # tensor-normalised -> image pixels (the letterbox map is a scale and a shift)
        k, x0, y0 = m[0, 0] * size, m[0, 2], m[1, 2]
        out = []
        for i in kept:
            b = boxes[i] * k + np.array([x0, y0, x0, y0])
            p = points[i] * k + np.array([x0, y0])
            out.append(
                Detection(
                    (float(b[0]), float(b[1]), float(b[2]), float(b[3])),
                    float(s[i]),
                    p.astype(np.float32),
                )
            )
        return out


def five_from_keypoints(kp: np.ndarray) -> np.ndarray:
    """Coarse 5 points from BlazeFace's 6 keypoints: eyes and nose tip as given; it has no
    mouth corners, so they are placed half an eye distance either side of the mouth centre
    along the eye line. Good enough for the Face Mesh ROI (which uses only the eyes) and as a
    fallback; the landmarker replaces all five."""
    left, right, nose, mouth = (kp[i].astype(np.float64) for i in range(4))
    half = (right - left) / 2.0
    return np.stack([left, right, nose, mouth - half, mouth + half]).astype(np.float32)


class BlazeFaceDetector:
    """BlazeFace as the app's detector: boxes, scores, coarse 5 points (see
    ``five_from_keypoints``; Face Mesh as the landmarker gives the real ones).

    ``models`` are tried in order and the first that finds a face answers: a still photo uses
    full range first (small faces, group photos) and falls back to short range when it finds
    nothing (a face filling the picture, which full range misses). ``track`` is not offered:
    one BlazeFace pass costs about what a tracker would.
    """

    landmark_order = FIVE_POINTS
    SHORT_FILE = "blazeface_short_range.onnx"  # names the modelzoo builder writes
    FULL_FILE = "blazeface_full_range.onnx"

    def __init__(
        self,
        name: str,
        models: Sequence[BlazeFace],
        still_models: Sequence[BlazeFace] | None = None,
        max_faces: int = 50,
    ) -> None:
        self.name = name
        self.models = list(models)
        self.still_models = list(still_models) if still_models is not None else self.models
        self.max_faces = max_faces

    @classmethod
    def load(cls, model_folder: Path, settings: Settings) -> BlazeFaceDetector:
        """The registry's loader: camera frames use ``detector.blazeface_range``; stills try
        full range, then short range."""
        threads = settings.detector.threads
        short = BlazeFace(Path(model_folder) / cls.SHORT_FILE, SHORT_RANGE, threads)
        full = BlazeFace(Path(model_folder) / cls.FULL_FILE, FULL_RANGE, threads)
        live = [short] if settings.detector.blazeface_range == "short" else [full]
        return cls("blazeface", live, [full, short])

    def detections(self, image_bgr: np.ndarray) -> list[Detection]:
        for model in self.models:
            found = model.detect_bgr(image_bgr)
            if found:
                return found[: self.max_faces]
        return []

    def detect(self, image_bgr: np.ndarray) -> list[Face]:
        return [
            Face(box=d.box, score=d.score, landmarks=five_from_keypoints(d.keypoints))
            for d in self.detections(image_bgr)
        ]

    def track(self, image_bgr: np.ndarray, previous: Sequence[Face]) -> list[Face] | None:
        return None

    def for_stills(self) -> BlazeFaceDetector:
        if self.still_models == self.models:
            return self
        return BlazeFaceDetector(self.name, self.still_models, self.still_models, self.max_faces)
