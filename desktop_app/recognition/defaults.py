"""Default decision rule per embedder (normalisation, threshold, margin, crowding penalty).

The threshold applies to the matcher's score: the Euclidean distance to the nearest person (on
L2-normalised embeddings, ``d = sqrt(2 - 2 cos)``, or on raw ones: the scales differ, so each
has its own values) plus a crowding penalty ``crowd_weight * max(0, crowd_reach - second)``
from the runner-up person's distance (``matcher.crowd_score``). Owned by the evaluation: change
a value only with a measurement from ``face-attendance eval``; the figures and how they were
taken are in docs/recognition.md ("How the defaults were chosen").

dlib_resnet_v1, L2 + flip-average (chosen over raw and no-flip on ../shared/data/faces):

- Crowding penalty, weight 0.5, reach 0.5, threshold 0.37: on faces_hard (200 people) a
  fixed distance threshold lets strangers in as the gallery grows (0.36: FPIR 0.007 with 10
  people, 0.066 with 198); scored against the gallery as cohort, the false-accept rate per
  check-in stays at ~1e-2 or below from 10 to 198 people without re-calibration. Weight and
  threshold were chosen on half of faces_hard's identities and hold on the other half and on
  ../shared/data/faces (FPIR 0, rank-1 1.0). With no runner-up nearer than the reach (a tiny
  gallery) the score is the plain distance, so 0.37 is also the 1:1 threshold.
- Dropped, by measurement (docs/recognition.md): centring the embeddings on the enrolled
  mean (worse on every figure); z-scored cohort normalisation (worse); per-person thresholds
  from each template's own neighbours and quality-dependent thresholds (no gain that held
  on the held-out half; accepted impostors had the same quality as genuine probes);
  test-time jitter of the chip (within noise, 6x the embedding time).
- Margin 0.03: free on both sets; it turns a close call between two enrolled people into
  "ambiguous" instead of a wrong name.
- Raw scale (``normalize`` off): plain distance 0.52, margin 0.04 (measured on faces only).

sface (OpenCV Zoo SFace, cosine), L2 + flip-average, the BlazeFace + Face Mesh stack:

- Crowding penalty, weight 0.75, reach 1.2, threshold 1.06 (distances here are ~2.8x
  dlib's: genuine median 0.81, nearest stranger median 1.14). Threshold chosen like dlib's:
  a notch under the largest with FPIR <= 1e-2 on half A of faces_hard's identities
  (1.0754; dlib's notch 0.005 is 0.014 on this scale). At 1.075 itself a leave-one-out
  impostor of faces scored 1.070 once still photos were also scanned in tiles: a threshold
  on the edge of half A flips with any small change of the pipeline. At 1.06: faces 1.0 / 0,
  faces_hard 0.912 / 0.0041 (1.075 gave 0.926 / 0.0041 there and 0.013 FPIR on faces);
  half B at 1.075 held (DIR 0.968, FPIR 0.0027) and a lower threshold only lowers FPIR.
  The plain distance (weight 0) chosen the same way lets strangers in as the gallery grows
  (FPIR 0.0015 with 10 people, 0.011 with 200); with the penalty it stays <= 0.0065 from 10
  to 200. Weight 0.5 or reach 1.15 drift the same way; weight 1.0 lets faces' strangers in.
- Margin 0.03: no figure changes with it (0 or 0.03), kept for "ambiguous" between two
  enrolled people.
- Raw scale: plain distance 11.4 (FPIR 1e-2 on the whole of faces_hard; not split-checked).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DecisionRule:
    threshold: float  # on the score (distance + crowding penalty)
    margin: float  # runner-up minus best, below which a match is ambiguous
    crowd_weight: float = 0.0  # 0: the score is the plain distance
    crowd_reach: float = 0.0  # runner-up distances beyond this add no penalty
    # "measured" (the table below), "card" (a user embedder's card states it) or
    # "placeholder" (nobody measured it for this embedder: calibrate before relying on it)
    source: str = "measured"

    @property
    def measured(self) -> bool:
        return self.source != "placeholder"


# per embedder and scale (normalize True / False)
_RULES: dict[str, dict[bool, DecisionRule]] = {
    "dlib_resnet_v1": {
        True: DecisionRule(0.37, 0.03, crowd_weight=0.5, crowd_reach=0.5),
        False: DecisionRule(0.52, 0.04),
    },
    "sface": {
        True: DecisionRule(1.06, 0.03, crowd_weight=0.75, crowd_reach=1.2),
        False: DecisionRule(11.4, 0.0),
    },
}
DEFAULT_NORMALIZE: dict[str, bool] = {"dlib_resnet_v1": True, "sface": True}
DEFAULT_FLIP_AVERAGE: dict[str, bool] = {"dlib_resnet_v1": True, "sface": True}
# An embedder without a measured rule and whose card states none: a plain distance threshold
# per scale, no penalty, marked as a placeholder (the app says so and asks for `calibrate`).
_FALLBACK = {
    True: DecisionRule(0.4, 0.0, source="placeholder"),
    False: DecisionRule(0.6, 0.0, source="placeholder"),
}

# Kept for callers that read the tables directly (values at each embedder's default scale).
DEFAULT_THRESHOLDS: dict[str, float] = {
    k: v[DEFAULT_NORMALIZE.get(k, False)].threshold for k, v in _RULES.items()
}
DEFAULT_MARGINS: dict[str, float] = {
    k: v[DEFAULT_NORMALIZE.get(k, False)].margin for k, v in _RULES.items()
}
MEASUREMENT_NOTES: dict[str, str] = {
    "dlib_resnet_v1": (
        "face-attendance eval on ../shared/data/faces_hard (200 people) and ../shared/data/faces "
        "(19): L2+flip, score = distance + 0.5 * max(0, 0.5 - runner-up distance), threshold "
        "0.37, margin 0.03; see docs/recognition.md"
    ),
    "sface": (
        "face-attendance eval on ../shared/data/faces_hard (200 people) and ../shared/data/faces "
        "(19), BlazeFace + Face Mesh: L2+flip, score = distance + 0.75 * max(0, 1.2 - runner-up "
        "distance), threshold 1.06, margin 0.03; see docs/recognition.md"
    ),
}


def default_normalize(embedder_id: str) -> bool:
    return DEFAULT_NORMALIZE.get(embedder_id, False)


def default_rule(
    embedder_id: str, normalize: bool | None = None, stated: DecisionRule | None = None
) -> DecisionRule:
    """The rule for ``embedder_id`` on the given scale (None: its default scale): the measured
    one; else what its card states (``stated``, L2-normalised scale only); else a placeholder
    (``measured`` False)."""
    norm = default_normalize(embedder_id) if normalize is None else bool(normalize)
    rules = _RULES.get(embedder_id)
    if rules is not None:
        return rules[norm]
    if stated is not None and norm:
        return stated
    return _FALLBACK[norm]


def placeholder_note(embedder_id: str, rule: DecisionRule) -> str:
    """What to tell a user whose embedder has no measured rule (empty when it has one)."""
    if rule.measured:
        return ""
    return (
        f"No decision threshold has been measured for the face model {embedder_id!r}: the "
        f"placeholder {rule.threshold:.3f} is in use. Run 'face-attendance calibrate --apply' "
        "on your enrolled people (or Settings > Recognition > Measure on my people), or state "
        "the model's threshold in its card."
    )


def default_threshold(embedder_id: str, normalize: bool | None = None) -> float:
    """The measured threshold for ``embedder_id`` on the given scale (None: its default)."""
    return default_rule(embedder_id, normalize).threshold


def default_margin(embedder_id: str, normalize: bool | None = None) -> float:
    return default_rule(embedder_id, normalize).margin


# Look-alike pairs (matcher rule 5): between two people enrolled knowingly as look-alikes, a
# KNOWN decision needs the partner this much farther than the best (L2 scale; the raw scale
# has no measurement and uses the same value scaled by 0.52/0.36).
# Measured 2026-12-06 on ../shared/data/faces_hard: its 200 enrollment photos imported with
# ``people import --allow-lookalike --allow-weak`` (198 people, 15 pairs remembered), then the
# genuine probes of pair members and the 300 strangers identified at 0.36 / 0.03:
# - 51 genuine probes landed on a pair member: 1 named the WRONG one of its pair (Surakait
#   Sathirathai as Jeong Se-hyun, partner gap 0.031 >= the 0.03 margin). At 0.05 it becomes
#   AMBIGUOUS; so do 7 of the 50 correct ones (gaps 0.013-0.049; at 0.06, 14 of 50).
# - 7 stranger probes were KNOWN as a pair member; at 0.05, 5 (2 turn AMBIGUOUS).
# Re-measured at the shipped crowd-score decision (0.37 / 0.03, crowd 0.5/0.5), same import
# (198 people, 25 pairs at 0.37), every probe photo with a face through ``Gallery.identify``
# with and without the rule (419 genuine, 304 impostor: the strangers and the probes of the two
# people not imported): genuine KNOWN and correct 273 -> 273, KNOWN but wrong 0 -> 0,
# impostors KNOWN 2 -> 1. The crowd score already separates most pairs; the rule costs nothing
# measurable there and removes one false accept.
# A kiosk asks people with a look-alike for a second factor anyway; this rule keeps the other
# paths (main window, recognize) from naming the wrong one of a pair.
LOOKALIKE_PAIR_MARGIN = 0.05
# sface (distances ~2.8x dlib's): the same simulation on faces_hard's eval extraction (196
# people enrolled, every pair within the 1.075 threshold remembered: 8 pairs, against 29 for
# dlib at 0.37; every probe decided by the shipped rule, then the pair rule): pair margins 0 to
# 0.10 change nothing (398 genuine KNOWN and correct, 0 wrong, 2 strangers KNOWN), 0.14 turns
# 1 correct match ambiguous, 0.20 two. 0.10: the widest that costs nothing there. (dlib, same
# simulation: 0-0.05 free, 0.08 turns 8 correct matches ambiguous.)
LOOKALIKE_PAIR_MARGINS = {"sface": 0.10}


def lookalike_pair_margin(normalize: bool, embedder_id: str = "dlib_resnet_v1") -> float:
    """The pair margin on the L2 scale, or on the raw scale scaled by the ratio of the two
    scales' thresholds (dlib: 0.52 / 0.36, the thresholds when the margin was measured)."""
    margin = LOOKALIKE_PAIR_MARGINS.get(embedder_id, LOOKALIKE_PAIR_MARGIN)
    if normalize:
        return margin
    ratio = (
        0.52 / 0.36
        if embedder_id == "dlib_resnet_v1"
        else default_threshold(embedder_id, False) / default_threshold(embedder_id, True)
    )
    return round(margin * ratio, 3)
