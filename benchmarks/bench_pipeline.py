"""Speed of the face pipeline (detect -> align -> embed) on 640x480 frames, and of the peer.

    face-attendance bench pipeline [--data ../shared/data] [--frames 40] [--json OUT]
    .venv/bin/python benchmarks/bench_pipeline.py [same options]

Frames (all 640x480, BGR, as a camera delivers them):
- 1 face: consecutive frames of ``video/short_hamilton_clip.mp4`` (640x360, grey bars added
  to 640x480) in which the detector finds exactly one face (Lin-Manuel Miranda on stage, face
  ~75-85 px wide); the same run of frames is the tracking-mode video.
- 3 and 10 faces: composites of the single-person photos of ``faces/``: each face is cut from
  its photo with its surroundings and tiled (3 tiles of 213x480 with faces ~95 px wide;
  5x2 tiles of 128x240 with faces ~70 px wide), as people side by side in front of a camera.
  Only composites where the detector finds exactly 3 (10) faces are timed. Group photos are
  not used: ours have 2-6 faces of very different sizes, so they measure no fixed count.

Reported per face count: median and p90 ms of detection, alignment, embedding (all chips) and
the whole ``FacePipeline.process``; tracking mode (``process_video_frame``: full detection
every 5th frame, between them MTCNN's O-Net or, for BlazeFace, Face Mesh in last frame's ROI)
per frame at 1 face; a detection-only grid (MTCNN: fast and exact cascade, min face 40 and 80;
BlazeFace: camera frames and still photos); and the ``face_recognition`` library's pipeline
(dlib's HOG detector with 1 upsample, the 5-point shape predictor, ``compute_face_descriptor``;
through the ``dlib-bin`` wheel of the ``bench`` extra) on the same 1-face frames, when dlib
imports.

The models run as the settings configure them for camera frames (``detector.fast``; one
embedding pass per face unless ``recognition.live_flip_average``); one more row times the
1-face frames with flip averaging (each face embedded twice), as stills and enrollment run.
JSON (``--json``): medians; ``detect_ms`` and ``total_ms`` per face count,
``embed_ms_per_face`` from the 1-face frames, ``tracking_ms`` the whole frame in tracking mode,
``peer_total_ms`` only when dlib is installed; ``scene`` ("kiosk": the rows time the kiosk's
camera path) and, for BlazeFace, ``blazeface_range`` as the kiosk resolves it and
``room_total_ms`` (1 face through the main window's room scan, when that differs). Each
frame is timed once after a warm-up. Other processes on the machine change the numbers: run
it alone. The "total CPU" column is this process's CPU time per frame, all threads summed
(the embedder runs on ``recognition.embedder_threads``): less disturbed by a busy machine
than wall time, but not equal to an idle run's wall time.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(REPO))

from desktop_app.config import Settings  # noqa: E402
from desktop_app.errors import AppError  # noqa: E402
from desktop_app.modelzoo.registry import ModelZoo, build_pipeline, stack  # noqa: E402
from desktop_app.vision.pipeline import FacePipeline  # noqa: E402

WIDTH, HEIGHT = 640, 480
VIDEO = "short_hamilton_clip.mp4"
COUNTS = (1, 3, 10)
# (columns, rows, face width / tile width) of the composites
LAYOUT = {3: (3, 1, 0.45), 10: (5, 2, 0.55)}

Log = Callable[[str], None]


class BenchDataMissing(AppError):
    """The shared benchmark data (faces, video) is not where --data points."""


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The same options as ``face-attendance bench pipeline``."""
    from desktop_app.cli.bench_cmd import add_pipeline_arguments

    add_pipeline_arguments(p)


# ---- frames ------------------------------------------------------------------------------------
def check_data(root: Path) -> None:
    missing = [
        str(root / rel)
        for rel in ("faces/MANIFEST.csv", f"video/{VIDEO}")
        if not (root / rel).is_file()
    ]
    if missing:
        raise BenchDataMissing(
            f"Benchmark data not found: {', '.join(missing)}. Point --data at the shared data "
            "folder (the one holding faces/ and video/)."
        )


def letterbox(image: np.ndarray, width: int = WIDTH, height: int = HEIGHT) -> np.ndarray:
    h, w = image.shape[:2]
    s = min(width / w, height / h)
    if s != 1.0:
        interp = cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR
        image = cv2.resize(image, (round(w * s), round(h * s)), interpolation=interp)
    out = np.full((height, width, 3), 114, np.uint8)
    y = (height - image.shape[0]) // 2
    x = (width - image.shape[1]) // 2
    out[y : y + image.shape[0], x : x + image.shape[1]] = image
    return out


def one_face_video(root: Path, pipe: FacePipeline, limit: int) -> list[np.ndarray]:
    """The longest run of consecutive clip frames with exactly one detected face."""
    cap = cv2.VideoCapture(str(root / "video" / VIDEO))
    best: list[np.ndarray] = []
    run: list[np.ndarray] = []
    try:
        while True:
            ok, frame = cap.read()
            if not ok:
                break
            frame = letterbox(frame)
            if len(pipe.detect_frame(frame)) == 1:
                run.append(frame)
                if len(run) > len(best):
                    best = run
            else:
                run = []
    finally:
        cap.release()
    return best[: max(limit, 1) * 3]  # extra frames for the tracking video


def face_cutouts(root: Path, pipe: FacePipeline, log: Log) -> list[tuple[np.ndarray, Any]]:
    """(photo, face) for each single-person photo where exactly one face is found."""
    from desktop_app.vision.image_io import load_image

    out = []
    with open(root / "faces" / "MANIFEST.csv", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if not r["path"].startswith("_groups/")]
    for row in rows:
        try:
            image = load_image(root / "faces" / row["path"])
        except AppError as exc:
            log(f"skipping {row['path']}: {exc}")
            continue
        s = min(1.0, 800 / max(image.shape[:2]))
        if s < 1.0:
            image = cv2.resize(image, None, fx=s, fy=s, interpolation=cv2.INTER_AREA)
        faces = pipe.detect_frame(image)
        if len(faces) == 1:
            out.append((image, faces[0]))
    return out


def _tile(image: np.ndarray, face: Any, tw: int, th: int, fraction: float) -> np.ndarray:
    """The face and its surroundings, scaled so the face is ``fraction`` of the tile width."""
    x1, y1, x2, y2 = face.box
    s = fraction * tw / max(x2 - x1, 1.0)
    cx, cy = (x1 + x2) / 2, (y1 + y2) / 2
    m = np.array([[s, 0, tw / 2 - s * cx], [0, s, th * 0.42 - s * cy]], np.float64)
    interp = cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR
    return cv2.warpAffine(image, m, (tw, th), flags=interp, borderMode=cv2.BORDER_REPLICATE)


def composites(
    cutouts: list[tuple[np.ndarray, Any]], count: int, n: int, pipe: FacePipeline, seed: int
) -> list[np.ndarray]:
    cols, rows, fraction = LAYOUT[count]
    tw, th = WIDTH // cols, HEIGHT // rows
    rng = np.random.default_rng(seed + count)
    frames: list[np.ndarray] = []
    for _ in range(n * 4):
        if len(frames) >= n or len(cutouts) < count:
            break
        pick = rng.choice(len(cutouts), size=count, replace=False)
        frame = np.full((HEIGHT, WIDTH, 3), 114, np.uint8)
        for k, idx in enumerate(pick):
            image, face = cutouts[idx]
            r, c = divmod(k, cols)
            frame[r * th : (r + 1) * th, c * tw : (c + 1) * tw] = _tile(
                image, face, tw, th, fraction
            )
        if len(pipe.detect_frame(frame)) == count:
            frames.append(frame)
    return frames


# ---- timing ------------------------------------------------------------------------------------
def summary(values: list[float]) -> dict[str, float]:
    if not values:
        return {"median": math.nan, "p90": math.nan, "n": 0}
    a = np.asarray(values, np.float64)
    return {
        "median": round(float(np.median(a)), 2),
        "p90": round(float(np.percentile(a, 90)), 2),
        "n": len(values),
    }


def time_pipeline(
    pipe: FacePipeline, frames: list[np.ndarray], flip: bool
) -> dict[str, list[float]]:
    for frame in frames[:3]:
        pipe.process(frame, flip=flip)  # warm-up (onnxruntime allocates on first runs)
    keys = ("detect", "align", "embed", "total", "cpu", "faces")
    out: dict[str, list[float]] = {k: [] for k in keys}
    for frame in frames:
        c0 = time.process_time()
        found = pipe.process(frame, flip=flip)
        out["cpu"].append((time.process_time() - c0) * 1000)
        t = pipe.last_timings
        for key in ("detect", "align", "embed", "total"):
            out[key].append(t[key])
        out["faces"].append(len(found))
    return out


def time_tracking(pipe: FacePipeline, frames: list[np.ndarray]) -> dict[str, list[float]]:
    pipe.reset()
    for frame in frames[:5]:
        pipe.process_video_frame(frame)
    pipe.reset()
    total, cpu, faces, find, full = [], [], [], [], []
    for frame in frames:
        t0, c0 = time.perf_counter(), time.process_time()
        found = pipe.process_video_frame(frame)
        total.append((time.perf_counter() - t0) * 1000)
        cpu.append((time.process_time() - c0) * 1000)
        faces.append(len(found))
        t = pipe.last_timings
        find.append(t.get("detect", t.get("track", 0.0)))  # the detector's share of the frame
        full.append(1.0 if "detect" in t else 0.0)
    return {"total": total, "cpu": cpu, "faces": faces, "find": find, "full": full}


def time_detector_grid(pipe: FacePipeline, frames: dict[int, list[np.ndarray]]) -> list[dict]:
    """The detector alone (no landmarker): MTCNN fast/exact x min face 40/80; other detectors
    their camera-frame and still-photo variants."""
    base: Any = pipe.detector
    variants: list[tuple[str, Any]] = []
    if hasattr(base, "with_options"):
        for fast in (True, False):
            for min_face in (40, 80):
                label = f"{'fast' if fast else 'exact':<5} min face {min_face:>3}"
                variants.append((label, base.with_options(fast=fast, min_face=min_face)))
    else:
        variants = [("camera frames", base), ("still photos", pipe.still_detector)]
    rows = []
    for label, det in variants:
        row: dict[str, Any] = {"mode": label}
        for count, fr in frames.items():
            for f in fr[:3]:
                det.detect(f)
            ms = []
            for f in fr:
                t0 = time.perf_counter()
                det.detect(f)
                ms.append((time.perf_counter() - t0) * 1000)
            row[str(count)] = summary(ms)
        rows.append(row)
    return rows


def peer_available() -> bool:
    try:
        import dlib  # noqa: F401
        import face_recognition_models  # noqa: F401
    except ImportError:
        return False
    return True


def time_peer(frames: list[np.ndarray]) -> dict[str, list[float]]:
    """face_recognition's face_locations + face_encodings, rebuilt on dlib-bin."""
    import dlib
    import face_recognition_models as frm

    detector = dlib.get_frontal_face_detector()
    shape = dlib.shape_predictor(frm.pose_predictor_five_point_model_location())
    encoder = dlib.face_recognition_model_v1(frm.face_recognition_model_location())

    def run(frame: np.ndarray) -> int:
        rgb = np.ascontiguousarray(frame[:, :, ::-1])
        rects = detector(rgb, 1)  # face_locations(model="hog", number_of_times_to_upsample=1)
        for rect in rects:  # face_encodings(model="small", num_jitters=1)
            np.array(encoder.compute_face_descriptor(rgb, shape(rgb, rect), 1))
        return len(rects)

    for frame in frames[:2]:
        run(frame)
    total, faces = [], []
    for frame in frames:
        t0 = time.perf_counter()
        faces.append(run(frame))
        total.append((time.perf_counter() - t0) * 1000)
    return {"total": total, "faces": faces}


# ---- the run -----------------------------------------------------------------------------------
def run_benchmark(
    settings: Settings, zoo: ModelZoo, args: argparse.Namespace, log: Log
) -> dict[str, Any]:
    root = Path(args.data).expanduser().resolve()
    check_data(root)
    n = max(int(args.frames), 5)
    pipe = build_pipeline(settings, zoo, scene="kiosk")  # one person near the camera
    log(f"frames from {root} ...")
    video = one_face_video(root, pipe, n)
    cutouts = face_cutouts(root, pipe, log)
    frames = {1: video[:n]}
    for count in (3, 10):
        frames[count] = composites(cutouts, count, n, pipe, args.seed)
    for count, fr in frames.items():
        log(f"{count} face(s): {len(fr)} frames")
        if not fr:
            raise BenchDataMissing(f"could not make any {count}-face frame from {root}")

    def row(t: dict[str, list[float]]) -> dict[str, Any]:
        out = {k: summary(t[k]) for k in ("detect", "align", "embed", "total", "cpu")}
        out["embed_per_face"] = summary(
            [e / max(f, 1) for e, f in zip(t["embed"], t["faces"], strict=True)]
        )
        return out

    results: dict[str, Any] = {"per_count": {}}
    for count, fr in frames.items():
        log(f"timing the pipeline at {count} face(s) ...")
        results["per_count"][str(count)] = row(time_pipeline(pipe, fr, pipe.live_flip))
    log("timing 1 face with flip averaging (stills, enrollment) ...")
    results["flip_1"] = row(time_pipeline(pipe, frames[1], True))
    log("timing tracking mode (full detection every 5th frame) ...")
    tracking_settings = settings.model_copy(
        update={"detector": settings.detector.model_copy(update={"detect_every": 5})}
    )
    tracker = FacePipeline(
        pipe.detector, pipe.embedder, tracking_settings, landmarker=pipe.landmarker
    )
    tr = time_tracking(tracker, video[: 3 * n])
    results["tracking"] = {
        "1": summary(tr["total"]),
        "cpu": summary(tr["cpu"]),
        "frames": len(tr["total"]),
    }
    results["tracking"]["faces_kept"] = round(float(np.mean(tr["faces"])), 3)
    results["tracking"]["find"] = summary(tr["find"])
    results["tracking"]["full_detections"] = int(sum(tr["full"]))
    room_settings = settings.for_scene("room")
    if (
        stack(settings)[0] == "blazeface"
        and room_settings.detector.blazeface_range != pipe.settings.detector.blazeface_range
    ):
        log("timing 1 face with the room scan (the main window's camera) ...")
        room = build_pipeline(settings, zoo, scene="room")
        results["room_1"] = row(time_pipeline(room, frames[1], room.live_flip))
    log("timing the detector alone ...")
    results["detector_grid"] = time_detector_grid(pipe, {1: frames[1], 10: frames[10]})
    if not args.no_peer and peer_available():
        log("timing the peer (face_recognition pipeline on dlib-bin) ...")
        peer = time_peer(frames[1])
        results["peer"] = {"1": summary(peer["total"]), "faces_found": peer["faces"]}
    elif not args.no_peer:
        log("peer skipped: dlib (pip install 'face-attendance[bench]') is not installed")

    per = results["per_count"]
    det_name, lm_name, emb_name = stack(settings)
    figures: dict[str, Any] = {
        "detector": "+".join(x for x in (det_name, lm_name) if x),
        "embedder": emb_name,
        "frames": n,
        "detect_ms": {c: per[c]["detect"]["median"] for c in per},
        "embed_ms_per_face": per["1"]["embed_per_face"]["median"],
        "total_ms": {c: per[c]["total"]["median"] for c in per},
        "tracking_ms": {"1": results["tracking"]["1"]["median"]},
    }
    if "peer" in results:
        figures["peer_total_ms"] = {"1": results["peer"]["1"]["median"]}
    # what the rows above timed: the kiosk's camera (BlazeFace: its range as the kiosk
    # resolves it); the room scan of the main window at 1 face when it differs
    figures["scene"] = "kiosk"
    if det_name == "blazeface":
        figures["blazeface_range"] = pipe.settings.detector.blazeface_range
    if "room_1" in results:
        figures["room_total_ms"] = {"1": results["room_1"]["total"]["median"]}
    results["figures"] = figures
    results["settings"] = {
        "detector": figures["detector"],
        "embedder": emb_name,
        "mtcnn": det_name == "mtcnn",
        "blazeface_range": pipe.settings.detector.blazeface_range,  # as the kiosk resolves it
        "mesh_refine": settings.detector.mesh_refine,
        "fast": settings.detector.fast,
        "min_face": settings.detector.min_face,
        "scale_factor": settings.detector.scale_factor,
        "fast_scale_factor": settings.detector.fast_scale_factor,
        "flip_average": settings.recognition.flip_average,
        "live_flip": pipe.live_flip,
    }
    return results


def print_report(results: dict[str, Any]) -> None:
    s = results["settings"]
    if s["mtcnn"]:
        how = (
            f"{'fast' if s['fast'] else 'exact'}, min face {s['min_face']}, pyramid step "
            f"{s['fast_scale_factor'] if s['fast'] else s['scale_factor']}"
        )
    else:
        how = (
            f"the kiosk's camera: BlazeFace {s['blazeface_range']} range; row '1 room': the "
            "main window's room scan"
        )
    print(
        f"Pipeline on {WIDTH}x{HEIGHT} frames ({results['figures']['frames']} per row; "
        f"{s['detector']} ({how}) + {s['embedder']}, "
        f"camera frames {'flip-averaged' if s['live_flip'] else 'embedded once'}); "
        "ms median / p90"
    )
    print(
        f"{'faces':>6} {'detect':>13} {'align':>13} {'embed':>13} {'per face':>9} {'total':>13}"
        f" {'total CPU':>10}"
    )
    rows = [(str(c), r) for c, r in results["per_count"].items()]
    rows.append(("1 flip", results["flip_1"]))
    if "room_1" in results:
        rows.append(("1 room", results["room_1"]))
    for count, row in rows:
        cells = [f"{row[k]['median']:6.2f}/{row[k]['p90']:6.2f}" for k in ("detect", "align")]
        cells.append(f"{row['embed']['median']:6.2f}/{row['embed']['p90']:6.2f}")
        per_face = f"{row['embed_per_face']['median']:9.2f}"
        total = f"{row['total']['median']:6.2f}/{row['total']['p90']:6.2f}"
        cpu = f"{row['cpu']['median']:10.2f}"
        print(
            f"{count:>6} {cells[0]:>13} {cells[1]:>13} {cells[2]:>13} {per_face} {total:>13} {cpu}"
        )
    tr = results["tracking"]
    print(
        f"tracking mode, 1 face (detect every 5th, the detector's tracking between): "
        f"{tr['1']['median']:.2f} / {tr['1']['p90']:.2f} ms per frame "
        f"(CPU {tr['cpu']['median']:.2f}; {tr['frames']} frames, "
        f"{tr['faces_kept']:.2f} faces per frame kept)"
    )
    print(
        f"  of which detect/track: {tr['find']['median']:.2f} / {tr['find']['p90']:.2f} ms "
        f"({tr['full_detections']} of {tr['frames']} frames had a full detection)"
    )
    print("detector alone (median / p90 ms):")
    for row in results["detector_grid"]:
        cells = "  ".join(
            f"{c} face(s) {row[c]['median']:6.2f} / {row[c]['p90']:6.2f}"
            for c in row
            if c != "mode"
        )
        print(f"  {row['mode']:<16}: {cells}")
    if "peer" in results:
        p = results["peer"]["1"]
        ours = results["per_count"]["1"]["total"]["median"]
        ratio = p["median"] / ours if ours else math.nan
        print(
            f"peer (face_recognition: dlib HOG x1 upsample + 5-point + descriptor), 1 face: "
            f"{p['median']:.2f} / {p['p90']:.2f} ms  ({ratio:.1f}x our total)"
        )


def run(args: argparse.Namespace, settings: Settings, zoo: ModelZoo) -> int:
    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    results = run_benchmark(settings, zoo, args, log)
    print_report(results)
    if args.json:
        out = Path(args.json)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(results["figures"], indent=2) + "\n")
        print(f"wrote {out}")
    return 0


def main(argv: list[str] | None = None) -> int:
    from desktop_app.config import load_settings

    parser = argparse.ArgumentParser(prog="bench_pipeline.py", description=__doc__)
    add_arguments(parser)
    parser.add_argument("--data-dir", type=Path, help="app data dir (where the models are built)")
    args = parser.parse_args(argv)
    settings = load_settings(data_dir=args.data_dir)
    try:
        return run(args, settings, ModelZoo(settings.paths.models))
    except AppError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
