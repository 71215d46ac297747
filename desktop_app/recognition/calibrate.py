"""Threshold calibration from the enrolled gallery's own impostor scores.

The model
---------
*Impostor score.* The matcher compares a probe with a person through that person's best
(nearest) template, so an impostor score is person-level: for every template ``i`` (used as
a probe) and every OTHER person ``Q``, ``s = min_j in Q ||x_i - x_j||`` (Euclidean, on raw or
L2-normalised embeddings exactly as the gallery compares them).

*Per-comparison false-match rate.* ``f(t) = P(s <= t)``, the empirical CDF of those scores.

*1:K search.* A check-in by someone who is not person ``Q`` is falsely accepted when ANY of
the ``K`` enrolled people scores within the threshold. Treating people as independent,
``FMR_K(t) = 1 - (1 - f(t))^K``. For a target rate ``r`` per check-in the calibrated
threshold solves ``FMR_K(t) = r``, i.e. ``f(t) = f* = 1 - (1 - r)^(1/K)`` (~ ``r / K``).
Independence is optimistic for probes that resemble many people (correlated scores), so
read the target as an order of magnitude; the margin rule and N-of-M voting add headroom.

*Expected false accepts per day* for ``N`` check-ins a day: ``N * FMR_K(t)`` (each check-in
counted as a chance for a false match: conservative, since an enrolled person's own
template usually wins).

*The tail.* With ``n`` impostor scores the empirical CDF resolves rates down to ~``1/n``
(fewer independent ones, since ``s(i, Q)`` and ``s(j, P)`` share pairs); a gallery of 30
people with 2 templates each gives ``n = 1,740`` while ``f*`` for ``r = 1e-4`` and ``K = 30``
is ~``3e-6``. Where fewer than ``MIN_TAIL_POINTS`` scores lie below the wanted quantile the
threshold is extrapolated with an exponential lower tail, ``log f(t) = a + b t``, fitted by
least squares to the lowest 10% of the scores (at least 20), and never above the empirical
value. Distances are bounded below by 0, so their true lower tail is lighter than
exponential and the extrapolation errs towards FEWER false matches (a lower threshold, more
false rejects: ``false_reject_rate`` shows the price). On synthetic galleries of 20-60
people, the true rate at the extrapolated threshold stayed within 1.5x of the target in the
worst of 8 draws, while a normal fit of the same tail was up to 100x too permissive.
Below ``MIN_SCORES`` scores (or fewer than 2 people) the data are too thin: ``threshold`` is
None and ``note`` says what to enrol.

*With the crowding penalty* (the shipped rule, ``matcher.crowd_score``) the threshold applies
to the score, not the distance, and the score of a search depends on the two nearest people
at once, so the independence model above does not describe it. Each template then acts as
one check-in by a stranger: its own person left out, the score against the rest of the
gallery (the nearest and the runner-up person) is one *search score*, and the rate per
check-in at ``t`` is the share of search scores ``<= t``, read directly (the score is nearly
independent of the gallery size, docs/recognition.md), with the same exponential tail below
the resolved rates.

*The cost*: the share of check-ins by enrolled people refused at the threshold, from the
gallery's own genuine scores (templates of people with several samples against their other
templates) when there are at least ``MIN_GENUINE`` of them, else from ``REFERENCE_GENUINE``,
quantiles measured on faces_hard. Above ``CONFIRM_REFUSED_SHARE`` the threshold is not applied
without an explicit confirmation (CLI ``--yes``, a question in Settings).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from desktop_app.recognition.matcher import crowd_score

MIN_SCORES = 30  # below this, no threshold is proposed
MIN_TAIL_POINTS = 10  # empirical quantile only when this many scores lie below it
MIN_GENUINE = 20  # the gallery's own genuine scores give the cost from this many on
CONFIRM_REFUSED_SHARE = 0.20  # applying a threshold that refuses more needs a confirmation

# Genuine scores measured on ../shared/data/faces_hard per embedder, with the default detector
# stack (BlazeFace + Face Mesh), by ``benchmarks/reference_genuine.py`` (the ``eval`` protocol:
# each person enrolled from their first photo, the quality gate applied; every other photo of
# an enrolled person against their own template): quantiles of the plain distance (L2 +
# flip-average) and of the embedder's shipped crowd score (the runner-up being the nearest
# other enrolled person). Measured 2026-12-06: dlib_resnet_v1 193 people, 418 probes (within
# 0.004 of the figures first measured with MTCNN); sface 196 people, 422 probes. Summary
# numbers only: no image, embedding or name. An embedder without a row has no reference: its
# cost is measured on the gallery's own people or not stated.
REFERENCE_PROBABILITIES = (
    0.01, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99,
)  # fmt: skip
REFERENCE_GENUINE: dict[str, dict[str, tuple[float, ...]]] = {
    "dlib_resnet_v1": {
        "distance": (
            0.138, 0.186, 0.207, 0.237, 0.258, 0.275, 0.294, 0.31, 0.326, 0.342, 0.361, 0.376,
            0.412,
        ),
        "crowd_score": (
            0.195, 0.239, 0.264, 0.291, 0.311, 0.327, 0.344, 0.362, 0.377, 0.394, 0.415, 0.432,
            0.472,
        ),
    },
    "sface": {
        "distance": (
            0.433, 0.526, 0.594, 0.688, 0.739, 0.776, 0.812, 0.844, 0.883, 0.928, 0.993, 1.027,
            1.117,
        ),
        "crowd_score": (
            0.461, 0.571, 0.632, 0.731, 0.785, 0.82, 0.852, 0.885, 0.927, 0.976, 1.03, 1.078,
            1.171,
        ),
    },
}  # fmt: skip
REFERENCE_SOURCE = "faces_hard reference"
NO_REFERENCE = "no reference for this face model"


@dataclass(frozen=True, eq=False)
class Scores:
    """Person-level impostor scores (sorted ascending) and genuine scores."""

    impostor: np.ndarray  # (n,) float64 ascending
    genuine: np.ndarray  # (g,) float64 ascending: each template vs its person's nearest other
    people: int
    templates: int
    sampled: bool  # True when the gallery was subsampled to bound the cost
    # with the crowding penalty (sorted ascending; None without it): each template's search
    # score with its person left out, and its genuine score (own nearest other template,
    # runner-up = nearest other person)
    search: np.ndarray | None = None
    genuine_score: np.ndarray | None = None


@dataclass(frozen=True)
class TailModel:
    """Exponential lower tail ``f(t) = exp(a + b t)``, used below ``valid_below``."""

    a: float
    b: float  # > 0
    points: int
    valid_below: float  # the empirical CDF is used at and above this distance

    def cdf(self, t: float) -> float:
        return float(min(1.0, math.exp(min(self.a + self.b * t, 0.0))))

    def quantile(self, p: float) -> float:
        return (math.log(p) - self.a) / self.b


@dataclass(frozen=True, eq=False)
class CalibrationCurve:
    thresholds: np.ndarray  # (T,)
    per_comparison_fmr: np.ndarray  # f(t)
    search_fmr: np.ndarray  # 1 - (1 - f)^K
    false_accepts_per_day: np.ndarray
    false_reject_rate: np.ndarray | None  # over genuine scores; None without genuine pairs


@dataclass(frozen=True)
class Calibration:
    threshold: float | None  # None when the data are too thin
    target_fmr: float  # per check-in (1:K search)
    gallery_size: int  # K people
    per_comparison_fmr: float  # f* the threshold was read at
    method: str  # "empirical" | "extrapolated" | "insufficient"
    impostor_scores: int
    people: int
    templates: int
    min_impostor: float
    checkins_per_day: int
    expected_false_accepts_per_day: float | None
    false_reject_rate: float | None  # genuine scores above the threshold
    note: str
    tail: TailModel | None = None
    # the cost: share of check-ins by enrolled people refused, and where it comes from
    # ("gallery" or "faces_hard reference")
    refused_share: float | None = None
    refused_source: str = ""
    crowd: bool = False  # the threshold applies to the crowd score (search model)
    curve: CalibrationCurve | None = field(default=None, repr=False)


# ---- scores --------------------------------------------------------------------------------
def _prepare(embeddings: np.ndarray, normalize: bool) -> np.ndarray:
    x = np.asarray(embeddings, dtype=np.float64)
    if x.ndim != 2:
        raise ValueError(f"embeddings must be (N, D), got {x.shape}")
    if normalize:
        x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    return x


def compute_scores(
    embeddings: np.ndarray,
    person_ids: np.ndarray | list[int],
    *,
    normalize: bool = False,
    max_templates: int = 20_000,
    max_scores: int = 5_000_000,
    seed: int = 0,
    block: int = 512,
    crowd_weight: float = 0.0,
    crowd_reach: float = 0.0,
) -> Scores:
    """Impostor scores (every template against every other person's templates, per person
    the nearest) and genuine scores (every template against its own person's others).

    Bounded cost: galleries with more than ``max_templates`` templates are subsampled by
    person, and when templates x people exceeds ``max_scores`` only a random subset of the
    templates serves as probes (still against every kept person).
    """
    pids = np.asarray(person_ids).reshape(-1)
    x = _prepare(embeddings, normalize)
    if len(pids) != len(x):
        raise ValueError(f"{len(pids)} person ids for {len(x)} embeddings")
    sampled = False
    if len(x) > max_templates:
        rng = np.random.default_rng(seed)
        people = rng.permutation(np.unique(pids))
        counts = {p: c for p, c in zip(*np.unique(pids, return_counts=True), strict=True)}
        keep_people, total = [], 0
        for p in people:
            if total + counts[p] > max_templates:
                continue
            keep_people.append(p)
            total += counts[p]
        mask = np.isin(pids, keep_people)
        x, pids = x[mask], pids[mask]
        sampled = True
    order = np.argsort(pids, kind="stable")
    x, pids = x[order], pids[order]
    uniq, starts = np.unique(pids, return_index=True)
    person_index = np.searchsorted(uniq, pids)  # (T,) 0..P-1
    sq = (x * x).sum(axis=1)
    probes = np.arange(len(x))
    per_probe = max(len(uniq) - 1, 1)
    if len(x) * per_probe > max_scores:
        rng = np.random.default_rng(seed + 1)
        probes = np.sort(rng.choice(len(x), size=max(1, max_scores // per_probe), replace=False))
        sampled = True
    impostor: list[np.ndarray] = []
    genuine: list[np.ndarray] = []
    search: list[np.ndarray] = []
    genuine_score: list[np.ndarray] = []
    for lo in range(0, len(probes), block):
        rows_idx = probes[lo : lo + block]
        d2 = sq[rows_idx, None] + sq[None, :] - 2.0 * (x[rows_idx] @ x.T)
        d = np.sqrt(np.maximum(d2, 0.0))
        rows = np.arange(len(rows_idx))
        d[rows, rows_idx] = np.inf  # never against itself
        per_person = np.minimum.reduceat(d, starts, axis=1)  # (b, P)
        own = person_index[rows_idx]
        g = per_person[rows, own]
        genuine.append(g[np.isfinite(g)])
        per_person[rows, own] = np.nan
        vals = per_person[~np.isnan(per_person)]
        impostor.append(vals)
        if crowd_weight > 0 and per_person.shape[1] >= 2:
            others = np.sort(np.where(np.isnan(per_person), np.inf, per_person), axis=1)
            second = others[:, 1]  # inf when only one other person
            search.append(crowd_score(others[:, 0], second, crowd_weight, crowd_reach))
            ok = np.isfinite(g)
            genuine_score.append(crowd_score(g[ok], others[ok, 0], crowd_weight, crowd_reach))
    imp = np.sort(np.concatenate(impostor)) if impostor else np.empty(0)
    gen = np.sort(np.concatenate(genuine)) if genuine else np.empty(0)
    if crowd_weight > 0:
        srch = np.sort(np.concatenate(search)) if search else np.empty(0)
        gsc = np.sort(np.concatenate(genuine_score)) if genuine_score else np.empty(0)
        return Scores(imp, gen, len(uniq), len(x), sampled, srch, gsc)
    return Scores(imp, gen, len(uniq), len(x), sampled)


# ---- the model -----------------------------------------------------------------------------
def fit_tail(
    impostor: np.ndarray, fraction: float = 0.10, min_points: int = 20
) -> TailModel | None:
    """Exponential fit of the lowest scores (``log`` of their CDF against distance);
    None when there are too few scores or they do not rise."""
    s = np.asarray(impostor, dtype=np.float64)
    n = len(s)
    m = min(n, max(min_points, int(fraction * n)))
    if n < MIN_SCORES or m < min_points or s[m - 1] <= s[0]:
        return None
    log_p = np.log((np.arange(1, m + 1) - 0.5) / n)
    b, a = np.polyfit(s[:m], log_p, 1)
    if not b > 0:
        return None
    k = min(n, MIN_TAIL_POINTS) - 1
    return TailModel(float(a), float(b), int(m), float(s[k]))


def per_comparison_fmr(impostor: np.ndarray, t: float, tail: TailModel | None = None) -> float:
    """``f(t)``: empirical where it is resolved, the tail model below that."""
    s = np.asarray(impostor)
    if len(s) == 0:
        return math.nan
    if tail is not None and t < tail.valid_below:
        return min(tail.cdf(t), MIN_TAIL_POINTS / len(s))
    return float(np.searchsorted(s, t, side="right")) / len(s)


def search_fmr(f: float | np.ndarray, gallery_size: int) -> Any:
    """``1 - (1 - f)^K``: probability that any of K people matches an impostor probe."""
    f = np.asarray(f, dtype=np.float64)
    out = -np.expm1(gallery_size * np.log1p(-np.clip(f, 0.0, 1.0 - 1e-16)))
    return float(out) if out.ndim == 0 else out


def required_fmr(target: float, gallery_size: int) -> float:
    """``f*`` with ``1 - (1 - f*)^K = target``."""
    return float(-np.expm1(np.log1p(-target) / gallery_size))


def false_accepts_per_day(
    impostor: np.ndarray,
    threshold: float,
    gallery_size: int,
    checkins_per_day: int,
    tail: TailModel | None = None,
) -> float:
    f = per_comparison_fmr(impostor, threshold, tail)
    return float(checkins_per_day * search_fmr(f, gallery_size))


def calibration_curve(
    scores: Scores,
    gallery_size: int,
    checkins_per_day: int = 500,
    thresholds: np.ndarray | None = None,
    tail: TailModel | None = None,
) -> CalibrationCurve:
    """Rates over a grid of thresholds (for a plot or a table in the GUI)."""
    imp = scores.search if scores.search is not None else scores.impostor
    gen = scores.genuine_score if scores.search is not None else scores.genuine
    gen = gen if gen is not None else np.empty(0)
    if thresholds is None:
        hi = float(np.quantile(imp, 0.05)) if len(imp) else 1.0
        if len(gen):
            hi = max(hi, float(np.quantile(gen, 0.99)))
        thresholds = np.linspace(0.0, hi * 1.05, 200)
    tail = tail if tail is not None else fit_tail(imp)
    f = np.array([per_comparison_fmr(imp, float(t), tail) for t in thresholds])
    fk = search_fmr(f, gallery_size)
    frr = None
    if len(gen):
        below = np.searchsorted(gen, thresholds, side="right")
        frr = 1.0 - below / len(gen)
    return CalibrationCurve(np.asarray(thresholds), f, fk, checkins_per_day * fk, frr)


def refused_share(
    scores: Scores, threshold: float, embedder_id: str = "dlib_resnet_v1"
) -> tuple[float | None, str]:
    """The expected share of check-ins by enrolled people refused at ``threshold`` and its
    source: the gallery's own genuine scores when there are ``MIN_GENUINE``, else the
    embedder's faces_hard reference quantiles (linear between them, 0 / 1 beyond the ends),
    else None (``NO_REFERENCE``: an embedder nobody measured)."""
    crowd = scores.search is not None
    own = scores.genuine_score if crowd else scores.genuine
    if own is not None and len(own) >= MIN_GENUINE:
        above = 1.0 - float(np.searchsorted(own, threshold, side="right")) / len(own)
        return above, "gallery"
    reference = REFERENCE_GENUINE.get(embedder_id)
    if reference is None:
        return None, NO_REFERENCE
    q = reference["crowd_score" if crowd else "distance"]
    p = np.concatenate([[0.0], REFERENCE_PROBABILITIES, [1.0]])
    x = np.concatenate([[q[0] - 1e-9 if q[0] > 0 else 0.0], q, [q[-1] + 0.05]])
    below = float(np.interp(threshold, x, p))
    return 1.0 - below, REFERENCE_SOURCE


def calibrate_scores(
    scores: Scores,
    *,
    target_fmr: float = 1e-4,
    gallery_size: int | None = None,
    checkins_per_day: int = 500,
    embedder_id: str = "dlib_resnet_v1",
) -> Calibration:
    """The threshold for ``target_fmr`` per check-in in a search over ``gallery_size``
    people (default: the people in the scores)."""
    if not 0.0 < target_fmr < 1.0:
        raise ValueError("target_fmr must be in (0, 1)")
    k = int(gallery_size or scores.people)
    crowd = scores.search is not None
    # with the crowd score: search scores, read per check-in directly (no 1:K model)
    s = scores.search if scores.search is not None else scores.impostor
    n = len(s)
    f_star = target_fmr if crowd else required_fmr(target_fmr, max(k, 1))
    common: dict[str, Any] = {
        "target_fmr": target_fmr,
        "gallery_size": k,
        "per_comparison_fmr": f_star,
        "impostor_scores": n,
        "people": scores.people,
        "templates": scores.templates,
        "min_impostor": float(s[0]) if n else math.inf,
        "checkins_per_day": checkins_per_day,
    }
    if scores.people < 2 or n < MIN_SCORES:
        return Calibration(
            threshold=None,
            method="insufficient",
            expected_false_accepts_per_day=None,
            false_reject_rate=None,
            note=(
                f"Too little data: {scores.people} people and {n} impostor scores "
                f"(need at least 2 people and {MIN_SCORES} scores). Enrol more people, "
                "then calibrate again; until then the model's default threshold is used."
            ),
            **common,
        )
    tail = fit_tail(s)
    if f_star * n >= MIN_TAIL_POINTS:
        threshold = float(np.quantile(s, f_star))
        method = "empirical"
        note = f"Measured: {int(f_star * n)} of {n} impostor scores lie below the threshold."
    elif tail is not None:
        threshold = min(tail.quantile(f_star), tail.valid_below)
        method = "extrapolated"
        note = (
            f"Extrapolated: the target needs a per-comparison rate of {f_star:.1e} but {n} "
            f"impostor scores resolve only ~{MIN_TAIL_POINTS / n:.1e}; the threshold comes "
            f"from an exponential fit of the lowest {tail.points} scores (conservative). "
            "Enrol more people for a measured value."
        )
    else:  # pragma: no cover - fit_tail only fails below MIN_SCORES
        threshold = float(s[0])
        method = "extrapolated"
        note = "Threshold set below the nearest impostor pair (no tail fit possible)."
    threshold = max(threshold, 0.0)
    if scores.sampled:
        note += " The gallery was subsampled to bound the cost."
    frr = None
    genuine = scores.genuine_score if crowd else scores.genuine
    if genuine is not None and len(genuine):
        frr = 1.0 - float(np.searchsorted(genuine, threshold, side="right")) / len(genuine)
    if crowd:  # the search scores are per check-in already
        per_day = float(checkins_per_day * per_comparison_fmr(s, threshold, tail))
        curve = calibration_curve(scores, 1, checkins_per_day, tail=tail)
    else:
        per_day = false_accepts_per_day(s, threshold, k, checkins_per_day, tail)
        curve = calibration_curve(scores, k, checkins_per_day, tail=tail)
    share, source = refused_share(scores, threshold, embedder_id)
    return Calibration(
        threshold=threshold,
        method=method,
        expected_false_accepts_per_day=per_day,
        false_reject_rate=frr,
        note=note,
        tail=tail,
        curve=curve,
        refused_share=share,
        refused_source=source,
        crowd=crowd,
        **common,
    )


def calibrate(
    embeddings: np.ndarray,
    person_ids: np.ndarray | list[int],
    *,
    target_fmr: float = 1e-4,
    gallery_size: int | None = None,
    checkins_per_day: int = 500,
    embedder_id: str = "dlib_resnet_v1",
    normalize: bool = False,
    crowd_weight: float = 0.0,
    crowd_reach: float = 0.0,
) -> Calibration:
    """Scores from the templates, then ``calibrate_scores``."""
    scores = compute_scores(
        embeddings,
        person_ids,
        normalize=normalize,
        crowd_weight=crowd_weight,
        crowd_reach=crowd_reach,
    )
    return calibrate_scores(
        scores,
        target_fmr=target_fmr,
        gallery_size=gallery_size,
        checkins_per_day=checkins_per_day,
        embedder_id=embedder_id,
    )


def gallery_templates(gallery: Any) -> tuple[np.ndarray, np.ndarray]:
    """(embeddings (T, D) as the gallery compares them, person ids (T,)) of the active
    people's positive templates in a ``recognition.gallery.Gallery``."""
    ids, pids = gallery.templates()
    if not len(ids):
        return np.empty((0, gallery.dim), np.float32), np.empty(0, np.int64)
    return gallery.index.vectors(ids), pids


def calibrate_gallery(
    gallery: Any,
    *,
    target_fmr: float = 1e-4,
    gallery_size: int | None = None,
    checkins_per_day: int = 500,
) -> Calibration:
    """Calibrate on the enrolled gallery (vectors already normalised if the gallery is),
    for the decision rule it uses (with its crowding penalty, if any)."""
    x, pids = gallery_templates(gallery)
    matcher = gallery.matcher
    return calibrate(
        x,
        pids,
        target_fmr=target_fmr,
        gallery_size=gallery_size,
        checkins_per_day=checkins_per_day,
        crowd_weight=float(getattr(matcher, "crowd_weight", 0.0)),
        crowd_reach=float(getattr(matcher, "crowd_reach", 0.0)),
        embedder_id=str(getattr(gallery, "embedder_id", "")),
    )


def plot_calibration(result: Calibration, out_png: Path | str) -> Path:
    """Search false-match rate and false-reject rate against the threshold, as a PNG."""
    if result.curve is None:
        raise ValueError("this calibration has no curve (too little data)")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    c = result.curve
    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=110)
    floor = 1e-9
    ax.semilogy(c.thresholds, np.maximum(c.search_fmr, floor), label="false match per check-in")
    if c.false_reject_rate is not None:
        ax.semilogy(
            c.thresholds, np.maximum(c.false_reject_rate, floor), label="false reject (genuine)"
        )
    ax.axhline(result.target_fmr, color="grey", ls=":", label=f"target {result.target_fmr:g}")
    if result.threshold is not None:
        ax.axvline(
            result.threshold, color="red", ls="--", label=f"threshold {result.threshold:.3f}"
        )
    if result.tail is not None:
        ax.axvspan(0, result.tail.valid_below, color="orange", alpha=0.1, label="extrapolated")
    ax.set_xlabel("distance threshold")
    ax.set_ylabel("rate")
    ax.set_ylim(floor, 1.0)
    ax.set_title(
        f"{result.people} people, {result.impostor_scores} impostor scores, K={result.gallery_size}"
    )
    ax.legend(fontsize=8, loc="lower right")
    ax.grid(True, which="both", alpha=0.3)
    out = Path(out_png)
    out.parent.mkdir(parents=True, exist_ok=True)
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)
    return out
