"""One-shot open-set evaluation: the protocol an attendance kiosk lives by (issue 4).

Dataset layout: a folder per identity and ``_strangers/``. Folders starting with ``_`` other
than ``_strangers`` (``_groups``) and files at the top level are ignored.

- The first file of each identity folder in sorted order is its ONLY enrollment photo; it
  goes through the app's enrollment checks (one face after padding: the largest; the quality
  gate). A refused photo is an ``enroll_failure`` and that identity's probes can only miss.
- Every other file of an identity is a genuine probe; every ``_strangers`` file is an
  impostor probe; each genuine probe is ALSO scored with its own identity removed from the
  gallery (leave-one-out impostor). ``impostor_probes`` counts both kinds.
- Every image is padded with a grey (128) border of 40% of its width on the left and right
  and 40% of its height on top and bottom before detection (datasets of tight crops), and
  the largest face is used. A probe without a face is a ``probe_failure``: a genuine miss, an
  impostor that was not accepted.
- ``rank1``: closed-set, over genuine probes (failures count as misses).
- DIR at FPIR a: the share of genuine probes whose nearest person is right AND that the
  decision rule accepts (score <= threshold and, with a margin, the gap to the second
  person >= margin), at the largest threshold where at most ``floor(a * impostors)`` impostor
  probes are accepted. With fewer than 1/a impostors that means none. The score is the
  distance, plus the matcher's crowding penalty in the ``+crowd`` variants and the headline
  when the rule in use has one (``matcher.crowd_score``).
- ``default``: the app's decision rule at its default threshold and margin
  (``recognition/defaults.py`` or the settings), measured through a real ``Gallery`` over a
  throw-away in-memory database, never the user's.

Detection, alignment and embedding run once per image; every variant (raw or L2-normalised
embeddings, flip-average on or off, margins) is scored from the same embeddings.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import cv2
import numpy as np

from desktop_app.config import Settings
from desktop_app.errors import AppError, ImageError
from desktop_app.recognition.defaults import DecisionRule, default_rule, default_threshold
from desktop_app.recognition.matcher import crowd_score
from desktop_app.vision.image_io import load_image
from desktop_app.vision.pipeline import FacePipeline
from desktop_app.vision.quality import QualityReport, QualityThresholds
from desktop_app.vision.types import Embedder, Face

log = logging.getLogger(__name__)

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".bmp", ".webp", ".tif", ".tiff"}
STRANGERS = "_strangers"
PAD_FRACTION = 0.4
PAD_VALUE = 128
FPIRS = (1e-2, 1e-3)
DEFAULT_MARGINS = (0.0, 0.02, 0.04, 0.06, 0.08, 0.1)
MAX_THRESHOLD = 4.0

Progress = Callable[[float, str], None]


# ---- dataset -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Dataset:
    root: Path
    identities: dict[str, list[Path]]  # sorted files; [0] is the enrollment photo
    strangers: list[Path]
    ignored: list[str]

    @property
    def genuine_count(self) -> int:
        return sum(max(0, len(v) - 1) for v in self.identities.values())


def _images(folder: Path) -> list[Path]:
    return sorted(
        (p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in IMAGE_SUFFIXES),
        key=lambda p: p.name,
    )


def scan_dataset(root: Path) -> Dataset:
    root = Path(root)
    if not root.is_dir():
        raise ImageError(f"The dataset folder {root} does not exist or is not a folder.")
    identities: dict[str, list[Path]] = {}
    strangers: list[Path] = []
    ignored: list[str] = []
    for sub in sorted(p for p in root.iterdir() if p.is_dir()):
        if sub.name == STRANGERS:
            strangers = _images(sub)
        elif sub.name.startswith("_") or sub.name.startswith("."):
            ignored.append(sub.name)
        else:
            files = _images(sub)
            if files:
                identities[sub.name] = files
    if not identities:
        raise ImageError(
            f"{root} has no identity folders with images. Expected one folder per person "
            "(first file = enrollment photo) and optionally _strangers/."
        )
    return Dataset(root, identities, strangers, ignored)


def pad_image(image_bgr: np.ndarray, fraction: float = PAD_FRACTION) -> np.ndarray:
    h, w = image_bgr.shape[:2]
    py, px = round(h * fraction), round(w * fraction)
    return cv2.copyMakeBorder(
        image_bgr, py, py, px, px, cv2.BORDER_CONSTANT, value=(PAD_VALUE,) * 3
    )


# ---- extraction --------------------------------------------------------------------------
@dataclass(frozen=True)
class Extracted:
    """One image after padding, detection of the largest face, alignment and embedding."""

    rel: str  # path relative to the dataset root
    identity: str | None  # None for a stranger
    error: str | None = None
    face: Face | None = None
    emb_plain: np.ndarray | None = None  # (D,)
    emb_flip: np.ndarray | None = None  # (D,) mean of chip and mirror
    quality: QualityReport | None = None
    faces_found: int = 0

    @property
    def ok(self) -> bool:
        return self.error is None and self.emb_plain is not None

    def embedding(self, flip: bool) -> np.ndarray:
        assert self.emb_plain is not None and self.emb_flip is not None
        return self.emb_flip if flip else self.emb_plain


def extract(
    pipeline: FacePipeline,
    path: Path,
    rel: str,
    identity: str | None,
    quality: QualityThresholds,
) -> Extracted:
    try:
        image = pad_image(load_image(path))
    except AppError as exc:
        return Extracted(rel, identity, error=f"unreadable: {exc}")
    faces = pipeline.detect_still(image)
    if not faces:
        return Extracted(rel, identity, error="no face found")
    face = max(faces, key=lambda f: f.area)
    chip = pipeline.align(image, face)
    # Both variants from one batch: the chip and its mirror image.
    out = pipeline.embed(np.stack([chip, chip[:, ::-1]]), flip=False)
    report = pipeline.assess(image, face, quality)
    return Extracted(
        rel,
        identity,
        face=face,
        emb_plain=out[0].copy(),
        emb_flip=((out[0] + out[1]) * 0.5).astype(np.float32),
        quality=report,
        faces_found=len(faces),
    )


def extract_dataset(
    ds: Dataset,
    pipeline: FacePipeline,
    *,
    quality: QualityThresholds | None = None,
    progress: Progress | None = None,
) -> list[Extracted]:
    q = quality or QualityThresholds()
    jobs: list[tuple[Path, str | None]] = [
        (p, ident) for ident, files in ds.identities.items() for p in files
    ] + [(p, None) for p in ds.strangers]
    out: list[Extracted] = []
    for i, (path, ident) in enumerate(jobs):
        rel = str(path.relative_to(ds.root))
        out.append(extract(pipeline, path, rel, ident, q))
        if progress is not None:
            progress((i + 1) / len(jobs), rel)
    return out


# ---- scoring -----------------------------------------------------------------------------
@dataclass
class Scores:
    """Per-probe nearest-person facts for one variant (distances in the gallery's metric)."""

    genuine_top: np.ndarray  # distance to the nearest person
    genuine_gap: np.ndarray  # second nearest minus nearest (inf with one person)
    genuine_right: np.ndarray  # bool: nearest person is the probe's identity
    impostor_top: np.ndarray
    impostor_gap: np.ndarray
    impostor_kind: list[str]  # "stranger" | "leave_one_out"
    genuine_distance: np.ndarray  # to the own identity's template (nan if not enrolled)
    enrolled: list[str]
    # which probe each row is (path relative to the dataset root) and, for impostors, the
    # nearest enrolled identity (None when nothing was found): for ``by_group``
    genuine_rel: list[str] = field(default_factory=list)
    impostor_rel: list[str] = field(default_factory=list)
    impostor_nearest: list[str | None] = field(default_factory=list)


def _normalise(x: np.ndarray) -> np.ndarray:
    return x / np.maximum(np.linalg.norm(x, axis=-1, keepdims=True), 1e-12)


def _top2(d: np.ndarray) -> tuple[float, float, int]:
    if d.size == 0:
        return math.inf, math.inf, -1
    order = np.argsort(d, kind="stable")
    top = float(d[order[0]])
    second = float(d[order[1]]) if d.size > 1 else math.inf
    return top, second - top, int(order[0])


def enrolled_embeddings(
    extracted: Sequence[Extracted], ds: Dataset, flip: bool, gate: bool = True
) -> tuple[dict[str, np.ndarray], dict[str, str]]:
    """{identity: embedding} of the accepted enrollment photos, {identity: refusal reason}."""
    by_rel = {e.rel: e for e in extracted}
    gallery: dict[str, np.ndarray] = {}
    failures: dict[str, str] = {}
    for ident, files in ds.identities.items():
        e = by_rel[str(files[0].relative_to(ds.root))]
        if not e.ok:
            failures[ident] = e.error or "failed"
        elif gate and e.quality is not None and not e.quality.ok:
            failures[ident] = "quality: " + e.quality.message
        else:
            gallery[ident] = e.embedding(flip)
    return gallery, failures


def score(
    extracted: Sequence[Extracted],
    ds: Dataset,
    *,
    normalize: bool,
    flip: bool,
    gate: bool = True,
) -> Scores:
    gallery, _ = enrolled_embeddings(extracted, ds, flip, gate)
    names = list(gallery)
    g = np.stack([gallery[n] for n in names]) if names else np.zeros((0, 1), np.float32)
    if normalize and len(g):
        g = _normalise(g)
    enroll_rel = {str(files[0].relative_to(ds.root)) for files in ds.identities.values()}
    gen: list[tuple[float, float, bool, float]] = []  # top, gap, right, own distance
    imp: list[tuple[float, float, str]] = []  # top, gap, kind
    gen_rel: list[str] = []
    imp_rel: list[str] = []
    imp_near: list[str | None] = []
    for e in extracted:
        if e.rel in enroll_rel:
            continue
        if not e.ok:
            if e.identity is not None:  # genuine miss; its leave-one-out is not accepted
                gen.append((math.inf, 0.0, False, math.nan))
                gen_rel.append(e.rel)
                imp.append((math.inf, 0.0, "leave_one_out"))
            else:
                imp.append((math.inf, 0.0, "stranger"))
            imp_rel.append(e.rel)
            imp_near.append(None)
            continue
        v = e.embedding(flip)
        if normalize:
            v = _normalise(v)
        d = np.linalg.norm(g - v, axis=1) if len(g) else np.zeros(0)
        top, gap, j = _top2(d)
        if e.identity is None:
            imp.append((top, gap, "stranger"))
            imp_rel.append(e.rel)
            imp_near.append(names[j] if j >= 0 else None)
            continue
        own = names.index(e.identity) if e.identity in names else -1
        right = j >= 0 and names[j] == e.identity
        gen.append((top, gap, right, float(d[own]) if own >= 0 else math.nan))
        gen_rel.append(e.rel)
        others = [n for k, n in enumerate(names) if k != own]
        top, gap, j = _top2(np.delete(d, own) if own >= 0 else d)
        imp.append((top, gap, "leave_one_out"))
        imp_rel.append(e.rel)
        imp_near.append(others[j] if j >= 0 else None)
    gt = [x[0] for x in gen]
    gg = [x[1] for x in gen]
    gr = [x[2] for x in gen]
    gd = [x[3] for x in gen]
    it = [x[0] for x in imp]
    ig = [x[1] for x in imp]
    ik = [x[2] for x in imp]
    return Scores(
        np.asarray(gt, float),
        np.asarray(gg, float),
        np.asarray(gr, bool),
        np.asarray(it, float),
        np.asarray(ig, float),
        ik,
        np.asarray(gd, float),
        names,
        gen_rel,
        imp_rel,
        imp_near,
    )


def crowded(s: Scores, weight: float, reach: float) -> Scores:
    """``s`` with each probe's top distance replaced by the matcher's score (the crowding
    penalty from the runner-up's distance, ``top + gap``); gaps and own distances unchanged."""
    if weight == 0:
        return s
    with np.errstate(invalid="ignore"):  # inf + 0 * ... for failed probes stays inf
        gt = crowd_score(s.genuine_top, s.genuine_top + s.genuine_gap, weight, reach)
        it = crowd_score(s.impostor_top, s.impostor_top + s.impostor_gap, weight, reach)
    gt = np.where(np.isfinite(s.genuine_top), gt, np.inf)
    it = np.where(np.isfinite(s.impostor_top), it, np.inf)
    return Scores(
        gt,
        s.genuine_gap,
        s.genuine_right,
        it,
        s.impostor_gap,
        s.impostor_kind,
        s.genuine_distance,
        s.enrolled,
        s.genuine_rel,
        s.impostor_rel,
        s.impostor_nearest,
    )


def _accept(top: np.ndarray, gap: np.ndarray, threshold: float, margin: float) -> np.ndarray:
    return (top <= threshold) & (gap >= margin)


def threshold_at_fpir(s: Scores, fpir: float, margin: float) -> float:
    """Largest threshold accepting at most ``floor(fpir * impostors)`` impostor probes."""
    n = len(s.impostor_top)
    allowed = math.floor(fpir * n + 1e-9)
    acceptable = np.sort(s.impostor_top[(s.impostor_gap >= margin) & np.isfinite(s.impostor_top)])
    if len(acceptable) <= allowed:
        return MAX_THRESHOLD
    bound = float(acceptable[allowed])  # accepting this one would exceed the budget
    return float(np.nextafter(bound, -np.inf))


def rates(s: Scores, threshold: float, margin: float) -> tuple[float, float]:
    """(DIR, FPIR) at ``threshold`` / ``margin``."""
    n_g, n_i = len(s.genuine_top), len(s.impostor_top)
    dir_ = (
        float((_accept(s.genuine_top, s.genuine_gap, threshold, margin) & s.genuine_right).sum())
        / n_g
        if n_g
        else math.nan
    )
    fpir = (
        float(_accept(s.impostor_top, s.impostor_gap, threshold, margin).sum()) / n_i
        if n_i
        else math.nan
    )
    return dir_, fpir


def curve(s: Scores, margin: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(thresholds, fpir, dir) at every distinct score."""
    cand = np.concatenate([s.genuine_top, s.impostor_top])
    cand = np.unique(cand[np.isfinite(cand)])
    fp, dr = [], []
    for t in cand:
        d, f = rates(s, float(t), margin)
        dr.append(d)
        fp.append(f)
    return cand, np.asarray(fp), np.asarray(dr)


def summarise(s: Scores, margin: float) -> dict[str, Any]:
    n_g = len(s.genuine_top)
    out: dict[str, Any] = {
        "margin": margin,
        "rank1": float(s.genuine_right.sum()) / n_g if n_g else math.nan,
        "thresholds": {},
    }
    for a in FPIRS:
        t = threshold_at_fpir(s, a, margin)
        d, f = rates(s, t, margin)
        key = f"{a:.0e}".replace("e-0", "e-")
        out[f"dir_at_fpir_{key}"] = round(d, 4)
        out["thresholds"][f"fpir_{key}"] = round(t, 4)
        out[f"fpir_at_fpir_{key}"] = round(f, 4)
    return out


def distance_stats(s: Scores) -> dict[str, Any]:
    gen = s.genuine_distance[np.isfinite(s.genuine_distance)]
    imp = s.impostor_top[np.isfinite(s.impostor_top)]

    def q(x: np.ndarray) -> dict[str, float]:
        if not len(x):
            return {}
        p = np.percentile(x, [0, 5, 50, 95, 100])
        return dict(
            zip(["min", "p5", "median", "p95", "max"], np.round(p, 4).tolist(), strict=True)
        )

    return {"genuine": q(gen), "impostor_nearest": q(imp)}


def pair_stats(
    extracted: Sequence[Extracted], *, normalize: bool, flip: bool, threshold: float | None = None
) -> dict[str, Any]:
    """Verification over all pairs of detected images (finer than the one-shot protocol)."""
    ok = [e for e in extracted if e.ok]
    if len(ok) < 2:
        return {}
    x = np.stack([e.embedding(flip) for e in ok])
    if normalize:
        x = _normalise(x)
    labels = [e.identity or f"stranger:{e.rel}" for e in ok]
    iu = np.triu_indices(len(ok), 1)
    d = np.linalg.norm(x[iu[0]] - x[iu[1]], axis=1)
    same = np.array([labels[i] == labels[j] for i, j in zip(*iu, strict=True)])
    gen, imp = d[same], np.sort(d[~same])
    out: dict[str, Any] = {"same_pairs": int(same.sum()), "different_pairs": int((~same).sum())}
    if not len(gen) or not len(imp):
        return out
    for far in (1e-2, 1e-3):
        t = float(imp[min(len(imp) - 1, int(far * len(imp)))])
        out[f"tar_at_far_{far:.0e}".replace("e-0", "e-")] = round(float(np.mean(gen < t)), 4)
    cand = np.unique(d)
    frr = np.array([np.mean(gen > t) for t in cand])
    far_ = np.searchsorted(imp, cand, side="right") / len(imp)
    i = int(np.argmin(np.abs(frr - far_)))
    out["eer"] = round(float((frr[i] + far_[i]) / 2), 4)
    if threshold is not None:
        out["far_at_threshold"] = round(float(np.mean(imp <= threshold)), 6)
        out["tar_at_threshold"] = round(float(np.mean(gen <= threshold)), 4)
    return out


# ---- by group (MANIFEST.csv column) ------------------------------------------------------
MANIFEST = "MANIFEST.csv"
_FILE_COLUMNS = ("file", "path")  # the column naming each image, relative to the root


def read_manifest(root: Path, column: str) -> dict[str, str]:
    """``{relative path: value of column}`` from the dataset's MANIFEST.csv.

    Raises ``ImageError`` when the file or the column is missing (naming the columns there).
    """
    import csv

    path = Path(root) / MANIFEST
    if not path.is_file():
        raise ImageError(f"{path} does not exist: --by needs the dataset's {MANIFEST}.")
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        fields = list(reader.fieldnames or [])
        key = next((c for c in _FILE_COLUMNS if c in fields), None)
        if key is None or column not in fields:
            missing = column if column not in fields else "a file or path column"
            raise ImageError(
                f"{path} has no column {missing!r}; its columns: {', '.join(fields) or 'none'}."
            )
        return {row[key].replace("\\", "/"): (row[column] or "").strip() for row in reader}


def by_group(
    s: Scores, ds: Dataset, groups: dict[str, str], threshold: float, margin: float
) -> dict[str, dict[str, Any]]:
    """Per value of a manifest column: identities, probes, rank-1, DIR and FPIR at the given
    rule (``s`` scored as the decision scores), and the false accepts INTO the group (impostor
    probes accepted as someone of the group, whatever the probe's own group).

    A probe's group is its file's value; an identity's group is its enrollment photo's value.
    Files missing from the manifest are in the group ``"(not in manifest)"``.
    """
    other = "(not in manifest)"

    def group_of(rel: str) -> str:
        return groups.get(rel.replace("\\", "/"), other) or "(empty)"

    ident_group = {
        ident: group_of(str(files[0].relative_to(ds.root)))
        for ident, files in ds.identities.items()
    }
    out: dict[str, dict[str, Any]] = {}

    def bucket(g: str) -> dict[str, Any]:
        return out.setdefault(
            g,
            {
                "identities": 0,
                "genuine_probes": 0,
                "impostor_probes": 0,
                "_right": 0,
                "_hits": 0,
                "_accepted": 0,
                "false_accepts_into": 0,
            },
        )

    for g in ident_group.values():
        bucket(g)["identities"] += 1
    g_acc = _accept(s.genuine_top, s.genuine_gap, threshold, margin) & s.genuine_right
    for rel, right, hit in zip(s.genuine_rel, s.genuine_right, g_acc, strict=True):
        b = bucket(group_of(rel))
        b["genuine_probes"] += 1
        b["_right"] += int(right)
        b["_hits"] += int(hit)
    i_acc = _accept(s.impostor_top, s.impostor_gap, threshold, margin)
    for rel, near, acc in zip(s.impostor_rel, s.impostor_nearest, i_acc, strict=True):
        b = bucket(group_of(rel))
        b["impostor_probes"] += 1
        if acc:
            b["_accepted"] += 1
            if near is not None:
                bucket(ident_group.get(near, other))["false_accepts_into"] += 1
    for b in out.values():
        n_g, n_i = b["genuine_probes"], b["impostor_probes"]
        b["rank1"] = round(b.pop("_right") / n_g, 4) if n_g else None
        b["dir"] = round(b.pop("_hits") / n_g, 4) if n_g else None
        b["false_accepts"] = b["_accepted"]
        b["fpir"] = round(b.pop("_accepted") / n_i, 4) if n_i else None
    return dict(sorted(out.items()))


# ---- the app's own decision path ----------------------------------------------------------
def gallery_check(
    settings: Settings,
    extracted: Sequence[Extracted],
    ds: Dataset,
    *,
    embedder: Embedder,
    normalize: bool,
    flip: bool,
    threshold: float,
    margin: float,
    crowd_weight: float = 0.0,
    crowd_reach: float = 0.0,
) -> dict[str, Any]:
    """DIR/FPIR of the real ``Gallery`` (in-memory database) with this decision rule."""
    from desktop_app.recognition.gallery import Gallery, encode_embedding
    from desktop_app.recognition.types import MatchStatus
    from desktop_app.storage.db import open_database
    from desktop_app.storage.repositories import People, Templates

    temp = settings.model_copy(update={"database_url": "sqlite://"})
    db = open_database(temp)
    try:
        gallery_emb, _ = enrolled_embeddings(extracted, ds, flip)
        dim = embedder.dim

        def fill(s: Any) -> dict[str, tuple[int, int]]:
            ids: dict[str, tuple[int, int]] = {}
            for ident, vec in gallery_emb.items():
                p = People(s).add(ident)
                t = Templates(s).add(
                    p.id, embedder_id=embedder.id, embedding=encode_embedding(vec), dim=dim
                )
                ids[ident] = (p.id, t.id)
            return ids

        ids = db.run(fill)
        gallery = Gallery(
            db,
            embedder_id=embedder.id,
            dim=dim,
            index_dir=None,
            threshold=threshold,
            margin=margin,
            crowd_weight=crowd_weight,
            crowd_reach=crowd_reach,
            normalize=normalize,
        ).open()
        pid_of = {ident: pid for ident, (pid, _t) in ids.items()}
        enroll_rel = {str(files[0].relative_to(ds.root)) for files in ds.identities.values()}
        probes = [e for e in extracted if e.rel not in enroll_rel]
        genuine = [e for e in probes if e.identity is not None]
        strangers = [e for e in probes if e.identity is None]
        hits = 0
        false_accepts = 0
        ok_gen = [e for e in genuine if e.ok]
        if ok_gen:
            matches = gallery.identify(np.stack([e.embedding(flip) for e in ok_gen]))
            for e, mt in zip(ok_gen, matches, strict=True):
                hits += int(
                    mt.status is MatchStatus.KNOWN and mt.person_id == pid_of.get(e.identity or "")
                )
        ok_str = [e for e in strangers if e.ok]
        if ok_str:
            matches = gallery.identify(np.stack([e.embedding(flip) for e in ok_str]))
            false_accepts += sum(mt.status is MatchStatus.KNOWN for mt in matches)
        # leave-one-out: each identity's probes against the gallery without it
        by_ident: dict[str, list[Extracted]] = {}
        for e in ok_gen:
            by_ident.setdefault(e.identity or "", []).append(e)
        wanted = {tid: ident for ident, (_p, tid) in ids.items()}
        records = {
            wanted[t.id]: t
            for t in db.run(lambda s: Templates(s).list(embedder_id=embedder.id))
            if t.id in wanted
        }
        for ident, group in by_ident.items():
            removed = ident in ids
            if removed:
                gallery.remove_templates([ids[ident][1]])
            matches = gallery.identify(np.stack([e.embedding(flip) for e in group]))
            false_accepts += sum(mt.status is MatchStatus.KNOWN for mt in matches)
            if removed:  # back in: the database still holds it, so no stamp change
                gallery.add_templates([records[ident]])
        n_imp = len(strangers) + len(genuine)
        return {
            "threshold": round(threshold, 4),
            "margin": margin,
            "dir": round(hits / len(genuine), 4) if genuine else math.nan,
            "fpir": round(false_accepts / n_imp, 4) if n_imp else math.nan,
            "false_accepts": int(false_accepts),
            "via": "Gallery (in-memory database)",
        }
    finally:
        db.dispose()


# ---- the whole run -----------------------------------------------------------------------
@dataclass
class EvalRun:
    report: dict[str, Any]
    curves: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = field(default_factory=dict)


def evaluate(
    dataset_dir: Path,
    pipeline: FacePipeline,
    settings: Settings,
    *,
    margins: Sequence[float] = DEFAULT_MARGINS,
    progress: Progress | None = None,
    extracted: Sequence[Extracted] | None = None,
    by: str | None = None,
) -> EvalRun:
    """The whole run; ``by``: a MANIFEST.csv column to report ``by_group`` for."""
    ds = scan_dataset(dataset_dir)
    groups = read_manifest(ds.root, by) if by else None  # a bad column fails before the work
    t0 = time.perf_counter()
    if extracted is None:
        extracted = extract_dataset(ds, pipeline, progress=progress)
    elapsed = time.perf_counter() - t0
    from desktop_app.recognition.gallery import decision_rule, stated_rule

    embedder = pipeline.embedder
    rec = settings.recognition
    normalize, flip = bool(rec.normalize), bool(rec.flip_average)
    rule = decision_rule(settings, embedder.id, stated_rule(embedder))
    threshold, margin = rule.threshold, rule.margin

    _, failures = enrolled_embeddings(extracted, ds, flip)
    enroll_rel = {str(files[0].relative_to(ds.root)) for files in ds.identities.values()}
    probe_failures = [
        {"file": e.rel, "reason": e.error}
        for e in extracted
        if e.rel not in enroll_rel and not e.ok
    ]
    plain_main = score(extracted, ds, normalize=normalize, flip=flip)
    main = crowded(plain_main, rule.crowd_weight, rule.crowd_reach)
    headline = summarise(main, margin)
    main_name = _variant_name(normalize, flip, rule)

    variants = []
    pairs: dict[str, dict[str, Any]] = {}
    curves: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    for norm in (False, True):
        for fl in (False, True):
            plain_s = score(extracted, ds, normalize=norm, flip=fl)
            name = _variant_name(norm, fl)
            pairs[name] = pair_stats(
                extracted,
                normalize=norm,
                flip=fl,
                threshold=default_threshold(embedder.id, norm),
            )
            # the plain distance, and with the crowding penalty where the scale has one
            crowd_rule = rule if norm == normalize else default_rule(embedder.id, norm)
            forms: list[tuple[str, Scores, DecisionRule | None]] = [(name, plain_s, None)]
            if crowd_rule.crowd_weight > 0:
                forms.append(
                    (
                        _variant_name(norm, fl, crowd_rule),
                        crowded(plain_s, crowd_rule.crowd_weight, crowd_rule.crowd_reach),
                        crowd_rule,
                    )
                )
            for vname, vs, vrule in forms:
                extra: dict[str, Any] = {"normalize": norm, "flip_average": fl}
                if vrule is not None:
                    extra["crowd_weight"] = vrule.crowd_weight
                    extra["crowd_reach"] = vrule.crowd_reach
                for m in margins:
                    variants.append({"name": vname, **extra, **summarise(vs, m)})
                if vname == main_name and margin not in margins:
                    variants.append({"name": vname, **extra, **summarise(vs, margin)})
                curves[vname] = curve(vs, 0.0)
    if margin > 0:
        curves[f"{main_name} margin {margin:g}"] = curve(main, margin)

    d_dir, d_fpir = rates(main, threshold, margin)
    default: dict[str, Any] = {
        "dir": round(d_dir, 4),
        "fpir": round(d_fpir, 4),
        "threshold": round(threshold, 4),
        "margin": margin,
        "crowd_weight": rule.crowd_weight,
        "crowd_reach": rule.crowd_reach,
        "normalize": normalize,
        "flip_average": flip,
        # "measured" | "card" | "settings" | "placeholder" (no rule measured for this model)
        "rule_source": rule.source,
    }
    try:
        default["gallery"] = gallery_check(
            settings,
            extracted,
            ds,
            embedder=embedder,
            normalize=normalize,
            flip=flip,
            threshold=threshold,
            margin=margin,
            crowd_weight=rule.crowd_weight,
            crowd_reach=rule.crowd_reach,
        )
    except Exception as exc:  # report, do not hide the numbers we have
        log.exception("gallery cross-check failed")
        default["gallery"] = {"error": str(exc)}

    if groups is not None:
        report_groups = by_group(main, ds, groups, threshold, margin)
    quality = [{"file": e.rel, **e.quality.as_dict()} for e in extracted if e.quality is not None]
    report: dict[str, Any] = {
        "dataset": str(ds.root),
        "protocol": "one-shot open-set: first sorted file enrolls; other files genuine probes; "
        "_strangers impostors; each genuine probe also scored with its identity removed; "
        f"{int(PAD_FRACTION * 100)}% grey border; largest face",
        "identities": len(ds.identities),
        "genuine_probes": ds.genuine_count,
        "impostor_probes": len(main.impostor_top),
        "impostor_breakdown": {
            "strangers": main.impostor_kind.count("stranger"),
            "leave_one_out": main.impostor_kind.count("leave_one_out"),
        },
        "enroll_failures": len(failures),
        "enroll_failure_details": [{"identity": k, "reason": v} for k, v in failures.items()],
        "probe_failures": len(probe_failures),
        "probe_failure_details": probe_failures,
        "rank1": round(headline["rank1"], 4),
        "dir_at_fpir_1e-2": headline["dir_at_fpir_1e-2"],
        "dir_at_fpir_1e-3": headline["dir_at_fpir_1e-3"],
        "thresholds": headline["thresholds"],
        "default": default,
        "variant": main_name,
        "variants": variants,
        "distances": distance_stats(plain_main),
        "pairs": pairs,
        "ignored_dirs": ds.ignored,
        "embedder": embedder.id,
        "detector": pipeline.detector.name,
        "extract_seconds": round(elapsed, 1),
        "quality": quality,
    }
    if groups is not None:
        report["by_column"] = by
        report["by_group"] = report_groups
    return EvalRun(report, curves)


def _variant_name(normalize: bool, flip: bool, rule: DecisionRule | None = None) -> str:
    crowd = "+crowd" if rule is not None and rule.crowd_weight > 0 else ""
    return f"{'l2' if normalize else 'raw'}{'+flip' if flip else ''}{crowd}"


def plot(run: EvalRun, out: Path) -> Path:
    """DIR against FPIR (log x) for each variant, the default operating point marked."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    rep = run.report
    n_imp = max(1, int(rep["impostor_probes"]))
    floor = 0.5 / n_imp
    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=110)
    low = 1.0
    styles = ["-", "--", "-.", ":"]
    for i, (name, (_t, fp, dr)) in enumerate(run.curves.items()):
        order = np.lexsort((dr, fp))
        fp, dr = np.maximum(fp[order], floor), dr[order]
        at_floor = dr[fp <= floor]
        low = min(low, float(at_floor.max()) if len(at_floor) else 0.0)
        ax.step(fp, dr, where="post", label=name, ls=styles[i % len(styles)], lw=1.6)
    d = rep["default"]
    ax.plot(
        max(d["fpir"], floor),
        d["dir"],
        "k*",
        markersize=12,
        label=f"default t={d['threshold']:.3f} m={d['margin']:g} ({rep['variant']})",
    )
    ax.axvline(1e-2, color="grey", lw=0.7, ls=":")
    ax.set_xscale("log")
    ax.set_xlim(floor * 0.8, 1.0)
    ax.set_ylim(max(0.0, min(low, d["dir"]) - 0.1), 1.005)
    ax.set_xlabel(f"FPIR (impostor probes accepted; n={n_imp}; left edge = none)")
    ax.set_ylabel("DIR (genuine probes identified and accepted)")
    ax.set_title(
        f"One-shot open-set: {rep['identities']} identities, {rep['genuine_probes']} genuine probes"
    )
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(out)
    plt.close(fig)
    return out
