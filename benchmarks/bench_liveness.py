"""Liveness benchmark: attack accept rate and genuine reject rate of the landmark liveness check.

    .venv/bin/python benchmarks/bench_liveness.py [--models DIR] [--photos 12] [--json]

What "genuine" and "attack" mean here (no actors, no printed photos at hand):

1. Passive static cue on REAL video (``../shared/data/video``): people in those clips move
   naturally; every face track is followed with the live detector (full detection every
   ``detect_every`` frames, O-Net tracking in between, as the kiosk does) and every window of
   ``static_frames`` frames the cue would flag is a genuine reject. The same clips also give
   the natural spread of the yaw proxy on real 3-D heads.
2. Active challenge, genuine: the clips are not of people doing the challenge, so a genuine
   head turn is SYNTHESISED from each real face photo by a depth-model warp (an ellipsoid head
   with a nose, ``liveness_synth.head_turn_clip``) turning 15-35 degrees the asked way.
3. Active challenge, attack: the same photo as a flat card held in front of a background and
   moved rigidly (shift, in-plane rotation, scale, and a perspective tilt of 10-45 degrees
   around the vertical or horizontal axis - the way one would try to fake a turn with a
   photo), plus the photo injected as a frozen frame.

Reported per challenge kind: attack accept rate (APCER-like) and genuine reject rate
(BPCER-like, on synthetic turns). Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.config import DetectorSettings  # noqa: E402
from desktop_app.errors import ImageError  # noqa: E402
from desktop_app.modelzoo.registry import ModelZoo  # noqa: E402
from desktop_app.vision.detector import MTCNNDetector  # noqa: E402
from desktop_app.vision.image_io import load_image  # noqa: E402
from desktop_app.vision.liveness import (  # noqa: E402
    Challenge,
    LivenessParams,
    StaticFaceCue,
    Verdict,
    pose_proxies,
)
from desktop_app.vision.tracker import IoUTracker  # noqa: E402
from tests.liveness_synth import (  # noqa: E402
    head_turn_clip,
    replay,
    rigid_photo_clip,
    still_clip,
)

SHARED = REPO.parent / "shared" / "data"


def video_tracks(det: MTCNNDetector, path: Path, detect_every: int, max_frames: int) -> dict:
    cap = cv2.VideoCapture(str(path))
    tracker = IoUTracker()
    tracks: dict[int, list[tuple[np.ndarray, tuple]]] = {}
    prev: list[Any] = []
    i = 0
    while i < max_frames:
        ok, frame = cap.read()
        if not ok:
            break
        if frame.shape[1] > 960:  # the 1080p clip: the kiosk works at 640-960 px
            frame = cv2.resize(frame, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
        faces = det.detect(frame) if (i % detect_every == 0 or not prev) else det.track(frame, prev)
        prev = faces
        for tid, f in zip(tracker.update([f.box for f in faces]), faces, strict=True):
            tracks.setdefault(tid, []).append((f.landmarks.copy(), f.box))
        i += 1
    cap.release()
    return {"frames": i, "tracks": tracks}


def passive_on_video(
    det: MTCNNDetector, params: LivenessParams, detect_every: int, max_frames: int
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for path in sorted((SHARED / "video").glob("*.mp4")):
        got = video_tracks(det, path, detect_every, max_frames)
        windows = flagged = 0
        tracks_flagged = 0
        yaw_spread = []
        eligible = 0
        for seq in got["tracks"].values():
            if len(seq) < params.static_frames:
                continue
            eligible += 1
            cue = StaticFaceCue(params.static_frames, params.static_tolerance_px)
            any_flag = False
            for lm, box in seq:
                static = cue.observe(lm, box)
                if len(cue._history) == params.static_frames:
                    windows += 1
                    flagged += int(static)
                    any_flag |= static
            tracks_flagged += int(any_flag)
            yaws = [pose_proxies(lm).yaw for lm, _ in seq]
            yaw_spread.append(float(np.ptp(yaws)))
        out[path.name] = {
            "frames": got["frames"],
            "tracks_of_12_or_more_frames": eligible,
            "windows": windows,
            "static_windows": flagged,
            "genuine_reject_rate_windows": round(flagged / windows, 4) if windows else None,
            "tracks_ever_flagged": tracks_flagged,
            "yaw_proxy_spread_median": round(float(np.median(yaw_spread)), 3)
            if yaw_spread
            else None,
            "yaw_proxy_spread_p90": round(float(np.percentile(yaw_spread, 90)), 3)
            if yaw_spread
            else None,
        }
    return out


def photos(det: MTCNNDetector, n: int) -> list[tuple[str, np.ndarray, np.ndarray, np.ndarray]]:
    """(name, image, landmarks, face crop) for the first photo of up to n identities with one
    clear, roughly frontal face."""
    out = []
    for folder in sorted(
        p for p in (SHARED / "faces").iterdir() if p.is_dir() and not p.name.startswith("_")
    ):
        for f in sorted(folder.iterdir()):
            try:
                img = load_image(f)
            except ImageError:
                continue
            scale = 640 / max(img.shape[:2])
            if scale < 1:
                img = cv2.resize(img, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
            faces = det.detect(img)
            if len(faces) != 1 or faces[0].width < 70:
                continue
            face = faces[0]
            if abs(pose_proxies(face.landmarks).yaw) > 0.08:  # want a frontal photo
                continue
            x1, y1, x2, y2 = (int(v) for v in face.box)
            m = int(0.6 * (x2 - x1))
            crop = img[max(0, y1 - m) : y2 + m, max(0, x1 - m) : x2 + m].copy()
            out.append((f"{folder.name}/{f.name}", img, face.landmarks, crop))
            break
        if len(out) >= n:
            break
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--models", type=Path, help="built models folder (default: a temp build)")
    ap.add_argument("--photos", type=int, default=12)
    ap.add_argument("--attacks-per-photo", type=int, default=6)
    ap.add_argument("--max-video-frames", type=int, default=400)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if not (SHARED / "faces").is_dir():
        print("needs ../shared/data", file=sys.stderr)
        return 2
    models = args.models
    if models is None:
        import tempfile

        models = Path(tempfile.mkdtemp(prefix="liveness-models-"))
        ModelZoo(models).ensure("mtcnn")
    det = MTCNNDetector.from_folder(models / "mtcnn", DetectorSettings())
    params = LivenessParams()
    rng = np.random.default_rng(args.seed)
    t0 = time.perf_counter()

    passive = passive_on_video(det, params, DetectorSettings().detect_every, args.max_video_frames)
    background = cv2.cvtColor(
        __import__("skimage.data", fromlist=["coffee"]).coffee(), cv2.COLOR_RGB2BGR
    )
    background = cv2.resize(background, (640, 480))

    results: dict[str, dict[str, list[int]]] = {}

    def record(kind: str, challenge: Challenge, verdict: Verdict, detected: bool) -> None:
        key = f"{kind}:{'turn' if challenge is not Challenge.NOD else 'nod'}"
        r = results.setdefault(key, {"accepted": [], "undetected": []})
        r["accepted"].append(int(verdict is Verdict.PASSED))
        r["undetected"].append(int(not detected))

    people = photos(det, args.photos)
    for _name, img, lm, crop in people:
        for challenge in (Challenge.TURN_LEFT, Challenge.TURN_RIGHT, Challenge.NOD):
            # genuine: a synthetic 3-D movement of the asked kind, 15-35 degrees
            peak = float(rng.uniform(15, 35))
            if challenge is Challenge.NOD:
                clip = head_turn_clip(
                    img, lm, kind="pitch", peak_deg=peak, frames=22, seed=int(rng.integers(1 << 30))
                )
            else:
                sign = 1 if challenge is Challenge.TURN_LEFT else -1
                clip = head_turn_clip(
                    img,
                    lm,
                    kind="yaw",
                    peak_deg=sign * peak,
                    frames=22,
                    seed=int(rng.integers(1 << 30)),
                )
            check = replay(det, clip, challenge, params=params)
            record("genuine_synthetic", challenge, check.status.verdict, len(check.poses) > 5)
        for k in range(args.attacks_per_photo):
            challenge = [Challenge.TURN_LEFT, Challenge.TURN_RIGHT, Challenge.NOD][k % 3]
            axis = "horizontal" if challenge is Challenge.NOD or k % 2 else "vertical"
            clip = rigid_photo_clip(
                crop,
                background,
                frames=30,
                tilt_axis=axis,
                tilt_deg=float(rng.uniform(10, 45) * rng.choice([-1, 1])),
                rotate_deg=float(rng.uniform(0, 12)),
                shift_frac=float(rng.uniform(0, 0.1)),
                noise=float(rng.uniform(1, 4)),
                seed=int(rng.integers(1 << 30)),
            )
            check = replay(det, clip, challenge, params=params)
            record("attack_rigid_photo", challenge, check.status.verdict, len(check.poses) > 5)
        check = replay(
            det,
            still_clip(cv2.resize(crop, None, fx=1.0, fy=1.0), 20),
            Challenge.TURN_LEFT,
            params=params,
        )
        record(
            "attack_frozen_frame", Challenge.TURN_LEFT, check.status.verdict, len(check.poses) > 5
        )

    summary = {}
    for key, r in sorted(results.items()):
        n = len(r["accepted"])
        detected = n - sum(r["undetected"])
        acc = sum(a for a, u in zip(r["accepted"], r["undetected"], strict=True) if not u)
        kind = key.split(":")[0]
        entry = {"clips": n, "face_detected": detected, "accepted": acc}
        if kind.startswith("attack"):
            entry["attack_accept_rate"] = round(acc / detected, 4) if detected else None
        else:
            entry["genuine_reject_rate"] = round(1 - acc / detected, 4) if detected else None
        summary[key] = entry
    report = {
        "params": {
            "yaw_threshold": params.yaw_threshold,
            "pitch_threshold": params.pitch_threshold,
            "hold_frames": params.hold_frames,
            "static_frames": params.static_frames,
            "static_tolerance_px": params.static_tolerance_px,
        },
        "photos": [p[0] for p in people],
        "passive_static_cue_on_real_video": passive,
        "active_challenge": summary,
        "seconds": round(time.perf_counter() - t0, 1),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
