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

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from desktop_app.config import Settings
from desktop_app.vision.boxes import iou_matrix
from desktop_app.vision.runtime import ModelSessions, Workers
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


# A square of the image fed to the model instead of the whole letterboxed image: x, y, side.
Region = tuple[int, int, int]


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
    order = np.argsort(-scores, kind="stable")
    kept: list[int] = []
    while len(order):
        lead = int(order[0])
        # the leader's IoU with every remaining box (boxes change only once they lead)
        b = boxes[order]
        taken = iou_matrix(b[:1], b)[0] > iou
        members = order[taken]
        if len(members):
            w = scores[members][:, None]
            total = float(w.sum())
            new_box = (boxes[members] * w).sum(0) / total
            new_points = (points[members] * w[:, :, None]).sum(0) / total
            boxes[lead], points[lead] = new_box, new_points
        kept.append(lead)
        if not taken.any():  # as MediaPipe: stop when nothing was taken
            break
        order = order[~taken]
    return kept


class BlazeFace:
    """One BlazeFace ONNX model (``input`` NHWC float32; ``regressors``, ``classificators``)."""

    def __init__(self, model: Path | bytes, cfg: BlazeFaceConfig, threads: int = 1) -> None:
        self.cfg = cfg
        # a pass alone (a kiosk frame, a still) on ``threads`` threads, a scan's passes side
        # by side on one thread each
        self.sessions = ModelSessions(model, threads)
        self.anchors = ssd_anchors(cfg)
        self.min_score = cfg.min_score

    def tensor(
        self, image: np.ndarray, bgr: bool = False, region: Region | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """The model input ``(1, S, S, 3)`` float32 RGB and its tensor -> image 2x3 map: the
        letterboxed image, or the square ``region`` of it (a tile, sampled in place).

        ``bgr``: the image is BGR; the channels are swapped on the small warped tensor, not on
        the whole frame (a 640x480 frame's RGB copy costs more CPU than the warp)."""
        h, w = image.shape[:2]
        size = self.cfg.input_size
        if region is None:
            m, _, _ = letterbox_matrix(w, h, size)
        else:
            left, top, side = region
            m = np.array([[side / size, 0.0, left], [0.0, side / size, top]], np.float64)
        warped = cv2.warpAffine(
            image,
            m,
            (size, size),
            flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
            borderMode=cv2.BORDER_CONSTANT,
            borderValue=(0, 0, 0),
        )
        if bgr:
            warped = cv2.cvtColor(warped, cv2.COLOR_BGR2RGB)
        x = np.multiply(warped, np.float32(2.0 / 255.0), dtype=np.float32)
        x -= np.float32(1.0)
        return x[None], m

    def detect_rgb(
        self, image_rgb: np.ndarray, min_score: float | None = None, region: Region | None = None
    ) -> list[Detection]:
        """Faces in image pixels, from the whole image or from a square ``region`` of it."""
        return self._detect(image_rgb, False, min_score, region)

    def detect_bgr(
        self,
        image_bgr: np.ndarray,
        min_score: float | None = None,
        region: Region | None = None,
        *,
        side_by_side: bool = False,
    ) -> list[Detection]:
        """``detect_rgb`` on a BGR frame, without converting the frame; ``side_by_side``:
        other passes run at the same time (one onnxruntime thread)."""
        return self._detect(image_bgr, True, min_score, region, side_by_side)

    def _detect(
        self,
        image: np.ndarray,
        bgr: bool,
        min_score: float | None,
        region: Region | None,
        side_by_side: bool = False,
    ) -> list[Detection]:
        x, m = self.tensor(image, bgr, region)
        session = self.sessions.one_thread if side_by_side else self.sessions.alone
        reg, cls = session.run(None, {"input": x})
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


# Room scan: full range finds faces down to about 12 px of its 192 px input, so a tile of 16x
# the smallest wanted face (``detector.min_face``) still shows that face to the model.
TILE_PER_MIN_FACE = 16
TILE_OVERLAP = 0.25  # of a tile's side: a face cut by one tile's edge is whole in the next
# Two merged boxes of which the smaller lies this much inside the other are one face: the
# worse one goes (whichever is larger: short range boxes a face far too large at a low score).
CONTAINED = 0.6
# A scan's face smaller than ``detector.min_face`` is kept only when short range, looking at
# a square CLOSER_LOOK times its box (the face then fills a third of short range's input, the
# scale it is made for), also finds it at CLOSER_MIN_SCORE: on the tiles full range boxed
# candle flames of ~28 px at 0.62-0.70 (README, "Rooms and crowds").
CLOSER_LOOK = 3.0
CLOSER_MIN_SCORE = 0.3


def tile_side_for(min_face: int, input_size: int = FULL_RANGE.input_size) -> int:
    """The largest tile (px) in which a ``min_face`` face is still found (never below the
    model's input: the model would only see an upscaled copy)."""
    return max(input_size, TILE_PER_MIN_FACE * int(min_face))


def _spread(length: int, side: int, overlap: float) -> list[int]:
    """Start offsets of tiles of ``side`` covering ``length``, overlapping at least
    ``overlap`` of a side, evenly spread from edge to edge."""
    if length <= side:
        return [0]
    step = side * (1.0 - overlap)
    count = int(np.ceil((length - side) / step)) + 1
    return [round(i * (length - side) / (count - 1)) for i in range(count)]


def tile_grid(
    width: int, height: int, max_side: int, overlap: float = TILE_OVERLAP
) -> list[Region]:
    """Overlapping square tiles ``(x, y, side)`` covering the image, of about ``max_side``
    px (up to 1.25x: a 1280x720 frame keeps one row of 720 px tiles instead of two rows of
    400 px): the short side cut in as few rows as that allows, then as many columns as
    cover the long side. With 640 px tiles: 640x480 gives two 480 px tiles, 640x360 three of
    360 px, 1920x1080 two rows of four 618 px tiles."""
    short = min(width, height)
    rows = max(1, math.ceil(short / max_side - 0.25))
    side = short if rows == 1 else int(np.ceil(short / (rows - (rows - 1) * overlap)))
    return [
        (x, y, side) for y in _spread(height, side, overlap) for x in _spread(width, side, overlap)
    ]


def merge_detections(found: Sequence[Detection], iou: float) -> list[Detection]:
    """One face per face from several passes (tiles, models), best first: MediaPipe's
    weighted NMS over all of them, then a box that lies mostly inside a better one, or
    holds a better one mostly inside it, is dropped: the two models' boxes of one face
    differ in size, so their IoU can stay under ``iou`` (short range boxes a small face of
    a room two to three times too large at a low score, which showed as a second "Unknown"
    around a face; README, "Rooms and crowds")."""
    if not found:
        return []
    boxes = np.array([d.box for d in found], np.float64)
    scores = np.array([d.score for d in found], np.float64)
    points = np.array([d.keypoints for d in found], np.float64)
    leaders = weighted_nms(boxes, scores, points, iou)  # rows now hold the clusters' means
    areas = np.clip(boxes[:, 2] - boxes[:, 0], 0, None) * np.clip(
        boxes[:, 3] - boxes[:, 1], 0, None
    )
    kept: list[int] = []
    for i in leaders:
        x1, y1, x2, y2 = boxes[i]
        same = False
        for j in kept:
            ix = min(x2, boxes[j, 2]) - max(x1, boxes[j, 0])
            iy = min(y2, boxes[j, 3]) - max(y1, boxes[j, 1])
            smaller = min(areas[i], areas[j])
            if smaller > 0 and max(ix, 0.0) * max(iy, 0.0) > CONTAINED * smaller:
                same = True
                break
        if not same:
            kept.append(i)
    return [
        Detection(
            (float(boxes[i, 0]), float(boxes[i, 1]), float(boxes[i, 2]), float(boxes[i, 3])),
            float(scores[i]),
            points[i].astype(np.float32),
        )
        for i in kept
    ]


class BlazeFaceDetector:
    """BlazeFace as the app's detector: boxes, scores, coarse 5 points (see
    ``five_from_keypoints``; Face Mesh as the landmarker gives the real ones).

    Without ``tiled``, ``models`` are tried in order on the whole image and the first that
    finds a face answers (the kiosk: short range alone, one person near the camera).

    With ``tiled``: every model of ``models`` runs on the whole image and ``tiled`` (full
    range) on overlapping square tiles of about ``tile_side`` px (``tile_grid``: small faces
    far away), all merged by one weighted NMS; when that finds nothing, ``fallback`` models
    are tried on the whole image. A room: short range whole + full range tiles. A still photo
    (``still``, see ``load``): full range whole + full range tiles (group photos), short range
    as the fallback for a face that fills the picture, which full range misses. A scanned
    face smaller than ``min_face`` must also be found by ``closer`` looking at it enlarged
    (``CLOSER_LOOK``). ``track`` is not offered: between detections its landmarker follows the faces
    (``FaceMeshLandmarker.track``).
    """

    landmark_order = FIVE_POINTS
    SHORT_FILE = "blazeface_short_range.onnx"  # names the modelzoo builder writes
    FULL_FILE = "blazeface_full_range.onnx"

    def __init__(
        self,
        name: str,
        models: Sequence[BlazeFace],
        still: BlazeFaceDetector | None = None,
        max_faces: int = 50,
        *,
        tiled: BlazeFace | None = None,
        tile_side: int = 640,
        fallback: Sequence[BlazeFace] = (),
        workers: Workers | None = None,
        closer: BlazeFace | None = None,
        min_face: int = 0,
    ) -> None:
        self.name = name
        self.models = list(models)
        self.still = still
        self.max_faces = max_faces
        self.tiled = tiled
        self.tile_side = tile_side
        self.fallback = list(fallback)
        self.closer = closer
        self.min_face = min_face
        # the passes of a scan (whole image, tiles) run side by side on these threads
        self.workers = workers or Workers(1)

    @classmethod
    def load(cls, model_folder: Path, settings: Settings) -> BlazeFaceDetector:
        """The registry's loader. Camera frames: ``detector.blazeface_range`` "short" runs
        short range on the whole frame (kiosk); "full" (and "auto" outside the kiosk, see
        ``Settings.for_scene``) scans the room (short range on the frame, full range on tiles
        sized for ``detector.min_face``). Stills: full range on the photo and its tiles,
        short range when that finds nothing. A pass alone runs on ``detector.threads``
        onnxruntime threads; the passes of a scan run side by side on that many threads, one
        onnxruntime thread each (docs/speed.md)."""
        threads = settings.detector.threads
        short = BlazeFace(Path(model_folder) / cls.SHORT_FILE, SHORT_RANGE, threads)
        full = BlazeFace(Path(model_folder) / cls.FULL_FILE, FULL_RANGE, threads)
        side = tile_side_for(settings.detector.min_face)
        workers = Workers(threads)
        min_face = settings.detector.min_face
        still = cls(
            "blazeface",
            [full],
            tiled=full,
            tile_side=side,
            fallback=[short],
            workers=workers,
            closer=short,
            min_face=min_face,
        )
        if settings.detector.blazeface_range == "short":
            return cls("blazeface", [short], still)
        return cls(
            "blazeface",
            [short],
            still,
            tiled=full,
            tile_side=side,
            workers=workers,
            closer=short,
            min_face=min_face,
        )

    def detections(self, image_bgr: np.ndarray) -> list[Detection]:
        found = self.scan(image_bgr) if self.tiled is not None else []
        for model in self.models if self.tiled is None else self.fallback:
            if found:
                break
            found = model.detect_bgr(image_bgr)
        return found[: self.max_faces]

    def scan(self, image_bgr: np.ndarray) -> list[Detection]:
        """Every whole-image model plus the tiled model on each tile, merged."""
        assert self.tiled is not None
        h, w = image_bgr.shape[:2]
        passes: list[tuple[BlazeFace, Region | None]] = [(model, None) for model in self.models]
        tiles = tile_grid(w, h, self.tile_side)
        if not (tiles == [(0, 0, w)] and w == h and self.tiled in self.models):
            passes += [(self.tiled, region) for region in tiles]
        # else one tile that is the whole square image: the whole-image pass covers it
        several = len(passes) > 1 and self.workers.count > 1
        per_pass = self.workers.map(
            lambda p: p[0].detect_bgr(image_bgr, region=p[1], side_by_side=several), passes
        )
        found = [d for dets in per_pass for d in dets]
        if len(passes) == len(self.models):
            return found
        merged = merge_detections(found, self.tiled.cfg.nms_iou)
        return [d for d in merged if self.holds_up(image_bgr, d)]

    def holds_up(self, image_bgr: np.ndarray, found: Detection) -> bool:
        """Whether a scanned face is kept: one of at least ``min_face`` px always; a smaller
        one when ``closer`` finds it too in a square ``CLOSER_LOOK`` times its box."""
        x1, y1, x2, y2 = found.box
        side = max(x2 - x1, y2 - y1)
        if self.closer is None or side >= self.min_face:
            return True
        look = side * CLOSER_LOOK
        region = (round((x1 + x2 - look) / 2), round((y1 + y2 - look) / 2), round(look))
        seen = self.closer.detect_bgr(image_bgr, min_score=CLOSER_MIN_SCORE, region=region)
        if not seen:
            return False
        overlap = iou_matrix(np.array([found.box]), np.array([d.box for d in seen]))
        return float(overlap.max()) > self.closer.cfg.nms_iou  # the same face

    def detect(self, image_bgr: np.ndarray) -> list[Face]:
        return [
            Face(box=d.box, score=d.score, landmarks=five_from_keypoints(d.keypoints))
            for d in self.detections(image_bgr)
        ]

    def track(self, image_bgr: np.ndarray, previous: Sequence[Face]) -> list[Face] | None:
        return None

    def for_stills(self) -> BlazeFaceDetector:
        return self.still if self.still is not None else self
