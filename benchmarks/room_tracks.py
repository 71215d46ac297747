"""What the main window boxes on the shared clips: its tracks, which of them are faces, and
the group photos found by the room scan and by the still path.

    .venv/bin/python benchmarks/room_tracks.py ../shared/data [--models DIR] [--json OUT]
        [--crops DIR]

Every frame of both clips of ``video/`` runs through ``LiveLoop.for_context`` (the loop of
the main window and ``recognize``; scene "room": the room scan, Face Mesh keeping the faces
it doubts) with nobody enrolled, so every box is an "Unknown" the operator sees. Each track
is then one of:

- **second box**: in at least half of its frames it holds most (``CONTAINED``) of another
  face's box of the same frame: a second "Unknown" around someone already boxed;
- **not a face** or **dim**: it overlaps (IoU >= 0.3) a region named below in that region's
  frames. The regions were found by looking at every track's crops (``--crops``): things
  that are no face at all, and audience faces barely visible in the dark (neither required
  nor wrong);
- **face**: any other track (any pose, partly hidden included). A new kind of false box
  shows up here, so look at the crops after a change.

Also the group photos of ``faces/_groups`` against ``COUNTS.csv`` (faces counted by hand),
through the still path (``detect_still``: Open photo, enrollment) and the room scan
(``detect_frame``: Identify now on a camera picture), and the process CPU time per clip
frame with the 1-minute load average. ``--crops DIR`` writes one contact sheet of crops per
track to look at (not for committing: the data of ../shared stays there).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(REPO))

from benchmarks.room_detection import group_photos, write_report  # noqa: E402
from benchmarks.stranger_pass import make_context  # noqa: E402
from desktop_app.vision.blazeface import CONTAINED  # noqa: E402
from desktop_app.vision.boxes import iou_matrix  # noqa: E402

CLIPS = ("short_hamilton_clip.mp4", "facenet_pytorch_video.mp4")

# (clip, first frame, last frame, x1, y1, x2, y2, what): found by looking at every track's
# crops of the room scan before and after the session-7 changes (README, "Rooms and crowds").
NOT_FACES = [
    ("short_hamilton_clip.mp4", 10, 14, 279, -12, 420, 129, "dark curtain and candelabra"),
    ("short_hamilton_clip.mp4", 31, 39, 124, 270, 155, 302, "candle flames"),
    ("short_hamilton_clip.mp4", 50, 54, 496, 45, 653, 203, "blurred audience behind a head"),
]
DIM = [
    ("short_hamilton_clip.mp4", 31, 34, 143, 62, 202, 121, "dark audience face"),
    ("short_hamilton_clip.mp4", 53, 54, 462, 138, 565, 241, "dark audience face"),
    ("short_hamilton_clip.mp4", 60, 64, 334, 104, 397, 167, "dark audience face"),
    ("short_hamilton_clip.mp4", 66, 69, 187, 97, 249, 159, "dark audience face"),
    ("short_hamilton_clip.mp4", 77, 77, 164, 92, 222, 150, "dark audience face"),
]


@dataclass
class Track:
    frames: list[int] = field(default_factory=list)
    boxes: list[tuple[float, ...]] = field(default_factory=list)
    holds_another: int = 0  # frames in which its box holds most of another face's box
    kind: str = "face"
    what: str = ""


def _holds(outer: np.ndarray, inner: np.ndarray) -> bool:
    ix = min(outer[2], inner[2]) - max(outer[0], inner[0])
    iy = min(outer[3], inner[3]) - max(outer[1], inner[1])
    area = max(inner[2] - inner[0], 0.0) * max(inner[3] - inner[1], 0.0)
    return area > 0 and max(ix, 0.0) * max(iy, 0.0) > CONTAINED * area


def _region_of(clip: str, track: Track, regions: list[tuple[Any, ...]]) -> str | None:
    for c, first, last, x1, y1, x2, y2, what in regions:
        if c != clip:
            continue
        region = np.array([[x1, y1, x2, y2]], np.float64)
        for frame, box in zip(track.frames, track.boxes, strict=True):
            if first <= frame <= last and iou_matrix(np.array([box]), region)[0, 0] >= 0.3:
                return str(what)
    return None


def run_clip(ctx: Any, path: Path, crops: Path | None) -> dict[str, Any]:
    """One clip through the main window's loop; its tracks, classified."""
    from desktop_app.attendance.live import LiveLoop
    from desktop_app.vision.frames import open_source

    loop = LiveLoop.for_context(ctx, source="video", mark=False)
    loop.reset()
    tracks: dict[int, Track] = {}
    chips: dict[int, list[np.ndarray]] = {}
    source = open_source(str(path), loop=False, realtime=False)
    frames, faces, cpu = 0, 0, 0.0
    try:
        while (frame := source.read()) is not None:
            c0 = time.process_time()
            live = loop.process(frame)
            cpu += time.process_time() - c0
            boxes = np.array([f.face.box for f in live.faces], np.float64).reshape(-1, 4)
            for i, face in enumerate(live.faces):
                faces += 1
                if face.track_id is None:
                    continue
                t = tracks.setdefault(face.track_id, Track())
                t.frames.append(frames)
                t.boxes.append(tuple(float(v) for v in face.face.box))
                if any(_holds(boxes[i], boxes[j]) for j in range(len(boxes)) if j != i):
                    t.holds_another += 1
                if crops is not None:
                    chips.setdefault(face.track_id, []).append(_crop(frame, face.face.box))
            frames += 1
    finally:
        source.close()
    for t in tracks.values():
        if t.holds_another * 2 >= len(t.frames):
            t.kind = "second box"
        elif what := _region_of(path.name, t, NOT_FACES):
            t.kind, t.what = "not a face", what
        elif what := _region_of(path.name, t, DIM):
            t.kind, t.what = "dim", what
    if crops is not None:
        _sheets(crops / path.stem, tracks, chips)
    kinds = Counter(t.kind for t in tracks.values())
    return {
        "frames": frames,
        "faces": faces,
        "cpu_ms_per_frame": round(cpu * 1000 / max(frames, 1), 1),
        "tracks": len(tracks),
        "face_tracks": kinds["face"],
        "dim_tracks": kinds["dim"],
        "not_a_face_tracks": kinds["not a face"],
        "second_box_tracks": kinds["second box"],
        "false_tracks": kinds["not a face"] + kinds["second box"],
        "false_track_frames": sum(
            len(t.frames) for t in tracks.values() if t.kind in ("not a face", "second box")
        ),
        "per_track": {
            str(k): {
                "kind": t.kind,
                "what": t.what,
                "frames": f"{t.frames[0]}-{t.frames[-1]}",
                "n": len(t.frames),
            }
            for k, t in sorted(tracks.items())
        },
    }


def _crop(frame: np.ndarray, box: Any) -> np.ndarray:
    import cv2

    x1, y1, x2, y2 = (round(float(v)) for v in box)
    pad = max(2, (x2 - x1) // 3)
    h, w = frame.shape[:2]
    part = frame[max(0, y1 - pad) : min(h, y2 + pad), max(0, x1 - pad) : min(w, x2 + pad)]
    return cv2.resize(part, (96, 96)) if part.size else np.zeros((96, 96, 3), np.uint8)


def _sheets(folder: Path, tracks: dict[int, Track], chips: dict[int, list[np.ndarray]]) -> None:
    """One PNG per track: up to 8 of its crops spread over its frames."""
    from desktop_app.vision.image_io import save_image

    folder.mkdir(parents=True, exist_ok=True)
    for tid, crops in chips.items():
        pick = np.linspace(0, len(crops) - 1, min(8, len(crops))).round().astype(int)
        t = tracks[tid]
        name = f"t{tid:03d}_{t.kind.replace(' ', '_')}_f{t.frames[0]}-{t.frames[-1]}.png"
        save_image(folder / name, np.hstack([crops[i] for i in pick]))


def run(shared: Path, models: Path | None, crops: Path | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="room-tracks-") as tmp:
        ctx = make_context(Path(tmp), models, scene="room")
        try:
            out: dict[str, Any] = {"load": round(os.getloadavg()[0], 1), "clips": {}}
            for clip in CLIPS:
                out["clips"][clip] = run_clip(ctx, shared / "video" / clip, crops)
            groups = shared / "faces" / "_groups"
            out["groups"] = {
                "still": group_photos(ctx.pipeline, groups, still=True),
                "room": group_photos(ctx.pipeline, groups, still=False),
            }
            out["load_after"] = round(os.getloadavg()[0], 1)
        finally:
            ctx.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("shared", type=Path, help="the shared data folder (video/, faces/_groups/)")
    ap.add_argument("--models", type=Path, help="a built models folder to link (else built)")
    ap.add_argument("--json", type=Path, dest="json_out", metavar="OUT.json")
    ap.add_argument("--crops", type=Path, help="write each track's crops here, to look at")
    args = ap.parse_args(argv)
    rep = run(args.shared, args.models, args.crops)
    for clip, c in rep["clips"].items():
        print(
            f"{clip}: {c['frames']} frames, {c['faces']} boxes, {c['tracks']} tracks: "
            f"{c['face_tracks']} faces, {c['dim_tracks']} dim, {c['not_a_face_tracks']} not a "
            f"face, {c['second_box_tracks']} second boxes ({c['false_track_frames']} frames "
            f"with a false box); {c['cpu_ms_per_frame']} ms CPU/frame"
        )
    for path, g in rep["groups"].items():
        print(
            f"group photos, {path} path: {g['found']} found of {g['visible']} visible "
            f"(surplus {g['surplus']}): "
            + ", ".join(f"{k} {p['found']}/{p['visible']}" for k, p in g["photos"].items())
        )
    print(f"load {rep['load']} -> {rep['load_after']}")
    write_report(args.json_out, rep)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
