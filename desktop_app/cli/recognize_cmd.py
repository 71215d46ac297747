"""``face-attendance recognize IMAGE|VIDEO|CAMERA [--output OUT] [--json] [--mark [--session S]]``

Prints who is where, with distances. CAMERA is a webcam index (``0``). ``--output`` writes
an annotated copy (image for an image, ``.mp4`` for a video or camera). ``--mark`` records
attendance for confirmed faces (a still: every KNOWN face; video: N of M frames agree).
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

from desktop_app.attendance.live import LiveLoop, SecondFactorRequired, TrackConfirmed
from desktop_app.attendance.second_factor import request_text
from desktop_app.cli import output_file
from desktop_app.vision.frames import IMAGE_SUFFIXES

GREEN, ORANGE, RED = (60, 180, 60), (0, 165, 255), (40, 40, 220)


def register(sub: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(
        "recognize", help="recognise faces in an image, video or camera"
    )
    p.add_argument("source", metavar="IMAGE|VIDEO|CAMERA", help="a photo, a video file, or 0")
    p.add_argument(
        "--output", type=output_file, help="annotated copy: .png/.jpg, or .mp4 for video"
    )
    p.add_argument("--json", action="store_true", help="JSON lines instead of text")
    p.add_argument("--mark", action="store_true", help="record attendance for confirmed faces")
    p.add_argument("--session", metavar="S", help="session id or name for --mark")
    p.add_argument("--max-frames", type=int, metavar="N", help="stop a video/camera after N")
    p.set_defaults(func=run)
    return p


def _label(rf: Any) -> tuple[str, tuple[int, int, int]]:
    m = rf.match
    if m.status == "known":
        return f"{m.name} {m.distance:.2f}", GREEN if rf.confirmed else ORANGE
    if m.status == "ambiguous":
        return f"{m.name}? {m.distance:.2f}", ORANGE
    return "unknown", RED


def annotate(image_bgr: np.ndarray, faces: list[Any]) -> np.ndarray:
    out = image_bgr.copy()
    scale = max(0.5, min(out.shape[:2]) / 700)
    for rf in faces:
        x1, y1, x2, y2 = (round(float(v)) for v in rf.face.box)
        text, color = _label(rf)
        cv2.rectangle(out, (x1, y1), (x2, y2), color, max(1, int(2 * scale)))
        (tw, th), base = cv2.getTextSize(text, cv2.FONT_HERSHEY_SIMPLEX, 0.6 * scale, 1)
        y = max(th + base, y1)
        cv2.rectangle(out, (x1, y - th - base), (x1 + tw, y), color, -1)
        cv2.putText(
            out,
            text,
            (x1, y - base),
            cv2.FONT_HERSHEY_SIMPLEX,
            0.6 * scale,
            (255, 255, 255),
            max(1, int(scale)),
            cv2.LINE_AA,
        )
    return out


def _face_dict(rf: Any) -> dict[str, Any]:
    m = rf.match
    return {
        "box": [round(float(v), 1) for v in rf.face.box],
        "status": str(m.status),
        "person_id": m.person_id,
        "name": m.name,
        "distance": None if not np.isfinite(m.distance) else round(float(m.distance), 4),
        "margin": None if not np.isfinite(m.margin) else round(float(m.margin), 4),
        "threshold": round(float(m.threshold), 4),
        "confirmed": bool(rf.confirmed),
        "track_id": rf.track_id,
    }


def _describe(rf: Any) -> str:
    m = rf.match
    x1, y1, x2, y2 = (round(float(v)) for v in rf.face.box)
    where = f"at ({x1},{y1})-({x2},{y2})"
    if m.status == "known":
        return f"{m.name} (id {m.person_id}) {where}: distance {m.distance:.3f}"
    if m.status == "ambiguous":
        return (
            f"{m.name}? {where}: distance {m.distance:.3f}, but another person is within "
            f"{m.margin:.3f} (ambiguous)"
        )
    near = f"nearest distance {m.distance:.3f}" if np.isfinite(m.distance) else "gallery empty"
    return f"unknown {where} ({near}; threshold {m.threshold:.3f})"


def _session_id(ctx: Any, key: str | None) -> int | None:
    if key is None:
        return None
    from desktop_app.storage.repositories import Sessions

    return int(ctx.db.run(lambda s: Sessions(s).find(key)).id)


def _is_camera(source: str) -> bool:
    return source.strip().isdigit() and not Path(source).exists()


def run(args: argparse.Namespace, ctx: Any) -> int:
    session_id = _session_id(ctx, args.session) if args.mark else None
    if args.session and not args.mark:
        print("note: --session only matters with --mark", file=sys.stderr)
    src = args.source
    if not _is_camera(src) and Path(src).suffix.lower() in IMAGE_SUFFIXES:
        return _run_image(args, ctx, Path(src), session_id)
    return _run_video(args, ctx, src, session_id)


def _run_image(args: argparse.Namespace, ctx: Any, path: Path, session_id: int | None) -> int:
    from desktop_app.vision.image_io import load_image

    det = ctx.settings.detector
    image = load_image(path, max_pixels=det.max_image_pixels, work_pixels=det.work_image_pixels)
    faces = ctx.recognizer.identify_image(image)
    marks = []
    held = []  # second-factor requests: never marked silently
    if args.mark:
        loop = LiveLoop.for_context(ctx, source="photo", session_id=session_id)
        marks = loop.mark(faces)
        held = [r for r in (loop.hold(f) for f in faces) if r is not None]
    if args.output:
        _write_image(args.output, annotate(image, faces))
    if args.json:
        print(
            json.dumps(
                {
                    "source": str(path),
                    "faces": [_face_dict(rf) for rf in faces],
                    "marks": [{"status": m.status, "message": m.message} for m in marks],
                    "second_factor": [
                        {"reason": r.reason, "candidates": list(r.person_ids)} for r in held
                    ],
                },
                ensure_ascii=False,
            )
        )
        return 0
    if not faces:
        print(f"{path}: no face found")
    else:
        print(f"{path}: {len(faces)} face(s)")
        for rf in faces:
            print(f"  {_describe(rf)}")
    for m in marks:
        print(f"  {m.message}")
    for r in held:
        print(f"  {request_text(r, ctx.gallery.name_of)}")
    if args.output:
        print(f"annotated: {args.output}")
    return 0


def _write_image(out: Path, image: np.ndarray) -> None:
    from desktop_app.vision.image_io import save_image

    save_image(out, image)


def _run_video(args: argparse.Namespace, ctx: Any, src: str, session_id: int | None) -> int:
    from desktop_app.vision.frames import open_source

    camera = _is_camera(src)
    backend = ctx.settings.camera.backend
    source = open_source(int(src) if camera else src, loop=False, realtime=False, backend=backend)
    kind = "camera" if camera else "video"
    loop = LiveLoop.for_context(ctx, source=kind, mark=args.mark, session_id=session_id)
    loop.reset()
    writer = None
    seen: dict[int, dict[str, Any]] = {}
    n = 0
    t0 = time.perf_counter()
    try:
        while args.max_frames is None or n < args.max_frames:
            frame = source.read()
            if frame is None:
                break
            live = loop.process(frame)
            t = n / source.fps if (not camera and source.fps) else time.perf_counter() - t0
            for rf in live.faces:
                m = rf.match
                if rf.confirmed and m.person_id is not None:
                    info = seen.setdefault(
                        int(m.person_id),
                        {
                            "person_id": m.person_id,
                            "name": m.name,
                            "first_seen_s": round(t, 2),
                            "best_distance": float(m.distance),
                            "frames": 0,
                        },
                    )
                    info["frames"] += 1
                    info["best_distance"] = min(info["best_distance"], float(m.distance))
            for event in live.events:
                if isinstance(event, SecondFactorRequired):
                    if args.json:
                        held = {
                            "second_factor": event.request.reason,
                            "candidates": list(event.request.person_ids),
                            "track": event.face.track_id,
                        }
                        print(json.dumps({"t": round(t, 2), **held}))
                    else:
                        text = request_text(event.request, ctx.gallery.name_of)
                        print(f"[{t:7.2f}s] {text}")
                if isinstance(event, TrackConfirmed):
                    rf = event.face
                    if args.json:
                        line = {"t": round(t, 2), "frame": event.frame_index, **_face_dict(rf)}
                        print(json.dumps(line, ensure_ascii=False))
                    else:
                        print(f"[{t:7.2f}s] {_describe(rf)} (track {rf.track_id})")
            for mr in live.marks:
                if args.json:
                    print(json.dumps({"mark": mr.status, "message": mr.message}))
                else:
                    print(f"  {mr.message}")
            if args.output:
                if writer is None:
                    writer = _open_writer(args.output, frame, source.fps or 25.0)
                writer.write(annotate(frame, live.faces))
            n += 1
    except KeyboardInterrupt:
        pass
    finally:
        source.close()
        if writer is not None:
            writer.release()
    elapsed = time.perf_counter() - t0
    summary: dict[str, Any] = {
        "source": src,
        "frames": n,
        "seconds": round(elapsed, 2),
        "people": sorted(seen.values(), key=lambda d: d["first_seen_s"]),
    }
    if args.json:
        print(json.dumps({"summary": summary}, ensure_ascii=False, default=float))
    else:
        fps = n / elapsed if elapsed > 0 else 0.0
        print(f"{n} frames in {elapsed:.1f} s ({fps:.1f} frames/s); recognised:")
        for d in summary["people"]:
            print(
                f"  {d['name']} (id {d['person_id']}): first at {d['first_seen_s']:.2f} s, "
                f"{d['frames']} confirmed frames, best distance {d['best_distance']:.3f}"
            )
        if not seen:
            print("  nobody enrolled was confirmed")
        if args.output:
            print(f"annotated: {args.output}")
    return 0


def _open_writer(out: Path, frame: np.ndarray, fps: float) -> Any:
    from desktop_app.errors import ImageError

    out.parent.mkdir(parents=True, exist_ok=True)
    h, w = frame.shape[:2]
    writer = cv2.VideoWriter(str(out), cv2.VideoWriter.fourcc(*"mp4v"), float(fps), (w, h))
    if not writer.isOpened():
        raise ImageError(f"Cannot write the video {out}: use an .mp4 name in a writable folder.")
    return writer
