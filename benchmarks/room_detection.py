"""Faces found in a room: faces per frame on the shared clips, CPU time per frame, and the
hand-counted group photos, for each detector stack and camera context.

    .venv/bin/python benchmarks/room_detection.py ../shared/data [--models DIR] [--json OUT]

Stacks: BlazeFace as the kiosk runs it (``blazeface_range`` "short": short range on the
whole frame), BlazeFace as the main window runs it ("auto" outside the kiosk = "full": short
range on the whole frame plus full range on overlapping tiles sized for ``detector.min_face``),
and MTCNN (fast mode, as on camera frames). Each runs the app's own ``FacePipeline`` built for
that context: ``detect_frame`` (detector + landmarker, what the main window boxes at a full
detection) on every ``--every``-th frame of both clips of ``video/``, and ``detect_still``
(enrollment, group photos) on ``faces/_groups/`` against ``COUNTS.csv`` (faces counted by
hand; a photo with more faces than visible + partial has false boxes).

Faces per frame counts boxes, true or false: the clips carry no labels, so README's table
also gives the hand-checked split (docs: "Rooms and crowds"). CPU is this process's CPU time
(onnxruntime threads included) per frame: other processes change wall time, less CPU time;
the 1-minute load average is printed with it.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(REPO))

CLIPS = ("short_hamilton_clip.mp4", "facenet_pytorch_video.mp4")
# name -> (recognition.detector, detector.blazeface_range, scene)
STACKS: dict[str, tuple[str, str, str]] = {
    "blazeface kiosk (short)": ("blazeface", "auto", "kiosk"),
    "blazeface room (full, tiled)": ("blazeface", "auto", "room"),
    "mtcnn": ("mtcnn", "auto", "room"),
}


def clip_frames(path: Path, every: int) -> list[Any]:
    from desktop_app.vision.frames import open_source

    source = open_source(str(path), loop=False, realtime=False)
    frames, index = [], 0
    try:
        while (frame := source.read()) is not None:
            if index % every == 0:
                frames.append(frame)
            index += 1
    finally:
        source.close()
    return frames


def measure(pipe: Any, frames: list[Any], still: bool = False) -> dict[str, Any]:
    """Faces per image, their boxes, and CPU/wall ms per image (after one warm-up image)."""
    detect = pipe.detect_still if still else pipe.detect_frame
    detect(frames[0])
    counts, boxes, cpu, wall = [], [], 0.0, 0.0
    for frame in frames:
        c0, w0 = time.process_time(), time.perf_counter()
        faces = detect(frame)
        cpu += time.process_time() - c0
        wall += time.perf_counter() - w0
        counts.append(len(faces))
        boxes.append([[round(float(v), 1) for v in (*f.box, f.score)] for f in faces])
    n = len(frames)
    return {
        "frames": n,
        "faces": sum(counts),
        "faces_per_frame": round(sum(counts) / n, 2),
        "cpu_ms": round(cpu * 1000 / n, 1),
        "wall_ms": round(wall * 1000 / n, 1),
        "counts": counts,
        "boxes": boxes,  # per frame: x1, y1, x2, y2, score
    }


def group_photos(pipe: Any, groups: Path, still: bool = True) -> dict[str, Any]:
    """Faces found on each group photo against COUNTS.csv, by the still path (``still``)
    or by the camera path (``detect_frame``)."""
    from desktop_app.vision.image_io import load_image

    rows = list(csv.DictReader((groups / "COUNTS.csv").open(encoding="utf-8")))
    images = [load_image(groups / r["file"]) for r in rows]
    m = measure(pipe, images, still=still)
    visible = sum(int(r["faces_visible"]) for r in rows)
    per = {
        r["file"]: {
            "found": c,
            "visible": int(r["faces_visible"]),
            "partial": int(r["faces_partial"]),
        }
        for r, c in zip(rows, m["counts"], strict=True)
    }
    over = sum(max(0, p["found"] - p["visible"] - p["partial"]) for p in per.values())
    return {
        "found": m["faces"],
        "visible": visible,
        "surplus": over,
        "photos": per,
        "cpu_ms": m["cpu_ms"],
    }


def run(shared: Path, models: Path | None, every: int) -> dict[str, Any]:
    from desktop_app.config import load_settings
    from desktop_app.modelzoo.registry import ModelZoo, build_pipeline

    clips = {c: clip_frames(shared / "video" / c, every) for c in CLIPS}
    out: dict[str, Any] = {"every": every, "stacks": {}}
    with tempfile.TemporaryDirectory(prefix="room-detection-") as tmp:
        (Path(tmp) / "none.toml").touch()
        for name, (detector, rng, scene) in STACKS.items():
            settings = load_settings(
                config_file=Path(tmp) / "none.toml",
                environ={},
                data_dir=Path(tmp),
                recognition={"detector": detector},
                detector={"blazeface_range": rng},
            )
            zoo = ModelZoo(models or settings.paths.models)
            pipe = build_pipeline(settings, zoo, scene=scene)  # type: ignore[arg-type]
            row: dict[str, Any] = {"load": round(os.getloadavg()[0], 1)}
            for clip, frames in clips.items():
                row[clip] = measure(pipe, frames)
            row["groups"] = group_photos(pipe, shared / "faces" / "_groups")
            out["stacks"][name] = row
            print(_line(name, row), flush=True)
    return out


def _line(name: str, row: dict[str, Any]) -> str:
    parts = [f"{name}:"]
    for clip in CLIPS:
        m = row[clip]
        parts.append(
            f"{clip} {m['faces_per_frame']:.2f} faces/frame, {m['cpu_ms']:.1f} ms CPU/frame;"
        )
    g = row["groups"]
    parts.append(
        f"group photos {g['found']} of {g['visible']} (surplus {g['surplus']}), "
        f"{g['cpu_ms']:.0f} ms CPU/photo; load {row['load']}"
    )
    return " ".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("shared", type=Path, help="the shared data folder (video/, faces/_groups/)")
    ap.add_argument("--models", type=Path, help="a built models folder (default: the app's)")
    ap.add_argument("--every", type=int, default=5, help="every N-th frame of each clip")
    ap.add_argument("--json", type=Path, dest="json_out", metavar="OUT.json")
    args = ap.parse_args(argv)
    write_report(args.json_out, run(args.shared, args.models, max(1, args.every)))
    return 0


def write_report(path: Path | None, rep: dict[str, Any]) -> None:
    """The report as JSON at ``path`` (nothing when None)."""
    if path:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(rep, indent=1))


if __name__ == "__main__":
    raise SystemExit(main())
