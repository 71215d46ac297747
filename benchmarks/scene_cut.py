"""Scene-cut rule: false and missed cuts on every shared clip and in camera-like conditions.

    .venv/bin/python benchmarks/scene_cut.py ../shared/data [--json OUT.json]

A cut ends every track (``FacePipeline.scene_cut``): a missed cut can carry a confirmed name
onto another person; a false cut makes everyone in view wait for re-confirmation. Two rules
are compared on the same 32x24 grey thumbnails: the shipped one (``pipeline.shot_change``,
1 - correlation, above ``SCENE_CUT``) and the earlier mean absolute difference above 20 grey
levels.

- Clips: every consecutive frame pair of every clip in ``video/``; the true cuts are the
  hand-checked ones in ``CUTS`` (the street clip has none).
- Camera-like conditions, made from real frames (every 10th street frame, every 25th stage
  frame, and the first photo of each person in ``faces/`` letterboxed to 640x480): an
  exposure step between two frames (lights switched, auto exposure re-metering; applied in
  linear light, clipped), half the room brighter or darker, someone walking past close to
  the lens (a defocused close-up 1.6x the frame's height) or behind (0.8x), and someone
  walking up to the camera (their face growing from 0.4x to 1.4x the frame's height). A
  rule firing anywhere in such a sequence is a false cut.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.vision.image_io import load_image  # noqa: E402
from desktop_app.vision.pipeline import SCENE_CUT, shot_change, thumbnail  # noqa: E402

CUTS = {"short_hamilton_clip.mp4": {20, 82, 211}}  # frame index of the first new frame
OLD_GREY = 20.0
W, H = 640, 480


def old_change(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a - b).mean())


RULES: dict[str, tuple[Callable[[np.ndarray, np.ndarray], float], float]] = {
    "correlation (shipped)": (shot_change, SCENE_CUT),
    "grey difference > 20 (before)": (old_change, OLD_GREY),
}


def read_frames(path: Path, every: int = 1) -> list[np.ndarray]:
    cap = cv2.VideoCapture(str(path))
    frames, i = [], 0
    while True:
        ok, frame = cap.read()
        if not ok:
            break
        if i % every == 0:
            frames.append(frame)
        i += 1
    cap.release()
    return frames


def letterbox(img: np.ndarray) -> np.ndarray:
    h, w = img.shape[:2]
    s = min(W / w, H / h)
    img = cv2.resize(img, (int(w * s), int(h * s)), interpolation=cv2.INTER_AREA)
    out = np.full((H, W, 3), 128, np.uint8)
    y, x = (H - img.shape[0]) // 2, (W - img.shape[1]) // 2
    out[y : y + img.shape[0], x : x + img.shape[1]] = img
    return out


def exposure(frame: np.ndarray, ev: float, mask: np.ndarray | None = None) -> np.ndarray:
    lin = (frame.astype(np.float32) / 255) ** 2.2
    out = lin * 2.0**ev if mask is None else np.where(mask, lin * 2.0**ev, lin)
    return (np.clip(out, 0, 1) ** (1 / 2.2) * 255).round().astype(np.uint8)


def walk_past(frame: np.ndarray, person: np.ndarray, n: int, scale: float) -> Iterator[np.ndarray]:
    """A person ``scale`` x the frame's height crossing it in ``n`` frames (defocused when
    close to the lens)."""
    hh = int(H * scale)
    ww = int(person.shape[1] * hh / person.shape[0])
    big = cv2.resize(person, (ww, hh))
    if scale > 1:
        big = cv2.GaussianBlur(big, (31, 31), 0)
    for k in range(n + 1):
        x0 = int(-ww + (W + ww) * k / n)
        out = frame.copy()
        xa, xb = max(0, x0), min(W, x0 + ww)
        ya, yb = max(0, (H - hh) // 2), min(H, (H - hh) // 2 + hh)
        if xb > xa:
            sy = ya - (H - hh) // 2
            out[ya:yb, xa:xb] = big[sy : sy + (yb - ya), xa - x0 : xb - x0]
        yield out


def walk_up(frame: np.ndarray, person: np.ndarray, n: int) -> Iterator[np.ndarray]:
    """A person walking up to the camera: their photo, centred, from 0.4x to 1.4x the
    frame's height over ``n`` frames."""
    for k in range(n + 1):
        hh = int(H * (0.4 + 1.0 * k / n))
        ww = int(person.shape[1] * hh / person.shape[0])
        big = cv2.resize(person, (ww, hh))
        out = frame.copy()
        y0, x0 = (H - hh) // 2, (W - ww) // 2
        ya, yb, xa, xb = max(0, y0), min(H, y0 + hh), max(0, x0), min(W, x0 + ww)
        out[ya:yb, xa:xb] = big[ya - y0 : yb - y0, xa - x0 : xb - x0]
        yield out


def fires(seq: Iterator[np.ndarray]) -> dict[str, float]:
    """The largest change of each rule between consecutive frames of ``seq``."""
    thumbs = [thumbnail(f) for f in seq]
    return {
        name: max(fn(a, b) for a, b in itertools.pairwise(thumbs))
        for name, (fn, _) in RULES.items()
    }


def clips(video: Path) -> list[dict[str, Any]]:
    rows = []
    for path in sorted(video.glob("*.mp4")):
        thumbs = [thumbnail(f) for f in read_frames(path)]
        cuts = CUTS.get(path.name, set())
        for name, (fn, limit) in RULES.items():
            change = [fn(a, b) for a, b in itertools.pairwise(thumbs)]
            fired = {i + 1 for i, c in enumerate(change) if c > limit}
            at_cuts = [change[i - 1] for i in sorted(cuts)]
            elsewhere = [c for i, c in enumerate(change) if i + 1 not in cuts]
            rows.append(
                {
                    "clip": path.name,
                    "rule": name,
                    "frame_pairs": len(change),
                    "true_cuts": sorted(cuts),
                    "false_cuts": sorted(fired - cuts),
                    "missed_cuts": sorted(cuts - fired),
                    "lowest_at_a_cut": round(min(at_cuts), 3) if at_cuts else None,
                    "highest_elsewhere": round(max(elsewhere), 3),
                }
            )
    return rows


def camera(data: Path) -> list[dict[str, Any]]:
    video = data / "video"
    bases = {
        "street": [
            cv2.resize(f, (W, H)) for f in read_frames(video / "facenet_pytorch_video.mp4", 10)
        ],
        "stage": [
            cv2.resize(f, (W, H)) for f in read_frames(video / "short_hamilton_clip.mp4", 25)
        ],
    }
    portraits = []
    for folder in sorted(p for p in (data / "faces").iterdir() if p.is_dir() and p.name[0] != "_"):
        files = sorted(folder.glob("1.*")) or sorted(folder.iterdir())
        portraits.append(letterbox(load_image(files[0])))
    bases["portrait"] = portraits
    people = portraits[:3]
    left = np.zeros((H, W, 1), bool)
    left[:, : W // 2] = True
    conditions: dict[str, Callable[[np.ndarray], list[Iterator[np.ndarray]]]] = {}
    for ev in (-2.0, -1.0, -0.5, -1 / 3, 1 / 3, 0.5, 1.0, 2.0):
        conditions[f"exposure step {ev:+.2f} EV"] = lambda f, ev=ev: [iter([f, exposure(f, ev)])]
    for ev in (-1.0, 1.0):
        conditions[f"half the room {ev:+.0f} EV"] = lambda f, ev=ev: [
            iter([f, exposure(f, ev, left)])
        ]
    for n in (8, 15, 30):
        conditions[f"walking past close to the lens, {n} frames"] = lambda f, n=n: [
            walk_past(f, p, n, 1.6) for p in people
        ]
    for n in (30, 60):
        conditions[f"walking past behind, {n} frames"] = lambda f, n=n: [
            walk_past(f, p, n, 0.8) for p in people
        ]
    for n in (15, 30):
        conditions[f"walking up to the camera, {n} frames"] = lambda f, n=n: [
            walk_up(f, p, n) for p in people
        ]
    rows = []
    # true cuts: one portrait shot to another person's (the same grey surround, faces of a
    # similar size at a similar place: the hardest cut for any frame difference)
    row: dict[str, Any] = {"condition": "cut: one portrait shot to another's", "sequences": 0}
    for rule, (fn, limit) in RULES.items():
        changes = [
            fn(thumbnail(a), thumbnail(b))
            for i, a in enumerate(portraits)
            for b in portraits[i + 1 :]
        ]
        row["sequences"] = len(changes)
        row[rule] = {
            "missed_cuts": sum(c <= limit for c in changes),
            "lowest": round(min(changes), 3),
        }
    rows.append(row)
    for cond, make in conditions.items():
        row: dict[str, Any] = {"condition": cond, "sequences": 0}
        for rule in RULES:
            row[rule] = {"false_cuts": 0, "highest": 0.0}
        for frames in bases.values():
            for f in frames:
                for seq in make(f):
                    row["sequences"] += 1
                    for rule, value in fires(seq).items():
                        row[rule]["false_cuts"] += int(value > RULES[rule][1])
                        row[rule]["highest"] = round(max(row[rule]["highest"], value), 3)
        rows.append(row)
    return rows


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("data", type=Path, help="the shared data folder (with video/ and faces/)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    out = {"clips": clips(args.data / "video"), "camera": camera(args.data)}
    for r in out["clips"]:
        print(
            f"{r['clip']:28s} {r['rule']:30s} cuts {r['true_cuts']} false {r['false_cuts']} "
            f"missed {r['missed_cuts']} lowest at a cut {r['lowest_at_a_cut']} "
            f"highest elsewhere {r['highest_elsewhere']}"
        )
    names = list(RULES)
    print(f"\n{'condition':44s} seqs  " + "  ".join(f"{n} (false, highest)" for n in names))
    for r in out["camera"]:
        if "missed_cuts" in r[names[0]]:
            cells = "  ".join(
                f"missed {r[n]['missed_cuts']:4d} lowest {r[n]['lowest']:7.3f}" for n in names
            )
            print(f"{r['condition']:44s} {r['sequences']:4d}  {cells}")
            continue
        cells = "  ".join(f"{r[n]['false_cuts']:4d} {r[n]['highest']:7.3f}" for n in names)
        print(f"{r['condition']:44s} {r['sequences']:4d}  {cells}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
