"""Synthetic clips for testing and measuring the liveness check (no camera, no actors).

- :func:`head_turn_clip`: a face photo warped with a depth model of a head (an ellipsoid plus
  a nose bump), so points move sideways in proportion to how far they stand out: a yaw-like
  3-D motion (``kind="yaw"``) or a nod (``kind="pitch"``), with camera noise per frame.
- :func:`rigid_photo_clip`: the same photo as a flat printed picture held in front of a
  background and moved rigidly: shifted, rotated in plane, scaled and tilted (a homography of
  the plane, up to ``tilt_deg`` around its vertical or horizontal axis) - what an attacker does
  to imitate a head turn with a photo.

Both return BGR ``uint8`` frames. Faces come from the caller (a real photo in benchmarks, the
public-domain astronaut in tests). Pure numpy + OpenCV (scikit-image's coffee cup as the kiosk
background).

:func:`standing` holds a face photo's :func:`portrait` still in front of the kiosk (a person
waiting to be recognised; every person at the same place, for hand-over tests).

:func:`replay` runs a challenge over such a clip as the kiosk would; :func:`video_tracks` and
:func:`ask_on_track` do the same for the face tracks of a real video.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from pathlib import Path

import cv2
import numpy as np
from skimage import data

from desktop_app.vision.image_io import load_image
from desktop_app.vision.liveness import ActiveChallenge, Challenge, LivenessParams, Verdict
from desktop_app.vision.pipeline import FacePipeline


def _face_frame(landmarks: np.ndarray) -> tuple[np.ndarray, float]:
    pts = np.asarray(landmarks, np.float64).reshape(5, 2)
    center = (pts[0] + pts[1] + pts[3] + pts[4]) / 4.0
    iod = float(np.hypot(*(pts[1] - pts[0])))
    return center, iod


def head_depth(shape: tuple[int, int], landmarks: np.ndarray) -> np.ndarray:
    """Depth (towards the camera, pixels) of a head whose face has these landmarks."""
    h, w = shape
    center, iod = _face_frame(landmarks)
    nose = np.asarray(landmarks, np.float64)[2]
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float64)
    rx, ry = 1.25 * iod, 1.7 * iod  # half width / half height of the head ellipsoid
    q = 1.0 - ((xx - center[0]) / rx) ** 2 - ((yy - center[1]) / ry) ** 2
    z = rx * np.sqrt(np.clip(q, 0.0, None))
    s = 0.28 * iod
    z += (
        0.45
        * iod
        * np.exp(-(((xx - nose[0]) ** 2 + (yy - nose[1] + 0.2 * iod) ** 2) / (2 * s * s)))
    )
    return z.astype(np.float32)


def warp_head(image: np.ndarray, depth: np.ndarray, yaw_deg: float, pitch_deg: float) -> np.ndarray:
    """Rotate the head by small angles: each pixel moves by its depth times sin(angle)."""
    h, w = depth.shape
    sy, sp = math.sin(math.radians(yaw_deg)), math.sin(math.radians(pitch_deg))
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    mx, my = xx.copy(), yy.copy()
    for _ in range(4):  # fixed point: the source pixel whose moved position is (x, y)
        z = cv2.remap(depth, mx, my, cv2.INTER_LINEAR)
        mx = xx - sy * z
        my = yy - sp * z
    return cv2.remap(image, mx, my, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REFLECT)


def _noise(frame: np.ndarray, rng: np.random.Generator, sigma: float) -> np.ndarray:
    if sigma <= 0:
        return frame
    noisy = frame.astype(np.float32) + rng.normal(0, sigma, frame.shape).astype(np.float32)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def head_turn_clip(
    image: np.ndarray,
    landmarks: np.ndarray,
    *,
    kind: str = "yaw",
    peak_deg: float = 30.0,
    frames: int = 24,
    still_frames: int = 4,
    noise: float = 2.0,
    seed: int = 0,
) -> Iterator[np.ndarray]:
    """Frontal for ``still_frames``, then a smooth turn to ``peak_deg`` and back.
    ``kind``: "yaw" (positive = the person turns to their left = nose to image right),
    "pitch" (positive = chin down)."""
    rng = np.random.default_rng(seed)
    depth = head_depth(image.shape[:2], landmarks)
    for i in range(frames):
        t = max(0, i - still_frames) / max(1, frames - still_frames - 1)
        angle = peak_deg * math.sin(math.pi * t)
        yaw, pitch = (angle, 0.0) if kind == "yaw" else (0.0, angle)
        frame = warp_head(image, depth, yaw, pitch)
        jitter = np.array([[1, 0, rng.normal(0, 0.6)], [0, 1, rng.normal(0, 0.6)]], np.float32)
        frame = cv2.warpAffine(
            frame, jitter, (image.shape[1], image.shape[0]), borderMode=cv2.BORDER_REFLECT
        )
        yield _noise(frame, rng, noise)


def rigid_photo_clip(
    photo: np.ndarray,
    background: np.ndarray,
    *,
    frames: int = 24,
    tilt_axis: str = "vertical",
    tilt_deg: float = 35.0,
    rotate_deg: float = 8.0,
    shift_frac: float = 0.08,
    scale_range: tuple[float, float] = (0.9, 1.1),
    noise: float = 2.0,
    seed: int = 0,
    photo_scale: float = 0.6,
) -> Iterator[np.ndarray]:
    """``photo`` (a picture of a face) as a flat card held in front of ``background`` and moved
    rigidly: the card is tilted around ``tilt_axis`` ("vertical" imitates a head turn,
    "horizontal" a nod) up to ``tilt_deg`` with perspective, rotated, shifted and scaled."""
    rng = np.random.default_rng(seed)
    bh, bw = background.shape[:2]
    card = cv2.copyMakeBorder(photo, 8, 8, 8, 8, cv2.BORDER_CONSTANT, value=(235, 235, 235))
    ch, cw = card.shape[:2]
    base = photo_scale * min(bh / ch, bw / cw)
    corners = np.array(
        [[-cw / 2, -ch / 2, 0], [cw / 2, -ch / 2, 0], [cw / 2, ch / 2, 0], [-cw / 2, ch / 2, 0]],
        np.float64,
    )
    focal = 1.2 * max(bw, bh)
    phase = rng.uniform(0, 2 * math.pi, size=4)
    for i in range(frames):
        t = i / max(1, frames - 1)
        tilt = math.radians(tilt_deg * math.sin(math.pi * t))
        rot = math.radians(rotate_deg * math.sin(2 * math.pi * t + phase[0]))
        scale = base * (
            scale_range[0]
            + (scale_range[1] - scale_range[0]) * (0.5 + 0.5 * math.sin(2 * math.pi * t + phase[1]))
        )
        dx = shift_frac * bw * math.sin(2 * math.pi * t + phase[2])
        dy = shift_frac * bh * math.sin(2 * math.pi * t + phase[3])
        c, s = math.cos(tilt), math.sin(tilt)
        tilt_m = (
            np.array([[c, 0, s], [0, 1, 0], [-s, 0, c]])
            if tilt_axis == "vertical"
            else np.array([[1, 0, 0], [0, c, -s], [0, s, c]])
        )
        cr, sr = math.cos(rot), math.sin(rot)
        roll = np.array([[cr, -sr, 0], [sr, cr, 0], [0, 0, 1]])
        pts3 = (roll @ tilt_m @ (corners * scale).T).T
        depth = focal * 1.0
        proj = np.array(
            [
                [focal * x / (depth + z) + bw / 2 + dx, focal * y / (depth + z) + bh / 2 + dy]
                for x, y, z in pts3
            ],
            np.float32,
        )
        src = np.array([[0, 0], [cw, 0], [cw, ch], [0, ch]], np.float32)
        hmat = cv2.getPerspectiveTransform(src, proj)
        warped = cv2.warpPerspective(card, hmat, (bw, bh))
        mask = cv2.warpPerspective(np.full((ch, cw), 255, np.uint8), hmat, (bw, bh))
        frame = background.copy()
        frame[mask > 127] = warped[mask > 127]
        yield _noise(frame, rng, noise)


def kiosk_background() -> np.ndarray:
    """A 640x480 kiosk background (scikit-image's public-domain coffee cup)."""
    return cv2.resize(cv2.cvtColor(data.coffee(), cv2.COLOR_RGB2BGR), (640, 480))


def portrait(pipeline: FacePipeline, photo: Path) -> np.ndarray:
    """The photo cropped to a square head-and-shoulders portrait around its largest face."""
    img = load_image(photo)
    face = max(pipeline.detect_still(img), key=lambda f: f.area)
    x1, y1, x2, y2 = face.box
    side = 2.4 * max(x2 - x1, y2 - y1)
    cx, cy = (x1 + x2) / 2, (y1 + y2) / 2 + 0.1 * side
    m = np.array([[300 / side, 0, 150 - cx * 300 / side], [0, 300 / side, 150 - cy * 300 / side]])
    return cv2.warpAffine(img, m, (300, 300), borderMode=cv2.BORDER_REPLICATE)


def standing(
    person: np.ndarray,
    frames: int,
    seed: int,
    *,
    photo_scale: float = 0.5,
    background: np.ndarray | None = None,
) -> list[np.ndarray]:
    """A person standing in front of the kiosk: the portrait at the middle of the frame,
    moving by a few pixels (the same place for every person). ``photo_scale`` 0.5: the
    face is about 80 px wide in 640x480 (0.7: about 115 px)."""
    return list(
        rigid_photo_clip(
            person,
            kiosk_background() if background is None else background,
            frames=frames,
            tilt_deg=3.0,
            rotate_deg=2.0,
            shift_frac=0.01,
            scale_range=(0.98, 1.02),
            photo_scale=photo_scale,
            seed=seed,
        )
    )


def still_clip(image: np.ndarray, frames: int = 20) -> Iterator[np.ndarray]:
    """The same image again and again (a still picture injected as the camera)."""
    for _ in range(frames):
        yield image.copy()


def replay(
    pipeline: FacePipeline,
    frames: Iterable[np.ndarray],
    challenge: Challenge,
    *,
    fps: float = 10.0,
    params: LivenessParams | None = None,
    person_id: int | None = None,
) -> ActiveChallenge:
    """Run ``challenge`` over ``frames`` as the kiosk would: the pipeline's camera path
    (``process_video_frame``: detection, tracking between detections, the track ids), the
    largest face's track, one frame every 1/``fps`` seconds. Returns the challenge (its
    ``status``, recorded ``poses``, and ``last_at - started_at`` the time it took)."""
    pipeline.reset()
    check: ActiveChallenge | None = None
    t = 0.0
    for image in frames:
        t += 1.0 / fps
        seen = pipeline.process_video_frame(image)
        if not seen:
            if check is not None:
                check.check_time(t)
            continue
        obs = max(seen, key=lambda o: o.face.area)
        if check is None:
            check = ActiveChallenge(
                challenge, track_id=obs.track_id, person_id=person_id, started_at=t, params=params
            )
        f = obs.face
        check.observe(
            f.landmarks,
            f.box,
            track_id=obs.track_id,
            person_id=person_id,
            at=t,
            openness=f.openness,
        )
        if check.status.verdict is not Verdict.PENDING:
            break
    if check is None:
        check = ActiveChallenge(challenge, track_id=None, person_id=None, started_at=0.0)
    return check


# One observed face of a track: (landmarks, box, openness).
TrackFrame = tuple[np.ndarray, tuple[float, float, float, float], tuple[float, float, float] | None]


def video_tracks(
    pipeline: FacePipeline, path: Path, max_frames: int = 10_000
) -> tuple[dict[int, list[TrackFrame]], float, int]:
    """Every face track of a video through the camera path (``process_video_frame``, as the
    kiosk runs it): (track id -> frames, the clip's fps, frames read). Frames wider than
    960 px are halved (the kiosk works at 640-960 px)."""
    cap = cv2.VideoCapture(str(path))
    fps = float(cap.get(cv2.CAP_PROP_FPS)) or 25.0
    pipeline.reset()
    tracks: dict[int, list[TrackFrame]] = {}
    i = 0
    while i < max_frames:
        ok, frame = cap.read()
        if not ok:
            break
        if frame.shape[1] > 960:
            frame = cv2.resize(frame, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
        for obs in pipeline.process_video_frame(frame):
            f = obs.face
            tracks.setdefault(int(obs.track_id or 0), []).append(
                (f.landmarks.copy(), f.box, f.openness)
            )
        i += 1
    cap.release()
    return tracks, fps, i


def ask_on_track(
    frames: list[TrackFrame],
    challenge: Challenge,
    fps: float,
    params: LivenessParams | None = None,
) -> ActiveChallenge:
    """``challenge`` asked at the first of a recorded track's ``frames`` (as if the kiosk
    asked then), fed the following frames at the clip's ``fps`` until a verdict."""
    check = ActiveChallenge(challenge, track_id=1, person_id=None, started_at=0.0, params=params)
    for k, (lm, box, openness) in enumerate(frames, start=1):
        status = check.observe(lm, box, track_id=1, person_id=None, at=k / fps, openness=openness)
        if status.verdict is not Verdict.PENDING:
            break
    return check
