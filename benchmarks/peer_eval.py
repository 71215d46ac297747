"""The peer users would otherwise pick, on our protocol: the ``face_recognition`` library's
pipeline, rebuilt from the same parts it uses (no compile of dlib needed):

- dlib's HOG frontal face detector with 1 upsample (``face_locations`` default),
- the 5-point shape predictor from ``face_recognition_models`` (``face_encodings`` default,
  model="small"),
- ``dlib.face_recognition_model_v1.compute_face_descriptor`` with 1 jitter (its default),
- decisions on raw descriptors at its default tolerance 0.6 (``compare_faces``).

Same one-shot open-set protocol as ``face-attendance eval`` (40% grey border, largest face,
first sorted file enrolls, leave-one-out impostors, ``_strangers``), scored by the same code
(``desktop_app.recognition.evaluate``), so the numbers sit side by side.

    .venv/bin/python benchmarks/peer_eval.py ../shared/data/faces --json peer.json

Needs the ``bench`` extra (dlib-bin). Images are read with the app's loader (EXIF rotation
applied) for both, so only detection, landmarks and descriptors differ.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.recognition import evaluate as ev  # noqa: E402
from desktop_app.vision.image_io import load_image  # noqa: E402
from desktop_app.vision.types import Face  # noqa: E402

TOLERANCE = 0.6  # face_recognition.compare_faces default


class PeerPipeline:
    """face_recognition's detect -> 5 landmarks -> descriptor, with dlib-bin."""

    name = "dlib_hog+5pt (face_recognition)"

    def __init__(self, upsample: int = 1) -> None:
        import dlib
        import face_recognition_models as frm

        self.dlib = dlib
        self.upsample = upsample
        self.detector = dlib.get_frontal_face_detector()
        self.shape = dlib.shape_predictor(frm.pose_predictor_five_point_model_location())
        self.encoder = dlib.face_recognition_model_v1(frm.face_recognition_model_location())

    def extract(self, path: Path, rel: str, identity: str | None) -> ev.Extracted:
        try:
            rgb = np.ascontiguousarray(ev.pad_image(load_image(path))[:, :, ::-1])
        except Exception as exc:
            return ev.Extracted(rel, identity, error=f"unreadable: {exc}")
        rects = list(self.detector(rgb, self.upsample))
        if not rects:
            return ev.Extracted(rel, identity, error="no face found")
        r = max(rects, key=lambda r: r.width() * r.height())
        shape = self.shape(rgb, r)
        desc = np.asarray(self.encoder.compute_face_descriptor(rgb, shape, 1), np.float32)
        box = (float(r.left()), float(r.top()), float(r.right()), float(r.bottom()))
        face = Face(box, 1.0, np.zeros((5, 2), np.float32))
        return ev.Extracted(
            rel, identity, face=face, emb_plain=desc, emb_flip=desc, faces_found=len(rects)
        )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dataset", type=Path)
    ap.add_argument("--json", type=Path, dest="json_out")
    ap.add_argument("--upsample", type=int, default=1)
    args = ap.parse_args(argv)

    ds = ev.scan_dataset(args.dataset)
    peer = PeerPipeline(args.upsample)
    jobs = [(p, i) for i, files in ds.identities.items() for p in files]
    jobs += [(p, None) for p in ds.strangers]
    t0 = time.perf_counter()
    extracted = []
    for n, (path, ident) in enumerate(jobs, 1):
        extracted.append(peer.extract(path, str(path.relative_to(ds.root)), ident))
        print(f"\r[{n}/{len(jobs)}] {path.name:30s}", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    elapsed = time.perf_counter() - t0

    s = ev.score(extracted, ds, normalize=False, flip=False, gate=False)
    head = ev.summarise(s, 0.0)
    d_dir, d_fpir = ev.rates(s, TOLERANCE, 0.0)
    _, failures = ev.enrolled_embeddings(extracted, ds, flip=False, gate=False)
    enroll_rel = {str(f[0].relative_to(ds.root)) for f in ds.identities.values()}
    probe_failures = [
        {"file": e.rel, "reason": e.error}
        for e in extracted
        if e.rel not in enroll_rel and not e.ok
    ]
    report = {
        "peer": peer.name,
        "dataset": str(ds.root),
        "identities": len(ds.identities),
        "genuine_probes": ds.genuine_count,
        "impostor_probes": len(s.impostor_top),
        "enroll_failures": len(failures),
        "enroll_failure_details": [{"identity": k, "reason": v} for k, v in failures.items()],
        "probe_failures": len(probe_failures),
        "probe_failure_details": probe_failures,
        "rank1": round(head["rank1"], 4),
        "dir_at_fpir_1e-2": head["dir_at_fpir_1e-2"],
        "dir_at_fpir_1e-3": head["dir_at_fpir_1e-3"],
        "thresholds": head["thresholds"],
        "default": {"dir": round(d_dir, 4), "fpir": round(d_fpir, 4), "threshold": TOLERANCE},
        "distances": ev.distance_stats(s),
        "pairs": ev.pair_stats(extracted, normalize=False, flip=False, threshold=TOLERANCE),
        "extract_seconds": round(elapsed, 1),
    }
    text = json.dumps(report, indent=1, default=lambda v: None if math.isnan(v) else v)
    if args.json_out:
        args.json_out.write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
