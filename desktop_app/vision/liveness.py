"""Liveness (presentation-attack) checks from a face's landmarks, without a trained model:
the 5 alignment points (Face Mesh's with the default BlazeFace stack, MTCNN's with MTCNN) and,
where the stack has a face mesh, the mouth's openness (``Face.openness``).

Two cues, both Qt-free and driven by the caller's clock:

- **Active challenge** (:class:`ActiveChallenge`): the kiosk asks to open the mouth where the
  stack measures openness (Face Mesh), else for a head turn (left or right), and watches the
  next frames on the same track and the same person throughout.
- **Passive static cue** (:class:`StaticFaceCue`): a face whose landmarks do not move by even a
  fraction of a pixel over many frames is a frozen or injected image, not a person in front of
  a camera (sensor noise alone moves the landmarks of either stack).

Why the geometry works against a photo: on a flat, frontal face picture the nose tip lies on
the line from the eyes' midpoint to the mouth's midpoint (the face's symmetry axis). Moving,
rotating, scaling or tilting a flat photo is a projective map of a plane, which keeps points on
a line on that line, so :func:`pose_proxies`' ``yaw`` (the nose's signed distance from that
axis, in units of the eye-to-mouth distance) stays where it was. A real head is not flat: the
nose tip stands ~half an eye distance in front of the eyes, so a head turn moves it off the
axis. ``pitch`` (how far down the axis the nose sits) is a ratio along a line, unchanged by
affine maps, so a photo tilted towards the camera barely changes it while a nod does.
``mouth`` (the inner-lip gap over the eye-to-mouth distance: two segments along the face's
axis, so their ratio survives moving and tilting a flat picture; the gap over the mouth's
width would grow when a photo is turned away) changes only when the lips part, which a
picture cannot do.

Limits (measured in ``benchmarks/bench_liveness.py``, see docs/kiosk.md): a replayed *video*
of the person that happens to contain the asked-for movement, two photos swapped (closed and
open mouth), a photo bent along the nose line, or a 3D mask can pass; the turn thresholds are
set for ~20 degrees of head turn. The nod is NOT asked for by default: ``pitch`` is only
affine-invariant, and a photo tilted 40 degrees towards the camera (perspective plus MTCNN's
bias on foreshortened faces) moved it as much as a 15-degree nod. Eye openness is not used:
Face Mesh's lids barely close in a blink, and a tilted photo lowered the eyes' openness
almost as much (docs/kiosk.md).

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
    OPEN_MOUTH = "open_mouth"  # needs a stack that measures openness (Face Mesh)


TURNS = frozenset({Challenge.TURN_LEFT, Challenge.TURN_RIGHT})

INSTRUCTIONS: dict[Challenge, str] = {
    Challenge.TURN_LEFT: QT_TRANSLATE_NOOP("Kiosk", "Slowly turn your head to your left"),
    Challenge.TURN_RIGHT: QT_TRANSLATE_NOOP("Kiosk", "Slowly turn your head to your right"),
    Challenge.NOD: QT_TRANSLATE_NOOP("Kiosk", "Nod your head slowly"),
    Challenge.OPEN_MOUTH: QT_TRANSLATE_NOOP("Kiosk", "Open your mouth wide"),
}

# The second line under the instruction: what to do once the movement is made.
HINTS: dict[Challenge, str] = {
    Challenge.TURN_LEFT: QT_TRANSLATE_NOOP("Kiosk", "then look back at the camera"),
    Challenge.TURN_RIGHT: QT_TRANSLATE_NOOP("Kiosk", "then look back at the camera"),
    Challenge.NOD: QT_TRANSLATE_NOOP("Kiosk", "then look back at the camera"),
    Challenge.OPEN_MOUTH: QT_TRANSLATE_NOOP("Kiosk", "and keep looking at the camera"),
}


class Verdict(StrEnum):
    PENDING = "pending"
    PASSED = "passed"
    FAILED = "failed"


@dataclass(frozen=True)
class LivenessParams:
    yaw_threshold: float = 0.12  # nose offset from the symmetry axis, in eye-to-mouth lengths
    pitch_threshold: float = 0.10  # change of the nose's position along the axis
    mouth_threshold: float = 0.15  # inner-lip gap growth, in eye-to-mouth lengths
    # the mouth's opening counts only between frames of the same pose: eye distance over
    # eye-to-mouth distance within this fraction of the most closed frame's (a photo tilted
    # 40 degrees changes it by 25-30 %, a person opening the mouth by 3-6 %)
    frontal_tolerance: float = 0.12
    baseline_frames: int = 3  # frames whose median is the starting pose
    hold_frames: int = 2  # consecutive frames beyond the threshold to pass a turn or the mouth
    timeout_s: float = 7.0
    static_frames: int = 12  # passive cue: this many frames ...
    static_tolerance_px: float = 0.25  # ... whose landmarks all stay within this -> a still image
    min_eye_mouth_px: float = 12.0  # smaller faces are too coarse to judge


@dataclass(frozen=True)
class Pose:
    yaw: float  # + = nose towards the image's right (person turned to their left)
    pitch: float  # nose position along eyes->mouth axis (0 = eye line, 1 = mouth line)
    scale_px: float  # eye-to-mouth distance in pixels
    mouth: float | None = None  # inner-lip gap in eye-to-mouth lengths (None: not measured)
    aspect: float = 0.0  # eye distance over eye-to-mouth distance (changes when not frontal)


def pose_proxies(landmarks: np.ndarray, openness: tuple[float, float, float] | None = None) -> Pose:
    """Yaw and pitch proxies from ``landmarks`` ``(5, 2)``: left eye, right eye, nose, left
    mouth corner, right mouth corner (image left/right), as every detector stack gives them;
    ``mouth`` from ``openness`` (``Face.openness``: its mouth entry is the inner-lip gap over
    the corners' distance) when the stack measures it."""
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
    mouth = None
    if openness is not None:
        mouth = float(openness[2]) * float(np.hypot(*(pts[4] - pts[3]))) / length
    aspect = float(np.hypot(*(pts[1] - pts[0]))) / length
    return Pose(float(rel @ perp) / length, float(rel @ u) / length, length, mouth, aspect)


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
    """True once the last ``frames`` landmark sets repeat within ``tolerance_px``: the picture
    is frozen (a still image fed as a camera, or a frozen stream).

    "Repeat" allows a period: the camera path detects every ``detector.detect_every`` frames
    and tracks in between, so a frozen picture gives the detection's points, then the
    tracker's, then the detection's again - the same sequence, cycle after cycle, never one
    fixed set. The frames are split by their place in a cycle of p = 1 .. ``frames // 2``; for
    some p every group must lie within ``tolerance_px`` of its mean (p = 1: all frames alike).
    A live face moves, and sensor noise alone moves the landmarks, so its groups never do."""

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
        for period in range(1, self.frames // 2 + 1):
            groups = (arr[k::period] for k in range(period))
            if all(np.abs(g - g.mean(axis=0)).max() <= self.tolerance_px for g in groups):
                return True
        return False

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
        # the smallest mouth opening seen and the face's aspect then (open-mouth challenge)
        self._closed = (float("inf"), 1.0)
        self._recent: deque[float] = deque(maxlen=max(1, self.params.hold_frames))
        self.status = LivenessStatus(Verdict.PENDING, self.challenge, 0.0)
        self.poses: list[Pose] = []  # for benchmarks and debugging
        self.last_at = started_at  # the time of the last frame observed

    @property
    def instruction(self) -> str:
        return i18n.translate("Kiosk", INSTRUCTIONS[self.challenge])

    @property
    def hint(self) -> str:
        return i18n.translate("Kiosk", HINTS[self.challenge])

    @property
    def peak(self) -> float:
        """The largest movement the asked way so far (yaw, pitch or mouth units; for a turn or
        the mouth, what ``hold_frames`` frames in a row all reached): what the benchmark
        compares with the threshold."""
        return self._peak

    def _finish(self, verdict: Verdict, reason: str, progress: float) -> LivenessStatus:
        self.status = LivenessStatus(verdict, self.challenge, progress, reason)
        return self.status

    def check_time(self, at: float) -> LivenessStatus:
        """Fail when the time is up (call it also on frames where the face is missing)."""
        if self.status.verdict is Verdict.PENDING and at - self.started_at > self.params.timeout_s:
            return self._finish(
                Verdict.FAILED, "The movement was not seen in time.", self.status.progress
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
        openness: tuple[float, float, float] | None = None,
    ) -> LivenessStatus:
        """One frame of the challenged face; ``openness`` is ``Face.openness`` (None: not
        measured this frame, which an open-mouth challenge skips)."""
        if self.status.verdict is not Verdict.PENDING:
            return self.status
        self.last_at = at
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
        pose = pose_proxies(landmarks, openness)
        if pose.scale_px < p.min_eye_mouth_px:
            return self.status  # too small to judge; the caller asks to come closer
        mouth = self.challenge is Challenge.OPEN_MOUTH
        if mouth and pose.mouth is None:
            return self.status  # no mesh on this frame
        self.poses.append(pose)
        if self._base is None:
            self._baseline.append(pose)
            if pose.mouth is not None and pose.mouth < self._closed[0]:
                self._closed = (pose.mouth, pose.aspect)
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
            if mouth:
                # from the most closed the mouth has been during the check (a person who was
                # speaking when asked closes it at some point, and opening it again counts),
                # in the same pose as then (a tilted photo's face mesh reads its lips apart;
                # a tilt changes the face's proportions, opening the mouth hardly does)
                threshold, opened = p.mouth_threshold, pose.mouth or 0.0
                if opened < self._closed[0]:
                    self._closed = (opened, pose.aspect)
                closed, aspect = self._closed
                same_pose = abs(pose.aspect / aspect - 1.0) <= p.frontal_tolerance
                delta = opened - closed if same_pose else 0.0
            else:
                sign = 1.0 if self.challenge is Challenge.TURN_LEFT else -1.0
                delta, threshold = sign * (pose.yaw - base.yaw), p.yaw_threshold
            # what the last hold_frames frames all reached: one glitchy frame (a mesh that
            # jumps for a frame on a tilted photo) neither passes nor fills the progress bar
            self._recent.append(delta)
            held = min(self._recent) if len(self._recent) == self._recent.maxlen else 0.0
            self._peak = max(self._peak, held)
            progress = min(1.0, max(0.0, self._peak) / threshold)
            if held >= threshold:
                return self._finish(Verdict.PASSED, "", 1.0)
        self.status = LivenessStatus(Verdict.PENDING, self.challenge, progress * 0.99)
        return self.status


def random_challenge(rng: np.random.Generator | None = None, *, nod: bool = False) -> Challenge:
    """A random head movement (a random direction, so a prepared clip is a coin toss)."""
    rng = rng or np.random.default_rng()
    options = [Challenge.TURN_LEFT, Challenge.TURN_RIGHT] + ([Challenge.NOD] if nod else [])
    return options[int(rng.integers(len(options)))]
