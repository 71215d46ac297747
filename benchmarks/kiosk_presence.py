"""What Face Mesh's presence check drops at the kiosk, and whether those faces would have been
recognised.

    .venv/bin/python benchmarks/kiosk_presence.py ../shared/data [--json OUT.json] [--crops DIR]

The kiosk's camera path (the kiosk scene: BlazeFace short range on the whole frame, then Face
Mesh) drops a detection whose mesh presence is under 0.5. Two kinds of kiosk-like frames:

- **portraits**: every single-person photo of ``faces/`` (identity folders and strangers),
  cropped to a head-and-shoulders portrait and held at the middle of a 640x480 frame at two
  sizes (faces about 80 and 115 px wide), as ``tests/attendance/test_kiosk_handover.py``
  does: detections, detections dropped, frames left without any face;
- **video**: every frame of ``video/short_hamilton_clip.mp4``, with the clip's own people
  (Lin-Manuel Miranda, Alex Lacamoire, Barack Obama) enrolled from ``faces/``: detections,
  detections dropped, and the gallery's decision for each detection with the check off
  (Face Mesh's points kept), so a dropped face that would have been recognised shows.

``--crops DIR`` writes each dropped detection's crop to look at (not for committing: the data
of ../shared stays there).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.stranger_pass import HAMILTON, make_context  # noqa: E402
from desktop_app.errors import AppError  # noqa: E402
from desktop_app.vision.frames import open_source  # noqa: E402
from desktop_app.vision.image_io import save_image  # noqa: E402
from tests.liveness_synth import kiosk_background, portrait, standing  # noqa: E402

SHARED = Path(os.environ.get("FACE_ATTENDANCE_SHARED_DATA", REPO.parent / "shared" / "data"))
HAMILTON_CLIP = "short_hamilton_clip.mp4"
SIZES = (0.5, 0.7)  # photo_scale of the held portrait: faces ~80 and ~115 px wide


def _save(crops: Path | None, name: str, frame: np.ndarray, box: Any) -> None:
    if crops is None:
        return
    x1, y1, x2, y2 = (max(0, round(v)) for v in box)
    crops.mkdir(parents=True, exist_ok=True)
    save_image(crops / f"{name}.png", frame[y1:y2, x1:x2])


def portraits(ctx: Any, faces: Path, crops: Path | None) -> dict[str, Any]:
    """Every single-person photo as a kiosk portrait: detections and what the check drops."""
    pipe = ctx.pipeline
    photos = sorted(
        p
        for p in faces.rglob("*")
        if p.suffix.lower() in (".jpg", ".jpeg", ".png") and "_groups" not in p.parts
    )
    out = Counter(photos=0, frames=0, detections=0, dropped=0, frames_without_face=0)
    bg = kiosk_background()
    for photo in photos:
        try:
            held = portrait(pipe, photo)
        except (AppError, ValueError):  # no face in the photo at all
            continue
        out["photos"] += 1
        for scale in SIZES:
            frame = next(iter(standing(held, 1, seed=1, photo_scale=scale, background=bg)))
            found = pipe.detector.detect(frame)
            meshes = pipe.landmarker.meshes(frame, found) if pipe.landmarker else []
            out["frames"] += 1
            out["detections"] += len(found)
            kept = 0
            for i, (face, mesh) in enumerate(zip(found, meshes, strict=True)):
                if mesh.presence < 0.5:
                    out["dropped"] += 1
                    _save(crops, f"{photo.parent.name}_{photo.stem}_{scale}_{i}", frame, face.box)
                else:
                    kept += 1
            out["frames_without_face"] += kept == 0
    return dict(out)


def video(ctx: Any, clip: Path, crops: Path | None) -> dict[str, Any]:
    """The Hamilton clip on the kiosk's path: what the check drops and who those faces are."""
    pipe = ctx.pipeline
    landmarker = pipe.landmarker
    decisions: Counter[str] = Counter()
    source = open_source(str(clip), loop=False, realtime=False)
    index = 0
    try:
        while (frame := source.read()) is not None:
            landmarker.keep_unsure = True  # the check off: see every detection
            landmarker.unsure_min_score = 0.0
            faces = pipe.detect_frame(frame)
            landmarker.keep_unsure = False
            obs = pipe.embed_faces(frame, faces)
            matches = ctx.recognizer.decide(np.stack([o.embedding for o in obs])) if obs else []
            for i, (o, m) in enumerate(zip(obs, matches, strict=True)):
                kind = "dropped" if o.face.unsure else "kept"
                decisions[f"{kind}: {m.name or m.status.value}"] += 1
                if o.face.unsure:
                    _save(crops, f"hamilton_{index:03d}_{i}", frame, o.face.box)
            index += 1
    finally:
        source.close()
    dropped = sum(n for k, n in decisions.items() if k.startswith("dropped"))
    return {
        "frames": index,
        "detections": sum(decisions.values()),
        "dropped": dropped,
        "decisions": dict(sorted(decisions.items())),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("shared", nargs="?", type=Path, default=SHARED)
    ap.add_argument("--json", type=Path)
    ap.add_argument("--crops", type=Path)
    ap.add_argument("--models", type=Path, help="a built models folder to link (else built)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        ctx = make_context(Path(tmp), args.models, scene="kiosk")
        try:
            faces = args.shared / "faces"
            for who in HAMILTON:
                photos = sorted(p for p in (faces / who).iterdir() if p.is_file())
                ctx.enrollment.enroll(who.replace("_", " ").title(), photos, consent=True)
            report = {
                "portraits": portraits(ctx, faces, args.crops),
                "hamilton": video(ctx, args.shared / "video" / HAMILTON_CLIP, args.crops),
            }
        finally:
            ctx.close()
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
