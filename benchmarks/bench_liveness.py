"""Liveness benchmark: attack accept rate, genuine reject rate and time to pass of the landmark
liveness check, with a detector stack (the shipped default, BlazeFace + Face Mesh, or MTCNN).

    .venv/bin/python benchmarks/bench_liveness.py [--detector mtcnn] [--models DIR] [--photos 12]

What "genuine" and "attack" mean here (no actors, no printed photos at hand):

1. Real video (``../shared/data/video``), through the stack's camera path as the kiosk runs it
   (``FacePipeline.process_video_frame``). People in those clips move naturally but were not
   asked for anything:
   - the passive static cue: every window of ``static_frames`` frames the cue would flag is a
     genuine reject;
   - every challenge the stack offers, started every ``--start-every`` frames of each track as
     if the kiosk asked then: how often and how fast the natural movement passes it (a person
     who does what they are asked passes at least as fast);
   - the spread of the yaw proxy on real 3-D heads.
2. Active challenge, genuine: a head turn or nod SYNTHESISED from each real face photo by a
   depth-model warp (an ellipsoid head with a nose, ``tests/liveness_synth.head_turn_clip``),
   15-35 degrees the asked way. A mouth opening cannot be synthesised this way: the real video
   is its genuine measure.
   Every clip runs through the stack's camera path as the kiosk runs it (detection, tracking
   between detections, the track ids), at 10 frames per second of clip time.
3. Active challenge, attack: the same photo as a flat card held in front of a background and
   moved rigidly (shift, in-plane rotation, scale, and a perspective tilt of 10-45 degrees
   around the vertical or horizontal axis - the way one would try to fake a movement with a
   photo), for every challenge kind, plus the photo injected as a frozen frame.

Reported per challenge kind: attack accept rate (APCER-like), genuine reject rate (BPCER-like),
the largest movement attacks reached the asked way (``peak_max``: the margin under each
threshold), and time to pass. Numbers, not assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.config import RecognitionSettings, Settings  # noqa: E402
from desktop_app.errors import ImageError  # noqa: E402
from desktop_app.modelzoo.registry import ModelZoo, build_pipeline  # noqa: E402
from desktop_app.vision.image_io import load_image  # noqa: E402
from desktop_app.vision.liveness import (  # noqa: E402
    ActiveChallenge,
    Challenge,
    LivenessParams,
    StaticFaceCue,
    Verdict,
    pose_proxies,
)
from desktop_app.vision.pipeline import FacePipeline  # noqa: E402
from desktop_app.vision.types import Face  # noqa: E402
from tests.liveness_synth import (  # noqa: E402
    ask_on_track,
    head_turn_clip,
    replay,
    rigid_photo_clip,
    still_clip,
    video_tracks,
)

SHARED = Path(os.environ.get("FACE_ATTENDANCE_SHARED_DATA", REPO.parent / "shared" / "data"))
Detect = Callable[[np.ndarray], list[Face]]


def kinds_for(pipeline: FacePipeline) -> list[Challenge]:
    """The challenges the kiosk can ask with this stack (the mouth needs a face mesh)."""
    kinds = [Challenge.TURN_LEFT, Challenge.TURN_RIGHT, Challenge.NOD]
    return kinds + ([Challenge.OPEN_MOUTH] if pipeline.landmarker is not None else [])


def real_video(
    pipeline: FacePipeline, params: LivenessParams, max_frames: int, start_every: int
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    kinds = kinds_for(pipeline)
    for path in sorted((SHARED / "video").glob("*.mp4")):
        tracks, fps, frames = video_tracks(pipeline, path, max_frames)
        windows = flagged = tracks_flagged = eligible = 0
        yaw_spread = []
        asked: dict[str, dict[str, list[float]]] = {
            k.value: {"passed": [], "seconds": []} for k in kinds
        }
        for seq in tracks.values():
            if len(seq) < params.static_frames:
                continue
            eligible += 1
            cue = StaticFaceCue(params.static_frames, params.static_tolerance_px)
            any_flag = False
            for lm, box, _ in seq:
                static = cue.observe(lm, box)
                if len(cue._history) == params.static_frames:
                    windows += 1
                    flagged += int(static)
                    any_flag |= static
            tracks_flagged += int(any_flag)
            yaw_spread.append(float(np.ptp([pose_proxies(lm).yaw for lm, _, _ in seq])))
            # a challenge asked every start_every frames while 3 s of the track remain (the
            # clips' tracks are shorter than the time limit: the track's end ends the check)
            last = len(seq) - int(3.0 * fps)
            for start in range(0, max(0, last) + 1, start_every):
                for kind in kinds:
                    check = ask_on_track(seq[start:], kind, fps, params)
                    passed = check.status.verdict is Verdict.PASSED
                    asked[kind.value]["passed"].append(int(passed))
                    if passed:
                        asked[kind.value]["seconds"].append(check.last_at - check.started_at)
        challenges = {}
        for kind, r in asked.items():
            n, secs = len(r["passed"]), r["seconds"]
            challenges[kind] = {
                "asked": n,
                "passed": sum(r["passed"]),
                "seconds_to_pass_median": round(float(np.median(secs)), 2) if secs else None,
                "seconds_to_pass_max": round(float(np.max(secs)), 2) if secs else None,
            }
        out[path.name] = {
            "frames": frames,
            "fps": round(fps, 2),
            "tracks_of_12_or_more_frames": eligible,
            "windows": windows,
            "static_windows": flagged,
            "genuine_reject_rate_windows": round(flagged / windows, 4) if windows else None,
            "tracks_ever_flagged": tracks_flagged,
            "yaw_proxy_spread_median": round(float(np.median(yaw_spread)), 3)
            if yaw_spread
            else None,
            "challenge_asked_every_n_frames": start_every,
            "challenges": challenges,
        }
    return out


def photos(detect: Detect, n: int) -> list[tuple[str, np.ndarray, np.ndarray, np.ndarray]]:
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
            faces = detect(img)
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


def summarise(results: dict[str, dict[str, list[float]]]) -> dict[str, Any]:
    summary = {}
    for key, r in sorted(results.items()):
        n = len(r["accepted"])
        seen = [i for i in range(n) if not r["undetected"][i]]
        acc = sum(r["accepted"][i] for i in seen)
        peaks = [r["peak"][i] for i in seen]
        entry: dict[str, Any] = {"clips": n, "face_detected": len(seen), "accepted": acc}
        if key.startswith("attack"):
            entry["attack_accept_rate"] = round(acc / len(seen), 4) if seen else None
            entry["peak_max"] = round(max(peaks), 3) if peaks else None
        else:
            entry["genuine_reject_rate"] = round(1 - acc / len(seen), 4) if seen else None
            secs = [r["seconds"][i] for i in seen if r["accepted"][i]]
            entry["seconds_to_pass_median"] = round(float(np.median(secs)), 2) if secs else None
        summary[key] = entry
    return summary


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--detector",
        default=RecognitionSettings().detector,
        help="detector stack (default: the shipped default)",
    )
    ap.add_argument("--models", type=Path, help="built models folder (default: a temp build)")
    ap.add_argument("--photos", type=int, default=12)
    ap.add_argument("--max-video-frames", type=int, default=400)
    ap.add_argument("--start-every", type=int, default=10, help="real video: frames between asks")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if not (SHARED / "faces").is_dir():
        print(f"needs ../shared/data (or FACE_ATTENDANCE_SHARED_DATA); not at {SHARED}")
        return 2
    models = args.models or Path(tempfile.mkdtemp(prefix="liveness-models-"))
    settings = Settings(recognition=RecognitionSettings(detector=args.detector))
    pipeline = build_pipeline(settings, ModelZoo(models), scene="kiosk")
    detect: Detect = pipeline.detect_frame
    kinds = kinds_for(pipeline)
    params = LivenessParams()
    rng = np.random.default_rng(args.seed)
    t0 = time.perf_counter()
    load_start = os.getloadavg()[0]

    video = real_video(pipeline, params, args.max_video_frames, args.start_every)
    background = cv2.cvtColor(
        __import__("skimage.data", fromlist=["coffee"]).coffee(), cv2.COLOR_RGB2BGR
    )
    background = cv2.resize(background, (640, 480))

    results: dict[str, dict[str, list[float]]] = {}

    def record(kind: str, check: ActiveChallenge) -> None:
        r = results.setdefault(
            f"{kind}:{check.challenge.value}",
            {"accepted": [], "undetected": [], "peak": [], "seconds": []},
        )
        r["accepted"].append(int(check.status.verdict is Verdict.PASSED))
        r["undetected"].append(int(len(check.poses) <= 5 and not check.status.failed))
        r["peak"].append(check.peak)
        r["seconds"].append(check.last_at - check.started_at)

    people = photos(detect, args.photos)
    for i, (_name, img, lm, crop) in enumerate(people):
        for challenge in (Challenge.TURN_LEFT, Challenge.TURN_RIGHT, Challenge.NOD):
            # genuine: a synthetic 3-D movement of the asked kind, 15-35 degrees
            peak = float(rng.uniform(15, 35))
            sign = -1 if challenge is Challenge.TURN_RIGHT else 1
            clip = head_turn_clip(
                img,
                lm,
                kind="pitch" if challenge is Challenge.NOD else "yaw",
                peak_deg=sign * peak,
                frames=22,
                seed=int(rng.integers(1 << 30)),
            )
            record("genuine_synthetic", replay(pipeline, clip, challenge, params=params))
        for challenge in kinds:
            # attack: the photo moved and tilted about both axes (a nod: towards the camera)
            nod = challenge is Challenge.NOD
            for axis in ("horizontal", "horizontal") if nod else ("vertical", "horizontal"):
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
                record("attack_rigid_photo", replay(pipeline, clip, challenge, params=params))
        asked = [k for k in kinds if k is not Challenge.NOD]  # what the kiosk asks
        frozen = replay(pipeline, still_clip(crop, 20), asked[i % len(asked)], params=params)
        record("attack_frozen_frame", frozen)

    report = {
        "detector": " + ".join(dict.fromkeys([pipeline.detector.name, pipeline.landmark_source])),
        "params": {
            "yaw_threshold": params.yaw_threshold,
            "pitch_threshold": params.pitch_threshold,
            "mouth_threshold": params.mouth_threshold,
            "hold_frames": params.hold_frames,
            "timeout_s": params.timeout_s,
            "static_frames": params.static_frames,
            "static_tolerance_px": params.static_tolerance_px,
        },
        "photos": [p[0] for p in people],
        "real_video": video,
        "active_challenge": summarise(results),
        "seconds": round(time.perf_counter() - t0, 1),
        "load_average_start_end": [round(load_start, 1), round(os.getloadavg()[0], 1)],
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
