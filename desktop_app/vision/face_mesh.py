"""MediaPipe Face Mesh (468 points) in numpy + OpenCV + onnxruntime: the landmarker of the
BlazeFace + Face Mesh stack.

Reproduces MediaPipe 0.10.14's ``face_landmark_front_cpu`` (parity in
tests/vision/test_mediapipe_parity.py):

- ROI from a BlazeFace detection (``face_detection_front_detection_to_roi``): the box centre,
  rotated so the line from the left eye keypoint to the right one is horizontal, grown to a
  square of 1.5x the box's longer side (RectTransformationCalculator ``square_long``);
- the ROI is sampled into the 192x192 input (ImageToTensorCalculator, OpenCV path: ROI corners
  map to tensor corners, bilinear, border replicated), RGB scaled to [0, 1];
- outputs: 468 (x, y, z) in input pixels, and a face-presence logit (sigmoid, threshold 0.5);
  points are mapped back through the ROI (LandmarkProjectionCalculator).

Five alignment points in the order of ``vision.types`` (image left/right): eye centres (middle of
each eye's corners 33/133 and 362/263), nose tip (1), mouth corners (61, 291). Openness, for the
liveness check: each eye's lid gap over its width (159-145 / 33-133, 386-374 / 362-263) and the
inner-lip gap over the mouth width (13-14 / 61-291).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from desktop_app.config import Settings
from desktop_app.vision.runtime import ModelSessions, Runner
from desktop_app.vision.types import FIVE_POINTS, SURE_PRESENCE, Face

INPUT_SIZE = 192
ROI_SCALE = 1.5
PRESENCE_THRESHOLD = SURE_PRESENCE
# Tracking in a room: an unsure face (presence < 0.5) is still followed while its presence
# keeps this share of last frame's; a face that moved away drops to ~0 at once.
KEEP_FRACTION = 0.25
# In a room, a face the mesh is unsure of is kept only when the detector's score reaches
# this: full range's own threshold. Short range reports from 0.5, and on room frames its
# boxes between 0.5 and 0.6 that the mesh does not see were curtains, blurred backgrounds
# and boxes around a smaller face (README, "Rooms and crowds").
UNSURE_MIN_SCORE = 0.6

# Face Mesh topology indices used here (image left/right in a non-mirrored image).
LEFT_EYE_CORNERS = (33, 133)
RIGHT_EYE_CORNERS = (362, 263)
NOSE_TIP = 1
MOUTH_CORNERS = (61, 291)
LEFT_EYE_LIDS = (159, 145)
RIGHT_EYE_LIDS = (386, 374)
INNER_LIPS = (13, 14)


@dataclass(frozen=True)
class Roi:
    """A rotated square in image pixels: centre, side, rotation (radians, image y down)."""

    cx: float
    cy: float
    side: float
    rotation: float

    def tensor_to_image(self) -> np.ndarray:
        """2x3 map from tensor pixels (0..INPUT_SIZE, corner-aligned) to image pixels."""
        c, s = math.cos(self.rotation), math.sin(self.rotation)
        k = self.side / INPUT_SIZE
        half = self.side / 2.0
        return np.array(
            [
                [c * k, -s * k, self.cx - c * half + s * half],
                [s * k, c * k, self.cy - s * half - c * half],
            ],
            np.float64,
        )


@dataclass(frozen=True)
class Mesh:
    points: np.ndarray  # (468, 3) float32: x, y in image pixels, z in the same scale
    presence: float  # face-presence probability
    roi: Roi


def roi_from_box(
    box: tuple[float, float, float, float], left_eye: np.ndarray, right_eye: np.ndarray
) -> Roi:
    """DetectionsToRects (rotation from the eyes, target 0) + RectTransformation (1.5, square)."""
    x1, y1, x2, y2 = box
    rotation = -math.atan2(
        -(float(right_eye[1]) - float(left_eye[1])), float(right_eye[0]) - float(left_eye[0])
    )
    rotation = (rotation + math.pi) % (2 * math.pi) - math.pi
    side = max(x2 - x1, y2 - y1) * ROI_SCALE
    return Roi((x1 + x2) / 2.0, (y1 + y2) / 2.0, side, rotation)


def roi_from_mesh(points: np.ndarray) -> Roi:
    """FaceLandmarkLandmarksToRoi: the mesh's bounding box, rotated by the line through
    points 33 and 133, grown to a square of 1.5x its longer side."""
    x1, y1 = points[:, :2].min(0)
    x2, y2 = points[:, :2].max(0)
    return roi_from_box((float(x1), float(y1), float(x2), float(y2)), points[33], points[133])


def five_points(points: np.ndarray) -> np.ndarray:
    """The 5 alignment points ``(5, 2)`` float32 from the 468 mesh points."""
    p = points[:, :2].astype(np.float64)
    return np.stack(
        [
            p[list(LEFT_EYE_CORNERS)].mean(0),
            p[list(RIGHT_EYE_CORNERS)].mean(0),
            p[NOSE_TIP],
            p[MOUTH_CORNERS[0]],
            p[MOUTH_CORNERS[1]],
        ]
    ).astype(np.float32)


def openness(points: np.ndarray) -> tuple[float, float, float]:
    """(left eye, right eye, mouth): gap over width, ~0 closed; eyes ~0.25-0.35 when open."""
    p = points[:, :2].astype(np.float64)

    def ratio(gap: tuple[int, int], width: tuple[int, int]) -> float:
        w = float(np.linalg.norm(p[width[0]] - p[width[1]]))
        return float(np.linalg.norm(p[gap[0]] - p[gap[1]]) / w) if w > 0 else 0.0

    return (
        ratio(LEFT_EYE_LIDS, LEFT_EYE_CORNERS),
        ratio(RIGHT_EYE_LIDS, RIGHT_EYE_CORNERS),
        ratio(INNER_LIPS, MOUTH_CORNERS),
    )


def _follow(
    box: tuple[float, float, float, float], before: np.ndarray, after: np.ndarray
) -> tuple[float, float, float, float]:
    """``box`` moved with the points ``before`` -> ``after``: shifted with their centre, scaled
    with their spread about it."""
    b, a = np.asarray(before, np.float64), np.asarray(after, np.float64)
    cb, ca = b.mean(0), a.mean(0)
    spread_b = float(np.sqrt(((b - cb) ** 2).sum(1).mean()))
    spread_a = float(np.sqrt(((a - ca) ** 2).sum(1).mean()))
    k = spread_a / spread_b if spread_b > 0 else 1.0
    x1, y1, x2, y2 = box
    bx, by = (x1 + x2) / 2.0, (y1 + y2) / 2.0
    nx, ny = ca[0] + k * (bx - cb[0]), ca[1] + k * (by - cb[1])
    hw, hh = k * (x2 - x1) / 2.0, k * (y2 - y1) / 2.0
    return (float(nx - hw), float(ny - hh), float(nx + hw), float(ny + hh))


class FaceMesh:
    """The Face Mesh ONNX model (``input`` NHWC float32 192x192; ``landmarks``, ``face_flag``)."""

    def __init__(self, model: Path | bytes, threads: int = 1) -> None:
        # One face on ``threads`` intra-op threads; several side by side, one thread each (a
        # batch of faces costs more per face than single runs; docs/speed.md).
        self.sessions = ModelSessions(model, threads)

    def crop(self, image: np.ndarray, roi: Roi, bgr: bool = False) -> np.ndarray:
        """The model input ``(1, 192, 192, 3)`` float32 RGB for one ROI; ``bgr``: the image is
        BGR (the channels are swapped on the 192 px crop, not on the whole frame)."""
        warped = cv2.warpAffine(
            image,
            roi.tensor_to_image(),
            (INPUT_SIZE, INPUT_SIZE),
            flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
            borderMode=cv2.BORDER_REPLICATE,
        )
        if bgr:
            warped = cv2.cvtColor(warped, cv2.COLOR_BGR2RGB)
        return np.multiply(warped, np.float32(1.0 / 255.0), dtype=np.float32)[None]

    def run(self, image: np.ndarray, rois: list[Roi], bgr: bool = False) -> list[Mesh]:
        """One mesh per ROI of an RGB image (``bgr``: a BGR one), each face its own run."""

        def one(session: Runner, roi: Roi) -> tuple[np.ndarray, np.ndarray]:
            raw, flags = session.run(None, {"input": self.crop(image, roi, bgr)})
            return raw, flags

        meshes = []
        for roi, (raw, flags) in zip(rois, self.sessions.map(one, rois), strict=True):
            pts = raw.reshape(-1, 3).astype(np.float64)
            m = roi.tensor_to_image()
            xy = pts[:, :2] @ m[:, :2].T + m[:, 2]
            z = pts[:, 2] * (roi.side / INPUT_SIZE)
            presence = 1.0 / (1.0 + math.exp(-float(np.clip(flags.reshape(-1)[0], -80, 80))))
            meshes.append(Mesh(np.column_stack([xy, z]).astype(np.float32), presence, roi))
        return meshes


class FaceMeshLandmarker:
    """Face Mesh on a detector's faces: the 5 alignment points and eye/mouth openness.

    The box and score stay the detector's; the ROI comes from the box and the detector's eye
    points (as MediaPipe builds it from BlazeFace). ``refine`` extra passes re-run the mesh
    from its own ROI (as MediaPipe does from frame to frame), which makes the points depend
    less on where the detector put its box. A face whose mesh says "no face" (presence
    < 0.5) is dropped, as MediaPipe drops its landmarks, unless ``keep_unsure`` (camera
    frames of a room): there the detector's score decides what is a face (at least
    ``UNSURE_MIN_SCORE``), because the presence flag also drops most turned, laughing,
    blurred and hand-covered faces (README, "Rooms and crowds"); such a face keeps the
    mesh's points. Stills always drop.
    """

    name = "face_mesh"
    landmark_order = FIVE_POINTS
    FILE = "face_mesh.onnx"  # the name the modelzoo builder writes

    def __init__(
        self,
        mesh: FaceMesh,
        refine: int = 0,
        still_refine: int | None = None,
        *,
        keep_unsure: bool = False,
    ) -> None:
        self.mesh = mesh
        self.refine_passes = refine
        self.still_refine = refine if still_refine is None else still_refine
        self.keep_unsure = keep_unsure
        self.unsure_min_score = UNSURE_MIN_SCORE  # keep_unsure keeps a doubted face from here

    @classmethod
    def load(cls, model_folder: Path, settings: Settings) -> FaceMeshLandmarker:
        """The registry's loader: camera frames one mesh pass per face (a frame's time is
        short), still photos ``detector.mesh_refine`` more; camera frames of a room (BlazeFace
        range not "short") keep the faces the mesh is unsure of."""
        mesh = FaceMesh(Path(model_folder) / cls.FILE, settings.detector.threads)
        keep = settings.detector.blazeface_range != "short"
        return cls(mesh, refine=0, still_refine=settings.detector.mesh_refine, keep_unsure=keep)

    def for_stills(self) -> FaceMeshLandmarker:
        if self.still_refine == self.refine_passes and not self.keep_unsure:
            return self
        return FaceMeshLandmarker(self.mesh, self.still_refine, self.still_refine)

    def meshes(self, image_bgr: np.ndarray, faces: Sequence[Face]) -> list[Mesh]:
        """One mesh per face (presence not yet checked)."""
        if not faces:
            return []
        meshes = self.mesh.run(
            image_bgr,
            [roi_from_box(f.box, f.landmarks[0], f.landmarks[1]) for f in faces],
            bgr=True,
        )
        for _ in range(self.refine_passes):
            meshes = self.mesh.run(image_bgr, [roi_from_mesh(m.points) for m in meshes], bgr=True)
        return meshes

    def track(self, image_bgr: np.ndarray, previous: Sequence[Face]) -> list[Face]:
        """Last frame's faces in this frame, without the detector: each mesh runs in the ROI
        its face had last frame (MediaPipe's loop between detections; the ROI's 1.5x margin
        holds a face that moved). The box follows the five points: shifted with their centre,
        scaled with their spread. A face whose mesh says "no face" is lost (left out). With
        ``keep_unsure`` (a room, as in ``refine``) a face the mesh was already unsure of stays
        followed while its presence holds at least ``KEEP_FRACTION`` of last frame's: losing
        such faces cost a full detection on most frames of a room, and a face that moved away
        or left still drops at once (README, "Rooms and crowds")."""
        if not previous:
            return []
        meshes = self.meshes(image_bgr, previous)
        out = []
        for f, m in zip(previous, meshes, strict=True):
            if m.presence < PRESENCE_THRESHOLD and not (
                self.keep_unsure
                and f.presence is not None
                and m.presence >= KEEP_FRACTION * f.presence
            ):
                continue
            pts = five_points(m.points)
            out.append(
                Face(
                    box=_follow(f.box, f.landmarks, pts),
                    score=f.score,
                    landmarks=pts,
                    openness=openness(m.points),
                    presence=m.presence,
                )
            )
        return out

    def refine(self, image_bgr: np.ndarray, faces: Sequence[Face]) -> list[Face]:
        return [
            Face(
                box=f.box,
                score=f.score,
                landmarks=five_points(m.points),
                openness=openness(m.points),
                presence=m.presence,
            )
            for f, m in zip(faces, self.meshes(image_bgr, faces), strict=True)
            if m.presence >= PRESENCE_THRESHOLD
            or (self.keep_unsure and f.score >= self.unsure_min_score)
        ]
