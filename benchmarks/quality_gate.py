"""How the enrolment blur gate separates usable photos from blurred or upscaled ones: measured
on each embedder's chip (the gate before) and on the gate's own crop of the image (now).

    .venv/bin/python benchmarks/quality_gate.py ../shared/data/faces ../shared/data/faces_hard \
        --video ../shared/data/video/short_hamilton_clip.mp4 \
        --video ../shared/data/video/facenet_pytorch_video.mp4

Photos: every identity photo of each set (``--enrol-only``: the first one, the photo ``eval``
enrols), padded as ``eval`` pads them. Bad versions of each: a Gaussian blur with sigma 2% and
3% of the face width, and the photo shrunk until the face is 40, 32 or 24 px wide
(``INTER_AREA``) then enlarged back to its size (``INTER_CUBIC``; 32 px also ``INTER_LINEAR``):
a small ID photo. Borderline versions (blur 1.5%, faces of 64 and 48 px) are printed, not
scored. Each version is detected again with the configured still stack. Per way of measuring,
the gate's verdict: ok, weak (refused only as blurred and offered as a weak sample), refused.

Camera frames (``--video``, every 3rd frame, the live detector): faces the gate would judge
on size, pose and light alone (at least 60 px, frontal), how many are refused as blurred, and
the same faces with the frame blurred by 2% of the face width (should all be refused).
Summary numbers only (faces_hard is not redistributable).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.recognition import evaluate as ev  # noqa: E402
from desktop_app.recognition.enrollment import weak_photo  # noqa: E402
from desktop_app.vision import embedder as dlib  # noqa: E402
from desktop_app.vision import sface  # noqa: E402
from desktop_app.vision.align import align_face  # noqa: E402
from desktop_app.vision.image_io import load_image  # noqa: E402
from desktop_app.vision.quality import (  # noqa: E402
    DEFAULT_THRESHOLDS,
    HINT_BLUR,
    QualityReport,
    assess_face,
    assess_quality,
    estimate_pose,
)
from desktop_app.vision.types import Face  # noqa: E402

BAD = ("blur 2%", "blur 3%", "face 40 px", "face 32 px", "face 24 px", "face 32 px linear")
BORDERLINE = ("blur 1.5%", "face 64 px", "face 48 px")


def versions(image: np.ndarray, face_w: float) -> dict[str, np.ndarray]:
    out = {"good": image}
    for pct in (1.5, 2.0, 3.0):
        out[f"blur {pct:g}%"] = cv2.GaussianBlur(image, (0, 0), face_w * pct / 100)
    h, w = image.shape[:2]
    for px, how in ((64, ""), (48, ""), (40, ""), (32, ""), (24, ""), (32, " linear")):
        f = px / face_w
        if f >= 1:
            continue
        small = cv2.resize(
            image, (max(1, round(w * f)), max(1, round(h * f))), interpolation=cv2.INTER_AREA
        )
        up = cv2.INTER_LINEAR if how else cv2.INTER_CUBIC
        out[f"face {px} px{how}"] = cv2.resize(small, (w, h), interpolation=up)
    return out


def verdict(image: np.ndarray, face: Face, report: QualityReport) -> str:
    if report.ok:
        return "ok"
    return "weak" if weak_photo(image, face, report, DEFAULT_THRESHOLDS) else "refused"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("datasets", type=Path, nargs="*")
    ap.add_argument("--enrol-only", action="store_true", help="only each identity's 1st photo")
    ap.add_argument("--video", type=Path, action="append", default=[], help="a clip to check")
    args = ap.parse_args(argv)

    from desktop_app.config import load_settings
    from desktop_app.modelzoo.registry import ModelZoo, build_pipeline

    settings = load_settings()
    pipe = build_pipeline(settings, ModelZoo(settings.paths.models))
    src = pipe.landmark_source
    gates: dict[str, Callable[[np.ndarray, Face], QualityReport]] = {
        "sface chip (before)": lambda im, f: assess_quality(
            f, align_face(im, f.landmarks, sface.CHIP, src), sface.CHIP
        ),
        "dlib chip (before)": lambda im, f: assess_quality(
            f, align_face(im, f.landmarks, dlib.CHIP, src), dlib.CHIP
        ),
        "gate crop (now)": lambda im, f: assess_face(im, f, source=src),
    }
    t0, c0 = time.perf_counter(), time.process_time()
    for root in args.datasets:
        ds = ev.scan_dataset(root)
        files = [p for fs in ds.identities.values() for p in (fs[:1] if args.enrol_only else fs)]
        # way -> version -> Counter(verdict); way -> version -> sharpness values
        counts: dict[str, dict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        sharp: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
        lost: Counter[str] = Counter()
        for path in files:
            image = load_image(path)
            faces = pipe.detect_still(ev.pad_image(image))
            if not faces:
                lost["good"] += 1
                continue
            face_w = max(faces, key=lambda f: f.area).width
            for name, version in versions(image, face_w).items():
                padded = ev.pad_image(version)
                found = pipe.detect_still(padded)
                if not found:
                    lost[name] += 1
                    continue
                face = max(found, key=lambda f: f.area)
                for way, gate in gates.items():
                    report = gate(padded, face)
                    counts[way][name][verdict(padded, face, report)] += 1
                    sharp[way][name].append(report.sharpness)
        print(f"\n{root} ({len(files)} photos; {pipe.landmark_source} landmarks)")
        print(f"  no face found: {dict(lost) or 0}")
        for way in gates:
            good = counts[way]["good"]
            n_good = sum(good.values())
            blur_refused = sum(
                1 for s in sharp[way]["good"] if s < DEFAULT_THRESHOLDS.min_sharpness
            )
            bad_in = sum(counts[way][v]["ok"] for v in BAD)
            n_bad = sum(sum(counts[way][v].values()) for v in BAD)
            print(
                f"  {way}: good refused {n_good - good['ok']}/{n_good} "
                f"(for blur {blur_refused}); bad let in {bad_in}/{n_bad}"
            )
            for name in ("good", *BORDERLINE, *BAD):
                vals = np.asarray(sharp[way][name])
                if not len(vals):
                    continue
                q = np.quantile(vals, [0, 0.05, 0.5, 0.95, 1])
                c = counts[way][name]
                print(
                    f"    {name:11s} n={len(vals):3d} ok {c['ok']:3d} weak {c['weak']:3d} "
                    f"refused {c['refused']:3d}  sharpness min/p5/med/p95/max "
                    + " / ".join(f"{x:.1f}" for x in q)
                )
    for clip in args.video:
        camera(pipe, clip, gates)
    print(
        f"\n{time.perf_counter() - t0:.0f} s wall, {time.process_time() - c0:.0f} s CPU "
        "(note `uptime`'s load)"
    )
    return 0


def camera(
    pipe: Any, clip: Path, gates: dict[str, Callable[[np.ndarray, Face], QualityReport]]
) -> None:
    t = DEFAULT_THRESHOLDS
    judged = 0
    refused: Counter[str] = Counter()
    blurred_in: Counter[str] = Counter()
    cap = cv2.VideoCapture(str(clip))
    index = 0
    while True:
        ok, frame = cap.read()
        if not ok:
            break
        index += 1
        if index % 3:
            continue
        for face in pipe.detect_frame(frame):
            yaw, pitch, _ = estimate_pose(face.landmarks)
            if min(face.width, face.height) < t.min_face_px:
                continue
            if abs(yaw) > t.max_yaw_deg or abs(pitch) > t.max_pitch_deg:
                continue
            judged += 1
            blurred = cv2.GaussianBlur(frame, (0, 0), 0.02 * face.width)
            for way, gate in gates.items():
                refused[way] += HINT_BLUR in gate(frame, face).reasons
                blurred_in[way] += HINT_BLUR not in gate(blurred, face).reasons
    print(f"\n{clip.name}: {judged} camera faces of at least {t.min_face_px:g} px, frontal")
    for way in gates:
        print(
            f"  {way}: refused as blurred {refused[way]}/{judged}; "
            f"blurred 2% let in {blurred_in[way]}/{judged}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
