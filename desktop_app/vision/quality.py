"""The enrollment quality gate: is this face good enough to become someone's template?

Four checks, each with a short hint the GUI shows live while the camera runs:

- size: the shorter side of the detector's box, in image pixels ("move closer");
- sharpness: how much fine detail the face has at a fixed scale (``gate_sharpness``, on the
  gate's own crop of the image, ``CROP``; a blurred face and an enlarged small photo both
  lack it) ("too blurred: hold still");
- pose: yaw and pitch estimated from the 5 landmarks ("look at the camera");
- exposure: mean grey level of the crop's face area, and the share of clipped white pixels
  ("too dark" / "too bright").

``assess_face`` judges a face in an image: the same verdict whichever embedder is active (it
never looks at the embedder's chip). ``QualityReport.score`` is the weakest check's score in
0..1, where 0.5 is exactly at a threshold and 1 is comfortably good; ``ok`` means every check
passes (so ``score >= 0.5``).

Thresholds (``QualityThresholds``) were set by measurement on ../shared/data/faces: all 89
identity photos, each padded with a 40% grey border as in ``eval``, MTCNN exact mode. Every
photo passes (score min 0.71, median 1.0). Distribution (min / p5 / median / p95 / max):

    face_px      95.6 / 129 / 258 / 500 / 661        threshold >= 60
    |yaw|        max 25.1 deg (kit_harington/2)      threshold <= 35
    |pitch|      max 20.1 deg (steve_wozniak/5)      threshold <= 30
    brightness   81 / 98 / 149 / 181 / 187           45 .. 215
    clipped      max 0.007                           <= 0.25

Sharpness (20 at the gate, the weak-sample floor 10) was set with benchmarks/quality_gate.py
on faces and faces_hard, blurred and shrunk-then-enlarged versions of their photos as the bad
cases, and camera frames of ../shared/data/video; its figures, before and after, are in
docs/recognition.md ("The quality gate").
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, field

import cv2
import numpy as np

from desktop_app.i18n import QT_TRANSLATE_NOOP, translate
from desktop_app.vision import embedder as dlib
from desktop_app.vision.align import align_face
from desktop_app.vision.types import ChipSpec, Face

# The crop the enrolment gate measures (assess_face), whatever embedder is active: the face
# cut from the image at one fixed scale and pose, with the landmark model's own template (the
# geometry of dlib's 150 px chip: eyes ~53 px apart, the face area 80x90 px). An embedder's
# chip would not do: SFace's 112 px chip holds the face at two thirds of that scale, where an
# upscaled photo looks sharp enough to pass (docs/recognition.md, "The quality gate").
CROP = ChipSpec(
    size=dlib.CHIP_SIZE,
    template=dlib.TEMPLATE,
    weights=dlib.WEIGHTS,
    face_area=(35, 38, 115, 128),
    templates={"face_mesh": (dlib.FACE_MESH_TEMPLATE, dlib.FACE_MESH_WEIGHTS)},
)
_CROP_EYES = float(np.hypot(*(CROP.template[1] - CROP.template[0])))

# The gate's sharpness: the face area's grey levels split into octave bands by Gaussian blurs
# of sigma 1, 2 and 4 px (fine 0-1, middle 1-2, coarse 2-4). Blur empties the fine band first:
# fine / coarse on CROP must reach FINE_SHARE. An enlarged small photo has no detail at the
# finest scale of a face TOP_SCALE times larger than CROP's: fine / middle there must reach
# TOP_SHARE. Both are ratios, so contrast and lighting do not count. A face smaller in the
# image than these crops (a camera face a metre or two away) is measured at its own size, but
# the fine / coarse crop at no less than FINE_MIN_SCALE of CROP's (smaller, a blurred camera
# face keeps enough coarse-band contrast to pass). Each share over its threshold, the weaker
# one, times SHARPNESS_AT_GATE is QualityReport.sharpness: 20 at the gate, as before. Measured
# on ../shared/data/faces and faces_hard and the clips of ../shared/data/video with
# benchmarks/quality_gate.py (docs/recognition.md, "The quality gate").
FINE_SHARE = 0.045
TOP_SHARE = 0.215
TOP_SCALE = 1.5
FINE_MIN_SCALE = 0.75
SHARPNESS_AT_GATE = 20.0
_BAND_SIGMAS = (1.0, 2.0, 4.0)

# assess_quality (a chip, e.g. the live loop's frame weights) measures the variance of the
# Laplacian of the chip's face area resampled to this size (w, h), contrast-normalised.
_AREA_SIZE = (80, 90)
_CONTRAST = 40.0  # grey-level standard deviation the face area is scaled to for sharpness

# Landmark geometry (FIVE_POINTS: left eye, right eye, nose, mouth left, mouth right).
# Nose depth in front of the eye/mouth plane, as a fraction of the inter-ocular distance,
# and the nose's relative height between eye line and mouth line on a frontal face: fitted so
# that the estimates read ~0 on the frontal photos of ../shared/data/faces.
_NOSE_DEPTH = 0.6
_NOSE_HEIGHT_FRONTAL = 0.55

# Kept in English in reports and JSON; shown translated with hints_text().
HINT_SMALL = QT_TRANSLATE_NOOP("Quality", "move closer")
HINT_BLUR = QT_TRANSLATE_NOOP("Quality", "too blurred: hold still")
HINT_POSE = QT_TRANSLATE_NOOP("Quality", "look at the camera")
HINT_DARK = QT_TRANSLATE_NOOP("Quality", "too dark")
HINT_BRIGHT = QT_TRANSLATE_NOOP("Quality", "too bright")


def hints_text(reasons: list[str]) -> str:
    """The quality hints in the installed language ("too dark; move closer")."""
    return "; ".join(translate("Quality", r) for r in reasons)


@dataclass(frozen=True)
class QualityThresholds:
    min_face_px: float = 60.0  # shorter box side
    min_sharpness: float = 20.0  # variance of Laplacian on the chip's face area
    max_yaw_deg: float = 35.0
    max_pitch_deg: float = 30.0
    min_brightness: float = 45.0  # mean grey of the chip's face area
    max_brightness: float = 215.0
    max_clipped: float = 0.25  # share of face-area pixels at >= 250

    # "comfortably good" levels for the score (1.0 there)
    good_face_px: float = 120.0
    good_sharpness: float = 150.0


DEFAULT_THRESHOLDS = QualityThresholds()


@dataclass(frozen=True)
class QualityReport:
    ok: bool
    score: float  # 0..1; >= 0.5 on every check when ok
    reasons: list[str] = field(default_factory=list)  # short user-facing hints
    face_px: float = 0.0
    sharpness: float = 0.0
    yaw_deg: float = 0.0
    pitch_deg: float = 0.0
    brightness: float = 0.0
    clipped: float = 0.0

    @property
    def message(self) -> str:
        return "; ".join(self.reasons) if self.reasons else "good"

    def as_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "score": round(self.score, 3),
            "reasons": list(self.reasons),
            "face_px": round(self.face_px, 1),
            "sharpness": round(self.sharpness, 1),
            "yaw_deg": round(self.yaw_deg, 1),
            "pitch_deg": round(self.pitch_deg, 1),
            "brightness": round(self.brightness, 1),
            "clipped": round(self.clipped, 3),
        }


def estimate_pose(landmarks: np.ndarray) -> tuple[float, float, float]:
    """(yaw, pitch, roll) in degrees, rough, from the 5 alignment landmarks ``(5, 2)``.

    The points are first rotated so the eyes are level (roll). Yaw: the nose tip's horizontal
    offset from the eyes' midpoint, as a share of half the eye distance, is ``2 d tan(yaw)``
    for a nose standing ``d`` eye-distances in front of the face plane. Pitch: the nose's height
    between the eye line and the mouth line, compared with its frontal value.
    Signs: positive yaw = the face turned to the image's left; positive pitch = looking down.
    """
    pts = np.asarray(landmarks, dtype=np.float64).reshape(5, 2)
    le, re, nose, ml, mr = pts
    dx, dy = re - le
    iod = math.hypot(dx, dy)
    if iod < 1e-6:
        return 90.0, 90.0, 0.0
    roll = math.degrees(math.atan2(dy, dx))
    c, s = dx / iod, dy / iod
    rot = np.array([[c, s], [-s, c]])  # rotates by -roll
    le, re, nose, ml, mr = (rot @ p for p in (le, re, nose, ml, mr))
    eye_mid = (le + re) / 2
    mouth_mid = (ml + mr) / 2
    offset = (nose[0] - eye_mid[0]) / (iod / 2)
    yaw = math.degrees(math.atan(offset / (2 * _NOSE_DEPTH)))
    em = mouth_mid[1] - eye_mid[1]
    if em <= 1e-6:  # mouth above the eyes: upside down or garbage landmarks
        return yaw, 90.0, roll
    rel = (nose[1] - eye_mid[1]) / em
    # The nose's projected height shifts by depth * sin(pitch) relative to the eye-mouth span.
    depth_rel = _NOSE_DEPTH * iod / em
    sin_p = float(np.clip((rel - _NOSE_HEIGHT_FRONTAL) / max(depth_rel, 1e-6), -1.0, 1.0))
    pitch = math.degrees(math.asin(sin_p))
    return yaw, pitch, roll


def chip_stats(
    chip_rgb: np.ndarray, face_area: tuple[int, int, int, int]
) -> tuple[float, float, float]:
    """(sharpness, brightness, clipped share) of an aligned chip's face area.

    ``face_area``: ``(x0, y0, x1, y1)`` in chip pixels (``ChipSpec.face_area``)."""
    x0, y0, x1, y1 = face_area
    chip = np.asarray(chip_rgb)[y0:y1, x0:x1]
    if (chip.shape[1], chip.shape[0]) != _AREA_SIZE:
        chip = cv2.resize(chip, _AREA_SIZE, interpolation=cv2.INTER_AREA)
    gray = cv2.cvtColor(chip, cv2.COLOR_RGB2GRAY) if chip.ndim == 3 else chip
    area = gray
    brightness = float(area.mean())
    # Contrast-normalised: a dark or flat-lit face has a small Laplacian too, but it is not
    # blurred; scale the face area to a standard deviation of _CONTRAST grey levels first.
    f = area.astype(np.float64)
    std = float(f.std())
    f = (f - f.mean()) * (_CONTRAST / max(std, 1.0))
    sharpness = float(cv2.Laplacian(f, cv2.CV_64F).var())
    clipped = float((area >= 250).mean())
    return sharpness, brightness, clipped


def _crop_at(
    image_bgr: np.ndarray, face: Face, scale: float, source: str | None
) -> tuple[np.ndarray, tuple[int, int, int, int]]:
    """CROP scaled by ``scale`` (1 = CROP) cut from the image, and its face area."""
    template, weights = CROP.template_for(source)
    x0, y0, x1, y1 = (round(v * scale) for v in CROP.face_area)
    spec = ChipSpec(
        size=max(round(CROP.size * scale), x1, y1),
        template=(template * scale).astype(np.float32),
        weights=weights,
        face_area=(x0, y0, x1, y1),
    )
    return align_face(image_bgr, face.landmarks, spec), spec.face_area


def _bands(rgb: np.ndarray, area: tuple[int, int, int, int]) -> list[float]:
    """Variance of the fine, middle and coarse octave bands of ``rgb``'s face ``area``."""
    x0, y0, x1, y1 = area
    grey = cv2.cvtColor(np.ascontiguousarray(rgb[y0:y1, x0:x1]), cv2.COLOR_RGB2GRAY)
    sharp = grey.astype(np.float64)
    levels = [sharp] + [np.asarray(cv2.GaussianBlur(sharp, (0, 0), s)) for s in _BAND_SIGMAS]
    m = 4  # the blurs' borders are not the face's
    return [float((a - b)[m:-m, m:-m].var()) for a, b in itertools.pairwise(levels)]


def gate_sharpness(image_bgr: np.ndarray, face: Face, source: str | None = None) -> float:
    """The enrolment gate's sharpness of a face in an image (20 at the gate; see FINE_SHARE),
    the same whichever embedder is active."""
    native = float(np.hypot(*(face.landmarks[1] - face.landmarks[0]))) / _CROP_EYES
    fine = _bands(*_crop_at(image_bgr, face, min(1.0, max(FINE_MIN_SCALE, native)), source))
    top = _bands(*_crop_at(image_bgr, face, min(TOP_SCALE, native), source))
    fine_share = fine[0] / max(fine[2], 1e-9)
    top_share = top[0] / max(top[1], 1e-9)
    return SHARPNESS_AT_GATE * min(fine_share / FINE_SHARE, top_share / TOP_SHARE)


def assess_face(
    image_bgr: np.ndarray,
    face: Face,
    thresholds: QualityThresholds = DEFAULT_THRESHOLDS,
    *,
    source: str | None = None,
) -> QualityReport:
    """The enrolment gate on one face of an image: sharpness and exposure measured on the
    gate's own crop (``CROP``) of the image, from the face's five points (``source``: the
    landmark model that gave them), so a photo gets the same verdict whichever embedder
    is active."""
    crop = align_face(image_bgr, face.landmarks, CROP, source)
    _laplacian, brightness, clipped = chip_stats(crop, CROP.face_area)
    sharpness = gate_sharpness(image_bgr, face, source)
    return _judge(face, sharpness, brightness, clipped, thresholds)


def assess_quality(
    face: Face,
    chip_rgb: np.ndarray,
    chip: ChipSpec,
    thresholds: QualityThresholds = DEFAULT_THRESHOLDS,
) -> QualityReport:
    """Judge one detected face and its chip ``(S, S, 3)`` RGB ``uint8``, aligned to ``chip``,
    with the chip's Laplacian as sharpness: a relative weight among one track's frames (the
    live loop has no image at hand). Enrolment uses ``assess_face``."""
    sharpness, brightness, clipped = chip_stats(chip_rgb, chip.face_area)
    return _judge(face, sharpness, brightness, clipped, thresholds)


def _judge(
    face: Face,
    sharpness: float,
    brightness: float,
    clipped: float,
    thresholds: QualityThresholds,
) -> QualityReport:
    t = thresholds
    face_px = float(min(face.width, face.height))
    yaw, pitch, _roll = estimate_pose(face.landmarks)

    reasons: list[str] = []
    scores: list[float] = []

    scores.append(_ramp(face_px, t.min_face_px, t.good_face_px))
    if face_px < t.min_face_px:
        reasons.append(HINT_SMALL)

    # Sharpness on a log scale: blur is multiplicative.
    scores.append(
        _ramp(math.log1p(sharpness), math.log1p(t.min_sharpness), math.log1p(t.good_sharpness))
    )
    if sharpness < t.min_sharpness:
        reasons.append(HINT_BLUR)

    pose_score = min(
        _ramp(-abs(yaw), -t.max_yaw_deg, -t.max_yaw_deg / 3),
        _ramp(-abs(pitch), -t.max_pitch_deg, -t.max_pitch_deg / 3),
    )
    scores.append(pose_score)
    if abs(yaw) > t.max_yaw_deg or abs(pitch) > t.max_pitch_deg:
        reasons.append(HINT_POSE)

    mid = (t.min_brightness + t.max_brightness) / 2
    if brightness <= mid:
        scores.append(_ramp(brightness, t.min_brightness, (t.min_brightness + mid) / 2))
    else:
        scores.append(_ramp(-brightness, -t.max_brightness, -(t.max_brightness + mid) / 2))
    scores.append(_ramp(-clipped, -t.max_clipped, -t.max_clipped / 3))
    if brightness < t.min_brightness:
        reasons.append(HINT_DARK)
    elif brightness > t.max_brightness or clipped > t.max_clipped:
        reasons.append(HINT_BRIGHT)

    score = float(min(scores))
    return QualityReport(
        ok=not reasons,
        score=score,
        reasons=reasons,
        face_px=face_px,
        sharpness=sharpness,
        yaw_deg=yaw,
        pitch_deg=pitch,
        brightness=brightness,
        clipped=clipped,
    )


def _ramp(value: float, threshold: float, good: float) -> float:
    """0.5 at ``threshold``, 1 at ``good`` (and beyond), 0 as far below as ``good`` is above."""
    span = good - threshold
    if span <= 0:
        return 1.0 if value >= threshold else 0.0
    x = (value - threshold) / span
    return float(np.clip(0.5 + 0.5 * x, 0.0, 1.0))
