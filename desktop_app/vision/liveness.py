"""Liveness (presentation-attack) checks from a face's 5 alignment landmarks (MTCNN's, or Face
Mesh's with the default BlazeFace stack; the thresholds were measured with MTCNN's), without a
trained model.

Two cues, both Qt-free and driven by the caller's clock:

- **Active challenge** (:class:`ActiveChallenge`): the kiosk asks for a random head turn (left or
  right) or a nod and watches the landmark geometry over the next frames, on the same track
  and the same person throughout.
- **Passive static cue** (:class:`StaticFaceCue`): a face whose landmarks do not move by even a
  fraction of a pixel over many frames is a frozen or injected image, not a person in front of
  a camera (sensor noise alone moves MTCNN's landmarks).

Why the geometry works against a photo: on a flat, frontal face picture the nose tip lies on
the line from the eyes' midpoint to the mouth's midpoint (the face's symmetry axis). Moving,
rotating, scaling or tilting a flat photo is a projective map of a plane, which keeps points on
a line on that line, so :func:`pose_proxies`' ``yaw`` (the nose's signed distance from that
axis, in units of the eye-to-mouth distance) stays where it was. A real head is not flat: the
nose tip stands ~half an eye distance in front of the eyes, so a head turn moves it off the
axis. ``pitch`` (how far down the axis the nose sits) is a ratio along a line, unchanged by
affine maps, so a photo tilted towards the camera barely changes it while a nod does.

Limits (measured in ``benchmarks/bench_liveness.py``): a replayed *video* of the person that
happens to contain the asked-for movement, a photo bent along the nose line, or a 3D mask can
pass; the thresholds are set for ~20-25 degrees of head turn. The nod is NOT asked for by
default: ``pitch`` is only affine-invariant, and a photo tilted 40 degrees towards the camera
(perspective plus MTCNN's bias on foreshortened faces) moved it as much as a 15-degree nod.

Sign convention: landmarks are in the camera image as delivered (not mirrored). A person who
turns their head to *their* left moves their nose towards the image's right, so ``yaw`` grows.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from desktop_app import i18n
from desktop_app.i18n import QT_TRANSLATE_NOOP


class Challenge(StrEnum):
    TURN_LEFT = "turn_left"
    TURN_RIGHT = "turn_right"
    NOD = "nod"


INSTRUCTIONS: dict[Challenge, str] = {
    Challenge.TURN_LEFT: QT_TRANSLATE_NOOP("Kiosk", "Slowly turn your head to your left"),
    Challenge.TURN_RIGHT: QT_TRANSLATE_NOOP("Kiosk", "Slowly turn your head to your right"),
    Challenge.NOD: QT_TRANSLATE_NOOP("Kiosk", "Nod your head slowly"),
}


class Verdict(StrEnum):
    PENDING = "pending"
    PASSED = "passed"
    FAILED = "failed"


@dataclass(frozen=True)
class LivenessParams:
    yaw_threshold: float = 0.12  # nose offset from the symmetry axis, in eye-to-mouth lengths
    pitch_threshold: float = 0.10  # change of the nose's position along the axis
    baseline_frames: int = 3  # frames whose median is the starting pose
    hold_frames: int = 2  # consecutive frames beyond the threshold to pass a turn
    timeout_s: float = 7.0
    static_frames: int = 12  # passive cue: this many frames ...
    static_tolerance_px: float = 0.25  # ... whose landmarks all stay within this -> a still image
    min_eye_mouth_px: float = 12.0  # smaller faces are too coarse to judge


@dataclass(frozen=True)
class Pose:
    yaw: float  # + = nose towards the image's right (person turned to their left)
    pitch: float  # nose position along eyes->mouth axis (0 = eye line, 1 = mouth line)
    scale_px: float  # eye-to-mouth distance in pixels


def pose_proxies(landmarks: np.ndarray) -> Pose:
    """Yaw and pitch proxies from ``landmarks`` ``(5, 2)``: left eye, right eye, nose, left
    mouth corner, right mouth corner (image left/right), as every detector stack gives them."""
    pts = np.asarray(landmarks, dtype=np.float64).reshape(5, 2)
    eye_mid = (pts[0] + pts[1]) / 2.0
    mouth_mid = (pts[3] + pts[4]) / 2.0
    axis = mouth_mid - eye_mid
    length = float(np.hypot(*axis))
    if length < 1e-6:
        return Pose(0.0, 0.0, 0.0)
    u = axis / length  # down the face
    perp = np.array([u[1], -u[0]])  # image right for an upright face
    rel = pts[2] - eye_mid
    return Pose(float(rel @ perp) / length, float(rel @ u) / length, length)


@dataclass(frozen=True)
class LivenessStatus:
    verdict: Verdict
    challenge: Challenge | None
    progress: float  # 0..1 towards passing
    reason: str = ""

    @property
    def passed(self) -> bool:
        return self.verdict is Verdict.PASSED

    @property
    def failed(self) -> bool:
        return self.verdict is Verdict.FAILED


class StaticFaceCue:
    """True once the last ``frames`` landmark sets all lie within ``tolerance_px`` of their
    mean: the picture is frozen (a still image fed as a camera, or a frozen stream)."""

    def __init__(self, frames: int = 12, tolerance_px: float = 0.25) -> None:
        assert frames >= 2
        self.frames = frames
        self.tolerance_px = tolerance_px
        self._history: deque[np.ndarray] = deque(maxlen=frames)

    def observe(self, landmarks: np.ndarray, box: tuple[float, float, float, float]) -> bool:
        pts = np.concatenate(
            [np.asarray(landmarks, np.float64).reshape(-1), np.asarray(box, np.float64)]
        )
        self._history.append(pts)
        return self.is_static()

    def is_static(self) -> bool:
        if len(self._history) < self.frames:
            return False
        arr = np.stack(self._history)
        return bool(np.abs(arr - arr.mean(axis=0)).max() <= self.tolerance_px)

    def reset(self) -> None:
        self._history.clear()


class ActiveChallenge:
    """One challenge for one track: feed every frame's observation of that face to
    :meth:`observe` until the verdict is not ``PENDING``."""

    def __init__(
        self,
        challenge: Challenge,
        *,
        track_id: int | None,
        person_id: int | None,
        started_at: float,
        params: LivenessParams | None = None,
    ) -> None:
        self.challenge = Challenge(challenge)
        self.track_id = track_id
        self.person_id = person_id
        self.started_at = started_at
        self.params = params or LivenessParams()
        self.static = StaticFaceCue(self.params.static_frames, self.params.static_tolerance_px)
        self._baseline: list[Pose] = []
        self._base: Pose | None = None
        self._peak = 0.0
        self._held = 0
        self.status = LivenessStatus(Verdict.PENDING, self.challenge, 0.0)
        self.poses: list[Pose] = []  # for benchmarks and debugging

    @property
    def instruction(self) -> str:
        return i18n.translate("Kiosk", INSTRUCTIONS[self.challenge])

    def _finish(self, verdict: Verdict, reason: str, progress: float) -> LivenessStatus:
        self.status = LivenessStatus(verdict, self.challenge, progress, reason)
        return self.status

    def check_time(self, at: float) -> LivenessStatus:
        """Fail when the time is up (call it also on frames where the face is missing)."""
        if self.status.verdict is Verdict.PENDING and at - self.started_at > self.params.timeout_s:
            return self._finish(
                Verdict.FAILED, "The head movement was not seen in time.", self.status.progress
            )
        return self.status

    def observe(
        self,
        landmarks: np.ndarray,
        box: tuple[float, float, float, float],
        *,
        track_id: int | None,
        person_id: int | None,
        at: float,
    ) -> LivenessStatus:
        if self.status.verdict is not Verdict.PENDING:
            return self.status
        p = self.params
        if track_id != self.track_id:
            return self._finish(Verdict.FAILED, "The face was lost during the check.", 0.0)
        if person_id is not None and self.person_id is not None and person_id != self.person_id:
            return self._finish(
                Verdict.FAILED, "A different person appeared during the check.", 0.0
            )
        if self.static.observe(landmarks, box):
            return self._finish(
                Verdict.FAILED, "The face does not move at all (a still image?).", 0.0
            )
        if self.check_time(at).verdict is not Verdict.PENDING:
            return self.status
        pose = pose_proxies(landmarks)
        if pose.scale_px < p.min_eye_mouth_px:
            return self.status  # too small to judge; the caller asks to come closer
        self.poses.append(pose)
        if self._base is None:
            self._baseline.append(pose)
            if len(self._baseline) >= p.baseline_frames:
                self._base = Pose(
                    float(np.median([q.yaw for q in self._baseline])),
                    float(np.median([q.pitch for q in self._baseline])),
                    float(np.median([q.scale_px for q in self._baseline])),
                )
            return self.status
        base = self._base
        if self.challenge is Challenge.NOD:
            delta = abs(pose.pitch - base.pitch)
            self._peak = max(self._peak, delta)
            reached = self._peak >= p.pitch_threshold
            returned = reached and delta <= self._peak / 2.0
            progress = min(1.0, self._peak / p.pitch_threshold) * (1.0 if returned else 0.8)
            if returned:
                return self._finish(Verdict.PASSED, "", 1.0)
        else:
            sign = 1.0 if self.challenge is Challenge.TURN_LEFT else -1.0
            delta = sign * (pose.yaw - base.yaw)
            self._held = self._held + 1 if delta >= p.yaw_threshold else 0
            self._peak = max(self._peak, delta)
            progress = min(1.0, max(0.0, self._peak) / p.yaw_threshold)
            if self._held >= p.hold_frames:
                return self._finish(Verdict.PASSED, "", 1.0)
        self.status = LivenessStatus(Verdict.PENDING, self.challenge, progress * 0.99)
        return self.status


def random_challenge(rng: np.random.Generator | None = None, *, nod: bool = False) -> Challenge:
    """A random challenge (a random direction, so a prepared clip is a coin toss at best)."""
    rng = rng or np.random.default_rng()
    options = [Challenge.TURN_LEFT, Challenge.TURN_RIGHT] + ([Challenge.NOD] if nod else [])
    return options[int(rng.integers(len(options)))]
