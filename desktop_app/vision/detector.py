"""MTCNN face detector: the P-Net/R-Net/O-Net cascade in numpy + OpenCV + onnxruntime.

Two modes (``DetectorSettings.fast``):

- exact: reproduces the PyPI package ``mtcnn`` 1.0.0 (its pyramid from the full image with area
  resizing, ``tf.image.crop_and_resize``-style bilinear crops, its NMS). Boxes match the
  package's own TensorFlow output with IoU >= 0.99 (tests/vision/test_detector.py).
- fast (live video): each pyramid level is resized from the previous one, from ``uint8``
  pixels (exact 2x area halvings, then one bilinear step), with a coarser pyramid step
  (``fast_scale_factor`` 0.6 instead of mtcnn's 0.709: ~25% less P-Net work); crops for
  R-Net/O-Net are cut from the ``uint8`` image by ``cv2.warpAffine`` on the same sample grid.
  Boxes stay within IoU 0.88-1.0 (mean ~0.94) of mtcnn's and no face is lost on our photos.

``track(image, previous_faces)`` skips P-Net and R-Net: last frame's squared boxes go straight
to O-Net, which re-centres them, scores them and gives fresh landmarks. A pipeline runs a full
``detect`` every ``detect_every`` frames and ``track`` in between.

Arithmetic (see shared/notes/mtcnn_onnx.md): P-Net cell boxes ``x1 = 2x + 1 + 11 r0``,
``x2 = 2x + 12 + 11 r2`` (same for y) divided by the level's scale; NMS drops a box when ANY
higher-scored box overlaps it more than the threshold (suppressed boxes still suppress);
R-Net/O-Net regressions scale by ``w = x2 - x1 + 1``; O-Net landmarks ``w * l + x1 - 1``
on the input square box.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

import cv2
import numpy as np

from desktop_app.config import DetectorSettings, Settings
from desktop_app.errors import ImageError
from desktop_app.vision.boxes import iou_matrix
from desktop_app.vision.types import FIVE_POINTS, Face

log = logging.getLogger(__name__)

PNET_CELL = 12
_EMPTY5 = np.zeros((0, 5), np.float64)


# ---- box arithmetic (all boxes are float64 arrays ``(N, 5)``: x1, y1, x2, y2, score) ----------
def nms(
    boxes: np.ndarray,
    threshold: float,
    method: Literal["union", "min"] = "union",
    sort: bool = True,
) -> np.ndarray:
    """mtcnn 1.0.0's NMS: keep box j unless ANY earlier (higher-scored) box overlaps it > t.

    Returns the kept indices into ``boxes`` in score order (when ``sort``) or input order.
    """
    n = len(boxes)
    if n == 0:
        return np.zeros(0, np.intp)
    order = np.argsort(boxes[:, 4])[::-1] if sort else np.arange(n)
    if n == 1:
        return order
    ordered = boxes[order]
    overlap = iou_matrix(ordered, ordered, method) > threshold
    suppressed = np.triu(overlap, k=1).any(axis=0)
    return order[~suppressed]


def square(boxes: np.ndarray) -> np.ndarray:
    """Grow each box to a square around its centre (no rounding, as mtcnn 1.0.0)."""
    out = boxes.copy()
    w = boxes[:, 2] - boxes[:, 0]
    h = boxes[:, 3] - boxes[:, 1]
    side = np.maximum(w, h)
    out[:, 0] = boxes[:, 0] + w * 0.5 - side * 0.5
    out[:, 1] = boxes[:, 1] + h * 0.5 - side * 0.5
    out[:, 2] = out[:, 0] + side
    out[:, 3] = out[:, 1] + side
    return out


def regress(boxes: np.ndarray, reg: np.ndarray) -> np.ndarray:
    out = boxes.copy()
    w = boxes[:, 2] - boxes[:, 0] + 1
    h = boxes[:, 3] - boxes[:, 1] + 1
    out[:, :4] += reg * np.stack([w, h, w, h], axis=1)
    return out


def pyramid_scales(
    height: int,
    width: int,
    min_face: int,
    factor: float,
    min_size: int = PNET_CELL,
    mtcnn_count: bool = True,
) -> list[float]:
    """Pyramid scales ``(12 / min_face) * factor**k`` whose level is at least 12 px.

    ``mtcnn_count``: the number of levels by mtcnn 1.0.0's formula (which ignores min_face and
    can stop early for small min faces; needed to reproduce it); otherwise every level down to
    12 px.
    """
    m = min_size / min_face
    if mtcnn_count:
        min_dim = min(width, height)
        count = round(-((np.log(min_dim / min_size) / np.log(factor)) + 1))
    else:
        count = int(np.floor(np.log(min_size / (m * min(width, height))) / np.log(factor))) + 2
    scales = m * factor ** np.arange(max(count, 0))
    return [float(s) for s in scales if min(int(height * s), int(width * s)) >= min_size]


def pnet_boxes(reg: np.ndarray, prob: np.ndarray, scale: float, threshold: float) -> np.ndarray:
    """Cell proposals of one pyramid level in image pixels, sorted by score, before NMS."""
    score = prob[0, 1]
    ys, xs = np.nonzero(score > threshold)
    if len(ys) == 0:
        return _EMPTY5
    r = reg[0][:, ys, xs]  # (4, K)
    boxes = np.empty((len(ys), 5), np.float64)
    boxes[:, 0] = 2 * xs + 1 + r[0] * (PNET_CELL - 1)
    boxes[:, 1] = 2 * ys + 1 + r[1] * (PNET_CELL - 1)
    boxes[:, 2] = 2 * xs + PNET_CELL + r[2] * (PNET_CELL - 1)
    boxes[:, 3] = 2 * ys + PNET_CELL + r[3] * (PNET_CELL - 1)
    boxes[:, :4] /= scale
    boxes[:, 4] = score[ys, xs]
    return boxes[np.argsort(boxes[:, 4])[::-1]]


# ---- crops -------------------------------------------------------------------------------------
def crop_and_resize(image: np.ndarray, boxes: np.ndarray, size: int) -> np.ndarray:
    """``tf.image.crop_and_resize`` on pixel boxes: bilinear, samples outside the image = 0.

    ``image`` is either the normalised RGB float32 frame (exact mode) or the ``uint8`` BGR
    frame (fast mode: the crops are interpolated from raw pixels, then flipped to RGB and
    normalised, which is the same arithmetic on far less data). Returns ``(N, 3, S, S)``.
    """
    h, w = image.shape[:2]
    t = np.arange(size, dtype=np.float64) / (size - 1)
    ys = (boxes[:, 1:2] + t[None] * (boxes[:, 3:4] - boxes[:, 1:2])) * ((h - 1) / h)
    xs = (boxes[:, 0:1] + t[None] * (boxes[:, 2:3] - boxes[:, 0:1])) * ((w - 1) / w)
    valid = ((ys >= 0) & (ys <= h - 1))[:, :, None] & ((xs >= 0) & (xs <= w - 1))[:, None, :]
    y0 = np.floor(ys)
    x0 = np.floor(xs)
    wy = (ys - y0).astype(np.float32)[:, :, None, None]
    wx = (xs - x0).astype(np.float32)[:, None, :, None]
    y0i = np.clip(y0, 0, h - 1).astype(np.intp)[:, :, None]
    x0i = np.clip(x0, 0, w - 1).astype(np.intp)[:, None, :]
    y1i = np.clip(np.ceil(ys), 0, h - 1).astype(np.intp)[:, :, None]
    x1i = np.clip(np.ceil(xs), 0, w - 1).astype(np.intp)[:, None, :]
    tl = image[y0i, x0i].astype(np.float32)
    tr = image[y0i, x1i].astype(np.float32)
    bl = image[y1i, x0i].astype(np.float32)
    br = image[y1i, x1i].astype(np.float32)
    top = tl + (tr - tl) * wx
    bottom = bl + (br - bl) * wx
    out = top + (bottom - top) * wy
    if image.dtype == np.uint8:
        out = out[:, :, :, ::-1]
        out -= 127.5
        out *= 1.0 / 128.0
    out[~valid] = 0.0
    return np.ascontiguousarray(out.transpose(0, 3, 1, 2), dtype=np.float32)


def _shrink(image: np.ndarray, width: int, height: int) -> np.ndarray:
    """Fast downscale for the pyramid: exact 2x area halvings, then one bilinear step."""
    while image.shape[1] >= 2 * width and image.shape[0] >= 2 * height:
        half = (image.shape[1] // 2, image.shape[0] // 2)
        image = cv2.resize(image, half, interpolation=cv2.INTER_AREA)
    if image.shape[1] == width and image.shape[0] == height:
        return image
    return cv2.resize(image, (width, height), interpolation=cv2.INTER_LINEAR)


def warp_crops(image_u8: np.ndarray, boxes: np.ndarray, size: int) -> np.ndarray:
    """Fast crops: one ``cv2.warpAffine`` per box from ``uint8`` BGR pixels, normalised after.

    ``image_u8`` is the ``(H, W, 3)`` BGR frame. Outside the image the border value
    128 is ~0 after normalisation, like the exact crops' zeros. Returns ``(N, 3, size, size)``.
    """
    n = len(boxes)
    h, w = image_u8.shape[:2]
    fx, fy = (w - 1) / w, (h - 1) / h  # tf.image.crop_and_resize's sample grid
    out = np.empty((n, size, size, 3), np.uint8)
    for i in range(n):
        x1, y1, x2, y2 = boxes[i, :4]
        sx = (x2 - x1) / (size - 1) * fx
        sy = (y2 - y1) / (size - 1) * fy
        # destination (u, v) samples source (x1 * fx + u * sx, y1 * fy + v * sy)
        m = np.array([[sx, 0.0, x1 * fx], [0.0, sy, y1 * fy]], np.float64)
        cv2.warpAffine(
            image_u8,
            m,
            (size, size),
            dst=out[i],
            flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=(128, 128, 128),
        )
    return _normalise_nhwc(out)


def _normalise_nhwc(batch_bgr_u8: np.ndarray) -> np.ndarray:
    """``(N, S, S, 3)`` BGR uint8 -> ``(N, 3, S, S)`` RGB float32, ``(x - 127.5) / 128``."""
    x = batch_bgr_u8[:, :, :, ::-1].transpose(0, 3, 1, 2).astype(np.float32)
    x -= 127.5
    x *= 1.0 / 128.0
    return x


# ---- the detector ------------------------------------------------------------------------------
class MTCNNDetector:
    """``Detector`` backed by the three MTCNN ONNX graphs (see module doc)."""

    name = "mtcnn"
    # O-Net's 5 points: eye centres, nose tip, mouth corners (image left/right).
    landmark_order = FIVE_POINTS

    def __init__(
        self, pnet: Any, rnet: Any, onet: Any, settings: DetectorSettings | None = None
    ) -> None:
        self._pnet, self._rnet, self._onet = pnet, rnet, onet
        self.settings = settings or DetectorSettings()

    @classmethod
    def from_folder(
        cls,
        model_folder: Path,
        detector_settings: DetectorSettings | None = None,
        threads: int | None = None,
    ) -> MTCNNDetector:
        """Load ``pnet.onnx``, ``rnet.onnx``, ``onet.onnx`` (as built by the model zoo).

        ``threads`` (onnxruntime intra-op threads per session) defaults to the settings'.
        """
        from desktop_app.vision.runtime import load_session

        if threads is None:
            threads = (detector_settings or DetectorSettings()).threads

        folder = Path(model_folder)
        sessions: list[Any] = []
        for net in ("pnet", "rnet", "onet"):
            sessions.append(
                load_session(
                    folder / f"{net}.onnx",
                    threads,
                    what="The MTCNN model",
                    missing_fix="Rebuild the models: face-attendance models build mtcnn",
                    broken_fix="Rebuild it: face-attendance models build mtcnn --force",
                )
            )
        pnet, rnet, onet = sessions
        return cls(pnet, rnet, onet, settings=detector_settings)

    @classmethod
    def load(cls, model_folder: Path, settings: Settings) -> MTCNNDetector:
        """The registry's loader: the built folder and the app settings."""
        return cls.from_folder(model_folder, settings.detector)

    def for_stills(self) -> MTCNNDetector:
        """Stills are judged with the exact cascade (the fast pyramid is for live video)."""
        return self.with_options(fast=False)

    def with_settings(self, settings: DetectorSettings) -> MTCNNDetector:
        """Another detector sharing these sessions (e.g. exact and fast side by side)."""
        return MTCNNDetector(self._pnet, self._rnet, self._onet, settings)

    def with_options(self, **changes: Any) -> MTCNNDetector:
        return self.with_settings(self.settings.model_copy(update=changes))

    # ---- public API ----------------------------------------------------------------------
    def detect(self, image_bgr: np.ndarray) -> list[Face]:
        image_bgr = _check_image(image_bgr)
        s = self.settings
        t1, t2, t3 = s.thresholds
        h, w = image_bgr.shape[:2]
        if min(h, w) < PNET_CELL:
            return []
        if s.fast:
            boxes = self._pnet_fast(image_bgr, t1)
            crop = lambda b, size: warp_crops(image_bgr, b, size)  # noqa: E731
        else:
            rgb = cv2.cvtColor(image_bgr, cv2.COLOR_BGR2RGB).astype(np.float32)
            norm = (rgb - 127.5) / 128.0
            boxes = self._pnet_exact(norm, t1)
            crop = lambda b, size: crop_and_resize(norm, b, size)  # noqa: E731
        if len(boxes) == 0:
            return []
        boxes = self._rnet_stage(crop(boxes, 24), boxes, t2)
        if len(boxes) == 0:
            return []
        boxes, landmarks = self._onet_stage(crop(boxes, 48), boxes, t3)
        return _to_faces(boxes, landmarks, w, h)

    def track(self, image_bgr: np.ndarray, previous_faces: Sequence[Face]) -> list[Face]:
        """Re-find known faces: their squared boxes go straight to O-Net (no P-Net, R-Net)."""
        image_bgr = _check_image(image_bgr)
        if not previous_faces:
            return []
        h, w = image_bgr.shape[:2]
        boxes = np.array([[*f.box, f.score] for f in previous_faces], np.float64)
        boxes = square(boxes)
        if self.settings.fast:
            crops = warp_crops(image_bgr, boxes, 48)
        else:  # the exact crops, interpolated from the uint8 pixels (same arithmetic)
            crops = crop_and_resize(image_bgr, boxes, 48)
        boxes, landmarks = self._onet_stage(crops, boxes, self.settings.thresholds[2])
        return _to_faces(boxes, landmarks, w, h)

    # ---- stages --------------------------------------------------------------------------
    def _run_pnet(self, level_nchw: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        reg, prob = self._pnet.run(None, {"input": level_nchw})
        return reg, prob

    def _pnet_exact(self, norm: np.ndarray, threshold: float) -> np.ndarray:
        h, w = norm.shape[:2]
        s = self.settings
        per_level = []
        for scale in pyramid_scales(h, w, s.min_face, s.scale_factor):
            lh, lw = int(h * scale), int(w * scale)
            level = cv2.resize(norm, (lw, lh), interpolation=cv2.INTER_AREA)
            reg, prob = self._run_pnet(level.transpose(2, 0, 1)[None].copy())
            boxes = pnet_boxes(reg, prob, scale, threshold)
            per_level.append(boxes[nms(boxes, 0.5, sort=False)])
        return self._merge_levels(per_level)

    def _pnet_fast(self, image_bgr: np.ndarray, threshold: float) -> np.ndarray:
        h, w = image_bgr.shape[:2]
        s = self.settings
        per_level = []
        level_u8 = image_bgr
        for scale in pyramid_scales(h, w, s.min_face, s.fast_scale_factor, mtcnn_count=False):
            level_u8 = _shrink(level_u8, int(w * scale), int(h * scale))
            x = level_u8[:, :, ::-1].transpose(2, 0, 1)[None].astype(np.float32)
            x -= 127.5
            x *= 1.0 / 128.0
            reg, prob = self._run_pnet(x)
            # the level's nominal scale, as in exact mode (sizes are floored the same way)
            boxes = pnet_boxes(reg, prob, scale, threshold)
            per_level.append(boxes[nms(boxes, 0.5, sort=False)])
        return self._merge_levels(per_level)

    @staticmethod
    def _merge_levels(per_level: list[np.ndarray]) -> np.ndarray:
        boxes = np.concatenate(per_level, axis=0) if per_level else _EMPTY5
        if len(boxes) == 0:
            return boxes
        return square(boxes[nms(boxes, 0.7)])

    def _rnet_stage(self, crops: np.ndarray, boxes: np.ndarray, threshold: float) -> np.ndarray:
        reg, prob = self._rnet.run(None, {"input": crops})
        boxes = boxes.copy()
        boxes[:, 4] = prob[:, 1]
        boxes = regress(boxes, reg)
        boxes = boxes[boxes[:, 4] > threshold]
        if len(boxes) == 0:
            return boxes
        return square(boxes[nms(boxes, 0.7)])

    def _onet_stage(
        self, crops: np.ndarray, boxes: np.ndarray, threshold: float
    ) -> tuple[np.ndarray, np.ndarray]:
        reg, lms, prob = self._onet.run(None, {"input": crops})
        w = boxes[:, 2:3] - boxes[:, 0:1] + 1
        h = boxes[:, 3:4] - boxes[:, 1:2] + 1
        landmarks = np.empty((len(boxes), 5, 2), np.float64)
        landmarks[:, :, 0] = w * lms[:, 0:5] + boxes[:, 0:1] - 1
        landmarks[:, :, 1] = h * lms[:, 5:10] + boxes[:, 1:2] - 1
        boxes = boxes.copy()
        boxes[:, 4] = prob[:, 1]
        boxes = regress(boxes, reg)
        keep = boxes[:, 4] > threshold
        boxes, landmarks = boxes[keep], landmarks[keep]
        if len(boxes) == 0:
            return boxes, landmarks
        keep = nms(boxes, 0.7, method="min")
        return boxes[keep], landmarks[keep]


def _to_faces(boxes: np.ndarray, landmarks: np.ndarray, width: int, height: int) -> list[Face]:
    boxes = boxes.copy()
    boxes[:, [0, 2]] = np.clip(boxes[:, [0, 2]], 0, width - 1)
    boxes[:, [1, 3]] = np.clip(boxes[:, [1, 3]], 0, height - 1)
    return [
        Face(
            box=(float(b[0]), float(b[1]), float(b[2]), float(b[3])),
            score=float(b[4]),
            landmarks=lm.astype(np.float32),
        )
        for b, lm in zip(boxes, landmarks, strict=True)
        if b[2] > b[0] and b[3] > b[1]
    ]


def _check_image(image_bgr: np.ndarray) -> np.ndarray:
    if not isinstance(image_bgr, np.ndarray) or image_bgr.ndim not in (2, 3):
        raise ImageError("Expected an image array of shape (H, W, 3).")
    if image_bgr.ndim == 2:
        image_bgr = cv2.cvtColor(image_bgr, cv2.COLOR_GRAY2BGR)
    elif image_bgr.shape[2] == 4:
        image_bgr = cv2.cvtColor(image_bgr, cv2.COLOR_BGRA2BGR)
    if image_bgr.shape[2] != 3:
        raise ImageError(f"Expected a 3-channel image, got {image_bgr.shape[2]} channels.")
    if image_bgr.dtype != np.uint8:
        image_bgr = np.clip(image_bgr, 0, 255).astype(np.uint8)
    return image_bgr
